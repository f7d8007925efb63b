# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The test bed's Prosody works for real clients: TLS verified, login, a message.

Two bare slixmpp clients log in as fresh users with CA verification on (the test
CA) and exchange a message, over STARTTLS and over direct TLS.
"""

from __future__ import annotations

import asyncio
import hashlib
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TypeVar

import pytest
from slixmpp import JID
from slixmpp import ClientXMPP
from slixmpp.stanza import Message

from tests.testbed.certs import TestPki
from tests.testbed.certs import sha256_fingerprint
from tests.testbed.fixtures import UserFactory
from tests.testbed.prosody import ProsodyServer

TIMEOUT = 10.0
_T = TypeVar("_T")


def _resolve(future: asyncio.Future[_T], value: _T) -> None:
    if not future.done():
        future.set_result(value)


def _peer_fingerprint(client: ClientXMPP) -> str:
    assert client.transport is not None
    ssl_object = client.transport.get_extra_info("ssl_object")
    assert isinstance(ssl_object, ssl.SSLObject)
    der = ssl_object.getpeercert(binary_form=True)
    assert der is not None
    return hashlib.sha256(der).hexdigest()


@asynccontextmanager
async def logged_in(
    prosody: ProsodyServer, jid: str, password: str, *, direct_tls: bool
) -> AsyncIterator[ClientXMPP]:
    """A ClientXMPP with a started session (roster fetched, presence sent)."""
    client = ClientXMPP(jid, password)
    client.ca_certs = prosody.ca_file
    client.enable_plaintext = False
    # slixmpp tries direct TLS before STARTTLS unless told otherwise.
    client.enable_direct_tls = direct_tls
    client.enable_starttls = not direct_tls
    port = prosody.direct_tls_port if direct_tls else prosody.c2s_port
    loop = asyncio.get_running_loop()
    started: asyncio.Future[None] = loop.create_future()
    disconnected: asyncio.Future[None] = loop.create_future()

    def fail(reason: object) -> None:
        if not started.done():
            started.set_exception(AssertionError(f"{jid}: {reason}"))

    client.add_event_handler("session_start", lambda _: _resolve(started, None))
    client.add_event_handler("failed_all_auth", fail)
    client.add_event_handler("connection_failed", fail)
    client.add_event_handler("disconnected", lambda _: _resolve(disconnected, None))
    client.connect(prosody.host, port)
    try:
        async with asyncio.timeout(TIMEOUT):
            await started
            await client.get_roster()
            client.send_presence()
            # Prosody handles one stream's stanzas in order: once this answer is
            # back, our presence counts and messages to the bare JID reach us.
            await client.get_roster()
        yield client
    finally:
        async with asyncio.timeout(TIMEOUT):
            await client.disconnect(wait=2.0)
            if client.transport is not None or not disconnected.done():
                await disconnected


async def _exchange_message(
    prosody: ProsodyServer, xmpp_user: UserFactory, *, direct_tls: bool
) -> None:
    alice_jid, alice_password = xmpp_user("alice")
    bob_jid, bob_password = xmpp_user("bob")
    async with (
        logged_in(prosody, alice_jid, alice_password, direct_tls=direct_tls) as alice,
        logged_in(prosody, bob_jid, bob_password, direct_tls=direct_tls) as bob,
    ):
        assert _peer_fingerprint(alice) == sha256_fingerprint(prosody.pki.cert)
        received: asyncio.Future[Message] = asyncio.get_running_loop().create_future()
        bob.add_event_handler("message", lambda msg: _resolve(received, msg))

        alice.send_message(mto=JID(bob_jid), mbody="Hello, Bob!", mtype="chat")
        message = await asyncio.wait_for(received, TIMEOUT)

        assert message["body"] == "Hello, Bob!"
        assert message["type"] == "chat"
        assert message["from"].bare == alice_jid
        assert message["from"].full == alice.boundjid.full
        assert message["to"].bare == bob_jid


@pytest.mark.asyncio
async def test_message_over_starttls(
    prosody: ProsodyServer, xmpp_user: UserFactory
) -> None:
    await _exchange_message(prosody, xmpp_user, direct_tls=False)


@pytest.mark.asyncio
async def test_message_over_direct_tls(
    prosody: ProsodyServer, xmpp_user: UserFactory
) -> None:
    await _exchange_message(prosody, xmpp_user, direct_tls=True)


@pytest.mark.asyncio
async def test_wrong_password_is_refused(
    prosody: ProsodyServer, xmpp_user: UserFactory
) -> None:
    jid, _ = xmpp_user("mallory")
    with pytest.raises(AssertionError, match="mallory"):
        async with logged_in(prosody, jid, "not-the-password", direct_tls=False):
            pass


async def _refused(host: str, port: int) -> bool:
    try:
        _, writer = await asyncio.open_connection(host, port)
    except ConnectionRefusedError:
        return True
    writer.close()
    return False


@pytest.mark.asyncio
async def test_accounts_survive_kill_and_restart(testbed_pki: TestPki) -> None:
    server = ProsodyServer(pki=testbed_pki)
    try:
        await asyncio.to_thread(server.start)
        jid = await asyncio.to_thread(server.register, "carol", "carol-password")

        await asyncio.to_thread(server.kill)
        assert not server.running
        assert await _refused(server.host, server.c2s_port)

        await asyncio.to_thread(server.start)
        async with logged_in(server, jid, "carol-password", direct_tls=False):
            pass
        await asyncio.to_thread(server.restart)
        async with logged_in(server, jid, "carol-password", direct_tls=True):
            pass
    finally:
        await asyncio.to_thread(server.close)
    assert not server.base_dir.exists()
