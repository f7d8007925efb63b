# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""What the buddy list's menus and notices do, for :class:`BuddyActions`.

- :func:`run_contact_action`: a contact's context-menu entry (chat, info,
  rename, move, remove with a confirmation, block, unblock, ask again to see
  their presence, approve their request);
- :func:`open_account_fix`: a failed account's fixing action (password,
  certificate, reconnect, edit);
- :func:`open_request`: the dialog that answers a contact request.

Commands run as tasks of the ``BuddyActions`` and report failures as a notice;
dialogs open once per purpose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from messenger.core.api import SubscriptionRequest
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.ui.dialogs.account_editor import AccountEditorDialog
from messenger.ui.dialogs.account_editor import PasswordDialog
from messenger.ui.dialogs.certificate_trust import CertificateTrustDialog
from messenger.ui.dialogs.contact_info import ContactInfoDialog
from messenger.ui.dialogs.move_to_group import MoveToGroupDialog
from messenger.ui.dialogs.rename_contact import RenameContactDialog
from messenger.ui.dialogs.subscription_request import SubscriptionRequestDialog
from messenger.ui.widgets.account_notices import AccountAction
from messenger.ui.widgets.account_notices import account_label
from messenger.ui.widgets.contact_menu import ContactAction
from messenger.ui.widgets.contact_menu import MenuTarget
from messenger.ui.widgets.text import fill
from messenger.ui.widgets.text import isolate

if TYPE_CHECKING:
    from messenger.ui.windows.buddy_actions import BuddyActions

# lupdate finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


def _key(kind: str, account_id: AccountId, address: Address | None = None) -> str:
    return f"{kind}:{account_id}" + ("" if address is None else f"\n{address}")


def run_contact_action(
    actions: BuddyActions, kind: ContactAction, target: MenuTarget
) -> None:
    """Carry out a contact's menu entry ``kind``."""
    contact = target.contact
    core = actions.core
    name = isolate(contact.display_name)
    account_id, address = contact.account_id, contact.address
    if kind is ContactAction.CHAT:
        actions.window.chat_requested.emit(str(account_id), address)
    elif kind is ContactAction.INFO:
        _open_info(actions, contact)
    elif kind is ContactAction.RENAME:
        actions.open_dialog(
            _key("rename", account_id, address),
            lambda: RenameContactDialog(core, contact, actions.window),
        )
    elif kind is ContactAction.MOVE:
        assert actions.window.contacts is not None
        groups = actions.window.contacts.group_names()
        actions.open_dialog(
            _key("move", account_id, address),
            lambda: MoveToGroupDialog(
                core, contact, target.group, groups, actions.window
            ),
        )
    elif kind is ContactAction.REMOVE:
        _confirm_removal(actions, contact)
    elif kind in (ContactAction.BLOCK, ContactAction.UNBLOCK):
        blocked = kind is ContactAction.BLOCK
        title = (
            translate("ContactCommands", "%1 could not be blocked")
            if blocked
            else translate("ContactCommands", "%1 could not be unblocked")
        )
        actions.start(
            actions.command(
                fill(title, name),
                core.set_blocked(account_id, address, blocked=blocked),
            )
        )
    elif kind is ContactAction.REQUEST:
        actions.start(
            actions.command(
                fill(
                    translate("ContactCommands", "The request to %1 could not be sent"),
                    name,
                ),
                core.add_contact(
                    account_id, address, name=contact.name, groups=contact.groups
                ),
            )
        )
    elif kind is ContactAction.APPROVE:
        actions.start(_approve(actions, contact))


async def _approve(actions: BuddyActions, contact: Contact) -> None:
    await actions.command(
        fill(
            translate("ContactCommands", "The request of %1 could not be approved"),
            isolate(contact.display_name),
        ),
        actions.core.answer_subscription(
            contact.account_id, contact.address, approve=True
        ),
    )
    actions.request_answered(contact.account_id, contact.address)


def _open_info(actions: BuddyActions, contact: Contact) -> None:
    dialog = actions.open_dialog(
        _key("info", contact.account_id, contact.address),
        lambda: ContactInfoDialog(
            actions.core,
            contact.account_id,
            contact.address,
            contact.display_name,
            actions.window,
        ),
    )
    if dialog is not None:
        dialog.refresh()


def _confirm_removal(actions: BuddyActions, contact: Contact) -> None:
    def on_finished(result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            actions.start(
                actions.command(
                    fill(
                        translate("ContactCommands", "%1 could not be removed"),
                        isolate(contact.display_name),
                    ),
                    actions.core.remove_contact(contact.account_id, contact.address),
                )
            )

    def make() -> QMessageBox:
        box = _question(
            actions,
            fill(
                translate("ContactCommands", "Remove %1 from your contacts?"),
                isolate(contact.display_name),
            ),
            translate("ContactCommands", "They will no longer see your status."),
            translate("ContactCommands", "&Remove"),
        )
        box.finished.connect(on_finished)
        return box

    actions.open_dialog(_key("remove", contact.account_id, contact.address), make)


def _question(
    actions: BuddyActions, text: str, informative: str, accept_label: str
) -> QMessageBox:
    """A Yes/Cancel question box (open it; ``finished`` tells which)."""
    box = QMessageBox(actions.window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(informative)
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    )
    box.button(QMessageBox.StandardButton.Yes).setText(accept_label)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def open_account_fix(
    actions: BuddyActions, account_id: AccountId, action: AccountAction
) -> None:
    """Carry out the fixing action ``action`` of an account."""
    account = actions.accounts.get(account_id)
    if account is None:
        return
    core, window = actions.core, actions.window
    if action is AccountAction.RECONNECT:
        actions.start(
            actions.command(
                fill(
                    translate("ContactCommands", "%1 could not connect"),
                    isolate(account_label(account)),
                ),
                core.connect_account(account_id),
            )
        )
    elif action is AccountAction.PASSWORD:
        actions.open_dialog(
            _key("password", account_id), lambda: PasswordDialog(core, account, window)
        )
    elif action is AccountAction.CERTIFICATE:
        status = actions.statuses.get(account_id)
        error = None if status is None else status.error
        if error is not None:
            actions.open_dialog(
                _key("certificate", account_id),
                lambda: CertificateTrustDialog(core, account, error, window),
            )
    else:
        actions.open_dialog(
            _key("edit", account_id), lambda: AccountEditorDialog(core, account, window)
        )


def open_request(actions: BuddyActions, request: SubscriptionRequest) -> None:
    """Open the dialog that answers ``request``."""
    account = actions.accounts.get(request.account_id)
    contacts = actions.window.contacts
    assert contacts is not None

    def make() -> SubscriptionRequestDialog:
        dialog = SubscriptionRequestDialog(
            actions.core,
            request.account_id,
            request.address,
            text=request.text,
            account_label=account_label(account) if account else request.account_id,
            is_contact=contacts.contact(request.account_id, request.address)
            is not None,
            parent=actions.window,
        )
        dialog.answered.connect(
            lambda account_id, address, _approved: actions.request_answered(
                AccountId(account_id), address
            )
        )
        return dialog

    actions.open_dialog(_key("request", request.account_id, request.address), make)
