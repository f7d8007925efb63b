# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``BuddyActions``: the attached half of the buddy-list window.

:meth:`MainWindow.attach <messenger.ui.windows.main_window.MainWindow.attach>`
creates one (after the first frame: this module imports the core). It builds
what needs the core, the bridge, the contact model (fed through a
:class:`~messenger.ui.models.feed.ContactFeed`), avatars, the buddy list's
behaviour, the notice strip and the status selector, keeps the state the
window shows besides contacts (accounts, their status, block lists, contact
requests, shared settings), and carries out what the user does: context-menu
commands, the status, the view settings, the fixing actions of failed
accounts, and the dialogs (opened with ``open()``, one per purpose; asking
again raises the open one).

Commands run as tasks owned here (cancelled by :meth:`close`); a
``CoreError`` from one becomes a notice, never a crash.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from collections.abc import Coroutine
from typing import TYPE_CHECKING
from typing import Any
from typing import TypeVar

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from messenger.core.api import CoreApi
from messenger.core.api import Snapshot
from messenger.core.api import SubscriptionRequest
from messenger.core.errors import CoreError
from messenger.core.events import AccountAdded
from messenger.core.events import AccountRemoved
from messenger.core.events import AccountStatusChanged
from messenger.core.events import AccountUpdated
from messenger.core.events import BlockListChanged
from messenger.core.events import OwnPresenceChanged
from messenger.core.events import SettingChanged
from messenger.core.events import SubscriptionAnswered
from messenger.core.events import SubscriptionRequested
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import AccountStatus
from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.core.model import ConnectionState
from messenger.core.model import JsonValue
from messenger.core.model import OwnPresence
from messenger.core.model import Show
from messenger.ui.bridge import CoreBridge
from messenger.ui.models.avatars import AvatarImages
from messenger.ui.models.contacts import ContactRole
from messenger.ui.models.contacts import ContactTreeModel
from messenger.ui.models.contacts import SortOrder
from messenger.ui.models.feed import ContactFeed
from messenger.ui.widgets.account_notices import ACCOUNT_PREFIX
from messenger.ui.widgets.account_notices import MORE_REQUESTS
from messenger.ui.widgets.account_notices import REQUEST_PREFIX
from messenger.ui.widgets.account_notices import SHOWN_REQUESTS
from messenger.ui.widgets.account_notices import AccountAction
from messenger.ui.widgets.account_notices import account_label
from messenger.ui.widgets.account_notices import account_notice
from messenger.ui.widgets.account_notices import request_notices
from messenger.ui.widgets.buddy_list import BuddyList
from messenger.ui.widgets.contact_delegate import AVATAR_SIZE
from messenger.ui.widgets.contact_menu import ContactAction
from messenger.ui.widgets.contact_menu import ContactMenu
from messenger.ui.widgets.contact_menu import MenuTarget
from messenger.ui.widgets.errors import command_error_text
from messenger.ui.widgets.notice_strip import Notice
from messenger.ui.widgets.notice_strip import NoticeStrip
from messenger.ui.widgets.status_selector import StatusSelector

if TYPE_CHECKING:
    from messenger.ui.windows.main_window import MainWindow

log = logging.getLogger(__name__)

SHOW_OFFLINE_SETTING = "show_offline"
SORT_SETTING = "sort_contacts"
RECENT_SETTING = "recent_status_messages"
MAX_RECENT = 10
COMMAND_ERROR = "command-error"
_D = TypeVar("_D", bound=QDialog)


