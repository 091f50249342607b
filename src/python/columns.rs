//! Batch tables handed to Python: the Arrow PyCapsule interface, and a plain-buffer fallback.
//!
//! The core builds each table as Arrow record batches (`crate::tables`, one per chunk of
//! documents). From here they leave in one of two ways:
//!
//! * through the Arrow PyCapsule interface ([`ArrowTable`]): pandas (with pyarrow), pyarrow,
//!   polars and DuckDB take it without copying or creating a Python object per row;
//! * when pyarrow is absent, as column buffers (`ArrowTable.to_columns`): `bytes` of
//!   little-endian numbers that numpy wraps without a copy, and lists of `str` for text
//!   columns.

use std::sync::Arc;

use arrow_array::types::UInt8Type;
use arrow_array::{
    Array, ArrayRef, BooleanArray, DictionaryArray, Float64Array, Int32Array, Int64Array,
    LargeStringArray, RecordBatch, StringArray, StructArray,
};
use arrow_schema::{ArrowError, Field, Schema, SchemaRef};
use arrow_select::concat::concat_batches;
use arrow_select::take::take;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyCapsule, PyDict, PyList, PyTuple};
use pyo3_arrow::ffi::{
    to_array_pycapsules, to_schema_pycapsule, to_stream_pycapsule, ArrayIterator,
};
use pyo3_arrow::PyArray;

use super::guard;

/// A table of batch results, handed to Python through the Arrow PyCapsule interface: as a
/// stream of record batches (`__arrow_c_stream__`, one batch per chunk of documents, no copy)
/// or as one record batch (`__arrow_c_array__`, concatenated on request).
#[pyclass(name = "ArrowTable", module = "presswork", frozen)]
pub struct ArrowTable {
    /// Never empty; all batches share the first one's schema.
    batches: Vec<RecordBatch>,
}

impl ArrowTable {
    /// `batches` must not be empty.
    pub fn new(batches: Vec<RecordBatch>) -> Self {
        debug_assert!(!batches.is_empty());
        ArrowTable { batches }
    }

    fn schema(&self) -> SchemaRef {
        self.batches[0].schema()
    }

    fn struct_field(&self) -> Arc<Field> {
        Arc::new(Field::new_struct("", self.schema().fields().clone(), false))
    }
}

fn arrow_err(e: impl std::fmt::Display) -> PyErr {
    PyRuntimeError::new_err(format!("Arrow export failed: {e}"))
}

#[pymethods]
impl ArrowTable {
    /// Number of rows.
    #[getter]
    fn num_rows(&self) -> PyResult<usize> {
        guard(|| Ok(self.batches.iter().map(RecordBatch::num_rows).sum()))
    }

    /// Column names, in order.
    #[getter]
    fn column_names(&self) -> PyResult<Vec<String>> {
        guard(|| {
            Ok(self
                .schema()
                .fields()
                .iter()
                .map(|f| f.name().clone())
                .collect())
        })
    }

    fn __len__(&self) -> PyResult<usize> {
        guard(|| self.num_rows())
    }

    fn __repr__(&self) -> PyResult<String> {
        guard(|| {
            let (rows, columns) = (self.num_rows()?, self.column_names()?);
            Ok(format!("ArrowTable(rows={rows}, columns={columns:?})"))
        })
    }

    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_array__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyCapsule>>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        guard(|| {
            let batch = concat_batches(&self.schema(), &self.batches).map_err(arrow_err)?;
            to_array_pycapsules(
                py,
                self.struct_field(),
                &StructArray::from(batch),
                requested_schema,
            )
            .map_err(arrow_err)
        })
    }

    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyCapsule>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        guard(|| {
            let arrays: Vec<Result<ArrayRef, ArrowError>> = self
                .batches
                .iter()
                .map(|b| Ok(Arc::new(StructArray::from(b.clone())) as ArrayRef))
                .collect();
            let reader = Box::new(ArrayIterator::new(arrays.into_iter(), self.struct_field()));
            to_stream_pycapsule(py, reader, requested_schema).map_err(arrow_err)
        })
    }

    /// The same table with `doc` holding `labels[doc]`: `labels` is an Arrow array (any
    /// object with `__arrow_c_array__`) of one label per input position, in input order.
    fn with_doc(&self, labels: PyArray) -> PyResult<ArrowTable> {
        guard(|| {
            let labels = labels.array();
            // Labels come from any Arrow producer: check them before `take` reads them.
            labels
                .to_data()
                .validate_full()
                .map_err(|e| PyValueError::new_err(format!("invalid labels array: {e}")))?;
            let batches = self
                .batches
                .iter()
                .map(|batch| relabel(batch, labels))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| PyValueError::new_err(format!("cannot label the doc column: {e}")))?;
            Ok(ArrowTable::new(batches))
        })
    }

    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        guard(|| to_schema_pycapsule(py, self.schema().as_ref()).map_err(arrow_err))
    }

    /// The columns as `name -> (encoding, payload)` for readers without pyarrow:
    /// `"i8"` (int64), `"i4"` / `"opt_i4"` (int32; -1 for missing) / `"f8"` (NaN for missing) / `"bool"` as `bytes`,
    /// `"cat"` as `(bytes of uint8 codes, categories)`, `"str"` as a list of `str` or `None`.
    fn to_columns<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        guard(|| {
            let out = PyDict::new(py);
            for (i, field) in self.schema().fields().iter().enumerate() {
                let arrays: Vec<&dyn Array> =
                    self.batches.iter().map(|b| b.column(i).as_ref()).collect();
                out.set_item(field.name(), column_payload(py, &arrays)?)?;
            }
            Ok(out)
        })
    }
}

