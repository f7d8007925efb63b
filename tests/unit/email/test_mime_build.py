# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Building chat mails: headers, structure, header injection, round trips."""

from __future__ import annotations

import email
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from email.message import EmailMessage
from email.policy import default
from typing import Any

import pytest

from messenger.core.model import Show
from messenger.protocols.email.mime import ChatGroup
from messenger.protocols.email.mime import Mailbox
from messenger.protocols.email.mime import MailBuildError
from messenger.protocols.email.mime import MailKind
from messenger.protocols.email.mime import Note
from messenger.protocols.email.mime import OutgoingFile
from messenger.protocols.email.mime import ParsedMail
from messenger.protocols.email.mime import Presence
from messenger.protocols.email.mime import build_chat_message
from messenger.protocols.email.mime import build_deletion
from messenger.protocols.email.mime import build_edit
from messenger.protocols.email.mime import build_reaction
from messenger.protocols.email.mime import build_read_receipt
from messenger.protocols.email.mime import new_group_id
from messenger.protocols.email.mime import new_message_id
from messenger.protocols.email.mime import parse_mail

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
ALICE = Mailbox(address="alice@example.org", name="Alice Ärger")
BOB = Mailbox(address="bob@example.net", name="Bob")
CAROL = Mailbox(address="carol@example.com")
MID = "Mr.abcdefghijk.lmnopqrstuv@example.org"


def received(raw: bytes, *, own: str = BOB.address) -> ParsedMail:
    return parse_mail(raw, own_address=own, max_attachment_bytes=1 << 20, now=NOW)


def headers(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=default)
    assert isinstance(msg, EmailMessage)
    return msg


def chat(text: str = "Hello", **kwargs: Any) -> bytes:
    arguments: dict[str, Any] = {
        "sender": ALICE,
        "to": [BOB],
        "message_id": MID,
        "date": NOW,
        "text": text,
    }
    arguments.update(kwargs)
    return build_chat_message(**arguments)


# ------------------------------------------------------------------ headers


def test_a_chat_message_has_the_delta_chat_headers() -> None:
    raw = chat(in_reply_to="p1@example.net", references=["p0@x", "p1@example.net"])
    msg = headers(raw)

    assert msg["Chat-Version"] == "1.0"
    assert msg["Subject"] == "Message from Alice Ärger"
    assert msg["From"] == "Alice Ärger <alice@example.org>"
    assert msg["To"] == "Bob <bob@example.net>"
    assert msg["Message-ID"] == f"<{MID}>"
    assert msg["In-Reply-To"] == "<p1@example.net>"
    assert msg["References"] == "<p0@x> <p1@example.net>"
    assert msg["Date"] == "Wed, 01 May 2024 12:00:00 +0000"
    assert msg.get_content_type() == "text/plain"
    assert msg.get_param("format") == "flowed"
    assert msg.get_content_charset() == "utf-8"
    assert msg["Content-Transfer-Encoding"] == "quoted-printable"
    assert "Chat-Disposition-Notification-To" not in msg
    assert raw.isascii()  # 7-bit clean: no 8BITMIME needed anywhere


def test_the_date_goes_out_in_utc() -> None:
    local = datetime(2024, 5, 1, 14, 0, tzinfo=timezone(timedelta(hours=2)))
    assert headers(chat(date=local))["Date"] == "Wed, 01 May 2024 12:00:00 +0000"


def test_a_reply_names_its_parent_in_references_too() -> None:
    assert headers(chat(in_reply_to="p1@x"))["References"] == "<p1@x>"


def test_read_receipts_are_requested_to_the_own_address() -> None:
    msg = headers(chat(request_read_receipt=True))
    assert msg["Chat-Disposition-Notification-To"] == "alice@example.org"


def test_presence_travels_as_a_header_and_the_status_as_the_footer() -> None:
    raw = chat("Hi", presence=Presence(show=Show.DND, status="In a meeting"))
    msg = headers(raw)

    assert msg["Chat-Presence"] == "dnd"
    body = msg.get_content()
    assert isinstance(body, str)
    assert body.replace("\r\n", "\n") == "Hi\n\n-- \nIn a meeting\n"


def test_the_subject_and_name_fall_back_to_the_address() -> None:
    raw = chat(sender=Mailbox(address="alice@example.org"))
    assert headers(raw)["Subject"] == "Message from alice@example.org"


