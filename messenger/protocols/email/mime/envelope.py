# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""What a received mail's header section says: who, to whom, when, which
thread, which chat headers.

Identity is strict: the sender is the one mailbox of the one ``From`` header,
or nobody (``Sender`` and ``Reply-To`` never count). A read receipt is only
ever owed to that same address. Chat headers count only in chat mails.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.message import Message

from messenger.core.intake import MAX_CLOCK_SKEW
from messenger.core.intake import sanitize_timestamp
from messenger.core.model import Show
from messenger.protocols.email.mime.build import GROUP_ID
from messenger.protocols.email.mime.build import MAX_STATUS
from messenger.protocols.email.mime.headers import MAX_HEADER_INPUT
from messenger.protocols.email.mime.headers import MAX_NAME
from messenger.protocols.email.mime.headers import MAX_SUBJECT
from messenger.protocols.email.mime.headers import clean_text
from messenger.protocols.email.mime.headers import first_id
from messenger.protocols.email.mime.headers import header_text
from messenger.protocols.email.mime.headers import parse_date
from messenger.protocols.email.mime.headers import parse_ids
from messenger.protocols.email.mime.headers import parse_mailboxes
from messenger.protocols.email.mime.model import ChatGroup
from messenger.protocols.email.mime.model import Mailbox
from messenger.protocols.email.mime.model import MailKind
from messenger.protocols.email.mime.model import Note
from messenger.protocols.email.mime.model import ParsedMail
from messenger.protocols.email.mime.model import Problem

MAX_AUTOCRYPT = 20_000
MAX_MEMBERS = 500
_SHOWS = {s.value: s for s in Show}
_GROUP_IN_ID = re.compile(r"^Gr\.([A-Za-z0-9_-]{11,32})\.")


def read_envelope(
    msg: Message, hidden: Message | None, own: str, now: datetime, notes: set[Note]
) -> tuple[ParsedMail, Show | None]:
    """The header fields of ``msg`` as a ``ParsedMail`` (kind still to be
    decided) and the ``Chat-Presence`` show. ``hidden`` is the first part of a
    ``multipart/mixed``, where Delta Chat puts some headers; ``own`` is the
    account's address, case-folded; repairs go to ``notes``."""
    envelope = _Envelope(own, now, notes)
    mail = envelope.read(msg, hidden)
    return mail, envelope.show


