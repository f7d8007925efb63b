# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Remote attach in one process: TLS, pinning, credentials, rate limit."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio

from messenger.core.events import CoreLinkChanged
from messenger.core.events import CoreLinkState
from messenger.core.local import LocalCore
from messenger.daemon import auth
from messenger.daemon import remote
from messenger.daemon import wire
from messenger.daemon.client import AttachError
from messenger.daemon.client import AttachFailure
from messenger.daemon.client import RemoteCore
from messenger.daemon.client import RemoteTarget
from messenger.daemon.server import CoreServer
from messenger.storage.paths import Profile
from tests.doubles.cores import memory_core
from tests.unit.daemon.raw import RawClient


@dataclass
class Remote:
    core: LocalCore
    server: CoreServer
    profile: Profile
    port: int
    credential: str
    fingerprint: str

    def target(self, **changes: object) -> RemoteTarget:
        target = RemoteTarget(
            host="127.0.0.1",
            port=self.port,
            credential=self.credential,
            fingerprint=self.fingerprint,
        )
        return dataclasses.replace(target, **changes)  # type: ignore[arg-type]


@pytest_asyncio.fixture
async def listening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Remote]:
    monkeypatch.setattr(remote, "FAILURE_DELAY", 0.0)
    profile = Profile(tmp_path / "profile")
    profile.ensure()
    credential, _ = remote.issue_credential(profile, "laptop")
    fingerprint = remote.ensure_certificate(profile)
    config = remote.RemoteConfig(enabled=True, listen="127.0.0.1:0")
    core, _ = await memory_core(tmp_path)
    server = CoreServer(core)
    _, port = await remote.start_remote_listener(server, profile, config)
    try:
        yield Remote(core, server, profile, port, credential, fingerprint)
    finally:
        await server.close()
        await core.close()


async def attach(target: RemoteTarget, **options: object) -> RemoteCore:
    core = RemoteCore(target, **options)  # type: ignore[arg-type]
    try:
        await core.start()
    except BaseException:
        await core.close()
        raise
    return core


async def refused(target: RemoteTarget) -> AttachError:
    with pytest.raises(AttachError) as caught:
        await attach(target)
    return caught.value


@pytest.mark.asyncio
async def test_a_paired_ui_attaches_over_tls(listening: Remote) -> None:
    ui = await attach(listening.target())
    try:
        await ui.set_setting("from_remote", "yes")
        snapshot = await listening.core.snapshot()
        assert snapshot.settings["from_remote"] == "yes"
        assert (await ui.snapshot()).settings["from_remote"] == "yes"
        assert ui.core_id == listening.server.core_id
    finally:
        await ui.close()


@pytest.mark.asyncio
async def test_the_first_certificate_is_pinned_when_none_was_given(
    listening: Remote,
) -> None:
    pinned: list[str] = []
    ui = await attach(listening.target(fingerprint=None, on_pin=pinned.append))
    await ui.close()
    assert pinned == [listening.fingerprint]


@pytest.mark.asyncio
async def test_a_changed_certificate_is_refused_before_any_login(
    listening: Remote,
) -> None:
    other = "00:" * 31 + "00"
    error = await refused(listening.target(fingerprint=other))
    assert error.failure is AttachFailure.CERTIFICATE_CHANGED
    assert "certificate" in str(error)
    assert listening.fingerprint in str(error)
    assert error.final


@pytest.mark.parametrize("how", ["wrong secret", "unknown ui", "revoked", "garbage"])
@pytest.mark.asyncio
async def test_a_wrong_credential_is_refused(listening: Remote, how: str) -> None:
    ui_id, secret = listening.credential.split(":", 1)
    credential = {
        "wrong secret": f"{ui_id}:{secret[::-1]}",
        "unknown ui": f"ui-000000000000:{secret}",
        "revoked": listening.credential,
        "garbage": "letmein",
    }[how]
    if how == "revoked":
        assert remote.revoke(listening.profile, ui_id)
    error = await refused(listening.target(credential=credential))
    assert error.failure is AttachFailure.AUTH_FAILED
    assert listening.server.clients == 0


@pytest.mark.asyncio
async def test_a_plain_tcp_client_gets_nothing(listening: Remote) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", listening.port)
    writer.write(
        wire.encode_frame({"type": "hello", "protocol_version": 1, "client_id": "x"})
    )
    async with asyncio.timeout(15):
        data = await reader.read()
    assert b"greeting" not in data
    assert b"snapshot" not in data
    writer.close()
    ui = await attach(listening.target())  # the core still serves
    await ui.close()


@pytest.mark.asyncio
async def test_a_core_without_tls_is_refused(tmp_path: Path) -> None:
    core, _ = await memory_core(tmp_path)
    server = CoreServer(core)
    listener = await server.serve_tcp("127.0.0.1", 0)  # no TLS: a downgrade
    port = listener.sockets[0].getsockname()[1]
    try:
        target = RemoteTarget(
            host="127.0.0.1", port=port, credential="ui-abc:" + "s" * 30
        )
        error = await refused(target)
        assert error.failure is AttachFailure.NOT_TLS
        assert "TLS" in str(error)
    finally:
        await server.close()
        await core.close()


@pytest.mark.asyncio
async def test_a_login_flood_is_rate_limited_and_grants_nothing(
    listening: Remote,
) -> None:
    ui_id, _ = listening.credential.split(":", 1)
    wrong = listening.target(credential=f"{ui_id}:{'x' * 43}")
    errors = await asyncio.gather(
        *(attach(wrong) for _ in range(12)), return_exceptions=True
    )
    assert all(isinstance(e, AttachError) for e in errors)
    assert listening.server.clients == 0
    # At most a few handshakes per peer run at once; the rest were turned
    # away at the door. Sequential guesses reach the limiter:
    for _ in range(auth.LoginLimiter.FREE_FAILURES):
        await refused(wrong)
    # Now even the right credential must wait: this peer is locked out.
    error = await refused(listening.target())
    assert "too many failed logins" in str(error)


@pytest.mark.asyncio
async def test_pre_login_requests_are_refused(listening: Remote) -> None:
    import ssl

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    reader, writer = await asyncio.open_connection(
        "127.0.0.1", listening.port, ssl=context
    )
    client = RawClient(reader, writer)
    greeting = await client.greeting()
    assert greeting["auth"] == wire.AUTH_SCRAM
    client.send({"type": "hello", "protocol_version": 1, "client_id": "sneaky"})
    assert await client.closed_with_bye()
    assert listening.server.clients == 0


@pytest.mark.asyncio
async def test_a_revoked_ui_that_drops_cannot_come_back(listening: Remote) -> None:
    ui = await attach(listening.target(), backoff=(0.01,))
    links: list[CoreLinkChanged] = []
    failed = asyncio.Event()

    def on_link(event: CoreLinkChanged) -> None:
        links.append(event)
        if event.state is CoreLinkState.FAILED:
            failed.set()

    ui.events.subscribe(CoreLinkChanged, on_link)
    try:
        remote.revoke(listening.profile, listening.credential.split(":")[0])
        for client in list(listening.server._clients):
            client.abort()
        async with asyncio.timeout(10):
            await failed.wait()
        assert "credential" in links[-1].detail
    finally:
        await ui.close()
