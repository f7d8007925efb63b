# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``XmppBackend``: one XMPP account behind the core's ``ProtocolBackend``.

``connect`` reads the password, builds an ``XmppClient`` (handlers from the
table in ``handlers.py``) and starts the ``Connector``, which keeps the
account connected until ``disconnect``; with the ``register`` setting the
account is first registered on that connection (``features/registration.py``).
Every new session is set up in this order: the saved caps and avatar hashes;
service discovery (then our own photo hash, if unknown) and the versioned
roster; block list and carbons; the first archive query, then our presence;
ONLINE; the rest of the archive catch-up. A resumed session (XEP-0198) needs
none of that: slixmpp resends what the server had not acknowledged and we
report ONLINE with ``resumed``.
"""

from __future__ import annotations

import asyncio
import contextlib
import xml.etree.ElementTree as ET
from collections.abc import Callable
from collections.abc import Sequence

from slixmpp import JID
from slixmpp.exceptions import IqError
from slixmpp.jid import InvalidJID

from messenger.core.errors import CoreError
from messenger.core.interfaces import BackendContext
from messenger.core.interfaces import OutgoingMessage
from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.core.model import ChatState
from messenger.core.model import ConnectionState
from messenger.core.model import ContactInfo
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.core.model import Message
from messenger.core.model import OwnPresence
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import tls
from messenger.protocols.xmpp.client import XmppClient
from messenger.protocols.xmpp.connection import Connector
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.context import XmppSettings
from messenger.protocols.xmpp.features.acks import Acks
from messenger.protocols.xmpp.features.avatars import Avatars
from messenger.protocols.xmpp.features.blocking import Blocking
from messenger.protocols.xmpp.features.caps import Caps
from messenger.protocols.xmpp.features.carbons import Carbons
from messenger.protocols.xmpp.features.chat_states import ChatStates
from messenger.protocols.xmpp.features.contact_info import ContactInfos
from messenger.protocols.xmpp.features.corrections import Corrections
from messenger.protocols.xmpp.features.disco import Disco
from messenger.protocols.xmpp.features.disco import caps_element
from messenger.protocols.xmpp.features.iq_guard import IqGuard
from messenger.protocols.xmpp.features.mam import Archive
from messenger.protocols.xmpp.features.markers import Markers
from messenger.protocols.xmpp.features.messages import Messages
from messenger.protocols.xmpp.features.own_avatar import OwnAvatar
from messenger.protocols.xmpp.features.ping import Keepalive
from messenger.protocols.xmpp.features.presence import Presences
from messenger.protocols.xmpp.features.receipts import Receipts
from messenger.protocols.xmpp.features.registration import Registration
from messenger.protocols.xmpp.features.roster import Roster
from messenger.protocols.xmpp.features.software import Software
from messenger.protocols.xmpp.handlers import Features
from messenger.protocols.xmpp.handlers import IqRouter
from messenger.protocols.xmpp.handlers import MessageRouter
from messenger.protocols.xmpp.handlers import PresenceRouter
from messenger.protocols.xmpp.handlers import install
from messenger.protocols.xmpp.worker import SinkWorker

BASE_CAPABILITIES = frozenset(
    {
        Capability.PRESENCE,
        Capability.STATUS_MESSAGE,
        Capability.SUBSCRIPTIONS,
        Capability.CONTACT_GROUPS,
        Capability.CONTACT_ALIASES,
        Capability.DELIVERY_RECEIPTS,
        Capability.READ_MARKERS,
        Capability.CORRECTIONS,
        Capability.CHAT_STATES,
        Capability.CONTACT_INFO,
        Capability.AVATARS,
        Capability.REGISTRATION,
    }
)
# How long disconnect waits for pending sink calls and the stream close.
CLOSE_TIMEOUT = 2.0


class XmppBackend:
    """One account's XMPP connection (see the module docstring)."""

    def __init__(self, context: BackendContext) -> None:
        self._context = context
        try:
            jid = JID(context.account.address)
        except InvalidJID:
            jid = JID()
        settings = XmppSettings.from_account(context.account.settings)
        self._ctx = XmppContext(
            account=context.account,
            sink=context.sink,
            log=context.log,
            settings=settings,
            jid=JID(f"{jid.bare}/{settings.resource}") if jid.bare else jid,
            worker=SinkWorker(context.sink, context.log, self._on_committed),
        )
        self._capabilities = BASE_CAPABILITIES
        self._features = self._build_features()
        self._run: asyncio.Task[None] | None = None
        self._catch_up: asyncio.Task[None] | None = None

    def _build_features(self) -> Features:
        ctx = self._ctx
        acks, caps = Acks(ctx), Caps(ctx)
        roster = Roster(ctx, self._avatar_of)
        presence = Presences(ctx, roster.on_request, self._presence_extensions)
        avatars = Avatars(ctx, roster.contact, self._own_hash_changed)
        receipts = Receipts(ctx, acks, roster.shares_presence)
        router = MessageRouter(ctx, lambda: self._features)
        software = Software(ctx, roster.shares_presence)
        connector = Connector(ctx, self._start_session)
        return Features(
            connector=connector,
            acks=acks,
            iq_guard=IqGuard(ctx),
            disco=Disco(ctx),
            roster=roster,
            presence=presence,
            messages=Messages(ctx, acks, receipts.reply_for),
            receipts=receipts,
            markers=Markers(ctx, acks, roster.shares_presence, caps.peer_supports),
            chat_states=ChatStates(ctx, caps.peer_supports),
            corrections=Corrections(ctx),
            carbons=Carbons(ctx),
            archive=Archive(ctx, router.dispatch),
            blocking=Blocking(ctx),
            keepalive=Keepalive(ctx),
            router=router,
            presence_router=PresenceRouter(lambda: self._features),
            iq_router=IqRouter(lambda: self._features),
            caps=caps,
            software=software,
            avatars=avatars,
            own_avatar=OwnAvatar(ctx, avatars, presence.refresh),
            contact_info=ContactInfos(
                ctx, presence.resources_of, caps, software, avatars
            ),
            registration=Registration(ctx, connector.registration_failed),
        )

    def _own_hash_changed(self) -> None:
        self._features.own_avatar.hash_changed()

    def _avatar_of(self, address: Address) -> str | None:
        return self._features.avatars.hash_of(address)

    def _presence_extensions(self) -> list[ET.Element]:
        """What our available presence carries: caps, our photo hash."""
        photo = self._features.own_avatar.presence_element()
        return [caps_element()] if photo is None else [caps_element(), photo]

    @property
    def capabilities(self) -> frozenset[Capability]:
        return self._capabilities

    # ------------------------------------------------------------ lifecycle
    async def connect(self) -> None:
        if self._run is not None and not self._run.done():
            return
        if not self._ctx.jid.user:
            self._fail(ErrorCode.INVALID_INPUT, "not a valid XMPP address")
            return
        password = await self._context.get_password()
        if password is None:
            self._fail(ErrorCode.NO_PASSWORD, "")
            return
        try:
            verifying = await asyncio.to_thread(
                tls.verifying_context, self._ctx.settings.ca_file
            )
        except (OSError, ValueError) as exc:
            self._fail(ErrorCode.CERTIFICATE_UNTRUSTED, f"cannot read ca_file: {exc}")
            return
        if self._ctx.client is not None:
            self._ctx.client.shutdown()  # a previous run ended (failed)
        client = self._new_client(password)
        self._run = self._ctx.spawn(
            self._features.connector.run(client, verifying), "xmpp-connection"
        )

    def _new_client(self, password: str) -> XmppClient:
        connector = self._features.connector
        client = XmppClient(
            self._ctx.jid,
            password,
            connector,
            pin=self._ctx.settings.pinned_fingerprint,
        )
        self._ctx.client = client
        client.before_login = self._features.registration.before_login
        install(client, self._features)
        client.add_event_handler("disconnected", self._on_disconnected)
        return client

    def _fail(self, code: ErrorCode, detail: str) -> None:
        error = ErrorInfo(code=code, detail=detail)
        self._ctx.sink.connection_changed(ConnectionState.FAILED, error)

    async def disconnect(self) -> None:
        client, run = self._ctx.client, self._run
        self._run = None
        if run is not None:
            run.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await run
        self._on_disconnected(None)
        if client is not None:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(CLOSE_TIMEOUT):
                    await self._ctx.worker.drain()
                    if client.transport is not None:
                        await client.disconnect(wait=CLOSE_TIMEOUT / 2)
            client.shutdown()
        self._ctx.worker.close()
        for task in list(self._ctx.tasks):
            task.cancel()
        self._ctx.client = None
        self._ctx.sink.connection_changed(ConnectionState.OFFLINE)

    async def create_group(self, name: str, members: Sequence[Address]) -> Address:
        raise CoreError(ErrorCode.UNSUPPORTED, "group chats come with MUC")

    async def check_connection(self) -> None:
        """Ping now, or retry now (``Connector.check``); nothing when not running."""
        if self._run is not None and not self._run.done():
            f = self._features
            await f.connector.check(f.keepalive.probe)

    def _on_disconnected(self, _: object) -> None:
        self._ctx.online = False
        self._features.keepalive.stop()
        self._features.archive.save_bookmark()
        if self._catch_up is not None:  # its answers are gone with the stream
            self._catch_up.cancel()
            self._catch_up = None

    # ------------------------------------------------------------ sessions
    async def _start_session(self, resumed: bool) -> None:
        """Set a session up; ``Connector`` reports ONLINE when this returns."""
        f = self._features
        if resumed:
            self._ctx.online = True
            if not f.archive.complete:  # the drop interrupted it: start over
                self._start_catch_up(lambda: None)
            f.keepalive.start()
            return
        f.presence.reset()
        f.caps.reset()
        await asyncio.gather(f.caps.load(), f.avatars.load())
        await asyncio.gather(self._discover(), f.roster.fetch())
        self._update_capabilities()
        await asyncio.gather(
            self._optional(f.blocking.fetch()), self._optional(f.carbons.enable())
        )
        self._ctx.online = True
        if ns.MAM in self._ctx.account_features:
            self._start_catch_up(f.presence.send)
        else:
            f.presence.send()
        f.keepalive.start()
        f.own_avatar.start()

    async def _discover(self) -> None:
        """Service discovery, then what needs its answer before our presence."""
        await self._features.disco.discover()
        await self._features.own_avatar.prepare()

    def _start_catch_up(self, send_presence: Callable[[], None]) -> None:
        catch_up = self._features.archive.catch_up(send_presence)
        self._catch_up = self._ctx.spawn(catch_up, "xmpp-archive")

    async def _optional(self, step: object) -> None:
        """A set-up step the session can do without (its error is logged)."""
        try:
            await step  # type: ignore[misc]
        except IqError as exc:
            self._ctx.log.info("optional set-up step refused: %s", exc.condition)

    def _update_capabilities(self) -> None:
        extra = set()
        if ns.BLOCKING in self._ctx.server_features:
            extra.add(Capability.BLOCKING)
        if ns.MAM in self._ctx.account_features:
            extra.add(Capability.SERVER_ARCHIVE)
        capabilities = BASE_CAPABILITIES | extra
        if capabilities != self._capabilities:
            self._capabilities = capabilities
            self._ctx.sink.capabilities_changed(capabilities)

    async def _on_committed(self, items: object, live: bool, held: bool) -> None:
        await self._features.archive.on_committed(items, live, held)  # type: ignore[arg-type]

    # ------------------------------------------------------------ commands
    async def send_message(self, message: OutgoingMessage) -> None:
        self._features.messages.send(message)

    async def send_read_marker(self, message: Message) -> None:
        self._features.markers.send_displayed(message)

    async def set_presence(self, presence: OwnPresence) -> None:
        self._features.presence.set(presence)

    async def add_contact(
        self, address: Address, name: str, groups: tuple[str, ...]
    ) -> None:
        await self._features.roster.add(address, name, groups)

    async def update_contact(
        self, address: Address, name: str, groups: tuple[str, ...]
    ) -> None:
        await self._features.roster.set_item(address, name, groups)

    async def remove_contact(self, address: Address) -> None:
        await self._features.roster.remove(address)

    async def answer_subscription(self, address: Address, *, approve: bool) -> None:
        self._features.roster.answer(address, approve=approve)

    async def set_blocked(self, address: Address, *, blocked: bool) -> None:
        if Capability.BLOCKING not in self._capabilities:
            raise CoreError(ErrorCode.UNSUPPORTED, "the server has no blocking")
        await self._features.blocking.set_blocked(address, blocked=blocked)

    async def send_chat_state(self, address: Address, state: ChatState) -> None:
        self._features.chat_states.send(address, state)

    async def correct_message(self, message: Message, body: str) -> None:
        self._features.corrections.send(message, body)

    async def fetch_contact_info(self, address: Address) -> ContactInfo:
        return await self._features.contact_info.fetch(address)

    async def set_own_avatar(self, data: bytes | None, mime_type: str) -> None:
        await self._features.own_avatar.set(data, mime_type)
