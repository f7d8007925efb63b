# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""One IMAP connection: TLS policy, login, folders, UID commands, IDLE.

``ImapConnection.open`` connects with implicit TLS, STARTTLS (aioimaplib 2.0.3
has none: we send STARTTLS ourselves and upgrade the transport with
``loop.start_tls``; a PREAUTH greeting or a missing STARTTLS on a connection
that must be upgraded is refused, never used in clear) or, with consent, plain;
verifies the certificate (``security.py``) and logs in (SASL PLAIN when offered,
so any password survives, else LOGIN). Every command is bounded by a timeout and
ends at once when the connection drops: aioimaplib itself would wait for ever.
Any failure (timeout, drop, a garbled answer) leaves the connection unusable,
the caller reconnects. A ``NO``/``BAD`` answer raises ``ImapCommandError``
and keeps the connection.

Only one command runs at a time (a lock), IDLE included. We use aioimaplib's
protocol with two fixes (``ImapProtocol``): responses are handled in a loop, not by
recursion per line (a long LIST or FETCH in one read hit the recursion limit),
and only the leading ``* `` of an untagged line is removed.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from typing import Any
from typing import TypeVar

import aioimaplib
from aioimaplib.aioimaplib import Command
from aioimaplib.aioimaplib import Response

from messenger.core.mail_defaults import MailSecurity
from messenger.core.model import ErrorCode
from messenger.protocols import tls
from messenger.protocols.email import imapwire
from messenger.protocols.email.errors import TransportError
from messenger.protocols.email.errors import network_error
from messenger.protocols.email.errors import server_text
from messenger.protocols.email.folders import plan_chat_folder
from messenger.protocols.email.imapclient import ImapClient
from messenger.protocols.email.imapclient import ImapProtocol
from messenger.protocols.email.imapclient import first_done
from messenger.protocols.email.imapclient import idle_events
from messenger.protocols.email.imapclient import last_text
from messenger.protocols.email.imapclient import pushes
from messenger.protocols.email.imapwire import FetchedItem
from messenger.protocols.email.imapwire import ListEntry
from messenger.protocols.email.imapwire import MailboxStatus
from messenger.protocols.email.imapwire import mailbox_arg
from messenger.protocols.email.imapwire import uid_set
from messenger.protocols.email.security import TlsPolicy
from messenger.protocols.email.security import connect_pinned
from messenger.protocols.email.settings import Endpoint

log = logging.getLogger(__name__)

_T = TypeVar("_T")

CONNECT_TIMEOUT = 30.0
# A command fails when the server is silent this long (seconds, reset by data).
COMMAND_TIMEOUT = 60.0
# The server must confirm IDLE and answer DONE within this.
IDLE_ANSWER_TIMEOUT = 30.0
LOGOUT_TIMEOUT = 3.0
# RFC 5530 codes after which retrying the same password may work.
_TRANSIENT_LOGIN = {"UNAVAILABLE", "SERVERBUG", "INUSE", "LIMIT"}
_STATE_AUTH = "AUTH"
_STATE_SELECTED = "SELECTED"
FIRST = asyncio.FIRST_COMPLETED


class ImapCommandError(TransportError):
    """The server answered NO or BAD; ``code`` is its response code (RFC 5530)."""

    def __init__(self, command: str, result: str, text: str) -> None:
        self.response_code, _ = imapwire.response_code(text)
        super().__init__(
            ErrorCode.SERVER_ERROR, f"{command}: {result} {text}", fatal=False
        )