/// `batch` with its `doc` column (positions) replaced by the labels at those positions.
fn relabel(batch: &RecordBatch, labels: &ArrayRef) -> Result<RecordBatch, ArrowError> {
    let doc = batch.column(0);
    let positions = doc
        .as_any()
        .downcast_ref::<Int64Array>()
        .ok_or_else(|| ArrowError::InvalidArgumentError("doc is not int64".into()))?;
    if let Some(p) = positions
        .values()
        .iter()
        .find(|&&p| p < 0 || p as usize >= labels.len())
    {
        return Err(ArrowError::InvalidArgumentError(format!(
            "position {p} is not among the {} labels",
            labels.len()
        )));
    }
    let taken = take(labels.as_ref(), positions, None)?;
    let schema = batch.schema();
    let mut fields: Vec<Field> = schema.fields().iter().map(|f| f.as_ref().clone()).collect();
    fields[0] = Field::new("doc", taken.data_type().clone(), false);
    let mut columns = batch.columns().to_vec();
    columns[0] = taken;
    RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)
}

/// One column, gathered across batches, in the encoding `to_columns` documents.
fn column_payload<'py>(py: Python<'py>, arrays: &[&dyn Array]) -> PyResult<Bound<'py, PyAny>> {
    fn all<'a, T: 'static>(arrays: &[&'a dyn Array]) -> Option<Vec<&'a T>> {
        arrays
            .iter()
            .map(|a| a.as_any().downcast_ref::<T>())
            .collect()
    }
    let payload = |enc: &str, bytes: Vec<u8>| -> PyResult<Bound<'py, PyAny>> {
        Ok((enc, PyBytes::new(py, &bytes))
            .into_pyobject(py)?
            .into_any())
    };
    if let Some(parts) = all::<Int32Array>(arrays) {
        let nulls = parts.iter().any(|a| a.null_count() > 0);
        let bytes: Vec<u8> = parts
            .iter()
            .flat_map(|a| a.iter())
            .flat_map(|v| v.unwrap_or(-1).to_le_bytes())
            .collect();
        return payload(if nulls { "opt_i4" } else { "i4" }, bytes);
    }
    if let Some(parts) = all::<Int64Array>(arrays) {
        let bytes: Vec<u8> = parts
            .iter()
            .flat_map(|a| a.values().iter())
            .flat_map(|v| v.to_le_bytes())
            .collect();
        return payload("i8", bytes);
    }
    if let Some(parts) = all::<Float64Array>(arrays) {
        return payload(
            "f8",
            parts
                .iter()
                .flat_map(|a| a.iter())
                .flat_map(|v| v.unwrap_or(f64::NAN).to_le_bytes())
                .collect(),
        );
    }
    if let Some(parts) = all::<BooleanArray>(arrays) {
        return payload(
            "bool",
            parts
                .iter()
                .flat_map(|a| a.iter())
                .map(|v| u8::from(v.unwrap_or(false)))
                .collect(),
        );
    }
    if let Some(parts) = all::<DictionaryArray<UInt8Type>>(arrays) {
        // Every batch of a table uses the same dictionary (the full list of kinds).
        let codes: Vec<u8> = parts
            .iter()
            .flat_map(|a| a.keys().values().iter().copied())
            .collect();
        let categories: Vec<&str> = parts
            .first()
            .and_then(|a| a.values().as_any().downcast_ref::<StringArray>())
            .map(|v| v.iter().map(|s| s.unwrap_or("")).collect())
            .unwrap_or_default();
        return Ok(("cat", (PyBytes::new(py, &codes), categories))
            .into_pyobject(py)?
            .into_any());
    }
    if let Some(parts) = all::<LargeStringArray>(arrays) {
        let list = PyList::new(py, parts.iter().flat_map(|a| a.iter()))?;
        return Ok(("str", list).into_pyobject(py)?.into_any());
    }
    let dtype = arrays
        .first()
        .map_or("none".to_string(), |a| a.data_type().to_string());
    Err(PyRuntimeError::new_err(format!(
        "no column encoding for Arrow type {dtype}"
    )))
}
