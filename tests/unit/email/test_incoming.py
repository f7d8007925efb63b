# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``MailReader``: what each received mail becomes at the core.

The mails are built with the mime builders (a delivery report, which we never
send, is put together from the parts a mail server sends); the core's side is
``RecordingSink``, a test double that records every sink call, because what is
checked here is what the reader reports, not what the core then stores (that
is tests/integration/email).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from email.policy import SMTP
from pathlib import Path
from typing import TypeVar

import pytest

from messenger.core.interfaces import IncomingMessage
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.core.model import ChatState
from messenger.core.model import ConnectionState
from messenger.core.model import Contact
from messenger.core.model import ConversationKind
from messenger.core.model import DeliveryState
from messenger.core.model import ErrorInfo
from messenger.core.model import JsonValue
from messenger.core.model import Message
from messenger.core.model import PresenceUpdate
from messenger.core.model import Show
from messenger.protocols.email import incoming
from messenger.protocols.email.groups import GROUP_DOMAIN
from messenger.protocols.email.groups import GroupBook
from messenger.protocols.email.ids import Stamps
from messenger.protocols.email.ids import Threads
from messenger.protocols.email.ids import mail_id
from messenger.protocols.email.incoming import BATCH
from messenger.protocols.email.incoming import ENCRYPTED_TEXT
from messenger.protocols.email.incoming import MAX_WANTED
from messenger.protocols.email.incoming import PRESENCE_FRESH
from messenger.protocols.email.incoming import MailReader
from messenger.protocols.email.incoming import ReaderState
from messenger.protocols.email.mime import ChatGroup
from messenger.protocols.email.mime import Mailbox
from messenger.protocols.email.mime import OutgoingFile
from messenger.protocols.email.mime import Presence
from messenger.protocols.email.mime import build_chat_message
from messenger.protocols.email.mime import build_edit
from messenger.protocols.email.mime import build_read_receipt
from messenger.protocols.email.mime import parse_mail
from messenger.protocols.email.mime.build import base_message

pytestmark = pytest.mark.asyncio

NOW = datetime(2024, 5, 3, 12, 0, tzinfo=UTC)
ACCOUNT = AccountId("acc1")
OWN = Address.parse("me@example.org")
ME = Mailbox(address="me@example.org", name="Me")
BOB = Mailbox(address="bob@example.net", name="Bob")
CAROL = Mailbox(address="carol@example.net", name="Carol")
BOB_ADDRESS = Address.parse(BOB.address)
ORIGIN = "0f8c4b8e-5d7a-4b1e-9a55-2f3c1d9e7a10"  # one of our messages
OUR_ID = mail_id(ORIGIN, OWN.domain)
GROUP_ID = "Abc_def-12345678"
T = TypeVar("T")


# ------------------------------------------------------------------ the double


