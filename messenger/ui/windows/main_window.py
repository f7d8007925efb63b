# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The buddy-list window.

Pages: a welcome page with an "Add account…" button while there is no account,
and the contact list (all accounts, sorted by availability then name, offline
contacts greyed) once there is one. Pages switch live on
``AccountAdded``/``AccountRemoved``. A banner above the pages says so when
passwords cannot be kept in a system keyring (only once the keyring has been
checked). Peer and user strings are shown as plain text everywhere.

The window comes up in two steps, so that its first frame waits for nothing but
Qt (the app shows it before the core even exists):

1. The shell: ``MainWindow()`` builds the menus and pages from PySide6 alone;
   this module imports nothing from :mod:`messenger.core` at run time.
   :meth:`MainWindow.show_expected_page` picks the page to show until the
   snapshot arrives (the welcome page for a profile that has no data yet);
   without it the pages stay blank.
2. The core: :meth:`MainWindow.attach` imports the bridge and the contact model
   and subscribes to the core's events (``MainWindow(core)`` does both steps);
   :meth:`MainWindow.load` draws the snapshot, then follows the events after it
   (through :class:`~messenger.ui.bridge.CoreBridge`). "Add account…" chosen
   before the snapshot opens its dialog once the snapshot is drawn.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSortFilterProxyModel
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

if TYPE_CHECKING:
    # Annotations only: importing the core (asyncio, the model, the events)
    # would delay the first frame; attach() imports what runs.
    from messenger.core.api import CoreApi
    from messenger.core.api import Snapshot
    from messenger.core.events import AccountAdded
    from messenger.core.events import AccountRemoved
    from messenger.core.events import SecretStorageChanged
    from messenger.core.model import AccountId
    from messenger.core.model import SecretStorageStatus
    from messenger.ui.bridge import CoreBridge
    from messenger.ui.dialogs.add_account import AddAccountDialog
    from messenger.ui.models.contacts import ContactListModel

log = logging.getLogger(__name__)


