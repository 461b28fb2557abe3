use rest_status::response::NoContent;
use rest_status::rest_endpoint;

pub struct InvoiceApi;

impl InvoiceApi {
    // GET: an empty collection is still 200.
    #[rest_endpoint(method = "GET")]
    pub async fn list(&self) -> NoContent {
        NoContent
    }
}

fn main() {}