@dataclass
class RecordingSink:
    """Test double for the core's ``BackendSink``: records what it is told."""

    batches: list[list[IncomingMessage]] = field(default_factory=list)
    corrections: list[dict[str, object]] = field(default_factory=list)
    states: list[dict[str, object]] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    presences: list[PresenceUpdate] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)

    @property
    def messages(self) -> list[IncomingMessage]:
        return [m for batch in self.batches for m in batch]

    def connection_changed(
        self,
        state: ConnectionState,
        error: ErrorInfo | None = None,
        *,
        resumed: bool = False,
    ) -> None:
        self.calls.append("connection_changed")

    def capabilities_changed(self, capabilities: frozenset[Capability]) -> None:
        self.calls.append("capabilities_changed")

    async def roster_received(
        self, contacts: Sequence[Contact], *, complete: bool
    ) -> None:
        assert not complete  # mail has no roster to replace
        self.calls.append("roster_received")
        self.contacts.extend(contacts)

    async def contacts_removed(self, addresses: Sequence[Address]) -> None:
        self.calls.append("contacts_removed")

    def presences_received(self, updates: Sequence[PresenceUpdate]) -> None:
        self.calls.append("presences_received")
        self.presences.extend(updates)

    def subscription_requested(self, address: Address, text: str) -> None:
        self.calls.append("subscription_requested")

    def block_list_received(self, blocked: Sequence[Address]) -> None:
        self.calls.append("block_list_received")

    def chat_state_received(self, address: Address, state: ChatState) -> None:
        self.calls.append("chat_state_received")

    async def messages_received(
        self, messages: Sequence[IncomingMessage]
    ) -> list[Message | None]:
        self.calls.append("messages_received")
        self.batches.append(list(messages))
        return [None] * len(messages)

    async def message_corrected(
        self,
        *,
        peer: Address,
        sender: Address,
        replaces_id: str,
        body: str,
        outgoing: bool = False,
    ) -> Message | None:
        self.calls.append("message_corrected")
        self.corrections.append(
            {
                "peer": peer,
                "sender": sender,
                "replaces_id": replaces_id,
                "body": body,
                "outgoing": outgoing,
            }
        )
        return None

    async def avatar_received(
        self, address: Address, avatar_hash: str, data: bytes
    ) -> None:
        self.calls.append("avatar_received")

    def has_avatar(self, avatar_hash: str) -> bool:
        return False

    async def update_settings(self, changes: dict[str, JsonValue]) -> None:
        self.calls.append("update_settings")

    async def message_state_changed(
        self,
        *,
        peer: Address,
        origin_id: str,
        state: DeliveryState,
        error: str = "",
        stanza_id: str = "",
        up_to: bool = False,
    ) -> None:
        self.calls.append("message_state_changed")
        self.states.append(
            {
                "peer": peer,
                "origin_id": origin_id,
                "state": state,
                "error": error,
                "up_to": up_to,
            }
        )

    async def load_state(self, key: str) -> JsonValue:
        return None

    async def save_state(self, key: str, value: JsonValue) -> None:
        self.calls.append("save_state")


@dataclass
class Rig:
    reader: MailReader
    sink: RecordingSink
    state: ReaderState
    threads: Threads
    groups: GroupBook
    attachments: Path
    contacts_saved: list[int]

    async def read(self, raw: bytes, uid: int = 1) -> None:
        await self.reader.read("DeltaChat", uid, raw)

    async def read_all(self, raw: bytes) -> list[IncomingMessage]:
        """Read one mail, store it, and return what was stored."""
        before = len(self.sink.messages)
        await self.read(raw)
        await self.reader.flush()
        return self.sink.messages[before:]


@pytest.fixture
def rig(tmp_path: Path) -> Rig:
    sink, state = RecordingSink(), ReaderState()
    threads, groups = Threads(), GroupBook(str(OWN))
    saved: list[int] = []

    async def contacts_changed() -> None:
        saved.append(len(state.contacts))

    reader = MailReader(
        account_id=ACCOUNT,
        own=OWN,
        sink=sink,
        threads=threads,
        stamps=Stamps(),
        groups=groups,
        state=state,
        attachments_dir=tmp_path / "attachments",
        log=logging.getLogger("test.incoming"),
        on_contacts_changed=contacts_changed,
        clock=lambda: NOW,
    )
    return Rig(reader, sink, state, threads, groups, tmp_path / "attachments", saved)


# ------------------------------------------------------------------ mails


def chat(
    text: str = "Hello!",
    *,
    sender: Mailbox = BOB,
    to: Sequence[Mailbox] = (ME,),
    message_id: str = "m1@example.net",
    date: datetime = NOW - timedelta(minutes=1),
    **extra: object,
) -> bytes:
    return build_chat_message(
        sender=sender,
        to=list(to),
        message_id=message_id,
        date=date,
        text=text,
        **extra,  # type: ignore[arg-type]
    )


def classic(
    text: str = "See you at 8.",
    *,
    sender: Mailbox = BOB,
    subject: str = "Dinner",
    message_id: str = "c1@example.net",
    in_reply_to: str = "",
) -> bytes:
    """An ordinary mail (no Chat-Version), as a mail client sends it."""
    msg = base_message(
        sender=sender,
        to=[ME],
        message_id=message_id,
        date=NOW - timedelta(minutes=1),
        subject=subject,
    )
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
        msg["References"] = f"<{in_reply_to}>"
    msg.set_content(text)
    return msg.as_bytes(policy=SMTP)


