use rest_status::RestError;

#[derive(RestError)]
union Raw {
    code: u16,
    byte: u8,
}

fn main() {}
