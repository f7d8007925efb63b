# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Roster, presence, blocking, archive and IQ matching at stanza level."""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from datetime import UTC
from datetime import datetime

import pytest
from slixmpp import JID

from messenger.core.model import Address
from messenger.core.model import OwnPresence
from messenger.core.model import Show
from messenger.core.model import Subscription
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.context import request
from messenger.protocols.xmpp.features.mam import BOOKMARK
from messenger.protocols.xmpp.ns import tag
from tests.unit.protocols.xmpp.harness import OWN
from tests.unit.protocols.xmpp.harness import OWN_BARE
from tests.unit.protocols.xmpp.harness import Session

JULIET = Address("juliet", "capulet.example")
ROSTER_PUSH = (
    "<iq type='set' id='{id}'{sender}><query xmlns='jabber:iq:roster' ver='v2'>"
    "<item jid='juliet@capulet.example' name='Jul\u202eiet\x01' subscription='both'>"
    "<group>Friends</group><group>Friends</group><group>\t</group></item>"
    "</query></iq>"
)


def push(sender: str, stanza_id: str = "push1") -> str:
    attribute = f" from='{sender}'" if sender else ""
    return ROSTER_PUSH.format(id=stanza_id, sender=attribute).replace("\x01", "&#x9;")


async def answer(session: Session, xml: str) -> None:
    session.recv(xml)
    await session.settle()


def first(session: Session, path: str) -> ET.Element:
    for stanza in session.sent():
        if stanza.find(path) is not None:
            return stanza
    raise AssertionError(f"nothing sent with {path}")


@pytest.mark.parametrize("sender", ["", OWN_BARE])
@pytest.mark.asyncio
async def test_roster_pushes_from_the_account_are_applied(
    session: Session, sender: str
) -> None:
    await answer(session, push(sender))

    [(contacts, complete)] = session.sink.of("roster_received")
    assert not complete
    [contact] = contacts
    assert contact.address == JULIET
    assert contact.name == "Juliet"  # bidi override and control characters gone
    assert contact.groups == ("Friends",)
    assert contact.subscription is Subscription.BOTH
    [reply] = session.sent()
    assert (reply.get("type"), reply.get("id")) == ("result", "push1")
    assert session.sink.state["roster_ver"] == "v2"


@pytest.mark.parametrize(
    "sender", ["mallory@evil.example", f"{OWN_BARE}/phone", "example.org", "x@y@z"]
)
@pytest.mark.asyncio
async def test_roster_pushes_from_others_are_dropped(
    session: Session, sender: str
) -> None:
    await answer(session, push(sender))  # CVE-2019-16237

    assert session.sink.of("roster_received") == []
    assert "roster_ver" not in session.sink.state


@pytest.mark.asyncio
async def test_a_removal_push_removes_the_contact(session: Session) -> None:
    await answer(session, push(""))
    await answer(
        session,
        "<iq type='set' id='p2'><query xmlns='jabber:iq:roster' ver='v3'>"
        "<item jid='juliet@capulet.example' subscription='remove'/></query></iq>",
    )

    assert session.sink.of("contacts_removed") == [[JULIET]]
    assert JULIET not in session.features.roster.items


@pytest.mark.asyncio
async def test_a_version_matched_roster_keeps_the_stored_one(session: Session) -> None:
    session.sink.state["roster_ver"] = "v7"
    session.sink.state["roster_items"] = [
        {"jid": "juliet@capulet.example", "name": "J", "groups": ["A"],
         "subscription": "to", "ask": False},
        {"jid": "not a jid", "subscription": "both"},
    ]  # fmt: skip
    session.client.features.add("rosterver")

    fetch = asyncio.ensure_future(session.features.roster.fetch())
    await session.settle()
    query = first(session, tag(ns.ROSTER, "query"))
    assert query.find(tag(ns.ROSTER, "query")).get("ver") == "v7"  # type: ignore[union-attr]
    await answer(session, f"<iq type='result' id='{query.get('id')}'/>")
    await fetch

    [(contacts, complete)] = session.sink.of("roster_received")
    assert complete
    assert [(c.address, c.name, c.subscription) for c in contacts] == [
        (JULIET, "J", Subscription.TO)
    ]


