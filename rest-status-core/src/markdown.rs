//! A method table read from a guideline's own markdown table, in const evaluation.
//!
//! The reader knows just enough markdown for the tables guideline documents write: a
//! header row, a delimiter row (`| --- | :-: |`), body rows until a line without `|`,
//! cells split at `|` unless escaped (`\|`), leading and trailing pipes optional,
//! fenced code blocks skipped. Everything else in the document is prose and ignored.

use crate::check::{Report, Text};
use crate::method::{bytes_eq, Method};
use crate::policy::MethodTable;
use crate::status::StatusSet;

/// The most columns a header row may have, method or not.
const MAX_COLUMNS: usize = 32;

/// Why a markdown table cannot be read as a method table, and on which line (from 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Malformed<'a> {
    /// The text has no table at all.
    NoTable,
    /// The text has tables, but no header row names a method.
    NoMethodColumn,
    /// The header's first cell is a method, so no column holds the statuses.
    NoStatusColumn { line: usize, cell: &'a str },
    /// A header cell in capitals that is no method rest-status knows.
    UnknownMethod { line: usize, cell: &'a str },
    /// A header cell that is a method written other than in capitals.
    MethodNotInCapitals {
        line: usize,
        cell: &'a str,
        method: Method,
    },
    /// Two columns for the same method.
    DuplicateMethod { line: usize, method: Method },
    /// More header cells than [`MAX_COLUMNS`].
    TooManyColumns { line: usize },
    /// The delimiter row and the header have different numbers of cells.
    DelimiterCells {
        line: usize,
        cells: usize,
        columns: usize,
    },
    /// A row whose first cell does not start with a status code.
    RowWithoutStatus { line: usize, cell: &'a str },
    /// A row whose status is outside `100..=599`.
    StatusOutOfRange { line: usize, code: &'a str },
    /// A row with more cells than the header has columns.
    TooManyCells {
        line: usize,
        cells: usize,
        columns: usize,
    },
    /// A method cell that is neither `X`/`x` nor empty.
    BadCell {
        line: usize,
        method: Method,
        cell: &'a str,
    },
    /// A second row for a status.
    DuplicateStatus { line: usize, status: u16 },
    /// A header and delimiter row, and no row after them.
    NoRows { line: usize },
}

impl Malformed<'_> {
    /// The compile error's text.
    pub(crate) const fn message(&self) -> Text {
        let mut m = Text::new();
        m.str("the markdown table cannot be read as a policy: ");
        match *self {
            Malformed::NoTable => {
                m.str("the text has no table; write one row per status under a header row that names the methods, e.g.\n| status | GET | POST |\n| --- | --- | --- |\n| 200 OK | X | |");
            }
            Malformed::NoMethodColumn => {
                m.str("no table in the text names a method in its header row; name each method's column in capitals, e.g. `| status | GET | POST |`");
            }
            Malformed::NoStatusColumn { line, cell } => {
                line_of(&mut m, line)
                    .str("the first column is `")
                    .str(cell)
                    .str("`, a method, so no column holds the statuses; the first column holds each row's status, e.g. `| status | GET | POST |`");
            }
            Malformed::UnknownMethod { line, cell } => {
                line_of(&mut m, line)
                    .str("`")
                    .str(cell)
                    .str("` is not a method a policy can cover (GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, TRACE, CONNECT); a column that is not a method must not be named in capitals");
            }
            Malformed::MethodNotInCapitals { line, cell, method } => {
                line_of(&mut m, line)
                    .str("the column `")
                    .str(cell)
                    .str("` names a method: write it in capitals, `")
                    .str(method.as_str())
                    .str("`");
            }
            Malformed::DuplicateMethod { line, method } => {
                line_of(&mut m, line)
                    .str("the method ")
                    .str(method.as_str())
                    .str(" has two columns; keep one");
            }
            Malformed::TooManyColumns { line } => {
                line_of(&mut m, line).str("the header row has more than ");
                decimal(&mut m, MAX_COLUMNS).str(" columns");
            }
            Malformed::DelimiterCells {
                line,
                cells,
                columns,
            } => {
                line_of(&mut m, line).str("the delimiter row has ");
                count(&mut m, cells, " cell", " cells").str(", but the header row has ");
                decimal(&mut m, columns).str("; give it one `---` per column");
            }
            Malformed::RowWithoutStatus { line, cell } => {
                line_of(&mut m, line)
                    .str("the row's first cell, `")
                    .str(cell)
                    .str("`, does not start with a status code; start it with the code, e.g. `404` or `404 Not Found`");
            }
            Malformed::StatusOutOfRange { line, code } => {
                line_of(&mut m, line)
                    .str("status ")
                    .str(code)
                    .str(" is outside 100..=599, the range of HTTP status codes");
            }
            Malformed::TooManyCells {
                line,
                cells,
                columns,
            } => {
                line_of(&mut m, line).str("the row has ");
                count(&mut m, cells, " cell", " cells").str(", but the header row has ");
                count(&mut m, columns, " column", " columns")
                    .str("; add a column to the header, or escape a `|` in a cell as `\\|`");
            }
            Malformed::BadCell { line, method, cell } => {
                line_of(&mut m, line)
                    .str("the ")
                    .str(method.as_str())
                    .str(" cell is `")
                    .str(cell)
                    .str("`; a cell is `X` (or `x`) when the method may return the status, and empty when it may not");
            }
            Malformed::DuplicateStatus { line, status } => {
                line_of(&mut m, line)
                    .str("status ")
                    .number(status)
                    .str(" has a row already; keep one row per status");
            }
            Malformed::NoRows { line } => {
                line_of(&mut m, line).str("the table has no rows; add one per status under the delimiter row, e.g. `| 200 OK | X | |`");
            }
        }
        m
    }

    /// Panics with [`Malformed::message`]: in a `const`, a compile error at the caller.
    #[track_caller]
    pub(crate) const fn fail(&self) -> ! {
        Report::failed(self.message()).fail()
    }
}

/// `line 7: `.
const fn line_of(m: &mut Text, line: usize) -> &mut Text {
    m.str("line ");
    decimal(m, line).str(": ")
}

/// `1 cell`, `3 cells`.
const fn count<'m>(m: &'m mut Text, n: usize, one: &str, many: &str) -> &'m mut Text {
    decimal(m, n).str(if n == 1 { one } else { many })
}

