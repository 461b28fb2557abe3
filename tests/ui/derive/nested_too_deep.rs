use rest_status::RestError;

// Nested deeper than the macro parses: a compile error, where the compiler's stack
// used to overflow a couple of hundred levels down.
#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 400, message = "{0}")]
    Invalid(Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<Option<u8>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>),
}

fn main() {}
