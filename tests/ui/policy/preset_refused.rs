// Each preset refuses with its own reasons, citing the rule. Named by their path
// under the facade, the presets are known to the macro, whose errors are its own;
// imported under another name, the same refusal comes from const evaluation.
use http::StatusCode;
use rest_status::presets::Azure as AzureGuideline;
use rest_status::{rest_endpoint, RestError};

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 404)]
    NotFound,
    #[rest(status = 409)]
    Conflict,
}

// Zalando marks 422 "do not use": a validation error is 400.
#[rest_endpoint(method = "POST", statuses(201, 422), policy = rest_status::presets::Zalando)]
fn create_invoice() -> StatusCode {
    StatusCode::CREATED
}

// Azure: a DELETE answers 204 even when the resource is gone, never 404.
#[rest_endpoint(method = "DELETE", policy = rest_status::presets::Azure)]
fn delete_invoice() -> Result<rest_status::response::NoContent, InvoiceError> {
    Ok(rest_status::response::NoContent)
}

// Azure: a PATCH is never long-running.
#[rest_endpoint(method = "PATCH", statuses(200, 202), policy = rest_status::presets::Azure)]
fn patch_invoice() -> StatusCode {
    StatusCode::OK
}

// Azure gives no rules for HEAD.
#[rest_endpoint(method = "HEAD", statuses(200), policy = AzureGuideline)]
fn invoice_exists() -> StatusCode {
    StatusCode::OK
}

fn main() {}
