use http::StatusCode;
use rest_status::rest_endpoint;

trait InvoiceApi {
    #[rest_endpoint(method = "GET", statuses(200))]
    fn get_invoice(&self) -> StatusCode;
}

fn main() {}