/// Writes `n` in decimal.
const fn decimal(m: &mut Text, n: usize) -> &mut Text {
    let mut digits = [0u8; 20];
    let mut count = 0;
    let mut rest = n;
    loop {
        digits[count] = b'0' + (rest % 10) as u8;
        count += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    while count > 0 {
        count -= 1;
        let digit = [digits[count]];
        if let Ok(text) = core::str::from_utf8(&digit) {
            m.str(text);
        }
    }
    m
}

/// A range of the text's bytes.
#[derive(Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
}

/// The table being read: what each column is, and what the rows so far allow.
#[derive(Clone, Copy)]
struct Reading {
    /// The method of each column; `None` for the status column and prose columns.
    columns: [Option<Method>; MAX_COLUMNS],
    count: usize,
    table: MethodTable,
    seen: StatusSet,
    rows: usize,
    header_line: usize,
}

/// Reads the first table of `text` whose header row names a method.
pub(crate) const fn parse(text: &str) -> Result<MethodTable, Malformed<'_>> {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut line = 0;
    let mut fence = false;
    let mut saw_table = false;
    // The line before, when it could be a header row: (its span, its number).
    let mut previous: Option<(Span, usize)> = None;
    let mut reading: Option<Reading> = None;
    while at < bytes.len() {
        let span = line_at(bytes, at);
        at = next_line(bytes, span.end);
        line += 1;
        if let Some(mut table) = reading {
            if is_blank(bytes, span) || !has_pipe(bytes, span) {
                return finish(table);
            }
            if let Err(error) = read_row(text, span, line, &mut table) {
                return Err(error);
            }
            reading = Some(table);
            continue;
        }
        if is_fence(bytes, span) {
            fence = !fence;
            previous = None;
            continue;
        }
        if fence {
            continue;
        }
        if let Some((header, header_line)) = previous {
            if is_delimiter_row(bytes, span) {
                saw_table = true;
                match read_header(text, header, header_line, span, line) {
                    Ok(Some(table)) => {
                        reading = Some(table);
                        previous = None;
                        continue;
                    }
                    Ok(None) => {}
                    Err(error) => return Err(error),
                }
            }
        }
        previous = if has_pipe(bytes, span) {
            Some((span, line))
        } else {
            None
        };
    }
    match reading {
        Some(table) => finish(table),
        None if saw_table => Err(Malformed::NoMethodColumn),
        None => Err(Malformed::NoTable),
    }
}

