# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The buddy-list window.

Pages: a welcome page with an "Add account…" button while there is no account,
and the contact page once there is one: notices (accounts that connect or
failed, with the action that fixes it; contact requests), a filter box, the
buddy list (every account's contacts by group, see
:class:`~messenger.ui.models.contacts.ContactTreeModel`) and the own status at
the bottom. Pages switch live on ``AccountAdded``/``AccountRemoved``. A banner
says so when passwords cannot be kept in a system keyring (only once the
keyring has been checked). Peer and user strings are plain text everywhere.

Opening a chat is not this window's job: activating a contact (double-click,
Enter, "Chat" in its menu) emits :attr:`MainWindow.chat_requested` with the
account id (str) and the contact's :class:`~messenger.core.model.Address`;
the app connects it to the chat windows.

The window comes up in two steps, so that its first frame waits for nothing but
Qt (the app shows it before the core even exists):

1. The shell: ``MainWindow()`` builds the menus, the pages, the (empty) tree
   and filter box from PySide6 alone; this module imports nothing from
   :mod:`messenger.core` at run time. :meth:`MainWindow.show_expected_page`
   picks the page to show until the snapshot arrives.
2. The core: :meth:`MainWindow.attach` imports the bridge, the model and the
   widgets and subscribes to the core's events (``MainWindow(core)`` does both
   steps); :meth:`MainWindow.load` draws the snapshot, then follows the events
   after it. "Add account…" (the :class:`~messenger.ui.dialogs.account_wizard.
   AccountWizard`) chosen before the snapshot opens once it is drawn.

Other parts of the app put their commands into the Messenger menu with
:meth:`MainWindow.add_messenger_action` (above its Quit).

What the user does is carried out by :mod:`messenger.ui.windows.buddy_actions`
(commands, dialogs), which :meth:`attach` loads too.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QActionGroup
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QTreeView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.ui.widgets.text import fill
from messenger.ui.widgets.text import one_line

if TYPE_CHECKING:
    # Annotations only: importing the core (asyncio, the model, the events)
    # would delay the first frame; attach() imports what runs.
    from messenger.core.api import CoreApi
    from messenger.core.api import Snapshot
    from messenger.core.model import SecretStorageStatus
    from messenger.ui.bridge import CoreBridge
    from messenger.ui.dialogs.account_wizard import AccountWizard
    from messenger.ui.models.contacts import ContactTreeModel
    from messenger.ui.models.feed import ContactFeed
    from messenger.ui.widgets.buddy_list import BuddyList
    from messenger.ui.widgets.notice_strip import NoticeStrip
    from messenger.ui.widgets.status_selector import StatusSelector
    from messenger.ui.windows.buddy_actions import BuddyActions

log = logging.getLogger(__name__)

