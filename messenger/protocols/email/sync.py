# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The per-account IMAP supervisor: connect, sort, fetch, IDLE, reconnect.

``MailSync`` keeps up to two IMAP connections per account. On the main one,
each round it

1. runs the requests queued by ``append``/``set_flags``;
2. looks at INBOX mails newer than its bookmark: only the ``Chat-Version``
   header is fetched to decide; chat mails are moved to the chat folder (found
   or created, ``INBOX.<name>`` on servers that want that), classic mails stay
   and are handed over if ``report_classic`` (mails that were there before the
   account was added excepted);
3. fetches the chat folder's new mails (a STATUS first: nothing new, no SELECT);
4. IDLEs in INBOX (re-issued every ``idle_interval``), or polls with NOOP when
   the server has no IDLE, until the server reports any change (new mail,
   expunges, flags), ``wake()`` is called or the interval ends.

The second connection (``watch.py``) IDLEs in the chat folder and calls
``wake()`` when it changes: another device moved a mail there (this device's
INBOX IDLE may never hear of a mail that came and went) or APPENDed its own.
It only wakes the main connection, which does all the fetching. While it is
not watching (starting, reconnecting, refused by a server that limits
connections per user, the folder cannot be opened) the INBOX IDLE lasts at
most ``status_interval`` (60 s), so each round's STATUS of the chat folder
still sees another device's mail within that time. Without IDLE there is no
watcher: each poll (``poll_interval``) looks at both folders.

Each mail goes to ``on_mail(folder, uid, raw)`` in UID order; a folder's
bookmark is saved (``save_state``) only after the mails up to it were handed
over, so a mail is handed over at least once and never skipped (the backend
makes it exactly once by Message-ID); within a session a UID is handed over
once. A changed UIDVALIDITY hands the folder over again from the start. If
``on_mail`` raises, the mail is offered again after a reconnect with backoff:
it must not raise for bad input, only when it could not store the mail.

Connection states (of the main connection: the watcher's troubles only make the
sync look more often) go to ``on_state``: CONNECTING, ONLINE, RECONNECTING (with
the error) after a drop or a failed attempt (capped exponential backoff with
jitter), FAILED when only the user can help (wrong password, untrusted
certificate, no encryption), OFFLINE after ``close()``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from typing import TypeVar

from messenger.core.model import ConnectionState
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.protocols.email.errors import TransportError
from messenger.protocols.email.imap import ImapCommandError
from messenger.protocols.email.imap import ImapConnection
from messenger.protocols.email.rounds import INBOX
from messenger.protocols.email.rounds import Connect
from messenger.protocols.email.rounds import IsChatReply
from messenger.protocols.email.rounds import LoadState
from messenger.protocols.email.rounds import Logger
from messenger.protocols.email.rounds import OnFlags
from messenger.protocols.email.rounds import OnMail
from messenger.protocols.email.rounds import Rounds
from messenger.protocols.email.rounds import SaveState
from messenger.protocols.email.rounds import SyncOptions
from messenger.protocols.email.rounds import next_backoff
from messenger.protocols.email.security import TlsPolicy
from messenger.protocols.email.settings import ClassicMails
from messenger.protocols.email.settings import EmailSettings
from messenger.protocols.email.watch import ChatFolderWatcher

__all__ = [
    "INBOX",
    "Connect",
    "LoadState",
    "MailSync",
    "OnFlags",
    "OnMail",
    "OnState",
    "SaveState",
    "SyncOptions",
    "next_backoff",
]

log = logging.getLogger(__name__)
_T = TypeVar("_T")

OnState = Callable[[ConnectionState, ErrorInfo | None], None]


@dataclass(slots=True)
class _Request:
    run: Callable[[ImapConnection], Awaitable[Any]]
    done: asyncio.Future[Any]


class _Stop(Exception):  # noqa: N818 (a signal, not an error)
    """``close()`` asked the session to end."""


