use rest_status::response::{Accepted, NoContent, Ok};
use rest_status::{rest_endpoint, Extended, StatusSet, Statuses};

pub struct Forbidden;

impl Statuses for Forbidden {
    const STATUSES: StatusSet = StatusSet::of(&[403]);
}

pub struct InvoiceApi {
    name: String,
}

impl InvoiceApi {
    /// An associated fn, no receiver.
    #[rest_endpoint(method = "POST", statuses(201))]
    pub fn create() -> http::StatusCode {
        http::StatusCode::CREATED
    }

    #[rest_endpoint(method = "GET")]
    pub fn name(&self) -> Result<Ok<&str>, Forbidden> {
        Result::Ok(Ok(&self.name))
    }

    #[rest_endpoint(method = "PATCH")]
    pub async fn rename(&mut self, name: String) -> Result<NoContent, Forbidden> {
        self.name = name;
        Result::Ok(NoContent)
    }

    #[rest_endpoint(method = "DELETE", policy = Extended)]
    pub fn archive(self) -> Accepted<String> {
        Accepted(self.name)
    }

    // `Self` cannot be named in a nested const item: this part is checked when the
    // method is instantiated.
    #[rest_endpoint(method = "PUT", statuses(200))]
    pub fn replace(self: Box<Self>) -> Ok<Box<Self>> {
        Ok(self)
    }
}

pub struct Generic<S>(S);

impl<S: Clone> Generic<S> {
    // One-letter names are taken for the impl's parameters.
    #[rest_endpoint(method = "GET")]
    pub fn state(&self) -> Ok<S> {
        Ok(self.0.clone())
    }
}

pub trait Resource {
    #[rest_endpoint(method = "HEAD", policy = Extended)]
    fn exists(&self) -> NoContent {
        NoContent
    }
}

impl Resource for InvoiceApi {}

fn main() {
    assert_eq!(InvoiceApi::create(), http::StatusCode::CREATED);
    let mut api = InvoiceApi { name: "a".to_owned() };
    assert_eq!(api.name().ok().unwrap().0, "a");
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    assert!(runtime.block_on(api.rename("b".to_owned())).is_ok());
    let _: NoContent = api.exists();
    let api = Box::new(api).replace().0;
    assert_eq!(api.archive().0, "b");
    assert_eq!(Generic(3).state().0, 3);
}