def test_long_lines_are_wrapped_flowed_and_kept_7bit() -> None:
    text = "word " * 60 + "end"
    raw = chat(text)
    body = headers(raw).get_content()
    assert isinstance(body, str)
    lines = body.replace("\r\n", "\n").rstrip("\n").split("\n")

    assert len(lines) > 1
    assert all(len(line) <= 73 for line in lines)
    assert all(line.endswith(" ") for line in lines[:-1])  # soft breaks
    assert received(raw).text == text


def test_a_text_line_cannot_pass_as_the_signature_separator() -> None:
    # Delta Chat also takes a bare "--" between a blank and a text line for one.
    raw = chat("first\n\n--\nnot a signature\n-- \nnor this")
    body = headers(raw).get_content()
    assert isinstance(body, str)
    lines = body.replace("\r\n", "\n").split("\n")
    assert not {"--", "-- ", "--  "} & set(lines)
    mail = received(raw)
    assert mail.text == "first\n\n--\nnot a signature\n--\nnor this"
    assert mail.footer == ""


# ------------------------------------------------------------------ ids


def test_new_message_ids_are_unique_and_delta_chat_like() -> None:
    ids = {new_message_id("example.org") for _ in range(1000)}

    assert len(ids) == 1000
    for message_id in ids:
        prefix, first, rest = message_id.split(".", 2)
        assert prefix == "Mr"
        assert len(first) == 11
        assert rest.endswith("@example.org")


def test_group_message_ids_carry_the_group_id() -> None:
    group_id = new_group_id()
    message_id = new_message_id("example.org", group_id=group_id)
    assert message_id.startswith(f"Gr.{group_id}.")
    assert 11 <= len(group_id) <= 32


@pytest.mark.parametrize("domain", ["", "bad domain", "x\r\ny", "ex@mple"])
def test_a_bad_domain_gives_a_localhost_id(domain: str) -> None:
    assert new_message_id(domain).endswith("@localhost")


# ------------------------------------------------------------------ refusals


@pytest.mark.parametrize(
    "arguments",
    [
        {"sender": Mailbox(address="not an address")},
        {"sender": Mailbox(address="alice@example.org\r\nBcc: x@y")},
        {"to": [Mailbox(address="bob@example.net>, eve@evil.example")]},
        {"to": []},
        {"message_id": "has space@x"},
        {"message_id": "a@b>\r\nBcc: eve@evil.example"},
        {"in_reply_to": "<a@b> <c@d>"},
        {"references": ["ok@x", "bad\n@x"]},
        {"group": ChatGroup(name="G", id="short")},
        {"group": ChatGroup(name="G", member_timestamps=(1, 2))},
        {"group": ChatGroup(name="G", member_added="nobody")},
        {"to": [Mailbox(address="jörg@example.org")]},
    ],
)
def test_malformed_addresses_and_ids_are_refused(arguments: dict[str, Any]) -> None:
    with pytest.raises(MailBuildError):
        chat(**arguments)


def test_internationalised_domains_go_out_as_idna() -> None:
    raw = chat(to=[Mailbox(address="bob@bücher.example")])
    assert headers(raw)["To"] == "bob@xn--bcher-kva.example"


# ------------------------------------------------------------------ injection


def test_names_and_subjects_cannot_inject_headers() -> None:
    evil = "Eve\r\nBcc: victim@example.org\r\n\r\nbody"
    raw = chat(
        sender=Mailbox(address="alice@example.org", name=evil),
        to=[Mailbox(address="bob@example.net", name=evil)],
        subject="Hi\nBcc: victim@example.org",
        group=ChatGroup(name="G\r\nX-Evil: 1", old_name="\nX-Evil: 2"),
        presence=Presence(status="away\r\nX-Evil: 3"),
    )
    msg = headers(raw)

    assert "Bcc" not in msg
    assert "X-Evil" not in msg
    assert b"\nBcc:" not in raw
    assert b"\nX-Evil:" not in raw
    assert len(msg.get_all("Subject") or []) == 1
    mail = received(raw)
    # The flattened name shows another address: dropped on arrival as well.
    assert mail.sender == Mailbox(address="alice@example.org")
    assert Note.NAME_DROPPED in mail.notes
    assert mail.subject == "Hi Bcc: victim@example.org"
    assert mail.group is not None
    assert mail.group.name == "G X-Evil: 1"
    assert mail.presence is not None
    assert mail.presence.status == "away X-Evil: 3"


