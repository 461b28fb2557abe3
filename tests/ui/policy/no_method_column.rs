// A table, but its header names no method.
use rest_status::MethodTable;

const TABLE: MethodTable = MethodTable::from_markdown(
    "| Code | Meaning |\n| --- | --- |\n| 200 | OK |\n",
);

fn main() {
    let _ = TABLE;
}
