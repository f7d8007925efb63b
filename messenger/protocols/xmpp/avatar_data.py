# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Avatar payloads (XEP-0084, XEP-0153) as values: base64, hashes, metadata.

Everything here is peer input and nothing raises: bad base64, oversized data,
a SHA-1 that does not match the data, malformed ``<info/>`` attributes all
give None (or are skipped). ``image_size`` reads the width and height of a
PNG or JPEG from its header, without decoding the image.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import struct
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from messenger.core.avatars import MAX_AVATAR_BYTES
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.ns import tag

# Base64 of MAX_AVATAR_BYTES, plus room for line breaks every 76 characters.
MAX_BASE64 = (MAX_AVATAR_BYTES + 2) // 3 * 4 * 80 // 76 + 4
MAX_INFOS = 20
_SHA1 = re.compile(r"^[0-9a-f]{40}$")
_WHITESPACE = str.maketrans("", "", " \t\r\n")
_MIME = re.compile(r"^image/[a-z0-9.+-]{1,40}$")
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True, slots=True, kw_only=True)
class AvatarInfo:
    """One ``<info/>`` of XEP-0084 metadata."""

    id: str
    size: int
    type: str
    url: str = ""
    width: int = 0
    height: int = 0


def sha1_hex(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def is_sha1_hex(text: str) -> bool:
    return bool(_SHA1.match(text))


def is_image_type(text: str) -> bool:
    return bool(_MIME.match(text))


def decode(text: str | None) -> bytes | None:
    """Strict base64 (whitespace allowed) of at most ``MAX_AVATAR_BYTES``."""
    if not text or len(text) > MAX_BASE64:
        return None
    try:
        data = base64.b64decode(text.translate(_WHITESPACE), validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if 0 < len(data) <= MAX_AVATAR_BYTES else None


def decode_checked(text: str | None, expected: str) -> bytes | None:
    """``decode`` whose SHA-1 must be ``expected`` (else None)."""
    data = decode(text)
    return data if data is not None and sha1_hex(data) == expected else None


def encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# ------------------------------------------------------------------ metadata


def parse_metadata(metadata: ET.Element) -> list[AvatarInfo]:
    """The valid ``<info/>`` elements of ``<metadata/>`` ([] = avatar disabled)."""
    infos = []
    for element in metadata.iterfind(tag(ns.AVATAR_METADATA, "info")):
        info = _info(element)
        if info is not None:
            infos.append(info)
        if len(infos) >= MAX_INFOS:
            break
    return infos


def _info(element: ET.Element) -> AvatarInfo | None:
    avatar_id = (element.get("id") or "").strip().lower()
    mime = (element.get("type") or "").strip().lower()
    size = _number(element.get("bytes"))
    if not is_sha1_hex(avatar_id) or size is None or not is_image_type(mime):
        return None
    return AvatarInfo(
        id=avatar_id,
        size=size,
        type=mime,
        url=(element.get("url") or "")[:1000],
        width=_number(element.get("width")) or 0,
        height=_number(element.get("height")) or 0,
    )


def _number(text: str | None) -> int | None:
    if not text or len(text) > 12 or not text.isdigit():
        return None
    return int(text)


def choose(infos: list[AvatarInfo]) -> AvatarInfo | None:
    """The one to fetch: published in PEP (no ``url``), not too big; PNG first."""
    usable = [i for i in infos if not i.url and i.size <= MAX_AVATAR_BYTES]
    usable.sort(key=lambda i: i.type != "image/png")
    return usable[0] if usable else None


# ------------------------------------------------------------------ images


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG or baseline/progressive JPEG; None otherwise."""
    if data.startswith(_PNG_SIGNATURE) and data[12:16] == b"IHDR":
        if len(data) < 24:
            return None
        width, height = struct.unpack(">II", data[16:24])
        return (width, height) if width and height else None
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return None


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk the JPEG segments up to the first start-of-frame marker."""
    offset = 2
    for _ in range(1000):  # a bound on segments, whatever the data says
        if offset + 9 > len(data) or data[offset] != 0xFF:
            return None
        marker = data[offset + 1]
        if marker == 0xFF:  # fill byte
            offset += 1
            continue
        (length,) = struct.unpack(">H", data[offset + 2 : offset + 4])
        if marker in _SOF:
            height, width = struct.unpack(">HH", data[offset + 5 : offset + 9])
            return (width, height) if width and height else None
        if length < 2:
            return None
        offset += 2 + length
    return None
