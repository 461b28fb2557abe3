use rest_status::RestError;

#[derive(Debug, RestError)]
#[rest(status = 499)]
enum ClientGone {
    Closed,
    #[rest(message = "The client went away")]
    Reset,
}

fn main() {}
