//! Handlers and error types written by a `macro_rules!` macro: a method, a status
//! and a message passed in as `$value:literal` arrive in an invisible group, and mean
//! what they mean written out.
use rest_status::response::NoContent;
use rest_status::{rest_endpoint, RestError};

macro_rules! error_type {
    ($name:ident, $status:literal, $message:literal) => {
        #[derive(Debug, RestError)]
        enum $name {
            #[rest(status = $status, message = $message)]
            Forbidden,
        }
    };
}

error_type!(DeleteError, 403, "You may not delete this invoice");

macro_rules! handler {
    ($name:ident, $method:literal, $($status:literal),*) => {
        #[rest_endpoint(method = $method, statuses($($status),*))]
        async fn $name() -> Result<NoContent, DeleteError> {
            Ok(NoContent)
        }
    };
}

handler!(delete_invoice, "DELETE", 204, 403);

fn main() {
    let _ = delete_invoice;
}