class BuddyActions(QObject):
    """The buddy list's behaviour on a core (see the module docstring)."""

    def __init__(self, window: MainWindow, core: CoreApi) -> None:
        super().__init__(window)
        self.window = window
        self.core = core
        self.accounts: dict[AccountId, Account] = {}
        self.statuses: dict[AccountId, AccountStatus] = {}
        self.blocked: dict[AccountId, tuple[Address, ...]] = {}
        self.requests: dict[tuple[AccountId, Address], SubscriptionRequest] = {}
        self.settings: dict[str, JsonValue] = {}
        self.dialogs: dict[str, QDialog] = {}
        self.tasks: set[asyncio.Task[None]] = set()
        self.contact_menu: ContactMenu | None = None

        window.bridge = bridge = CoreBridge(core, window)
        window.contacts = model = ContactTreeModel(window)
        window.feed = self.feed = ContactFeed(model, self)
        side = AVATAR_SIZE * max(1, round(window.devicePixelRatioF()))
        self.avatars = AvatarImages(core.get_avatar, side, self)
        model.set_avatar_lookup(self.avatars.image)
        self.avatars.loaded.connect(model.avatar_ready)
        window.buddy_list = self.buddy_list = BuddyList(
            window.contact_view, window.filter_edit, model, self
        )
        window.notices = self.notices = NoticeStrip()
        window.status_selector = self.status = StatusSelector()
        window.contact_layout.insertWidget(0, self.notices)
        window.contact_layout.addWidget(self.status)

        for signal in (
            bridge.contacts_updated,
            bridge.contacts_removed,
            bridge.presences_changed,
            bridge.conversation_updated,
            bridge.account_removed,
        ):
            signal.connect(self.feed.push)
        bridge.account_added.connect(self._on_bridge_account_added)
        bridge.account_updated.connect(self._on_bridge_account_updated)
        bridge.account_removed.connect(self._on_bridge_account_removed)
        bridge.account_status_changed.connect(self._on_bridge_account_status_changed)
        bridge.own_presence_changed.connect(self._on_bridge_own_presence_changed)
        bridge.subscription_requested.connect(self._on_bridge_subscription_requested)
        bridge.subscription_answered.connect(self._on_bridge_subscription_answered)
        bridge.block_list_changed.connect(self._on_bridge_block_list_changed)
        bridge.setting_changed.connect(self._on_bridge_setting_changed)
        self.buddy_list.contact_activated.connect(window.chat_requested)
        self.buddy_list.context_menu_requested.connect(
            self._on_buddy_list_context_menu_requested
        )
        self.notices.action_triggered.connect(self._on_notices_action_triggered)
        self.status.presence_chosen.connect(self._on_status_presence_chosen)
        window.add_contact_action.triggered.connect(self._on_add_contact_triggered)
        window.new_group_action.triggered.connect(self._on_new_group_triggered)
        window.block_list_action.triggered.connect(self._on_block_list_triggered)
        window.show_offline_action.toggled.connect(self._on_show_offline_toggled)
        window.sort_by_name_action.toggled.connect(self._on_sort_by_name_toggled)
        window.find_action.triggered.connect(self._on_find_triggered)
        window.accounts_menu.aboutToShow.connect(self._on_accounts_menu_about_to_show)

    # state ------------------------------------------------------------------
    def apply_snapshot(self, snapshot: Snapshot) -> None:
        """Draw the snapshot (before any event after it)."""
        assert self.window.contacts is not None
        self.window.contacts.load_snapshot(snapshot)
        self.accounts = {a.id: a for a in snapshot.accounts}
        self.statuses = {s.account_id: s for s in snapshot.statuses}
        self.blocked = {b.account_id: b.blocked for b in snapshot.block_lists}
        self.requests = {
            (r.account_id, r.address): r for r in snapshot.subscription_requests
        }
        self.settings = dict(snapshot.settings)
        for account_id in self.accounts:
            self._show_account_notice(account_id)
        self._show_requests()
        self._apply_settings()
        self._show_own_presence(snapshot.own_presence)
        self._enable_new_group()

    def close(self) -> None:
        """Cancel tasks and dialogs; apply nothing more."""
        self.feed.close()
        self.avatars.close()
        for task in list(self.tasks):
            task.cancel()
        for dialog in list(self.dialogs.values()):
            dialog.reject()

    def online(self, account_id: AccountId) -> bool:
        status = self.statuses.get(account_id)
        return status is not None and status.state is ConnectionState.ONLINE

    def capabilities(self, account_id: AccountId) -> frozenset[Capability]:
        status = self.statuses.get(account_id)
        return frozenset() if status is None else status.capabilities

    def _labelled(self, accounts: list[AccountId]) -> list[tuple[AccountId, str]]:
        return [(a, account_label(self.accounts[a])) for a in accounts]

    def group_chat_accounts(self) -> list[AccountId]:
        """The accounts that can start a group chat now (online, GROUP_CHAT)."""
        able = Capability.GROUP_CHAT
        return [
            a for a in self.accounts if self.online(a) and able in self.capabilities(a)
        ]

    def _enable_new_group(self) -> None:
        self.window.new_group_action.setEnabled(bool(self.group_chat_accounts()))

    # bridge events ----------------------------------------------------------
    def _on_bridge_account_added(self, event: AccountAdded) -> None:
        self.accounts[event.account.id] = event.account
        self.statuses[event.account.id] = event.status
        self._show_account_notice(event.account.id)
        self._enable_new_group()

    def _on_bridge_account_updated(self, event: AccountUpdated) -> None:
        self.accounts[event.account.id] = event.account
        self._show_account_notice(event.account.id)

    def _on_bridge_account_removed(self, event: AccountRemoved) -> None:
        account_id = event.account_id
        self.accounts.pop(account_id, None)
        self.statuses.pop(account_id, None)
        self.blocked.pop(account_id, None)
        self.requests = {k: r for k, r in self.requests.items() if k[0] != account_id}
        self.notices.remove_notice(ACCOUNT_PREFIX + account_id)
        self._show_requests()
        self._enable_new_group()

    def _on_bridge_account_status_changed(self, event: AccountStatusChanged) -> None:
        self.statuses[event.status.account_id] = event.status
        self._show_account_notice(event.status.account_id)
        self._enable_new_group()

    def _on_bridge_own_presence_changed(self, event: OwnPresenceChanged) -> None:
        if event.account_id is None:
            self._show_own_presence(event.presence)

    def _on_bridge_subscription_requested(self, event: SubscriptionRequested) -> None:
        self.requests[(event.account_id, event.address)] = SubscriptionRequest(
            account_id=event.account_id, address=event.address, text=event.text
        )
        self._show_requests()

    def _on_bridge_subscription_answered(self, event: SubscriptionAnswered) -> None:
        # Answered here or in another attached UI: nobody asks twice.
        self.request_answered(event.account_id, event.address)

    def _on_bridge_block_list_changed(self, event: BlockListChanged) -> None:
        self.blocked[event.account_id] = event.blocked

    def _on_bridge_setting_changed(self, event: SettingChanged) -> None:
        self.settings[event.key] = event.value
        if event.key in {SHOW_OFFLINE_SETTING, SORT_SETTING, RECENT_SETTING}:
            self._apply_settings()

    # showing ----------------------------------------------------------------
    def _apply_settings(self) -> None:
        window = self.window
        assert window.contacts is not None
        show_offline = self.settings.get(SHOW_OFFLINE_SETTING, True) is not False
        by_name = self.settings.get(SORT_SETTING) == SortOrder.NAME.value
        window.contacts.set_show_offline(show_offline)
        window.contacts.set_sort_order(SortOrder.NAME if by_name else SortOrder.STATUS)
        for action, checked in (
            (window.show_offline_action, show_offline),
            (window.sort_by_name_action, by_name),
            (window.sort_by_status_action, not by_name),
        ):
            action.blockSignals(True)
            action.setChecked(checked)
            action.blockSignals(False)
        self.status.set_recent_messages(self._recent_messages())

    def _recent_messages(self) -> list[str]:
        value = self.settings.get(RECENT_SETTING)
        if not isinstance(value, list):
            return []
        return [m for m in value if isinstance(m, str) and m][:MAX_RECENT]

    def _show_own_presence(self, presence: OwnPresence) -> None:
        self.status.show_presence(
            presence.show.value,
            presence.status,
            automatic=presence.idle_since is not None,
        )

    def retranslate(self) -> None:
        """Word the account and request notices again (the language changed).

        A command's error notice stays as it was worded until dismissed.
        """
        for account_id in self.accounts:
            self._show_account_notice(account_id)
        self._show_requests()

    def _show_account_notice(self, account_id: AccountId) -> None:
        account = self.accounts.get(account_id)
        status = self.statuses.get(account_id)
        notice = None
        if account is not None and status is not None:
            notice = account_notice(account, status)
        if notice is None:
            self.notices.remove_notice(ACCOUNT_PREFIX + account_id)
        else:
            self.notices.set_notice(notice)

    def _show_requests(self) -> None:
        self.notices.remove_notices(REQUEST_PREFIX)
        self.notices.remove_notice(MORE_REQUESTS)
        for notice in request_notices(list(self.requests.values())):
            self.notices.set_notice(notice)

    def show_command_error(self, title: str, error: CoreError) -> None:
        self.notices.set_notice(
            Notice(
                key=COMMAND_ERROR,
                title=title,
                text=command_error_text(error.code),
                actions=(("dismiss", self.tr("Dismiss")),),
            )
        )

    # tasks --------------------------------------------------------------------
    def start(self, coroutine: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """Run ``coroutine`` as a task owned here (cancelled by :meth:`close`)."""
        task = asyncio.get_running_loop().create_task(coroutine)
        self.tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _on_task_done(self, task: asyncio.Task[None]) -> None:
        self.tasks.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            sys.excepthook(type(error), error, error.__traceback__)

    async def command(self, title: str, coroutine: Coroutine[Any, Any, None]) -> None:
        """Await a core command; a failure becomes a notice titled ``title``."""
        try:
            await coroutine
        except CoreError as exc:
            log.info("Command failed: %s", exc.code.value)
            self.show_command_error(title, exc)

    # dialogs ------------------------------------------------------------------
    def open_dialog(self, key: str, make: Callable[[], _D]) -> _D | None:
        """Open the dialog ``make`` builds (deleted when closed) and return it.

        If ``key``'s dialog is open already, raise that one instead (None).
        """
        if (open_one := self.dialogs.get(key)) is not None:
            open_one.raise_()
            open_one.activateWindow()
            return None
        dialog = make()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.dialogs.pop(key, None))
        self.dialogs[key] = dialog
        dialog.open()
        return dialog

    # user actions -------------------------------------------------------------
    def _on_status_presence_chosen(self, show: str, message: str) -> None:
        self.start(self._set_presence(Show(show), message))

    async def _set_presence(self, show: Show, message: str) -> None:
        await self.command(
            self.tr("Your status could not be set"),
            self.core.set_presence(show, message),
        )
        recent = self._recent_messages()
        if message and recent[:1] != [message]:
            recent = [message, *(m for m in recent if m != message)][:MAX_RECENT]
            await self.command(
                self.tr("Your status could not be saved"),
                self.core.set_setting(RECENT_SETTING, list(recent)),
            )

    def _on_show_offline_toggled(self, checked: bool) -> None:
        assert self.window.contacts is not None
        self.window.contacts.set_show_offline(checked)
        self.start(self._save_setting(SHOW_OFFLINE_SETTING, checked))

    def _on_sort_by_name_toggled(self, checked: bool) -> None:
        assert self.window.contacts is not None
        order = SortOrder.NAME if checked else SortOrder.STATUS
        self.window.contacts.set_sort_order(order)
        self.start(self._save_setting(SORT_SETTING, order.value))

    async def _save_setting(self, key: str, value: JsonValue) -> None:
        await self.command(
            self.tr("The setting could not be saved"),
            self.core.set_setting(key, value),
        )

    def _on_find_triggered(self) -> None:
        self.window.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.window.filter_edit.selectAll()

    def _on_buddy_list_context_menu_requested(
        self, index: QModelIndex, position: QPoint
    ) -> None:
        menu = self.menu_for(index)
        if menu is not None:
            menu.popup(position)

    def menu_for(self, index: QModelIndex) -> ContactMenu | None:
        """The context menu of a contact row (None for a group row)."""
        assert self.window.contacts is not None
        contact = self.window.contacts.contact_at(index)
        if contact is None:
            return None
        target = MenuTarget(
            contact=contact,
            group=str(index.data(ContactRole.GROUP)),
            capabilities=self.capabilities(contact.account_id),
            online=self.online(contact.account_id),
            blocked=contact.address in self.blocked.get(contact.account_id, ()),
        )
        if self.contact_menu is not None:
            self.contact_menu.deleteLater()
        menu = self.contact_menu = ContactMenu(target, self.window)
        menu.triggered.connect(self._on_contact_menu_triggered)
        return menu

    def _on_contact_menu_triggered(self, action: QAction) -> None:
        menu = self.contact_menu
        if menu is None:
            return
        # Dialogs and commands load on first use (start-up time).
        from messenger.ui.windows.contact_commands import run_contact_action  # noqa: PLC0415

        run_contact_action(self, ContactAction(action.data()), menu.target)

    def _on_notices_action_triggered(self, key: str, action: str) -> None:
        from messenger.ui.windows.contact_commands import open_account_fix  # noqa: PLC0415
        from messenger.ui.windows.contact_commands import open_request  # noqa: PLC0415

        if key == COMMAND_ERROR:
            self.notices.remove_notice(key)
        elif key.startswith(ACCOUNT_PREFIX):
            account_id = AccountId(key.removeprefix(ACCOUNT_PREFIX))
            open_account_fix(self, account_id, AccountAction(action))
        elif key.startswith(REQUEST_PREFIX):
            account, _, address = key.removeprefix(REQUEST_PREFIX).partition("\n")
            request = self.requests.get((AccountId(account), Address.parse(address)))
            if request is not None:
                open_request(self, request)
        elif key == MORE_REQUESTS and len(self.requests) > SHOWN_REQUESTS:
            open_request(self, list(self.requests.values())[SHOWN_REQUESTS])

    def request_answered(self, account_id: AccountId, address: Address) -> None:
        """Forget an answered request (also when another UI answered it)."""
        self.requests.pop((account_id, address), None)
        self._show_requests()

    def _on_add_contact_triggered(self) -> None:
        from messenger.ui.dialogs.add_contact import AddContactDialog  # noqa: PLC0415

        assert self.window.contacts is not None
        online = [a for a in self.accounts if self.online(a)]
        groups = self.window.contacts.group_names()
        self.open_dialog(
            "add-contact",
            lambda: AddContactDialog(
                self.core, self._labelled(online), groups, self.window
            ),
        )

    def _on_new_group_triggered(self) -> None:
        from messenger.ui.dialogs.new_group import NewGroupDialog  # noqa: PLC0415

        model = self.window.contacts
        assert model is not None
        able = self.group_chat_accounts()
        people = {a: model.people(a) for a in able}
        dialog = self.open_dialog(
            "new-group",
            lambda: NewGroupDialog(
                self.core, self._labelled(able), people, self.window
            ),
        )
        if dialog is not None:  # its chat opens like a contact's
            dialog.group_created.connect(self.window.chat_requested)

    def _on_block_list_triggered(self) -> None:
        from messenger.ui.dialogs.block_list import BlockListDialog  # noqa: PLC0415

        assert self.window.bridge is not None
        able = [a for a in self.accounts if Capability.BLOCKING in self.capabilities(a)]
        bridge = self.window.bridge
        self.open_dialog(
            "block-list",
            lambda: BlockListDialog(
                bridge, self._labelled(able), self.blocked, self.window
            ),
        )

    def _on_accounts_menu_about_to_show(self) -> None:
        from messenger.ui.windows.contact_commands import open_account_fix  # noqa: PLC0415

        menu = self.window.accounts_menu
        menu.clear()
        for account_id, label in self._labelled(list(self.accounts)):
            action = menu.addAction(label)
            action.triggered.connect(
                lambda _c=False, a=account_id: open_account_fix(
                    self, a, AccountAction.EDIT
                )
            )
        if menu.isEmpty():
            menu.addAction(self.tr("No accounts")).setEnabled(False)
