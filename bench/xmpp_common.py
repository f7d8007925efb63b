# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""What the XMPP benchmarks share: a pre-filled Prosody, peers in a child process.

Server side: ``BenchServer`` is a fresh ``tests.testbed`` Prosody (one per
measurement: a long-running one slows down) whose accounts and rosters are
written straight into its internal storage before it starts: Prosody 0.12 keeps
them as Lua tables in ``data/<host>/accounts/<user>.dat`` and
``data/<host>/roster/<user>.dat`` (names %-escaped). That takes milliseconds
where 2,000 roster-set IQs take seconds. Accounts get SCRAM-SHA-1 credentials
computed here (Prosody's ``internal_hashed`` format).

Peer side: ``Peers`` runs ``python -m bench.xmpp_common`` in its own process
group (its CPU time is not the measured process's), either as ``bots`` (many
contacts online) or as ``send`` (one contact sending a burst). The peers are
raw XMPP clients: direct TLS, SASL PLAIN, bind and the stanzas pipelined, no
parser (they only look for a few tokens in what the server sends, and drain
the rest). A pipe from the parent is their control: a byte means "go" (send
the burst), end of file means "exit", so they also end when the benchmark dies.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
import hmac
import os
import ssl
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from slixmpp import ClientXMPP

from messenger.core.events import AccountStatusChanged
from messenger.core.local import LocalCore
from messenger.core.model import AccountId
from messenger.core.model import ConnectionState
from messenger.core.model import JsonValue
from messenger.core.model import ProtocolKind
from messenger.protocols.registry import xmpp_factory
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from tests.testbed.certs import TestPki
from tests.testbed.process import ManagedProcess
from tests.testbed.process import TestbedError
from tests.testbed.process import log_tail
from tests.testbed.process import make_temp_dir
from tests.testbed.process import remove_dir
from tests.testbed.prosody import ProsodyServer

REPO = Path(__file__).resolve().parents[1]
# Prosody refuses fewer; the peers log in with PLAIN, so the server runs PBKDF2
# once per peer: keep it at the minimum there.
MIN_ITERATIONS = 4096
# What Prosody's prosodyctl uses: the measured account logs in as a user's would.
USER_ITERATIONS = 10_000
PEER_PASSWORD = "bench-peer-password"
PEERS_READY_TIMEOUT = 180.0
# How many peers log in at the same time (above Prosody's listen backlog,
# connections wait for a SYN retry).
CONCURRENT_LOGINS = 48
# Prosody's internal archive store holds 10,000 items per user by default and
# then rewrites the whole archive file for every new message (it archives our
# receipts too): a 10,000-message burst would measure that, not the client.
SERVER_CONFIG = "storage_archive_item_limit = 1000000"
_SASL = "urn:ietf:params:xml:ns:xmpp-sasl"
_READY_ID = "bench-ready-5f1c"


# ---------------------------------------------------------------- storage
def lua_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _escape(name: str) -> str:
    """Prosody's datamanager encoding of host and user names (``%W`` -> ``%xx``)."""
    return "".join(c if c.isascii() and c.isalnum() else f"%{ord(c):02x}" for c in name)


def scram_credentials(password: str, iterations: int) -> dict[str, str | int]:
    """An ``internal_hashed`` account record (SCRAM-SHA-1) for ``password``."""
    salt = str(uuid.uuid4())
    salted = hashlib.pbkdf2_hmac("sha1", password.encode(), salt.encode(), iterations)
    client_key = hmac.digest(salted, b"Client Key", "sha1")
    return {
        "stored_key": hashlib.sha1(client_key).hexdigest(),
        "server_key": hmac.digest(salted, b"Server Key", "sha1").hex(),
        "salt": salt,
        "iteration_count": iterations,
    }


@dataclass(frozen=True, slots=True)
class RosterEntry:
    jid: str
    name: str = ""
    group: str = ""
    subscription: str = "both"


class ProsodyData:
    """Writes accounts and rosters into a stopped Prosody's ``data_path``."""

    def __init__(self, data_dir: Path, domain: str) -> None:
        self._host_dir = data_dir / _escape(domain)
        self.domain = domain

    def _write(self, store: str, user: str, body: Iterable[str]) -> None:
        directory = self._host_dir / store
        directory.mkdir(parents=True, exist_ok=True)
        text = "return {\n" + "".join(body) + "};\n"
        (directory / f"{_escape(user)}.dat").write_text(text, encoding="utf-8")

    def account(self, user: str, credentials: dict[str, str | int]) -> str:
        """Create ``user`` with the given credentials; return the bare JID."""
        fields = (
            f"\t[{lua_string(k)}] = {v if isinstance(v, int) else lua_string(v)};\n"
            for k, v in credentials.items()
        )
        self._write("accounts", user, fields)
        return f"{user}@{self.domain}"

    def roster(self, user: str, entries: Iterable[RosterEntry]) -> None:
        """Give ``user`` this roster (as rostermanager saves it: version 1)."""

        def items() -> Iterator[str]:
            yield '\t[false] = { ["version"] = 1; ["pending"] = {}; };\n'
            for e in entries:
                groups = f"[{lua_string(e.group)}] = true;" if e.group else ""
                yield (
                    f"\t[{lua_string(e.jid)}] = {{ "
                    f'["subscription"] = {lua_string(e.subscription)}; '
                    f'["name"] = {lua_string(e.name)}; ["groups"] = {{ {groups} }}; '
                    "};\n"
                )

        self._write("roster", user, items())


class BenchServer:
    """A fresh Prosody whose storage ``populate`` filled before it started."""

    def __init__(self, pki: TestPki, populate: Callable[[ProsodyData], None]) -> None:
        self.prosody = ProsodyServer(
            pki=pki, log_level="warn", extra_config=SERVER_CONFIG
        )
        self.data = ProsodyData(self.prosody.data_dir, self.prosody.domain)
        self._populate = populate

    def __enter__(self) -> ProsodyServer:
        try:
            self._populate(self.data)
            self.prosody.start()
        except BaseException:
            self.prosody.close()
            raise
        return self.prosody

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Its data is thrown away: no need for a graceful shutdown, which with
        # hundreds of sessions just gone sometimes outlasts the SIGTERM timeout.
        self.prosody.kill()
        self.prosody.close()


def peer_names(prefix: str, count: int) -> list[str]:
    return [f"{prefix}{n:05d}" for n in range(count)]


# ---------------------------------------------------------------- peers (parent)
class Peers:
    """``python -m bench.xmpp_common MODE ...`` with its control pipe.

    Entering starts it and waits until every peer is logged in (its log says
    ``ready``); ``go()`` sends the control byte; leaving ends it (pipe closed,
    then the process group is stopped) and removes its log dir.
    """

    def __init__(self, server: ProsodyServer, mode: str, *args: str) -> None:
        self._dir = make_temp_dir(f"bench-{mode}")
        self._read_fd, self._write_fd = os.pipe()
        argv = [
            sys.executable, "-m", "bench.xmpp_common", mode,
            "--host", server.host, "--port", str(server.direct_tls_port),
            "--domain", server.domain, "--ca-file", str(server.ca_file),
            "--control-fd", str(self._read_fd), *args,
        ]  # fmt: skip
        self.log_path = self._dir / f"{mode}.log"
        self._process = ManagedProcess(
            f"bench {mode}",
            argv,
            log_path=self.log_path,
            cwd=REPO,
            pass_fds=(self._read_fd,),
        )
        self.ready_seconds = 0.0

    def __enter__(self) -> Peers:
        try:
            self._process.start()
            os.close(self._read_fd)
            self._read_fd = -1
            self.ready_seconds = self._process.wait_until(
                self._ready, timeout=PEERS_READY_TIMEOUT
            )
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _ready(self) -> bool:
        tail = log_tail(self.log_path, 5)
        if "FAILED" in tail:
            raise TestbedError(f"peers failed:\n{log_tail(self.log_path)}")
        return "\nready" in f"\n{tail}"

    def go(self) -> None:
        os.write(self._write_fd, b"g")

    def close(self) -> None:
        for fd in (self._read_fd, self._write_fd):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._read_fd = self._write_fd = -1
        # End of file on the control pipe lets the peers exit by themselves.
        deadline = time.monotonic() + 2.0
        while self._process.running and time.monotonic() < deadline:
            time.sleep(0.02)
        self._process.stop()
        remove_dir(self._dir)


# ---------------------------------------------------------------- measuring
USER = "me"
LOGIN_TIMEOUT = 60.0


def user_settings(server: ProsodyServer) -> dict[str, JsonValue]:
    """Account settings for our core: STARTTLS on loopback, trusting the test CA."""
    return {
        "host": server.host,
        "port": server.c2s_port,
        "direct_tls": False,
        "ca_file": str(server.ca_file),
    }


def profile_path(directory: Path) -> Path:
    return directory / "profile.db"


async def open_core(directory: Path, store: SqliteStore | None = None) -> LocalCore:
    """A started core over an on-disk SQLite profile in ``directory`` (or over
    ``store``, a store on ``profile_path(directory)``)."""
    await asyncio.to_thread(directory.mkdir, parents=True, exist_ok=True)
    core = LocalCore(
        store or SqliteStore(profile_path(directory)),
        MemorySecretStore(),
        {ProtocolKind.XMPP: xmpp_factory},
        directory / "cache",
    )
    await core.start()
    return core


async def connect_online(
    core: LocalCore, server: ProsodyServer, user: str, password: str
) -> AccountId:
    """Add ``user`` (disabled, so nothing connects early), connect, wait till ONLINE."""
    online: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def on_status(event: AccountStatusChanged) -> None:
        state = event.status.state
        if state is ConnectionState.ONLINE and not online.done():
            online.set_result(None)
        elif state is ConnectionState.FAILED and not online.done():
            online.set_exception(RuntimeError(f"login failed: {event.status}"))

    subscription = core.events.subscribe(AccountStatusChanged, on_status)
    account = await core.add_account(
        ProtocolKind.XMPP,
        f"{user}@{server.domain}",
        settings=user_settings(server),
        password=password,
        enabled=False,
    )
    await core.connect_account(account.id)
    try:
        async with asyncio.timeout(LOGIN_TIMEOUT):
            await online
    finally:
        subscription.cancel()
    return account.id


def bare_client(server: ProsodyServer, jid: str, password: str) -> ClientXMPP:
    """A plain slixmpp client (no plugins) set up like ours: STARTTLS, test CA."""
    client = ClientXMPP(jid, password)
    client.ca_certs = Path(server.ca_file)
    client.enable_direct_tls = False
    return client


@dataclass(slots=True)
class Meter:
    """Wall and CPU time (this process, all threads) since ``start()``."""

    wall: float = 0.0
    cpu: float = 0.0

    def start(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def read(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def median(values: Iterable[float], digits: int = 3) -> float:
    return round(statistics.median(values), digits)


# ---------------------------------------------------------------- peers (child)
def _stream_header(domain: str) -> str:
    return (
        f"<?xml version='1.0'?><stream:stream to='{domain}' version='1.0' "
        "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>"
    )


class RawClient:
    """A minimal XMPP client: direct TLS, PLAIN, bind; no XML parser."""

    def __init__(self, options: argparse.Namespace, user: str) -> None:
        self._options = options
        self.user = user
        self._reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self._buffer = b""
        self._drain: asyncio.Task[None] | None = None

    async def login(self, context: ssl.SSLContext, after_bind: str) -> None:
        """Connect and authenticate, bind, send ``after_bind``; wait till done."""
        o = self._options
        self._reader, self.writer = await asyncio.open_connection(
            o.host, o.port, ssl=context, server_hostname=o.domain
        )
        header = _stream_header(o.domain)
        plain = base64.b64encode(f"\0{self.user}\0{o.password}".encode()).decode()
        self.writer.write(
            f"{header}<auth xmlns='{_SASL}' mechanism='PLAIN'>{plain}</auth>".encode()
        )
        await self._expect(b"<success")
        ping = f"<iq type='get' id='{_READY_ID}'><ping xmlns='urn:xmpp:ping'/></iq>"
        self.writer.write(
            f"{header}<iq type='set' id='bind'>"
            "<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
            f"<resource>bench</resource></bind></iq>{after_bind}{ping}".encode()
        )
        # The server handles a stream's stanzas in order: once the ping is
        # answered, everything before it (presence, too) has been processed.
        await self._expect(_READY_ID.encode())
        self._drain = asyncio.create_task(self._discard())

    async def _expect(self, token: bytes) -> None:
        assert self._reader is not None
        while token not in self._buffer:
            if b"<failure" in self._buffer or b"<stream:error" in self._buffer:
                raise RuntimeError(f"{self.user}: {self._buffer[-300:]!r}")
            chunk = await self._reader.read(65536)
            if not chunk:
                raise RuntimeError(f"{self.user}: connection closed")
            self._buffer += chunk
        self._buffer = self._buffer[self._buffer.index(token) + len(token) :]

    async def _discard(self) -> None:
        assert self._reader is not None
        while await self._reader.read(262144):
            pass


def _client_context(ca_file: str) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=ca_file)


async def _wait_control(fd: int) -> bytes:
    return await asyncio.to_thread(os.read, fd, 1)


async def run_bots(options: argparse.Namespace) -> None:
    """Log every bot in with an available presence; stay until told to exit."""
    context = _client_context(options.ca_file)
    limit = asyncio.Semaphore(CONCURRENT_LOGINS)
    started = time.perf_counter()

    async def one(user: str) -> RawClient:
        async with limit:
            client = RawClient(options, user)
            await client.login(context, "<presence/>")
            return client

    users = peer_names(options.prefix, options.count)
    clients = await asyncio.gather(*(one(u) for u in users))
    print(
        f"ready {len(clients)} bots in {time.perf_counter() - started:.2f} s",
        flush=True,
    )
    await _wait_control(options.control_fd)


def burst_stanzas(options: argparse.Namespace) -> list[bytes]:
    """The burst, in chunks of 50 messages (as a fast client writes them), or
    with ``--pace``, chunks of a hundredth of a second's messages."""
    extra = (
        "<request xmlns='urn:xmpp:receipts'/>"
        "<active xmlns='http://jabber.org/protocol/chatstates'/>"
        "<markable xmlns='urn:xmpp:chat-markers:0'/>"
        "<origin-id xmlns='urn:xmpp:sid:0' id='{id}'/>"
        if options.payload == "client"
        else ""
    )
    stanzas = []
    for n in range(options.messages):
        mid = f"burst-{n}-{uuid.uuid4().hex[:8]}"
        stanzas.append(
            f"<message type='chat' to='{options.to}' id='{mid}'>"
            f"<body>Burst message {n}: the quick brown fox jumps over the lazy dog"
            f"</body>{extra.format(id=mid)}</message>"
        )
    size = max(1, options.pace // 100) if options.pace else 50
    return [
        "".join(stanzas[i : i + size]).encode() for i in range(0, len(stanzas), size)
    ]


async def run_sender(options: argparse.Namespace) -> None:
    """Log in, wait for "go", send the burst as fast as the socket takes it."""
    client = RawClient(options, options.prefix)
    await client.login(_client_context(options.ca_file), "<presence/>")
    chunks = burst_stanzas(options)
    print("ready sender", flush=True)
    if not await _wait_control(options.control_fd):
        return
    started = time.perf_counter()
    assert client.writer is not None
    per_chunk = options.messages / len(chunks) / options.pace if options.pace else 0
    for n, chunk in enumerate(chunks):
        if per_chunk:  # --pace: each chunk at its time
            await asyncio.sleep(max(0.0, started + n * per_chunk - time.perf_counter()))
        client.writer.write(chunk)
        await client.writer.drain()
    took = time.perf_counter() - started
    print(f"sent {options.messages} in {took:.3f} s", flush=True)
    await _wait_control(options.control_fd)


def child_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.xmpp_common")
    parser.add_argument("mode", choices=["bots", "send"])
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--domain", required=True)
    parser.add_argument("--ca-file", required=True)
    parser.add_argument("--control-fd", type=int, required=True)
    parser.add_argument("--password", default=PEER_PASSWORD)
    parser.add_argument("--prefix", default="bot")
    parser.add_argument("--count", type=int, default=0)
    parser.add_argument("--to", default="")
    parser.add_argument("--messages", type=int, default=0)
    parser.add_argument("--payload", choices=["client", "plain"], default="client")
    parser.add_argument("--pace", type=int, default=0, help="messages a second")
    options = parser.parse_args(argv)
    run = run_bots if options.mode == "bots" else run_sender
    try:
        asyncio.run(run(options))
    except Exception as exc:  # noqa: BLE001 (the parent reads the log)
        print(f"FAILED: {exc!r}", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
