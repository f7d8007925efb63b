# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Error codes, backoff, settings and TLS helpers of the connection layer."""

from __future__ import annotations

import socket
import ssl

import pytest

from messenger.core.model import ErrorCode
from messenger.protocols.xmpp import connection
from messenger.protocols.xmpp import tls
from messenger.protocols.xmpp.context import XmppSettings


def test_backoff_is_capped() -> None:
    delays = [0.0]
    for _ in range(12):
        delays.append(connection.next_backoff(delays[-1]))
    assert delays[1:6] == [1, 3, 7, 15, 31]
    assert max(delays) == connection.MAX_BACKOFF


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ("No DNS record available for example.org", ErrorCode.HOST_NOT_FOUND),
        (socket.gaierror(-2, "Name or service not known"), ErrorCode.HOST_NOT_FOUND),
        (ConnectionRefusedError(111, "Connection refused"), ErrorCode.HOST_UNREACHABLE),
        (TimeoutError(), ErrorCode.TIMEOUT),
        (ssl.SSLCertVerificationError("bad"), ErrorCode.CERTIFICATE_UNTRUSTED),
        (ssl.SSLError(1, "wrong version"), ErrorCode.TLS_UNAVAILABLE),
        (None, ErrorCode.HOST_UNREACHABLE),
    ],
)
def test_connection_failures(data: object, code: ErrorCode) -> None:
    failure = connection.failure_of(data)
    assert failure.error.code is code
    assert not failure.fatal  # the connector decides (certificates: after pinning)


@pytest.mark.parametrize(
    ("condition", "code", "fatal"),
    [
        ("not-authorized", ErrorCode.AUTH_FAILED, True),
        ("account-disabled", ErrorCode.AUTH_FAILED, True),
        ("temporary-auth-failure", ErrorCode.SERVER_ERROR, False),
    ],
)
def test_sasl_failures(condition: str, code: ErrorCode, fatal: bool) -> None:
    failure = connection.sasl_failure(condition, "")
    assert (failure.error.code, failure.fatal) == (code, fatal)


@pytest.mark.parametrize(
    ("condition", "code", "fatal"),
    [
        ("conflict", ErrorCode.CONFLICT, True),
        ("policy-violation", ErrorCode.POLICY_VIOLATION, False),
        ("not-authorized", ErrorCode.AUTH_FAILED, True),
        ("host-unknown", ErrorCode.HOST_NOT_FOUND, False),
        ("system-shutdown", ErrorCode.SERVER_ERROR, False),
        ("see-other-host", ErrorCode.SERVER_ERROR, False),
    ],
)
def test_stream_errors(condition: str, code: ErrorCode, fatal: bool) -> None:
    failure = connection.stream_failure(condition, "bye")
    assert (failure.error.code, failure.fatal) == (code, fatal)
    assert failure.error.detail == f"{condition}: bye"


def test_settings_are_read_defensively() -> None:
    settings = XmppSettings.from_account(
        {
            "resource": " desk ",
            "port": "5223",
            "direct_tls": "yes",  # only a real bool counts
            "priority": 500,
            "ca_file": 42,
        }
    )
    assert settings == XmppSettings(resource="desk", port=5223)
    assert XmppSettings.from_account({}).resource == "messenger"


def test_fingerprints() -> None:
    formatted = tls.format_fingerprint(b"certificate")
    assert len(formatted) == 95
    assert formatted == formatted.upper()
    assert tls.normalize_fingerprint(formatted.lower().replace(":", "")) == formatted
    assert tls.normalize_fingerprint("AB:CD") == ""
    assert tls.normalize_fingerprint("ZZ" * 32) == ""


def test_the_verifying_context_checks_names_and_chains() -> None:
    context = tls.verifying_context()
    assert context.check_hostname
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
    with pytest.raises(OSError, match="No such file"):
        tls.verifying_context("/nonexistent/ca.pem")


@pytest.mark.asyncio
async def test_a_stream_without_tls_is_refused_before_authentication() -> None:
    from tests.unit.protocols.xmpp.harness import Session

    session = await Session.start(online=False)
    try:
        session.recv(
            "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
            "<mechanism>PLAIN</mechanism></mechanisms></stream:features>"
        )
        await session.settle()

        error = session.features.connector._error
        assert error.error.code is ErrorCode.TLS_UNAVAILABLE
        assert error.fatal
        assert session.transport.closed
        assert not any(b"<auth" in w for w in session.transport.written)
    finally:
        await session.close()


@pytest.mark.asyncio
async def test_redirects_are_not_followed() -> None:
    from tests.unit.protocols.xmpp.harness import Session

    session = await Session.start(online=False)
    try:
        domain = session.client.default_domain
        session.recv(
            "<stream:error><see-other-host xmlns='urn:ietf:params:xml:ns:xmpp-streams'>"
            "evil.example:5222</see-other-host></stream:error>"
        )
        await session.settle()

        assert session.client.default_domain == domain == "example.org"
        assert session.features.connector._error.error.code is ErrorCode.SERVER_ERROR
    finally:
        await session.close()


@pytest.mark.asyncio
async def test_after_a_scram_failure_no_weaker_mechanism_is_tried() -> None:
    from tests.unit.protocols.xmpp.harness import Session

    session = await Session.start(online=False)
    try:
        mechanisms = session.client.plugin["feature_mechanisms"]
        mechanisms.mech_list = {"SCRAM-SHA-1", "PLAIN"}
        mechanisms.attempted_mechs = {"SCRAM-SHA-1"}
        mechanisms.mech = type("Mech", (), {"name": "SCRAM-SHA-1"})()
        session.recv(
            "<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/>"
            "</failure>"
        )
        await session.settle()

        assert not any(b"PLAIN" in w for w in session.transport.written)
        failure = session.features.connector._error
        assert failure.error.code is ErrorCode.AUTH_FAILED
        assert failure.fatal
    finally:
        await session.close()
