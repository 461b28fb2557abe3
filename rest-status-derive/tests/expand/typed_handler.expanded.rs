#[doc = r" Deletes an invoice."]
#[tracing::instrument]
pub async fn delete_invoice(Path(id): Path<u64>) -> Result<NoContent, InvoiceError> {
    const _: &[::core::primitive::u8] =
        ::core::include_bytes!("$CARGO_MANIFEST_DIR/Cargo.toml");
    const _: () = ::rest_status::__private::endpoint::check::<::rest_status::Strict>(
        5u8,
        "rest_status\0NoContent\0InvoiceError",
        <NoContent as ::rest_status::statuses_for::StrictDelete>::STATUSES_AND_SOURCES,
        <InvoiceError as ::rest_status::statuses_for::StrictDelete>::STATUSES_AND_SOURCES,
    );
    use ::rest_status::__private::endpoint::ProbeFallback as _;
    const _: () = ::rest_status::__private::endpoint::check_extractor::<::rest_status::Strict>(
        5u8,
        "rest_status\0Path<u64>",
        ::rest_status::__private::endpoint::Probe::<Path<u64>>::EXTRACTOR,
    );
    store::delete(id).await?;
    Ok(NoContent)
}
