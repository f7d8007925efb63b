# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A screenshot of a chat window for docs/screenshots (offscreen, ``grab()``).

``QT_QPA_PLATFORM=offscreen python -m tests.gui.chat.screenshot [--language
de] [PNG]`` runs the real chat window on a real ``LocalCore`` (in-memory
SQLite), with the conversation delivered through the ``ScriptedBackend`` test
double: the picture shows the real widgets with a made-up chat. The UI speaks
``--language`` (en, de, ar), and so does the chat (:data:`SCENES`): message
styling, a quotation, a correction, a link, every delivery state and a body
full of markup that stays text. The default PNG is
docs/screenshots/chat-window.png, or chat-window-LANG.png.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget

from messenger.core.interfaces import IncomingMessage
from messenger.core.local import LocalCore
from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.core.model import Contact
from messenger.core.model import DeliveryState
from messenger.core.model import PresenceUpdate
from messenger.core.model import ProtocolKind
from messenger.core.model import Show
from messenger.core.model import Subscription
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from messenger.ui.bridge import CoreBridge
from messenger.ui.chat.manager import ChatWindows
from tests.doubles.backend import BackendRecorder
from tests.gui.screenshot_kit import SceneClock
from tests.gui.screenshot_kit import run
from tests.gui.screenshot_kit import settle
from tests.gui.screenshot_kit import speaking
from tests.gui.screenshot_kit import today_at

SIZE = (560, 640)
# The outgoing messages' fates, in the order of ChatScene.sent.
FATES = ("read", "delivered", "sent", "failed")


@dataclass(frozen=True, slots=True, kw_only=True)
class ChatScene:
    """One language's chat, from the user (``me``) with ``peer``."""

    me: Address
    my_name: str
    peer: Address
    peer_name: str
    resource: str
    status: str
    last_night: str  # yesterday evening, from the peer (read)
    question: str  # today, from the peer (new)
    # Read (quoting), delivered (/me), sent (code, link), failed (in English
    # and German: markup that stays text; Arabic markup reads badly mixed in).
    sent: tuple[str, str, str, str]
    correction: str  # replaces the /me message


VERONA = ChatScene(
    me=Address("romeo", "montague.example"),
    my_name="Romeo",
    peer=Address("juliet", "capulet.example"),
    peer_name="Juliet Capulet",
    resource="balcony",
    status="On the balcony",
    last_night="Good night! Parting is such _sweet_ sorrow",
    question="Wherefore art thou *Romeo*?",
    sent=(
        "> Wherefore art thou Romeo?\nRight ~below~ your window",
        "/me climbs the orchard wall",
        "The plan: `meet at 9` by the chapel\nhttps://verona.example/map",
        "<b>not bold</b> &amp; <img src=x> stays text",
    ),
    correction="/me climbs the orchard wall, quietly",
)

KONZERT = ChatScene(
    me=Address("jonas", "beispiel.example"),
    my_name="Jonas",
    peer=Address("anna", "beispiel.example"),
    peer_name="Anna Schneider",
    resource="handy",
    status="Im Zug nach Köln",
    last_night="Gute Nacht! Bis _morgen_ beim Konzert",
    question="Kommst du *wirklich* mit ins Konzert?",
    sent=(
        "> Kommst du wirklich mit ins Konzert?\n"
        "Na klar! Ich bin ~um acht~ schon um halb acht da",
        "/me sucht einen Parkplatz",
        "Treffpunkt: `Eingang Süd` am Brunnen\nhttps://stadtplan.example/konzerthaus",
        "<b>nicht fett</b> &amp; <img src=x> bleibt Text",
    ),
    correction="/me sucht einen Parkplatz, fast geschafft",
)

