# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The user's words for the core's error codes (``ErrorCode``).

The core reports codes; the UI words them (docs/ui-development.md). There are
two sets of sentences: why an account could not connect
(:func:`connection_error_text`) and why a command failed
(:func:`command_error_text`), because a code can mean different things there
(``CONFLICT``: signed in elsewhere, or the thing exists already).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from messenger.core.model import ErrorCode

# lupdate finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


def connection_error_text(code: ErrorCode | None) -> str:
    """Why an account is not connected, as a sentence."""
    texts = {
        ErrorCode.AUTH_FAILED: translate(
            "ErrorText", "The server did not accept the password."
        ),
        ErrorCode.NO_PASSWORD: translate(
            "ErrorText", "No password is saved for this account."
        ),
        ErrorCode.HOST_NOT_FOUND: translate(
            "ErrorText",
            "The server could not be found. Check the address and the connection "
            "settings.",
        ),
        ErrorCode.HOST_UNREACHABLE: translate(
            "ErrorText", "The server cannot be reached. Check your internet connection."
        ),
        ErrorCode.CERTIFICATE_UNTRUSTED: translate(
            "ErrorText",
            "The server's certificate is not trusted, so the connection may not be "
            "private.",
        ),
        ErrorCode.TLS_UNAVAILABLE: translate(
            "ErrorText", "The server does not offer an encrypted connection."
        ),
        ErrorCode.POLICY_VIOLATION: translate(
            "ErrorText", "The server refused the connection."
        ),
        ErrorCode.CONFLICT: translate(
            "ErrorText",
            "The account was signed in from somewhere else with the same resource.",
        ),
        ErrorCode.TIMEOUT: translate("ErrorText", "The server did not answer in time."),
        ErrorCode.SERVER_ERROR: translate("ErrorText", "The server reported an error."),
        ErrorCode.PROTOCOL_UNSUPPORTED: translate(
            "ErrorText",
            "This version of Messenger does not support this type of account.",
        ),
        ErrorCode.NOT_CONNECTED: translate("ErrorText", "The connection was lost."),
        ErrorCode.UNSUPPORTED: translate(
            "ErrorText", "The server does not support what is needed."
        ),
        ErrorCode.NOT_FOUND: translate("ErrorText", "The account could not be found."),
        ErrorCode.INVALID_INPUT: translate(
            "ErrorText", "The account settings are not valid."
        ),
        ErrorCode.INTERNAL: translate(
            "ErrorText", "Something went wrong inside Messenger."
        ),
    }
    if code is None:
        return translate("ErrorText", "The account could not connect.")
    return texts.get(code, texts[ErrorCode.INTERNAL])


def command_error_text(code: ErrorCode) -> str:
    """Why a command (add a contact, block, ...) failed, as a sentence."""
    texts = {
        ErrorCode.NOT_CONNECTED: translate(
            "ErrorText", "The account is not connected."
        ),
        ErrorCode.UNSUPPORTED: translate(
            "ErrorText", "The account's server does not support this."
        ),
        ErrorCode.NOT_FOUND: translate("ErrorText", "It does not exist any more."),
        ErrorCode.INVALID_INPUT: translate("ErrorText", "The input is not valid."),
        ErrorCode.CONFLICT: translate("ErrorText", "It exists already."),
        ErrorCode.TIMEOUT: translate("ErrorText", "The server did not answer in time."),
        ErrorCode.SERVER_ERROR: translate("ErrorText", "The server refused it."),
        ErrorCode.POLICY_VIOLATION: translate("ErrorText", "The server refused it."),
    }
    return texts.get(code) or connection_error_text(code)
