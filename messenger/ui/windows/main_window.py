# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The buddy-list window.

Pages: a blank page until the first snapshot arrives, a welcome page with an
"Add account…" button while there is no account, and the contact list (all
accounts, sorted by availability then name, offline contacts greyed) once there
is one. Pages switch live on ``AccountAdded``/``AccountRemoved``. A banner above
the pages says so when passwords cannot be kept in a system keyring.

:meth:`MainWindow.load` attaches the window to the core: it draws the snapshot,
then follows the events after it (through :class:`CoreBridge`). Peer and user
strings are shown as plain text everywhere.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.api import Snapshot
from messenger.core.events import AccountAdded
from messenger.core.events import AccountRemoved
from messenger.core.events import SecretStorageChanged
from messenger.core.model import AccountId
from messenger.core.model import SecretStorageStatus
from messenger.ui.aio import cancel_slot_tasks
from messenger.ui.bridge import CoreBridge
from messenger.ui.models.contacts import ContactListModel
from messenger.ui.models.contacts import ContactRole

if TYPE_CHECKING:
    from messenger.ui.dialogs.add_account import AddAccountDialog

log = logging.getLogger(__name__)


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class _WelcomePage(QWidget):
    """Shown while there is no account: what to do first, and a button for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _plain_label(self.tr("Welcome to Messenger"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = _plain_label(
            self.tr("Add an XMPP or e-mail account to start chatting.")
        )
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_account_button = QPushButton(self.tr("&Add account…"))
        self.add_account_button.setAutoDefault(True)
        self.add_account_button.setMinimumHeight(
            self.add_account_button.sizeHint().height() * 3 // 2
        )
        self.add_account_button.setAccessibleName(self.tr("Add account"))
        self.add_account_button.setAccessibleDescription(
            self.tr("Opens a dialog to add an XMPP or e-mail account")
        )
        self.setFocusProxy(self.add_account_button)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(12)
        layout.addWidget(self.add_account_button)
        layout.addStretch(3)


class MainWindow(QMainWindow):
    """The buddy list (see the module docstring)."""

    # Emitted once the first snapshot is drawn.
    populated = Signal()

    def __init__(self, core: CoreApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self._account_ids: set[AccountId] = set()
        self._add_dialog: AddAccountDialog | None = None
        self.setWindowTitle(self.tr("Messenger"))
        self.resize(300, 600)

        self.bridge = CoreBridge(core, self)
        self.contacts = ContactListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.contacts)
        self.proxy.setSortRole(ContactRole.SORT_KEY)
        self.proxy.setFilterRole(ContactRole.DISPLAY_NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setDynamicSortFilter(True)
        self.proxy.sort(0)

        self._build_menus()
        self._build_pages()
        self._connect_bridge()

    # building -----------------------------------------------------------------
    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Messenger"))
        self.add_account_action = QAction(self.tr("&Add account…"), self)
        self.add_account_action.triggered.connect(self._on_add_account_triggered)
        menu.addAction(self.add_account_action)
        menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        # The platform's Quit keys; themes without one (offscreen, some
        # desktops) get the common Ctrl+Q.
        self.quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
            or [QKeySequence("Ctrl+Q")]
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self._on_quit_triggered)
        menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About Messenger"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_triggered)
        help_menu.addAction(self.about_action)

    def _build_pages(self) -> None:
        self.banner = _plain_label()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(6)
        self.banner.setAccessibleName(self.tr("Password storage warning"))
        self.banner.setVisible(False)

        self.welcome = _WelcomePage()
        self.welcome.add_account_button.clicked.connect(self._on_add_account_triggered)
        self.contact_view = QListView()
        self.contact_view.setModel(self.proxy)
        self.contact_view.setUniformItemSizes(True)
        self.contact_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contact_view.setAccessibleName(self.tr("Contacts"))

        self.pages = QStackedWidget()
        self.loading_page = QWidget()
        for page in (self.loading_page, self.welcome, self.contact_view):
            self.pages.addWidget(page)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages)
        self.setCentralWidget(central)

    def _connect_bridge(self) -> None:
        bridge = self.bridge
        bridge.account_added.connect(self._on_bridge_account_added)
        bridge.account_removed.connect(self._on_bridge_account_removed)
        bridge.secret_storage_changed.connect(self._on_bridge_secret_storage_changed)
        bridge.contacts_updated.connect(self.contacts.apply_contacts_updated)
        bridge.contacts_removed.connect(self.contacts.apply_contacts_removed)
        bridge.presences_changed.connect(self.contacts.apply_presences_changed)
        bridge.account_removed.connect(self.contacts.apply_account_removed)
        bridge.conversation_updated.connect(self.contacts.apply_conversation_updated)

    # state ------------------------------------------------------------------
    async def load(self) -> Snapshot:
        """Draw the core's snapshot, then follow its events (call once)."""
        snapshot = await self.bridge.attach(self._apply_snapshot)
        self.populated.emit()
        return snapshot

    def _apply_snapshot(self, snapshot: Snapshot) -> None:
        self.contacts.load_snapshot(snapshot)
        self._account_ids = {account.id for account in snapshot.accounts}
        self._show_secret_storage(snapshot.secret_storage)
        self._show_page()

    def _show_page(self) -> None:
        if self._account_ids:
            self.pages.setCurrentWidget(self.contact_view)
        else:
            self.pages.setCurrentWidget(self.welcome)
            self.welcome.add_account_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_secret_storage(self, status: SecretStorageStatus) -> None:
        if status.persistent or not status.checked:
            self.banner.setVisible(False)
            return
        if status.reason:
            text = self.tr(
                "Passwords are not saved: no system keyring is available (%1). "
                "They are kept in memory until you quit."
            ).replace("%1", status.reason)
        else:
            text = self.tr(
                "Passwords are not saved: no system keyring is available. "
                "They are kept in memory until you quit."
            )
        self.banner.setText(text)
        self.banner.setVisible(True)

    @property
    def showing_contacts(self) -> bool:
        return self.pages.currentWidget() is self.contact_view

    def raise_and_activate(self) -> None:
        """Bring the window to the front (another start asked for it)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def shutdown(self) -> None:
        """Stop following the core and cancel running tasks (before core.close)."""
        cancel_slot_tasks(self)
        if self._add_dialog is not None:
            self._add_dialog.reject()
        self.bridge.close()

    # slots ------------------------------------------------------------------
    def _on_bridge_account_added(self, event: AccountAdded) -> None:
        self._account_ids.add(event.account.id)
        self._show_page()

    def _on_bridge_account_removed(self, event: AccountRemoved) -> None:
        self._account_ids.discard(event.account_id)
        self._show_page()

    def _on_bridge_secret_storage_changed(self, event: SecretStorageChanged) -> None:
        self._show_secret_storage(event.status)

    def _on_add_account_triggered(self) -> None:
        # Imported on first use: the dialog's widgets cost start-up time.
        from messenger.ui.dialogs.add_account import AddAccountDialog  # noqa: PLC0415

        if self._add_dialog is not None:
            self._add_dialog.raise_()
            self._add_dialog.activateWindow()
            return
        dialog = AddAccountDialog(self._core, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_add_dialog_finished)
        self._add_dialog = dialog
        dialog.open()

    def _on_add_dialog_finished(self, _result: int) -> None:
        self._add_dialog = None

    def _on_quit_triggered(self) -> None:
        QApplication.quit()

    def _on_about_triggered(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 (start-up time)

        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowTitle(self.tr("About Messenger"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        version = QCoreApplication.applicationVersion()
        box.setText(self.tr("Messenger %1").replace("%1", version).strip())
        box.setInformativeText(
            self.tr(
                "A desktop instant messenger for XMPP and chat over e-mail.\n"
                "Free software under the GNU General Public License, "
                "version 3 or later."
            )
        )
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.open()