# Characters of a core's address shown in the title, at most.
TITLE_ADDRESS_LIMIT = 200


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
        self.heading = _plain_label()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        _set_enum_property(self.heading, "alignment", "AlignCenter")
        self.explanation = _plain_label()
        _set_enum_property(self.explanation, "alignment", "AlignCenter")
        self.add_account_button = QPushButton()
        self.add_account_button.setAutoDefault(True)
        self.retranslate_ui()
        self.add_account_button.setMinimumHeight(
            self.add_account_button.sizeHint().height() * 3 // 2
        )
        self.setFocusProxy(self.add_account_button)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(12)
        layout.addWidget(self.add_account_button)
        layout.addStretch(3)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (again on LanguageChange)."""
        self.heading.setText(self.tr("Welcome to Messenger"))
        self.explanation.setText(
            self.tr("Add an XMPP or e-mail account to start chatting.")
        )
        self.add_account_button.setText(self.tr("&Add account…"))
        self.add_account_button.setAccessibleName(self.tr("Add account"))
        self.add_account_button.setAccessibleDescription(
            self.tr("Opens a dialog to add an XMPP or e-mail account")
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()


class MainWindow(QMainWindow):
    """The buddy list (see the module docstring)."""

    # Emitted once the first snapshot is drawn.
    populated = Signal()
    # The user wants to chat: account id (str), the contact's Address.
    chat_requested = Signal(str, object)

    def __init__(
        self, core: CoreApi | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._core: CoreApi | None = None
        # Set by attach(): the core's events as signals, the contacts, and
        # the parts of the contact page that need the core.
        self.bridge: CoreBridge | None = None
        self.contacts: ContactTreeModel | None = None
        self.feed: ContactFeed | None = None
        self.buddy_list: BuddyList | None = None
        self.notices: NoticeStrip | None = None
        self.status_selector: StatusSelector | None = None
        self.buddy_actions: BuddyActions | None = None
        self._has_accounts = False
        self._populated = False
        self._add_dialog: AccountWizard | None = None
        self._add_requested = False
        self._secret_status: SecretStorageStatus | None = None
        # Attached UIs: the core's HOST:PORT, "" for the local one (the title).
        self._attached_to: str | None = None
        self.resize(300, 600)

        self._build_menus()
        self._build_pages()
        self.retranslate_ui()
        if core is not None:
            self.attach(core)

    # building -----------------------------------------------------------------
    def _build_menus(self) -> None:
        # setShortcuts([...]), not setShortcut(...): the latter's overloads
        # build PySide6's Qt namespace (see _set_enum_property).
        self.messenger_menu = menu = self.menuBar().addMenu("")
        self.add_account_action = QAction(self)
        self.add_account_action.triggered.connect(self._on_add_account_triggered)
        menu.addAction(self.add_account_action)
        self.accounts_menu = menu.addMenu("")
        self.accounts_menu.setEnabled(False)
        self._quit_separator = menu.addSeparator()
        self.quit_action = QAction(self)
        # The platform's Quit keys; themes without one (offscreen, some
        # desktops) get the common Ctrl+Q.
        self.quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
            or [QKeySequence("Ctrl+Q")]
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self._on_quit_triggered)
        menu.addAction(self.quit_action)

        self.contacts_menu = contacts = self.menuBar().addMenu("")
        self.add_contact_action = QAction(self)
        self.add_contact_action.setShortcuts([QKeySequence("Ctrl+N")])
        # Enabled by the buddy actions while an online account has group chats.
        self.new_group_action = QAction(self)
        self.new_group_action.setEnabled(False)
        self.block_list_action = QAction(self)
        self.show_offline_action = QAction(self)
        self.show_offline_action.setCheckable(True)
        self.show_offline_action.setChecked(True)
        self.show_offline_action.setShortcuts([QKeySequence("Ctrl+H")])
        self.sort_group = QActionGroup(self)
        self.sort_by_status_action = QAction(self)
        self.sort_by_name_action = QAction(self)
        for action in (self.sort_by_status_action, self.sort_by_name_action):
            action.setCheckable(True)
            self.sort_group.addAction(action)
        self.sort_by_status_action.setChecked(True)
        self.find_action = QAction(self)
        self.find_action.setShortcuts([QKeySequence("Ctrl+F")])
        for action in (
            self.add_contact_action,
            self.block_list_action,
            self.show_offline_action,
            self.sort_by_status_action,
            self.sort_by_name_action,
            self.find_action,
        ):
            action.setEnabled(False)  # until attached
        contacts.addActions(
            [self.add_contact_action, self.new_group_action, self.block_list_action]
        )
        contacts.addSeparator()
        contacts.addActions([self.show_offline_action])
        contacts.addSeparator()
        contacts.addActions([self.sort_by_status_action, self.sort_by_name_action])
        contacts.addSeparator()
        contacts.addAction(self.find_action)

        self.help_menu = help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_triggered)
        help_menu.addAction(self.about_action)

    def add_messenger_action(self, action: QAction) -> None:
        """Put ``action`` into the Messenger menu, after those there, above Quit."""
        self.messenger_menu.insertAction(self._quit_separator, action)

    def _build_pages(self) -> None:
        self.banner = _plain_label()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(6)
        self.banner.setVisible(False)

        self.welcome = _WelcomePage()
        self.welcome.add_account_button.clicked.connect(self._on_add_account_triggered)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.contact_view = QTreeView()
        self.contact_view.setHeaderHidden(True)
        self.contact_view.setUniformRowHeights(True)
        self.contact_page = QWidget()
        self.contact_layout = QVBoxLayout(self.contact_page)
        self.contact_layout.setContentsMargins(0, 0, 0, 0)
        self.contact_layout.setSpacing(2)
        self.contact_layout.addWidget(self.filter_edit)
        self.contact_layout.addWidget(self.contact_view, 1)

        self.pages = QStackedWidget()
        self.loading_page = QWidget()
        for page in (self.loading_page, self.welcome, self.contact_page):
            self.pages.addWidget(page)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages)
        self.setCentralWidget(central)

    def retranslate_ui(self) -> None:
        """Set the window's texts in the current language (again on LanguageChange).

        Menus and actions other parts add (``add_messenger_action``) are theirs
        to retranslate.
        """
        self._show_title()
        self.messenger_menu.setTitle(self.tr("&Messenger"))
        self.add_account_action.setText(self.tr("&Add account…"))
        self.accounts_menu.setTitle(self.tr("&Edit account"))
        self.quit_action.setText(self.tr("&Quit"))
        self.contacts_menu.setTitle(self.tr("&Contacts"))
        self.add_contact_action.setText(self.tr("Add &contact…"))
        self.new_group_action.setText(self.tr("New &group chat…"))
        self.block_list_action.setText(self.tr("&Blocked contacts…"))
        self.show_offline_action.setText(self.tr("Show &offline contacts"))
        self.sort_by_status_action.setText(self.tr("Sort by &status"))
        self.sort_by_name_action.setText(self.tr("Sort by &name"))
        self.find_action.setText(self.tr("&Find contact"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Messenger"))
        self.banner.setAccessibleName(self.tr("Password storage warning"))
        self.filter_edit.setPlaceholderText(self.tr("Search contacts"))
        self.filter_edit.setAccessibleName(self.tr("Search contacts"))
        self.contact_view.setAccessibleName(self.tr("Contacts"))
        if self._secret_status is not None:
            self._show_secret_storage(self._secret_status)

    def show_attached_core(self, address: str = "") -> None:
        """Name the core in the title: this window is attached to another process.

        ``address`` is the remote core's ``HOST:PORT``, or "" for this
        profile's core on this machine (a daemon). Users of several cores see
        which one a window shows. A window on an embedded core never calls
        this: its title stays "Messenger". The app passes a plain string (the
        UI does not know the daemon's types).
        """
        self._attached_to = address
        self._show_title()

    def _show_title(self) -> None:
        if self._attached_to is None:
            title = self.tr("Messenger")
        elif self._attached_to:
            title = fill(
                self.tr("Messenger — attached to %1"),
                one_line(self._attached_to, TITLE_ADDRESS_LIMIT),
            )
        else:
            title = self.tr("Messenger — attached to the local core")
        self.setWindowTitle(title)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.buddy_actions is not None:
                self.buddy_actions.retranslate()

    # the core -----------------------------------------------------------------
    def attach(self, core: CoreApi) -> None:
        """Follow ``core`` from now on (call once); :meth:`load` draws its state."""
        if self._core is not None:
            raise RuntimeError("the main window is attached to a core already")
        # Imported here, not at the top: they import the core, which the
        # window's first frame must not wait for (see the module docstring).
        from messenger.ui.windows.buddy_actions import BuddyActions  # noqa: PLC0415

        self._core = core
        self.buddy_actions = BuddyActions(self, core)
        for action in (
            self.add_contact_action,
            self.block_list_action,
            self.show_offline_action,
            self.sort_by_status_action,
            self.sort_by_name_action,
            self.find_action,
        ):
            action.setEnabled(True)
        self.accounts_menu.setEnabled(True)
        bridge = self.bridge
        assert bridge is not None  # BuddyActions made it
        bridge.account_added.connect(self._on_bridge_account_added)
        bridge.account_removed.connect(self._on_bridge_account_removed)
        bridge.secret_storage_changed.connect(self._on_bridge_secret_storage_changed)
        bridge.core_link_changed.connect(self._on_bridge_core_link_changed)

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
            self.pages.setCurrentWidget(self.contact_page)
        else:
            self._show_welcome()

    def _apply_snapshot(self, snapshot: Snapshot) -> None:
        assert self.buddy_actions is not None  # attached: load() checked
        self.buddy_actions.apply_snapshot(snapshot)
        self._has_accounts = bool(snapshot.accounts)
        self._show_secret_storage(snapshot.secret_storage)
        self._show_page()

    def _show_page(self) -> None:
        if self._has_accounts:
            self.pages.setCurrentWidget(self.contact_page)
        else:
            self._show_welcome()

    def _show_welcome(self) -> None:
        self.pages.setCurrentWidget(self.welcome)
        self.welcome.add_account_button.setFocus()  # Qt.FocusReason.OtherFocusReason

    def _show_secret_storage(self, status: SecretStorageStatus) -> None:
        self._secret_status = status
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
        return self.pages.currentWidget() is self.contact_page

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
        dialog, self._add_dialog = self._add_dialog, None
        if dialog is not None:
            # Not reject(): the wizard would ask whether to keep a new account.
            cancel_slot_tasks(dialog.test_page)
            cancel_slot_tasks(dialog)
            dialog.done(0)  # QDialog.DialogCode.Rejected
        if self.buddy_actions is not None:
            self.buddy_actions.close()
        if self.bridge is not None:
            self.bridge.close()

    # slots ------------------------------------------------------------------
    def _on_bridge_account_added(self, _event: object) -> None:
        self._has_accounts = True
        self._show_page()

    def _on_bridge_account_removed(self, _event: object) -> None:
        assert self.buddy_actions is not None
        self._has_accounts = bool(self.buddy_actions.accounts)
        self._show_page()

    def _on_bridge_secret_storage_changed(self, event: object) -> None:
        status: SecretStorageStatus = event.status  # type: ignore[attr-defined]
        self._show_secret_storage(status)

    def _on_bridge_core_link_changed(self, event: object) -> None:
        # Attached UIs only: the core runs in another process (or machine).
        state = str(getattr(event, "state", ""))
        if state == "connected":
            self.statusBar().clearMessage()
            self.statusBar().setVisible(False)
            return
        if state == "reconnecting":
            text = self.tr("Core unreachable, reconnecting…")
        else:
            detail = str(getattr(event, "detail", ""))
            text = self.tr("Cannot reach the core: %1").replace("%1", detail)
        self.statusBar().setVisible(True)
        self.statusBar().showMessage(text)

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

        from messenger.ui.dialogs.account_wizard import AccountWizard  # noqa: PLC0415

        assert self.bridge is not None  # attached: made with the buddy actions
        dialog = AccountWizard(self._core, self.bridge, self)
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
