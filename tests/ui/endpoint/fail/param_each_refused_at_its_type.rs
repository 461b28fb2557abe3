use axum::extract::Query;
use axum::{Form, Json};
use rest_status::response::NoContent;
use rest_status::{rest_endpoint, Policy, Strict};

#[derive(serde::Deserialize)]
struct NewItem {
    name: String,
}

#[derive(serde::Deserialize)]
struct Filter {
    all: bool,
}

/// Two refused extractors and a refused return type: three errors in one build, each
/// at its own type. `Query` answers 400, which POST allows.
#[rest_endpoint(method = "POST")]
async fn create_item(
    Json(new): Json<NewItem>,
    Query(filter): Query<Filter>,
    Form(more): Form<NewItem>,
) -> NoContent {
    let _ = (new.name, filter.all, more.name);
    NoContent
}

/// Strict under another name: a policy the macro cannot read.
pub struct Api;

impl Policy for Api {
    const NAME: &'static str = "Api";
    const TABLE: rest_status::MethodTable = Strict::TABLE;
}

/// The same under a policy given by path.
#[rest_endpoint(method = "POST", policy = Api)]
async fn create_other(Json(new): Json<NewItem>, Form(more): Form<NewItem>) -> NoContent {
    let _ = (new.name, more.name);
    NoContent
}

fn main() {}
