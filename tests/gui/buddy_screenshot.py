# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A screenshot of the buddy list for docs/screenshots (offscreen, ``grab()``).

``QT_QPA_PLATFORM=offscreen python -m tests.gui.buddy_screenshot [--language
de] [PNG]`` runs the real main window on a real ``LocalCore`` (in-memory
SQLite) with two accounts on the ``ScriptedBackend`` test double: one online
with groups, presences, an avatar and unread messages, one whose password was
refused. The UI speaks ``--language`` (en, de, ar), and so do the made-up
contacts (:data:`SCENES`); the default PNG is docs/screenshots/buddy-list.png,
or buddy-list-LANG.png.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from pathlib import Path

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
from messenger.core.model import AccountId
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
from tests.gui.screenshot_kit import run
from tests.gui.screenshot_kit import settle
from tests.gui.screenshot_kit import speaking

SIZE = (340, 720)


@dataclass(frozen=True, slots=True, kw_only=True)
class Buddy:
    """A made-up contact: address, name, groups and presence (None: offline)."""

    local: str
    domain: str
    name: str
    groups: tuple[str, ...] = ()
    show: Show | None = None
    status: str = ""

    @property
    def address(self) -> Address:
        return Address(self.local, self.domain)


@dataclass(frozen=True, slots=True, kw_only=True)
class BuddyScene:
    """One language's picture: the accounts, the contacts, who wrote."""

    account: str  # online
    account_name: str
    refused: str  # its password was refused
    refused_name: str
    buddies: tuple[Buddy, ...]
    pictured: Address  # has an avatar and sent ``unread``
    unread: tuple[str, ...]


VERONA = BuddyScene(
    account="romeo@montague.example",
    account_name="Romeo",
    refused="romeo@guild.example",
    refused_name="Guild",
    buddies=(
        Buddy(
            local="juliet",
            domain="capulet.example",
            name="Juliet",
            groups=("Capulets", "Family"),
            show=Show.AWAY,
            status="On the balcony",
        ),
        Buddy(
            local="nurse",
            domain="capulet.example",
            name="Nurse",
            groups=("Capulets",),
            show=Show.CHAT,
            status="Ask me anything",
        ),
        Buddy(
            local="tybalt",
            domain="capulet.example",
            name="Tybalt",
            groups=("Capulets",),
            show=Show.DND,
            status="Duelling",
        ),
        Buddy(
            local="lady",
            domain="capulet.example",
            name="Lady Capulet",
            groups=("Capulets", "Family"),
        ),
        Buddy(
            local="mercutio",
            domain="montague.example",
            name="Mercutio",
            groups=("Friends",),
            show=Show.AVAILABLE,
            status="A plague on both your houses",
        ),
        Buddy(
            local="benvolio",
            domain="montague.example",
            name="Benvolio",
            groups=("Friends",),
            show=Show.XA,
        ),
        Buddy(
            local="laurence",
            domain="verona.example",
            name="Friar Laurence",
            show=Show.AVAILABLE,
            status="In the cell",
        ),
        Buddy(local="balthasar", domain="montague.example", name="Balthasar"),
    ),
    pictured=Address("juliet", "capulet.example"),
    unread=("Romeo?", "Wherefore art thou?", "Romeo!"),
)

# Everyday German: family, friends, colleagues; umlauts and ß on purpose.
FREUNDE = BuddyScene(
    account="jonas@beispiel.example",
    account_name="Jonas",
    refused="jonas.weber@firma.example",
    refused_name="Arbeit",
    buddies=(
        Buddy(
            local="anna",
            domain="beispiel.example",
            name="Anna Schneider",
            groups=("Freunde",),
            show=Show.AWAY,
            status="Im Zug nach Köln",
        ),
        Buddy(
            local="oma.helga",
            domain="familie-weber.example",
            name="Oma Helga",
            groups=("Familie",),
            show=Show.CHAT,
            status="Der Kuchen ist fertig!",
        ),
        Buddy(
            local="lena",
            domain="familie-weber.example",
            name="Lena Weber",
            groups=("Familie", "Freunde"),
            show=Show.AVAILABLE,
            status="Endlich Ferien!",
        ),
        Buddy(
            local="papa",
            domain="familie-weber.example",
            name="Papa",
            groups=("Familie",),
        ),
        Buddy(
            local="k.mueller",
            domain="firma.example",
            name="Katrin Müller",
            groups=("Kollegen",),
            show=Show.DND,
            status="In einer Besprechung",
        ),
        Buddy(
            local="j.krueger",
            domain="firma.example",
            name="Jens Krüger",
            groups=("Kollegen",),
            show=Show.XA,
            status="Im Urlaub bis Freitag",
        ),
        Buddy(
            local="max",
            domain="beispiel.example",
            name="Maximilian Groß",
            show=Show.AVAILABLE,
            status="Wer kommt mit zum Straßenfest?",
        ),
        Buddy(local="sophie", domain="beispiel.example", name="Sophie Fuchs"),
    ),
    pictured=Address("anna", "beispiel.example"),
    unread=("Bist du schon unterwegs?", "Mein Zug hat Verspätung.", "Bis gleich!"),
)

