# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A screenshot of the buddy list for docs/screenshots (offscreen, ``grab()``).

``QT_QPA_PLATFORM=offscreen python -m tests.gui.buddy_screenshot [PNG]`` runs
the real main window on a real ``LocalCore`` (in-memory SQLite) with two
accounts on the ``ScriptedBackend`` test double: one online with groups,
presences, an avatar and unread messages, one whose password was refused.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import UTC
from datetime import datetime
from pathlib import Path

import qasync
from PySide6.QtCore import QBuffer
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QIODevice
from PySide6.QtGui import QColor
from PySide6.QtGui import QImage
from PySide6.QtGui import QLinearGradient
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from messenger.core.interfaces import IncomingMessage
from messenger.core.local import LocalCore
from messenger.core.model import Address
from messenger.core.model import ConnectionState
from messenger.core.model import Contact
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.core.model import PresenceUpdate
from messenger.core.model import ProtocolKind
from messenger.core.model import SecretStorageStatus
from messenger.core.model import Show
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from messenger.ui.windows.main_window import MainWindow
from tests.doubles.backend import BackendRecorder
from tests.gui.buddy_fixtures import sha1

ROOT = Path(__file__).resolve().parents[2]
VERONA = [
    (
        "juliet",
        "capulet.example",
        "Juliet",
        ("Capulets", "Family"),
        Show.AWAY,
        "On the balcony",
    ),
    ("nurse", "capulet.example", "Nurse", ("Capulets",), Show.CHAT, "Ask me anything"),
    ("tybalt", "capulet.example", "Tybalt", ("Capulets",), Show.DND, "Duelling"),
    ("lady", "capulet.example", "Lady Capulet", ("Capulets", "Family"), None, ""),
    (
        "mercutio",
        "montague.example",
        "Mercutio",
        ("Friends",),
        Show.AVAILABLE,
        "A plague on both your houses",
    ),
    ("benvolio", "montague.example", "Benvolio", ("Friends",), Show.XA, ""),
    ("laurence", "verona.example", "Friar Laurence", (), Show.AVAILABLE, "In the cell"),
    ("balthasar", "montague.example", "Balthasar", (), None, ""),
]


class _KeyringStore(MemorySecretStore):
    """TEST DOUBLE: a memory store that says it is a system keyring (no banner)."""

    @property
    def status(self) -> SecretStorageStatus:
        return SecretStorageStatus(persistent=True, backend="Screenshot keyring")

    async def probe(self) -> SecretStorageStatus:
        return self.status


def portrait() -> bytes:
    """A small made-up picture (a gradient), as PNG bytes."""
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    gradient = QLinearGradient(0, 0, 64, 64)
    gradient.setColorAt(0, QColor("#f3c27a"))
    gradient.setColorAt(1, QColor("#a23b5c"))
    painter = QPainter(image)
    painter.fillRect(image.rect(), gradient)
    painter.setBrush(QColor("#5a2a1a"))
    painter.drawEllipse(18, 10, 28, 30)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


async def settle(app: QApplication) -> None:
    for _ in range(10):
        await asyncio.sleep(0.02)
        app.processEvents()


async def make(app: QApplication, out: Path) -> None:
    recorder = BackendRecorder()
    with tempfile.TemporaryDirectory() as tmp:
        core = LocalCore(
            SqliteStore(":memory:"),
            _KeyringStore(),
            {ProtocolKind.XMPP: recorder},
            Path(tmp),
        )
        await core.start()
        romeo = await core.add_account(
            ProtocolKind.XMPP, "romeo@montague.example", display_name="Romeo"
        )
        work = await core.add_account(
            ProtocolKind.XMPP, "romeo@guild.example", display_name="Guild"
        )
        await settle(app)
        window = MainWindow(core)
        window.resize(340, 720)
        window.show()
        await window.load()
        sink = recorder.built[romeo.id].sink
        await sink.roster_received(
            [
                Contact(
                    account_id=romeo.id,
                    address=Address(local, domain),
                    name=name,
                    groups=groups,
                )
                for local, domain, name, groups, _show, _status in VERONA
            ],
            complete=True,
        )
        sink.presences_received(
            [
                PresenceUpdate(
                    address=Address(local, domain, "phone"), show=show, status=status
                )
                for local, domain, _name, _groups, show, status in VERONA
                if show is not None
            ]
        )
        picture = portrait()
        juliet = Address("juliet", "capulet.example")
        await sink.avatar_received(juliet, sha1(picture), picture)
        await sink.messages_received(
            [
                IncomingMessage(
                    peer=juliet,
                    sender=juliet.with_resource("phone"),
                    body=body,
                    timestamp=datetime.now(UTC),
                )
                for body in ("Romeo?", "Wherefore art thou?", "Romeo!")
            ]
        )
        recorder.built[work.id].sink.connection_changed(
            ConnectionState.FAILED, ErrorInfo(code=ErrorCode.AUTH_FAILED)
        )
        await settle(app)
        window.grab().save(str(out))
        window.shutdown()
        await core.close()
        window.deleteLater()


def main() -> None:
    out = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else ROOT / "docs" / "screenshots" / "buddy-list.png"
    )
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        runner.run(make(app, out))
    print(out)


if __name__ == "__main__":
    main()
