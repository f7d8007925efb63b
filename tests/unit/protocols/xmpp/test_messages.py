# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Messages at stanza level: sending, receiving, carbons, receipts, markers, bounces."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime

import pytest

from messenger.core.interfaces import OutgoingMessage
from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.core.model import DeliveryState
from messenger.core.model import LocalMessageId
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.mapping import RosterItem
from messenger.protocols.xmpp.ns import tag
from tests.unit.protocols.xmpp.harness import OWN
from tests.unit.protocols.xmpp.harness import OWN_BARE
from tests.unit.protocols.xmpp.harness import Session

JULIET = Address("juliet", "capulet.example")


def befriend(session: Session, address: Address = JULIET) -> None:
    """Make ``address`` a contact who may see our presence (receipts allowed)."""
    session.features.roster.items[address] = RosterItem(
        address=address, subscription="both"
    )


@pytest.mark.asyncio
async def test_send_message_uses_the_origin_id_everywhere(session: Session) -> None:
    outgoing = OutgoingMessage(
        message_id=LocalMessageId(1),
        peer=JULIET,
        body="Hello <b>",
        origin_id="origin-1",
        timestamp=datetime.now(UTC),
    )
    await session.backend.send_message(outgoing)
    await session.settle()

    stanza, ping = session.sent()
    assert stanza.get("id") == "origin-1"
    assert stanza.get("type") == "chat"
    assert stanza.get("to") == str(JULIET)
    assert stanza.findtext(tag(ns.CLIENT, "body")) == "Hello <b>"
    assert stanza.find(tag(ns.SID, "origin-id")).get("id") == "origin-1"  # type: ignore[union-attr]
    for payload in (
        tag(ns.RECEIPTS, "request"),
        tag(ns.CHAT_STATES, "active"),
        tag(ns.MARKERS, "markable"),
    ):
        assert stanza.find(payload) is not None
    # Without stream management, a ping round trip stands in for the ack.
    assert ping.find(tag(ns.PING, "ping")) is not None
    assert session.sink.of("message_state_changed") == []
    session.recv(f"<iq type='result' id='{ping.get('id')}' from='example.org'/>")
    await session.settle()
    assert session.sink.of("message_state_changed") == [
        ("origin-1", DeliveryState.SENT, "")
    ]


@pytest.mark.asyncio
async def test_a_message_is_sent_once_the_server_acks_it(session: Session) -> None:
    sm = session.client.plugin["xep_0198"]
    sm.enabled_out = True
    sm.enabled_in = True
    outgoing = OutgoingMessage(
        message_id=LocalMessageId(1),
        peer=JULIET,
        body="hi",
        origin_id="o1",
        timestamp=datetime.now(UTC),
    )
    await session.backend.send_message(outgoing)
    await session.settle()
    assert session.sink.of("message_state_changed") == []
    assert any(b"urn:xmpp:sm:3" in w for w in session.transport.written)  # <r/>

    session.recv("<a xmlns='urn:xmpp:sm:3' h='1'/>")
    await session.settle()

    assert session.sink.of("message_state_changed") == [("o1", DeliveryState.SENT, "")]


@pytest.mark.asyncio
async def test_an_incoming_chat_message_is_stored_and_acknowledged(
    session: Session,
) -> None:
    befriend(session)
    session.recv(
        f"<message from='{JULIET}/balcony' to='{OWN}' type='chat' id='m1'>"
        "<body>/me sighs &lt;script&gt;x&lt;/script&gt;</body>"
        "<origin-id xmlns='urn:xmpp:sid:0' id='o1'/>"
        f"<stanza-id xmlns='urn:xmpp:sid:0' by='{OWN_BARE}' id='archive-1'/>"
        "<stanza-id xmlns='urn:xmpp:sid:0' by='evil.example' id='forged'/>"
        "<request xmlns='urn:xmpp:receipts'/></message>"
    )
    await session.settle()

    [message] = session.sink.messages
    assert message.body == "/me sighs <script>x</script>"  # as is: the core sanitises
    assert message.sender == JULIET.with_resource("balcony")
    assert message.peer == JULIET
    assert (message.origin_id, message.stanza_id, message.remote_id) == (
        "o1",
        "archive-1",
        "m1",
    )
    assert not message.outgoing
    [receipt] = session.sent()
    assert receipt.get("to") == f"{JULIET}/balcony"
    assert receipt.find(tag(ns.RECEIPTS, "received")).get("id") == "m1"  # type: ignore[union-attr]


