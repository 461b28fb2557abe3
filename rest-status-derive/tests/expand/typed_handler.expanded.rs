#[doc = r" Deletes an invoice."]
#[tracing::instrument]
pub async fn delete_invoice(id: u64) -> Result<NoContent, InvoiceError> {
    const _: &[::core::primitive::u8] =
        ::core::include_bytes!("$CARGO_MANIFEST_DIR/Cargo.toml");
    const _: () = ::rest_status::__private::endpoint::check::<
        ::rest_status::Strict,
        NoContent,
        InvoiceError,
    >(
        ::rest_status::__private::Method::Delete,
        "rest_status",
        "NoContent",
        "InvoiceError",
    );
    store::delete(id).await?;
    Ok(NoContent)
}
