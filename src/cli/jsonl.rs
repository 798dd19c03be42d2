//! `kofukin simulate --jsonl`: JSON Lines, one scenario per line in, one compact result per line
//! out, in order (docs/format.md, "Command line"). An invalid line gives
//! `{"line": N, "error": {"message_ja", "message_en"}}` on its own output line and the run goes on.
//!
//! Memory stays constant whatever the input: lines are read into one reused buffer of at most
//! [`MAX_INPUT_BYTES`]; the rest of a longer line is skipped unread into memory and gives that line's
//! error. Blank lines are skipped.

use super::{too_large, Outcome, MAX_INPUT_BYTES};
use kofukin::engine::{self, scenario::InputError, scenario::Scenario};
use serde::Serialize;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;

/// FILE or standard input, buffered.
pub fn open(file: Option<&PathBuf>) -> Result<Box<dyn BufRead>, InputError> {
    match file {
        None => Ok(Box::new(std::io::stdin().lock())),
        Some(path) => std::fs::File::open(path).map(|f| Box::new(BufReader::new(f)) as Box<dyn BufRead>).map_err(|e| {
            let p = path.display();
            InputError::single("", format!("{p} を読めません: {e}"), format!("cannot read {p}: {e}"))
        }),
    }
}

/// Reads every line of `input` and writes one output line for each non-blank one. `Err` only when
/// the output cannot be written; a line that cannot be read ends the run as invalid.
pub fn run(mut input: impl BufRead, out: &mut dyn Write) -> std::io::Result<Outcome> {
    let mut line = Vec::new();
    let mut n = 0usize;
    let mut any_invalid = false;
    loop {
        n += 1;
        let read = match read_line(&mut input, &mut line, MAX_INPUT_BYTES) {
            Ok(Some(read)) => read,
            Ok(None) => break,
            Err(e) => {
                let e =
                    InputError::single("", format!("{n} 行目を読めません: {e}"), format!("cannot read line {n}: {e}"));
                write_error(out, n, &e)?;
                any_invalid = true;
                break;
            }
        };
        let result = match read {
            Line::TooLong => Err(too_large(&format!("{n} 行目"), &format!("line {n}"))),
            Line::Complete => {
                let bytes = line.strip_suffix(b"\r").unwrap_or(&line);
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                simulate(bytes)
            }
        };
        match result {
            Ok(text) => out.write_all(text.as_bytes())?,
            Err(e) => {
                any_invalid = true;
                write_error(out, n, &e)?;
            }
        }
        out.write_all(b"\n")?;
        // A reader that follows the output line by line sees each result as soon as it is ready.
        out.flush()?;
    }
    Ok(if any_invalid { Outcome::Invalid } else { Outcome::Done })
}

/// One line's result as compact JSON.
fn simulate(bytes: &[u8]) -> Result<String, InputError> {
    let text = engine::scenario::utf8_text(bytes)?;
    let scenario = Scenario::from_json_str(text)?;
    Ok(serde_json::to_string(&engine::simulate(&scenario)).unwrap_or_default())
}

/// `{"line": N, "error": {"message_ja", "message_en"}}`: every problem of the line, each with its
/// field path, one per text line of the message.
fn write_error(out: &mut dyn Write, n: usize, e: &InputError) -> std::io::Result<()> {
    let message = |pick: fn(&engine::scenario::FieldError) -> &str| {
        e.errors
            .iter()
            .map(|f| if f.path.is_empty() { pick(f).to_string() } else { format!("{}: {}", f.path, pick(f)) })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let line = LineError {
        line: n,
        error: Messages { message_ja: message(|f| &f.message_ja), message_en: message(|f| &f.message_en) },
    };
    serde_json::to_writer(&mut *out, &line)?;
    Ok(())
}

/// The output line of an invalid input line, its fields in this order.
#[derive(Serialize)]
struct LineError {
    line: usize,
    error: Messages,
}

#[derive(Serialize)]
struct Messages {
    message_ja: String,
    message_en: String,
}

/// What [`read_line`] found.
#[derive(Debug, PartialEq)]
enum Line {
    /// The line (without its `\n`) is in the buffer.
    Complete,
    /// The line was longer than the limit; it was consumed, the buffer holds only its start.
    TooLong,
}

/// Reads one line into `buf` (cleared first), keeping at most `max` bytes of it and consuming the
/// rest without storing it. `None` at the end of the input.
fn read_line(input: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> std::io::Result<Option<Line>> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = match input.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(any.then_some(if too_long { Line::TooLong } else { Line::Complete }));
        }
        any = true;
        let (part, end) = match chunk.iter().position(|b| *b == b'\n') {
            Some(i) => (&chunk[..i], Some(i + 1)),
            None => (chunk, None),
        };
        if !too_long {
            if buf.len() + part.len() > max {
                too_long = true;
            } else {
                buf.extend_from_slice(part);
            }
        }
        let used = end.unwrap_or(chunk.len());
        input.consume(used);
        if end.is_some() {
            return Ok(Some(if too_long { Line::TooLong } else { Line::Complete }));
        }
    }
}

/// Lines of a byte string, as [`run`] reads them (for the tests).
#[cfg(test)]
fn lines(bytes: &[u8], max: usize) -> Vec<(Line, Vec<u8>)> {
    let mut input = bytes;
    let mut buf = Vec::new();
    let mut out = Vec::new();
    while let Ok(Some(line)) = read_line(&mut input, &mut buf, max) {
        out.push((line, buf.clone()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_split_on_newlines_and_a_long_one_is_cut_and_flagged() {
        let got = lines(b"ab\n\ncdefgh\nij", 4);
        assert_eq!(
            got,
            [
                (Line::Complete, b"ab".to_vec()),
                (Line::Complete, b"".to_vec()),
                (Line::TooLong, b"".to_vec()),
                (Line::Complete, b"ij".to_vec()),
            ]
        );
        assert!(lines(b"", 4).is_empty());
        assert_eq!(lines(b"abcd\n", 4), [(Line::Complete, b"abcd".to_vec())]);
    }
}
