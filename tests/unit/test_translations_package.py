# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The built wheel carries a compiled catalog per language (setup.py's build step).

Builds the wheel the way ``packaging/build-wheel.sh`` does: from a copy of the
files git knows, with pip in its isolated build environment (PySide6 there
provides lrelease).
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from scripts import translations as tool

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
CATALOG_DIR = "messenger/resources/translations"
TIMEOUT = 600


def _copy_of_checkout(target: Path) -> Path:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=tool.ROOT,
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout.split(b"\0")
    archive = target.with_suffix(".tar")
    with tarfile.open(archive, "w") as tar:
        for name in filter(None, listed):
            path = tool.ROOT / name.decode()
            if path.is_file():
                tar.add(path, arcname=name.decode())
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    return target


@pytest.mark.slow
def test_the_wheel_contains_a_catalog_per_language(tmp_path: Path) -> None:
    source = _copy_of_checkout(tmp_path / "source")
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"),
            *("--wheel-dir", str(wheels), str(source)),
        ],
        check=True,
        timeout=TIMEOUT,
    )
    (wheel,) = wheels.glob("messenger-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        catalogs = {
            Path(name).name: archive.read(name)
            for name in archive.namelist()
            if name.startswith(CATALOG_DIR) and name.endswith(".qm")
        }
    expected = {
        f"messenger_{code}.qm" for code in (*tool.all_languages(), tool.PSEUDO_LANGUAGE)
    }
    assert set(catalogs) == expected
    for name, data in catalogs.items():
        assert data.startswith(QM_MAGIC), name