def bounce(returned: bytes, reason: str) -> bytes:
    """A mail server's delivery report (RFC 3464) returning our mail's header."""
    header = returned.split(b"\r\n\r\n", 1)[0]
    return (
        b"From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\n"
        b"To: me@example.org\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\n"
        b"Date: Fri, 03 May 2024 11:59:00 +0000\r\n"
        b"Message-ID: <bounce1@mx.example.net>\r\n"
        b"Auto-Submitted: auto-replied\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n'
        b"\r\n--B\r\nContent-Type: text/plain\r\n\r\n"
        b"Your message could not be delivered.\r\n"
        b"\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; mx.example.net\r\n\r\n"
        b"Final-Recipient: rfc822; bob@example.net\r\n"
        b"Action: failed\r\nStatus: 5.1.1\r\n"
        b"Diagnostic-Code: smtp; " + reason.encode() + b"\r\n"
        b"\r\n--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + header
        + b"\r\n\r\n--B--\r\n"
    )


# ------------------------------------------------------------------ messages


async def test_a_chat_mail_is_stored_as_a_message_from_its_sender(rig: Rig) -> None:
    (message,) = await rig.read_all(chat("Hello Alice!"))

    assert message == IncomingMessage(
        peer=BOB_ADDRESS,
        sender=BOB_ADDRESS,
        body="Hello Alice!",
        timestamp=NOW - timedelta(minutes=1),
        outgoing=False,
        conversation_kind=ConversationKind.DIRECT,
        origin_id="m1@example.net",  # a peer's whole Message-ID
        remote_id="m1@example.net",
    )


async def test_a_new_sender_becomes_a_contact_once(rig: Rig) -> None:
    await rig.read(chat(message_id="m1@example.net"))
    await rig.read(chat(message_id="m2@example.net"))

    assert rig.sink.contacts == [
        Contact(account_id=ACCOUNT, address=BOB_ADDRESS, name="Bob")
    ]
    assert rig.state.contacts == {BOB_ADDRESS}
    assert rig.contacts_saved == [1]


async def test_the_thread_remembers_received_mails(rig: Rig) -> None:
    await rig.read(chat(message_id="m1@example.net"))

    assert rig.threads.reply_headers(str(BOB_ADDRESS))[0] == "m1@example.net"


async def test_our_copy_maps_to_the_chat_partner_and_our_origin_id(rig: Rig) -> None:
    raw = chat("Hi Bob", sender=ME, to=[BOB], message_id=OUR_ID)

    (message,) = await rig.read_all(raw)

    assert message.peer == BOB_ADDRESS
    assert message.sender == OWN
    assert message.outgoing
    assert message.origin_id == ORIGIN  # the same message the core stored
    assert message.remote_id == OUR_ID
    assert rig.sink.presences == []


async def test_a_note_to_self_stays_in_our_own_chat(rig: Rig) -> None:
    (message,) = await rig.read_all(chat("milk", sender=ME, to=[ME], message_id=OUR_ID))

    assert message.peer == OWN
    assert message.outgoing
    assert rig.sink.contacts == []  # we are not our own contact


async def test_a_mail_without_message_id_gets_a_stable_one(rig: Rig) -> None:
    raw = chat().replace(b"Message-ID: <m1@example.net>\r\n", b"")
    assert b"Message-ID" not in raw

    (first,) = await rig.read_all(raw)
    (again,) = await rig.read_all(raw)  # e.g. after a resync

    digest = hashlib.sha256(raw).hexdigest()[:32]
    assert first.origin_id == f"{digest}@nomessageid.invalid"
    assert again.origin_id == first.origin_id


async def test_a_mail_without_text_is_not_stored(rig: Rig) -> None:
    assert await rig.read_all(chat("   ")) == []


