# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The bundled build end to end: wheel -> PyInstaller bundle -> .deb -> apt.

Builds with the project's scripts into a temporary folder, installs the .deb
with apt on this machine (root, or password-less sudo), runs the installed
``messenger --version`` and ``messenger --smoke-test`` offscreen, and removes
the package again, checking that ``/opt/messenger`` is gone. The package is
removed whatever happens in between. A ``messenger`` package installed before
the test is a failure, not something to overwrite.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from messenger import APP_ID

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 120
INSTALL_DIR = Path("/opt/messenger")


def sudo() -> list[str]:
    if os.geteuid() == 0:
        return []
    if (
        shutil.which("sudo")
        and subprocess.run(
            ["sudo", "-n", "true"], capture_output=True, check=False
        ).returncode
        == 0
    ):
        return ["sudo", "-n"]
    pytest.fail("installing the .deb needs root or password-less sudo")


def installed() -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", "messenger"],
        capture_output=True,
        text=True,
        check=False,
    )
    return "install ok installed" in result.stdout


def apt(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*sudo(), "apt-get", "-y", "-q", *arguments],
        capture_output=True,
        text=True,
        env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"),
        timeout=RUN_TIMEOUT * 2,
        check=False,
    )


def clean_env(tmp_path: Path) -> dict[str, str]:
    """No Python of ours reachable, offscreen, a throwaway home and runtime."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    result = subprocess.run(
        [str(ROOT / "packaging" / "linux" / "build-deb.sh"), str(out)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]
    path = Path(result.stdout.strip().splitlines()[-1])
    assert path.is_file(), result.stdout
    return path


@pytest.fixture
def install(deb: Path) -> Iterator[Path]:
    """Install ``deb``; remove it afterwards, whatever happened."""
    if installed():
        pytest.fail("a messenger package is installed already; remove it first")
    try:
        result = apt("install", "--no-install-recommends", str(deb))
        assert result.returncode == 0, result.stdout + result.stderr
        yield deb
    finally:
        if installed():
            apt("remove", "messenger")


def bundle_of(deb: Path) -> Path:
    return deb.parent / "pyinstaller" / "dist" / "messenger"


@pytest.mark.slow
def test_the_deb_installs_runs_and_removes_cleanly(
    install: Path, tmp_path: Path
) -> None:
    env = clean_env(tmp_path)

    version = subprocess.run(
        ["messenger", "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert version.returncode == 0, version.stderr
    assert re.fullmatch(r"messenger \S+\n", version.stdout), version.stdout

    smoke = subprocess.run(
        ["messenger", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert smoke.returncode == 0, smoke.stderr
    assert re.fullmatch(r"ready \d+\.\d{3}\n", smoke.stdout), smoke.stdout

    assert Path("/usr/bin/messenger").resolve() == INSTALL_DIR / "messenger"
    share = Path("/usr/share")
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    hicolor = share / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 32, 48, 128, 256, 512):
        assert (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()

    removed = apt("remove", "messenger")
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not installed()
    assert not INSTALL_DIR.exists()
    assert not Path("/usr/bin/messenger").exists()


@pytest.mark.slow
def test_the_bundle_carries_python_the_resources_and_the_translations(
    deb: Path,
) -> None:
    bundle = bundle_of(deb)
    internal = bundle / "_internal"
    assert list(internal.glob("libpython3*.so*")), "no Python in the bundle"
    resources = internal / "messenger" / "resources"
    assert (resources / "icons" / "messenger.svg").is_file()
    assert (resources / "desktop" / f"{APP_ID}.desktop").is_file()
    # Whatever translations the wheel carries, the bundle carries too.
    (wheel,) = (deb.parent / "pyinstaller" / "wheel").glob("messenger-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = {
            name.removeprefix("messenger/")
            for name in archive.namelist()
            if name.endswith(".qm")
        }
    in_bundle = {
        str(path.relative_to(internal / "messenger"))
        for path in internal.glob("messenger/**/*.qm")
    }
    assert in_wheel <= in_bundle
    # The wheel itself: resources and the entry point.
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        assert "messenger = messenger.cli:main" in archive.read(entry_points).decode()
    assert "messenger/resources/icons/messenger.svg" in names
    assert f"messenger/resources/desktop/{APP_ID}.metainfo.xml" in names


@pytest.mark.slow
def test_the_deb_depends_on_system_libraries_not_on_python(deb: Path) -> None:
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Depends", "Version", "Architecture"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    depends = re.search(r"^Depends: (.*)$", fields, re.MULTILINE)
    assert depends is not None, fields
    packages = {entry.split()[0] for entry in depends.group(1).split(", ")}
    assert {"libc6", "libgl1", "libegl1", "fontconfig-config"} <= packages
    assert not {p for p in packages if p.startswith(("python", "libpython"))}
    # Bundled libraries are not depended upon.
    assert not packages & {"libqt6core6", "libgtk-3-0", "libx11-6", "libssl3"}
    assert re.search(r"^Version: \d+\.\d+\.\d+", fields, re.MULTILINE)
