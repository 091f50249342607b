"""Writes docs/columns.md from the schema the extension declares (src/tables/schema.rs).

python docs/gen_columns.py          # rewrite docs/columns.md
python docs/gen_columns.py --check  # exit 1 if it is out of date (tests run this)
"""

import sys
from pathlib import Path

from presswork._frames import SCHEMA, pandas_dtypes

OUT = Path(__file__).with_name("columns.md")

PANDAS = {
    "doc": "index dtype / `int64`",
    "int32": "`int32`",
    "Int32": "`Int32` (nullable)",
    "float64": "`float64`",
    "bool": "`bool`",
    "str": "`str`",
    "category": "`category`",
}
ARROW = {
    "doc": "labels' type / `int64`",
    "int32": "`int32`",
    "float64": "`float64`",
    "bool": "`bool`",
    "str": "`large_string`",
    "category": "`dictionary<uint8, string>`",
}

INTRO = """# Column reference

Every batch call (`pw.tokens`, `pw.sentences`, `pw.quotes`, `pw.numbers`, `pw.tables`, the
`.news` accessor, `presswork.dask`, the command line) returns these columns, in this order,
with these types, whatever the input, the batch, the presence of pyarrow and the output kind.
This page is generated from the schema the extension declares (`src/tables/schema.rs`), the
same declaration every table is checked against when it is built.

**Types.** Offsets (`start`, `end`, `sentence`, …) are `int32`. Offsets that can be missing
(`speaker_start`, `cue_end`, …) are pandas' masked nullable `Int32`: a missing one is `<NA>`,
never a float NaN, so `text[row.start:row.end]` always works on a present one. Text columns
are pandas' `str` dtype (pandas 3; `string` on pandas 2); a missing text is NaN. Kinds are
categoricals with every possible category, present or not. `value`, `low` and `high` are
`float64` with NaN when missing. In polars the same columns are `Int64`/`Int32`/`String`/
`Categorical`/`Float64`/`Boolean`; in Arrow output, the types in the Arrow column.

Parquet files written from a pandas table read back with these dtypes; files written from
polars or Arrow output read into pandas with them through
`pd.read_parquet(path, dtype_backend="numpy_nullable")` (plain `pd.read_parquet` turns a
nullable integer column into `float64`, as pyarrow does for any Parquet file).

**`doc`** is the input pandas Series' index label, with the index's dtype (strings stay
strings, integers `int64`), in pandas, polars and Arrow output alike. For any other input (a
`str`, a list, a polars Series, a pyarrow array) it is the input position, `int64`.

**Across articles**: the `match_quotes`, `match_speakers` and `match_numbers` sections list the
columns those functions add to the rows they are given; `quote_clusters` is a table of its
own. Their rules are in [Across articles](across.md).

**Empty**: a document with no rows of a table (an empty text, `None`, an article without
quotations) simply has no rows there; a table with no rows still has every column and type.
"""


def render() -> str:
    parts = [INTRO]
    for table, columns in SCHEMA.items():
        dtypes = pandas_dtypes(table)
        parts.append(
            f"\n## {table}\n\n| column | meaning | pandas | Arrow | missing? | example |\n|---|---|---|---|---|---|"
        )
        for name, dtype, nullable, about, example in columns:
            pandas = (
                PANDAS["doc"]
                if dtype == "doc"
                else PANDAS["Int32" if str(dtypes[name]) == "Int32" else dtype]
            )
            missing = "can be missing" if nullable else "never"
            parts.append(f"| `{name}` | {about} | {pandas} | {ARROW[dtype]} | {missing} | {example} |")
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit("docs/columns.md is out of date: run python docs/gen_columns.py")
    else:
        OUT.write_text(text, encoding="utf-8")
