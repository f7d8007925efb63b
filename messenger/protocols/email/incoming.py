# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Received mails to the core: messages, edits, receipts, presence, contacts.

``MailReader.read`` takes one mail as the IMAP sync hands it over (chat folder,
or a classic mail from INBOX when the user wants those) and reports what it
means through the account's sink. Identity comes from the parsed From only
(exactly one clean mailbox, see ``mime/parse.py``); a mail without one is
logged and dropped, never attributed to anyone. Peer text goes to the core as
text. Messages are collected and stored in batches: ``flush`` stores what was
read so far and returns once it is committed (the sync calls it before it saves
a folder's bookmark, so nothing read is ever skipped after a crash).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from messenger.core.interfaces import BackendSink
from messenger.core.interfaces import IncomingMessage
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import ConversationKind
from messenger.core.model import DeliveryState
from messenger.core.model import InvalidAddressError
from messenger.core.model import PresenceUpdate
from messenger.core.model import Show
from messenger.protocols.email.groups import Group
from messenger.protocols.email.groups import GroupBook
from messenger.protocols.email.ids import Stamps
from messenger.protocols.email.ids import Threads
from messenger.protocols.email.ids import is_ours
from messenger.protocols.email.ids import origin_of
from messenger.protocols.email.mime import Attachment
from messenger.protocols.email.mime import MailKind
from messenger.protocols.email.mime import ParsedMail
from messenger.protocols.email.mime import parse_mail

Logger = logging.Logger | logging.LoggerAdapter[logging.Logger]

# Mails bigger than this are parsed in a worker thread.
THREAD_PARSE_BYTES = 256 * 1024
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
# Presence in a mail older than this is history, not presence.
PRESENCE_FRESH = timedelta(minutes=30)
# Messages kept before a batch is stored (the core's intake batches too).
BATCH = 200
MAX_WANTED = 50
ENCRYPTED_TEXT = "[An encrypted message: messenger cannot read encrypted mail yet.]"


@dataclass(slots=True)
class ReaderState:
    """What the reader remembers between mails (kept as backend state)."""

    contacts: set[Address] = field(default_factory=set)
    blocked: set[Address] = field(default_factory=set)
    # Message-IDs per peer whose sender asked for a read receipt.
    wanted_receipts: dict[Address, list[str]] = field(default_factory=dict)


class MailReader:
    """Turns received mails into sink calls (see the module doc)."""

    def __init__(
        self,
        *,
        account_id: AccountId,
        own: Address,
        sink: BackendSink,
        threads: Threads,
        stamps: Stamps,
        groups: GroupBook,
        state: ReaderState,
        attachments_dir: Path,
        log: Logger,
        on_contacts_changed: Callable[[], Awaitable[None]],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._account_id = account_id
        self._own = own
        self._sink = sink
        self._threads = threads
        self._stamps = stamps
        self._groups = groups
        self._state = state
        self._attachments_dir = attachments_dir
        self._log = log
        self._on_contacts_changed = on_contacts_changed
        self._clock = clock
        self._pending: list[IncomingMessage] = []
        # Groups are listed like contacts (with their names) once known.
        self._announced = {g.key: g.name for g in groups.all()}

    # ------------------------------------------------------------ entry
    async def read(self, folder: str, uid: int, raw: bytes) -> None:
        now = self._clock()
        own = str(self._own)
        if len(raw) > THREAD_PARSE_BYTES:
            mail = await asyncio.to_thread(
                parse_mail,
                raw,
                own_address=own,
                max_attachment_bytes=MAX_ATTACHMENT_BYTES,
                now=now,
            )
        else:
            mail = parse_mail(
                raw, own_address=own, max_attachment_bytes=MAX_ATTACHMENT_BYTES, now=now
            )
        if mail.sender is None:
            self._log.warning(
                "mail %s/%d dropped: no single clean sender (%s)",
                folder,
                uid,
                mail.problem,
            )
            return
        try:
            sender = Address.parse(mail.sender.address).bare
        except InvalidAddressError:
            self._log.warning("mail %s/%d dropped: bad sender address", folder, uid)
            return
        if not mail.outgoing and sender in self._state.blocked:
            return
        if not mail.message_id:
            digest = hashlib.sha256(raw).hexdigest()[:32]
            mail = replace(mail, message_id=f"{digest}@nomessageid.invalid")
        await self._dispatch(mail, sender, now)
        if len(self._pending) >= BATCH:
            await self.flush()

    def is_chat_reply(self, referenced: Sequence[str]) -> bool:
        """Whether a mail referring to these Message-IDs answers one of our chats.

        Replies from ordinary mail clients carry no Chat-Version; they belong
        to the chat whose message they answer (In-Reply-To/References).
        """
        domain = self._own.domain
        return any(
            is_ours(i, domain) or self._threads.knows(i) or self._groups.by_thread([i])
            for i in referenced
        )

    async def flush(self) -> None:
        """Store the messages read so far; return once they are committed."""
        pending, self._pending = self._pending, []
        if pending:
            await self._sink.messages_received(pending)

    # ------------------------------------------------------------ kinds
    async def _dispatch(self, mail: ParsedMail, sender: Address, now: datetime) -> None:
        kind = mail.kind
        if kind in {MailKind.CHAT, MailKind.CLASSIC, MailKind.ENCRYPTED}:
            await self._message(mail, sender, now)
        elif kind is MailKind.EDIT and mail.edit_of:
            await self.flush()  # the original may be in this batch
            peer = await self._peer_of(mail, sender)
            if peer is not None:
                await self._sink.message_corrected(
                    peer=peer,
                    sender=sender,
                    replaces_id=origin_of(
                        mail.edit_of, own=mail.outgoing, domain=self._own.domain
                    ),
                    body=mail.text,
                    outgoing=mail.outgoing,
                )
        elif kind is MailKind.READ_RECEIPT and mail.read_receipt is not None:
            if mail.outgoing or not mail.read_receipt.displayed:
                return  # our own receipt from another device
            await self.flush()
            for message_id in mail.read_receipt.message_ids:
                await self._sink.message_state_changed(
                    peer=sender,
                    origin_id=origin_of(message_id, own=True, domain=self._own.domain),
                    state=DeliveryState.READ,
                    up_to=True,
                )
        elif kind is MailKind.DELIVERY_FAILURE and mail.delivery is not None:
            # Bounces come from our provider's mail system under any name, so
            # the sender cannot be checked; a forged one can only mark one of
            # our messages failed (the user may retry it).
            if not mail.delivery.message_id:
                return
            await self.flush()
            await self._sink.message_state_changed(
                peer=self._own,
                origin_id=origin_of(
                    mail.delivery.message_id, own=True, domain=self._own.domain
                ),
                state=DeliveryState.FAILED,
                error=mail.delivery.reason or "the mail could not be delivered",
            )
        else:
            # Reactions, deletions, group changes, other reports: the core has
            # no place for them yet; group changes still update the members.
            if mail.group is not None and not mail.outgoing:
                await self.announce(self._group_of(mail, sender))
            self._log.debug("mail of kind %s not shown", kind)

    async def _message(self, mail: ParsedMail, sender: Address, now: datetime) -> None:
        thread = (*mail.references, mail.in_reply_to)
        reply = mail.kind is MailKind.CLASSIC and self.is_chat_reply(
            [i for i in thread if i]
        )
        body = mail.text
        if mail.kind is MailKind.ENCRYPTED:
            body = ENCRYPTED_TEXT
        elif mail.kind is MailKind.CLASSIC and mail.subject and not reply:
            body = f"{mail.subject}\n\n{body}" if body else mail.subject
        files = [await self._save(a) for a in mail.attachments]
        body = "\n".join(part for part in (body, *files) if part)
        if not body.strip():
            return  # Delta Chat's sync and webxdc mails carry nothing to show
        kind = ConversationKind.DIRECT
        replied_group = self._groups.by_thread(thread) if reply else None
        if replied_group is not None:
            peer, kind = replied_group.address, ConversationKind.GROUP
            self._groups.remember(replied_group, mail.message_id)
        elif mail.group is not None:
            group = self._group_of(mail, sender)
            peer, kind = group.address, ConversationKind.GROUP
            self._groups.remember(group, mail.message_id)
            await self.announce(group)
        else:
            found = await self._peer_of(mail, sender)
            if found is None:
                return
            peer = found
        if kind is ConversationKind.DIRECT and not mail.outgoing:
            stranger = peer not in self._state.contacts
            if mail.kind is MailKind.CLASSIC and stranger and not reply:
                return  # classic mail from strangers stays in the mailbox only
            await self._know(peer, mail.sender.name if mail.sender else "")
            self._presence(mail, sender, now)
            if mail.receipt_to:
                wanted = self._state.wanted_receipts.setdefault(peer, [])
                wanted.append(mail.message_id)
                del wanted[:-MAX_WANTED]
        elif kind is ConversationKind.DIRECT:
            await self._know(peer, "")
        self._threads.add(str(peer), mail.message_id)
        written = self._stamps.after(thread, mail.date)
        self._stamps.note(mail.message_id, written)
        self._pending.append(
            IncomingMessage(
                peer=peer,
                sender=self._own if mail.outgoing else sender,
                body=body,
                timestamp=written,
                outgoing=mail.outgoing,
                conversation_kind=kind,
                origin_id=origin_of(
                    mail.message_id, own=mail.outgoing, domain=self._own.domain
                ),
                remote_id=mail.message_id,
            )
        )

    # ------------------------------------------------------------ helpers
    async def _peer_of(self, mail: ParsedMail, sender: Address) -> Address | None:
        """The chat partner: the sender, or for our own mails the recipient."""
        if not mail.outgoing:
            return sender
        for mailbox in (*mail.to, *mail.cc):
            try:
                address = Address.parse(mailbox.address).bare
            except InvalidAddressError:
                continue
            if address != self._own:
                return address
        return self._own  # a note to self

    def _group_of(self, mail: ParsedMail, sender: Address) -> Group:
        assert mail.group is not None
        members = [m.address for m in (*mail.to, *mail.cc)]
        group = self._groups.find(
            group_id=mail.group.id,
            thread=(*mail.references, mail.in_reply_to),
            members=[*members, str(sender)],
            name=mail.group.name,
        )
        if not mail.outgoing:
            self._groups.update(
                group, name=mail.group.name, members=members, sender=str(sender)
            )
        return group

    async def announce(self, group: Group) -> None:
        """List ``group`` like a contact (so every UI shows its name), once."""
        if self._announced.get(group.key) == group.name:
            return
        self._announced[group.key] = group.name
        await self._sink.roster_received(
            [
                Contact(
                    account_id=self._account_id, address=group.address, name=group.name
                )
            ],
            complete=False,
        )

    async def _know(self, peer: Address, name: str) -> None:
        if peer in self._state.contacts or peer == self._own:
            return
        self._state.contacts.add(peer)
        await self._sink.roster_received(
            [Contact(account_id=self._account_id, address=peer, name=name)],
            complete=False,
        )
        await self._on_contacts_changed()

    def _presence(self, mail: ParsedMail, sender: Address, now: datetime) -> None:
        presence = mail.presence
        if presence is None or now - mail.date > PRESENCE_FRESH:
            return
        show = presence.show or Show.AVAILABLE
        self._sink.presences_received(
            [PresenceUpdate(address=sender, show=show, status=presence.status)]
        )

    async def _save(self, attachment: Attachment) -> str:
        """Keep a received file (size-capped, safe name); a line for the text."""
        size = _size_text(attachment.size)
        if attachment.data is None:
            return f"📎 {attachment.filename} ({size}, too big: left in the mailbox)"
        digest = hashlib.sha256(attachment.data).hexdigest()[:16]
        path = self._attachments_dir / digest / attachment.filename
        await asyncio.to_thread(_write_file, path, attachment.data)
        return f"📎 {attachment.filename} ({size}): {path}"


def _write_file(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)


def _size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
