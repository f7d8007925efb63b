# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``check_connection``: what the XMPP backend does when the network may have changed.

Online, it pings the server (the harness's fake transport shows the ping and
lets the test answer it or not); waiting before a retry, it retries at once.
The retry test connects for real to a closed port on loopback (refused at
once, no server needed) with a long backoff, so "at once" is unmistakable.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from messenger.core.interfaces import BackendContext
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import ConnectionState
from messenger.core.model import ErrorCode
from messenger.core.model import ProtocolKind
from messenger.protocols.xmpp import connection
from messenger.protocols.xmpp.backend import XmppBackend
from messenger.protocols.xmpp.connection import Phase
from tests.unit.protocols.xmpp.harness import Session
from tests.unit.protocols.xmpp.harness import answer_to
from tests.unit.protocols.xmpp.harness import error_to
from tests.unit.protocols.xmpp.harness import requests_with
from tests.unit.protocols.xmpp.recording_sink import RecordingSink

PING = "{urn:xmpp:ping}ping"
TIMEOUT = 5.0


async def eventually(predicate: Callable[[], bool], limit: float = TIMEOUT) -> None:
    """Poll ``predicate``: connection phases have no event to wait on."""
    async with asyncio.timeout(limit):
        while not predicate():  # noqa: ASYNC110 (polling test state on purpose)
            await asyncio.sleep(0.005)


def serving(session: Session) -> asyncio.Future[None]:
    """Put the connector where ``run`` keeps it while a session is up."""
    connector = session.features.connector
    connector.phase = Phase.SERVING
    dropped: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    connector._dropped = dropped
    return dropped


def start_check(session: Session) -> asyncio.Task[None]:
    features = session.features
    return asyncio.create_task(features.connector.check(features.keepalive.probe))


async def sent_pings(session: Session) -> list[ET.Element]:
    await session.settle()
    return requests_with(session.sent(), PING)


@pytest.mark.asyncio
async def test_an_answered_ping_leaves_the_connection_alone(session: Session) -> None:
    serving(session)
    checking = start_check(session)
    pings = await sent_pings(session)
    assert len(pings) == 1
    assert pings[0].get("to") == "example.org"

    session.recv(answer_to(pings[0]))
    async with asyncio.timeout(TIMEOUT):
        await checking
    assert not session.transport.closed


@pytest.mark.asyncio
async def test_an_error_answer_also_proves_the_connection_alive(
    session: Session,
) -> None:
    serving(session)
    checking = start_check(session)
    (ping,) = await sent_pings(session)
    session.recv(error_to(ping, "service-unavailable"))
    async with asyncio.timeout(TIMEOUT):
        await checking
    assert not session.transport.closed


@pytest.mark.asyncio
async def test_no_answer_drops_the_connection_after_the_short_timeout(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection, "CHECK_TIMEOUT", 0.2)
    serving(session)
    loop = asyncio.get_running_loop()
    started = loop.time()
    checking = start_check(session)
    assert len(await sent_pings(session)) == 1
    async with asyncio.timeout(TIMEOUT):
        await checking  # returns once decided, not after the reconnection
    assert session.transport.closed  # aborted: the connector reconnects at once
    assert loop.time() - started < 2.0


@pytest.mark.asyncio
async def test_checks_in_a_burst_share_one_ping(session: Session) -> None:
    serving(session)
    first, second = start_check(session), start_check(session)
    (ping,) = await sent_pings(session)
    third = start_check(session)
    assert await sent_pings(session) == []
    session.recv(answer_to(ping))
    async with asyncio.timeout(TIMEOUT):
        await asyncio.gather(first, second, third)
    assert not session.transport.closed


@pytest.mark.asyncio
@pytest.mark.parametrize("phase", [Phase.IDLE, Phase.CONNECTING])
async def test_no_ping_without_a_session(session: Session, phase: Phase) -> None:
    session.features.connector.phase = phase
    async with asyncio.timeout(TIMEOUT):
        await start_check(session)
    assert await sent_pings(session) == []
    assert not session.transport.closed


@pytest.mark.asyncio
async def test_a_backend_that_is_not_running_ignores_checks(
    session: Session,
) -> None:
    serving(session)  # even so: connect() was never called
    async with asyncio.timeout(TIMEOUT):
        await session.backend.check_connection()
    assert await sent_pings(session) == []


# ------------------------------------------------------------ waiting to retry


def closed_port() -> int:
    """A loopback port nobody listens on (connections are refused at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def refused_backend(sink: RecordingSink, tmp_path: Path) -> XmppBackend:
    account = Account(
        id=AccountId("acct"),
        protocol=ProtocolKind.XMPP,
        address="me@example.org",
        settings={"host": "127.0.0.1", "port": closed_port()},
    )

    async def password() -> str | None:
        return "secret"

    return XmppBackend(
        BackendContext(
            account=account,
            sink=sink,
            get_password=password,
            cache_dir=tmp_path,
            log=logging.LoggerAdapter(logging.getLogger("tests.xmpp"), {}),
        )
    )


@pytest.mark.asyncio
async def test_a_check_while_waiting_to_retry_retries_now_and_resets_the_backoff(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Long pauses (30 s, 90 s, ...): only a check can make the next attempt
    # come within the test's time.
    monkeypatch.setattr(connection, "next_backoff", lambda previous: previous * 3 + 30)
    sink = RecordingSink()
    backend = refused_backend(sink, tmp_path)
    connector = backend._features.connector

    def attempts() -> int:  # the loop reports its state before every attempt
        return len(sink.of("connection_changed"))

    await backend.connect()
    try:
        await eventually(lambda: attempts() == 1 and connector.phase is Phase.WAITING)
        assert connector._delay == 30  # the first pause: 22.5 to 37.5 s

        loop = asyncio.get_running_loop()
        started = loop.time()
        async with asyncio.timeout(TIMEOUT):
            await backend.check_connection()
        await eventually(lambda: attempts() == 2 and connector.phase is Phase.WAITING)
        assert loop.time() - started < TIMEOUT
        state, error, _ = sink.of("connection_changed")[1]
        assert state is ConnectionState.RECONNECTING
        assert error.code is ErrorCode.HOST_UNREACHABLE
        assert connector._delay == 30  # started over: not 120
    finally:
        await backend.disconnect()
