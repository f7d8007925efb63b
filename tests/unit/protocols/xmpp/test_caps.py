# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0030/0115 at stanza level: what we advertise and answer, contacts' caps."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC
from datetime import datetime

import pytest

from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.core.model import ConversationId
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.core.model import OwnPresence
from messenger.core.model import Show
from messenger.protocols.xmpp import discovery
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.features import caps as caps_module
from messenger.protocols.xmpp.features.caps import CACHE_KEY
from messenger.protocols.xmpp.features.disco import CAPS_NODE
from messenger.protocols.xmpp.features.disco import OUR_VER
from messenger.protocols.xmpp.ns import tag
from tests.unit.protocols.xmpp.harness import OWN
from tests.unit.protocols.xmpp.harness import Session
from tests.unit.protocols.xmpp.harness import answer_to
from tests.unit.protocols.xmpp.harness import befriend
from tests.unit.protocols.xmpp.harness import requests_with

JULIET = Address("juliet", "capulet.example")
BALCONY = JULIET.with_resource("balcony")
NODE = "https://exodus.example/caps"
EXODUS = (
    "<identity category='client' name='Exodus 0.9.1' type='pc'/>"
    "<feature var='http://jabber.org/protocol/caps'/>"
    "<feature var='http://jabber.org/protocol/disco#info'/>"
    "<feature var='http://jabber.org/protocol/disco#items'/>"
    "<feature var='http://jabber.org/protocol/muc'/>"
)
EXODUS_VER = "QgayPKawpkPSDYmwT/WM94uAlu0="
QUERY = tag(ns.DISCO_INFO, "query")


def caps_presence(sender: Address | str, ver: str, algorithm: str = "sha-1") -> str:
    hash_attribute = f" hash='{algorithm}'" if algorithm else ""
    return (
        f"<presence from='{sender}'><c xmlns='{ns.CAPS}'{hash_attribute}"
        f" node='{NODE}' ver='{ver}'/></presence>"
    )


def disco_answer(request: ET.Element, body: str) -> str:
    node = request.find(QUERY).get("node", "")  # type: ignore[union-attr]
    return answer_to(
        request, f"<query xmlns='{ns.DISCO_INFO}' node='{node}'>{body}</query>"
    )


async def receive(session: Session, xml: str) -> list[ET.Element]:
    """Feed ``xml``; the disco#info requests the client sent in reaction."""
    session.recv(xml)
    await session.settle()
    return requests_with(session.sent(), QUERY)


@pytest.mark.asyncio
async def test_our_presence_has_caps_we_answer_for(session: Session) -> None:
    await session.backend.set_presence(OwnPresence(show=Show.AVAILABLE))
    await session.settle()
    [presence] = session.sent()
    c = presence.find(tag(ns.CAPS, "c"))
    assert c is not None
    assert (c.get("hash"), c.get("node"), c.get("ver")) == ("sha-1", CAPS_NODE, OUR_VER)

    for node in (f"{CAPS_NODE}#{OUR_VER}", ""):
        attribute = f" node='{node}'" if node else ""
        session.recv(
            f"<iq type='get' id='d1' from='{BALCONY}' to='{OWN}'>"
            f"<query xmlns='{ns.DISCO_INFO}'{attribute}/></iq>"
        )
        await session.settle()
        [reply] = session.sent()
        assert (reply.get("type"), reply.get("id")) == ("result", "d1")
        query = reply.find(QUERY)
        assert query is not None
        assert query.get("node", "") == node
        answered = discovery.parse_info(query)
        assert answered is not None
        assert discovery.verify(answered, "sha-1", OUR_VER)  # what we advertise


@pytest.mark.asyncio
async def test_unknown_nodes_and_sets_get_errors(session: Session) -> None:
    session.recv(
        f"<iq type='get' id='d2' from='{BALCONY}'><query xmlns='{ns.DISCO_INFO}'"
        f" node='{CAPS_NODE}#forged'/></iq>"
        f"<iq type='set' id='d3' from='{BALCONY}'><query xmlns='{ns.DISCO_INFO}'/></iq>"
    )
    await session.settle()
    replies = session.sent()
    assert [(r.get("id"), r.get("type")) for r in replies] == [
        ("d2", "error"),
        ("d3", "error"),
    ]
    assert replies[0].find(f".//{tag(ns.STANZAS, 'item-not-found')}") is not None


@pytest.mark.asyncio
async def test_a_verified_ver_is_cached_saved_and_shared(session: Session) -> None:
    [request] = await receive(session, caps_presence(BALCONY, EXODUS_VER))
    assert request.get("to") == str(BALCONY)
    assert request.find(QUERY).get("node") == f"{NODE}#{EXODUS_VER}"  # type: ignore[union-attr]
    assert await receive(session, disco_answer(request, EXODUS)) == []

    caps = session.features.caps
    assert caps.knows("sha-1", EXODUS_VER)
    features = [
        "http://jabber.org/protocol/caps",
        "http://jabber.org/protocol/disco#info",
        "http://jabber.org/protocol/disco#items",
        "http://jabber.org/protocol/muc",
    ]
    assert session.sink.state[CACHE_KEY] == [[f"sha-1 {EXODUS_VER}", features]]
    # Another client with the same ver: no question, same answer.
    romeo = Address("romeo", "montague.example", "phone")
    assert await receive(session, caps_presence(romeo, EXODUS_VER)) == []
    assert caps.features_of(romeo) == caps.features_of(BALCONY)
    assert caps.peer_supports(romeo, "http://jabber.org/protocol/muc") is True


