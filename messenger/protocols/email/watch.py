# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The chat-folder watcher: a second IMAP connection that IDLEs in the chat folder.

Why: ``MailSync`` IDLEs in INBOX. When another device on the same mailbox (or
Delta Chat) moves a new chat mail from INBOX to the chat folder, this device's
INBOX IDLE often hears nothing (Dovecot reports nothing about a mail that came
and went between two of its checks), and a mail another device APPENDs to the
chat folder never shows in INBOX at all. Delta Chat watches INBOX and its chat
folder on separate connections; so do we.

``ChatFolderWatcher`` opens a connection of its own, EXAMINEs the chat folder
(read-only: it changes nothing there) and IDLEs, re-issued every
``idle_interval``. Any change the server reports (EXISTS, EXPUNGE, FETCH,
VANISHED, a new HIGHESTMODSEQ) calls ``on_change``, the supervisor's
``wake()``. The watcher fetches nothing: hand-over, UID order and bookmarks
stay with the supervisor's rounds on the main connection, so a UID is never
handed over by two connections. ``on_change`` is also called whenever the
watcher starts or stops watching: a change in the gap is looked at, and the
supervisor chooses its IDLE interval by ``watching`` (without a watcher it
looks at the chat folder every ``status_interval``, one STATUS).

A dropped connection is opened again after a capped, jittered backoff (reset
once a watch lasted ``stable_after``, capped at ``max_backoff``); so are a
login refused for a limit on connections per user (Dovecot: ``NO [LIMIT]
Maximum number of connections``) and a chat folder that cannot be opened. A
refusal that retrying cannot mend (the login the main connection just passed
refused outright, an untrusted certificate) or a server without IDLE ends
the watcher for the session. Meanwhile the supervisor keeps to its STATUS
checks. The supervisor owns one watcher per main connection: it starts it
after finding the chat folder and ends it with that connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import Callable

from messenger.protocols.email.errors import TransportError
from messenger.protocols.email.imap import ImapConnection
from messenger.protocols.email.rounds import Connect
from messenger.protocols.email.rounds import Logger
from messenger.protocols.email.rounds import SyncOptions
from messenger.protocols.email.rounds import next_backoff

__all__ = ["ChatFolderWatcher"]


class _Unusable(Exception):  # noqa: N818 (a signal, not an error)
    """The server cannot serve a watcher (no IDLE): stop trying."""


class ChatFolderWatcher:
    """IDLE in ``folder`` on a second connection (see the module doc)."""

    def __init__(
        self,
        folder: str,
        *,
        connect: Connect,
        on_change: Callable[[], None],
        options: SyncOptions,
        logger: Logger,
        rng: random.Random,
    ) -> None:
        self.folder = folder
        self._connect = connect
        self._on_change = on_change
        self._options = options
        self._log = logger
        self._rng = rng
        self._task: asyncio.Task[None] | None = None
        self._conn: ImapConnection | None = None
        self._stopping = False
        #: Ends the current IDLE (and the pause between attempts).
        self._interrupt = asyncio.Event()
        self._watching = False
        self._since: float | None = None  # when the current watch began

    @property
    def watching(self) -> bool:
        """Whether the folder is being watched now (connected, in IDLE rounds)."""
        return self._watching

    def start(self) -> None:
        """Start watching in a task this object owns."""
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(
                self._run(), name=f"mail-watch {self.folder}"
            )

    def check(self) -> None:
        """End the current IDLE (or the pause before the next attempt) now.

        IDLE is then issued again, so a dead connection shows within
        ``idle_answer_timeout`` instead of at the interval's end.
        """
        self._interrupt.set()

    async def close(self, seconds: float = 3.0) -> None:
        """End IDLE and LOGOUT (at most ``seconds``), then drop the connection."""
        self._stopping = True
        self._interrupt.set()
        task = self._task
        if task is None or task.done():
            return
        done, _ = await asyncio.wait([task], timeout=seconds)
        if not done:
            self.abort()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def abort(self) -> None:
        """Stop now: drop the connection (no LOGOUT) and cancel the task."""
        self._stopping = True
        self._interrupt.set()
        if self._conn is not None:
            self._conn.abort()
        if self._task is not None and not self._task.done():
            self._task.cancel()

    # ------------------------------------------------------------ the loop
    async def _run(self) -> None:
        delay = 0.0
        while not self._stopping:
            self._since = None
            try:
                await self._watch()
            except TransportError as exc:
                if exc.fatal and not self._stopped():
                    self._log.warning(
                        "not watching the chat folder (%s): looking every %.0f s",
                        exc.info.detail or exc.code,
                        self._options.status_interval,
                    )
                    return
                self._log.info("chat folder watch: %s", exc.info.detail or exc.code)
            except _Unusable as exc:
                self._log.info("not watching the chat folder: %s", exc)
                return
            except Exception:  # noqa: BLE001 - a bug must not end the account's sync
                self._log.exception("the chat folder watch failed")
            finally:
                self._set_watching(False)
            if self._stopped():
                return
            if self._stable():
                delay, pause = 0.0, self._rng.uniform(0.0, 0.5)
            else:
                delay = next_backoff(delay, self._options.max_backoff)
                pause = delay * self._rng.uniform(0.75, 1.25)
            await self._pause(pause)

    def _stopped(self) -> bool:
        return self._stopping

    def _stable(self) -> bool:
        """Whether the watch that just ended lasted ``stable_after``."""
        since = self._since
        now = asyncio.get_running_loop().time()
        return since is not None and now - since >= self._options.stable_after

    async def _pause(self, seconds: float) -> None:
        """Wait before the next attempt; ``check()`` and ``close()`` cut it short."""
        self._interrupt.clear()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._interrupt.wait()

    async def _watch(self) -> None:
        conn = await self._connect()
        self._conn = conn
        try:
            if self._stopped():
                return
            if not conn.has("IDLE"):
                raise _Unusable("the server has no IDLE")
            await conn.select(self.folder, readonly=True)
            self._since = asyncio.get_running_loop().time()
            self._set_watching(True)
            await self._idle(conn)
        finally:
            self._conn = None
            if self._stopped():
                await conn.logout()
            else:
                conn.abort()

    async def _idle(self, conn: ImapConnection) -> None:
        """IDLE until stopped; every reported change calls ``on_change``."""
        while not self._stopping:
            self._interrupt.clear()
            news = conn.take_news()
            pushed = await conn.idle(self._options.idle_interval, self._interrupt)
            if (pushed or news) and not self._stopped():
                self._changed()

    def _set_watching(self, watching: bool) -> None:
        if watching != self._watching:
            self._watching = watching
            self._changed()

    def _changed(self) -> None:
        try:
            self._on_change()
        except Exception:  # noqa: BLE001 - a faulty handler must not stop watching
            self._log.exception("the chat folder change handler failed")
