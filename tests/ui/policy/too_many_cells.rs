// A row with more cells than the header has columns.
use rest_status::MethodTable;

const TABLE: MethodTable = MethodTable::from_markdown(
    "| status | GET | POST |\n| --- | --- | --- |\n| 200 | X | | X |\n",
);

fn main() {
    let _ = TABLE;
}
