// Known limitation: the macro sees the method, not its impl block, so it cannot tell
// that `State` is the impl's type parameter (one-letter names such as `S` are taken
// for parameters and checked when the handler is instantiated). The check names the
// type in a const item, which cannot name it (E0401).
use rest_status::response::Ok;
use rest_status::rest_endpoint;

pub struct Api<State>(State);

impl<State: Clone> Api<State> {
    #[rest_endpoint(method = "GET")]
    pub fn state(&self) -> Ok<State> {
        Ok(self.0.clone())
    }
}

fn main() {}
