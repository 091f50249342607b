//! The declared table schema (`crate::tables::schema`), handed to Python as data.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::tables::schema::{ACROSS, TABLES};

/// The declared schema: `{table: [(name, dtype, nullable, about, example), ...]}`, with
/// `dtype` one of `doc`, `int32`, `float64`, `bool`, `str`, `category`.
#[pyfunction]
pub fn schema(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    super::guard(|| {
        let out = PyDict::new(py);
        for (table, columns) in TABLES.iter().chain(&ACROSS) {
            let rows: Vec<_> = columns
                .iter()
                .map(|c| (c.name, c.dtype.name(), c.nullable, c.about, c.example))
                .collect();
            out.set_item(*table, rows)?;
        }
        Ok(out)
    })
}
