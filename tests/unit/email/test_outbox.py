# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``Outbox``: mails go out in order, once, and their fate is reported.

The submission is ``FakeSend``, a test double scripted with what the SMTP
side answers for each attempt (taken, refused for some recipients, a
temporary or permanent error, or "wait until released"): the timing of
retries cannot be arranged with a real server. (The real SMTP path:
tests/unit/email/test_smtp.py and tests/integration/email.)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

import pytest
import pytest_asyncio

from messenger.core.model import ErrorCode
from messenger.protocols.email.outbox import Outbox
from messenger.protocols.email.outbox import QueuedMail
from messenger.protocols.email.smtp import SendResult
from messenger.protocols.email.smtp import SmtpError

pytestmark = pytest.mark.asyncio

WAIT = 5.0
PEER = "bob@example.net"
OWN = "me@example.org"
log = logging.getLogger("test.outbox")


def mail(origin_id: str, *, raw: bytes = b"") -> QueuedMail:
    return QueuedMail(
        origin_id=origin_id,
        raw=raw or origin_id.encode(),
        recipients=(PEER, OWN),
        required=(PEER,),
    )


def temporary(detail: str = "451 try again later") -> SmtpError:
    return SmtpError(ErrorCode.SERVER_ERROR, detail, reply_code=451, fatal=False)


def permanent(detail: str = "554 content rejected") -> SmtpError:
    return SmtpError(
        ErrorCode.SERVER_ERROR, detail, permanent=True, reply_code=554, fatal=False
    )


Answer = SendResult | Exception | asyncio.Event


@dataclass
class FakeSend:
    """Test double for the SMTP submission: answers from a script, then "taken".

    An ``asyncio.Event`` in the script holds that attempt until it is set.
    """

    script: list[Answer] = field(default_factory=list)
    attempts: list[bytes] = field(default_factory=list)
    attempted: asyncio.Event = field(default_factory=asyncio.Event)

    async def __call__(self, raw: bytes, recipients: Sequence[str]) -> SendResult:
        assert tuple(recipients) == (PEER, OWN)
        self.attempts.append(raw)
        self.attempted.set()
        answer = self.script.pop(0) if self.script else SendResult()
        if isinstance(answer, asyncio.Event):
            await answer.wait()
            return SendResult()
        if isinstance(answer, Exception):
            raise answer
        return answer

    async def wait_attempts(self, count: int) -> None:
        async with asyncio.timeout(WAIT):
            while len(self.attempts) < count:
                self.attempted.clear()
                await self.attempted.wait()


@dataclass
class Reports:
    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    async def on_sent(self, mail: QueuedMail) -> None:
        self.sent.append(mail.origin_id)
        self.changed.set()

    async def on_failed(self, mail: QueuedMail, reason: str) -> None:
        self.failed.append((mail.origin_id, reason))
        self.changed.set()

    async def wait(self, count: int) -> None:
        """Until ``count`` mails were reported (sent or failed)."""
        async with asyncio.timeout(WAIT):
            while len(self.sent) + len(self.failed) < count:
                self.changed.clear()
                await self.changed.wait()


@dataclass
class Rig:
    send: FakeSend
    reports: Reports
    outbox: Outbox


async def make_rig(first_pause: float = 0.01, max_pause: float = 0.05) -> Rig:
    send, reports = FakeSend(), Reports()
    outbox = Outbox(
        send,
        on_sent=reports.on_sent,
        on_failed=reports.on_failed,
        log=log,
        first_pause=first_pause,
        max_pause=max_pause,
    )
    return Rig(send, reports, outbox)


@pytest_asyncio.fixture
async def rig() -> AsyncIterator[Rig]:
    made = await make_rig()
    yield made
    await made.outbox.close()


# ------------------------------------------------------------------ order