@pytest.mark.asyncio
async def test_subscription_requests_and_answers(session: Session) -> None:
    await answer(
        session,
        f"<presence from='{JULIET}' type='subscribe'><status>it's me\x07</status>"
        "</presence>".replace("\x07", "&#x9;"),
    )
    assert session.sink.of("subscription_requested") == [(JULIET, "it's me")]

    await session.backend.answer_subscription(JULIET, approve=True)
    await session.settle()
    types = [s.get("type") for s in session.sent()]
    assert types == ["subscribed", "subscribe"]  # approve-and-add

    await session.backend.answer_subscription(JULIET, approve=False)
    await session.settle()
    assert [s.get("type") for s in session.sent()] == ["unsubscribed"]


@pytest.mark.asyncio
async def test_presences_are_batched_and_cleaned(session: Session) -> None:
    stanzas = "".join(
        f"<presence from='user{i}@example.net/r'><show>away</show>"
        f"<status>s{i}</status><priority>{i}</priority></presence>"
        for i in range(500)
    )
    hostile = (
        "<presence from='bad@example.net/a\u202eb'/>"
        "<presence from='ok@example.net/&lt;b&gt;'><priority>9999</priority>"
        "<idle xmlns='urn:xmpp:idle:1' since='2999-01-01T00:00:00Z'/></presence>"
        "<presence from='old@example.net/r'>"
        "<idle xmlns='urn:xmpp:idle:1' since='2020-01-01T00:00:00Z'/></presence>"
        f"<presence from='{OWN}'/>"
    )
    await answer(session, stanzas + hostile)

    batches = session.sink.of("presences_received")
    assert len(batches) <= 3
    updates = [u for batch in batches for u in batch]
    assert len(updates) == 502
    assert (updates[0].show, updates[0].status) == (Show.AWAY, "s0")
    markup = updates[500]
    assert markup.address.resource == "<b>"  # text, shown as text
    assert (markup.priority, markup.idle_since) == (0, None)
    assert updates[501].idle_since is not None


@pytest.mark.asyncio
async def test_own_presence_follows_set_presence(session: Session) -> None:
    await session.backend.set_presence(OwnPresence(show=Show.DND, status="busy"))
    await session.settle()

    [presence] = session.sent()
    assert presence.findtext(tag(ns.CLIENT, "show")) == "dnd"
    assert presence.findtext(tag(ns.CLIENT, "status")) == "busy"
    assert presence.find(tag(ns.IDLE, "idle")) is None


@pytest.mark.asyncio
async def test_auto_away_sends_when_the_user_went_idle(session: Session) -> None:
    went_idle = datetime(2026, 11, 21, 9, 30, 15, 500000, tzinfo=UTC)
    away = OwnPresence(show=Show.AWAY, status="back soon", idle_since=went_idle)
    await session.backend.set_presence(away)
    await session.settle()

    [presence] = session.sent()
    assert presence.findtext(tag(ns.CLIENT, "show")) == "away"
    idle = presence.find(tag(ns.IDLE, "idle"))
    assert idle is not None
    assert idle.get("since") == "2026-11-21T09:30:15Z"


@pytest.mark.asyncio
async def test_block_pushes_only_from_the_account(session: Session) -> None:
    await answer(
        session,
        "<iq type='set' id='b1' from='mallory@evil.example'>"
        "<unblock xmlns='urn:xmpp:blocking'/></iq>"
        "<iq type='set' id='b2'><block xmlns='urn:xmpp:blocking'>"
        "<item jid='spam@example.net/x'/><item jid='@@'/></block></iq>",
    )

    assert session.sink.of("block_list_received") == [[Address("spam", "example.net")]]


