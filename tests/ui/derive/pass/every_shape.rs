// Unit, tuple and struct variants, an enum default, generics, lifetimes, where
// clauses, raw identifiers, a struct, a renamed facade and an empty enum.
#![deny(warnings)]

use std::fmt::Debug;

use rest_status::RestError;

mod facade {
    pub use ::rest_status as renamed;
}

#[derive(Debug, RestError)]
#[rest(status = 400)]
enum Validation<'a, T: Debug, U = ()>
where
    U: Clone,
{
    Missing,
    #[rest(message = "{0} is not valid for {1}")]
    Invalid(&'a str, T),
    #[rest(status = 422, message = "{r#type} ({r#type})")]
    Kind { r#type: T, other: U },
    #[rest(status = 503)]
    r#Busy(U),
}

#[derive(Debug, RestError)]
#[rest(crate = crate::facade::renamed, status = 409, message = "{name} exists")]
struct Exists {
    name: String,
}

#[derive(Debug, RestError)]
enum Never {}

fn takes<E: RestError>(_: &E) {}

fn main() {
    let all: [Validation<u8>; 4] = [
        Validation::Missing,
        Validation::Invalid("x", 1),
        Validation::Kind { r#type: 1, other: () },
        Validation::Busy(()),
    ];
    all.iter().for_each(takes);
    takes(&Exists { name: "a".into() });
    let _ = <Never as rest_status::Statuses>::STATUSES;
}
