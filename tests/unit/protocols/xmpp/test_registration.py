# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0077 in-band registration at stanza level, and its error mapping."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from messenger.core.model import ErrorCode
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.connection import Failure
from messenger.protocols.xmpp.features import registration as registration_module
from messenger.protocols.xmpp.features.registration import Registration
from messenger.protocols.xmpp.features.registration import registration_failure
from messenger.protocols.xmpp.ns import tag
from tests.unit.protocols.xmpp.harness import SERVER
from tests.unit.protocols.xmpp.harness import Session
from tests.unit.protocols.xmpp.harness import answer_to
from tests.unit.protocols.xmpp.harness import error_to

QUERY = tag(ns.REGISTER, "query")
FORM = f"<query xmlns='{ns.REGISTER}'><username/><password/></query>"
FEATURES = (
    "<stream:features><register xmlns='http://jabber.org/features/iq-register'/>"
    f"<mechanisms xmlns='{ns.SASL}'><mechanism>SCRAM-SHA-1</mechanism></mechanisms>"
    "</stream:features>"
)


@pytest_asyncio.fixture
async def registering() -> AsyncIterator[Session]:
    session = await Session.start(settings={"register": True}, online=False)
    try:
        yield session
    finally:
        await session.close()


@pytest.mark.parametrize(
    ("condition", "code", "fatal"),
    [
        ("conflict", ErrorCode.CONFLICT, True),
        ("not-allowed", ErrorCode.POLICY_VIOLATION, True),
        ("not-acceptable", ErrorCode.POLICY_VIOLATION, True),
        ("policy-violation", ErrorCode.POLICY_VIOLATION, True),
        ("service-unavailable", ErrorCode.POLICY_VIOLATION, True),
        ("resource-constraint", ErrorCode.SERVER_ERROR, False),
        ("internal-server-error", ErrorCode.SERVER_ERROR, False),
    ],
)
def test_registration_errors(condition: str, code: ErrorCode, fatal: bool) -> None:
    failure = registration_failure(condition, f"{condition}: the server says no")
    assert (failure.error.code, failure.fatal) == (code, fatal)
    assert failure.error.detail == f"{condition}: the server says no"


async def start(session: Session) -> tuple[asyncio.Future[bool], list[Failure]]:
    reports: list[Failure] = []
    registration = Registration(session.ctx, reports.append)
    return asyncio.ensure_future(registration.before_login()), reports


async def next_request(session: Session) -> Any:
    await session.settle()
    [request] = session.sent()
    return request


@pytest.mark.asyncio
async def test_registration_sends_name_and_password_once(
    registering: Session, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="slixmpp")
    session = registering
    reports: list[Failure] = []
    registration = Registration(session.ctx, reports.append)
    task = asyncio.ensure_future(registration.before_login())

    form = await next_request(session)
    assert (form.get("type"), form.get("to")) == ("get", SERVER)
    assert form.find(QUERY) is not None
    session.recv(answer_to(form, FORM))
    submit = await next_request(session)
    assert (submit.get("type"), submit.get("to")) == ("set", SERVER)
    assert submit.findtext(f"{QUERY}/{tag(ns.REGISTER, 'username')}") == "me"
    assert submit.findtext(f"{QUERY}/{tag(ns.REGISTER, 'password')}") == "secret"
    session.recv(answer_to(submit))

    assert await task is True
    assert session.sink.of("update_settings") == [{"register": False}]
    assert reports == []
    assert await registration.before_login() is True  # done: not again
    await session.settle()
    assert session.sent() == []
    assert "<credentials not logged>" in caplog.text
    assert "secret" not in caplog.text  # the password, never at any level


@pytest.mark.asyncio
async def test_a_taken_name_is_a_conflict(registering: Session) -> None:
    task, reports = await start(registering)
    registering.recv(answer_to(await next_request(registering), FORM))
    submit = await next_request(registering)
    registering.recv(error_to(submit, "conflict", "The username exists"))

    assert await task is False
    [failure] = reports
    assert (failure.error.code, failure.fatal) == (ErrorCode.CONFLICT, True)
    assert failure.error.detail == "conflict: The username exists"
    assert registering.sink.of("update_settings") == []


@pytest.mark.asyncio
async def test_a_server_without_registration_is_a_policy(registering: Session) -> None:
    task, reports = await start(registering)
    form = await next_request(registering)
    registering.recv(error_to(form, "not-allowed", "Registration is \u202eclosed"))

    assert await task is False
    [failure] = reports
    assert failure.error.code is ErrorCode.POLICY_VIOLATION
    assert failure.error.detail == "not-allowed: Registration is closed"


@pytest.mark.asyncio
async def test_answers_from_elsewhere_do_not_count(
    registering: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(registration_module, "REGISTER_TIMEOUT", 0.3)
    task, reports = await start(registering)
    form = await next_request(registering)
    registering.recv(answer_to(form, FORM, sender="mallory@evil.example"))

    assert await task is False
    [failure] = reports
    assert (failure.error.code, failure.fatal) == (ErrorCode.TIMEOUT, False)


@pytest.mark.asyncio
async def test_without_the_setting_nothing_is_registered(session: Session) -> None:
    task, _reports = await start(session)
    assert await task is True
    await session.settle()
    assert session.sent() == []


@pytest.mark.asyncio
async def test_the_client_registers_only_on_an_encrypted_stream(
    registering: Session,
) -> None:
    session = registering
    session.recv(FEATURES)  # the fake transport is not encrypted
    await session.settle()
    assert all(s.find(QUERY) is None for s in session.sent())

    def extra_info(name: str, default: Any = None) -> Any:
        return object() if name == "ssl_object" else default

    session.transport.get_extra_info = extra_info  # type: ignore[method-assign]
    session.transport.closed = False
    session.recv(FEATURES)
    form = await next_request(session)
    assert form.find(QUERY) is not None  # before any SASL
    session.recv(error_to(form, "not-allowed"))
    await session.settle()

    assert session.transport.closed  # the attempt is abandoned
    assert session.sink.of("update_settings") == []
