// A header and no rows.
use rest_status::MethodTable;

const TABLE: MethodTable = MethodTable::from_markdown(
    "| status | GET |\n| --- | --- |\n\nRows to come.\n",
);

fn main() {
    let _ = TABLE;
}
