# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Incoming-message intake: sanitising peer data and batching writes.

A burst of thousands of messages must not cost one transaction each: callers
``submit`` from the event loop and get a future; everything submitted until the
writer is free goes to the store in one ``add_messages`` call, in order, up to
``MAX_BATCH`` messages (whole submissions), so that no single write and no
single round of events grows without bound. Gathering a burst into big
submissions is the sources' job (the XMPP backend's worker does it): only they
can tell a burst from a single message, which must not wait.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Sequence
from datetime import UTC
from datetime import datetime
from datetime import timedelta

from messenger.core.interfaces import AddResult
from messenger.core.model import Message
from messenger.core.model import NewMessage

log = logging.getLogger(__name__)

# Peer clocks may be a little ahead; anything beyond this is a lie (CVE-2013-6477
# family: far-future stamps pinning a chat to the bottom) and is clamped to now.
MAX_CLOCK_SKEW = timedelta(minutes=5)
# Nothing was sent over these networks before this.
EARLIEST = datetime(1999, 1, 1, tzinfo=UTC)
# Longest body kept; servers cap stanzas far below this, mail may not.
MAX_BODY_CHARS = 100_000
# Messages per write (more only when one submission is bigger).
MAX_BATCH = 1000

_KEEP_CONTROLS = {"\n", "\t"}


def sanitize_timestamp(stamp: datetime | None, now: datetime) -> datetime:
    """Return a trustworthy UTC time for a peer-supplied ``stamp``."""
    if stamp is None:
        return now
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    if stamp > now + MAX_CLOCK_SKEW or stamp < EARLIEST:
        return now
    return stamp if stamp.tzinfo is UTC else stamp.astimezone(UTC)


def sanitize_body(body: str) -> str:
    """Drop C0/C1 control characters (but newline and tab) and cap the length."""
    if len(body) > MAX_BODY_CHARS:
        body = body[:MAX_BODY_CHARS]
    if body.isprintable():
        return body
    body = body.replace("\r\n", "\n")
    return "".join(c for c in body if c in _KEEP_CONTROLS or not _is_control(c))


def _is_control(char: str) -> bool:
    """C0, DEL, C1 and lone surrogates (invalid UTF-8 that slipped through)."""
    code = ord(char)
    return code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000


Writer = Callable[[Sequence[NewMessage]], Awaitable[AddResult]]
_Submission = tuple[Sequence[NewMessage], asyncio.Future[list[Message | None]]]
Publisher = Callable[[AddResult], None]


class MessageIntake:
    """Coalesces concurrent ``submit`` calls into ordered batched writes."""

    def __init__(self, write: Writer, publish: Publisher) -> None:
        self._write = write
        self._publish = publish
        self._queue: list[_Submission] = []
        self._runner: asyncio.Task[None] | None = None

    def submit(
        self, messages: Sequence[NewMessage]
    ) -> asyncio.Future[list[Message | None]]:
        """Queue ``messages``; the future gives the stored ones (None: duplicate)."""
        future: asyncio.Future[list[Message | None]] = (
            asyncio.get_running_loop().create_future()
        )
        self._queue.append((messages, future))
        if self._runner is None or self._runner.done():
            self._runner = asyncio.create_task(self._run(), name="message-intake")
        return future

    def _take(self) -> list[_Submission]:
        """The oldest submissions, whole, up to MAX_BATCH messages (at least one)."""
        count = taken = 0
        for messages, _ in self._queue:
            if taken and count + len(messages) > MAX_BATCH:
                break
            count += len(messages)
            taken += 1
        batch, self._queue = self._queue[:taken], self._queue[taken:]
        return batch

    async def _run(self) -> None:
        while self._queue:
            batch = self._take()
            flat = [message for messages, _ in batch for message in messages]
            try:
                result = await self._write(flat)
            except Exception as exc:
                log.exception("storing %d messages failed", len(flat))
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            self._publish(result)
            start = 0
            for messages, future in batch:
                if not future.done():
                    future.set_result(result.messages[start : start + len(messages)])
                start += len(messages)

    async def drain(self) -> None:
        """Wait until everything submitted so far is written."""
        while self._runner is not None and not self._runner.done():
            await asyncio.shield(self._runner)
