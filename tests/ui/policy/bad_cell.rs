// A cell that is neither X nor empty.
use rest_status::MethodTable;

const TABLE: MethodTable = MethodTable::from_markdown(
    "| status | GET | POST |\n| --- | --- | --- |\n| 200 | yes | |\n",
);

fn main() {
    let _ = TABLE;
}