const fn finish<'a>(table: Reading) -> Result<MethodTable, Malformed<'a>> {
    if table.rows == 0 {
        return Err(Malformed::NoRows {
            line: table.header_line,
        });
    }
    Ok(table.table)
}

/// The header row at `header`: `None` when it names no method (a table of something
/// else, which the document may well have).
const fn read_header(
    text: &str,
    header: Span,
    header_line: usize,
    delimiter: Span,
    delimiter_line: usize,
) -> Result<Option<Reading>, Malformed<'_>> {
    let bytes = text.as_bytes();
    let mut reading = Reading {
        columns: [None; MAX_COLUMNS],
        count: 0,
        table: MethodTable::EMPTY,
        seen: StatusSet::EMPTY,
        rows: 0,
        header_line,
    };
    let mut first_cell: Option<Span> = None;
    // A column that looks meant as a method but is not one. Only an error in a table
    // that names a method: other tables of the document are prose.
    let mut suspect: Option<Malformed<'_>> = None;
    let mut cells = cells_of(bytes, header);
    while let Some(cell) = next_cell(bytes, &mut cells) {
        let name = unwrap_emphasis(bytes, trim(bytes, cell));
        if reading.count == MAX_COLUMNS {
            return Err(Malformed::TooManyColumns { line: header_line });
        }
        if reading.count == 0 {
            first_cell = Some(name);
        } else {
            let cell_text = slice(text, name);
            if let Some(method) = Method::from_name(cell_text) {
                if reading.table.covers(method) {
                    return Err(Malformed::DuplicateMethod {
                        line: header_line,
                        method,
                    });
                }
                reading.table = reading.table.with_method(method, StatusSet::EMPTY);
                reading.columns[reading.count] = Some(method);
            } else if suspect.is_none() {
                suspect = looks_like_a_method(cell_text, header_line);
            }
        }
        reading.count += 1;
    }
    // `| GET | POST |` is a method table without its status column.
    if let Some(first) = first_cell {
        let cell = slice(text, first);
        if method_ignoring_case(cell).is_some() {
            return Err(Malformed::NoStatusColumn {
                line: header_line,
                cell,
            });
        }
    }
    if reading.table.covered_mask() == 0 {
        return Ok(None);
    }
    if let Some(error) = suspect {
        return Err(error);
    }
    let delimiter_cells = count_cells(bytes, delimiter);
    if delimiter_cells != reading.count {
        return Err(Malformed::DelimiterCells {
            line: delimiter_line,
            cells: delimiter_cells,
            columns: reading.count,
        });
    }
    Ok(Some(reading))
}

/// One body row: its status, and a cell per column.
const fn read_row<'a>(
    text: &'a str,
    row: Span,
    line: usize,
    reading: &mut Reading,
) -> Result<(), Malformed<'a>> {
    let bytes = text.as_bytes();
    let cell_count = count_cells(bytes, row);
    if cell_count > reading.count {
        return Err(Malformed::TooManyCells {
            line,
            cells: cell_count,
            columns: reading.count,
        });
    }
    let mut cells = cells_of(bytes, row);
    let status = match next_cell(bytes, &mut cells) {
        Some(cell) => {
            let cell = unwrap_emphasis(bytes, trim(bytes, cell));
            match status_at(bytes, cell) {
                Some((status, _)) if status >= 100 && status <= 599 => status as u16,
                Some((_, code)) => {
                    return Err(Malformed::StatusOutOfRange {
                        line,
                        code: slice(text, code),
                    })
                }
                None => {
                    return Err(Malformed::RowWithoutStatus {
                        line,
                        cell: slice(text, cell),
                    })
                }
            }
        }
        // Unreachable: a row has a `|`, so at least one cell.
        None => return Err(Malformed::RowWithoutStatus { line, cell: "" }),
    };
    if reading.seen.contains(status) {
        return Err(Malformed::DuplicateStatus { line, status });
    }
    reading.seen = reading.seen.with(status);
    reading.rows += 1;
    let mut column = 1;
    while let Some(cell) = next_cell(bytes, &mut cells) {
        if let Some(method) = reading.columns[column] {
            let cell = trim(bytes, cell);
            let value = slice(text, unwrap_emphasis(bytes, cell));
            if bytes_eq(value.as_bytes(), b"X") || bytes_eq(value.as_bytes(), b"x") {
                reading.table = reading.table.allow(method, status);
            } else if !value.is_empty() {
                return Err(Malformed::BadCell {
                    line,
                    method,
                    cell: slice(text, cell),
                });
            }
        }
        column += 1;
    }
    Ok(())
}

