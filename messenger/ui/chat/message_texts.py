# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The words of the chat windows: message summaries, states, dates, errors.

Translatable (``self.tr``), whole sentences with ``%1`` placeholders; peer
text goes into them as it is and is shown as plain text by the caller (the
tooltip is escaped here, as tooltips guess rich text).
"""

from __future__ import annotations

import functools
from datetime import date
from datetime import datetime
from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtCore import QDateTime
from PySide6.QtCore import QLocale
from PySide6.QtCore import QObject
from PySide6.QtCore import QTime

from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import ErrorCode
from messenger.core.model import Message
from messenger.ui.chat.styling import is_action
from messenger.ui.chat.styling import plain_tooltip
from messenger.ui.widgets.text import fill


def local_datetime(stamp: datetime) -> QDateTime:
    """``stamp`` in the local time zone, for QLocale formatting."""
    local = stamp.astimezone()
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
    )


def short_time(stamp: datetime) -> str:
    """The local time of day of ``stamp``, the locale's short way."""
    return _short_time(stamp, QLocale())


@functools.lru_cache(maxsize=4096)
def _short_time(stamp: datetime, locale: QLocale) -> str:
    # Keyed by the locale too: the UI's language can change while it runs.
    return locale.toString(local_datetime(stamp).time(), QLocale.FormatType.ShortFormat)


class MessageTexts(QObject):
    """Texts about messages (see the module docstring)."""

    def display(self, sender: str, message: Message) -> str:
        """ "Name: body", or "* Name does something" for "/me" messages."""
        body = message.body
        if is_action(body):
            return fill(self.tr("* %1 %2"), sender, body[4:])
        return fill(self.tr("%1: %2"), sender, body)

    def accessible(self, sender: str, message: Message) -> str:
        #: Two parts of a list ("Juliet: hi" and "10:02"), joined your language's way.
        pair = self.tr("%1, %2")
        text = fill(pair, self.display(sender, message), short_time(message.timestamp))
        state = self.state(message)
        return fill(pair, text, state) if state else text

    def tooltip(self, message: Message) -> str:
        stamp = QLocale().toString(
            local_datetime(message.timestamp), QLocale.FormatType.LongFormat
        )
        lines = [stamp]
        if state := self.state(message):
            lines.append(state)
        if message.edited_at is not None:
            lines.append(self.tr("Edited"))
        return plain_tooltip("\n".join(lines))

    def state(self, message: Message) -> str:
        """The delivery state in words (outgoing messages only)."""
        if message.direction is not Direction.OUTGOING:
            return ""
        texts = {
            DeliveryState.PENDING: self.tr("Sending"),
            DeliveryState.SENT: self.tr("Sent"),
            DeliveryState.DELIVERED: self.tr("Delivered"),
            DeliveryState.READ: self.tr("Read"),
            DeliveryState.FAILED: self.tr("Not sent: %1"),
        }
        text = texts.get(message.state, "")
        detail = message.error or self.tr("unknown error")
        return text.replace("%1", detail)

    def day(self, day: date) -> str:
        """A day separator: "Today", "Yesterday" or the locale's long date."""
        today = date.today()
        if day == today:
            return self.tr("Today")
        if day == today - timedelta(days=1):
            return self.tr("Yesterday")
        qdate = QDate(day.year, day.month, day.day)
        return QLocale().toString(qdate, QLocale.FormatType.LongFormat)

    def error(self, code: ErrorCode) -> str:
        """Why a send, correction or retry failed."""
        texts = {
            ErrorCode.NOT_CONNECTED: self.tr(
                "The account is not connected. Try again once it is online."
            ),
            ErrorCode.UNSUPPORTED: self.tr("This account cannot do that."),
            ErrorCode.NOT_FOUND: self.tr("The message or its account is gone."),
            ErrorCode.INVALID_INPUT: self.tr("The message is empty or too long."),
            ErrorCode.TIMEOUT: self.tr("The server did not answer in time."),
        }
        fallback = self.tr("That did not work (%1).").replace("%1", code.value)
        return texts.get(code, fallback)
