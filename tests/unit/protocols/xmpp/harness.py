# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A logged-in ``XmppBackend`` on a fake transport, for stanza-level unit tests.

``Session.start()`` builds the real backend and client (handler table and
all), skips the network handshake by marking the stream bound, and lets tests
feed server XML (``recv``) and read what the client wrote (``sent``).
"""

from __future__ import annotations

import asyncio
import logging
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from slixmpp import JID

from messenger.core.interfaces import BackendContext
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import JsonValue
from messenger.core.model import ProtocolKind
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.backend import XmppBackend
from messenger.protocols.xmpp.client import XmppClient
from messenger.protocols.xmpp.mapping import RosterItem
from tests.unit.protocols.xmpp.recording_sink import RecordingSink

OWN_BARE = "me@example.org"
OWN = f"{OWN_BARE}/messenger"
SERVER = "example.org"
HEADER = (
    "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'"
    " from='example.org' id='s1' version='1.0'>"
)
ALL_SERVER = frozenset({ns.CARBONS, ns.BLOCKING})


class FakeTransport:
    """Collects what the client writes; never touches a socket."""

    def __init__(self) -> None:
        self.written: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:
        self.written.append(data)

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return default

    def close(self) -> None:
        self.closed = True

    def abort(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed


class Session:
    def __init__(self, backend: XmppBackend, sink: RecordingSink) -> None:
        self.backend = backend
        self.sink = sink
        self.transport = FakeTransport()
        self.client: XmppClient = backend._new_client("secret")

    @classmethod
    async def start(
        cls,
        *,
        settings: dict[str, JsonValue] | None = None,
        server_features: frozenset[str] = ALL_SERVER,
        account_features: frozenset[str] = frozenset({ns.MAM}),
        online: bool = True,
    ) -> Session:
        sink = RecordingSink()
        account = Account(
            id=AccountId("acct"),
            protocol=ProtocolKind.XMPP,
            address=OWN_BARE,
            settings=settings or {},
        )

        async def password() -> str | None:
            return "secret"

        context = BackendContext(
            account=account,
            sink=sink,
            get_password=password,
            cache_dir=Path("/nonexistent"),
            log=logging.LoggerAdapter(logging.getLogger("tests.xmpp"), {}),
        )
        session = cls(XmppBackend(context), sink)
        session._attach(server_features, account_features, online)
        await asyncio.sleep(0)  # the stream header is written
        session.transport.written.clear()
        return session

    def _attach(
        self, server: frozenset[str], account: frozenset[str], online: bool
    ) -> None:
        client = self.client
        client.connection_made(self.transport)
        client.data_received(HEADER)
        client.boundjid = JID(OWN)
        client.session_bind_event.set()
        client._session_started = True
        client._run_out_filters = asyncio.ensure_future(client.run_filters())
        ctx = self.backend._ctx
        ctx.online = online
        ctx.server_features = server
        ctx.account_features = account
        self.transport.written.clear()

    @property
    def ctx(self) -> Any:
        return self.backend._ctx

    @property
    def features(self) -> Any:
        return self.backend._features

    def recv(self, xml: str) -> None:
        """Feed stanzas as if the server sent them (default namespace jabber:client)."""
        self.client.data_received(xml)

    async def settle(self) -> None:
        """Let queued sends, call_soon flushes and the sink worker finish."""
        for _ in range(3):
            for _ in range(20):
                await asyncio.sleep(0)
            await self.client.waiting_queue.join()
            await self.ctx.worker.drain()

    def sent(self) -> list[ET.Element]:
        """Stanzas written since the last call (whitespace and XEP-0198 skipped).

        The client writes everything of one loop turn at once, so stanzas and
        ``<r/>``/``<a/>`` can share a write.
        """
        data, self.transport.written = self.transport.written, []
        text = b"".join(data).decode()
        if not text.strip():
            return []
        wrapped = ET.fromstring(f"<wrap xmlns='jabber:client'>{text}</wrap>")
        return [s for s in wrapped if not s.tag.startswith(f"{{{ns.SM}}}")]

    async def close(self) -> None:
        self.client.shutdown()
        self.ctx.worker.close()
        for task in list(self.ctx.tasks):
            task.cancel()
        await asyncio.gather(*self.ctx.tasks, return_exceptions=True)


def befriend(session: Session, address: Address, subscription: str = "both") -> None:
    """Put ``address`` in the roster (``both``: it may see our presence)."""
    session.features.roster.items[address] = RosterItem(
        address=address, subscription=subscription
    )


def answer_to(request: ET.Element, payload: str = "", sender: str = "") -> str:
    """A result for ``request`` (sent by the client), from its addressee."""
    origin = sender or request.get("to", "")
    attribute = f" from='{origin}'" if origin else ""
    return f"<iq type='result' id='{request.get('id')}'{attribute}>{payload}</iq>"


def error_to(
    request: ET.Element, condition: str, text: str = "", kind: str = "cancel"
) -> str:
    """An error answer for ``request`` from its addressee."""
    origin = request.get("to", "")
    attribute = f" from='{origin}'" if origin else ""
    stanzas = "urn:ietf:params:xml:ns:xmpp-stanzas"
    words = f"<text xmlns='{stanzas}'>{text}</text>" if text else ""
    return (
        f"<iq type='error' id='{request.get('id')}'{attribute}><error type='{kind}'>"
        f"<{condition} xmlns='{stanzas}'/>{words}</error></iq>"
    )


def requests_with(stanzas: list[ET.Element], path: str) -> list[ET.Element]:
    """The IQ gets/sets among ``stanzas`` that contain ``path``."""
    return [
        s
        for s in stanzas
        if s.tag == f"{{{ns.CLIENT}}}iq"
        and s.get("type") in {"get", "set"}
        and s.find(path) is not None
    ]