class MailSync:
    """One account's IMAP supervisor (see the module doc). ``start`` it once."""

    def __init__(
        self,
        settings: EmailSettings,
        password: str,
        *,
        on_mail: OnMail,
        on_state: OnState,
        load_state: LoadState,
        save_state: SaveState,
        on_flags: OnFlags | None = None,
        report_classic: bool | None = None,
        options: SyncOptions | None = None,
        logger: Logger | None = None,
        rng: random.Random | None = None,
        connect: Connect | None = None,
        is_chat_reply: IsChatReply | None = None,
    ) -> None:
        self.settings = settings
        self._password = password
        self._on_state = on_state
        self.options = options or SyncOptions()
        self._log: Logger = logger or log
        self._rng = rng or random.Random()  # noqa: S311 (jitter, not crypto)
        self._connect = connect or self._open
        self._rounds = Rounds(
            options=self.options,
            on_mail=on_mail,
            on_flags=on_flags,
            load_state=load_state,
            save_state=save_state,
            report_classic=settings.classic_mails is ClassicMails.SHOW
            if report_classic is None
            else report_classic,
            check_closing=self._check_closing,
            logger=self._log,
            is_chat_reply=is_chat_reply,
        )
        self._state = ConnectionState.OFFLINE
        self._error: ErrorInfo | None = None
        self._task: asyncio.Task[None] | None = None
        self._conn: ImapConnection | None = None
        self._watcher: ChatFolderWatcher | None = None
        self._wake = asyncio.Event()
        self._kick = asyncio.Event()
        self._hurry = False
        self._closing = False
        self._requests: list[_Request] = []
        self._online_since = 0.0
        self.capabilities: frozenset[str] = frozenset()

    @property
    def chat_folder(self) -> str:
        """The chat folder as found or created; "" before that, or if the server
        refused one (then chat mails are handed over from INBOX)."""
        return self._rounds.chat_folder

    # ------------------------------------------------------------ control
    @property
    def state(self) -> ConnectionState:
        return self._state

    @property
    def watching(self) -> bool:
        """Whether a second connection IDLEs in the chat folder now."""
        return self._watcher is not None and self._watcher.watching

    @property
    def error(self) -> ErrorInfo | None:
        """Why the latest attempt failed (None while all is well)."""
        return self._error

    def start(self) -> None:
        """Start connecting (and reconnecting) in a task this object owns."""
        if self._task is None or self._task.done():
            self._closing = False
            self._task = asyncio.get_running_loop().create_task(
                self._run(), name=f"mail-sync {self.settings.address}"
            )

    async def close(self, seconds: float = 3.0) -> None:
        """Stop: let the current step end (at most ``seconds``), LOGOUT, OFFLINE."""
        self._closing = True
        self._wake.set()
        self._kick.set()
        task, self._task = self._task, None
        if task is not None:
            done, _ = await asyncio.wait([task], timeout=seconds)
            if not done:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._fail_requests(TransportError(ErrorCode.NOT_CONNECTED, "closed"))
        self._report(ConnectionState.OFFLINE, None)

    def wake(self) -> None:
        """Look for new mail now (ends IDLE or the poll pause)."""
        self._wake.set()

    def reconnect(self) -> None:
        """Drop the connection and connect again at once (e.g. after suspend)."""
        self._hurry = True
        self._kick.set()
        if self._conn is not None:
            self._conn.abort()

    async def append(
        self,
        raw: bytes,
        *,
        folder: str | None = None,
        flags: Sequence[str] = ("\\Seen",),
    ) -> int | None:
        """APPEND ``raw`` (default: to the chat folder, ``\\Seen``); its UID if known.

        Own sent mails go there so the account's other devices see them. Raises
        ``TransportError(NOT_CONNECTED)`` unless online; a request cut off by a
        drop is retried on the next connection (a duplicate is possible).
        """
        target = folder

        async def run(conn: ImapConnection) -> int | None:
            where = target or self.chat_folder
            if not where:
                raise TransportError(ErrorCode.UNSUPPORTED, "no chat folder")
            return await conn.append(where, raw, flags)

        return await self._submit(run)

    async def set_flags(
        self,
        folder: str,
        uids: Sequence[int],
        flags: Sequence[str],
        *,
        add: bool = True,
    ) -> None:
        """Add (or remove) ``flags`` (e.g. ``\\Seen``) on mails of ``folder``."""

        async def run(conn: ImapConnection) -> None:
            if uids:
                await self._rounds.select(conn, folder)
                await conn.store(uids, flags, add=add)

        await self._submit(run)

    async def probe(self) -> bool:
        """Whether the server answers now (a NOOP, ending IDLE for it).

        False when not online or the connection failed; a dead connection may
        take ``idle_answer_timeout`` to show: bound the wait, then
        ``reconnect()`` (as after a suspend).
        """

        async def run(conn: ImapConnection) -> bool:
            await conn.noop()
            return True

        if self._watcher is not None:
            self._watcher.check()  # its IDLE again: a dead watch shows soon
        try:
            return await self._submit(run)
        except TransportError:
            return False

    async def _submit(self, run: Callable[[ImapConnection], Awaitable[_T]]) -> _T:
        if self._state is not ConnectionState.ONLINE or self._closing:
            raise TransportError(
                ErrorCode.NOT_CONNECTED, "the mailbox is not connected"
            )
        request = _Request(run, asyncio.get_running_loop().create_future())
        self._requests.append(request)
        self._wake.set()
        result: _T = await request.done
        return result

    def _fail_requests(self, error: TransportError) -> None:
        requests, self._requests = self._requests, []
        for request in requests:
            if not request.done.done():
                request.done.set_exception(error)

    def _report(self, state: ConnectionState, error: ErrorInfo | None) -> None:
        if (state, error) == (self._state, self._error):
            return
        self._state, self._error = state, error
        try:
            self._on_state(state, error)
        except Exception:  # noqa: BLE001 - a faulty handler must not stop the sync
            self._log.exception("the connection state handler failed")

    # ------------------------------------------------------------ the loop
    async def _run(self) -> None:
        delay = 0.0
        loop = asyncio.get_running_loop()
        self._report(ConnectionState.CONNECTING, None)
        while not self._closing:
            try:
                await self._connect_and_serve()
            except _Stop:
                break
            except TransportError as exc:
                if exc.fatal and not self._closing:
                    self._fail_requests(exc)
                    self._report(ConnectionState.FAILED, exc.info)
                    return
                error = exc.info
                self._log.info("mail connection: %s", exc.info.detail or exc.code)
            except Exception:  # noqa: BLE001 - a bug must not end the account's sync
                self._log.exception("mail sync failed")
                error = ErrorInfo(code=ErrorCode.INTERNAL, detail="mail sync failed")
            if self._stopping():
                break
            online = self._online_since
            if online and loop.time() - online >= self.options.stable_after:
                delay, pause = 0.0, self._rng.uniform(0.0, 0.5)
            else:
                delay = next_backoff(delay, self.options.max_backoff)
                pause = delay * self._rng.uniform(0.75, 1.25)
            if self._hurry:  # reconnect() asked for it
                delay, pause, self._hurry = 0.0, 0.0, False
            self._report(ConnectionState.RECONNECTING, error)
            await self._pause(pause)

    async def _pause(self, seconds: float) -> None:
        """Wait before the next attempt; ``reconnect()``/``close()`` cut it short."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._kick.wait()
        self._kick.clear()

    async def _open(self) -> ImapConnection:
        policy = await TlsPolicy.load(self.settings)
        return await ImapConnection.open(
            self.settings.imap,
            self._password,
            policy,
            seconds=self.options.connect_timeout,
        )

    async def _connect_and_serve(self) -> None:
        self._online_since = 0.0
        conn = await self._connect()
        self._conn = conn
        try:
            await self._serve(conn)
        finally:
            self._conn = None
            watcher, self._watcher = self._watcher, None
            try:
                if self._closing:
                    await asyncio.gather(
                        conn.logout(), *([watcher.close()] if watcher else [])
                    )
                else:
                    conn.abort()
            finally:
                if watcher is not None:
                    watcher.abort()  # the watcher ends with its session

    async def _serve(self, conn: ImapConnection) -> None:
        rounds = self._rounds
        self.capabilities = conn.capabilities
        rounds.reset()
        if conn.has("QRESYNC"):
            await conn.enable("QRESYNC")
        try:
            rounds.chat_folder = await conn.ensure_folder(self.settings.chat_folder)
        except ImapCommandError as exc:
            self._log.warning("no chat folder, using INBOX: %s", exc.info.detail)
            rounds.chat_folder = ""
        self._online_since = asyncio.get_running_loop().time()
        self._report(ConnectionState.ONLINE, None)
        self._log.info("mail online, chat folder %r", rounds.chat_folder)
        self._watch(conn)
        while True:
            self._check_closing()
            self._wake.clear()
            await self._run_requests(conn)
            conn.take_news()  # this round looks anyway
            moved = await rounds.inbox(conn)
            await rounds.chat(conn, moved=moved)
            if self._requests or self._wake.is_set():
                continue
            await self._wait(conn)

    def _watch(self, conn: ImapConnection) -> None:
        """Watch the chat folder on a second connection (``watch.py``)."""
        folder = self._rounds.chat_folder
        if not (self.options.watch_chat_folder and folder and conn.has("IDLE")):
            return
        self._watcher = ChatFolderWatcher(
            folder,
            connect=self._connect,
            on_change=self.wake,
            options=self.options,
            logger=self._log,
            rng=self._rng,
        )
        self._watcher.start()

    def _idle_seconds(self) -> float:
        """How long to IDLE in INBOX: shorter while no watcher sees the chat
        folder, whose STATUS each round then looks at."""
        if self._rounds.chat_folder and not self.watching:
            return min(self.options.idle_interval, self.options.status_interval)
        return self.options.idle_interval

    def _check_closing(self) -> None:
        if self._closing:
            raise _Stop

    def _stopping(self) -> bool:
        return self._closing

    async def _run_requests(self, conn: ImapConnection) -> None:
        while self._requests:
            request = self._requests[0]
            try:
                result = await request.run(conn)
            except TransportError as exc:
                if conn.closed:
                    raise  # the connection failed: retried on the next one
                self._requests.pop(0)  # refused: that request fails alone
                if not request.done.done():
                    request.done.set_exception(exc)
                continue
            self._requests.pop(0)
            if not request.done.done():
                request.done.set_result(result)

    async def _wait(self, conn: ImapConnection) -> None:
        """IDLE in INBOX until news, ``wake()`` or the interval; or poll."""
        if conn.has("IDLE"):
            status = await self._rounds.select(conn, INBOX)
            if conn.take_news() or self._rounds.behind(status):
                return  # mail came during the round: IDLE would not say so
            await conn.idle(self._idle_seconds(), self._wake)
            return
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self.options.poll_interval):
                await self._wake.wait()
        await conn.noop()
