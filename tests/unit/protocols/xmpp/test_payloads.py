# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Pure parsing of profile payloads: caps hashes, vCards, avatars, version, time."""

from __future__ import annotations

import base64
import hashlib
import struct
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest

from messenger.core.avatars import MAX_AVATAR_BYTES
from messenger.protocols.xmpp import avatar_data
from messenger.protocols.xmpp import discovery
from messenger.protocols.xmpp import profile
from messenger.protocols.xmpp.features.disco import OUR_INFO
from messenger.protocols.xmpp.features.disco import OUR_VER
from messenger.protocols.xmpp.mapping import parse_stamp
from tests.unit.protocols.xmpp.images import tiny_png

DISCO = "http://jabber.org/protocol/disco#info"
FEATURES = (
    "<feature var='http://jabber.org/protocol/caps'/>"
    "<feature var='http://jabber.org/protocol/disco#info'/>"
    "<feature var='http://jabber.org/protocol/disco#items'/>"
    "<feature var='http://jabber.org/protocol/muc'/>"
)
SOFTWARE_FORM = (
    "<x xmlns='jabber:x:data' type='result'>"
    "<field var='FORM_TYPE' type='hidden'>"
    "<value>urn:xmpp:dataforms:softwareinfo</value></field>"
    "<field var='ip_version'><value>ipv4</value><value>ipv6</value></field>"
    "<field var='os'><value>Mac</value></field>"
    "<field var='os_version'><value>10.5.1</value></field>"
    "<field var='software'><value>Psi</value></field>"
    "<field var='software_version'><value>0.11</value></field></x>"
)


def query(body: str) -> ET.Element:
    return ET.fromstring(f"<query xmlns='{DISCO}'>{body}</query>")


def info(body: str) -> discovery.DiscoInfo:
    parsed = discovery.parse_info(query(body))
    assert parsed is not None
    return parsed


# ------------------------------------------------------------------ XEP-0115


def test_the_simple_example_of_xep_0115() -> None:
    simple = info(
        f"<identity category='client' name='Exodus 0.9.1' type='pc'/>{FEATURES}"
    )
    assert discovery.caps_ver(simple) == "QgayPKawpkPSDYmwT/WM94uAlu0="


def test_the_complex_example_of_xep_0115_with_a_form() -> None:
    complex_info = info(
        "<identity xml:lang='en' category='client' name='Psi 0.11' type='pc'/>"
        "<identity xml:lang='el' category='client' name='\u03a8 0.11' type='pc'/>"
        + FEATURES
        + SOFTWARE_FORM
    )
    assert discovery.verify(complex_info, "sha-1", "q07IKJEyjvHSyhy//CH0CxmKi8w=")
    assert not discovery.verify(complex_info, "sha-1", "QgayPKawpkPSDYmwT/WM94uAlu0=")
    assert not discovery.verify(complex_info, "md5", "anything")


@pytest.mark.parametrize(
    "body",
    [
        "<identity category='client' type='pc'/>" * 2,
        f"{FEATURES}<feature var='http://jabber.org/protocol/muc'/>",
        SOFTWARE_FORM + SOFTWARE_FORM,
        "<feature/>",
    ],
    ids=["identity twice", "feature twice", "form type twice", "empty feature"],
)
def test_malformed_answers_are_never_valid(body: str) -> None:
    malformed = info(body)
    assert not malformed.valid
    assert not discovery.verify(malformed, "sha-1", discovery.caps_ver(malformed) or "")


def test_forms_without_a_hidden_form_type_are_ignored() -> None:
    visible = SOFTWARE_FORM.replace(" type='hidden'", "")
    assert info(FEATURES + visible).forms == ()
    assert info(FEATURES + visible.replace("FORM_TYPE", "other")).forms == ()


def test_oversized_answers_are_refused() -> None:
    many = "".join(f"<feature var='urn:x:{i}'/>" for i in range(600))
    assert discovery.parse_info(query(many)) is None
    huge = f"<feature var='{'x' * 5000}'/>"
    assert discovery.parse_info(query(huge)) is None


def test_our_ver_is_the_hash_of_what_we_answer() -> None:
    assert discovery.caps_ver(OUR_INFO) == OUR_VER
    assert OUR_INFO.valid
    assert "urn:xmpp:avatar:metadata+notify" in OUR_INFO.features


# ------------------------------------------------------------------ avatars


def test_base64_is_checked_strictly() -> None:
    png = tiny_png(2, 2)
    text = base64.b64encode(png).decode()
    digest = hashlib.sha1(png).hexdigest()
    wrapped = "\n".join(text[i : i + 20] for i in range(0, len(text), 20))
    assert avatar_data.decode_checked(wrapped, digest) == png
    assert avatar_data.decode_checked(text, "0" * 40) is None  # hash mismatch
    assert avatar_data.decode(text[:-3] + "!!!") is None  # not base64
    assert avatar_data.decode("") is None
    too_big = base64.b64encode(b"\0" * (MAX_AVATAR_BYTES + 1)).decode()
    assert avatar_data.decode(too_big) is None
    assert avatar_data.decode("A" * (avatar_data.MAX_BASE64 + 1)) is None