@pytest.mark.asyncio
async def test_a_forged_ver_is_not_cached(session: Session) -> None:
    mallory = Address("mallory", "evil.example", "x")
    [request] = await receive(session, caps_presence(mallory, EXODUS_VER))
    lie = "<identity category='client' name='Exodus 0.9.1' type='pc'/>"
    await receive(session, disco_answer(request, lie + "<feature var='urn:x:evil'/>"))

    caps = session.features.caps
    assert not caps.knows("sha-1", EXODUS_VER)
    assert CACHE_KEY not in session.sink.state
    assert caps.features_of(mallory) == frozenset({"urn:x:evil"})  # theirs only
    # Juliet's client with that ver is asked, not judged by Mallory's answer.
    [again] = await receive(session, caps_presence(BALCONY, EXODUS_VER))
    assert again.get("to") == str(BALCONY)
    assert caps.features_of(BALCONY) is None


@pytest.mark.asyncio
async def test_saved_caps_are_not_queried_again(session: Session) -> None:
    session.sink.state[CACHE_KEY] = [
        [f"sha-1 {EXODUS_VER}", ["http://jabber.org/protocol/muc", 7]],
        "garbage",
        ["only-a-key"],
    ]
    await session.features.caps.load()

    assert await receive(session, caps_presence(BALCONY, EXODUS_VER)) == []
    assert session.features.caps.features_of(BALCONY) == frozenset(
        {"http://jabber.org/protocol/muc"}
    )


@pytest.mark.parametrize(
    ("ver", "algorithm"),
    [(EXODUS_VER, ""), (EXODUS_VER, "md5"), ("", "sha-1"), ("x" * 300, "sha-1")],
    ids=["legacy", "unknown hash", "no ver", "huge ver"],
)
@pytest.mark.asyncio
async def test_unusable_caps_are_not_resolved(
    session: Session, ver: str, algorithm: str
) -> None:
    assert await receive(session, caps_presence(BALCONY, ver, algorithm)) == []
    assert session.features.caps.features_of(BALCONY) is None


@pytest.mark.asyncio
async def test_the_cache_is_bounded(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(caps_module, "MAX_CACHE", 2)
    identity = "<identity category='client' type='pc' name='c{i}'/>"
    for i in range(3):
        body = identity.format(i=i)
        parsed = discovery.parse_info(
            ET.fromstring(f"<q xmlns='{ns.DISCO_INFO}'>{body}</q>")
        )
        assert parsed is not None
        ver = discovery.caps_ver(parsed) or ""
        sender = Address(f"user{i}", "example.net", "r")
        [request] = await receive(session, caps_presence(sender, ver))
        await receive(session, disco_answer(request, body))
    assert len(session.sink.state[CACHE_KEY]) == 2  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_chat_states_only_to_clients_that_may_support_them(
    session: Session,
) -> None:
    session.sink.state[CACHE_KEY] = [[f"sha-1 {EXODUS_VER}", [ns.DISCO_INFO]]]
    await session.features.caps.load()
    await receive(session, caps_presence(BALCONY, EXODUS_VER))

    await session.backend.send_chat_state(JULIET, ChatState.COMPOSING)
    await session.settle()
    assert session.sent() == []  # her only client does not support them

    await receive(session, f"<presence from='{JULIET}/phone'/>")  # caps unknown
    await session.backend.send_chat_state(JULIET, ChatState.COMPOSING)
    await session.settle()
    [state] = session.sent()
    assert state.find(tag(ns.CHAT_STATES, "composing")) is not None

    await receive(session, f"<presence from='{JULIET}/phone' type='unavailable'/>")
    assert session.features.caps.peer_supports(JULIET, ns.CHAT_STATES) is False
    await receive(session, f"<presence from='{BALCONY}' type='unavailable'/>")
    assert session.features.caps.peer_supports(JULIET, ns.CHAT_STATES) is None


@pytest.mark.asyncio
async def test_no_read_marker_for_clients_without_markers(session: Session) -> None:
    befriend(session, JULIET)
    session.sink.state[CACHE_KEY] = [[f"sha-1 {EXODUS_VER}", [ns.DISCO_INFO]]]
    await session.features.caps.load()
    await receive(session, caps_presence(BALCONY, EXODUS_VER))
    message = Message(
        id=LocalMessageId(5),
        conversation_id=ConversationId(1),
        account_id=session.ctx.account.id,
        peer=JULIET,
        direction=Direction.INCOMING,
        sender=BALCONY,
        body="hi",
        timestamp=datetime.now(UTC),
        state=DeliveryState.RECEIVED,
        remote_id="r5",
    )

    await session.backend.send_read_marker(message)
    await session.settle()
    assert session.sent() == []

    await receive(session, f"<presence from='{JULIET}/phone'/>")  # caps unknown
    await session.backend.send_read_marker(message)
    await session.settle()
    [marker] = session.sent()
    assert marker.find(tag(ns.MARKERS, "displayed")) is not None