async def test_an_encrypted_mail_is_shown_as_a_placeholder(rig: Rig) -> None:
    msg = base_message(
        sender=BOB,
        to=[ME],
        message_id="enc@example.net",
        date=NOW - timedelta(minutes=1),
        subject="...",
    )
    msg["Chat-Version"] = "1.0"
    msg.set_content("-----BEGIN PGP MESSAGE-----\n\nhQEMA\n-----END PGP MESSAGE-----\n")
    msg.make_mixed()
    msg.set_type("multipart/encrypted")
    msg.set_param("protocol", "application/pgp-encrypted")

    (message,) = await rig.read_all(msg.as_bytes(policy=SMTP))

    assert message.body == ENCRYPTED_TEXT


# ------------------------------------------------------------------ classic mail


async def test_classic_mail_from_a_stranger_stays_in_the_mailbox(rig: Rig) -> None:
    assert await rig.read_all(classic()) == []
    assert rig.sink.contacts == []


async def test_classic_mail_from_a_contact_is_shown_with_its_subject(
    rig: Rig,
) -> None:
    rig.state.contacts.add(BOB_ADDRESS)

    (message,) = await rig.read_all(classic("See you at 8.", subject="Dinner"))

    assert message.body == "Dinner\n\nSee you at 8."
    assert message.peer == BOB_ADDRESS
    assert not message.outgoing


async def test_a_strangers_classic_reply_to_our_chat_is_shown(rig: Rig) -> None:
    # Bob answers our chat message from an ordinary mail client.
    raw = classic("Sure!", subject="Re: Message from Me", in_reply_to=OUR_ID)

    (message,) = await rig.read_all(raw)

    assert message.body == "Sure!"  # no "Re: ..." subject line in a chat
    assert message.peer == BOB_ADDRESS


async def test_is_chat_reply_knows_our_ids_threads_and_groups(rig: Rig) -> None:
    rig.threads.add(str(BOB_ADDRESS), "t1@example.net")
    group = rig.groups.create(GROUP_ID, "Hiking", [BOB.address])
    rig.groups.remember(group, "g1@example.net")

    assert rig.reader.is_chat_reply([OUR_ID])
    assert rig.reader.is_chat_reply(["x@example.net", "t1@example.net"])
    assert rig.reader.is_chat_reply(["g1@example.net"])
    assert not rig.reader.is_chat_reply(["unrelated@example.net"])
    assert not rig.reader.is_chat_reply([f"{ORIGIN}@other.example"])
    assert not rig.reader.is_chat_reply([])


# ------------------------------------------------------------------ dropped


async def test_a_blocked_sender_is_dropped(rig: Rig) -> None:
    rig.state.blocked.add(BOB_ADDRESS)

    await rig.read(chat())
    await rig.reader.flush()

    assert rig.sink.calls == []


async def test_our_copy_to_a_blocked_contact_is_still_stored(rig: Rig) -> None:
    rig.state.blocked.add(BOB_ADDRESS)

    (message,) = await rig.read_all(chat(sender=ME, to=[BOB], message_id=OUR_ID))

    assert message.outgoing


@pytest.mark.parametrize(
    "edit",
    [
        lambda raw: raw.replace(b"From: Bob <bob@example.net>\r\n", b""),
        lambda raw: raw.replace(
            b"From: Bob <bob@example.net>",
            b"From: Bob <bob@example.net>, Carol <carol@example.net>",
        ),
        lambda raw: raw.replace(
            b"From: Bob <bob@example.net>",
            b"From: Bob <bob@example.net>\r\nFrom: Mallory <m@evil.example>",
        ),
        lambda raw: raw.replace(b"From: Bob <bob@example.net>", b"From: Bob"),
    ],
    ids=["no From", "two mailboxes", "two From headers", "no address"],
)
async def test_a_mail_without_one_clean_sender_is_dropped(
    rig: Rig, caplog: pytest.LogCaptureFixture, edit: object
) -> None:
    raw = edit(chat())  # type: ignore[operator]

    await rig.read(raw, uid=7)
    await rig.reader.flush()

    assert rig.sink.calls == []
    assert "DeltaChat/7 dropped" in caplog.text


