#[doc = r" Deletes an invoice."]
#[tracing::instrument]
pub async fn delete_invoice(id: u64) -> Result<NoContent, InvoiceError> {
    const _: &[::core::primitive::u8] =
        ::core::include_bytes!("$CARGO_MANIFEST_DIR/Cargo.toml");
    const _: () = ::rest_status::__private::endpoint::check::<::rest_status::Strict>(
        ::rest_status::__private::Method::Delete,
        "rest_status",
        "NoContent",
        <NoContent as ::rest_status::statuses_for::StrictDelete>::STATUSES_AND_SOURCES,
        "InvoiceError",
        <InvoiceError as ::rest_status::statuses_for::StrictDelete>::STATUSES_AND_SOURCES,
    );
    const _: () = {
        use ::rest_status::__private::endpoint::ProbeFallback as _;
        ::rest_status::__private::endpoint::check_parameter(
            ::rest_status::__private::endpoint::Probe::<::rest_status::Strict>::POLICY,
            ::rest_status::__private::Method::Delete,
            "rest_status",
            "u64",
            ::rest_status::__private::endpoint::Probe::<u64>::REJECTIONS,
            ::rest_status::__private::endpoint::Probe::<u64>::INSTEAD,
        )
    };
    store::delete(id).await?;
    Ok(NoContent)
}