async def test_mails_go_out_one_after_another_in_order(rig: Rig) -> None:
    for origin_id in ("a", "b", "c"):
        rig.outbox.put(mail(origin_id))

    await rig.reports.wait(3)

    assert rig.send.attempts == [b"a", b"b", b"c"]
    assert rig.reports.sent == ["a", "b", "c"]
    assert rig.reports.failed == []
    assert len(rig.outbox) == 0


async def test_only_one_mail_is_submitted_at_a_time(rig: Rig) -> None:
    release = asyncio.Event()
    rig.send.script = [release]
    rig.outbox.put(mail("a"))
    rig.outbox.put(mail("b"))

    await rig.send.wait_attempts(1)
    await asyncio.sleep(0.05)

    assert rig.send.attempts == [b"a"]  # b waits for a
    release.set()
    await rig.reports.wait(2)
    assert rig.reports.sent == ["a", "b"]


# ------------------------------------------------------------------ failures


async def test_a_temporary_failure_is_retried_and_the_mail_then_sent(
    rig: Rig,
) -> None:
    rig.send.script = [temporary("451 greylisted"), temporary(), SendResult()]
    rig.outbox.put(mail("a"))
    rig.outbox.put(mail("b"))

    await rig.reports.wait(2)

    # The head of the queue is retried until it goes; b never overtakes it.
    assert rig.send.attempts == [b"a", b"a", b"a", b"b"]
    assert rig.reports.sent == ["a", "b"]
    assert rig.reports.failed == []
    assert rig.outbox.last_error == ""


async def test_the_last_temporary_error_is_kept_while_waiting() -> None:
    rig = await make_rig(first_pause=60.0, max_pause=60.0)
    rig.send.script = [temporary("451 4.3.0 mailbox busy")]
    rig.outbox.put(mail("a"))

    await rig.send.wait_attempts(1)
    await asyncio.sleep(0)

    assert rig.outbox.last_error == "451 4.3.0 mailbox busy"
    assert "a" in rig.outbox
    assert rig.reports.sent == []
    assert rig.reports.failed == []
    await rig.outbox.close()


async def test_a_permanent_failure_is_reported_and_the_queue_goes_on(
    rig: Rig,
) -> None:
    rig.send.script = [permanent("554 5.7.1 rejected as spam")]
    rig.outbox.put(mail("a"))
    rig.outbox.put(mail("b"))

    await rig.reports.wait(2)

    assert rig.reports.failed == [("a", "554 5.7.1 rejected as spam")]
    assert rig.reports.sent == ["b"]
    assert rig.send.attempts == [b"a", b"b"]  # a was not tried again


async def test_a_refused_chat_partner_fails_the_message(rig: Rig) -> None:
    rig.send.script = [SendResult(refused={PEER: "550 5.1.1 no such user"})]
    rig.outbox.put(mail("a"))

    await rig.reports.wait(1)

    assert rig.reports.failed == [("a", "550 5.1.1 no such user")]
    assert rig.reports.sent == []


async def test_a_refused_copy_to_ourselves_does_not_fail_the_message(
    rig: Rig,
) -> None:
    rig.send.script = [SendResult(refused={OWN: "552 mailbox full"})]
    rig.outbox.put(mail("a"))

    await rig.reports.wait(1)

    assert rig.reports.sent == ["a"]
    assert rig.reports.failed == []


