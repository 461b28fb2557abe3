#[doc = r" Deletes an invoice."]
#[tracing::instrument]
pub async fn delete_invoice(id: u64) -> Result<NoContent, InvoiceError> {
    const __REST_STATUS_ENDPOINT: ::rest_status::__private::endpoint::Endpoint =
        ::rest_status::__private::endpoint::Endpoint::new(
            ::rest_status::__private::Method::Delete,
            <::rest_status::Strict as ::rest_status::__private::Policy>::NAME,
            <::rest_status::Strict as ::rest_status::__private::Policy>::TABLE,
            "rest_status",
        );
    const _: () = {
        let __report = __REST_STATUS_ENDPOINT.check_method();
        if __report.is_failed() {
            ::core::panic!("{}", __report.as_str())
        }
    };
    const _: () = {
        use ::rest_status::__private::endpoint::ProbeFallback as _;
        let __report = __REST_STATUS_ENDPOINT.check_type(
            "success type",
            "NoContent",
            ::rest_status::__private::endpoint::Probe::<NoContent>::KNOWN,
            ::rest_status::__private::endpoint::Probe::<NoContent>::SOURCES,
            ::core::option::Option::None,
        );
        if __report.is_failed() {
            ::core::panic!("{}", __report.as_str())
        }
    };
    const _: () = {
        use ::rest_status::__private::endpoint::ProbeFallback as _;
        let __report = __REST_STATUS_ENDPOINT.check_type(
            "error type",
            "InvoiceError",
            ::rest_status::__private::endpoint::Probe::<InvoiceError>::KNOWN,
            ::rest_status::__private::endpoint::Probe::<InvoiceError>::SOURCES,
            ::core::option::Option::None,
        );
        if __report.is_failed() {
            ::core::panic!("{}", __report.as_str())
        }
    };
    const _: &[::core::primitive::u8] =
        ::core::include_bytes!("$CARGO_MANIFEST_DIR/Cargo.toml");
    store::delete(id).await?;
    Ok(NoContent)
}
