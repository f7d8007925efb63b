# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""One round of the mail sync over its folders (``sync.py`` runs the rounds).

INBOX: the new mails' ``Chat-Version`` headers decide; chat mails are moved to
the chat folder (handed over from INBOX if that fails or there is none),
classic mails stay and are handed over when asked. Chat folder: a STATUS says
whether anything changed; new mails are fetched in byte-bounded batches (a
mail over ``max_mail_bytes`` comes as its header only) and handed over in UID
order; flag changes since the saved HIGHESTMODSEQ are reported. Bookmarks are
saved after the mails up to them were handed over (``syncstate.py``).

Also here, shared by ``sync.py`` and its chat-folder watcher (``watch.py``):
the options, the callback types and the reconnect backoff.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from email.parser import BytesHeaderParser

from messenger.core.model import ErrorCode
from messenger.core.model import JsonValue
from messenger.protocols.email.errors import TransportError
from messenger.protocols.email.imap import ImapCommandError
from messenger.protocols.email.imap import ImapConnection
from messenger.protocols.email.imapwire import FetchedItem
from messenger.protocols.email.imapwire import MailboxStatus
from messenger.protocols.email.syncstate import FolderState
from messenger.protocols.email.syncstate import reconcile
from messenger.protocols.email.syncstate import state_key
from messenger.protocols.email.syncstate import unchanged

INBOX = "INBOX"
CHAT_HEADER = "Chat-Version"
# Flags that mean something to one session only (RFC 3501 2.3.2).
SESSION_FLAGS = frozenset({"\\Recent"})
HEADER_ITEMS = (
    "(UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS (CHAT-VERSION IN-REPLY-TO REFERENCES)])"
)
# Whether a mail answers one of our chats, given the Message-IDs it refers to
# (In-Reply-To, References): replies from ordinary mail clients are chat mail.
IsChatReply = Callable[[Sequence[str]], bool]

OnMail = Callable[[str, int, bytes], Awaitable[None]]
OnFlags = Callable[[str, int, frozenset[str]], Awaitable[None]]
LoadState = Callable[[str], Awaitable[JsonValue]]
SaveState = Callable[[str, JsonValue], Awaitable[None]]
Logger = logging.Logger | logging.LoggerAdapter[logging.Logger]
# Opens a logged-in connection (tests pass a double; default: the settings').
Connect = Callable[[], Awaitable[ImapConnection]]


def next_backoff(previous: float, cap: float) -> float:
    """The next reconnect delay: ``min(cap, 2 * previous + 1)`` (as slixmpp)."""
    return min(cap, previous * 2 + 1)


@dataclass(frozen=True, slots=True, kw_only=True)
class SyncOptions:
    """Timing and batch sizes (seconds, counts, bytes)."""

    #: IDLE is ended and re-issued at least this often: servers drop IDLE after
    #: 29-30 minutes (RFC 2177), NAT boxes often much earlier.
    idle_interval: float = 5 * 60.0
    #: Without IDLE: NOOP and look for new mail this often.
    poll_interval: float = 60.0
    #: Watch the chat folder with IDLE on a second connection (``watch.py``).
    watch_chat_folder: bool = True
    #: While no second connection watches the chat folder, look at it (one
    #: STATUS) at least this often, so another device's mail is never
    #: ``idle_interval`` late.
    status_interval: float = 60.0
    header_batch: int = 200
    body_batch: int = 50
    batch_bytes: int = 8 * 1024 * 1024
    #: Bigger mails are handed over as their header only (no body).
    max_mail_bytes: int = 64 * 1024 * 1024
    connect_timeout: float = 30.0
    max_backoff: float = 300.0
    #: A session that lasted this long resets the backoff after it drops.
    stable_after: float = 30.0


def has_chat_header(header: bytes) -> bool:
    """Whether a fetched header block has a non-empty ``Chat-Version``."""
    message = BytesHeaderParser().parsebytes(header)
    value = message.get(CHAT_HEADER)
    return value is not None and bool(str(value).strip())


MAX_REFERENCED = 50


def referenced_ids(header: bytes) -> list[str]:
    """The Message-IDs (without brackets) in In-Reply-To and References."""
    message = BytesHeaderParser().parsebytes(header)
    found: list[str] = []
    for name in ("In-Reply-To", "References"):
        for value in message.get_all(name) or ():
            text = str(value)[:20_000]
            found.extend(m.group(1) for m in _MESSAGE_ID.finditer(text))
    return found[-MAX_REFERENCED:]


