// A status outside 100..=599.
use rest_status::MethodTable;

const TABLE: MethodTable = MethodTable::from_markdown(
    "| status | GET |\n| --- | --- |\n| 200 OK | X |\n| 700 Custom | X |\n",
);

fn main() {
    let _ = TABLE;
}