/// The code a status cell starts with: its leading digits, which must end the cell or
/// be followed by something that is not a letter or digit (`404`, `404 Not Found`,
/// `404-Not Found`), and where they are. Large numbers saturate; they are out of range
/// anyway.
const fn status_at(bytes: &[u8], cell: Span) -> Option<(u32, Span)> {
    let mut at = cell.start;
    let mut value: u32 = 0;
    while at < cell.end && bytes[at].is_ascii_digit() {
        if value < 100_000 {
            value = value * 10 + (bytes[at] - b'0') as u32;
        }
        at += 1;
    }
    if at == cell.start || (at < cell.end && bytes[at].is_ascii_alphanumeric()) {
        return None;
    }
    Some((
        value,
        Span {
            start: cell.start,
            end: at,
        },
    ))
}

/// The line that starts at `at`, without its `\n` or `\r\n`.
const fn line_at(bytes: &[u8], at: usize) -> Span {
    let mut end = at;
    while end < bytes.len() && bytes[end] != b'\n' {
        end += 1;
    }
    let mut trimmed = end;
    if trimmed > at && bytes[trimmed - 1] == b'\r' {
        trimmed -= 1;
    }
    Span {
        start: at,
        end: trimmed,
    }
}

/// Where the line after the one ending at `end` starts.
const fn next_line(bytes: &[u8], mut end: usize) -> usize {
    while end < bytes.len() && bytes[end] != b'\n' {
        end += 1;
    }
    end + 1
}

const fn is_space(byte: u8) -> bool {
    byte == b' ' || byte == b'\t'
}

const fn trim(bytes: &[u8], span: Span) -> Span {
    let (mut start, mut end) = (span.start, span.end);
    while start < end && is_space(bytes[start]) {
        start += 1;
    }
    while end > start && is_space(bytes[end - 1]) {
        end -= 1;
    }
    Span { start, end }
}

/// `**GET**`, `` `GET` `` and `_GET_` read as `GET`.
const fn unwrap_emphasis(bytes: &[u8], span: Span) -> Span {
    let (mut start, mut end) = (span.start, span.end);
    while end - start >= 2
        && bytes[start] == bytes[end - 1]
        && (bytes[start] == b'*' || bytes[start] == b'`' || bytes[start] == b'_')
    {
        start += 1;
        end -= 1;
    }
    Span { start, end }
}

const fn is_blank(bytes: &[u8], span: Span) -> bool {
    let span = trim(bytes, span);
    span.start == span.end
}

/// Whether the line has a `|` that is not escaped.
const fn has_pipe(bytes: &[u8], span: Span) -> bool {
    let mut at = span.start;
    while at < span.end {
        if bytes[at] == b'\\' {
            at += 2;
            continue;
        }
        if bytes[at] == b'|' {
            return true;
        }
        at += 1;
    }
    false
}

/// A line that opens or closes a fenced code block: ```` ``` ```` or `~~~`.
const fn is_fence(bytes: &[u8], span: Span) -> bool {
    let span = trim(bytes, span);
    span.end - span.start >= 3
        && ((bytes[span.start] == b'`'
            && bytes[span.start + 1] == b'`'
            && bytes[span.start + 2] == b'`')
            || (bytes[span.start] == b'~'
                && bytes[span.start + 1] == b'~'
                && bytes[span.start + 2] == b'~'))
}

/// `| --- | :-: | ---: |`: only pipes, dashes, colons and spaces, at least one dash,
/// and each cell a run of dashes with optional colons at its ends.
const fn is_delimiter_row(bytes: &[u8], span: Span) -> bool {
    let mut dash = false;
    let mut at = span.start;
    while at < span.end {
        match bytes[at] {
            b'-' => dash = true,
            b'|' | b':' | b' ' | b'\t' => {}
            _ => return false,
        }
        at += 1;
    }
    if !dash {
        return false;
    }
    let mut cells = cells_of(bytes, span);
    while let Some(cell) = next_cell(bytes, &mut cells) {
        let cell = trim(bytes, cell);
        let (mut start, mut end) = (cell.start, cell.end);
        if start < end && bytes[start] == b':' {
            start += 1;
        }
        if end > start && bytes[end - 1] == b':' {
            end -= 1;
        }
        if start == end {
            return false;
        }
        while start < end {
            if bytes[start] != b'-' {
                return false;
            }
            start += 1;
        }
    }
    true
}