# ------------------------------------------------------------------ edits


async def test_an_edit_corrects_the_senders_message(rig: Rig) -> None:
    await rig.read(chat("Hello Alcie", message_id="m1@example.net"))
    raw = build_edit(
        sender=BOB,
        to=[ME],
        message_id="e1@example.net",
        date=NOW,
        target="m1@example.net",
        text="Hello Alice",
    )

    await rig.read(raw)

    assert rig.sink.corrections == [
        {
            "peer": BOB_ADDRESS,
            "sender": BOB_ADDRESS,
            "replaces_id": "m1@example.net",
            "body": "Hello Alice",
            "outgoing": False,
        }
    ]
    # The original (read in the same batch) was stored before its correction.
    assert rig.sink.calls[-2:] == ["messages_received", "message_corrected"]


async def test_our_edit_from_another_device_names_our_origin_id(rig: Rig) -> None:
    raw = build_edit(
        sender=ME,
        to=[BOB],
        message_id=mail_id("11111111-2222-4333-8444-555555555555", OWN.domain),
        date=NOW,
        target=OUR_ID,
        text="typo fixed",
    )

    await rig.read(raw)

    (correction,) = rig.sink.corrections
    assert correction["peer"] == BOB_ADDRESS
    assert correction["sender"] == OWN
    assert correction["replaces_id"] == ORIGIN
    assert correction["outgoing"] is True


# ------------------------------------------------------------------ reports


async def test_a_read_receipt_marks_our_messages_read(rig: Rig) -> None:
    other = mail_id("99999999-8888-4777-8666-555555555555", OWN.domain)
    raw = build_read_receipt(
        sender=BOB,
        to=str(OWN),
        message_id="r1@example.net",
        date=NOW,
        original_message_id=OUR_ID,
        additional_message_ids=[other],
    )

    await rig.read(raw)

    assert rig.sink.states == [
        {
            "peer": BOB_ADDRESS,  # who says so: the core checks it was sent to Bob
            "origin_id": origin,
            "state": DeliveryState.READ,
            "error": "",
            "up_to": True,
        }
        for origin in (ORIGIN, other.partition("@")[0])
    ]
    assert rig.sink.messages == []


async def test_our_own_read_receipt_from_another_device_changes_nothing(
    rig: Rig,
) -> None:
    raw = build_read_receipt(
        sender=ME,
        to=BOB.address,
        message_id="r2@example.org",
        date=NOW,
        original_message_id="m1@example.net",
    )

    await rig.read(raw)

    assert rig.sink.states == []


async def test_a_delivery_failure_report_fails_our_message(rig: Rig) -> None:
    ours = chat("Are you there?", sender=ME, to=[BOB], message_id=OUR_ID)
    reason = "550 5.1.1 <bob@example.net>: User unknown"

    await rig.read(bounce(ours, reason))

    assert rig.sink.states == [
        {
            "peer": OWN,  # a report from the mail system, about our own message
            "origin_id": ORIGIN,
            "state": DeliveryState.FAILED,
            "error": reason,
            "up_to": False,
        }
    ]
    assert rig.sink.messages == []


# ------------------------------------------------------------------ presence


async def test_presence_of_a_fresh_mail_is_reported(rig: Rig) -> None:
    raw = chat(
        date=NOW - timedelta(minutes=2),
        presence=Presence(show=Show.AWAY, status="At lunch"),
    )

    await rig.read(raw)

    assert rig.sink.presences == [
        PresenceUpdate(address=BOB_ADDRESS, show=Show.AWAY, status="At lunch")
    ]


async def test_a_status_without_show_means_available(rig: Rig) -> None:
    await rig.read(chat(presence=Presence(status="Working from home")))

    assert rig.sink.presences == [
        PresenceUpdate(
            address=BOB_ADDRESS, show=Show.AVAILABLE, status="Working from home"
        )
    ]


