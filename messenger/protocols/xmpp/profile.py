# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""What peers say about themselves, as values: vCard, software version, time.

XEP-0054 vCards, XEP-0092 software version and XEP-0202 entity time answers
are peer input: every string loses control and bidi characters and is capped,
repeated fields are limited in number, a photo counts only when its base64 is
valid and its size acceptable, a time only with a sane offset. Nothing here
raises on hostile input. ``with_photo`` builds our own vCard for publishing.
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from itertools import islice

from messenger.protocols.xmpp import avatar_data
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.mapping import MAX_NAME
from messenger.protocols.xmpp.mapping import clean_text
from messenger.protocols.xmpp.mapping import parse_stamp
from messenger.protocols.xmpp.ns import tag

MAX_NOTE = 2000
MAX_URL = 1000
MAX_SHORT = 100
MAX_REPEATED = 10  # emails, phones
_TZO = re.compile(r"^([+-])(\d{2}):(\d{2})$")
_BIDI_AND_CONTROL = re.compile(
    "[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class VCard:
    """The fields of a vcard-temp we show, cleaned; ``photo`` is checked data."""

    full_name: str = ""
    nickname: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    url: str = ""
    organization: str = ""
    birthday: str = ""
    note: str = ""
    photo: bytes | None = None
    photo_hash: str = ""


def _v(name: str) -> str:
    return tag(ns.VCARD, name)


def parse_vcard(vcard: ET.Element | None) -> VCard:
    """The fields of a ``<vCard xmlns='vcard-temp'/>`` (empty for None)."""
    if vcard is None:
        return VCard()
    photo = avatar_data.decode(vcard.findtext(f"{_v('PHOTO')}/{_v('BINVAL')}"))
    note = vcard.findtext(_v("DESC")) or vcard.findtext(_v("NOTE"))
    return VCard(
        full_name=clean_text(vcard.findtext(_v("FN")), MAX_NAME),
        nickname=clean_text(vcard.findtext(_v("NICKNAME")), MAX_NAME),
        emails=_repeated(vcard, f"{_v('EMAIL')}/{_v('USERID')}", MAX_NAME),
        phones=_repeated(vcard, f"{_v('TEL')}/{_v('NUMBER')}", MAX_SHORT),
        url=clean_text(vcard.findtext(_v("URL")), MAX_URL),
        organization=clean_text(
            vcard.findtext(f"{_v('ORG')}/{_v('ORGNAME')}"), MAX_NAME
        ),
        birthday=clean_text(vcard.findtext(_v("BDAY")), MAX_SHORT),
        note=clean_multiline(note, MAX_NOTE),
        photo=photo,
        photo_hash=avatar_data.sha1_hex(photo) if photo is not None else "",
    )


def _repeated(vcard: ET.Element, path: str, limit: int) -> tuple[str, ...]:
    found = (clean_text(e.text, limit) for e in islice(vcard.iterfind(path), 50))
    return tuple(dict.fromkeys(islice((v for v in found if v), MAX_REPEATED)))


def clean_multiline(text: str | None, limit: int) -> str:
    """Like ``clean_text``, but line breaks stay (notes, descriptions)."""
    if not text:
        return ""
    text = text[: limit * 2].replace("\r\n", "\n").replace("\r", "\n")
    return _BIDI_AND_CONTROL.sub("", text).strip()[:limit]


def with_photo(vcard: ET.Element | None, data: bytes | None, mime: str) -> ET.Element:
    """A copy of our ``vcard`` whose PHOTO is ``data`` (removed for None)."""
    result = copy.deepcopy(vcard) if vcard is not None else ET.Element(_v("vCard"))
    for photo in result.findall(_v("PHOTO")):
        result.remove(photo)
    if data is not None:
        photo = ET.SubElement(result, _v("PHOTO"))
        ET.SubElement(photo, _v("TYPE")).text = mime
        ET.SubElement(photo, _v("BINVAL")).text = avatar_data.encode(data)
    return result


# ------------------------------------------------------------------ version, time


def parse_version(query: ET.Element | None) -> tuple[str, str, str]:
    """(name, version, os) of a ``jabber:iq:version`` answer, cleaned."""
    if query is None:
        return "", "", ""
    return (
        clean_text(query.findtext(tag(ns.VERSION, "name")), MAX_SHORT),
        clean_text(query.findtext(tag(ns.VERSION, "version")), MAX_SHORT),
        clean_text(query.findtext(tag(ns.VERSION, "os")), MAX_NAME),
    )


def parse_time(element: ET.Element | None) -> datetime | None:
    """The peer's local time (its clock, with its offset) from ``urn:xmpp:time``."""
    if element is None:
        return None
    utc = parse_stamp(element.findtext(tag(ns.TIME, "utc")))
    offset = parse_offset(element.findtext(tag(ns.TIME, "tzo")))
    if utc is None or offset is None:
        return None
    try:
        return utc.astimezone(timezone(offset))
    except (OverflowError, ValueError):
        return None


def parse_offset(text: str | None) -> timedelta | None:
    """A XEP-0082 offset: ``Z`` or ``+HH:MM``/``-HH:MM`` (under 24 hours)."""
    text = (text or "").strip()
    if text == "Z":
        return timedelta(0)
    match = _TZO.match(text)
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    if int(hours) > 23 or int(minutes) > 59:
        return None
    offset = timedelta(hours=int(hours), minutes=int(minutes))
    return -offset if sign == "-" else offset


def format_offset(offset: timedelta | None) -> str:
    """``+HH:MM`` for a UTC offset (``Z`` spelled as ``+00:00``)."""
    minutes = int((offset or timedelta(0)).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"
