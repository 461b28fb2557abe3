// A delimiter row with fewer cells than the header.
use rest_status::MethodTable;

const TABLE: MethodTable = MethodTable::from_markdown(
    "| status | GET | POST |\n| --- | --- |\n| 200 | X | |\n",
);

fn main() {
    let _ = TABLE;
}
