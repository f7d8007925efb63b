# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""What every feature module of one account shares: settings, client, sink, state."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from typing import TYPE_CHECKING
from typing import Any

from slixmpp import JID
from slixmpp.exceptions import IqError
from slixmpp.exceptions import IqTimeout
from slixmpp.stanza import Iq

from messenger.core.errors import CoreError
from messenger.core.interfaces import BackendSink
from messenger.core.model import Account
from messenger.core.model import ErrorCode
from messenger.core.model import JsonValue
from messenger.protocols.xmpp.worker import SinkWorker

if TYPE_CHECKING:
    from messenger.protocols.xmpp.client import XmppClient

DEFAULT_RESOURCE = "messenger"
# Every IQ round trip is bounded by this (seconds).
IQ_TIMEOUT = 30.0


@dataclass(frozen=True, slots=True, kw_only=True)
class XmppSettings:
    """The account settings this backend reads (all optional; see docs/xmpp.md)."""

    resource: str = DEFAULT_RESOURCE
    host: str = ""
    port: int = 0
    direct_tls: bool = False
    ca_file: str = ""
    pinned_fingerprint: str = ""
    priority: int = 0
    #: Register the account (XEP-0077) before the next login.
    register: bool = False
    #: Tell the operating system in software version answers (XEP-0092).
    share_os: bool = False

    @classmethod
    def from_account(cls, settings: dict[str, JsonValue]) -> XmppSettings:
        def text(key: str) -> str:
            value = settings.get(key)
            return value.strip() if isinstance(value, str) else ""

        def number(key: str, low: int, high: int) -> int:
            value = settings.get(key)
            if isinstance(value, bool) or not isinstance(value, int | str):
                return 0
            try:
                number = int(value)
            except ValueError:
                return 0
            return number if low <= number <= high else 0

        return cls(
            resource=text("resource") or DEFAULT_RESOURCE,
            host=text("host"),
            port=number("port", 1, 65535),
            direct_tls=settings.get("direct_tls") is True,
            ca_file=text("ca_file"),
            pinned_fingerprint=text("pinned_fingerprint"),
            priority=number("priority", -128, 127),
            register=settings.get("register") is True,
            share_os=settings.get("share_os") is True,
        )


@dataclass(slots=True, kw_only=True)
class XmppContext:
    """One account's shared state; ``client`` is replaced on every ``connect``."""

    account: Account
    sink: BackendSink
    log: logging.LoggerAdapter[logging.Logger]
    settings: XmppSettings
    jid: JID
    worker: SinkWorker
    client: XmppClient | None = None
    online: bool = False
    server_features: frozenset[str] = frozenset()
    account_features: frozenset[str] = frozenset()
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    tasks: set[asyncio.Task[Any]] = field(default_factory=set)

    @property
    def own(self) -> JID:
        """The bound full JID (or the configured one before binding)."""
        return self.client.boundjid if self.client is not None else self.jid

    def require_client(self) -> XmppClient:
        """The client of an online session, else ``CoreError(NOT_CONNECTED)``."""
        if self.client is None or not self.online:
            raise CoreError(ErrorCode.NOT_CONNECTED)
        return self.client

    def require_session(self) -> XmppClient:
        """The client while a stream is up (also during login set-up)."""
        if self.client is None or self.client.transport is None:
            raise CoreError(ErrorCode.NOT_CONNECTED)
        return self.client

    def spawn(self, coro: Awaitable[Any], name: str) -> asyncio.Task[Any]:
        """Run ``coro`` as a task this account owns; failures are logged."""
        task: asyncio.Task[Any] = asyncio.ensure_future(coro)
        task.set_name(name)
        self.tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self.tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            self.log.error("task %s failed", task.get_name(), exc_info=task.exception())


async def request(iq: Iq, seconds: float = IQ_TIMEOUT) -> Iq:
    """Send an IQ get/set and return its result; every wait is bounded.

    Raises ``IqError`` (the peer answered an error) or ``TimeoutError``.
    """
    try:
        async with asyncio.timeout(seconds + 1):
            result: Iq = await iq.send(timeout=seconds)  # type: ignore[no-untyped-call]
    except IqTimeout:
        raise TimeoutError(f"no answer to {iq['type']} iq in {seconds} s") from None
    return result


async def command(iq: Iq, seconds: float = IQ_TIMEOUT) -> Iq:
    """``request`` for user commands: failures become ``CoreError``."""
    try:
        return await request(iq, seconds)
    except TimeoutError:
        raise CoreError(ErrorCode.TIMEOUT, "the server did not answer") from None
    except IqError as exc:
        condition = str(exc.condition) or "error"
        code = {
            "item-not-found": ErrorCode.NOT_FOUND,
            "bad-request": ErrorCode.INVALID_INPUT,
            "jid-malformed": ErrorCode.INVALID_INPUT,
            "not-acceptable": ErrorCode.INVALID_INPUT,
            "feature-not-implemented": ErrorCode.UNSUPPORTED,
            "service-unavailable": ErrorCode.UNSUPPORTED,
        }.get(condition, ErrorCode.SERVER_ERROR)
        raise CoreError(code, condition) from None
