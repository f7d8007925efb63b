# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``UriOpener``: an ``xmpp:``/``mailto:`` URI opens its chat, or says why not.

The URI comes from the command line of this start or of a later one (handed
over by ``ui/single_instance.py``). :mod:`messenger.uri` parses it and picks the
account; this module opens the chat on that account, puts a body the URI
carries into the message field (never sends it) and otherwise tells the user,
in a message box opened with ``open()`` (no nested event loop), what is wrong:
an address that is not one, no account to open it on. The URI itself is not
repeated in the message (it may be long or deceptive); the address is, as
plain text.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.errors import CoreError
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.ui.aio import async_slot
from messenger.ui.chat.tab import ChatTab
from messenger.uri import UriError
from messenger.uri import UriProblem
from messenger.uri import choose_account
from messenger.uri import parse_uri

log = logging.getLogger(__name__)

OpenChat = Callable[[AccountId, Address], Awaitable[ChatTab]]


class UriOpener(QObject):
    """Opens the chat a URI points to (see the module docstring).

    ``open_chat`` opens (or finds) the chat and returns its tab, e.g.
    :meth:`ChatWindows.open_chat`. ``opened`` is emitted with the tab once a
    URI's chat is open; ``refused`` with the message the user was shown.
    """

    opened = Signal(object)
    refused = Signal(str)

    def __init__(
        self, core: CoreApi, open_chat: OpenChat, window: QWidget, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._core = core
        self._open_chat = open_chat
        self._window = window
        self.message_box: QMessageBox | None = None

    @async_slot(str)
    async def open_uri(self, text: str) -> None:
        """Open the chat ``text`` points to, or tell the user why not."""
        log.debug("Opening the URI %r", text)  # may hold a message: debug only
        try:
            target = parse_uri(text)
            snapshot = await self._core.snapshot()
            account = choose_account(target, snapshot.accounts)
        except UriError as error:
            log.info("Cannot open a URI: %s", error.problem.value)
            self._refuse(self.problem_text(error))
            return
        try:
            tab = await self._open_chat(account.id, target.address)
        except CoreError as exc:
            log.warning("Opening the chat of a URI failed: %s", exc.code.value)
            text = self.tr("The chat with %1 could not be opened.")
            self._refuse(text.replace("%1", str(target.address)))
            return
        if target.body and tab.composer.is_empty():
            tab.composer.setPlainText(target.body)
            tab.composer.moveCursor(QTextCursor.MoveOperation.End)
        self.opened.emit(tab)

    def problem_text(self, error: UriError) -> str:
        """The sentence shown for ``error`` (translated; details as plain text)."""
        texts = {
            UriProblem.UNSUPPORTED_SCHEME: self.tr(
                "Messenger opens only xmpp: and mailto: links."
            ),
            UriProblem.TOO_LONG: self.tr("The link is too long."),
            UriProblem.MALFORMED: self.tr("The link is malformed."),
            UriProblem.NO_ADDRESS: self.tr("The link names no address."),
            UriProblem.INVALID_ADDRESS: self.tr(
                "The link does not name a valid address (user@host)."
            ),
            UriProblem.NOT_BARE: self.tr(
                "The link names one device of a contact. Only addresses of the "
                "form user@host can be opened."
            ),
            UriProblem.NO_LOCAL_PART: self.tr(
                "The link names a server, not a contact (user@host)."
            ),
            UriProblem.SEVERAL_ADDRESSES: self.tr(
                "The link names several addresses; a chat has one."
            ),
            UriProblem.GROUP_CHAT: self.tr(
                "The link invites you to a group chat. Messenger does not "
                "support group chats yet."
            ),
            UriProblem.NO_XMPP_ACCOUNT: self.tr(
                "There is no enabled XMPP account to open the chat with. Add "
                "one first (Messenger, Add Account)."
            ),
            UriProblem.NO_EMAIL_ACCOUNT: self.tr(
                "There is no enabled e-mail account to open the chat with. Add "
                "one first (Messenger, Add Account)."
            ),
            UriProblem.UNKNOWN_ACCOUNT: self.tr(
                "The link asks for the account %1, which is not set up here."
            ).replace("%1", error.detail),
        }
        return texts[error.problem]

    def _refuse(self, text: str) -> None:
        box = self.message_box
        if box is None:
            box = QMessageBox(self._window)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Cannot open the link"))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            self.message_box = box
        box.setText(text)
        box.open()
        self.refused.emit(text)