@pytest.mark.asyncio
async def test_iq_answers_must_come_from_the_addressee(session: Session) -> None:
    iq = session.client.make_iq_get(ito=JID("juliet@capulet.example/balcony"))
    iq.xml.append(ET.Element(tag(ns.PING, "ping")))
    pending = asyncio.ensure_future(request(iq, 5))
    await session.settle()
    stanza_id = iq["id"]

    for wrong in (
        f"<iq type='result' id='{stanza_id}' from='mallory@evil.example'/>",
        f"<iq type='result' id='{stanza_id}' from='juliet@capulet.example'/>",
        f"<iq type='result' id='{stanza_id}' from='capulet.example'/>",
        f"<iq type='result' id='{stanza_id}'/>",
        f"<iq type='set' id='{stanza_id}' from='juliet@capulet.example/balcony'/>",
    ):
        await answer(session, wrong)
        assert not pending.done(), wrong  # CVE-2024-46957

    await answer(
        session,
        f"<iq type='result' id='{stanza_id}' from='juliet@capulet.example/balcony'/>",
    )
    result = await pending
    assert result["from"] == JID("juliet@capulet.example/balcony")


MAM_RESULT = (
    "<message{sender} to='" + OWN + "'><result xmlns='urn:xmpp:mam:2' queryid='{q}'"
    " id='{id}'><forwarded xmlns='urn:xmpp:forward:0'>"
    "<delay xmlns='urn:xmpp:delay' stamp='2024-05-01T10:00:00Z'/>"
    "<message xmlns='jabber:client' from='juliet@capulet.example/b' to='"
    + OWN_BARE
    + "' type='chat' id='m-{id}'><body>{body}</body></message>"
    "</forwarded></result></message>"
)


def mam_result(queryid: str, archive_id: str, body: str, sender: str = "") -> str:
    attribute = f" from='{sender}'" if sender else ""
    return MAM_RESULT.format(sender=attribute, q=queryid, id=archive_id, body=body)


@pytest.mark.asyncio
async def test_archive_catch_up_accepts_only_our_own_results(session: Session) -> None:
    session.sink.state[BOOKMARK] = "a0"
    presence_sent = asyncio.Event()
    catch_up = asyncio.ensure_future(
        session.features.archive.catch_up(presence_sent.set)
    )
    await session.settle()
    [query_iq] = session.sent()
    query = query_iq.find(tag(ns.MAM, "query"))
    assert query is not None
    assert query.findtext(f"{tag(ns.RSM, 'set')}/{tag(ns.RSM, 'after')}") == "a0"
    assert presence_sent.is_set()  # right after the first query
    queryid = query.get("queryid", "")

    await answer(
        session,
        mam_result(queryid, "a1", "genuine")
        + mam_result(queryid, "a2", "also genuine", sender=OWN_BARE)
        + mam_result(queryid, "x1", "foreign archive", sender="mallory@evil.example")
        + mam_result(queryid, "x2", "resource", sender=f"{OWN_BARE}/phone")
        + mam_result("other-query", "x3", "wrong queryid")
        + f"<iq type='result' id='{query_iq.get('id')}'><fin xmlns='urn:xmpp:mam:2'"
        " complete='true'><set xmlns='http://jabber.org/protocol/rsm'>"
        "<first>a1</first><last>a2</last></set></fin></iq>",
    )
    # One more query after the presence closes the gap before it.
    [again] = session.sent()
    assert again.findtext(f".//{tag(ns.RSM, 'after')}") == "a2"
    await answer(
        session,
        f"<iq type='result' id='{again.get('id')}'><fin xmlns='urn:xmpp:mam:2'"
        " complete='true'/></iq>",
    )
    await catch_up

    assert [m.body for m in session.sink.messages] == ["genuine", "also genuine"]
    assert [m.stanza_id for m in session.sink.messages] == ["a1", "a2"]
    assert session.sink.messages[0].timestamp.isoformat() == "2024-05-01T10:00:00+00:00"
    assert session.sink.state[BOOKMARK] == "a2"
    saves = [args for args in session.sink.of("save_state") if args[0] == BOOKMARK]
    assert saves == [(BOOKMARK, "a2")]  # only after the page was committed