/// The cells of a row: the line without its leading and trailing pipe.
const fn cells_of(bytes: &[u8], span: Span) -> Span {
    let mut span = trim(bytes, span);
    if span.start < span.end && bytes[span.start] == b'|' {
        span.start += 1;
    }
    // A trailing pipe, unless it is escaped.
    if span.end > span.start
        && bytes[span.end - 1] == b'|'
        && !(span.end - span.start >= 2 && bytes[span.end - 2] == b'\\')
    {
        span.end -= 1;
    }
    span
}

/// The next cell of `rest` (from [`cells_of`]), which it then no longer holds; `None`
/// after the last. A row of `n` pipes between cells has `n + 1` cells.
const fn next_cell(bytes: &[u8], rest: &mut Span) -> Option<Span> {
    if rest.start > rest.end {
        return None;
    }
    let start = rest.start;
    let mut at = start;
    while at < rest.end {
        if bytes[at] == b'\\' {
            at += 2;
            continue;
        }
        if bytes[at] == b'|' {
            rest.start = at + 1;
            return Some(Span { start, end: at });
        }
        at += 1;
    }
    let end = if at > rest.end { rest.end } else { at };
    // Past the end: no cell is left.
    rest.start = rest.end + 1;
    Some(Span { start, end })
}

const fn count_cells(bytes: &[u8], span: Span) -> usize {
    let mut cells = cells_of(bytes, span);
    let mut count = 0;
    while next_cell(bytes, &mut cells).is_some() {
        count += 1;
    }
    count
}

const fn slice(text: &str, span: Span) -> &str {
    let (_, rest) = text.as_bytes().split_at(span.start);
    let (cell, _) = rest.split_at(span.end - span.start);
    match core::str::from_utf8(cell) {
        Ok(cell) => cell,
        // Unreachable: cells are cut at ASCII bytes.
        Err(_) => "",
    }
}

/// The error for a header cell that looks meant as a method but is none: `Get`, `PURGE`.
const fn looks_like_a_method(cell: &str, line: usize) -> Option<Malformed<'_>> {
    if let Some(method) = method_ignoring_case(cell) {
        return Some(Malformed::MethodNotInCapitals { line, cell, method });
    }
    if is_capitals(cell) {
        return Some(Malformed::UnknownMethod { line, cell });
    }
    None
}

/// The method `name` is when case is ignored: `Get`, `delete`.
const fn method_ignoring_case(name: &str) -> Option<Method> {
    let mut i = 0;
    while i < Method::ALL.len() {
        let method = Method::ALL[i];
        if eq_ignoring_case(name.as_bytes(), method.as_str().as_bytes()) {
            return Some(method);
        }
        i += 1;
    }
    None
}

