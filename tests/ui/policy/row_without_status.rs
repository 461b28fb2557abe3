// A row that does not start with a status code.
use rest_status::MethodTable;

const TABLE: MethodTable = MethodTable::from_markdown(
    "| status | GET |\n| --- | --- |\n| OK | X |\n",
);

fn main() {
    let _ = TABLE;
}
