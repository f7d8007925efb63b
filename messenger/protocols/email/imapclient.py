# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""aioimaplib, adapted: the client and protocol ``imap.py`` drives, IDLE helpers.

Two fixes over aioimaplib 2.0.3's protocol: responses are handled in a loop
instead of one recursion per line (a long LIST or FETCH arriving in one read
hit the recursion limit) and only the leading ``* `` of an untagged line is
removed (aioimaplib removed every ``* `` in it, mangling mailbox names). The
greeting is kept and a refused greeting reported (aioimaplib lost the error in
a task, so its caller waited for ever). An untagged EXISTS is noted even when
aioimaplib drops it (it came with the answer to another command), so the sync
does not start IDLE unaware of new mail. Everything else is aioimaplib's.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable
from collections.abc import Iterable
from typing import Any

import aioimaplib
from aioimaplib.aioimaplib import CRLF
from aioimaplib.aioimaplib import Command
from aioimaplib.aioimaplib import IncompleteRead
from aioimaplib.aioimaplib import Response
from aioimaplib.aioimaplib import literal_data_re
from aioimaplib.aioimaplib import message_data_re

from messenger.protocols.email import imapwire

# A TLS handshake (implicit or after STARTTLS) may take this long (seconds).
HANDSHAKE_TIMEOUT = 30.0
_EXISTS = re.compile(rb"\d+ EXISTS\b", re.IGNORECASE)
_HIGHESTMODSEQ = re.compile(rb"OK \[HIGHESTMODSEQ \d+\]", re.IGNORECASE)


class ImapProtocol(aioimaplib.IMAP4ClientProtocol):  # type: ignore[misc]
    """aioimaplib's protocol with the fixes of the module doc and greeting errors."""

    def __init__(self, loop: asyncio.AbstractEventLoop, conn_lost: Any) -> None:
        super().__init__(loop, conn_lost)
        self.greeted = asyncio.Event()
        self.greeting = b""
        self.greeting_error: BaseException | None = None
        #: An untagged EXISTS arrived (in any answer): new mail may be there.
        self.new_exists = False

    async def welcome(self, command: bytes) -> None:
        self.greeting = bytes(command)
        try:
            await super().welcome(command)
        except Exception as exc:  # noqa: BLE001 (reported through greeting_error)
            self.greeting_error = exc
        finally:
            self.greeted.set()

    def _handle_responses(
        self, data: bytes, line_handler: Any, current_cmd: Any = None
    ) -> None:
        # The same steps as aioimaplib's version, as a loop instead of recursion.
        while True:
            if not data:
                if self.pending_sync_command is not None:
                    self.pending_sync_command.flush()
                if current_cmd is not None and current_cmd.wait_data():
                    raise IncompleteRead(current_cmd)
                return
            if current_cmd is not None and current_cmd.wait_literal_data():
                data = current_cmd.append_literal_data(data)
                if current_cmd.wait_literal_data():
                    raise IncompleteRead(current_cmd)
            line, separator, tail = data.partition(CRLF)
            if not separator:
                raise IncompleteRead(current_cmd, data)
            cmd = line_handler(line, current_cmd)
            begin_literal = literal_data_re.match(line)
            if begin_literal:
                if cmd is None:
                    cmd = Command("NIL", "unused", loop=self.loop)
                cmd.begin_literal_data(int(begin_literal.group("size")))
                data, current_cmd = tail, cmd
            elif cmd is not None and cmd.wait_data():
                data, current_cmd = tail, cmd
            else:
                data, current_cmd = tail, None

    def _untagged_response(self, line: bytes) -> Any:
        line = line[2:] if line.startswith(b"* ") else line
        if _EXISTS.match(line):
            self.new_exists = True
        if self.pending_sync_command is not None:
            self.pending_sync_command.append_to_resp(line)
            return self.pending_sync_command
        match = message_data_re.match(line)
        if match:
            name, text = match.group(1), line
        else:
            name, _, text = line.partition(b" ")
        command = self.pending_async_commands.get(
            name.decode("ascii", "replace").upper()
        )
        if command is not None:
            command.append_to_resp(text)
            return command
        command = self.pending_async_commands.get("NOOP")
        if command is not None:
            command.append_to_resp(line)
        return command


class ImapClient(aioimaplib.IMAP4):  # type: ignore[misc]
    """aioimaplib's client using ``ImapProtocol``."""

    def create_client(
        self,
        host: str,
        port: int,
        loop: asyncio.AbstractEventLoop | None,
        conn_lost_cb: Any = None,
        ssl_context: Any = None,
    ) -> None:
        running = loop if loop is not None else asyncio.get_running_loop()
        self.protocol = ImapProtocol(running, conn_lost_cb)
        self._client_task = running.create_task(
            running.create_connection(
                lambda: self.protocol,
                host,
                port,
                ssl=ssl_context,
                ssl_handshake_timeout=HANDSHAKE_TIMEOUT if ssl_context else None,
            )
        )


async def idle_events(
    protocol: ImapProtocol,
    idling: asyncio.Future[Any],
    wake: asyncio.Event,
    seconds: float,
) -> bool:
    """Wait for a push, ``wake``, the end of IDLE or of ``seconds``; True on a push.

    Keep-alive lines ("* OK Still here") are no push.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while (remaining := deadline - loop.time()) > 0:
        if wake.is_set() or idling.done():
            return False
        getting = asyncio.ensure_future(protocol.idle_queue.get())
        waking = asyncio.ensure_future(wake.wait())
        try:
            await asyncio.wait(
                {getting, waking, idling},
                timeout=remaining,
                return_when=asyncio.FIRST_COMPLETED,
            )
        finally:
            waking.cancel()
            if not getting.done():
                getting.cancel()
        if getting.done() and not getting.cancelled() and pushes(getting.result()):
            return True
    return False


async def first_done(*awaitables: Awaitable[Any]) -> None:
    """Return when the first of ``awaitables`` is done; cancel the others' waits."""
    futures = [asyncio.ensure_future(a) for a in awaitables]
    try:
        await asyncio.wait(futures, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for future in futures[1:]:
            if not future.done():
                future.cancel()


def pushes(lines: Iterable[bytes | bytearray]) -> bool:
    """Whether untagged lines say the mailbox changed (keep-alives do not).

    EXISTS, EXPUNGE, RECENT, FETCH (flags), VANISHED, and an ``OK
    [HIGHESTMODSEQ n]`` (CONDSTORE: something changed, RFC 7162 3.1.2.1).
    """
    return any(imapwire.is_push(line) or _HIGHESTMODSEQ.match(line) for line in lines)


def last_text(response: Response) -> str:
    """The text of the tagged answer (the last line aioimaplib keeps)."""
    lines = response.lines
    if not lines or not isinstance(lines[-1], bytes):
        return ""
    last: bytes = lines[-1]
    return last.decode("utf-8", "replace")
