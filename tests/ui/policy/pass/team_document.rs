// A team's own markdown table as the policy of its handlers, and a preset.
use http::StatusCode;
use rest_status::presets::{Azure, Zalando};
use rest_status::response::{Created, NoContent};
use rest_status::{rest_endpoint, Method, MethodTable, Policy};

/// The team's guideline: the document is the policy.
pub struct Team;

impl Policy for Team {
    const NAME: &'static str = "Team";
    const TABLE: MethodTable = MethodTable::from_markdown(include_str!("team.md"));
}

#[rest_endpoint(method = "GET", statuses(200, 304, 404), policy = Team)]
fn get_invoice() -> StatusCode {
    StatusCode::NOT_MODIFIED
}

#[rest_endpoint(method = "DELETE", policy = Team)]
fn delete_invoice() -> NoContent {
    NoContent
}

// Zalando: a POST action may answer 200, a DELETE of what is gone 404.
#[rest_endpoint(method = "POST", statuses(200, 201, 202, 207, 409), policy = rest_status::presets::Zalando)]
fn post_anything() -> StatusCode {
    StatusCode::OK
}

#[rest_endpoint(method = "DELETE", statuses(204, 404, 410, 412), policy = Zalando)]
fn delete_gone() -> StatusCode {
    StatusCode::NOT_FOUND
}

#[rest_endpoint(method = "OPTIONS", statuses(200), policy = Zalando)]
fn options() -> StatusCode {
    StatusCode::OK
}

// Azure: PUT creates with 201; an action answers 200; a DELETE answers 204.
#[rest_endpoint(method = "PUT", policy = Azure)]
fn put_resource() -> Created<String> {
    Created::new(String::new())
}

#[rest_endpoint(method = "DELETE", statuses(202, 204, 412), policy = Azure)]
fn delete_resource() -> StatusCode {
    StatusCode::NO_CONTENT
}

fn main() {
    assert!(Team::TABLE.allows(Method::Get, 304));
    let _ = (get_invoice(), delete_invoice(), post_anything(), delete_gone(), options());
    let _ = (put_resource(), delete_resource());
}
