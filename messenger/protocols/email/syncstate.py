# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Per-folder IMAP bookmarks: UIDVALIDITY, the last UID handled, HIGHESTMODSEQ.

A UID means something only together with the folder's UIDVALIDITY (RFC 3501
2.3.1.1): when the server reports another one, every stored UID of that folder
is void and the folder is read again from the start (the backend deduplicates
by Message-ID). ``last_uid`` only moves forward and is saved after the mails up
to it were handed over, so a crash repeats mails but never skips one.
``classic_from``: in INBOX, mails without ``Chat-Version`` below this UID were
there before the account was added and are not shown (chat mails among them
are still moved to the chat folder).
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace

from messenger.core.model import JsonValue
from messenger.protocols.email.imapwire import MAX_UID
from messenger.protocols.email.imapwire import MailboxStatus

STATE_PREFIX = "imap.folder:"
_MAX_MODSEQ = 2**63 - 1


@dataclass(frozen=True, slots=True, kw_only=True)
class FolderState:
    """The bookmarks of one folder (see the module doc)."""

    uidvalidity: int
    last_uid: int = 0
    highestmodseq: int = 0
    classic_from: int = 0

    @classmethod
    def from_json(cls, value: JsonValue) -> FolderState | None:
        """Parse a saved state; anything malformed counts as none saved."""
        if not isinstance(value, dict):
            return None
        fields = {
            "uidvalidity": MAX_UID,
            "last_uid": MAX_UID,
            "highestmodseq": _MAX_MODSEQ,
            "classic_from": MAX_UID,
        }
        parsed: dict[str, int] = {}
        for name, limit in fields.items():
            number = value.get(name, 0)
            if isinstance(number, bool) or not isinstance(number, int):
                return None
            if not 0 <= number <= limit:
                return None
            parsed[name] = number
        return cls(**parsed)

    def to_json(self) -> JsonValue:
        return {
            "uidvalidity": self.uidvalidity,
            "last_uid": self.last_uid,
            "highestmodseq": self.highestmodseq,
            "classic_from": self.classic_from,
        }

    def advanced(self, uid: int) -> FolderState:
        """This state with ``last_uid`` moved to ``uid`` (never backwards)."""
        return self if uid <= self.last_uid else replace(self, last_uid=uid)


def state_key(folder: str) -> str:
    """The ``load_state``/``save_state`` key of a folder's bookmarks."""
    return STATE_PREFIX + folder


def reconcile(
    saved: FolderState | None, status: MailboxStatus, *, inbox: bool
) -> tuple[FolderState, bool]:
    """The state to work with after SELECT; True if it must be saved at once.

    - Nothing saved: start at UID 0. In INBOX, classic mails already there
      (below UIDNEXT) are not reported.
    - UIDVALIDITY changed: start again at UID 0 and report everything.
    - Otherwise the saved state; the new HIGHESTMODSEQ is taken by the caller
      once it has looked at the flag changes since the saved one.
    """
    if saved is None:
        fresh = FolderState(
            uidvalidity=status.uidvalidity,
            highestmodseq=status.highestmodseq,
            classic_from=status.uidnext if inbox else 0,
        )
        return fresh, True
    if saved.uidvalidity != status.uidvalidity:
        return FolderState(
            uidvalidity=status.uidvalidity, highestmodseq=status.highestmodseq
        ), True
    return saved, False


def unchanged(saved: FolderState | None, status: MailboxStatus) -> bool:
    """Whether a STATUS shows nothing new since ``saved`` (no SELECT needed).

    Needs UIDNEXT and UIDVALIDITY in the answer; HIGHESTMODSEQ counts when the
    server gives it (a flag change on another device).
    """
    if saved is None or not status.uidnext or status.uidvalidity != saved.uidvalidity:
        return False
    if status.uidnext - 1 > saved.last_uid:
        return False
    return not (status.highestmodseq and status.highestmodseq != saved.highestmodseq)
