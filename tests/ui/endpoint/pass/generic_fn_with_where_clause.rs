use std::fmt::Display;

use rest_status::response::{NoContent, Ok};
use rest_status::{rest_endpoint, StatusSet, Statuses};

#[derive(Debug)]
pub struct NotFound;

impl Statuses for NotFound {
    const STATUSES: StatusSet = StatusSet::of(&[404]);
}

pub trait Store {
    fn get(&self, id: u64) -> Option<String>;
}

pub struct Memory;

impl Store for Memory {
    fn get(&self, id: u64) -> Option<String> {
        (id == 1).then(|| "invoice 1".to_owned())
    }
}

// The return type does not name `S`: checked by `cargo check`.
#[rest_endpoint(method = "GET")]
pub fn get_invoice<S>(store: &S, id: u64) -> Result<Ok<String>, NotFound>
where
    S: Store + ?Sized,
{
    store.get(id).map(Ok).ok_or(NotFound)
}

// The success type names `T`: its part is checked when the handler is instantiated.
#[rest_endpoint(method = "GET")]
pub fn show<T, const N: usize>(values: [T; N]) -> Result<Ok<T>, NotFound>
where
    T: Display + Clone,
{
    values.first().cloned().map(Ok).ok_or(NotFound)
}

#[rest_endpoint(method = "PATCH")]
pub fn touch<'a, T: Display + 'a>(value: &'a T) -> Result<Ok<&'a T>, NotFound> {
    Result::Ok(Ok(value))
}

#[rest_endpoint(method = "DELETE")]
pub fn forget<B>(_body: B) -> B
where
    B: Statuses,
{
    _body
}

fn main() {
    assert_eq!(get_invoice(&Memory, 1).unwrap().0, "invoice 1");
    assert!(get_invoice::<dyn Store>(&Memory, 2).is_err());
    assert_eq!(show([1, 2]).unwrap().0, 1);
    assert_eq!(touch(&5).unwrap().0, &5);
    let _: NoContent = forget(NoContent);
}
