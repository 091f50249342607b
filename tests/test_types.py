"""The type stubs: they match the compiled module, and strict mypy accepts a user script and
the package itself."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytest.importorskip("mypy")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", *args], capture_output=True, text=True, cwd=ROOT, timeout=600, check=False
    )


def test_stubs_match_the_native_module():
    proc = run("mypy.stubtest", "presswork._native")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_strict_mypy_on_a_usage_example_and_the_package():
    for target in ([str(ROOT / "tests" / "typing" / "usage.py")], ["-p", "presswork"]):
        proc = run("mypy", "--strict", "--no-incremental", *target)
        assert proc.returncode == 0, proc.stdout + proc.stderr