_MESSAGE_ID = re.compile(r"<([^<>\s]{1,250})>")


class Rounds:
    """The folder work and bookmarks of one account's sync."""

    def __init__(
        self,
        *,
        options: SyncOptions,
        on_mail: OnMail,
        on_flags: OnFlags | None,
        load_state: LoadState,
        save_state: SaveState,
        report_classic: bool,
        check_closing: Callable[[], None],
        logger: Logger,
        is_chat_reply: IsChatReply | None = None,
    ) -> None:
        self._options = options
        self._on_mail = on_mail
        self._on_flags = on_flags
        self._load_state = load_state
        self._save_state = save_state
        self._classic = report_classic
        self._is_chat_reply = is_chat_reply
        self._check_closing = check_closing
        self._log = logger
        #: The chat folder as found or created ("" if the server refused one:
        #: then chat mails are handed over from INBOX).
        self.chat_folder = ""
        self.folders: dict[str, FolderState] = {}
        self._selected: MailboxStatus | None = None

    def reset(self) -> None:
        """A new connection: nothing is selected."""
        self._selected = None

    async def select(self, conn: ImapConnection, folder: str) -> MailboxStatus:
        """SELECT ``folder`` unless it is still selected (then its status)."""
        if conn.selected == folder and self._selected is not None:
            return self._selected
        self._selected = await conn.select(folder)
        return self._selected

    def behind(self, status: MailboxStatus) -> bool:
        """Whether INBOX (``status``) has UIDs beyond its bookmark."""
        inbox = self.folders.get(INBOX)
        return inbox is not None and status.uidnext - 1 > inbox.last_uid

    async def _folder_state(self, folder: str, status: MailboxStatus) -> FolderState:
        saved = self.folders.get(folder)
        if saved is None:
            saved = FolderState.from_json(await self._load_state(state_key(folder)))
        state, changed = reconcile(saved, status, inbox=folder == INBOX)
        if saved is not None and changed:
            self._log.warning(
                "UIDVALIDITY of %r changed (%d -> %d): reading it again",
                folder,
                saved.uidvalidity,
                status.uidvalidity,
            )
        if changed:
            await self._store(folder, state)
        self.folders[folder] = state
        return state

    async def _store(self, folder: str, state: FolderState) -> None:
        self.folders[folder] = state
        await self._save_state(state_key(folder), state.to_json())

    async def _new_uids(self, conn: ImapConnection, state: FolderState) -> list[int]:
        found = await conn.uid_search(f"UID {state.last_uid + 1}:*")
        return [uid for uid in found if uid > state.last_uid]

    async def inbox(self, conn: ImapConnection) -> bool:
        """Move new chat mails out of INBOX; hand over classic ones. True if moved."""
        status = await self.select(conn, INBOX)
        state = await self._folder_state(INBOX, status)
        moved = False
        new = await self._new_uids(conn, state)
        for batch in _chunks(new, self._options.header_batch):
            self._check_closing()
            items = await conn.fetch(batch, HEADER_ITEMS)
            present = [u for u in batch if u in items]
            chat = {u for u in present if self._is_chat(items[u])}
            report = [u for u in present if u in chat] if chat else []
            if chat and await self._move(conn, sorted(chat)):
                moved, report = True, []
            if self._classic:
                report += [
                    u for u in present if u not in chat and u >= state.classic_from
                ]
            await self._hand_over(conn, INBOX, sorted(report), items)
            await self._store(INBOX, self.folders[INBOX].advanced(batch[-1]))
        if status.uidnext:
            await self._store(INBOX, self.folders[INBOX].advanced(status.uidnext - 1))
        return moved

    def _is_chat(self, item: FetchedItem) -> bool:
        """A chat mail, or a reply (from any mail client) to one of our chats."""
        header = next(iter(item.sections.values()), b"")
        if has_chat_header(header):
            return True
        return self._is_chat_reply is not None and self._is_chat_reply(
            referenced_ids(header)
        )

    async def _move(self, conn: ImapConnection, uids: list[int]) -> bool:
        """Move ``uids`` to the chat folder; False if there is none or it failed."""
        if not self.chat_folder:
            return False
        try:
            await conn.move(uids, self.chat_folder)
        except ImapCommandError as exc:
            self._log.warning("could not move chat mails: %s", exc.info.detail)
            return False
        return True

    async def chat(self, conn: ImapConnection, *, moved: bool) -> None:
        """Hand over the chat folder's new mails (after a STATUS: any news?)."""
        folder = self.chat_folder
        if not folder:
            return
        saved = self.folders.get(folder) or FolderState.from_json(
            await self._load_state(state_key(folder))
        )
        if (
            not moved
            and conn.selected != folder
            and unchanged(saved, await conn.status(folder))
        ):
            return
        status = await self.select(conn, folder)
        state = await self._folder_state(folder, status)
        await self._flag_changes(conn, folder, state, status)
        for batch in _chunks(
            await self._new_uids(conn, state), self._options.header_batch
        ):
            self._check_closing()
            sizes = await conn.fetch(batch, "(UID RFC822.SIZE)")
            await self._hand_over(conn, folder, [u for u in batch if u in sizes], sizes)
            state = self.folders[folder].advanced(batch[-1])
            await self._store(folder, state)
        if status.uidnext:
            await self._store(folder, self.folders[folder].advanced(status.uidnext - 1))

    async def _flag_changes(
        self,
        conn: ImapConnection,
        folder: str,
        state: FolderState,
        status: MailboxStatus,
    ) -> None:
        """Report flag changes of known mails since the saved HIGHESTMODSEQ."""
        if status.highestmodseq == state.highestmodseq:
            return
        if (
            self._on_flags is not None
            and state.last_uid
            and 0 < state.highestmodseq < status.highestmodseq
        ):
            items = await conn.fetch_range(
                1,
                state.last_uid,
                "(UID FLAGS)",
                f"(CHANGEDSINCE {state.highestmodseq})",
            )
            for uid in sorted(items):
                flags = items[uid].flags
                if flags is not None:
                    await self._on_flags(folder, uid, flags - SESSION_FLAGS)
        current = self.folders[folder]
        await self._store(folder, replace(current, highestmodseq=status.highestmodseq))

    async def _hand_over(
        self,
        conn: ImapConnection,
        folder: str,
        uids: list[int],
        sizes: dict[int, FetchedItem],
    ) -> None:
        """Fetch ``uids`` in byte-bounded batches; ``on_mail`` each in UID order."""
        for group in _by_size(uids, sizes, self._options):
            self._check_closing()
            whole = [
                u for u in group if _size(sizes, u) <= self._options.max_mail_bytes
            ]
            items = await conn.fetch(whole, "(UID FLAGS BODY.PEEK[])") if whole else {}
            if len(whole) < len(group):
                big = [u for u in group if u not in whole]
                items |= await conn.fetch(big, "(UID FLAGS BODY.PEEK[HEADER])")
            for uid in group:
                item = items.get(uid)
                if item is None:
                    continue  # expunged meanwhile
                raw = item.sections.get("BODY[]") or item.sections.get(
                    "BODY[HEADER]", b""
                )
                await self._deliver(folder, uid, raw, item.flags)
                # Progress within a batch, so a failure later repeats less.
                self.folders[folder] = self.folders[folder].advanced(uid)

    async def _deliver(
        self, folder: str, uid: int, raw: bytes, flags: frozenset[str] | None
    ) -> None:
        flags = (flags or frozenset()) - SESSION_FLAGS
        try:
            await self._on_mail(folder, uid, raw)
            if flags and self._on_flags is not None:
                await self._on_flags(folder, uid, flags)
        except Exception as exc:
            await self._store(folder, self.folders[folder])
            self._log.exception("handling mail %s/%d failed", folder, uid)
            raise TransportError(
                ErrorCode.INTERNAL, f"handling a mail failed: {exc!r}", fatal=False
            ) from exc


def _size(sizes: dict[int, FetchedItem], uid: int) -> int:
    item = sizes.get(uid)
    return item.size if item is not None and item.size is not None else 0


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), max(1, size)):
        yield items[start : start + size]


def _by_size(
    uids: list[int], sizes: dict[int, FetchedItem], options: SyncOptions
) -> Iterator[list[int]]:
    """Consecutive groups of at most ``body_batch`` mails and ``batch_bytes``."""
    group: list[int] = []
    total = 0
    for uid in uids:
        size = min(_size(sizes, uid), options.max_mail_bytes)
        if group and (
            len(group) >= options.body_batch or total + size > options.batch_bytes
        ):
            yield group
            group, total = [], 0
        group.append(uid)
        total += size
    if group:
        yield group