@pytest.mark.asyncio
async def test_no_receipt_for_strangers(session: Session) -> None:
    session.recv(
        f"<message from='{JULIET}/balcony' type='chat' id='m1'><body>hi</body>"
        "<request xmlns='urn:xmpp:receipts'/></message>"
    )
    await session.settle()

    assert len(session.sink.messages) == 1
    assert session.sent() == []  # receipts would leak our presence


@pytest.mark.parametrize(
    "sender",
    [
        "",  # no sender
        "juliet@capulet.example/a\u0001b",  # control character in the resource
        "not@a@jid",
        "@capulet.example",
    ],
)
@pytest.mark.asyncio
async def test_messages_without_a_valid_sender_are_dropped(
    session: Session, sender: str
) -> None:
    attribute = f" from='{sender}'" if sender else ""
    session.recv(
        f"<message{attribute} type='chat'><body>x</body></message>".replace(
            "\u0001", "&#x1;"
        )
    )
    await session.settle()

    assert session.sink.messages == []


@pytest.mark.asyncio
async def test_genuine_carbons_are_accepted(session: Session) -> None:
    session.recv(
        f"<message from='{OWN_BARE}' to='{OWN}' type='chat'>"
        "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
        f"<message xmlns='jabber:client' from='{OWN_BARE}/phone' to='{JULIET}'"
        " type='chat' id='x1'><body>from my phone</body>"
        "<origin-id xmlns='urn:xmpp:sid:0' id='x1'/></message>"
        "</forwarded></sent></message>"
        f"<message from='{OWN_BARE}' to='{OWN}' type='chat'>"
        "<received xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
        f"<message xmlns='jabber:client' from='{JULIET}/balcony' to='{OWN_BARE}/phone'"
        " type='chat' id='x2'><body>to my phone</body></message>"
        "</forwarded></received></message>"
    )
    await session.settle()

    sent, received = session.sink.messages
    assert (sent.outgoing, sent.peer, sent.body, sent.origin_id) == (
        True,
        JULIET,
        "from my phone",
        "x1",
    )
    assert (received.outgoing, received.peer, received.body) == (
        False,
        JULIET,
        "to my phone",
    )


@pytest.mark.parametrize(
    "outer_from",
    [
        "mallory@evil.example",  # CVE-2017-5589
        f"{JULIET}/balcony",
        f"{OWN_BARE}/phone",  # a resource of ours is not the bare JID either
        "",
        "example.org",
    ],
)
@pytest.mark.asyncio
async def test_spoofed_carbons_are_dropped(session: Session, outer_from: str) -> None:
    attribute = f" from='{outer_from}'" if outer_from else ""
    session.recv(
        f"<message{attribute} to='{OWN}' type='chat'>"
        "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
        f"<message xmlns='jabber:client' from='{OWN_BARE}/phone' to='{JULIET}'"
        " type='chat'><body>I owe Mallory 100 EUR</body></message>"
        "</forwarded></sent></message>"
    )
    await session.settle()

    assert session.sink.messages == []


@pytest.mark.asyncio
async def test_a_received_carbon_for_someone_else_is_dropped(session: Session) -> None:
    session.recv(
        f"<message from='{OWN_BARE}' to='{OWN}'>"
        "<received xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
        f"<message xmlns='jabber:client' from='{JULIET}/b' to='romeo@montague.example'"
        " type='chat'><body>not yours</body></message></forwarded></received></message>"
    )
    await session.settle()

    assert session.sink.messages == []


@pytest.mark.asyncio
async def test_receipts_and_markers_update_our_messages(session: Session) -> None:
    session.features.acks.track("o1", JULIET)
    session.recv(
        f"<message from='{JULIET}/b' type='chat'><received xmlns='urn:xmpp:receipts'"
        " id='o1'/></message>"
        "<message from='mallory@evil.example/x' type='chat'>"
        "<displayed xmlns='urn:xmpp:chat-markers:0' id='o1'/></message>"
        f"<message from='{JULIET}/b' type='chat'>"
        "<displayed xmlns='urn:xmpp:chat-markers:0' id='o1'/></message>"
    )
    await session.settle()

    assert session.sink.of("message_state_changed") == [
        ("o1", DeliveryState.DELIVERED, ""),
        ("o1", DeliveryState.READ, ""),
    ]
    # Who said so travels with the report (the core checks it); a displayed
    # marker covers every earlier message too, a receipt only its own.
    assert session.sink.state_reporters == [
        ("o1", JULIET.bare, False),
        ("o1", JULIET.bare, True),
    ]


