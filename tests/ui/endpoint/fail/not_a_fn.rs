use rest_status::rest_endpoint;

#[rest_endpoint(method = "GET", statuses(200))]
struct Invoice {
    id: u64,
}

fn main() {
    // The struct is still emitted: no second error for this use.
    let _ = Invoice { id: 1 }.id;
}