def test_nul_and_control_characters_never_reach_a_header() -> None:
    raw = chat(
        sender=Mailbox(address="alice@example.org", name="A\x00l\x1bi\x7fce"),
        subject="S\x00u\x0bb",
    )
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert not any(byte < 32 and byte not in (9, 10, 13) for byte in head)
    assert b"\r\n\r\n" not in head
    assert received(raw).sender == Mailbox(address="alice@example.org", name="A l i ce")


def test_a_file_name_cannot_inject_headers_or_paths() -> None:
    files = [OutgoingFile(filename="../x\r\nBcc: e@x.org.txt", data=b"data")]
    raw = chat(attachments=files)
    assert b"\nBcc:" not in raw
    [attachment] = received(raw).attachments
    assert attachment.filename == "xBcc_ e@x.org.txt"


# ------------------------------------------------------------------ groups


def test_group_messages_carry_the_group_headers() -> None:
    group = ChatGroup(
        name="Climbing 🧗",
        description="Sundays at the wall",
        member_timestamps=(1714550000, 1714550001),
        past_members=("dave@example.org",),
    )
    with pytest.raises(MailBuildError):  # one timestamp for each of the 3
        chat(to=[BOB, CAROL], group=group)
    group = ChatGroup(
        name=group.name,
        description=group.description,
        member_timestamps=(1714550000, 1714550001, 1714550002),
        past_members=group.past_members,
    )
    msg = headers(chat(to=[BOB, CAROL], group=group))

    assert msg["Chat-Group-Name"] == "Climbing 🧗"
    assert msg["Subject"] == "Climbing 🧗"
    assert msg["To"] == "Bob <bob@example.net>, carol@example.com"
    assert msg["Chat-Group-Member-Timestamps"] == "1714550000 1714550001 1714550002"
    assert msg["Chat-Group-Past-Members"] == "dave@example.org"
    assert msg["Chat-Group-Description"] == "Sundays at the wall"
    assert "Chat-Group-ID" not in msg  # an unencrypted ad hoc group, as Delta Chat's


def test_a_group_with_an_id_sends_it() -> None:
    group_id = new_group_id()
    msg = headers(chat(group=ChatGroup(name="G", id=group_id)))
    assert msg["Chat-Group-ID"] == group_id


def test_member_changes_round_trip() -> None:
    added = ChatGroup(name="G", member_added="carol@example.com")
    removed = ChatGroup(name="G", member_removed="carol@example.com")
    renamed = ChatGroup(name="New", old_name="Old")
    for group in (added, removed, renamed):
        mail = received(chat("Something changed.", to=[BOB, CAROL], group=group))
        assert mail.kind is MailKind.GROUP_CHANGE
        assert mail.group == group
        assert mail.text == "Something changed."


# ------------------------------------------------------------------ other kinds


def test_an_edit_names_its_target_where_every_delta_chat_looks() -> None:
    raw = build_edit(
        sender=ALICE, to=[BOB], message_id=MID, date=NOW, target="old@x", text="Fixed"
    )
    msg = headers(raw)

    assert msg["Chat-Edit"] == "<old@x>"
    assert msg["In-Reply-To"] == "<old@x>"
    assert msg.get_content_type() == "multipart/mixed"
    first = next(iter(msg.iter_parts()))
    assert first["Chat-Edit"] == "<old@x>"  # Delta Chat's "hidden" header
    assert first.get_content_type() == "text/plain"
    mail = received(raw)
    assert (mail.kind, mail.edit_of, mail.text) == (MailKind.EDIT, "old@x", "Fixed")


def test_an_edit_needs_text() -> None:
    with pytest.raises(MailBuildError):
        build_edit(
            sender=ALICE, to=[BOB], message_id=MID, date=NOW, target="old@x", text=" "
        )


def test_a_deletion_names_every_target() -> None:
    raw = build_deletion(
        sender=ALICE, to=[BOB], message_id=MID, date=NOW, targets=["a@x", "b@x"]
    )
    msg = headers(raw)
    first = next(iter(msg.iter_parts()))

    assert msg["Chat-Delete"] == first["Chat-Delete"] == "<a@x> <b@x>"
    mail = received(raw)
    assert (mail.kind, mail.deletes) == (MailKind.DELETION, ("a@x", "b@x"))


