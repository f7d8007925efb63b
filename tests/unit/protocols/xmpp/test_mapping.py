# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``mapping``: hostile input is dropped, capped or cleaned, never raised."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC
from datetime import datetime

import pytest
from slixmpp import JID

from messenger.core.model import ChatState
from messenger.protocols.xmpp import mapping
from messenger.protocols.xmpp.mapping import Origin

OWN = JID("me@example.org/messenger")
NOW = datetime(2025, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-01T10:00:00Z", datetime(2024, 5, 1, 10, tzinfo=UTC)),
        ("2024-05-01T12:00:00.123+02:00", datetime(2024, 5, 1, 10, 0, 0, 123000, UTC)),
        ("20240501T10:00:00", datetime(2024, 5, 1, 10, tzinfo=UTC)),  # XEP-0091
        ("2024-05-01T10:00:00", datetime(2024, 5, 1, 10, tzinfo=UTC)),  # no zone: UTC
        ("9999-12-31T23:59:59-23:59", None),  # overflows UTC
        ("0001-01-01T00:00:00+01:00", None),
        ("99999-01-01T00:00:00Z", None),
        ("yesterday", None),
        ("", None),
        ("2024-13-45T99:99:99Z", None),
        ("1" * 500, None),
    ],
)
def test_timestamps(text: str, expected: datetime | None) -> None:
    assert mapping.parse_stamp(text) == expected


def test_far_future_stamps_parse_and_are_left_to_the_core_to_clamp() -> None:
    stamp = mapping.parse_stamp("3000-01-01T00:00:00Z")
    assert stamp == datetime(3000, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Juliet", "Juliet"),
        ("<b>Juliet</b>", "<b>Juliet</b>"),  # markup is text; UIs show it as text
        ("Ju\x00li\x1bet\x7f\x85", "Juliet"),
        ("evil\u202etxt.exe", "eviltxt.exe"),
        ("two\nlines\ttab", "two lines tab"),
        ("x" * 5000, "x" * 256),
        (None, ""),
    ],
)
def test_names_are_cleaned(raw: str | None, clean: str) -> None:
    assert mapping.clean_text(raw, mapping.MAX_NAME) == clean


def message(xml: str) -> ET.Element:
    return ET.fromstring(xml)


def test_missing_children_are_tolerated() -> None:
    parsed = mapping.parse_message(
        message("<message xmlns='jabber:client' from='a@b/c' type='chat'/>"),
        OWN,
        Origin.LIVE,
    )
    assert parsed is not None
    assert (parsed.body, parsed.origin_id, parsed.receipt_for) == (None, "", "")


def test_ids_with_control_characters_are_ignored() -> None:
    parsed = mapping.parse_message(
        message(
            "<message xmlns='jabber:client' from='a@b/c' id='x&#10;y'>"
            "<received xmlns='urn:xmpp:receipts' id='  '/></message>"
        ),
        OWN,
        Origin.LIVE,
    )
    assert parsed is not None
    assert (parsed.remote_id, parsed.receipt_for) == ("", "")


def test_archive_results_need_our_archive() -> None:
    inner = (
        "<result xmlns='urn:xmpp:mam:2' queryid='q' id='r1'>"
        "<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client'"
        " from='a@b/c' to='me@example.org'><body>x</body></message>"
        "</forwarded></result>"
    )
    ours = message(f"<message xmlns='jabber:client'>{inner}</message>")
    foreign = message(f"<message xmlns='jabber:client' from='a@b'>{inner}</message>")
    empty = message(
        "<message xmlns='jabber:client'><result xmlns='urn:xmpp:mam:2' queryid='q'"
        " id='r1'/></message>"
    )

    assert mapping.parse_mam_result(ours, OWN) is not None
    assert mapping.parse_mam_result(foreign, OWN) is None
    assert mapping.parse_mam_result(empty, OWN) is None


def test_archived_own_messages_are_outgoing() -> None:
    parsed = mapping.parse_message(
        message(
            "<message xmlns='jabber:client' from='me@example.org/phone'"
            " to='juliet@capulet.example/x' type='chat'><body>hi</body></message>"
        ),
        OWN,
        Origin.ARCHIVE,
        archive_id="r1",
    )
    assert parsed is not None
    assert parsed.outgoing
    assert str(parsed.peer) == "juliet@capulet.example"
    assert parsed.archive_id == "r1"