async def test_a_failing_report_does_not_stop_the_queue(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[str] = []
    both = asyncio.Event()

    async def broken(mail: QueuedMail) -> None:
        seen.append(mail.origin_id)
        if len(seen) == 2:
            both.set()
        if mail.origin_id == "a":
            raise RuntimeError("database gone")

    outbox = Outbox(rig.send, on_sent=broken, on_failed=rig.reports.on_failed, log=log)
    outbox.put(mail("a"))
    outbox.put(mail("b"))
    try:
        async with asyncio.timeout(WAIT):
            await both.wait()
    finally:
        await outbox.close()

    assert seen == ["a", "b"]
    assert "reporting a sent mail's state failed" in caplog.text


# ------------------------------------------------------------------ kick


async def test_kick_retries_at_once_instead_of_waiting_out_the_pause() -> None:
    rig = await make_rig(first_pause=60.0, max_pause=60.0)
    rig.send.script = [temporary()]
    rig.outbox.put(mail("a"))
    await rig.send.wait_attempts(1)
    await asyncio.sleep(0.05)
    assert len(rig.send.attempts) == 1  # waiting out the 60 s pause

    rig.outbox.kick()

    await rig.reports.wait(1)
    assert rig.reports.sent == ["a"]
    assert len(rig.send.attempts) == 2
    await rig.outbox.close()


async def test_kick_with_nothing_queued_sends_nothing(rig: Rig) -> None:
    rig.outbox.kick()
    await asyncio.sleep(0.02)

    assert rig.send.attempts == []


# ------------------------------------------------------------------ no doubles


async def test_a_message_already_queued_is_not_queued_twice(rig: Rig) -> None:
    release = asyncio.Event()
    rig.send.script = [release]
    rig.outbox.put(mail("a"))
    rig.outbox.put(mail("b"))
    # The core hands every PENDING message over again after a reconnect.
    rig.outbox.put(mail("a", raw=b"a again"))
    rig.outbox.put(mail("b", raw=b"b again"))

    assert len(rig.outbox) == 2
    assert "a" in rig.outbox
    assert "b" in rig.outbox
    release.set()
    await rig.reports.wait(2)
    await asyncio.sleep(0.02)

    assert rig.send.attempts == [b"a", b"b"]
    assert rig.reports.sent == ["a", "b"]


async def test_a_message_handed_over_after_it_went_is_sent_again(rig: Rig) -> None:
    # Once gone from the queue, the core decides: if it still says PENDING
    # (the SENT report was lost), the mail goes again.
    rig.outbox.put(mail("a"))
    await rig.reports.wait(1)

    rig.outbox.put(mail("a"))
    await rig.reports.wait(2)

    assert rig.send.attempts == [b"a", b"a"]


# ------------------------------------------------------------------ close


async def test_close_forgets_the_queue_and_stops_the_send_under_way() -> None:
    rig = await make_rig()
    never = asyncio.Event()
    rig.send.script = [never]
    rig.outbox.put(mail("a"))
    rig.outbox.put(mail("b"))
    await rig.send.wait_attempts(1)

    await rig.outbox.close()
    await asyncio.sleep(0.02)

    assert len(rig.outbox) == 0
    assert "b" not in rig.outbox
    assert rig.send.attempts == [b"a"]
    assert rig.reports.sent == []
    assert rig.reports.failed == []
    await rig.outbox.close()  # twice is fine


async def test_close_ends_the_wait_after_a_temporary_failure() -> None:
    rig = await make_rig(first_pause=60.0, max_pause=60.0)
    rig.send.script = [temporary()]
    rig.outbox.put(mail("a"))
    await rig.send.wait_attempts(1)

    async with asyncio.timeout(WAIT):
        await rig.outbox.close()

    assert rig.reports.sent == []
    assert rig.reports.failed == []


async def test_an_outbox_takes_new_mail_after_close(rig: Rig) -> None:
    await rig.outbox.close()

    rig.outbox.put(mail("c"))
    await rig.reports.wait(1)

    assert rig.reports.sent == ["c"]


async def test_an_unexpected_error_keeps_the_mail_queued_and_the_queue_going(
    rig: Rig,
) -> None:
    """Not the server's answer (a bug, an unforeseen library error): retried."""
    rig.send.script = [RuntimeError("unforeseen"), SendResult()]
    rig.outbox.put(mail("a"))
    rig.outbox.put(mail("b"))

    await rig.reports.wait(2)

    assert rig.send.attempts == [b"a", b"a", b"b"]
    assert rig.reports.sent == ["a", "b"]
