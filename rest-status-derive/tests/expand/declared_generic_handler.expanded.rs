async fn get_invoice<S: Store>(store: S) -> Result<Ok<S::Invoice>, Response> {
    const {
        {
            use ::rs::__private::endpoint::ProbeFallback as _;
            let __declared: [::core::primitive::u16; 3] = [200, 304, 404];
            let __parts: [::rs::__private::endpoint::Part; 1] =
                [::rs::__private::endpoint::probed(
                    "success type",
                    "Ok<S::Invoice>",
                    ::rs::__private::endpoint::Probe::<Ok<S::Invoice>>::FOUND,
                )];
            let __site = ::rs::__private::endpoint::check_declared::<crate::ApiPolicy>(
                0u8,
                &__declared,
                &__parts,
            );
            if __site != 0 {
                let __report = ::rs::__private::endpoint::explain_declared::<crate::ApiPolicy>(
                    0u8,
                    "rs",
                    &__declared,
                    &__parts,
                    &[],
                );
                if __site == 1 {
                    __report.fail()
                }
                if __site == 2 {
                    __report.fail()
                }
                if __site == 3 {
                    __report.fail()
                }
                if __site == 4 {
                    __report.fail()
                }
                __report.fail()
            }
        }
    };
    todo!()
}
