# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``EmailBackend``: one e-mail account behind the core's ``ProtocolBackend``.

Receiving: :class:`~messenger.protocols.email.sync.MailSync` keeps an IMAP
connection in IDLE on INBOX (and a second one watching the chat folder, so
other devices' changes show at once), files chat mails into the chat folder
and hands every new
mail to :class:`~messenger.protocols.email.incoming.MailReader`; a folder's
bookmark is saved only after the reader's messages were committed, and the
core stores a mail once however often it is handed over (Message-ID). The
sync's connection state is the account's.

Sending: a chat mail in Delta Chat's format goes to the chat partner (or every
member of a group) and, as a blind copy, to ourselves: the copy lands in our
own mailbox, so the account's other devices (and this one after a reinstall)
see what we sent; its Message-ID maps back to the message we stored, so it is
not stored twice. :class:`~messenger.protocols.email.outbox.Outbox` submits in
order and retries temporary failures; a message is SENT once the submission
server took it. Our presence and status message travel in every chat mail (no
presence-only mails); a read receipt (MDN) goes out only when the sender asked
for one and the user allows it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from datetime import UTC
from datetime import datetime

from messenger.core.errors import CoreError
from messenger.core.interfaces import BackendContext
from messenger.core.interfaces import OutgoingMessage
from messenger.core.interfaces import ProtocolBackend
from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.core.model import ChatState
from messenger.core.model import ConnectionState
from messenger.core.model import Contact
from messenger.core.model import ContactInfo
from messenger.core.model import DeliveryState
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.core.model import InvalidAddressError
from messenger.core.model import JsonValue
from messenger.core.model import Message
from messenger.core.model import OwnPresence
from messenger.core.model import Show
from messenger.protocols.email.groups import Group
from messenger.protocols.email.groups import GroupBook
from messenger.protocols.email.groups import is_group_address
from messenger.protocols.email.ids import Stamps
from messenger.protocols.email.ids import Threads
from messenger.protocols.email.ids import mail_id
from messenger.protocols.email.incoming import MailReader
from messenger.protocols.email.incoming import ReaderState
from messenger.protocols.email.mime import ChatGroup
from messenger.protocols.email.mime import Mailbox
from messenger.protocols.email.mime import MailBuildError
from messenger.protocols.email.mime import Presence
from messenger.protocols.email.mime import build_chat_message
from messenger.protocols.email.mime import build_edit
from messenger.protocols.email.mime import build_read_receipt
from messenger.protocols.email.mime import new_group_id
from messenger.protocols.email.mime import new_message_id
from messenger.protocols.email.outbox import Outbox
from messenger.protocols.email.outbox import QueuedMail
from messenger.protocols.email.settings import EmailSettings
from messenger.protocols.email.smtp import SendResult
from messenger.protocols.email.smtp import SmtpSender
from messenger.protocols.email.sync import MailSync

CAPABILITIES = frozenset(
    {
        Capability.PRESENCE,
        Capability.STATUS_MESSAGE,
        Capability.CONTACT_GROUPS,
        Capability.CONTACT_ALIASES,
        Capability.BLOCKING,
        Capability.READ_MARKERS,
        Capability.CORRECTIONS,
        Capability.SERVER_ARCHIVE,
        Capability.CONTACT_INFO,
        Capability.GROUP_CHAT,
    }
)
# Backend state keys (the sync's own keys get the IMAP prefix).
SYNC_PREFIX = "imap:"
THREADS_KEY = "threads"
STAMPS_KEY = "stamps"
GROUPS_KEY = "groups"
CONTACTS_KEY = "contacts"
BLOCKED_KEY = "blocked"
# Outbox entries that are not the core's messages.
RECEIPT_PREFIX = "mdn:"
EDIT_PREFIX = "edit:"
CHECK_TIMEOUT = 5.0


def _now() -> datetime:
    return datetime.now(UTC)


