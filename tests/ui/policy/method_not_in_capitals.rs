// A method written other than in capitals.
use rest_status::MethodTable;

const TABLE: MethodTable = MethodTable::from_markdown(
    "| status | GET | Delete |\n| --- | --- | --- |\n| 204 No Content | | X |\n",
);

fn main() {
    let _ = TABLE;
}