def test_a_sent_carbon_from_another_account_is_dropped() -> None:
    parsed = mapping.parse_message(
        message(
            "<message xmlns='jabber:client' from='mallory@evil.example/x'"
            " to='juliet@capulet.example'><body>hi</body></message>"
        ),
        OWN,
        Origin.CARBON_SENT,
    )
    assert parsed is None


def test_roster_items_with_bad_jids_are_dropped() -> None:
    query = message(
        "<query xmlns='jabber:iq:roster'><item jid='a b@c'/><item/>"
        "<item jid='ok@example.net/res' subscription='bogus' ask='subscribe'/></query>"
    )
    [item] = mapping.parse_roster_items(query)
    assert str(item.address) == "ok@example.net"
    assert (item.subscription, item.ask) == ("none", True)
    assert mapping.roster_item_from_json("garbage") is None
    assert mapping.roster_item_from_json(item.to_json()) == item


def test_error_text_is_readable_and_capped() -> None:
    stanza = message(
        "<message xmlns='jabber:client' type='error'><error type='cancel'>"
        "<not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
        f"<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>{'z' * 999}</text>"
        "</error></message>"
    )
    text = mapping.error_text(stanza)
    assert text.startswith("not-acceptable: zzz")
    assert len(text) == mapping.MAX_ERROR


def with_stanza_ids(*by: str) -> ET.Element:
    ids = "".join(
        f"<stanza-id xmlns='urn:xmpp:sid:0' by='{b}' id='id-{n}'/>"
        for n, b in enumerate(by)
    )
    return message(f"<message xmlns='jabber:client' from='a@b/c'>{ids}</message>")


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        (("me@example.org",), "id-0"),
        (("evil.example", "me@example.org"), "id-1"),  # ours need not come first
        (("me@example.org", "evil.example"), "id-0"),
        (("evil.example", "me@example.org/phone"), ""),  # the bare JID only
        (("a@b",), ""),  # the sender's own claim
    ],
)
def test_only_our_archives_stanza_id_counts(by: tuple[str, ...], expected: str) -> None:
    parsed = mapping.parse_message(with_stanza_ids(*by), OWN, Origin.LIVE)
    assert parsed is not None
    assert parsed.archive_id == expected
    carbon = mapping.parse_message(with_stanza_ids(*by), OWN, Origin.CARBON_RECEIVED)
    assert carbon is None or carbon.archive_id == ""  # only live messages have one


STATES = "http://jabber.org/protocol/chatstates"


@pytest.mark.parametrize(
    ("children", "state"),
    [
        (f"<active xmlns='{STATES}'/>", ChatState.ACTIVE),
        (f"<composing xmlns='{STATES}'/>", ChatState.COMPOSING),
        (f"<typing xmlns='{STATES}'/>", None),
        # the first one counts, even when it is not a state we know
        (f"<x xmlns='{STATES}'/><gone xmlns='{STATES}'/>", None),
        (f"<body>hi</body><paused xmlns='{STATES}'/>", ChatState.PAUSED),
        ("<active xmlns='urn:example'/>", None),
        ("", None),
    ],
)
def test_chat_states(children: str, state: ChatState | None) -> None:
    parsed = mapping.parse_message(
        message(f"<message xmlns='jabber:client' from='a@b/c'>{children}</message>"),
        OWN,
        Origin.LIVE,
    )
    assert parsed is not None
    assert parsed.chat_state == state


@pytest.mark.parametrize(
    ("child", "carbon"),
    [
        ("<received xmlns='urn:xmpp:carbons:2'/>", True),
        ("<sent xmlns='urn:xmpp:carbons:2'/>", True),
        ("<private xmlns='urn:xmpp:carbons:2'/>", False),
        ("<received xmlns='urn:xmpp:receipts' id='x'/>", False),
        ("<body>hi</body>", False),
    ],
)
def test_what_claims_to_be_a_carbon(child: str, carbon: bool) -> None:
    xml = message(f"<message xmlns='jabber:client' from='a@b/c'>{child}</message>")
    assert mapping.has_carbon(xml) is carbon