class EmailBackend:
    """One account's mail connection (see the module docstring)."""

    def __init__(self, context: BackendContext) -> None:
        self._context = context
        self._account = context.account
        self._sink = context.sink
        self._log = context.log
        self._settings = EmailSettings.from_account(context.account)
        try:
            self._own: Address | None = Address.parse(context.account.address).bare
        except InvalidAddressError:
            self._own = None
        own = str(self._own) if self._own is not None else ""
        self._threads = Threads()
        self._stamps = Stamps()
        self._groups = GroupBook(own)
        self._state = ReaderState()
        self._presence = OwnPresence(show=Show.AVAILABLE)
        self._loaded = False
        self._sync: MailSync | None = None
        self._smtp: SmtpSender | None = None
        self._outbox: Outbox | None = None
        self._reader: MailReader | None = None
        self._online = False

    @property
    def capabilities(self) -> frozenset[Capability]:
        return CAPABILITIES

    # ------------------------------------------------------------ lifecycle
    async def connect(self) -> None:
        if self._sync is not None:
            return
        own = self._own
        if own is None or not own.local:
            self._fail(ErrorCode.INVALID_INPUT, "not a valid e-mail address")
            return
        if refused := self._settings.plain_refused():
            self._fail(
                ErrorCode.TLS_UNAVAILABLE,
                f"{refused[0]}: unencrypted, and not allowed for this account",
            )
            return
        password = await self._context.get_password()
        if password is None:
            self._fail(ErrorCode.NO_PASSWORD, "")
            return
        await self._load()
        self._reader = MailReader(
            account_id=self._account.id,
            own=own,
            sink=self._sink,
            threads=self._threads,
            stamps=self._stamps,
            groups=self._groups,
            state=self._state,
            attachments_dir=self._context.cache_dir / "attachments",
            log=self._log,
            on_contacts_changed=self._save_contacts,
        )
        self._smtp = SmtpSender(self._settings, password)
        self._outbox = Outbox(
            self._submit,
            on_sent=self._sent,
            on_failed=self._failed,
            log=self._log,
        )
        self._sync = MailSync(
            self._settings,
            password,
            on_mail=self._reader.read,
            on_state=self._on_state,
            load_state=self._load_sync_state,
            save_state=self._save_sync_state,
            logger=self._log,
            is_chat_reply=self._reader.is_chat_reply,
        )
        self._sync.start()

    async def disconnect(self) -> None:
        sync, self._sync = self._sync, None
        outbox, self._outbox = self._outbox, None
        smtp, self._smtp = self._smtp, None
        if outbox is not None:
            await outbox.close()
        if sync is not None:
            await sync.close()
        if smtp is not None:
            await smtp.close()
        if self._reader is not None:
            with contextlib.suppress(Exception):
                await self._reader.flush()
            await self._save_books()
        self._online = False
        self._sink.connection_changed(ConnectionState.OFFLINE)

    async def check_connection(self) -> None:
        """Probe the IMAP connection; reconnect at once if it does not answer."""
        sync = self._sync
        if sync is None:
            return
        if sync.state is ConnectionState.ONLINE:
            try:
                async with asyncio.timeout(CHECK_TIMEOUT):
                    alive = await sync.probe()
            except TimeoutError:
                alive = False
            if alive:
                return
        sync.reconnect()
        if self._outbox is not None:
            self._outbox.kick()

    def _fail(self, code: ErrorCode, detail: str) -> None:
        self._sink.connection_changed(
            ConnectionState.FAILED, ErrorInfo(code=code, detail=detail)
        )

    def _on_state(self, state: ConnectionState, error: ErrorInfo | None) -> None:
        if self._sync is None and state is not ConnectionState.OFFLINE:
            return  # a late report after disconnect
        self._online = state is ConnectionState.ONLINE
        if state is ConnectionState.OFFLINE:
            return  # disconnect() reports it
        self._sink.connection_changed(state, error)
        if self._online and self._outbox is not None:
            self._outbox.kick()

    # ------------------------------------------------------------ state
    async def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        sink = self._sink
        self._threads.load(await sink.load_state(THREADS_KEY))
        self._stamps.load(await sink.load_state(STAMPS_KEY))
        self._groups.load(await sink.load_state(GROUPS_KEY))
        self._state.contacts = _addresses(await sink.load_state(CONTACTS_KEY))
        self._state.blocked = _addresses(await sink.load_state(BLOCKED_KEY))
        if self._state.blocked:
            sink.block_list_received(sorted(self._state.blocked, key=str))

    async def _load_sync_state(self, key: str) -> JsonValue:
        return await self._sink.load_state(SYNC_PREFIX + key)

    async def _save_sync_state(self, key: str, value: JsonValue) -> None:
        # Messages first: a bookmark never runs ahead of what was stored.
        if self._reader is not None:
            await self._reader.flush()
        await self._save_books()
        await self._sink.save_state(SYNC_PREFIX + key, value)

    async def _save_books(self) -> None:
        if self._stamps.changed:
            await self._sink.save_state(STAMPS_KEY, self._stamps.dump())
        if self._threads.changed:
            await self._sink.save_state(THREADS_KEY, self._threads.dump())
        if self._groups.changed:
            await self._sink.save_state(GROUPS_KEY, self._groups.dump())

    async def _save_contacts(self) -> None:
        await self._sink.save_state(CONTACTS_KEY, _json_list(self._state.contacts))

    # ------------------------------------------------------------ sending
    def _require_online(self) -> tuple[Address, Outbox]:
        if not self._online or self._outbox is None or self._own is None:
            raise CoreError(ErrorCode.NOT_CONNECTED, "")
        return self._own, self._outbox

    def _me(self, own: Address) -> Mailbox:
        return Mailbox(address=str(own), name=self._account.display_name)

    def _recipients(self, peer: Address) -> tuple[list[Mailbox], ChatGroup | None]:
        group = self._groups.get(peer)
        if group is not None:
            members = [Mailbox(address=m) for m in group.members]
            return members, ChatGroup(name=group.name, id=group.group_id)
        if is_group_address(peer):
            raise CoreError(ErrorCode.NOT_FOUND, "unknown group")
        return [Mailbox(address=str(peer))], None

    def _queue(
        self, outbox: Outbox, origin_id: str, raw: bytes, to: Sequence[Mailbox]
    ) -> None:
        required = tuple(m.address for m in to)
        own = str(self._own)
        outbox.put(
            QueuedMail(
                origin_id=origin_id,
                raw=raw,
                recipients=(*required, own),  # a blind copy for our devices
                required=required,
            )
        )

    async def send_message(self, message: OutgoingMessage) -> None:
        own, outbox = self._require_online()
        if message.origin_id in outbox:
            return
        to, group = self._recipients(message.peer)
        if not to:
            raise CoreError(ErrorCode.INVALID_INPUT, "the group has no other members")
        in_reply_to, references = self._threads.reply_headers(str(message.peer))
        message_id = mail_id(message.origin_id, own.domain)
        presence = self._presence
        try:
            raw = build_chat_message(
                sender=self._me(own),
                to=to,
                message_id=message_id,
                date=message.timestamp,
                text=message.body,
                in_reply_to=in_reply_to,
                references=references,
                group=group,
                request_read_receipt=self._settings.read_receipts,
                presence=Presence(show=presence.show, status=presence.status),
            )
        except MailBuildError as exc:
            raise CoreError(ErrorCode.INVALID_INPUT, str(exc)) from exc
        self._threads.add(str(message.peer), message_id)
        self._stamps.note(message_id, message.timestamp)
        if group is not None and (found := self._groups.get(message.peer)):
            self._groups.remember(found, message_id)
        self._queue(outbox, message.origin_id, raw, to)

    async def _submit(self, raw: bytes, recipients: Sequence[str]) -> SendResult:
        smtp = self._smtp
        if smtp is None:
            raise CoreError(ErrorCode.NOT_CONNECTED, "")
        return await smtp.send(raw, recipients, sender=str(self._own))

    async def _sent(self, mail: QueuedMail) -> None:
        if mail.origin_id.startswith((RECEIPT_PREFIX, EDIT_PREFIX)):
            return
        assert self._own is not None
        await self._sink.message_state_changed(
            peer=self._own, origin_id=mail.origin_id, state=DeliveryState.SENT
        )

    async def _failed(self, mail: QueuedMail, reason: str) -> None:
        if mail.origin_id.startswith((RECEIPT_PREFIX, EDIT_PREFIX)):
            self._log.warning("a receipt or an edit was refused: %s", reason)
            return
        assert self._own is not None
        await self._sink.message_state_changed(
            peer=self._own,
            origin_id=mail.origin_id,
            state=DeliveryState.FAILED,
            error=reason,
        )

    async def send_read_marker(self, message: Message) -> None:
        if not self._settings.read_receipts or self._own is None:
            return
        wanted = self._state.wanted_receipts.pop(message.peer.bare, [])
        if not wanted or not self._online or self._outbox is None:
            return
        own = self._own
        receipt_id = new_message_id(own.domain)
        raw = build_read_receipt(
            sender=self._me(own),
            to=str(message.peer.bare),
            message_id=receipt_id,
            date=_now(),
            original_message_id=wanted[-1],
            additional_message_ids=wanted[:-1],
        )
        self._outbox.put(
            QueuedMail(
                origin_id=RECEIPT_PREFIX + receipt_id,
                raw=raw,
                recipients=(str(message.peer.bare),),
                required=(),
            )
        )

    async def correct_message(self, message: Message, body: str) -> None:
        own, outbox = self._require_online()
        to, group = self._recipients(message.peer)
        edit_id = new_message_id(own.domain)
        _, references = self._threads.reply_headers(str(message.peer))
        raw = build_edit(
            sender=self._me(own),
            to=to,
            message_id=edit_id,
            date=_now(),
            target=mail_id(message.origin_id, own.domain),
            text=body,
            references=references,
            group=group,
        )
        self._queue(outbox, EDIT_PREFIX + edit_id, raw, to)

    async def set_presence(self, presence: OwnPresence) -> None:
        # No presence-only mails: it travels with the next chat mail.
        self._presence = presence

    async def send_chat_state(self, address: Address, state: ChatState) -> None:
        return  # mail has no typing notifications

    # ------------------------------------------------------------ contacts
    async def add_contact(
        self, address: Address, name: str, groups: tuple[str, ...]
    ) -> None:
        await self.update_contact(address, name, groups)

    async def update_contact(
        self, address: Address, name: str, groups: tuple[str, ...]
    ) -> None:
        address = address.bare
        if not address.local or address.resource:
            raise CoreError(ErrorCode.INVALID_INPUT, "not an e-mail address")
        self._state.contacts.add(address)
        await self._sink.roster_received(
            [
                Contact(
                    account_id=self._account.id,
                    address=address,
                    name=name,
                    groups=groups,
                )
            ],
            complete=False,
        )
        await self._save_contacts()

    async def remove_contact(self, address: Address) -> None:
        self._state.contacts.discard(address.bare)
        await self._sink.contacts_removed([address.bare])
        await self._save_contacts()

    async def answer_subscription(self, address: Address, *, approve: bool) -> None:
        raise CoreError(ErrorCode.UNSUPPORTED, "mail has no presence subscriptions")

    async def set_blocked(self, address: Address, *, blocked: bool) -> None:
        if blocked:
            self._state.blocked.add(address.bare)
        else:
            self._state.blocked.discard(address.bare)
        await self._sink.save_state(BLOCKED_KEY, _json_list(self._state.blocked))
        self._sink.block_list_received(sorted(self._state.blocked, key=str))

    async def fetch_contact_info(self, address: Address) -> ContactInfo:
        group = self._groups.get(address)
        if group is not None:
            return ContactInfo(
                address=address,
                full_name=group.name,
                note="\n".join(group.members),
            )
        return ContactInfo(address=address.bare, emails=(str(address.bare),))

    async def set_own_avatar(self, data: bytes | None, mime_type: str) -> None:
        raise CoreError(ErrorCode.UNSUPPORTED, "avatars are not sent by mail yet")

    # ------------------------------------------------------------ groups
    async def create_group(self, name: str, members: Sequence[Address]) -> Address:
        others = [str(m.bare) for m in members if m.bare != self._own and m.local]
        if not others:
            raise CoreError(ErrorCode.INVALID_INPUT, "a group needs other members")
        await self._load()
        group = self._groups.create(new_group_id(), name.strip(), others)
        await self._save_books()
        await self._announce_group(group)
        return group.address

    async def _announce_group(self, group: Group) -> None:
        """Groups are listed like contacts, so every UI shows their names."""
        if self._reader is not None:
            await self._reader.announce(group)
            return
        await self._sink.roster_received(
            [
                Contact(
                    account_id=self._account.id, address=group.address, name=group.name
                )
            ],
            complete=False,
        )


def _conforms(context: BackendContext) -> ProtocolBackend:
    """Checked by mypy: the backend implements the whole interface."""
    return EmailBackend(context)


def _addresses(value: JsonValue) -> set[Address]:
    found: set[Address] = set()
    if isinstance(value, list):
        for item in value:
            if isinstance(item, str):
                with contextlib.suppress(InvalidAddressError):
                    found.add(Address.parse(item).bare)
    return found


def _json_list(addresses: set[Address]) -> JsonValue:
    items: list[JsonValue] = [str(a) for a in sorted(addresses, key=str)]
    return items
