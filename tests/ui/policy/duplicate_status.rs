// A status with two rows.
use rest_status::MethodTable;

const TABLE: MethodTable = MethodTable::from_markdown(
    "| status | GET |\n| --- | --- |\n| 404 | X |\n| 404 Not Found | |\n",
);

fn main() {
    let _ = TABLE;
}