HAFL = ChatScene(
    me=Address("qays", "najd.example"),
    my_name="قيس",
    peer=Address("layla", "najd.example"),
    peer_name="ليلى العامرية",
    resource="jawwal",
    status="في الطريق إلى البيت",
    last_night="تصبح على خير! أراك _غدًا_ في الحفل",
    question="هل ستأتي إلى الحفل *حقًا*؟",
    sent=(
        "> هل ستأتي إلى الحفل حقًا؟\nطبعًا! سأصل ~في الثامنة~ في السابعة والنصف",  # noqa: RUF001 (Arabic alef)
        "/me يبحث عن موقف للسيارة",
        "نلتقي عند البوابة ٣، رمز الحجز `XK-42`\nhttps://map.example/concert",
        "أنا عند البوابة الآن",
    ),
    correction="/me يبحث عن موقف للسيارة، وصل تقريبًا",
)

SCENES = {"en": VERONA, "de": KONZERT, "ar": HAFL}


async def make(app: QApplication, out: Path, language: str = "en") -> None:
    """Save the chat of :data:`SCENES` ``[language]`` to ``out``."""
    # Last night at 21:40, then this evening from 19:02 on (not "now").
    clock = SceneClock(today_at(19, 0))
    recorder = BackendRecorder()
    async with speaking(app, language):
        with tempfile.TemporaryDirectory() as tmp:
            core = LocalCore(
                SqliteStore(":memory:"),
                MemorySecretStore(),
                {ProtocolKind.XMPP: recorder},
                Path(tmp),
                clock=clock,
            )
            await core.start()
            holder = QWidget()
            bridge = CoreBridge(core, holder)
            await bridge.attach(lambda _snapshot: None)
            stage = Stage(app=app, core=core, recorder=recorder, clock=clock)
            chats = ChatWindows(core, bridge, holder)
            window = await stage.play(SCENES[language], chats)
            window.grab().save(str(out))
            chats.close_all()
            bridge.close()
            await core.close()


@dataclass(frozen=True, slots=True, kw_only=True)
class Stage:
    """What a scene is played on: the core, the server's side and the clock."""

    app: QApplication
    core: LocalCore
    recorder: BackendRecorder
    clock: SceneClock

    async def play(self, scene: ChatScene, chats: ChatWindows) -> QWidget:
        """The conversation as the server delivers it; returns the window."""
        core, clock = self.core, self.clock
        account = await core.add_account(
            ProtocolKind.XMPP, str(scene.me), display_name=scene.my_name, password="x"
        )
        await settle(self.app)
        backend = self.recorder.built[account.id]
        sink = backend.sink
        await sink.roster_received(
            [
                Contact(
                    account_id=account.id,
                    address=scene.peer,
                    name=scene.peer_name,
                    subscription=Subscription.BOTH,
                )
            ],
            complete=True,
        )
        phone = scene.peer.with_resource(scene.resource)
        sink.presences_received(
            [PresenceUpdate(address=phone, show=Show.AWAY, status=scene.status)]
        )

        async def incoming(body: str) -> None:
            message = IncomingMessage(
                peer=scene.peer, sender=phone, body=body, timestamp=clock.now
            )
            await sink.messages_received([message])

        clock.now = today_at(21, 40) - timedelta(days=1)
        await incoming(scene.last_night)
        clock.now = today_at(19, 0)
        tab = await chats.open_chat(account.id, scene.peer)
        clock.now = today_at(19, 2)
        await incoming(scene.question)
        for body, fate in zip(scene.sent, FATES, strict=True):
            clock.now += timedelta(minutes=2)
            backend.fail_sends = fate == "failed"
            sent = await core.send_message(account.id, scene.peer, body)
            await settle(self.app)
            if fate == "failed":
                continue
            await sink.message_state_changed(
                peer=scene.me, origin_id=sent.origin_id, state=DeliveryState.SENT
            )
            if fate in {"delivered", "read"}:
                await sink.message_state_changed(
                    peer=scene.peer, origin_id=sent.origin_id, state=DeliveryState(fate)
                )
        clock.now += timedelta(minutes=1)
        history = await core.fetch_history(tab.conversation_id)
        await core.correct_message(history[-3].id, scene.correction)
        sink.chat_state_received(scene.peer, ChatState.COMPOSING)
        await settle(self.app)
        window = tab.window()
        window.resize(*SIZE)
        await settle(self.app)
        return window


def main() -> None:
    print(run(make, "chat-window"))


if __name__ == "__main__":
    main()
