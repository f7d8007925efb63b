# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A screenshot of a chat window for docs/screenshots (offscreen, ``grab()``).

``QT_QPA_PLATFORM=offscreen python -m tests.gui.chat.screenshot [PNG]`` runs
the real chat window on a real ``LocalCore`` (in-memory SQLite), with the
conversation delivered through the ``ScriptedBackend`` test double: the
picture shows the real widgets with a made-up chat.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import qasync
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

ROOT = Path(__file__).resolve().parents[3]
ROMEO = Address("romeo", "montague.example")
JULIET = Address("juliet", "capulet.example")


async def settle(app: QApplication) -> None:
    for _ in range(10):
        await asyncio.sleep(0.02)
        app.processEvents()


async def make(app: QApplication, out: Path) -> None:
    recorder = BackendRecorder()
    with tempfile.TemporaryDirectory() as tmp:
        core = LocalCore(
            SqliteStore(":memory:"),
            MemorySecretStore(),
            {ProtocolKind.XMPP: recorder},
            Path(tmp),
        )
        await core.start()
        holder = QWidget()
        bridge = CoreBridge(core, holder)
        await bridge.attach(lambda _snapshot: None)
        account = await core.add_account(
            ProtocolKind.XMPP, str(ROMEO), display_name="Romeo", password="x"
        )
        await settle(app)
        backend = recorder.built[account.id]
        sink = backend.sink
        await sink.roster_received(
            [
                Contact(
                    account_id=account.id,
                    address=JULIET,
                    name="Juliet Capulet",
                    subscription=Subscription.BOTH,
                )
            ],
            complete=True,
        )
        sink.presences_received(
            [
                PresenceUpdate(
                    address=JULIET.with_resource("balcony"),
                    show=Show.AWAY,
                    status="On the balcony",
                )
            ]
        )
        today = datetime.now(UTC).replace(hour=9, minute=0)
        yesterday = today - timedelta(days=1, hours=-12)

        async def incoming(body: str, when: datetime) -> None:
            await sink.messages_received(
                [
                    IncomingMessage(
                        peer=JULIET,
                        sender=JULIET.with_resource("balcony"),
                        body=body,
                        timestamp=when,
                    )
                ]
            )

        await incoming("Good night! Parting is such _sweet_ sorrow", yesterday)
        chats = ChatWindows(core, bridge, holder)
        tab = await chats.open_chat(account.id, JULIET)
        core_messages = [
            ("Wherefore art thou *Romeo*?", None),
            ("> Wherefore art thou Romeo?\nRight ~below~ your window", "read"),
            ("/me climbs the orchard wall", "delivered"),
            ("The plan: `meet at 9` by the chapel\nhttps://verona.example/map", "sent"),
            ("<b>not bold</b> &amp; <img src=x> stays text", "failed"),
        ]
        for body, state in core_messages:
            if state is None:
                await incoming(body, datetime.now(UTC))
                continue
            backend.fail_sends = state == "failed"
            sent = await core.send_message(account.id, JULIET, body)
            await settle(app)
            if state != "failed":
                await sink.message_state_changed(
                    peer=ROMEO, origin_id=sent.origin_id, state=DeliveryState.SENT
                )
                if state in {"delivered", "read"}:
                    await sink.message_state_changed(
                        peer=JULIET,
                        origin_id=sent.origin_id,
                        state=DeliveryState(state),
                    )
        await core.correct_message(
            (await core.fetch_history(tab.conversation_id))[-3].id,
            "/me climbs the orchard wall, quietly",
        )
        sink.chat_state_received(JULIET, ChatState.COMPOSING)
        await settle(app)
        window = tab.window()
        window.resize(560, 640)
        await settle(app)
        window.grab().save(str(out))
        chats.close_all()
        bridge.close()
        await core.close()


def main() -> None:
    default = ROOT / "docs" / "screenshots" / "chat-window.png"
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    app = QApplication([])
    app.setStyle("Fusion")
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        runner.run(make(app, out))
    print(out)


if __name__ == "__main__":
    main()
