# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""What the notice strip says about accounts and contact requests.

:func:`account_notice` turns an account's status into a notice, or None when
there is nothing to say: an enabled account that is connecting, failed, or
went offline with an error gets one, with the error in words and the actions
that fix it (the action keys are :class:`AccountAction` values).
:func:`request_notices` shows contact requests: the first few one by one
(action "review"), the rest summed up in one notice (:data:`MORE_REQUESTS`).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject

from messenger.core.api import SubscriptionRequest
from messenger.core.model import Account
from messenger.core.model import AccountStatus
from messenger.core.model import Address
from messenger.core.model import ConnectionState
from messenger.core.model import ErrorCode
from messenger.ui.widgets.errors import connection_error_text
from messenger.ui.widgets.notice_strip import Notice
from messenger.ui.widgets.text import fill
from messenger.ui.widgets.text import isolate
from messenger.ui.widgets.text import one_line

ACCOUNT_PREFIX = "account:"
REQUEST_PREFIX = "request:"
MORE_REQUESTS = "requests-more"
# Contact requests shown one by one; the rest are summed up in one notice.
SHOWN_REQUESTS = 3

# lupdate finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


class AccountNotices(QObject):
    """The texts with a count. lupdate takes plural forms only from
    ``self.tr(text, "", n)`` in a class, not from ``translate(..., n)``."""

    def more_requests(self, count: int) -> str:
        return self.tr("%Ln more contact request(s)", "", count)


class AccountAction(StrEnum):
    PASSWORD = "password"  # noqa: S105 (an action name)
    CERTIFICATE = "certificate"
    RECONNECT = "reconnect"
    EDIT = "edit"


# Errors that the account's settings fix (else a reconnect may do).
_SETTINGS_ERRORS = {
    ErrorCode.HOST_NOT_FOUND,
    ErrorCode.TLS_UNAVAILABLE,
    ErrorCode.POLICY_VIOLATION,
    ErrorCode.PROTOCOL_UNSUPPORTED,
    ErrorCode.INVALID_INPUT,
    ErrorCode.CONFLICT,
}


def account_label(account: Account) -> str:
    """How an account is named to the user (display name, else address)."""
    return one_line(account.display_name) or account.address


def action_label(action: AccountAction) -> str:
    return {
        AccountAction.PASSWORD: translate("AccountNotices", "Enter password…"),
        AccountAction.CERTIFICATE: translate("AccountNotices", "Review certificate…"),
        AccountAction.RECONNECT: translate("AccountNotices", "Reconnect"),
        AccountAction.EDIT: translate("AccountNotices", "Edit account…"),
    }[action]


def fixing_actions(status: AccountStatus) -> tuple[AccountAction, ...]:
    """The actions offered for a failed account, the most likely fix first."""
    code = None if status.error is None else status.error.code
    if code in {ErrorCode.AUTH_FAILED, ErrorCode.NO_PASSWORD}:
        return (AccountAction.PASSWORD, AccountAction.EDIT)
    if (
        code is ErrorCode.CERTIFICATE_UNTRUSTED
        and status.error
        and status.error.fingerprint
    ):
        return (AccountAction.CERTIFICATE, AccountAction.EDIT)
    if code in _SETTINGS_ERRORS or code is ErrorCode.CERTIFICATE_UNTRUSTED:
        return (AccountAction.EDIT, AccountAction.RECONNECT)
    return (AccountAction.RECONNECT, AccountAction.EDIT)


def account_notice(account: Account, status: AccountStatus) -> Notice | None:
    """The notice for an account's status (see the module docstring)."""
    if not account.enabled:
        return None
    key = ACCOUNT_PREFIX + account.id
    if status.state in {ConnectionState.CONNECTING, ConnectionState.RECONNECTING}:
        return Notice(
            key=key,
            title=account_label(account),
            text=translate("AccountNotices", "Connecting…"),
        )
    failed = status.state is ConnectionState.FAILED
    if not failed and not (status.state is ConnectionState.OFFLINE and status.error):
        return None
    code = None if status.error is None else status.error.code
    return Notice(
        key=key,
        title=fill(
            translate("AccountNotices", "%1 is not connected"),
            isolate(account_label(account)),
        ),
        text=connection_error_text(code),
        actions=tuple((a.value, action_label(a)) for a in fixing_actions(status)),
    )


def request_key(account_id: str, address: Address) -> str:
    """The notice key of a contact request (an address holds no newline)."""
    return f"{REQUEST_PREFIX}{account_id}\n{address}"


def request_notices(requests: list[SubscriptionRequest]) -> list[Notice]:
    """The notices for pending contact requests (see the module docstring)."""
    notices = [
        Notice(
            key=request_key(request.account_id, request.address),
            title=fill(
                translate("AccountNotices", "%1 asks to see your status"),
                isolate(str(request.address)),
            ),
            text=one_line(request.text),
            actions=(("review", translate("AccountNotices", "Review…")),),
        )
        for request in requests[:SHOWN_REQUESTS]
    ]
    if len(requests) > SHOWN_REQUESTS:
        more = len(requests) - SHOWN_REQUESTS
        notices.append(
            Notice(
                key=MORE_REQUESTS,
                title=AccountNotices().more_requests(more),
                actions=(("review", translate("AccountNotices", "Review next…")),),
            )
        )
    return notices
