async fn get_invoice(id: u64) -> Result<Json<Invoice>, InvoiceError> {
    const _: &[::core::primitive::u8] =
        ::core::include_bytes!("$CARGO_MANIFEST_DIR/Cargo.toml");
    const _: () = {
        use ::rest_status::__private::endpoint::ProbeFallback as _;
        ::rest_status::__private::endpoint::check_undeclared(
            [0, 68719476736, 0, 0, 281474976710656, 0, 0, 0],
            &[
                ::rest_status::__private::endpoint::probed(
                    "success type",
                    "Json<Invoice>",
                    ::rest_status::__private::endpoint::Probe::<Json<Invoice>>::FOUND,
                ),
                ::rest_status::__private::endpoint::probed(
                    "error type",
                    "InvoiceError",
                    ::rest_status::__private::endpoint::Probe::<InvoiceError>::FOUND,
                ),
            ],
        )
    };
    todo!()
}