async def test_presence_of_an_old_mail_is_history_not_presence(rig: Rig) -> None:
    raw = chat(
        date=NOW - PRESENCE_FRESH - timedelta(minutes=1),
        presence=Presence(show=Show.AWAY, status="On holiday"),
    )

    (message,) = await rig.read_all(raw)

    assert rig.sink.presences == []
    assert message.body == "Hello!"  # the status is no part of the text


# ------------------------------------------------------------------ receipts


async def test_a_requested_read_receipt_is_remembered_per_peer(rig: Rig) -> None:
    await rig.read(chat(message_id="m1@example.net", request_read_receipt=True))
    await rig.read(chat(message_id="m2@example.net"))
    await rig.read(chat(message_id="m3@example.net", request_read_receipt=True))

    assert rig.state.wanted_receipts == {
        BOB_ADDRESS: ["m1@example.net", "m3@example.net"]
    }


async def test_remembered_receipts_are_capped_to_the_newest(rig: Rig) -> None:
    ids = [f"m{n}@example.net" for n in range(MAX_WANTED + 5)]
    for n, message_id in enumerate(ids):
        await rig.read(chat(message_id=message_id, request_read_receipt=True), uid=n)

    assert rig.state.wanted_receipts[BOB_ADDRESS] == ids[-MAX_WANTED:]


async def test_our_own_mails_want_no_receipt_from_us(rig: Rig) -> None:
    raw = chat(sender=ME, to=[BOB], message_id=OUR_ID, request_read_receipt=True)

    await rig.read(raw)

    assert rig.state.wanted_receipts == {}


# ------------------------------------------------------------------ attachments


async def test_an_attachment_is_saved_under_the_dir_and_named_in_the_text(
    rig: Rig,
) -> None:
    data = b"\x89PNG not really"
    raw = chat("Look", attachments=[OutgoingFile(filename="photo.png", data=data)])

    (message,) = await rig.read_all(raw)

    path = rig.attachments / hashlib.sha256(data).hexdigest()[:16] / "photo.png"
    assert path.read_bytes() == data
    assert message.body == f"Look\n📎 photo.png ({len(data)} B): {path}"


@pytest.mark.parametrize(
    "hostile",
    ["../../../../tmp/evil.sh", "/etc/passwd", "..%2F..%2Fevil", "CON.txt", "..\\x"],
)
async def test_a_hostile_file_name_stays_under_the_attachments_dir(
    rig: Rig, hostile: str
) -> None:
    data = b"#!/bin/sh\necho pwned\n"
    raw = chat(attachments=[OutgoingFile(filename="placeholder.txt", data=data)])
    raw = raw.replace(b'filename="placeholder.txt"', f'filename="{hostile}"'.encode())

    (message,) = await rig.read_all(raw)

    (saved,) = [p for p in rig.attachments.rglob("*") if p.is_file()]
    assert saved.resolve().is_relative_to(rig.attachments.resolve())
    assert saved.parent.parent == rig.attachments
    assert saved.read_bytes() == data
    assert str(saved) in message.body
    assert not saved.name.startswith(".")


async def test_the_same_file_twice_is_kept_once(rig: Rig) -> None:
    file = OutgoingFile(filename="notes.txt", data=b"same")
    await rig.read(chat(message_id="m1@example.net", attachments=[file]))
    await rig.read(chat(message_id="m2@example.net", attachments=[file]))
    await rig.reader.flush()

    assert len([p for p in rig.attachments.rglob("*") if p.is_file()]) == 1
    assert len(rig.sink.messages) == 2


