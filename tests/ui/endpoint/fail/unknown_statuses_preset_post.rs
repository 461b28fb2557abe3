use rest_status::rest_endpoint;

// Under a preset, the list is the preset's: Zalando allows many more statuses for a
// POST than Strict.
pub struct Receipt;

#[rest_endpoint(method = "POST", policy = rest_status::presets::Zalando)]
fn create_order() -> Receipt {
    Receipt
}

fn main() {}
