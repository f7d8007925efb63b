# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Logging in through the real core: STARTTLS, direct TLS, certificates, passwords."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace

import pytest

from messenger.core.events import AccountStatusChanged
from messenger.core.model import Capability
from messenger.core.model import ConnectionState
from messenger.core.model import ErrorCode
from messenger.protocols.xmpp.tls import normalize_fingerprint
from tests.integration.xmpp.conftest import MakeUser
from tests.integration.xmpp.helpers import settings_for
from tests.testbed.certs import TestPki
from tests.testbed.certs import make_self_signed
from tests.testbed.certs import sha256_fingerprint
from tests.testbed.process import make_temp_dir
from tests.testbed.process import remove_dir
from tests.testbed.prosody import ProsodyServer


@pytest.fixture(scope="module")
def untrusted_prosody(testbed_pki: TestPki) -> Iterator[ProsodyServer]:
    """A second Prosody whose certificate (self-signed) no CA vouches for."""
    directory = make_temp_dir("untrusted-cert")
    cert = make_self_signed(directory)
    pki = TestPki(ca_file=cert.cert, ca_key=cert.key, cert=cert.cert, key=cert.key)
    server = ProsodyServer(pki=pki)
    try:
        server.start()
        yield server
    finally:
        server.close()
        remove_dir(directory)


@pytest.mark.asyncio
@pytest.mark.parametrize("direct_tls", [False, True], ids=["starttls", "direct-tls"])
async def test_login(
    make_user: MakeUser, prosody: ProsodyServer, direct_tls: bool
) -> None:
    alice = await make_user(
        "alice", settings=settings_for(prosody, direct_tls=direct_tls)
    )

    online = await alice.wait_state(ConnectionState.ONLINE, past=True)

    assert online.status.error is None
    status = await alice.wait_for(
        AccountStatusChanged,
        lambda e: Capability.SERVER_ARCHIVE in e.status.capabilities,
    )
    assert Capability.BLOCKING in status.status.capabilities


@pytest.mark.asyncio
async def test_untrusted_certificate_is_refused_until_pinned(
    make_user: MakeUser,
    prosody: ProsodyServer,
    untrusted_prosody: ProsodyServer,
) -> None:
    jid = await asyncio.to_thread(untrusted_prosody.register, "carol", "carol-pw")
    # It trusts the test CA (like the other tests), which did not sign this cert.
    settings = settings_for(untrusted_prosody) | {"ca_file": str(prosody.ca_file)}
    carol = await make_user("carol", jid=jid, password="carol-pw", settings=settings)

    failed = await carol.wait_state(ConnectionState.FAILED, past=True)

    error = failed.status.error
    assert error is not None
    assert error.code is ErrorCode.CERTIFICATE_UNTRUSTED
    expected = normalize_fingerprint(sha256_fingerprint(untrusted_prosody.pki.cert))
    assert error.fingerprint == expected
    assert "self-signed" in error.detail
    assert not any(
        isinstance(e, AccountStatusChanged) and e.status.state is ConnectionState.ONLINE
        for e in carol.events
    )

    assert carol.account is not None
    pinned = replace(
        carol.account,
        settings={**carol.account.settings, "pinned_fingerprint": error.fingerprint},
    )
    mark = carol.mark()
    await carol.core.update_account(pinned)

    await carol.wait_state(ConnectionState.ONLINE)
    assert not any(
        isinstance(e, AccountStatusChanged) and e.status.state is ConnectionState.FAILED
        for e in carol.since(mark)
    )


@pytest.mark.asyncio
async def test_a_pin_of_another_certificate_is_refused(
    make_user: MakeUser, prosody: ProsodyServer, untrusted_prosody: ProsodyServer
) -> None:
    jid = await asyncio.to_thread(untrusted_prosody.register, "dave", "dave-pw")
    wrong_pin = normalize_fingerprint(sha256_fingerprint(prosody.pki.cert))
    settings = settings_for(untrusted_prosody) | {
        "ca_file": str(prosody.ca_file),
        "pinned_fingerprint": wrong_pin,
    }
    dave = await make_user("dave", jid=jid, password="dave-pw", settings=settings)

    failed = await dave.wait_state(ConnectionState.FAILED, past=True)

    assert failed.status.error is not None
    assert failed.status.error.code is ErrorCode.CERTIFICATE_UNTRUSTED
    assert failed.status.error.fingerprint != wrong_pin


@pytest.mark.asyncio
async def test_wrong_password_fails_without_retrying(make_user: MakeUser) -> None:
    real = await make_user("mallory", start=False)
    mallory = await make_user("mallory", jid=real.jid, password="not-the-password")

    failed = await mallory.wait_state(ConnectionState.FAILED, past=True)

    assert failed.status.error is not None
    assert failed.status.error.code is ErrorCode.AUTH_FAILED
    assert "not-authorized" in failed.status.error.detail
    with pytest.raises(TimeoutError):  # it waits for the user instead
        await mallory.wait_for(
            AccountStatusChanged,
            lambda e: e.status.state is not ConnectionState.FAILED,
            past=False,
            limit=2.0,
        )
