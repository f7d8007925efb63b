# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The SMTP side of sending: one mail after another, retried until it goes.

The persistent queue is the core's (messages stay PENDING in the database until
we report them SENT or FAILED, and the core hands every PENDING message over
again after a restart or a reconnect). :class:`Outbox` is the short-lived part:
it submits the mails it was given in order, one at a time, and

- reports a mail SENT once the submission server took it for its recipients;
- reports it FAILED with the server's reason when the server refused it for
  good (5xx) or refused the chat partner as a recipient;
- keeps it at the head of the queue after a temporary failure (4xx, no
  connection, timeouts) and tries again after a pause that doubles up to
  ``max_pause``; :meth:`kick` tries again at once (reconnected, network back).

A message already queued (the core resends PENDING ones on every reconnect) is
not queued twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass

from messenger.protocols.email.smtp import SendResult
from messenger.protocols.email.smtp import SmtpError

FIRST_PAUSE = 2.0
MAX_PAUSE = 300.0

Send = Callable[[bytes, Sequence[str]], Awaitable[SendResult]]
Logger = logging.Logger | logging.LoggerAdapter[logging.Logger]


@dataclass(frozen=True, slots=True, kw_only=True)
class QueuedMail:
    """A mail to submit: ``origin_id`` identifies the core's message."""

    origin_id: str
    raw: bytes
    recipients: tuple[str, ...]
    # Whose refusal fails the message (the chat partner, not our BCC copy).
    required: tuple[str, ...]


Report = Callable[[QueuedMail, str], Awaitable[None]]


class Outbox:
    """Submits queued mails in order (see the module doc)."""

    def __init__(
        self,
        send: Send,
        *,
        on_sent: Callable[[QueuedMail], Awaitable[None]],
        on_failed: Report,
        log: Logger,
        first_pause: float = FIRST_PAUSE,
        max_pause: float = MAX_PAUSE,
    ) -> None:
        self._send = send
        self._on_sent = on_sent
        self._on_failed = on_failed
        self._log = log
        self._first_pause = first_pause
        self._max_pause = max_pause
        self._queue: dict[str, QueuedMail] = {}
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._pause = 0.0
        #: The last temporary failure (for diagnostics; "" after a success).
        self.last_error = ""

    def __len__(self) -> int:
        return len(self._queue)

    def __contains__(self, origin_id: object) -> bool:
        return origin_id in self._queue

    def put(self, mail: QueuedMail) -> None:
        """Queue ``mail`` unless a mail for the same message is queued."""
        if mail.origin_id in self._queue:
            return
        self._queue[mail.origin_id] = mail
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(
                self._run(), name="email-outbox"
            )
        self._wake.set()

    def kick(self) -> None:
        """Try the head of the queue now (after a reconnect, the network back)."""
        self._pause = 0.0
        self._wake.set()

    async def close(self) -> None:
        """Stop sending; queued mails are forgotten (the core still has them)."""
        self._queue.clear()
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        while self._queue:
            mail = next(iter(self._queue.values()))
            try:
                result = await self._send(mail.raw, mail.recipients)
            except SmtpError as exc:
                if exc.permanent:
                    self._queue.pop(mail.origin_id, None)
                    await self._report_failed(mail, exc.info.detail)
                    continue
                await self._wait_after(exc.info.detail)
                continue
            except Exception as exc:  # noqa: BLE001 (the queue must go on)
                # Not the server's answer: a bug or an unforeseen error. The
                # message stays queued, as after a temporary failure.
                self._log.exception("sending a queued mail failed")
                await self._wait_after(type(exc).__name__)
                continue
            self._queue.pop(mail.origin_id, None)
            self._pause = 0.0
            self.last_error = ""
            refused = [r for r in mail.required if r in result.refused]
            if refused:
                await self._report_failed(mail, result.refused[refused[0]])
            else:
                await self._report(self._on_sent(mail))

    async def _wait_after(self, reason: str) -> None:
        self.last_error = reason
        self._pause = min(
            self._max_pause, self._pause * 2 if self._pause else self._first_pause
        )
        self._log.info(
            "sending failed (%s); trying again in %.0f s", reason, self._pause
        )
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self._pause):
                await self._wake.wait()

    async def _report_failed(self, mail: QueuedMail, reason: str) -> None:
        await self._report(self._on_failed(mail, reason))

    async def _report(self, call: Awaitable[None]) -> None:
        try:
            await call
        except Exception:  # noqa: BLE001 (the queue must go on)
            self._log.exception("reporting a sent mail's state failed")
