//! The output tables: their columns, declared once, and (with the `arrow` cargo feature) the
//! builders that turn analysed documents into Arrow record batches.
//!
//! * [`schema`]: every table's columns (name, storage, nullability, meaning, example) in
//!   [`schema::TABLES`]. The builders are checked against it, the Python bindings hand it to
//!   Python (`_native.schema()`: pandas dtypes, docstrings) and `docs/gen_columns.py` writes
//!   `docs/columns.md` from it.
//! * [`Table`]: the table names as an enum; a name that is not one of them is an error
//!   ([`UnknownTable`]), never a silent default.
//! * `arrow` (feature `arrow`): one Arrow `RecordBatch` per table per chunk of documents,
//!   built as the documents arrive ([`ChunkTables`]); offsets are code points (Python `str`
//!   indices), kinds dictionary-encoded.
//!
//! The bindings (`src/python/`) only hand the batches to Python; everything here is tested
//! with `cargo test --features arrow`.

#[cfg(feature = "arrow")]
mod arrow;
pub mod schema;

use std::fmt;
use std::str::FromStr;

use crate::document::Document;
use crate::offsets::CharOffsets;

#[cfg(feature = "arrow")]
pub use arrow::{build, ChunkTables};

/// One of the output tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Table {
    Tokens,
    Sentences,
    Quotes,
    Numbers,
}

impl Table {
    /// Every table, in the order of [`schema::TABLES`].
    pub const ALL: [Table; 4] = [
        Table::Tokens,
        Table::Sentences,
        Table::Quotes,
        Table::Numbers,
    ];

    /// The table's name, as Python asks for it.
    pub fn name(self) -> &'static str {
        match self {
            Table::Tokens => "tokens",
            Table::Sentences => "sentences",
            Table::Quotes => "quotes",
            Table::Numbers => "numbers",
        }
    }

    /// The declared columns, in order.
    pub fn columns(self) -> &'static [schema::Column] {
        schema::TABLES[self as usize].1
    }

    /// Bytes of table buffers the builders reserve per byte of text: a token row per 4 bytes
    /// (five 4-byte columns, an 8-byte text offset and the text itself), a sentence row per
    /// 64 bytes and the text, a little for the small tables. The bindings ask for this much
    /// memory before building (`MemoryError` instead of an abort).
    pub fn reserved_bytes_per_byte(self) -> usize {
        match self {
            Table::Tokens => 8,
            Table::Sentences => 2,
            Table::Quotes | Table::Numbers => 1,
        }
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A table name that is not one of [`Table::ALL`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownTable(pub String);

impl fmt::Display for UnknownTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown table {:?}: expected 'tokens', 'sentences', 'quotes' or 'numbers'",
            self.0
        )
    }
}

impl std::error::Error for UnknownTable {}

impl FromStr for Table {
    type Err = UnknownTable;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Table::ALL
            .into_iter()
            .find(|t| t.name() == name)
            .ok_or_else(|| UnknownTable(name.to_string()))
    }
}

/// A document analysed in a batch, with what the table builders need.
pub struct Analysed<'t> {
    /// Position of the text in the caller's input (the `doc` column).
    pub row: usize,
    pub doc: Document<'t>,
    /// Built on first use: the token table counts code points as it goes and never needs it.
    offsets: std::cell::OnceCell<CharOffsets>,
}

impl<'t> Analysed<'t> {
    pub fn new(row: usize, doc: Document<'t>) -> Self {
        Analysed {
            row,
            doc,
            offsets: std::cell::OnceCell::new(),
        }
    }

    /// Byte → code-point offsets of this text.
    pub fn offsets(&self) -> &CharOffsets {
        self.offsets.get_or_init(|| CharOffsets::new(self.doc.text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_names_round_trip_and_follow_the_declaration() {
        for (i, table) in Table::ALL.into_iter().enumerate() {
            assert_eq!(table.name().parse::<Table>(), Ok(table));
            assert_eq!(schema::TABLES[i].0, table.name());
            assert_eq!(table.columns().len(), schema::TABLES[i].1.len());
        }
    }

    #[test]
    fn unknown_table_names_are_errors() {
        for name in ["", "Tokens", "number", "quotes ", "entities"] {
            let err = name.parse::<Table>().unwrap_err();
            assert_eq!(err, UnknownTable(name.to_string()));
            assert!(err.to_string().contains("unknown table"), "{err}");
        }
    }
}
