# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Derive the .deb's ``Depends`` from the ELF files of a PyInstaller bundle.

    python deb_depends.py BUNDLE_DIR   ->  prints the Depends value

Why not ``dpkg-shlibdeps``: the bundle carries copies of many system libraries
(PyInstaller copies every shared library Qt and the extension modules link,
except a list it leaves to the system: glibc, libGL/libEGL, ...).
dpkg-shlibdeps maps those bundled copies back to their Debian packages, which
would make the package depend on GTK, X11 and ICU it does not use from the
system. What the package needs from the system is exactly this:

1. every ``NEEDED`` entry (``readelf -d``) of every ELF file in the bundle,
2. minus the libraries the bundle ships itself (by file name),
3. each remaining library located as the dynamic loader would (``ldconfig
   -p``, this architecture) and mapped to its package (``dpkg-query -S``),
4. with the minimum version from that package's ``shlibs`` file (what
   dpkg-shlibdeps falls back to as well), e.g. ``libc6 (>= 2.36)``.

A library found nowhere on the build machine (an optional Qt plugin's, say
the Wayland client's when it is not installed) cannot be mapped: it is
reported on stderr and left out; that plugin then does not load, and Qt falls
back to another. Packages listed in ``EXTRA`` are data the bundled libraries
read from the system (fontconfig's configuration).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

# Read by the bundled libfontconfig: /etc/fonts and, through it, a font.
EXTRA = ("fontconfig-config",)
DPKG_INFO = Path("/var/lib/dpkg/info")
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def elf_files(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed(files: Iterable[Path]) -> set[str]:
    names: set[str] = set()
    for path in files:
        output = subprocess.run(  # noqa: S603 (our own build's files)
            ["readelf", "-d", "-W", str(path)],  # noqa: S607 (binutils on PATH)
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        names.update(_NEEDED.findall(output))
    return names


def loader_paths() -> dict[str, str]:
    """soname -> path, for this machine's architecture (``ldconfig -p``)."""
    arch = "x86-64" if os.uname().machine == "x86_64" else None
    paths: dict[str, str] = {}
    output = subprocess.run(
        ["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True
    ).stdout
    for line in output.splitlines()[1:]:
        name, _, rest = line.strip().partition(" (")
        flags, _, path = rest.partition(") => ")
        if arch is not None and arch not in flags:
            continue
        paths.setdefault(name, path)
    return paths


def owner(path: str) -> str | None:
    """The package (without :arch) that installed ``path``."""
    for candidate in dict.fromkeys([path, os.path.realpath(path)]):
        result = subprocess.run(  # noqa: S603 (a path ldconfig reported)
            ["dpkg-query", "-S", candidate],  # noqa: S607 (dpkg on PATH)
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    return None


def shlibs_dependency(package: str, soname: str) -> str:
    """``package (>= version)`` from the package's shlibs file, else ``package``."""
    match = re.fullmatch(r"(.+?)\.so\.(.+)", soname) or re.fullmatch(
        r"(.+?)-([0-9.]+)\.so", soname
    )
    if match is None:
        return package
    library, version = match.groups()
    files = [
        *DPKG_INFO.glob(f"{package}.shlibs"),
        *DPKG_INFO.glob(f"{package}:*.shlibs"),
    ]
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            fields = line.split(None, 2)
            if fields[:2] == [library, version] and len(fields) == 3:
                dependency = fields[2].split(",")[0].strip()
                if dependency.split()[0] == package:
                    return dependency
    return package


def depends(bundle: Path) -> tuple[list[str], list[str]]:
    """(Depends entries, libraries that could not be mapped)."""
    files = elf_files(bundle)
    bundled = {path.name for path in bundle.rglob("*")}
    external = sorted(needed(files) - bundled)
    paths = loader_paths()
    entries: dict[str, str] = {}
    missing = []
    for soname in external:
        path = paths.get(soname)
        package = owner(path) if path else None
        if package is None:
            missing.append(soname)
            continue
        entry = shlibs_dependency(package, soname)
        # One entry per package: keep the strictest (longest version) seen.
        if len(entry) > len(entries.get(package, "")):
            entries[package] = entry
    for package in EXTRA:
        entries.setdefault(package, package)
    return [entries[name] for name in sorted(entries)], missing


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    entries, missing = depends(Path(argv[0]))
    for soname in missing:
        print(f"deb_depends: no package provides {soname}", file=sys.stderr)
    print(", ".join(entries))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
