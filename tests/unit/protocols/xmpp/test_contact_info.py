# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Software version, entity time and "get info" at stanza level."""

from __future__ import annotations

import asyncio
import time
import xml.etree.ElementTree as ET
from datetime import UTC
from datetime import datetime
from datetime import timedelta

import pytest

from messenger import __version__
from messenger.core.errors import CoreError
from messenger.core.model import Address
from messenger.core.model import ErrorCode
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import profile
from messenger.protocols.xmpp.features import software
from messenger.protocols.xmpp.features import vcard
from messenger.protocols.xmpp.ns import tag
from tests.unit.protocols.xmpp.harness import OWN
from tests.unit.protocols.xmpp.harness import OWN_BARE
from tests.unit.protocols.xmpp.harness import Session
from tests.unit.protocols.xmpp.harness import answer_to
from tests.unit.protocols.xmpp.harness import befriend
from tests.unit.protocols.xmpp.harness import error_to
from tests.unit.protocols.xmpp.harness import requests_with

JULIET = Address("juliet", "capulet.example")
BALCONY = JULIET.with_resource("balcony")
PHONE = JULIET.with_resource("phone")
VERSION_QUERY = tag(ns.VERSION, "query")
TIME = tag(ns.TIME, "time")
VCARD = tag(ns.VCARD, "vCard")
HOSTILE_VCARD = (
    "<vCard xmlns='vcard-temp'><FN>Juliet\u202e &lt;img src=x&gt;\u0085</FN>"
    f"<NICKNAME>{'j' * 10_000}</NICKNAME>"
    + "<EMAIL><USERID>j@capulet.example</USERID></EMAIL>"
    * 3
    + "<URL>javascript:alert(1)</URL><ORG><ORGNAME>House &amp; Co</ORGNAME></ORG>"
    "<BDAY>1582-07-31</BDAY><DESC>Wherefore\nart thou</DESC>"
    "<PHOTO><TYPE>image/png</TYPE><BINVAL>!!not-base64!!</BINVAL></PHOTO></vCard>"
)


def ask(session: Session, payload: str, sender: Address | str = BALCONY) -> None:
    session.recv(f"<iq type='get' id='q1' from='{sender}' to='{OWN}'>{payload}</iq>")


@pytest.mark.asyncio
async def test_version_answers_contacts_without_the_os(session: Session) -> None:
    befriend(session, JULIET)
    ask(session, f"<query xmlns='{ns.VERSION}'/>")
    await session.settle()

    [reply] = session.sent()
    assert (reply.get("type"), reply.get("to")) == ("result", str(BALCONY))
    query = reply.find(VERSION_QUERY)
    assert query is not None
    assert query.findtext(tag(ns.VERSION, "name")) == "messenger"
    assert query.findtext(tag(ns.VERSION, "version")) == __version__
    assert query.find(tag(ns.VERSION, "os")) is None  # share_os is off


@pytest.mark.asyncio
async def test_share_os_adds_the_operating_system() -> None:
    session = await Session.start(settings={"share_os": True})
    try:
        ask(session, f"<query xmlns='{ns.VERSION}'/>", f"{OWN_BARE}/laptop")
        await session.settle()
        [reply] = session.sent()
        os_name = reply.findtext(f"{VERSION_QUERY}/{tag(ns.VERSION, 'os')}")
        assert os_name == software.operating_system() != ""
    finally:
        await session.close()


@pytest.mark.parametrize(
    ("sender", "subscription"),
    [("mallory@evil.example/x", ""), (str(BALCONY), "to"), ("capulet.example", "")],
)
@pytest.mark.asyncio
async def test_strangers_learn_nothing(
    session: Session, sender: str, subscription: str
) -> None:
    if subscription:
        befriend(session, JULIET, subscription)  # we see them; they do not see us
    ask(session, f"<query xmlns='{ns.VERSION}'/>", sender)
    ask(session, f"<time xmlns='{ns.TIME}'/>", sender)
    await session.settle()

    replies = session.sent()
    assert [r.get("type") for r in replies] == ["error", "error"]
    assert all(
        r.find(f".//{tag(ns.STANZAS, 'service-unavailable')}") is not None
        for r in replies
    )


@pytest.mark.asyncio
async def test_time_answer_is_utc_with_our_offset(session: Session) -> None:
    befriend(session, JULIET)
    session.ctx.clock = lambda: datetime(2024, 5, 1, 10, 0, 0, 123, tzinfo=UTC)
    ask(session, f"<time xmlns='{ns.TIME}'/>")
    await session.settle()

    [reply] = session.sent()
    assert reply.findtext(f"{TIME}/{tag(ns.TIME, 'utc')}") == "2024-05-01T10:00:00Z"
    tzo = reply.findtext(f"{TIME}/{tag(ns.TIME, 'tzo')}") or ""
    offset = datetime(2024, 5, 1, 10, tzinfo=UTC).astimezone().utcoffset()
    assert tzo[0] in "+-"
    assert len(tzo) == 6
    sign = -1 if tzo[0] == "-" else 1
    minutes = sign * (int(tzo[1:3]) * 60 + int(tzo[4:6]))
    assert timedelta(minutes=minutes) == offset


