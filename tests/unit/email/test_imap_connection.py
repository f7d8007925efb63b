# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``ImapConnection`` against ``ScriptedImapServer``, a test double on loopback.

The double plays what Dovecot will not do on demand: STARTTLS stripped (not
offered, PREAUTH in clear, refused), a greeting that says BYE, login refusals
with RFC 5530 codes, LOGINDISABLED, keep-alives and pushes during IDLE at set
times, a server that never answers DONE (a dead NAT mapping looks like that), a
connection dropped mid-command and a LIST too long for aioimaplib's recursion.
The happy paths run against the real Dovecot in tests/integration/email.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from collections.abc import AsyncIterator
from collections.abc import Awaitable
from collections.abc import Callable

import pytest

from messenger.core.model import ErrorCode
from messenger.protocols.email.errors import TransportError
from messenger.protocols.email.imap import ImapConnection
from messenger.protocols.email.security import TlsPolicy
from messenger.protocols.email.settings import EmailSettings

CAPS = "IMAP4rev1 IDLE AUTH=PLAIN SASL-IR"
GREETING = f"* OK [CAPABILITY {CAPS}] scripted"


class Peer:
    """The double's side of one connection."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader = reader
        self.writer = writer
        self.received: list[str] = []

    async def line(self) -> str:
        data = await asyncio.wait_for(self.reader.readline(), 5.0)
        if not data:
            raise ConnectionError("client closed")
        text = data.decode().rstrip("\r\n")
        self.received.append(text)
        return text

    def send(self, *lines: str | bytes) -> None:
        for line in lines:
            data = line.encode() if isinstance(line, str) else line
            self.writer.write(data + b"\r\n")

    async def expect(self, command: str) -> str:
        """Read the next command, check its name, return its tag."""
        tag, _, rest = (await self.line()).partition(" ")
        assert rest.upper().startswith(command.upper()), rest
        return tag

    async def answer(self, command: str, *untagged: str, result: str = "OK") -> None:
        tag = await self.expect(command)
        self.send(*untagged, f"{tag} {result} {command} done")

    async def login(self, caps: str = CAPS) -> None:
        """Greeting, CAPABILITY, AUTHENTICATE, CAPABILITY."""
        self.send(f"* OK [CAPABILITY {caps}] scripted")
        await self.answer("CAPABILITY", f"* CAPABILITY {caps}")
        await self.answer("AUTHENTICATE")
        await self.answer("CAPABILITY", f"* CAPABILITY {caps}")


Script = Callable[[Peer], Awaitable[None]]


@contextlib.asynccontextmanager
async def scripted(script: Script) -> AsyncIterator[tuple[int, list[Peer]]]:
    """Serve ``script`` for each connection; yield the port and the peers."""
    peers: list[Peer] = []
    failures: list[BaseException] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = Peer(reader, writer)
        peers.append(peer)
        try:
            await script(peer)
            await writer.drain()
            await reader.read()  # until the client closes
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        except BaseException as exc:  # noqa: BLE001 - reported after the test
            failures.append(exc)
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield port, peers
    finally:
        server.close()
        for peer in peers:
            peer.writer.close()
    assert not failures, failures


def endpoint_settings(port: int, security: str = "plain") -> EmailSettings:
    return EmailSettings.from_settings(
        "me@example.org",
        {
            "imap_host": "127.0.0.1",
            "imap_port": port,
            "imap_security": security,
            "allow_plain": True,
        },
    )


async def connect(port: int, security: str = "plain") -> ImapConnection:
    settings = endpoint_settings(port, security)
    policy = TlsPolicy(ssl.create_default_context(), frozenset(), allow_plain=True)
    return await ImapConnection.open(settings.imap, "secret", policy, seconds=5.0)


async def refused(port: int, security: str = "plain") -> TransportError:
    with pytest.raises(TransportError) as error:
        await connect(port, security)
    return error.value


async def logged_in_and_selected(peer: Peer) -> None:
    await peer.login()
    await peer.answer("SELECT", "* 0 EXISTS", "* OK [UIDVALIDITY 5] ok")


# ----------------------------------------------------------------- security


@pytest.mark.asyncio
async def test_starttls_not_offered_is_refused() -> None:
    async def script(peer: Peer) -> None:
        peer.send(GREETING)
        await peer.answer("CAPABILITY", f"* CAPABILITY {CAPS}")

    async with scripted(script) as (port, peers):
        error = await refused(port, "starttls")

    assert error.code is ErrorCode.TLS_UNAVAILABLE
    assert error.fatal
    assert not any("AUTHENTICATE" in line for line in peers[0].received)


@pytest.mark.asyncio
async def test_preauth_in_clear_is_refused_when_starttls_is_required() -> None:
    async def script(peer: Peer) -> None:
        peer.send("* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] welcome back")
        await peer.answer("CAPABILITY", "* CAPABILITY IMAP4rev1 STARTTLS")

    async with scripted(script) as (port, _):
        error = await refused(port, "starttls")

    assert error.code is ErrorCode.TLS_UNAVAILABLE
    assert "PREAUTH" in error.info.detail


@pytest.mark.asyncio
async def test_starttls_refused_by_the_server() -> None:
    async def script(peer: Peer) -> None:
        peer.send("* OK [CAPABILITY IMAP4rev1 STARTTLS] hi")
        await peer.answer("CAPABILITY", "* CAPABILITY IMAP4rev1 STARTTLS")
        await peer.answer("STARTTLS", result="NO")

    async with scripted(script) as (port, peers):
        error = await refused(port, "starttls")

    assert error.code is ErrorCode.TLS_UNAVAILABLE
    assert peers[0].received[-1].endswith("STARTTLS")  # nothing sent after it


@pytest.mark.asyncio
async def test_bye_greeting_is_a_server_error() -> None:
    async def script(peer: Peer) -> None:
        peer.send("* BYE Too many connections from your IP")

    async with scripted(script) as (port, _):
        started = time.monotonic()
        error = await refused(port)

    assert error.code is ErrorCode.SERVER_ERROR
    assert not error.fatal
    assert "Too many connections" in error.info.detail
    assert time.monotonic() - started < 2.0


# ----------------------------------------------------------------- login


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("answer", "code", "fatal"),
    [
        (
            "NO [AUTHENTICATIONFAILED] Authentication failed.",
            ErrorCode.AUTH_FAILED,
            True,
        ),
        ("NO Bad password", ErrorCode.AUTH_FAILED, True),
        ("NO [UNAVAILABLE] Try later", ErrorCode.SERVER_ERROR, False),
        ("NO [PRIVACYREQUIRED] Use TLS", ErrorCode.TLS_UNAVAILABLE, True),
    ],
)
async def test_login_refusals(answer: str, code: ErrorCode, fatal: bool) -> None:
    async def script(peer: Peer) -> None:
        peer.send(GREETING)
        await peer.answer("CAPABILITY", f"* CAPABILITY {CAPS}")
        tag = await peer.expect("AUTHENTICATE PLAIN")
        peer.send(f"{tag} {answer}")

    async with scripted(script) as (port, _):
        error = await refused(port)

    assert (error.code, error.fatal) == (code, fatal)


@pytest.mark.asyncio
async def test_login_without_sasl_ir_quotes_the_password() -> None:
    async def script(peer: Peer) -> None:
        peer.send("* OK hi")
        await peer.answer("CAPABILITY", "* CAPABILITY IMAP4rev1")
        await peer.answer("LOGIN")
        await peer.answer("CAPABILITY", "* CAPABILITY IMAP4rev1")

    settings = endpoint_settings(0)
    async with scripted(script) as (port, peers):
        settings = endpoint_settings(port)
        policy = TlsPolicy(ssl.create_default_context(), frozenset(), allow_plain=True)
        conn = await ImapConnection.open(settings.imap, 'pa"ss\\word', policy)
        conn.abort()

    login = next(line for line in peers[0].received if " LOGIN " in line)
    assert login.endswith('LOGIN "me@example.org" "pa\\"ss\\\\word"')


@pytest.mark.asyncio
async def test_login_disabled_is_refused() -> None:
    async def script(peer: Peer) -> None:
        peer.send("* OK hi")
        await peer.answer("CAPABILITY", "* CAPABILITY IMAP4rev1 LOGINDISABLED")

    async with scripted(script) as (port, peers):
        error = await refused(port)

    assert error.code is ErrorCode.TLS_UNAVAILABLE
    assert not any("LOGIN " in line for line in peers[0].received)


# ----------------------------------------------------------------- failures


@pytest.mark.asyncio
async def test_drop_mid_command_fails_at_once() -> None:
    async def script(peer: Peer) -> None:
        await peer.login()
        await peer.expect("SELECT")
        peer.writer.close()

    async with scripted(script) as (port, _):
        conn = await connect(port)
        started = time.monotonic()
        with pytest.raises(TransportError) as dropped:
            await conn.select("INBOX")

    assert dropped.value.code is ErrorCode.HOST_UNREACHABLE
    assert time.monotonic() - started < 2.0
    assert conn.closed


@pytest.mark.asyncio
async def test_silent_server_times_out() -> None:
    async def script(peer: Peer) -> None:
        await peer.login()
        await peer.expect("SELECT")  # and never answers

    async with scripted(script) as (port, _):
        conn = await connect(port)
        conn.command_timeout = 0.3
        with pytest.raises(TransportError) as silent:
            await conn.select("INBOX")

    assert silent.value.code is ErrorCode.TIMEOUT
    assert conn.closed


@pytest.mark.asyncio
async def test_command_refusal_keeps_the_connection() -> None:
    async def script(peer: Peer) -> None:
        await peer.login()
        await peer.answer("CREATE", result="NO [ALREADYEXISTS] exists")
        await peer.answer("SUBSCRIBE")
        await peer.answer("CREATE", result="NO [NOPERM] not here")
        await peer.answer("NOOP", "* 3 EXISTS")

    async with scripted(script) as (port, _):
        conn = await connect(port)
        await conn.create("Chats")  # exists already: fine
        with pytest.raises(TransportError) as refusal:
            await conn.create("Other")
        news = await conn.noop()
        conn.abort()

    assert refusal.value.code is ErrorCode.SERVER_ERROR
    assert "not here" in refusal.value.info.detail
    assert news is True


@pytest.mark.asyncio
async def test_long_list_in_one_read() -> None:
    folders = [f'* LIST (\\HasNoChildren) "/" "Folder {i}"' for i in range(5000)]

    async def script(peer: Peer) -> None:
        await peer.login(f"{CAPS} NAMESPACE")
        tag = await peer.expect("LIST")
        peer.writer.write(("\r\n".join([*folders, f"{tag} OK done"]) + "\r\n").encode())

    async with scripted(script) as (port, _):
        conn = await connect(port)
        entries = await conn.list_folders()
        conn.abort()

    assert len(entries) == 5000
    assert entries[-1].name == "Folder 4999"


# ----------------------------------------------------------------- IDLE


@pytest.mark.asyncio
async def test_idle_ends_with_done_after_the_interval() -> None:
    times: dict[str, float] = {}

    async def script(peer: Peer) -> None:
        await logged_in_and_selected(peer)
        tag = await peer.expect("IDLE")
        peer.send("+ idling")
        times["idle"] = time.monotonic()
        await asyncio.sleep(0.1)
        peer.send("* OK Still here")  # a keep-alive is no news
        assert await peer.line() == "DONE"
        times["done"] = time.monotonic()
        peer.send(f"{tag} OK Idle completed")
        tag = await peer.expect("IDLE")  # re-issued at once
        peer.send("+ idling")
        await asyncio.sleep(0.1)
        peer.send("* 4 EXISTS")
        assert await peer.line() == "DONE"
        peer.send(f"{tag} OK Idle completed")

    async with scripted(script) as (port, _):
        conn = await connect(port)
        await conn.select("INBOX")
        wake = asyncio.Event()
        quiet = await conn.idle(0.4, wake)
        started = time.monotonic()
        pushed = await conn.idle(30.0, wake)
        push_seconds = time.monotonic() - started
        conn.abort()

    assert quiet is False
    assert 0.35 <= times["done"] - times["idle"] < 1.0
    assert pushed is True
    assert push_seconds < 1.0


@pytest.mark.asyncio
async def test_idle_ends_when_woken() -> None:
    async def script(peer: Peer) -> None:
        await logged_in_and_selected(peer)
        tag = await peer.expect("IDLE")
        peer.send("+ idling")
        assert await peer.line() == "DONE"
        peer.send(f"{tag} OK Idle completed")

    async with scripted(script) as (port, _):
        conn = await connect(port)
        await conn.select("INBOX")
        wake = asyncio.Event()
        asyncio.get_running_loop().call_later(0.2, wake.set)
        started = time.monotonic()
        pushed = await conn.idle(30.0, wake)
        seconds = time.monotonic() - started
        already = await conn.idle(30.0, wake)  # still set: returns at once
        conn.abort()

    assert (pushed, already) == (False, False)
    assert seconds < 1.0


@pytest.mark.asyncio
async def test_unanswered_done_means_a_dead_connection() -> None:
    async def script(peer: Peer) -> None:
        await logged_in_and_selected(peer)
        await peer.expect("IDLE")
        peer.send("+ idling")
        assert await peer.line() == "DONE"  # and silence, as after a NAT drop

    async with scripted(script) as (port, _):
        conn = await connect(port)
        await conn.select("INBOX")
        conn.idle_answer_timeout = 0.3
        with pytest.raises(TransportError) as dead:
            await conn.idle(0.2, asyncio.Event())

    assert dead.value.code is ErrorCode.TIMEOUT
    assert conn.closed


@pytest.mark.asyncio
async def test_idle_refused() -> None:
    async def script(peer: Peer) -> None:
        await logged_in_and_selected(peer)
        await peer.answer("IDLE", result="BAD")

    async with scripted(script) as (port, _):
        conn = await connect(port)
        await conn.select("INBOX")
        with pytest.raises(TransportError) as refusal:
            await conn.idle(5.0, asyncio.Event())
        assert not conn.closed
        conn.abort()

    assert refusal.value.code is ErrorCode.SERVER_ERROR


@pytest.mark.asyncio
@pytest.mark.parametrize("uidplus", [True, False])
async def test_move_without_move_copies_deletes_and_expunges(uidplus: bool) -> None:
    caps = f"{CAPS} UIDPLUS" if uidplus else CAPS

    async def script(peer: Peer) -> None:
        await peer.login(caps)
        await peer.answer("SELECT", "* 3 EXISTS", "* OK [UIDVALIDITY 5] ok")
        await peer.answer('UID COPY 4:5,9 "Chats"')
        await peer.answer("UID STORE 4:5,9 +FLAGS.SILENT (\\Deleted)")
        await peer.answer("UID EXPUNGE 4:5,9" if uidplus else "EXPUNGE")

    async with scripted(script) as (port, peers):
        conn = await connect(port)
        await conn.select("INBOX")
        await conn.move([9, 4, 5], "Chats")
        conn.abort()

    assert not any(" MOVE " in line for line in peers[0].received)