class _Envelope:
    def __init__(self, own: str, now: datetime, notes: set[Note]) -> None:
        self.own = own
        self.now = now
        self.notes = notes
        self.show: Show | None = None
        self.head = _Headers(None)

    def read(self, msg: Message, hidden: Message | None) -> ParsedMail:
        """Everything the header sections say (``hidden``: the first part of a
        ``multipart/mixed``, where Delta Chat puts some headers)."""
        head = self.head = _Headers(msg)
        inner = _Headers(hidden)
        sender, problem = self._sender()
        chat_version = clean_text(head.get("Chat-Version"), 16)
        chat = bool(chat_version)
        in_reply_to = first_id(head.get("In-Reply-To"))
        references = parse_ids(head.get("References"))
        message_id = first_id(inner.get("Message-ID") or head.get("Message-ID"))
        self.show = _SHOWS.get(head.get("Chat-Presence").strip().lower())
        thread = [message_id, in_reply_to, *references]
        edit = inner.get("Chat-Edit") or head.get("Chat-Edit")
        delete = inner.get("Chat-Delete") or head.get("Chat-Delete")
        return ParsedMail(
            kind=MailKind.CLASSIC,
            date=self._date(head.get("Date")),
            problem=problem,
            sender=sender,
            outgoing=sender is not None and sender.address.casefold() == self.own,
            to=self._mailboxes("To"),
            cc=self._mailboxes("Cc"),
            message_id=message_id,
            in_reply_to=in_reply_to,
            references=references,
            subject=header_text(head.get("Subject"), MAX_SUBJECT),
            chat_version=chat_version,
            group=self._group(thread) if chat else None,
            edit_of=first_id(edit) if chat else "",
            deletes=parse_ids(delete) if chat else (),
            receipt_to=self._receipt_to(sender),
            autocrypt=_autocrypt(head.get("Autocrypt")),
            auto_submitted=head.get("Auto-Submitted").strip().lower() not in {"", "no"},
            list_id=header_text(head.get("List-Id"), 300),
        )

    def _sender(self) -> tuple[Mailbox | None, Problem | None]:
        values = self.head.all("From")
        if len(values) != 1:
            return None, Problem.MULTIPLE_SENDERS if values else Problem.NO_SENDER
        if len(values[0]) > MAX_HEADER_INPUT:
            return None, Problem.BAD_SENDER
        boxes, dropped, names_dropped = parse_mailboxes(values[0])
        if len(boxes) > 1:
            problem = Problem.MULTIPLE_SENDERS
        elif dropped:
            problem = Problem.BAD_SENDER
        elif not boxes:
            problem = Problem.NO_SENDER
        else:
            if names_dropped:
                self.notes.add(Note.NAME_DROPPED)
            return boxes[0], None
        return None, problem

    def _mailboxes(self, name: str) -> tuple[Mailbox, ...]:
        values = self.head.all(name)
        if not values:
            return ()
        boxes, dropped, names_dropped = parse_mailboxes(", ".join(values))
        if dropped:
            self.notes.add(Note.RECIPIENTS_DROPPED)
        if names_dropped:
            self.notes.add(Note.NAME_DROPPED)
        return tuple(boxes)

    def _date(self, value: str) -> datetime:
        stamp = parse_date(value)
        date = sanitize_timestamp(stamp, self.now)
        if stamp is None or date != stamp:
            self.notes.add(Note.DATE_REPLACED)
        return date

    def _receipt_to(self, sender: Mailbox | None) -> str:
        """Receipts go to the sender's own address only: otherwise any mail
        could make us send MDNs to a third party."""
        value = self.head.get("Chat-Disposition-Notification-To")
        if not value:
            return ""
        boxes = parse_mailboxes(value[:MAX_HEADER_INPUT])[0]
        own = sender.address.casefold() if sender is not None else None
        if len(boxes) == 1 and boxes[0].address.casefold() == own:
            return boxes[0].address
        self.notes.add(Note.RECEIPT_ADDRESS_IGNORED)
        return ""

    def _group(self, thread: list[str]) -> ChatGroup | None:
        head = self.head
        name = header_text(head.get("Chat-Group-Name"), MAX_NAME)
        group_id = head.get("Chat-Group-ID").strip()
        if not name and not group_id:
            return None
        if not GROUP_ID.fullmatch(group_id):
            ids = (_GROUP_IN_ID.match(i) for i in thread)
            group_id = next((m.group(1) for m in ids if m), "")
        limit = int((self.now + MAX_CLOCK_SKEW).timestamp())
        stamps = head.get("Chat-Group-Member-Timestamps").split()[:MAX_MEMBERS]
        past = parse_mailboxes(head.get("Chat-Group-Past-Members"), MAX_MEMBERS)[0]
        return ChatGroup(
            name=name,
            id=group_id,
            description=header_text(head.get("Chat-Group-Description"), MAX_STATUS),
            member_timestamps=tuple(
                min(int(s[:12]), limit) for s in stamps if s.isdigit()
            ),
            past_members=tuple(b.address for b in past),
            member_added=_one_address(head.get("Chat-Group-Member-Added")),
            member_removed=_one_address(head.get("Chat-Group-Member-Removed")),
            old_name=header_text(head.get("Chat-Group-Name-Changed"), MAX_NAME),
        )


class _Headers:
    """A header section as a dict: ``Message.get`` scans all headers on every
    call, and a mail is asked for some thirty of them."""

    def __init__(self, msg: Message | None) -> None:
        self.fields: dict[str, list[str]] = {}
        for name, value in msg.items() if msg is not None else ():
            if isinstance(value, str):
                self.fields.setdefault(name.lower(), []).append(value)

    def get(self, name: str) -> str:
        """The first header ``name`` ("" when absent)."""
        values = self.fields.get(name.lower())
        return values[0] if values else ""

    def all(self, name: str) -> list[str]:
        return self.fields.get(name.lower(), [])


def _one_address(value: str) -> str:
    boxes = parse_mailboxes(value[:MAX_HEADER_INPUT])[0] if value else []
    return boxes[0].address if len(boxes) == 1 else ""


def _autocrypt(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= MAX_AUTOCRYPT and value.isprintable() else ""
