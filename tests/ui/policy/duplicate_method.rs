// Two columns for one method.
use rest_status::MethodTable;

const TABLE: MethodTable = MethodTable::from_markdown(
    "| status | GET | POST | GET |\n| --- | --- | --- | --- |\n| 200 | X | | X |\n",
);

fn main() {
    let _ = TABLE;
}
