// The first column is a method: no column holds the statuses.
use rest_status::MethodTable;

const TABLE: MethodTable = MethodTable::from_markdown(
    "| GET | POST |\n| --- | --- |\n| X | X |\n",
);

fn main() {
    let _ = TABLE;
}