def test_metadata_keeps_only_well_formed_infos() -> None:
    metadata = ET.fromstring(
        "<metadata xmlns='urn:xmpp:avatar:metadata'>"
        f"<info id='{'a' * 40}' bytes='12' type='image/jpeg'/>"
        f"<info id='{'B' * 40}' bytes='99' type='image/png' width='64' height='x'/>"
        "<info id='not-a-hash' bytes='1' type='image/png'/>"
        f"<info id='{'c' * 40}' bytes='-1' type='image/png'/>"
        f"<info id='{'d' * 40}' bytes='1' type='text/html'/>"
        f"<info id='{'e' * 40}' bytes='1' type='image/png' url='https://x/y.png'/>"
        "</metadata>"
    )
    infos = avatar_data.parse_metadata(metadata)
    assert [i.id[0] for i in infos] == ["a", "b", "e"]
    assert (infos[1].width, infos[1].height) == (64, 0)
    chosen = avatar_data.choose(infos)
    assert chosen is not None
    assert chosen.id == "b" * 40
    oversized = [avatar_data.AvatarInfo(id="f" * 40, size=10**9, type="image/png")]
    assert avatar_data.choose(oversized) is None


def test_image_sizes_from_headers() -> None:
    assert avatar_data.image_size(tiny_png(7, 3)) == (7, 3)
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 40, 30, 3) + b"\0" * 6
    jpeg = b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", 4) + b"ab" + sof
    assert avatar_data.image_size(jpeg) == (30, 40)
    assert avatar_data.image_size(b"\xff\xd8\xff\xe0\x00\x00") is None
    assert avatar_data.image_size(b"\xff\xd8" + b"\xff\xe0\x00\x02" * 5000) is None
    assert avatar_data.image_size(b"GIF89a") is None


# ------------------------------------------------------------------ vCard, time


def vcard(body: str) -> ET.Element:
    return ET.fromstring(f"<vCard xmlns='vcard-temp'>{body}</vCard>")


def test_hostile_vcard_fields_are_cleaned_and_capped() -> None:
    emails = "".join(
        f"<EMAIL><USERID>u{i}@x.example</USERID></EMAIL>" for i in range(60)
    )
    card = profile.parse_vcard(
        vcard(
            "<FN>&lt;script&gt;alert(1)&lt;/script&gt;\u202e&#x9;</FN>"
            f"<NICKNAME>{'n' * 5000}</NICKNAME>{emails}"
            "<TEL><NUMBER>\u009b+1\u200f 555</NUMBER></TEL><TEL><NUMBER/></TEL>"
            "<NOTE>line one\r\nline two\u202e</NOTE>"
            "<PHOTO><TYPE>image/png</TYPE><BINVAL>%%%not base64</BINVAL></PHOTO>"
        )
    )
    assert card.full_name == "<script>alert(1)</script>"  # text, shown as text
    assert len(card.nickname) == 256
    assert card.emails == tuple(f"u{i}@x.example" for i in range(10))
    assert card.phones == ("+1 555",)
    assert card.note == "line one\nline two"
    assert (card.photo, card.photo_hash) == (None, "")
    assert profile.parse_vcard(None) == profile.VCard()


def test_a_vcard_photo_counts_when_it_decodes() -> None:
    png = tiny_png(1, 1)
    card = profile.parse_vcard(
        profile.with_photo(vcard("<FN>A</FN><PHOTO/>"), png, "image/png")
    )
    assert (card.full_name, card.photo) == ("A", png)
    assert card.photo_hash == hashlib.sha1(png).hexdigest()
    removed = profile.with_photo(vcard("<FN>A</FN><PHOTO/>"), None, "")
    assert removed.find("{vcard-temp}PHOTO") is None


@pytest.mark.parametrize(
    ("tzo", "utc", "offset"),
    [
        ("+02:00", "2024-05-01T10:00:00Z", timedelta(hours=2)),
        ("-05:30", "2024-05-01T10:00:00.5Z", timedelta(hours=-5, minutes=-30)),
        ("Z", "2024-05-01T10:00:00Z", timedelta(0)),
        ("+99:00", "2024-05-01T10:00:00Z", None),
        ("+02:00", "tomorrow", None),
        ("2", "2024-05-01T10:00:00Z", None),
        ("+01:00", "9999-12-31T23:59:59Z", None),  # would overflow
    ],
)
def test_entity_time_answers(tzo: str, utc: str, offset: timedelta | None) -> None:
    element = ET.fromstring(
        f"<time xmlns='urn:xmpp:time'><tzo>{tzo}</tzo><utc>{utc}</utc></time>"
    )
    local = profile.parse_time(element)
    if offset is None:
        assert local is None
        return
    assert local is not None
    assert local.utcoffset() == offset
    assert local == parse_stamp(utc)  # the same instant, in their zone


def test_offsets_format_like_xep_0082() -> None:
    assert profile.format_offset(timedelta(hours=-3, minutes=-30)) == "-03:30"
    assert profile.format_offset(timedelta(hours=5, minutes=45)) == "+05:45"
    assert profile.format_offset(None) == "+00:00"
