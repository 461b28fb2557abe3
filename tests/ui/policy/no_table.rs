// A document without a table: nothing to read the policy from.
use rest_status::MethodTable;

const TABLE: MethodTable = MethodTable::from_markdown(
    "# Status codes\n\nWe use 200, 201 and 404.\n",
);

fn main() {
    let _ = TABLE;
}