async def test_an_attachment_over_the_cap_is_left_in_the_mailbox(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(incoming, "MAX_ATTACHMENT_BYTES", 10)
    raw = chat("Big", attachments=[OutgoingFile(filename="big.bin", data=b"x" * 50)])

    (message,) = await rig.read_all(raw)

    assert message.body == "Big\n📎 big.bin (50 B, too big: left in the mailbox)"
    assert not rig.attachments.exists()


async def test_a_big_mail_is_parsed_in_a_thread_with_the_same_result(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(incoming, "THREAD_PARSE_BYTES", 10)
    calls: list[object] = []
    real = asyncio.to_thread

    async def spy(func: Callable[..., T], /, *args: object, **kwargs: object) -> T:
        calls.append(func)
        return await real(func, *args, **kwargs)

    monkeypatch.setattr(asyncio, "to_thread", spy)

    (message,) = await rig.read_all(chat("parsed off the loop"))

    assert calls == [parse_mail]
    assert message.body == "parsed off the loop"


# ------------------------------------------------------------------ groups


async def test_a_group_mail_lands_in_the_group_listed_once(rig: Rig) -> None:
    group = ChatGroup(name="Hiking", id=GROUP_ID)
    for n in (1, 2):
        raw = chat(
            f"Group {n}", to=[ME, CAROL], message_id=f"g{n}@example.net", group=group
        )
        await rig.read(raw)
    await rig.reader.flush()

    first, second = rig.sink.messages
    assert first.peer == Address(GROUP_ID, GROUP_DOMAIN)
    assert first.conversation_kind is ConversationKind.GROUP
    assert first.sender == BOB_ADDRESS
    assert second.peer == first.peer
    listed = [c for c in rig.sink.contacts if c.address == first.peer]
    assert listed == [Contact(account_id=ACCOUNT, address=first.peer, name="Hiking")]


async def test_a_strangers_group_mail_does_not_change_the_members(rig: Rig) -> None:
    created = rig.groups.create(GROUP_ID, "Hiking", [BOB.address, CAROL.address])
    mallory = Mailbox(address="mallory@evil.example", name="Mallory")
    raw = chat(
        "I am in charge now",
        sender=mallory,
        to=[ME],
        message_id="x1@evil.example",
        group=ChatGroup(name="Mallory's group", id=GROUP_ID),
    )

    await rig.read(raw)

    assert created.name == "Hiking"
    assert created.members == [BOB.address, CAROL.address]


# ------------------------------------------------------------------ batching


async def test_messages_are_stored_in_batches(rig: Rig) -> None:
    for n in range(BATCH - 1):
        await rig.read(chat(f"n{n}", message_id=f"m{n}@example.net"), uid=n)
    assert rig.sink.batches == []

    await rig.read(chat("last of the batch", message_id="full@example.net"))

    assert [len(b) for b in rig.sink.batches] == [BATCH]
    assert [m.body for m in rig.sink.batches[0]][-2:] == [
        f"n{BATCH - 2}",
        "last of the batch",
    ]


async def test_flush_stores_what_was_read_and_nothing_twice(rig: Rig) -> None:
    await rig.read(chat("one", message_id="m1@example.net"))
    await rig.read(chat("two", message_id="m2@example.net"))

    await rig.reader.flush()
    await rig.reader.flush()

    assert [[m.body for m in b] for b in rig.sink.batches] == [["one", "two"]]


# ------------------------------------------------------------------ order


async def test_a_reply_in_the_same_second_is_kept_after_what_it_answers(
    rig: Rig,
) -> None:
    """Date has whole seconds: a quick answer must not sort before its question."""
    second = NOW.replace(microsecond=0) - timedelta(minutes=1)
    (question,) = await rig.read_all(
        build_chat_message(
            sender=BOB,
            to=[ME],
            message_id="q@example.net",
            date=second,
            text="Coming?",
        )
    )
    (answer,) = await rig.read_all(
        build_chat_message(
            sender=ME,
            to=[BOB],
            message_id=OUR_ID,
            date=second - timedelta(seconds=1),  # our clock is a little behind
            text="Yes!",
            in_reply_to="q@example.net",
            references=["q@example.net"],
        )
    )
    assert answer.timestamp > question.timestamp
    # A mail that answers nothing known keeps its own date.
    (other,) = await rig.read_all(
        chat("Unrelated", message_id="u@example.net", date=second)
    )
    assert other.timestamp == second