async def online(session: Session, *resources: Address) -> None:
    session.recv("".join(f"<presence from='{r}'/>" for r in resources))
    await session.settle()
    session.sent()


@pytest.mark.asyncio
async def test_contact_info_survives_hostile_input_and_slow_clients(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(software, "QUERY_TIMEOUT", 0.3)
    session.recv(
        f"<presence from='{BALCONY}'><priority>5</priority>"
        "<idle xmlns='urn:xmpp:idle:1' since='2024-01-01T00:00:00Z'/></presence>"
    )
    await online(session, PHONE)
    started = time.monotonic()
    fetch = asyncio.ensure_future(session.backend.fetch_contact_info(JULIET))
    await session.settle()

    sent = session.sent()
    [card_request] = requests_with(sent, VCARD)
    assert card_request.get("to") == str(JULIET)  # the bare JID
    versions = requests_with(sent, VERSION_QUERY)
    times = requests_with(sent, TIME)
    assert sorted(r.get("to", "") for r in versions + times) == sorted(
        [str(BALCONY), str(PHONE)] * 2
    )
    # Only the balcony answers; the vCard answer from a resource is no answer.
    balcony_version = next(r for r in versions if r.get("to") == str(BALCONY))
    balcony_time = next(r for r in times if r.get("to") == str(BALCONY))
    forged = "<vCard xmlns='vcard-temp'><FN>Forged</FN></vCard>"
    session.recv(answer_to(card_request, forged, sender=str(BALCONY)))
    session.recv(
        answer_to(
            balcony_version,
            f"<query xmlns='{ns.VERSION}'><name>Evil\u202eClient\u0085</name>"
            f"<version>{'9' * 500}</version><os>Plan 9</os></query>",
        )
        + answer_to(
            balcony_time,
            f"<time xmlns='{ns.TIME}'><tzo>-03:30</tzo>"
            "<utc>2024-05-01T10:00:00Z</utc></time>",
        )
        + answer_to(card_request, HOSTILE_VCARD)
    )
    info = await fetch

    assert time.monotonic() - started < 5
    assert info.full_name == "Juliet <img src=x>"
    assert len(info.nickname) == 256
    assert info.emails == ("j@capulet.example",)
    assert info.url == "javascript:alert(1)"  # text only; the UI never opens it
    assert (info.organization, info.birthday) == ("House & Co", "1582-07-31")
    assert info.note == "Wherefore\nart thou"
    assert info.avatar_hash == ""  # the photo was not base64
    balcony, phone = info.resources
    assert balcony.resource == "balcony"  # higher priority first
    assert (balcony.client_name, balcony.os) == ("EvilClient", "Plan 9")
    assert len(balcony.client_version) == 100
    assert balcony.local_time is not None
    assert balcony.local_time.utcoffset() == -timedelta(hours=3, minutes=30)
    assert balcony.local_time.hour == 6
    assert balcony.local_time.minute == 30
    assert balcony.idle_since == datetime(2024, 1, 1, tzinfo=UTC)
    assert (phone.resource, phone.client_name, phone.local_time) == ("phone", "", None)


@pytest.mark.asyncio
async def test_a_refused_vcard_is_empty_and_an_unanswered_one_fails(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    fetch = asyncio.ensure_future(session.backend.fetch_contact_info(JULIET))
    await session.settle()
    [card_request] = requests_with(session.sent(), VCARD)
    session.recv(error_to(card_request, "service-unavailable"))
    info = await fetch
    assert (info.address, info.full_name, info.resources) == (JULIET, "", ())

    monkeypatch.setattr(vcard, "VCARD_TIMEOUT", 0.2)
    with pytest.raises(CoreError) as failure:
        await session.backend.fetch_contact_info(JULIET)
    assert failure.value.code is ErrorCode.TIMEOUT


@pytest.mark.asyncio
async def test_contact_info_needs_a_connection() -> None:
    session = await Session.start(online=False)
    try:
        with pytest.raises(CoreError) as failure:
            await session.backend.fetch_contact_info(JULIET)
        assert failure.value.code is ErrorCode.NOT_CONNECTED
    finally:
        await session.close()


def test_version_answers_are_parsed_defensively() -> None:
    assert profile.parse_version(None) == ("", "", "")
    query = ET.fromstring(f"<query xmlns='{ns.VERSION}'><name/></query>")
    assert profile.parse_version(query) == ("", "", "")
