// A column named like a method that is none, in a document read with include_str!:
// the line is the document's own.
use rest_status::MethodTable;

const TABLE: MethodTable = MethodTable::from_markdown(include_str!("unknown_method.md"));

fn main() {
    let _ = TABLE;
}