@pytest.mark.asyncio
async def test_live_messages_wait_for_the_catch_up(session: Session) -> None:
    presence_sent = asyncio.Event()
    catch_up = asyncio.ensure_future(
        session.features.archive.catch_up(presence_sent.set)
    )
    await session.settle()
    [query_iq] = session.sent()
    queryid = query_iq.find(tag(ns.MAM, "query")).get("queryid", "")  # type: ignore[union-attr]
    assert query_iq.find(f".//{tag(ns.RSM, 'before')}") is not None  # first sync
    await answer(
        session,
        f"<message from='juliet@capulet.example/b' type='chat'><body>live</body>"
        f"<stanza-id xmlns='urn:xmpp:sid:0' by='{OWN_BARE}' id='a9'/></message>",
    )
    assert session.sink.messages == []  # held until the archive is done

    await answer(
        session,
        mam_result(queryid, "a8", "archived")
        + f"<iq type='result' id='{query_iq.get('id')}'><fin xmlns='urn:xmpp:mam:2'"
        " complete='true'><set xmlns='http://jabber.org/protocol/rsm'>"
        "<first>a8</first><last>a8</last></set></fin></iq>",
    )
    [forward] = session.sent()
    await answer(
        session,
        f"<iq type='result' id='{forward.get('id')}'><fin xmlns='urn:xmpp:mam:2'"
        " complete='true'/></iq>",
    )
    await catch_up
    await session.settle()

    assert [m.body for m in session.sink.messages] == ["archived", "live"]
    await answer(
        session,
        f"<message from='juliet@capulet.example/b' type='chat'><body>later</body>"
        f"<stanza-id xmlns='urn:xmpp:sid:0' by='{OWN_BARE}' id='a10'/></message>",
    )
    assert session.sink.state[BOOKMARK] == "a10"


def live(archive_id: str) -> str:
    return (
        f"<message from='juliet@capulet.example/b' type='chat'><body>{archive_id}"
        f"</body><stanza-id xmlns='urn:xmpp:sid:0' by='{OWN_BARE}' id='{archive_id}'/>"
        "</message>"
    )


def bookmarks(session: Session) -> list[object]:
    return [value for key, value in session.sink.of("save_state") if key == BOOKMARK]


@pytest.mark.asyncio
async def test_the_live_bookmark_is_saved_at_most_once_per_interval(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from messenger.protocols.xmpp.features import mam

    monkeypatch.setattr(mam, "BOOKMARK_INTERVAL", 0.2)
    archive = session.features.archive
    archive._caught_up = True  # the catch-up is done
    await answer(session, live("a1"))
    assert bookmarks(session) == ["a1"]  # the first one at once

    for archive_id in ("a2", "a3"):
        await answer(session, live(archive_id))
    assert bookmarks(session) == ["a1"]  # committed, not saved yet
    await asyncio.sleep(0.25)
    await session.settle()
    assert bookmarks(session) == ["a1", "a3"]

    await answer(session, live("a4"))
    archive.save_bookmark()  # the session ends: saved now
    await session.settle()
    assert bookmarks(session) == ["a1", "a3", "a4"]
    assert [m.body for m in session.sink.messages] == ["a1", "a2", "a3", "a4"]


@pytest.mark.asyncio
async def test_a_catch_up_starts_after_a_bookmark_not_saved_yet(
    session: Session,
) -> None:
    session.sink.state[BOOKMARK] = "a0"
    archive = session.features.archive
    archive._caught_up = True
    await answer(session, live("a1"))
    await answer(session, live("a2"))  # within the interval: not saved yet

    catch_up = asyncio.ensure_future(archive.catch_up(lambda: None))
    await session.settle()
    [query_iq] = session.sent()
    assert query_iq.findtext(f".//{tag(ns.RSM, 'after')}") == "a2"
    assert session.sink.state[BOOKMARK] == "a2"  # and saved before the pages
    catch_up.cancel()
