use rest_status::response::{Created, NoContent, Ok};
use rest_status::{rest_endpoint, StatusSet, StatusSource, Statuses};

#[derive(Debug)]
pub enum InvoiceError {
    Invalid,
    Forbidden,
}

impl Statuses for InvoiceError {
    const STATUSES: StatusSet = StatusSet::of(&[400, 403]);
    const SOURCES: &'static [StatusSource] = &[
        StatusSource { status: 400, name: "Invalid" },
        StatusSource { status: 403, name: "Forbidden" },
    ];
}

#[rest_endpoint(method = "POST")]
pub async fn create_invoice(amount: u64) -> Result<Created<u64>, InvoiceError> {
    if amount == 0 {
        return Err(InvoiceError::Invalid);
    }
    Result::Ok(Created::at(format!("/invoices/{amount}"), amount))
}

#[rest_endpoint(method = "PUT")]
pub async fn replace_invoice(id: u64) -> Result<Ok<u64>, InvoiceError> {
    Result::Ok(Ok(id))
}

#[derive(Debug)]
pub struct Forbidden;

impl Statuses for Forbidden {
    const STATUSES: StatusSet = StatusSet::of(&[403]);
}

// DELETE may not return 400: only `Forbidden`'s 403 comes in here.
#[rest_endpoint(method = "DELETE")]
pub async fn delete_invoice(_id: u64) -> Result<NoContent, Forbidden> {
    Err(Forbidden)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let created = runtime.block_on(create_invoice(42)).unwrap();
    assert_eq!(created.location(), Some("/invoices/42"));
    assert!(runtime.block_on(create_invoice(0)).is_err());
    assert_eq!(runtime.block_on(replace_invoice(7)).unwrap().0, 7);
    assert!(runtime.block_on(delete_invoice(7)).is_err());
}