@pytest.mark.asyncio
async def test_an_error_bounce_fails_the_message_with_a_reason(
    session: Session,
) -> None:
    session.features.acks.track("o1", JULIET)
    session.recv(
        "<message from='mallory@evil.example' type='error' id='o1'>"
        "<error type='cancel'><item-not-found"
        " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>"
        f"<message from='{JULIET}' type='error' id='o1'><error type='cancel'>"
        "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
        "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>gone\x07 away</text>"
        "</error></message>".replace("\x07", "")
    )
    await session.settle()

    assert session.sink.of("message_state_changed") == [
        ("o1", DeliveryState.FAILED, "service-unavailable: gone away")
    ]
    assert session.sink.state_reporters == [("o1", JULIET.bare, False)]


@pytest.mark.asyncio
async def test_chat_states_and_corrections(session: Session) -> None:
    session.recv(
        f"<message from='{JULIET}/b' type='chat'>"
        "<composing xmlns='http://jabber.org/protocol/chatstates'/></message>"
        f"<message from='{JULIET}/b' type='chat' id='c1'><body>fixed</body>"
        "<replace xmlns='urn:xmpp:message-correct:0' id='m1'/></message>"
        f"<message from='{JULIET}/b' type='chat'>"
        "<bogus xmlns='http://jabber.org/protocol/chatstates'/></message>"
    )
    await session.settle()

    assert session.sink.of("chat_state_received") == [(JULIET, ChatState.COMPOSING)]
    assert session.sink.of("message_corrected") == [
        (JULIET, JULIET.with_resource("b"), "m1", "fixed", False)
    ]
    assert session.sink.messages == []  # a correction is not a new message


@pytest.mark.asyncio
async def test_sending_chat_states_corrections_and_markers(session: Session) -> None:
    from messenger.core.model import ConversationId
    from messenger.core.model import Direction
    from messenger.core.model import Message

    befriend(session)
    await session.backend.send_chat_state(JULIET, ChatState.COMPOSING)
    original = Message(
        id=LocalMessageId(5),
        conversation_id=ConversationId(1),
        account_id=session.ctx.account.id,
        peer=JULIET,
        direction=Direction.OUTGOING,
        sender=Address("me", "example.org"),
        body="helo",
        timestamp=datetime.now(UTC),
        state=DeliveryState.SENT,
        origin_id="o5",
        remote_id="r5",
    )
    await session.backend.correct_message(original, "hello")
    await session.backend.send_read_marker(original)
    await session.settle()

    state, correction, marker = session.sent()
    assert state.find(tag(ns.CHAT_STATES, "composing")) is not None
    assert state.find(tag(ns.HINTS, "no-store")) is not None
    assert correction.findtext(tag(ns.CLIENT, "body")) == "hello"
    assert correction.find(tag(ns.CORRECTION, "replace")).get("id") == "o5"  # type: ignore[union-attr]
    assert marker.find(tag(ns.MARKERS, "displayed")).get("id") == "r5"  # type: ignore[union-attr]


@pytest.mark.asyncio
async def test_hostile_payloads_do_not_crash(session: Session) -> None:
    deep = "<x>" * 3000 + "</x>" * 3000
    huge = "A" * 2_000_000
    session.recv(
        f"<message from='{JULIET}/b' type='chat'><body>{huge}</body></message>"
        f"<message from='{JULIET}/b' type='chat'><body>deep</body>{deep}</message>"
        f"<message from='{JULIET}/b' type='chat'><body>late</body>"
        "<delay xmlns='urn:xmpp:delay' stamp='99999-01-01T00:00:00Z'/></message>"
        f"<message from='{JULIET}/b' type='chat'><body>future</body>"
        "<delay xmlns='urn:xmpp:delay' stamp='9999-12-31T23:59:59-23:59'/></message>"
        f"<message from='{JULIET}/b' type='headline'><body>ad</body></message>"
        f"<message from='{JULIET}/b' type='chat'><body/></message>"
    )
    await session.settle()

    bodies = [m.body for m in session.sink.messages]
    assert bodies == [huge, "deep", "late", "future", ""]
    late, future = session.sink.messages[2:4]
    assert late.timestamp.year == datetime.now(UTC).year  # garbage: now
    assert future.timestamp.tzinfo is not None
