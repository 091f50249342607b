"""PEP 517 build backend: maturin's, minus its silent Rust download.

When ``cargo`` is missing, maturin's backend installs a Rust toolchain into the user's cache
(through ``puccinialin``) and compiles for minutes without a word. A user who meant to
install a wheel should be told instead. ``MATURIN_NO_INSTALL_RUST`` is maturin's documented
switch for that download; this wrapper sets it and stops with a message naming rustup.
"""

import os
import shutil

os.environ.setdefault("MATURIN_NO_INSTALL_RUST", "1")

import maturin
from maturin import (  # noqa: F401  (re-exported hooks)
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    get_requires_for_build_wheel,
)

NO_RUST = """
presswork: building from source needs Rust (cargo), and none is on PATH.

  * To install without Rust, install a wheel: `pip install presswork` once wheels are
    published, or `pip install presswork-*.whl` from a release or a CI build.
  * To build from source, install Rust with rustup (https://rustup.rs):
        curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh
    then run the same pip command again.
"""


def _need_cargo() -> None:
    if shutil.which("cargo") is None:
        raise SystemExit(NO_RUST)


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    _need_cargo()
    return maturin.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    _need_cargo()
    return maturin.build_editable(wheel_directory, config_settings, metadata_directory)


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    _need_cargo()
    return maturin.prepare_metadata_for_build_wheel(metadata_directory, config_settings)


def build_sdist(sdist_directory, config_settings=None):
    _need_cargo()  # maturin reads the crate's metadata with cargo
    return maturin.build_sdist(sdist_directory, config_settings)
