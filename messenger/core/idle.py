# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Auto-away: the presence the user's idle time calls for.

Every attached UI reports when its user last did something (``report``); the
most recent activity across all UIs counts. When the user chose "available" (or
"free for chat") and has been idle for ``auto_away_minutes``, the effective
presence becomes away, after ``auto_xa_minutes`` extended away, with the time
the user went idle (sent as XEP-0319 idle). Any activity restores the choice.
A chosen away, busy or offline is never overridden.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from datetime import timedelta

from messenger.core.model import JsonValue
from messenger.core.model import OwnPresence
from messenger.core.model import Show

AWAY_SETTING = "auto_away_minutes"
XA_SETTING = "auto_xa_minutes"
MESSAGE_SETTING = "auto_away_message"
IDLE_SETTINGS = frozenset({AWAY_SETTING, XA_SETTING, MESSAGE_SETTING})
DEFAULT_AWAY_MINUTES = 5
DEFAULT_XA_MINUTES = 15
# How often the core re-checks without a report (UIs report more often).
CHECK_INTERVAL_SECONDS = 15.0


def _minutes(
    settings: Mapping[str, JsonValue], key: str, default: int
) -> timedelta | None:
    value = settings.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        return None  # 0, negative or nonsense: this stage is off
    return timedelta(minutes=float(value))


class AutoAway:
    def __init__(self, now: datetime) -> None:
        self._active_at = now

    @property
    def active_at(self) -> datetime:
        return self._active_at

    def report(self, idle_since: datetime | None, now: datetime) -> None:
        """A UI says its user was last active at ``idle_since`` (None: now)."""
        active_at = now if idle_since is None else min(idle_since, now)
        self._active_at = max(self._active_at, active_at)

    def presence(
        self, chosen: OwnPresence, settings: Mapping[str, JsonValue], now: datetime
    ) -> OwnPresence:
        """The presence to show for the user's ``chosen`` one at ``now``."""
        if chosen.show not in {Show.AVAILABLE, Show.CHAT}:
            return chosen
        idle = now - self._active_at
        message = settings.get(MESSAGE_SETTING)
        status = message if isinstance(message, str) and message else chosen.status
        xa = _minutes(settings, XA_SETTING, DEFAULT_XA_MINUTES)
        away = _minutes(settings, AWAY_SETTING, DEFAULT_AWAY_MINUTES)
        if xa is not None and idle >= xa:
            return OwnPresence(show=Show.XA, status=status, idle_since=self._active_at)
        if away is not None and idle >= away:
            return OwnPresence(
                show=Show.AWAY, status=status, idle_since=self._active_at
            )
        return chosen
