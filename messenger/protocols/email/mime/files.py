# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Safe names and types for files that arrive by mail.

A received name is only ever a label and a default for "save as": it must
not be able to climb out of a folder (``../``, ``..%2F``, ``C:\\``, an
absolute path), name a device on Windows (``CON``, ``COM1.txt``), hide its
real extension behind a right-to-left override, or exceed what file systems
take (CVE-2021-33896 family).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

from messenger.protocols.email.mime.headers import BIDI

FALLBACK = "attachment"
MAX_FILENAME = 120  # characters; file systems allow 255 bytes
MAX_EXTENSION = 16
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$", "clock$"}
    | {f"{port}{n}" for port in ("com", "lpt") for n in "0123456789¹²³"}
)
_FORBIDDEN = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')
_CONTENT_TYPE = re.compile(
    r"[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}"
)


def safe_filename(name: str | None) -> str:
    """A file name that is safe to show and to save under, never empty."""
    if not name:
        return FALLBACK
    name = name[:1000]
    for _ in range(3):  # "..%2F..%2Fetc" hides its slashes, "%252F" twice
        if "%" not in name:
            break
        name = unquote(name, errors="replace")
    name = unicodedata.normalize("NFC", name)
    name = "".join(c for c in name if c not in BIDI and _printable(c))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]  # the last path element only
    name = _FORBIDDEN.sub("_", name)
    name = " ".join(name.split())  # no runs of whitespace, none at the ends
    name = name.strip(". ")  # no "..", no hidden files, no trailing dots (Windows)
    if not name:
        return FALLBACK
    stem = name.split(".", 1)[0].rstrip(" ").lower()
    if stem in _WINDOWS_RESERVED:
        name = "_" + name
    return _capped(name)


def _printable(char: str) -> bool:
    return char.isprintable() or char == " " or unicodedata.category(char) == "Cn"


def _capped(name: str) -> str:
    if len(name) <= MAX_FILENAME:
        return name
    stem, dot, extension = name.rpartition(".")
    if dot and stem and len(extension) <= MAX_EXTENSION:
        return stem[: MAX_FILENAME - len(extension) - 1].rstrip(". ") + "." + extension
    return name[:MAX_FILENAME].rstrip(". ")


def safe_content_type(value: str | None) -> str:
    """A lower-case ``type/subtype``; application/octet-stream for junk."""
    value = (value or "").strip().lower()
    return value if _CONTENT_TYPE.fullmatch(value) else "application/octet-stream"