def _set_enum_property(widget: QWidget, name: str, keys: str) -> None:
    """Set an enum property of ``widget`` from its key names (``"AlignCenter"``).

    The same as ``label.setAlignment(Qt.AlignmentFlag.AlignCenter)``, through
    Qt's property system, which converts key names itself. Here for start-up
    time: the first use of any ``Qt.*`` member makes PySide6 build the whole
    ``Qt`` namespace, every enum in it (~11 ms), and the shell's first frame
    must not wait for that. Code that runs after the first frame uses ``Qt``.
    """
    if not widget.setProperty(name, keys):
        raise ValueError(f"{type(widget).__name__}.{name} does not take {keys!r}")


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    _set_enum_property(label, "textFormat", "PlainText")
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
        _set_enum_property(self.heading, "alignment", "AlignCenter")
        self.explanation = _plain_label(
            self.tr("Add an XMPP or e-mail account to start chatting.")
        )
        _set_enum_property(self.explanation, "alignment", "AlignCenter")
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

    def __init__(
        self, core: CoreApi | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._core: CoreApi | None = None
        # Set by attach(): the core's events as signals, and the contacts.
        self.bridge: CoreBridge | None = None
        self.contacts: ContactListModel | None = None
        self._account_ids: set[AccountId] = set()
        self._populated = False
        self._add_dialog: AddAccountDialog | None = None
        self._add_requested = False
        self.setWindowTitle(self.tr("Messenger"))
        self.resize(300, 600)

        # Sorted and filtered by the contact model's roles once attached.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setDynamicSortFilter(True)

        self._build_menus()
        self._build_pages()
        if core is not None:
            self.attach(core)

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

    # the core -----------------------------------------------------------------
    def attach(self, core: CoreApi) -> None:
        """Follow ``core`` from now on (call once); :meth:`load` draws its state."""
        if self._core is not None:
            raise RuntimeError("the main window is attached to a core already")
        # Imported here, not at the top: they import the core, which the
        # window's first frame must not wait for (see the module docstring).
        from PySide6.QtCore import Qt  # noqa: PLC0415 (see _set_enum_property)

        from messenger.ui.bridge import CoreBridge  # noqa: PLC0415
        from messenger.ui.models.contacts import ContactListModel  # noqa: PLC0415
        from messenger.ui.models.contacts import ContactRole  # noqa: PLC0415

        self._core = core
        self.bridge = bridge = CoreBridge(core, self)
        self.contacts = contacts = ContactListModel(self)
        self.proxy.setSortRole(ContactRole.SORT_KEY)
        self.proxy.setFilterRole(ContactRole.DISPLAY_NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSourceModel(contacts)
        self.proxy.sort(0)

        bridge.account_added.connect(self._on_bridge_account_added)
        bridge.account_removed.connect(self._on_bridge_account_removed)
        bridge.secret_storage_changed.connect(self._on_bridge_secret_storage_changed)
        bridge.contacts_updated.connect(contacts.apply_contacts_updated)
        bridge.contacts_removed.connect(contacts.apply_contacts_removed)
        bridge.presences_changed.connect(contacts.apply_presences_changed)
        bridge.account_removed.connect(contacts.apply_account_removed)
        bridge.conversation_updated.connect(contacts.apply_conversation_updated)

    @property
    def core(self) -> CoreApi | None:
        """The core this window follows (None before :meth:`attach`)."""
        return self._core

    async def load(self) -> Snapshot:
        """Draw the core's snapshot, then follow its events (call once)."""
        if self.bridge is None:
            raise RuntimeError("attach the main window to a core before loading")
        snapshot = await self.bridge.attach(self._apply_snapshot)
        self._populated = True
        self.populated.emit()
        if self._add_requested:
            self._add_requested = False
            self._on_add_account_triggered()
        return snapshot

    # state ------------------------------------------------------------------
    def show_expected_page(self, *, accounts_expected: bool) -> None:
        """Show the page likely right, until the snapshot says (before ``load``).

        The contact list when there may be accounts (it fills when the snapshot
        arrives), else the welcome page: a profile without data has none.
        """
        if accounts_expected:
            self.pages.setCurrentWidget(self.contact_view)
        else:
            self._show_welcome()

    def _apply_snapshot(self, snapshot: Snapshot) -> None:
        assert self.contacts is not None  # attached: load() checked
        self.contacts.load_snapshot(snapshot)
        self._account_ids = {account.id for account in snapshot.accounts}
        self._show_secret_storage(snapshot.secret_storage)
        self._show_page()

    def _show_page(self) -> None:
        if self._account_ids:
            self.pages.setCurrentWidget(self.contact_view)
        else:
            self._show_welcome()

    def _show_welcome(self) -> None:
        self.pages.setCurrentWidget(self.welcome)
        self.welcome.add_account_button.setFocus()  # Qt.FocusReason.OtherFocusReason

    def _show_secret_storage(self, status: SecretStorageStatus) -> None:
        if status.persistent or not status.checked:
            self.banner.setVisible(False)
            return
        # status.reason is a sentence saying why (from the secret store).
        text = self.tr(
            "Passwords are not saved. %1 They are kept in memory until you quit."
        ).replace("%1", status.reason or self.tr("No system keyring is available."))
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
        from messenger.ui.aio import cancel_slot_tasks  # noqa: PLC0415 (qasync)

        self._add_requested = False
        cancel_slot_tasks(self)
        if self._add_dialog is not None:
            self._add_dialog.reject()
        if self.bridge is not None:
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
        if self._add_dialog is not None:
            self._add_dialog.raise_()
            self._add_dialog.activateWindow()
            return
        if self._core is None or not self._populated:
            # Chosen within the first moments: open once the snapshot is drawn.
            self._add_requested = True
            return
        # Imported on first use: the dialog's widgets cost start-up time.
        from PySide6.QtCore import Qt  # noqa: PLC0415 (see _set_enum_property)

        from messenger.ui.dialogs.add_account import AddAccountDialog  # noqa: PLC0415

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
        from PySide6.QtCore import Qt  # noqa: PLC0415 (start-up time)
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

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