# Arabic: family, friends, colleagues; the layout mirrors, addresses stay LTR.
ASDIQA = BuddyScene(
    account="qays@najd.example",
    account_name="قيس",
    refused="qays@sharika.example",
    refused_name="العمل",
    buddies=(
        Buddy(
            local="layla",
            domain="najd.example",
            name="ليلى",
            groups=("الأصدقاء",),
            show=Show.AWAY,
            status="في الطريق إلى البيت",
        ),
        Buddy(
            local="jadda",
            domain="usra.example",
            name="جدتي",
            groups=("العائلة",),
            show=Show.CHAT,
            status="الشاي جاهز!",
        ),
        Buddy(
            local="salma",
            domain="usra.example",
            name="سلمى",
            groups=("العائلة", "الأصدقاء"),
            show=Show.AVAILABLE,
            status="أخيرًا عطلة!",
        ),
        Buddy(local="abi", domain="usra.example", name="أبي", groups=("العائلة",)),
        Buddy(
            local="khalid",
            domain="sharika.example",
            name="خالد الحسن",
            groups=("الزملاء",),
            show=Show.DND,
            status="في اجتماع",
        ),
        Buddy(
            local="fatima",
            domain="sharika.example",
            name="فاطمة الزهراء",
            groups=("الزملاء",),
            show=Show.XA,
            status="في إجازة حتى يوم الجمعة",
        ),
        Buddy(
            local="yousef",
            domain="najd.example",
            name="يوسف",
            show=Show.AVAILABLE,
            status="من يأتي لمشاهدة المباراة؟",
        ),
        Buddy(local="omar", domain="najd.example", name="عمر"),
    ),
    pictured=Address("layla", "najd.example"),
    unread=("مرحبا يا قيس!", "هل خرجت من البيت؟", "أنا عند المكتبة"),
)

SCENES = {"en": VERONA, "de": FREUNDE, "ar": ASDIQA}


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


async def make(app: QApplication, out: Path, language: str = "en") -> None:
    """Save the buddy list of :data:`SCENES` ``[language]`` to ``out``."""
    scene = SCENES[language]
    recorder = BackendRecorder()
    async with speaking(app, language):
        with tempfile.TemporaryDirectory() as tmp:
            core = LocalCore(
                SqliteStore(":memory:"),
                _KeyringStore(),
                {ProtocolKind.XMPP: recorder},
                Path(tmp),
            )
            await core.start()
            online = await core.add_account(
                ProtocolKind.XMPP, scene.account, display_name=scene.account_name
            )
            refused = await core.add_account(
                ProtocolKind.XMPP, scene.refused, display_name=scene.refused_name
            )
            await settle(app)
            window = MainWindow(core)
            window.resize(*SIZE)
            window.show()
            await window.load()
            await fill(recorder, online.id, scene)
            recorder.built[refused.id].sink.connection_changed(
                ConnectionState.FAILED, ErrorInfo(code=ErrorCode.AUTH_FAILED)
            )
            await settle(app)
            window.grab().save(str(out))
            window.shutdown()
            await core.close()
            window.deleteLater()


async def fill(
    recorder: BackendRecorder, account_id: AccountId, scene: BuddyScene
) -> None:
    """The roster, presences, one avatar and unread messages, as a server sends them."""
    sink = recorder.built[account_id].sink
    await sink.roster_received(
        [
            Contact(
                account_id=account_id,
                address=buddy.address,
                name=buddy.name,
                groups=buddy.groups,
            )
            for buddy in scene.buddies
        ],
        complete=True,
    )
    sink.presences_received(
        [
            PresenceUpdate(
                address=buddy.address.with_resource("phone"),
                show=buddy.show,
                status=buddy.status,
            )
            for buddy in scene.buddies
            if buddy.show is not None
        ]
    )
    picture = portrait()
    await sink.avatar_received(scene.pictured, sha1(picture), picture)
    await sink.messages_received(
        [
            IncomingMessage(
                peer=scene.pictured,
                sender=scene.pictured.with_resource("phone"),
                body=body,
                timestamp=datetime.now(UTC),
            )
            for body in scene.unread
        ]
    )


def main() -> None:
    print(run(make, "buddy-list"))


if __name__ == "__main__":
    main()
