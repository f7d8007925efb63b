# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""What the client writes and how stanzas reach the features.

Writes of one loop turn share one transport write, in order; stanzas sent as
text (receipts, disco#info answers) are escaped, ordered and counted for
XEP-0198 like stanza objects; the cheap matchers match exactly what slixmpp's
would; one route per stanza kind still hands every feature its part.
"""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from slixmpp.stanza import Iq
from slixmpp.stanza import Message
from slixmpp.stanza import Presence
from slixmpp.xmlstream.matcher import MatchXPath
from slixmpp.xmlstream.matcher import StanzaPath
from slixmpp.xmlstream.matcher.base import MatcherBase

from messenger.core.model import Address
from messenger.protocols.xmpp import mapping
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp.client import Serialized
from messenger.protocols.xmpp.client import _cheaper
from messenger.protocols.xmpp.features.disco import CAPS_NODE
from messenger.protocols.xmpp.features.disco import OUR_VER
from messenger.protocols.xmpp.ns import tag
from tests.unit.protocols.xmpp.harness import OWN_BARE
from tests.unit.protocols.xmpp.harness import SERVER
from tests.unit.protocols.xmpp.harness import FakeTransport
from tests.unit.protocols.xmpp.harness import Session
from tests.unit.protocols.xmpp.harness import befriend

JULIET = Address("juliet", "capulet.example")
RECEIVED = tag(ns.RECEIPTS, "received")


def chat(n: int, extra: str = "") -> str:
    return (
        f"<message from='{JULIET}/balcony' type='chat' id='m{n}'><body>{n}</body>"
        f"<request xmlns='{ns.RECEIPTS}'/>{extra}</message>"
    )


def enable_sm(session: Session) -> object:
    sm = session.client.plugin["xep_0198"]
    sm.enabled_out = sm.enabled_in = True
    return sm


@pytest.mark.asyncio
async def test_what_one_turn_sends_goes_out_in_one_write_in_order(
    session: Session,
) -> None:
    befriend(session, JULIET)
    session.recv("".join(chat(n) for n in range(5)))
    await session.settle()

    assert len(session.transport.written) == 1
    receipts = session.sent()
    assert [r.find(RECEIVED).get("id") for r in receipts] == [  # type: ignore[union-attr]
        f"m{n}" for n in range(5)
    ]
    assert all(r.get("to") == f"{JULIET}/balcony" for r in receipts)
    assert len({r.get("id") for r in receipts}) == 5  # our own ids are unique


@pytest.mark.asyncio
async def test_data_for_a_closed_transport_is_never_sent_on_the_next(
    session: Session,
) -> None:
    old = session.transport
    session.client.send_raw("<presence/>")
    new = FakeTransport()
    session.client.transport = new  # type: ignore[assignment] # a new connection
    session.client.send_raw("<message/>")
    await session.settle()
    assert old.written == []
    assert new.written == [b"<message/>"]


@pytest.mark.asyncio
async def test_hostile_ids_are_escaped_in_text_stanzas(session: Session) -> None:
    befriend(session, JULIET)
    hostile = "x\"/><evil a='&<"  # as the attribute's value
    encoded = "x&quot;/&gt;&lt;evil a='&amp;&lt;"  # as it is on the wire
    session.recv(
        f"<message from='{JULIET}/balcony' type='chat' id=\"{encoded}\">"
        f"<body>hi</body><request xmlns='{ns.RECEIPTS}'/></message>"
        f"<iq type='get' id=\"{encoded}&#9;\" from='{JULIET}/balcony'>"
        f"<query xmlns='{ns.DISCO_INFO}' node='{CAPS_NODE}#{OUR_VER}'/></iq>"
    )
    await session.settle()
    answer, receipt = session.sent()  # the receipt once the message is stored
    assert receipt.find(RECEIVED).get("id") == hostile  # type: ignore[union-attr]
    assert answer.get("id") == f"{hostile}\t"  # whitespace kept too
    assert answer.get("to") == f"{JULIET}/balcony"
    assert len(answer) == 1  # only our <query/>, nothing injected


@pytest.mark.asyncio
async def test_text_stanzas_are_counted_acked_and_resent_once(
    session: Session,
) -> None:
    befriend(session, JULIET)
    sm = enable_sm(session)
    session.recv(chat(1) + chat(2))
    await session.settle()
    queue = sm.unacked_queue  # type: ignore[attr-defined]
    assert [seq for seq, _ in queue] == [1, 2]
    assert all(isinstance(stanza, Serialized) for _, stanza in queue)
    session.sent()

    session.recv("<a xmlns='urn:xmpp:sm:3' h='1'/>")
    await session.settle()
    assert [seq for seq, _ in queue] == [2]
    assert session.sink.of("message_state_changed") == []  # not our messages

    # A resumption resends what was not acknowledged, without counting it again.
    session.recv("<resumed xmlns='urn:xmpp:sm:3' h='1' previd='s1'/>")
    await session.settle()
    [resent] = session.sent()
    assert resent.find(RECEIVED).get("id") == "m2"  # type: ignore[union-attr]
    assert [seq for seq, _ in queue] == [2]
    assert sm.seq == 2  # type: ignore[attr-defined]


@pytest.mark.asyncio
async def test_text_stanzas_keep_their_place_behind_queued_stanzas(
    session: Session,
) -> None:
    session.client.make_presence().send()  # queued, not written yet
    session.client.send_serialized("<message to='a@example.org'/>")
    await session.settle()
    assert [s.tag for s in session.sent()] == [
        tag(ns.CLIENT, "presence"),
        tag(ns.CLIENT, "message"),
    ]


def stanzas(session: Session) -> list[Any]:
    client, ping = session.client, "urn:xmpp:ping"
    items = "http://jabber.org/protocol/disco#items"
    client_ns = f"xmlns='{ns.CLIENT}'"
    return [
        kind(client, ET.fromstring(xml))
        for kind, xml in (
            (Message, f"<message {client_ns}><body/></message>"),
            (Presence, f"<presence {client_ns}/>"),
            (Iq, f"<iq {client_ns} type='get'><ping xmlns='{ping}'/></iq>"),
            (Iq, f"<iq {client_ns} type='set'><ping xmlns='{ping}'/></iq>"),
            (Iq, f"<iq {client_ns} type='get'><query xmlns='{items}'/></iq>"),
        )
    ]


@pytest.mark.parametrize(
    "matcher",
    [
        MatchXPath(tag(ns.CLIENT, "message")),
        MatchXPath(tag(ns.CLIENT, "presence")),
        MatchXPath(tag(ns.CLIENT, "iq")),
        MatchXPath("{urn:xmpp:sm:3}a"),
        StanzaPath("iq@type=get/ping"),
        StanzaPath("iq/disco_items"),
    ],
)
@pytest.mark.asyncio
async def test_cheaper_matchers_match_exactly_what_slixmpps_do(
    session: Session, matcher: MatcherBase
) -> None:
    cheaper = _cheaper(matcher)
    assert cheaper is not matcher
    for stanza in stanzas(session):
        assert cheaper.match(stanza) == matcher.match(stanza), stanza


@pytest.mark.asyncio
async def test_unknown_requests_still_get_an_error(session: Session) -> None:
    session.recv(
        f"<iq type='get' id='r1' from='{JULIET}/b'><query xmlns='{ns.ROSTER}'/></iq>"
        f"<iq type='get' id='r2' from='{JULIET}/b'><x xmlns='urn:example'/></iq>"
    )
    await session.settle()
    replies = session.sent()
    assert [(r.get("id"), r.get("type")) for r in replies] == [
        ("r1", "error"),
        ("r2", "error"),
    ]
    assert session.sink.of("roster_received") == []


@pytest.mark.asyncio
async def test_a_request_for_two_payloads_of_one_feature_is_answered_once(
    session: Session,
) -> None:
    session.recv(
        f"<iq type='set' id='b1'><block xmlns='{ns.BLOCKING}'>"
        f"<item jid='{JULIET}'/></block><unblock xmlns='{ns.BLOCKING}'/></iq>"
    )
    await session.settle()
    [reply] = session.sent()
    assert (reply.get("id"), reply.get("type")) == ("b1", "result")


@pytest.mark.asyncio
async def test_a_message_with_the_private_carbons_hint_is_received(
    session: Session,
) -> None:
    session.recv(chat(1, f"<private xmlns='{ns.CARBONS}'/>"))
    await session.settle()
    assert [m.body for m in session.sink.messages] == ["1"]


def message_stanzas(session: Session) -> list[Message]:
    """Messages of every kind we receive, as slixmpp would have wrapped them."""
    own, client_ns = OWN_BARE, f"xmlns='{ns.CLIENT}'"
    forwarded = f"<forwarded xmlns='{ns.FORWARD}'>{chat(1)}</forwarded>"
    return [
        Message(session.client, ET.fromstring(xml))  # type: ignore[no-untyped-call]
        for xml in (
            f"<message {client_ns} from='{JULIET}/b' id='m1'><body>hi</body></message>",
            f"<message {client_ns} from='{JULIET}' type='error' id='m2'/>",
            f"<message {client_ns} from='{own}'><received xmlns='{ns.CARBONS}'>"
            f"{forwarded}</received></message>",
            f"<message {client_ns}><result xmlns='{ns.MAM}' id='r1'>{forwarded}"
            "</result></message>",
            f"<message {client_ns} from='{JULIET}'><event xmlns='{ns.PUBSUB_EVENT}'/>"
            "</message>",
            f"<message {client_ns} from='{SERVER}' type='headline'/>",
        )
    ]


@pytest.mark.asyncio
async def test_no_slixmpp_handler_or_filter_wants_messages(session: Session) -> None:
    """Messages bypass slixmpp's handlers and filters (``route_messages``):
    this fails when a plugin we load starts handling them."""
    client = session.client
    handlers = client._XMLStream__handlers  # type: ignore[attr-defined]
    filters = client._XMLStream__filters["in"]  # type: ignore[attr-defined]
    assert handlers
    assert filters
    for stanza in message_stanzas(session):
        assert [h.name for h in handlers if h.match(stanza)] == [], stanza
        for incoming in filters:
            assert incoming(stanza) is stanza, incoming


@pytest.mark.asyncio
async def test_received_messages_are_counted_for_stream_management(
    session: Session,
) -> None:
    befriend(session, JULIET)
    enable_sm(session)
    session.recv(chat(1) + chat(2) + f"<presence from='{JULIET}/b'/>" + chat(3))
    session.recv("<r xmlns='urn:xmpp:sm:3'/>")
    await session.settle()
    written = b"".join(session.transport.written).decode()
    assert '<a xmlns="urn:xmpp:sm:3" h="4" />' in written
    assert [m.body for m in session.sink.messages] == ["1", "2", "3"]


@pytest.mark.asyncio
async def test_a_message_that_breaks_a_handler_does_not_break_the_stream(
    session: Session, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real = mapping.parse_message

    def parse(xml: ET.Element, *args: Any, **kwargs: Any) -> Any:
        if xml.get("id") == "m1":
            raise RuntimeError("bug")
        return real(xml, *args, **kwargs)

    monkeypatch.setattr(mapping, "parse_message", parse)
    session.recv(chat(1) + chat(2))
    await session.settle()
    assert [m.body for m in session.sink.messages] == ["2"]
    assert "a received message could not be handled" in caplog.text


@pytest.mark.asyncio
async def test_a_message_never_answers_a_pending_request(session: Session) -> None:
    """slixmpp matches an IQ's answer by id and sender only; a message with the
    same id from the same entity must not count as the answer."""
    iq = session.client.make_iq_get(queryxmlns=ns.PING, ito=SERVER)
    pending = asyncio.ensure_future(iq.send(timeout=5))  # type: ignore[no-untyped-call]
    await session.settle()
    [request] = session.sent()
    request_id = request.get("id")
    session.recv(f"<message from='{SERVER}' id='{request_id}' type='error'/>")
    session.recv(f"<message from='{SERVER}' id='{request_id}'><body>x</body></message>")
    await session.settle()
    assert not pending.done()

    session.recv(f"<iq type='result' id='{request_id}' from='{SERVER}'/>")
    await session.settle()
    assert pending.done()
    assert pending.result()["type"] == "result"


@pytest.mark.asyncio
async def test_a_batch_of_text_stanzas_asks_for_one_ack_per_window_passed(
    session: Session,
) -> None:
    befriend(session, JULIET)
    sm = enable_sm(session)
    sm.window = sm.window_counter = 3  # type: ignore[attr-defined]
    session.recv("".join(chat(n) for n in range(5)))  # five receipts, one batch
    await session.settle()
    written = b"".join(session.transport.written).decode()
    assert written.count("<r xmlns=") == 1  # slixmpp would ask once as well
    assert sm.window_counter == 1  # type: ignore[attr-defined]
    assert [seq for seq, _ in sm.unacked_queue] == [1, 2, 3, 4, 5]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("plain-id_1.2", ' id="plain-id_1.2"'),
        ("a\"b'c<d>e&f", ' id="a&quot;b\'c&lt;d&gt;e&amp;f"'),
        ("t\tn\nr\r", ' id="t&#9;n&#10;r&#13;"'),
    ],
)
def test_template_attributes_are_escaped(value: str, text: str) -> None:
    assert outgoing.attribute("id", value) == text
    parsed = ET.fromstring(f"<x{outgoing.attribute('id', value)}/>")
    assert parsed.get("id") == value


@pytest.mark.asyncio
async def test_acks_of_text_stanzas_raise_no_events(session: Session) -> None:
    befriend(session, JULIET)
    sm = enable_sm(session)
    acked: list[object] = []
    session.client.add_event_handler("stanza_acked", acked.append)
    session.recv(chat(1) + chat(2))  # two receipts (text stanzas)
    await session.settle()
    session.client.make_message(mto=str(JULIET), mbody="hi", mtype="chat").send()
    await session.settle()
    assert [seq for seq, _ in sm.unacked_queue] == [1, 2, 3]  # type: ignore[attr-defined]

    session.recv("<a xmlns='urn:xmpp:sm:3' h='3'/>")
    await session.settle()
    assert list(sm.unacked_queue) == []  # type: ignore[attr-defined]
    assert [type(stanza) for stanza in acked] == [Message]  # the stanza object only
