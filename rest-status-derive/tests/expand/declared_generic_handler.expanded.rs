async fn get_invoice<S: Store>(store: S) -> Result<Ok<S::Invoice>, Response> {
    const __REST_STATUS_ENDPOINT: ::rs::__private::endpoint::Endpoint =
        ::rs::__private::endpoint::Endpoint::new(
            ::rs::__private::Method::Get,
            <crate::ApiPolicy as ::rs::__private::Policy>::NAME,
            <crate::ApiPolicy as ::rs::__private::Policy>::TABLE,
            "rs",
        );
    const _: () = {
        let __report = __REST_STATUS_ENDPOINT.check_method();
        if __report.is_failed() {
            ::core::panic!("{}", __report.as_str())
        }
    };
    const _: () = {
        let __report = __REST_STATUS_ENDPOINT.check_status(200);
        if __report.is_failed() {
            ::core::panic!("{}", __report.as_str())
        }
    };
    const _: () = {
        let __report = __REST_STATUS_ENDPOINT.check_status(304);
        if __report.is_failed() {
            ::core::panic!("{}", __report.as_str())
        }
    };
    const _: () = {
        let __report = __REST_STATUS_ENDPOINT.check_status(404);
        if __report.is_failed() {
            ::core::panic!("{}", __report.as_str())
        }
    };
    const _: () = {
        use ::rs::__private::endpoint::ProbeFallback as _;
        let __report = __REST_STATUS_ENDPOINT.check_type(
            "error type",
            "Response",
            ::rs::__private::endpoint::Probe::<Response>::KNOWN,
            ::rs::__private::endpoint::Probe::<Response>::SOURCES,
            ::core::option::Option::Some(::rs::__private::StatusSet::of(&[200, 304, 404])),
        );
        if __report.is_failed() {
            ::core::panic!("{}", __report.as_str())
        }
    };
    const {
        use ::rs::__private::endpoint::ProbeFallback as _;
        let __report = __REST_STATUS_ENDPOINT.check_type(
            "success type",
            "Ok<S::Invoice>",
            ::rs::__private::endpoint::Probe::<Ok<S::Invoice>>::KNOWN,
            ::rs::__private::endpoint::Probe::<Ok<S::Invoice>>::SOURCES,
            ::core::option::Option::Some(::rs::__private::StatusSet::of(&[200, 304, 404])),
        );
        if __report.is_failed() {
            ::core::panic!("{}", __report.as_str())
        }
    };
    todo!()
}
