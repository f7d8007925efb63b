# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The client's side of attaching, where it can go wrong quietly.

Trust on first use pins a certificate only after the core proved itself, and
holds on to it for reconnects; a rate-limited login does not read as a refused
credential; a failed handshake closes its connection at once.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio

from messenger.core.local import LocalCore
from messenger.daemon import auth
from messenger.daemon import remote
from messenger.daemon import wire
from messenger.daemon.client import AttachError
from messenger.daemon.client import AttachFailure
from messenger.daemon.client import LocalTarget
from messenger.daemon.client import RemoteCore
from messenger.daemon.client import RemoteTarget
from messenger.daemon.server import CoreServer
from messenger.storage.paths import Profile
from tests.doubles.cores import memory_core

TIMEOUT = 5.0


@dataclass
class Listening:
    core: LocalCore
    server: CoreServer
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
) -> AsyncIterator[Listening]:
    """A core with remote attach on 127.0.0.1 (TLS, one issued credential)."""
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
        yield Listening(core, server, port, credential, fingerprint)
    finally:
        await server.close()
        await core.close()


async def refused(target: RemoteTarget) -> AttachError:
    core = RemoteCore(target, reconnect=False)
    try:
        with pytest.raises(AttachError) as caught:
            await core.start()
    finally:
        await core.close()
    return caught.value


@pytest.mark.asyncio
async def test_a_first_certificate_is_not_pinned_when_the_login_fails(
    listening: Listening,
) -> None:
    pinned: list[str] = []
    ui_id, secret = listening.credential.split(":", 1)
    error = await refused(
        listening.target(
            credential=f"{ui_id}:{secret[::-1]}", fingerprint=None, on_pin=pinned.append
        )
    )
    assert error.failure is AttachFailure.AUTH_FAILED
    assert pinned == []


@pytest.mark.asyncio
async def test_a_certificate_trusted_on_first_use_holds_for_reconnects(
    listening: Listening,
) -> None:
    pinned: list[str] = []
    ui = RemoteCore(listening.target(fingerprint=None, on_pin=pinned.append))
    await ui.start()
    try:
        assert pinned == [listening.fingerprint]
        target = ui.target
        assert isinstance(target, RemoteTarget)
        assert target.fingerprint == listening.fingerprint
    finally:
        await ui.close()


@pytest.mark.asyncio
async def test_a_pin_that_cannot_be_saved_does_not_stop_the_attach(
    listening: Listening,
) -> None:
    def unwritable(_fingerprint: str) -> None:
        raise PermissionError("read-only profile")

    ui = RemoteCore(listening.target(fingerprint=None, on_pin=unwritable))
    await ui.start()
    try:
        await ui.set_setting("attached", True)
        assert (await listening.core.snapshot()).settings["attached"] is True
    finally:
        await ui.close()


@pytest.mark.asyncio
async def test_a_rate_limited_login_is_no_refused_credential(
    listening: Listening,
) -> None:
    ui_id, _ = listening.credential.split(":", 1)
    wrong = listening.target(credential=f"{ui_id}:{'x' * 43}")
    for _ in range(auth.LoginLimiter.FREE_FAILURES):
        error = await refused(wrong)
        assert error.failure is AttachFailure.AUTH_FAILED
        assert error.final
    error = await refused(listening.target())  # the right one, locked out a while
    assert "too many failed logins" in str(error)
    assert error.failure is AttachFailure.REFUSED
    assert not error.final  # a retry later may work


def test_an_ipv6_core_is_described_with_brackets() -> None:
    target = RemoteTarget(host="2001:db8::1", port=5299, credential="ui-x:y")
    assert target.describe() == "[2001:db8::1]:5299"
    assert RemoteTarget(host="h.example", port=1, credential="").describe() == (
        "h.example:1"
    )


@pytest.mark.asyncio
async def test_a_failed_handshake_closes_the_connection_at_once(
    short_dir: Path,
) -> None:
    ended = asyncio.get_running_loop().create_future()

    async def on_client(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        # A core of another protocol version: the client gives up on it.
        writer.write(wire.encode_frame({"type": "greeting", "protocol_version": 2}))
        await writer.drain()
        ended.set_result(await reader.read())  # b"" once the client hung up
        writer.close()

    path = short_dir / "other.sock"
    server = await asyncio.start_unix_server(on_client, path=str(path))
    core = RemoteCore(LocalTarget(path=path), reconnect=False)
    try:
        with pytest.raises(AttachError) as caught:
            await core.start()
        assert caught.value.failure is AttachFailure.PROTOCOL
        # While the error (and its traceback) is still alive:
        async with asyncio.timeout(TIMEOUT):
            assert await ended == b""
    finally:
        await core.close()
        server.close()