const fn eq_ignoring_case(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// Two or more letters, all capitals: how a method's name is written.
const fn is_capitals(name: &str) -> bool {
    let bytes = name.as_bytes();
    if bytes.len() < 2 {
        return false;
    }
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_uppercase() {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{Policy, Strict};

    fn read(text: &str) -> MethodTable {
        match parse(text) {
            Ok(table) => table,
            Err(error) => panic!("{}", error.message_text()),
        }
    }

    /// The compile error's text for `text`, without its opening.
    fn error(text: &str) -> String {
        let error = parse(text).expect_err("a malformed table");
        let message = error.message_text();
        message
            .strip_prefix("the markdown table cannot be read as a policy: ")
            .unwrap()
            .to_owned()
    }

    impl Malformed<'_> {
        fn message_text(&self) -> String {
            Report::failed(self.message()).as_str().to_owned()
        }
    }

    const SEED: &str = "\
HTTP Status Response Codes

For each HTTP method, you should try to use only status codes marked with X.

| Code | Meaning | GET | POST | PUT | PATCH | DELETE |
| --- | --- | --- | --- | --- | --- | --- |
| 200 | OK | X | | X | X | X |
| 201 | Created | | X | | | |
| 204 | No Content | | | X | X | X |
| 400 | Bad Request | | X | X | X | |
| 401 | Unauthorized | X | X | X | X | X |
| 403 | Forbidden | X | X | X | X | X |
| 404 | Not Found | X | | X | X | |
| 500 | Server error | X | X | X | X | X |

General: 401 should be returned when a client fails to authenticate.
";

    #[test]
    fn the_seed_table_is_strict() {
        assert_eq!(read(SEED), Strict::TABLE);
    }

    #[test]
    fn the_shapes_guideline_documents_use() {
        // Columns in any order, reason phrases after the code, `x`, no outer pipes,
        // aligned delimiters, CRLF line ends, a row with its trailing empty cells left
        // out, and a prose column between the methods.
        let text = "status | DELETE | Notes | get\r\n\
                    :--- | :---: | --- | ---:\r\n\
                    204 No Content | x | gone or not | \r\n\
                    404-Not Found |  | never for DELETE \\| see below | X\r\n\
                    500 Internal Server Error | X | | x\r\n\
                    200 OK\r\n";
        let error_text = error(text);
        assert_eq!(
            error_text,
            "line 1: the column `get` names a method: write it in capitals, `GET`"
        );
        let text = text.replace("| get", "| GET");
        let table = read(&text);
        assert_eq!(table.allowed(Method::Delete), StatusSet::of(&[204, 500]));
        assert_eq!(table.allowed(Method::Get), StatusSet::of(&[404, 500]));
        assert_eq!(table.covered_mask().count_ones(), 2);
        // 200 has a row, with every cell empty: refused for both.
        assert!(!table.allows(Method::Get, 200));
    }

    #[test]
    fn prose_tables_and_code_blocks_are_skipped() {
        let text = "\
| Term | Meaning |
| --- | --- |
| X | a cell that allows |

```markdown
| status | GET |
| --- | --- |
| 999 | X |
```

| **Status** | `GET` | _HEAD_ |
|---|---|---|
| **200** | **X** | |
| 304 | X | X |

| status | POST |
| --- | --- |
| 201 | X |
";
        let table = read(text);
        assert_eq!(table.allowed(Method::Get), StatusSet::of(&[200, 304]));
        assert_eq!(table.allowed(Method::Head), StatusSet::of(&[304]));
        // Only the first table with a method column is the policy.
        assert!(!table.covers(Method::Post));
    }

    #[test]
    fn no_table() {
        assert!(error("").starts_with("the text has no table; write one row per status"));
        assert!(error("| just | pipes |\nno delimiter\n").starts_with("the text has no table"));
        assert_eq!(
            error("| Term | Meaning |\n| --- | --- |\n| a | b |\n"),
            "no table in the text names a method in its header row; name each method's column in capitals, e.g. `| status | GET | POST |`"
        );
    }

    #[test]
    fn no_status_column() {
        assert_eq!(
            error("intro\n\n| GET | POST |\n| --- | --- |\n| X | X |\n"),
            "line 3: the first column is `GET`, a method, so no column holds the statuses; the first column holds each row's status, e.g. `| status | GET | POST |`"
        );
    }

    #[test]
    fn unknown_methods_and_methods_not_in_capitals() {
        assert_eq!(
            error("| status | GET | PURGE |\n| --- | --- | --- |\n| 200 | X | X |\n"),
            "line 1: `PURGE` is not a method a policy can cover (GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, TRACE, CONNECT); a column that is not a method must not be named in capitals"
        );
        assert_eq!(
            error("| status | GET | Delete |\n| --- | --- | --- |\n| 200 | X | X |\n"),
            "line 1: the column `Delete` names a method: write it in capitals, `DELETE`"
        );
        assert_eq!(
            error("| status | GET | GET |\n| --- | --- | --- |\n| 200 | X | X |\n"),
            "line 1: the method GET has two columns; keep one"
        );
    }

    #[test]
    fn statuses_out_of_range_or_missing() {
        let table = |row: &str| format!("| status | GET |\n| --- | --- |\n{row}\n");
        assert_eq!(
            error(&table("| 99 | X |")),
            "line 3: status 99 is outside 100..=599, the range of HTTP status codes"
        );
        assert_eq!(
            error(&table("| 600 Custom | X |")),
            "line 3: status 600 is outside 100..=599, the range of HTTP status codes"
        );
        assert_eq!(
            error(&table("| 4040404040404 | X |")),
            "line 3: status 4040404040404 is outside 100..=599, the range of HTTP status codes"
        );
        assert_eq!(
            error(&table("| Not Found | X |")),
            "line 3: the row's first cell, `Not Found`, does not start with a status code; start it with the code, e.g. `404` or `404 Not Found`"
        );
        assert_eq!(
            error(&table("| 4xx | X |")),
            "line 3: the row's first cell, `4xx`, does not start with a status code; start it with the code, e.g. `404` or `404 Not Found`"
        );
        assert_eq!(
            error(&table("| 200 | X |\n| 200 OK | |")),
            "line 4: status 200 has a row already; keep one row per status"
        );
    }

    #[test]
    fn rows_and_cells_that_do_not_fit() {
        assert_eq!(
            error("| status | GET |\n| --- | --- |\n| 200 | X | X |\n"),
            "line 3: the row has 3 cells, but the header row has 2 columns; add a column to the header, or escape a `|` in a cell as `\\|`"
        );
        assert_eq!(
            error("| status | GET |\n| --- | --- |\n| 200 | yes |\n"),
            "line 3: the GET cell is `yes`; a cell is `X` (or `x`) when the method may return the status, and empty when it may not"
        );
        assert_eq!(
            error("| status | GET |\n| --- |\n| 200 | X |\n"),
            "line 2: the delimiter row has 1 cell, but the header row has 2; give it one `---` per column"
        );
        assert_eq!(
            error("# Statuses\n| status | GET |\n| --- | --- |\n\nNo rows yet.\n"),
            "line 2: the table has no rows; add one per status under the delimiter row, e.g. `| 200 OK | X | |`"
        );
        let wide = format!("| status |{}\n", " a |".repeat(MAX_COLUMNS));
        let text = format!("{wide}|{}\n| 200 |\n", " - |".repeat(MAX_COLUMNS + 1));
        assert_eq!(
            error(&text),
            "line 1: the header row has more than 32 columns"
        );
    }

    /// A panic other than the malformed-table one would be a confusing compile error
    /// ("index out of bounds"): the reader must answer every text with a table or a
    /// [`Malformed`]. Every truncation of a few tables, and every byte of them replaced
    /// by each byte that means something to the reader.
    #[test]
    fn any_text_is_a_table_or_a_malformed_one() {
        let seeds = [
            SEED,
            "| status | GET | Meaning |\n| :-- | --: | --- |\n| 200 | X | a \\| b |\n| 404 | x |\n",
            "a | b\n--|--\n```\n| s | GET |\n|-|-|\n```\n| s | **GET** |\n|-|-|\n| 200é | X |\r\n",
        ];
        let specials = [
            b'|', b'\\', b'\n', b'\r', b'-', b':', b' ', b'X', b'x', b'`', b'*', b'_', b'~', b'0',
            b'9', b'G', b'a', 0xC3, 0xA9,
        ];
        let mut texts = 0;
        for seed in seeds {
            let bytes = seed.as_bytes();
            let mut check = |candidate: Vec<u8>| {
                if let Ok(text) = String::from_utf8(candidate) {
                    texts += 1;
                    if let Err(error) = parse(&text) {
                        assert!(!error.message_text().is_empty());
                    }
                }
            };
            for end in 0..=bytes.len() {
                check(bytes[..end].to_vec());
            }
            for at in 0..bytes.len() {
                for &special in &specials {
                    let mut mutated = bytes.to_vec();
                    mutated[at] = special;
                    check(mutated.clone());
                    mutated.insert(at, special);
                    check(mutated);
                }
            }
        }
        assert!(texts > 10_000, "{texts}");
    }

    #[test]
    fn the_message_in_a_const_is_a_panic_with_the_line() {
        let result = std::panic::catch_unwind(|| {
            MethodTable::from_markdown("| status | GET |\n| --- | --- |\n| 999 | X |\n")
        });
        let payload = result.expect_err("a panic");
        let message = payload.downcast_ref::<String>().unwrap();
        assert_eq!(
            message,
            "the markdown table cannot be read as a policy: line 3: status 999 is outside 100..=599, the range of HTTP status codes"
        );
    }
}