def test_a_reaction_is_rfc9078() -> None:
    raw = build_reaction(
        sender=ALICE, to=[BOB], message_id=MID, date=NOW, target="t@x", reaction="👍 🎉"
    )
    msg = headers(raw)

    assert msg["Content-Disposition"] == "reaction"
    assert msg.get_content_type() == "text/plain"
    assert msg["In-Reply-To"] == "<t@x>"
    mail = received(raw)
    assert mail.kind is MailKind.REACTION
    assert mail.reaction is not None
    assert (mail.reaction.target, mail.reaction.emoji) == ("t@x", "👍 🎉")


def test_an_empty_reaction_withdraws() -> None:
    raw = build_reaction(
        sender=ALICE, to=[BOB], message_id=MID, date=NOW, target="t@x", reaction=""
    )
    mail = received(raw)
    assert mail.reaction is not None
    assert mail.reaction.emoji == ""


def test_a_read_receipt_is_an_mdn_as_delta_chat_sends_it() -> None:
    raw = build_read_receipt(
        sender=BOB,
        to="alice@example.org",
        message_id="r1@example.net",
        date=NOW,
        original_message_id=MID,
        additional_message_ids=["m2@example.org"],
    )
    msg = headers(raw)

    assert msg.get_content_type() == "multipart/report"
    assert msg.get_param("report-type") == "disposition-notification"
    assert msg["Chat-Version"] == "1.0"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["From"] == "bob@example.net"  # no name in receipts
    human, machine = list(msg.iter_parts())
    assert human.get_content_type() == "text/plain"
    assert machine.get_content_type() == "message/disposition-notification"
    fields = raw.decode().split("message/disposition-notification", 1)[1]
    assert f"Original-Message-ID: <{MID}>" in fields
    assert "Disposition: manual-action/MDN-sent-automatically; displayed" in fields
    mail = received(raw, own=ALICE.address)
    assert mail.kind is MailKind.READ_RECEIPT
    assert mail.read_receipt is not None
    assert mail.read_receipt.message_ids == (MID, "m2@example.org")
    assert mail.read_receipt.displayed


def test_the_autocrypt_hook_sees_the_finished_message() -> None:
    seen: list[EmailMessage] = []

    def hook(message: EmailMessage) -> EmailMessage:
        seen.append(message)
        message["Autocrypt"] = "addr=alice@example.org; keydata=AAAA"
        return message

    raw = chat(autocrypt=hook)

    assert seen[0]["Chat-Version"] == "1.0"
    assert received(raw).autocrypt == "addr=alice@example.org; keydata=AAAA"


# ------------------------------------------------------------------ round trips


def test_a_chat_message_round_trips() -> None:
    text = (
        "Grüße aus Köln 👋\n"
        "> this is not a quote\n"
        "From the start, spaces   inside stay\n"
        "  indented line\n"
        "--not a footer\n\n"
        "a very long line " * 12
    ).rstrip()
    files = [
        OutgoingFile(filename="photo.jpg", content_type="image/jpeg", data=b"\xff\xd8"),
        OutgoingFile(
            filename="Übersicht.pdf", content_type="application/pdf", data=b"%"
        ),
    ]
    raw = chat(
        text,
        to=[BOB, CAROL],
        in_reply_to="p@x",
        references=["o@x", "p@x"],
        request_read_receipt=True,
        presence=Presence(show=Show.AWAY, status="Back soon ☕"),
        attachments=files,
        group=ChatGroup(name="Friends", member_timestamps=(5, 6)),
    )
    mail = received(raw)

    assert mail.kind is MailKind.CHAT
    assert mail.problem is None
    assert mail.notes == frozenset()
    assert mail.sender == ALICE
    assert mail.to == (BOB, CAROL)
    assert mail.message_id == MID
    assert (mail.in_reply_to, mail.references) == ("p@x", ("o@x", "p@x"))
    assert mail.date == NOW
    assert mail.subject == "Friends"
    assert mail.text == text
    assert mail.quote == ""
    assert mail.receipt_to == ALICE.address
    assert mail.presence == Presence(show=Show.AWAY, status="Back soon ☕")
    assert mail.group == ChatGroup(name="Friends", member_timestamps=(5, 6))
    assert [(a.filename, a.content_type, a.data) for a in mail.attachments] == [
        ("photo.jpg", "image/jpeg", b"\xff\xd8"),
        ("Übersicht.pdf", "application/pdf", b"%"),
    ]
    assert not mail.outgoing
    assert received(raw, own="ALICE@example.org").outgoing


def test_an_empty_text_with_a_status_round_trips() -> None:
    mail = received(chat("", presence=Presence(status="Hi there")))
    assert (mail.text, mail.footer) == ("", "Hi there")