class ImapConnection:
    """A logged-in IMAP session (see the module doc). Build with ``open``."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        self.selected: str | None = None
        self.enabled: frozenset[str] = frozenset()
        self._client: ImapClient | None = None
        self._lost: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._lock = asyncio.Lock()
        #: Seconds of silence after which a command (or IDLE's answer) fails.
        self.command_timeout = COMMAND_TIMEOUT
        self.idle_answer_timeout = IDLE_ANSWER_TIMEOUT

    # ------------------------------------------------------------ opening
    @classmethod
    async def open(
        cls,
        endpoint: Endpoint,
        password: str,
        policy: TlsPolicy,
        *,
        seconds: float = CONNECT_TIMEOUT,
    ) -> ImapConnection:
        """Connect, secure and log in; raise ``TransportError`` saying why not."""
        policy.check_plain(endpoint)

        async def attempt(context: Any) -> ImapConnection:
            conn = cls(endpoint)
            try:
                await conn._handshake(context)
            except BaseException:
                conn.abort()
                raise
            return conn

        async def discard(conn: ImapConnection) -> None:
            conn.abort()

        conn: ImapConnection | None = None
        try:
            async with asyncio.timeout(seconds):
                if endpoint.security is MailSecurity.PLAIN:
                    conn = await attempt(None)
                else:
                    conn = await connect_pinned(
                        policy, attempt, _fingerprint, discard, "IMAP"
                    )
                await conn._authenticate(password)
        except Exception as exc:
            if conn is not None:
                conn.abort()
            if not isinstance(exc, TransportError):
                log.debug("IMAP connection to %s failed", endpoint, exc_info=True)
            raise network_error(exc, "IMAP") from None
        return conn

    async def _handshake(self, context: Any) -> None:
        implicit = self.endpoint.security is MailSecurity.TLS
        self._client = ImapClient(
            self.endpoint.host,
            self.endpoint.port,
            None,
            self.command_timeout,
            self._connection_lost,
            context if implicit else None,
        )
        protocol = self._protocol
        await self._client._client_task
        await self._wait(protocol.greeted.wait())
        if protocol.greeting_error is not None:
            raise TransportError(
                ErrorCode.SERVER_ERROR,
                f"IMAP server refused: {server_text(protocol.greeting)}",
            )
        if self.endpoint.security is MailSecurity.STARTTLS:
            await self._starttls(context)

    async def _starttls(self, context: Any) -> None:
        protocol = self._protocol
        if protocol.state == _STATE_AUTH:  # PREAUTH in clear: a stripping attack
            raise TransportError(
                ErrorCode.TLS_UNAVAILABLE, "the server skipped STARTTLS (PREAUTH)"
            )
        if "STARTTLS" not in self.capabilities:
            raise TransportError(
                ErrorCode.TLS_UNAVAILABLE, "the IMAP server does not offer STARTTLS"
            )
        response = await self._wait(
            protocol.execute(
                Command("STARTTLS", protocol.new_tag(), loop=protocol.loop)
            )
        )
        if response.result != "OK":
            raise TransportError(
                ErrorCode.TLS_UNAVAILABLE,
                f"STARTTLS refused: {server_text(last_text(response))}",
            )
        protocol.incomplete_line = b""  # nothing read in clear may survive
        transport = await asyncio.get_running_loop().start_tls(
            protocol.transport,
            protocol,
            context,
            server_hostname=self.endpoint.host,
            ssl_handshake_timeout=CONNECT_TIMEOUT,
        )
        if transport is None:
            raise TransportError(ErrorCode.HOST_UNREACHABLE, "closed during STARTTLS")
        protocol.transport = transport
        await self._wait(protocol.capability())  # forget what was said in clear

    async def _authenticate(self, password: str) -> None:
        protocol = self._protocol
        if protocol.state == _STATE_AUTH:  # PREAUTH over TLS
            return
        caps = self.capabilities
        login = self.endpoint.login
        try:
            if {"AUTH=PLAIN", "SASL-IR"} <= caps:
                raw = b"\0" + login.encode() + b"\0" + password.encode()
                token = base64.b64encode(raw).decode("ascii")
                args, scrub = ("PLAIN", token), token
                name = "AUTHENTICATE"
            elif "LOGINDISABLED" in caps:
                raise TransportError(
                    ErrorCode.TLS_UNAVAILABLE,
                    "the IMAP server does not allow a login on this connection",
                )
            else:
                scrub = imapwire.quote(password)
                args, name = (imapwire.quote(login), scrub), "LOGIN"
        except ValueError:
            raise TransportError(
                ErrorCode.INVALID_INPUT, "the user name or password has line breaks"
            ) from None
        command = Command(name, protocol.new_tag(), *args, loop=protocol.loop)
        response = await self._wait(protocol.execute(command, scrub=scrub))
        if response.result != "OK":
            raise _login_error(response)
        protocol.state = _STATE_AUTH
        await self._wait(protocol.capability())

    # ------------------------------------------------------------ state
    @property
    def _protocol(self) -> ImapProtocol:
        assert self._client is not None
        protocol: ImapProtocol = self._client.protocol
        return protocol

    @property
    def capabilities(self) -> frozenset[str]:
        """The server's capabilities (upper-case), as of the latest CAPABILITY."""
        if self._client is None:
            return frozenset()
        return frozenset(c.upper() for c in self._client.protocol.capabilities)

    def has(self, capability: str) -> bool:
        return capability.upper() in self.capabilities

    @property
    def closed(self) -> bool:
        return self._lost.done()

    @property
    def fingerprint(self) -> str:
        """The fingerprint of the server's certificate ("" on a plain connection)."""
        transport = self._client.protocol.transport if self._client else None
        if transport is None:
            return ""
        return tls.peer_fingerprint(transport.get_extra_info("ssl_object"))

    def _connection_lost(self, exc: Exception | None) -> None:
        log.debug("IMAP connection lost: %r", exc)
        if not self._lost.done():
            self._lost.set_result(None)

    def abort(self) -> None:
        """Drop the connection now (no LOGOUT)."""
        if self._client is not None:
            transport = self._client.protocol.transport
            if transport is not None and not transport.is_closing():
                transport.abort()
        if not self._lost.done():
            self._lost.set_result(None)

    async def logout(self) -> None:
        """Say goodbye politely if the server answers soon; close in any case."""
        if self._client is not None and not self.closed:
            with contextlib.suppress(TransportError):
                async with self._lock:
                    await self._wait(self._protocol.logout(), LOGOUT_TIMEOUT)
        self.abort()

    # ------------------------------------------------------------ plumbing
    async def _wait(self, awaitable: Awaitable[_T], seconds: float | None = -1.0) -> _T:
        """Await ``awaitable`` unless the connection drops or ``seconds`` pass.

        Both end the connection. aioimaplib's own errors become TransportError.
        ``seconds``: -1 for ``command_timeout``, None for no limit.
        """
        if seconds is not None and seconds < 0:
            seconds = self.command_timeout
        task: asyncio.Future[_T] = asyncio.ensure_future(awaitable)
        if self._lost.done():
            task.cancel()
            raise TransportError(ErrorCode.HOST_UNREACHABLE, "IMAP connection lost")
        waiters: list[asyncio.Future[Any]] = [task, self._lost]
        try:
            done, _ = await asyncio.wait(waiters, timeout=seconds, return_when=FIRST)
        except asyncio.CancelledError:
            task.cancel()
            raise
        if task not in done:
            task.cancel()
            lost = self._lost.done()
            self.abort()
            if lost:
                raise TransportError(ErrorCode.HOST_UNREACHABLE, "IMAP connection lost")
            raise TransportError(ErrorCode.TIMEOUT, "the IMAP server did not answer")
        try:
            return task.result()
        except aioimaplib.CommandTimeout:
            self.abort()
            raise TransportError(
                ErrorCode.TIMEOUT, "the IMAP server did not answer"
            ) from None
        except aioimaplib.AioImapException as exc:
            self.abort()
            raise TransportError(ErrorCode.SERVER_ERROR, f"IMAP: {exc}") from None

    async def _command(
        self,
        what: str,
        awaitable: Awaitable[Response],
        seconds: float | None = -1.0,
    ) -> Response:
        """Run one command under the lock; NO/BAD raise ImapCommandError."""
        async with self._lock:
            response = await self._wait(awaitable, seconds)
        if response.result != "OK":
            raise ImapCommandError(
                what, str(response.result), server_text(last_text(response))
            )
        return response

    # ------------------------------------------------------------ folders
    async def list_folders(self) -> list[ListEntry]:
        """Every folder (``LIST "" "*"``, with special-use attributes if offered)."""
        args = ['""', '"*"']
        if {"SPECIAL-USE", "LIST-EXTENDED"} <= self.capabilities:
            args += ["RETURN", "(SPECIAL-USE)"]
        protocol = self._protocol
        response = await self._command("LIST", protocol.simple_command("LIST", *args))
        return imapwire.parse_list(response.lines)

    async def namespace(self) -> tuple[str, str] | None:
        """The personal namespace ``(prefix, delimiter)``, if the server says."""
        if not self.has("NAMESPACE"):
            return None
        response = await self._command("NAMESPACE", self._protocol.namespace())
        return imapwire.parse_namespace(response.lines)

    async def create(self, name: str) -> None:
        """CREATE ``name``; one that exists already is fine. SUBSCRIBE it too."""
        protocol = self._protocol
        try:
            await self._command(
                "CREATE", protocol.simple_command("CREATE", mailbox_arg(name))
            )
        except ImapCommandError as exc:
            if exc.response_code != "ALREADYEXISTS":
                raise
        with contextlib.suppress(ImapCommandError):
            await self._command(
                "SUBSCRIBE", protocol.simple_command("SUBSCRIBE", mailbox_arg(name))
            )

    async def delete_folder(self, name: str) -> None:
        """DELETE a folder (not the selected one)."""
        protocol = self._protocol
        await self._command(
            "DELETE", protocol.simple_command("DELETE", mailbox_arg(name))
        )

    async def ensure_folder(self, name: str) -> str:
        """The folder ``name`` as it exists or was created (maybe ``INBOX.name``).

        Raises ImapCommandError when the server refuses every place tried.
        """
        entries = await self.list_folders()
        plan = plan_chat_folder(name, entries, await self.namespace())
        if plan.existing is not None:
            return plan.existing
        error: ImapCommandError | None = None
        for candidate in plan.create:
            try:
                await self.create(candidate)
            except ImapCommandError as exc:
                log.info("could not create %r: %s", candidate, exc.info.detail)
                error = exc
                continue
            return candidate
        assert error is not None
        raise error

    async def enable(self, *capabilities: str) -> frozenset[str]:
        """ENABLE what the server offers of ``capabilities``; return what it enabled."""
        wanted = [c for c in capabilities if self.has(c)]
        if not wanted or not self.has("ENABLE"):
            return frozenset()
        response = await self._command(
            "ENABLE", self._protocol.simple_command("ENABLE", *wanted)
        )
        words = " ".join(imapwire.text_lines(response.lines[:-1])).upper().split()
        self.enabled |= {w for w in words if w != "ENABLED"}
        return self.enabled

    # ------------------------------------------------------------ mailboxes
    async def select(self, name: str, *, readonly: bool = False) -> MailboxStatus:
        """SELECT ``name`` (with CONDSTORE where offered); EXAMINE if ``readonly``.

        A mailbox opened read-only is only watched: nothing in it changes
        (not even ``\\Recent``), other sessions' changes are still reported.
        """
        argument = mailbox_arg(name)
        if self.has("CONDSTORE") and "QRESYNC" not in self.enabled:
            argument += " (CONDSTORE)"
        self.selected = None
        protocol = self._protocol
        if readonly:
            response = await self._command(
                "EXAMINE", protocol.simple_command("EXAMINE", argument)
            )
            protocol.state = _STATE_SELECTED  # aioimaplib notes SELECT only
        else:
            response = await self._command("SELECT", protocol.select(argument))
        self.selected = name
        self._protocol.new_exists = False  # the answer itself says how many
        return imapwire.parse_select(response.lines)

    def take_news(self) -> bool:
        """Whether an EXISTS came since the last SELECT or call (then cleared)."""
        if self._client is None:
            return False
        protocol = self._protocol
        news, protocol.new_exists = protocol.new_exists, False
        return news

    async def status(self, name: str) -> MailboxStatus:
        """STATUS of a folder that is not selected (UIDNEXT, UIDVALIDITY, ...)."""
        items = "(MESSAGES UIDNEXT UIDVALIDITY"
        items += " HIGHESTMODSEQ)" if self.has("CONDSTORE") else ")"
        response = await self._command(
            "STATUS", self._protocol.simple_command("STATUS", mailbox_arg(name), items)
        )
        return imapwire.parse_status(response.lines)

    async def uid_search(self, criteria: str) -> list[int]:
        """UID SEARCH ``criteria`` (ASCII, e.g. ``"UID 5:*"``); sorted UIDs."""
        response = await self._command(
            "UID SEARCH", self._protocol.search(criteria, by_uid=True, charset=None)
        )
        return imapwire.parse_search(response.lines)

    async def fetch(
        self, uids: Iterable[int], items: str, modifiers: str = ""
    ) -> dict[int, FetchedItem]:
        """UID FETCH ``items`` of ``uids``; answers for other UIDs are dropped."""
        wanted = set(uids)
        return await self._fetch(uid_set(wanted), items, modifiers, wanted.__contains__)

    async def fetch_range(
        self, first: int, last: int, items: str, modifiers: str = ""
    ) -> dict[int, FetchedItem]:
        """UID FETCH over ``first:last`` (without listing every UID)."""
        return await self._fetch(
            f"{first}:{last}", items, modifiers, lambda uid: first <= uid <= last
        )

    async def _fetch(
        self, which: str, items: str, modifiers: str, keep: Callable[[int], bool]
    ) -> dict[int, FetchedItem]:
        parts = f"{items} {modifiers}" if modifiers else items
        response = await self._command(
            "UID FETCH",
            self._protocol.fetch(
                which, parts, by_uid=True, timeout=self.command_timeout
            ),
            seconds=None,  # the command's own timer: silence, not total time
        )
        found: dict[int, FetchedItem] = {}
        for item in imapwire.parse_fetch(response.lines):
            if keep(item.uid):
                found[item.uid] = _merge(found.get(item.uid), item)
        return found

    async def move(self, uids: Sequence[int], target: str) -> None:
        """UID MOVE, or UID COPY + \\Deleted + (UID) EXPUNGE without MOVE."""
        protocol, which, folder = self._protocol, uid_set(uids), mailbox_arg(target)
        if self.has("MOVE"):
            await self._command("UID MOVE", protocol.move(which, folder, by_uid=True))
            return
        await self._command("UID COPY", protocol.copy(which, folder, by_uid=True))
        await self.store(uids, ("\\Deleted",), add=True)
        if self.has("UIDPLUS"):
            await self._command("UID EXPUNGE", protocol.expunge(which, by_uid=True))
        else:
            await self._command("EXPUNGE", protocol.expunge())

    async def store(
        self, uids: Sequence[int], flags: Iterable[str], *, add: bool = True
    ) -> None:
        """Add (or remove) ``flags`` on ``uids`` of the selected folder."""
        names = " ".join(flags)
        mode = "+FLAGS.SILENT" if add else "-FLAGS.SILENT"
        await self._command(
            "UID STORE",
            self._protocol.store(uid_set(uids), mode, f"({names})", by_uid=True),
        )

    async def append(
        self, folder: str, raw: bytes, flags: Iterable[str] = ("\\Seen",)
    ) -> int | None:
        """APPEND ``raw`` to ``folder``; its new UID if the server says (UIDPLUS)."""
        names = " ".join(flags)
        response = await self._command(
            "APPEND",
            self._protocol.append(
                raw,
                mailbox_arg(folder),
                f"({names})",
                None,
                timeout=self.command_timeout,
            ),
            seconds=None,
        )
        code, args = imapwire.response_code(last_text(response))
        words = args.split()
        if code == "APPENDUID" and len(words) == 2:
            return imapwire.number(words[1], imapwire.MAX_UID)
        return None

    async def noop(self) -> bool:
        """NOOP (keep-alive and poll); True if it brought news of the mailbox."""
        response = await self._command("NOOP", self._protocol.simple_command("NOOP"))
        return pushes(response.lines[:-1])

    # ------------------------------------------------------------ IDLE
    async def idle(self, seconds: float, wake: asyncio.Event) -> bool:
        """IDLE (RFC 2177) until the mailbox changes, ``wake`` is set or
        ``seconds`` pass; then DONE. True if the server pushed a change.

        Raises TransportError when the server does not confirm IDLE or answer
        DONE in time: the connection is dead (a silent NAT drop looks so).
        """
        if wake.is_set():
            return False
        async with self._lock:
            return await self._idle(seconds, wake)

    async def _idle(self, seconds: float, wake: asyncio.Event) -> bool:
        protocol = self._protocol
        idling = asyncio.ensure_future(protocol.idle())
        try:
            await self._wait(
                first_done(idling, protocol.wait_for_idle_response()),
                self.idle_answer_timeout,
            )
            if idling.done():  # answered without "+": refused
                response = idling.result()
                raise ImapCommandError(
                    "IDLE", str(response.result), server_text(last_text(response))
                )
            pushed = await self._wait(
                idle_events(protocol, idling, wake, seconds), seconds + 5.0
            )
            protocol.idle_done()
            await self._wait(idling, self.idle_answer_timeout)
        except BaseException:
            idling.cancel()
            raise
        while not protocol.idle_queue.empty():
            pushed |= pushes(protocol.idle_queue.get_nowait())
        return pushed


def _fingerprint(conn: ImapConnection) -> str:
    return conn.fingerprint


def _login_error(response: Response) -> TransportError:
    text = server_text(last_text(response))
    code, _ = imapwire.response_code(text)
    detail = f"IMAP login refused: {text}" if text else "IMAP login refused"
    if code in _TRANSIENT_LOGIN:
        return TransportError(ErrorCode.SERVER_ERROR, detail)
    if code == "PRIVACYREQUIRED":
        return TransportError(ErrorCode.TLS_UNAVAILABLE, detail)
    return TransportError(ErrorCode.AUTH_FAILED, detail)


def _merge(old: FetchedItem | None, new: FetchedItem) -> FetchedItem:
    """Servers may split one message's data over two answers: join them."""
    if old is None:
        return new
    return FetchedItem(
        uid=new.uid,
        flags=new.flags if new.flags is not None else old.flags,
        size=new.size if new.size is not None else old.size,
        modseq=new.modseq if new.modseq is not None else old.modseq,
        sections={**old.sections, **new.sections},
    )
