# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The values going into the mail builders and coming out of ``parse_mail``.

Everything here is plain data: the builders validate what the backend hands
them, the parser fills these values only with cleaned peer data (no control or
bidi characters, capped lengths, safe file names), so the backend can store
and show them as they are (as plain text, never markup).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from enum import StrEnum
from typing import TypeAlias

from messenger.core.model import Show

# The Autocrypt seam: called with the finished clear-text message, returns the
# message to send (with an ``Autocrypt`` header, or encrypted and signed).
# ``None`` sends the clear text as it is; no crypto is done in this package yet.
AutocryptHook: TypeAlias = Callable[[EmailMessage], EmailMessage]


class MailBuildError(ValueError):
    """The backend asked for a mail that cannot be built (a malformed address
    or id). Peer or user *text* never causes this: it is sanitised instead."""


class MailKind(StrEnum):
    """What a received mail is, from the chat's point of view."""

    CHAT = "chat"  # a chat message (has Chat-Version)
    CLASSIC = "classic"  # an ordinary mail (no Chat-Version)
    READ_RECEIPT = "read_receipt"  # an MDN (RFC 8098)
    REACTION = "reaction"  # RFC 9078
    EDIT = "edit"  # Chat-Edit: the new text of an earlier message
    DELETION = "deletion"  # Chat-Delete
    GROUP_CHANGE = "group_change"  # member added/removed, group renamed
    DELIVERY_FAILURE = "delivery_failure"  # a DSN saying a message failed
    DELIVERY_STATUS = "delivery_status"  # a DSN saying anything else (delayed, ...)
    ENCRYPTED = "encrypted"  # OpenPGP or S/MIME content we cannot read yet


class Problem(StrEnum):
    """Why a mail could not be read fully; the result is then partial."""

    TOO_BIG = "too_big"  # over the size cap: headers only
    TOO_DEEP = "too_deep"  # MIME nesting over the cap: the parts above it only
    TOO_MANY_PARTS = "too_many_parts"  # over the part cap: headers only
    NO_SENDER = "no_sender"  # no From mailbox at all
    MULTIPLE_SENDERS = "multiple_senders"  # several From mailboxes or headers
    BAD_SENDER = "bad_sender"  # a From that does not parse cleanly
    UNPARSABLE = "unparsable"  # the parser itself gave up


class Note(StrEnum):
    """Something was repaired or dropped; the result is still usable."""

    MALFORMED_MIME = "malformed_mime"  # missing boundary, truncated, bad base64
    CHARSET_REPLACED = "charset_replaced"  # unknown charset or invalid bytes
    DATE_REPLACED = "date_replaced"  # missing, garbage, far future or past
    NAME_DROPPED = "name_dropped"  # the display name posed as another address
    TEXT_TRUNCATED = "text_truncated"
    ATTACHMENT_TOO_BIG = "attachment_too_big"  # metadata only for some file
    RECIPIENTS_DROPPED = "recipients_dropped"  # unusable To/Cc entries skipped
    RECEIPT_ADDRESS_IGNORED = "receipt_address_ignored"  # MDN asked for elsewhere
    FROM_HTML = "from_html"  # the text was converted from HTML


@dataclass(frozen=True, slots=True, kw_only=True)
class Mailbox:
    """An address with an optional display name.

    Parsed addresses have a lower-cased domain and pass ``Address.parse``;
    compare them case-insensitively (``casefold``).
    """

    address: str
    name: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Presence:
    """Show and status message travelling with a chat mail.

    ``show`` goes into our own ``Chat-Presence`` header (other clients ignore
    it; ``None`` sends none). ``status`` is the text's signature footer, which
    is where Delta Chat keeps a user's status: an empty status clears it there.
    """

    show: Show | None = None
    status: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ChatGroup:
    """The group headers of a chat mail (built and parsed alike).

    ``id`` is the ``Chat-Group-ID`` (11-32 of ``[A-Za-z0-9_-]``); Delta Chat's
    unencrypted groups have none ("ad hoc" groups, found by their thread and
    members). ``member_timestamps`` (Unix seconds) name when each ``To`` member,
    then each past member, was added (past members: removed). A mail with
    ``member_added``, ``member_removed`` or ``old_name`` is a group change.
    """

    name: str
    id: str = ""
    description: str = ""
    member_timestamps: tuple[int, ...] = ()
    past_members: tuple[str, ...] = ()
    member_added: str = ""
    member_removed: str = ""
    old_name: str = ""

    @property
    def is_change(self) -> bool:
        return bool(self.member_added or self.member_removed or self.old_name)


@dataclass(frozen=True, slots=True, kw_only=True)
class OutgoingFile:
    """A file to attach to an outgoing chat message."""

    filename: str
    content_type: str = "application/octet-stream"
    data: bytes = b""


@dataclass(frozen=True, slots=True, kw_only=True)
class Attachment:
    """A received file. ``data`` is None when it was over the size cap."""

    filename: str
    content_type: str
    size: int
    data: bytes | None = None

    @property
    def too_big(self) -> bool:
        return self.data is None


@dataclass(frozen=True, slots=True, kw_only=True)
class Reaction:
    """An RFC 9078 reaction: it replaces all earlier reactions of its sender on
    ``target``; an empty ``emoji`` withdraws them (Delta Chat's extension)."""

    target: str
    emoji: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadReceipt:
    """An MDN: ``message_ids`` were handled as ``disposition`` by its sender."""

    message_ids: tuple[str, ...]
    disposition: str = ""

    @property
    def displayed(self) -> bool:
        return self.disposition == "displayed"


@dataclass(frozen=True, slots=True, kw_only=True)
class DeliveryReport:
    """A DSN (or a mailer-daemon's mail that looks like one).

    ``message_id`` is ours (the returned message's) or "" when the report
    does not say; ``heuristic`` is True for a non-standard bounce.
    """

    message_id: str
    failed: bool
    reason: str = ""
    recipients: tuple[str, ...] = ()
    heuristic: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedMail:
    """One received mail, reduced to what a chat needs.

    ``problem`` set means the mail could not be read fully (the other fields
    hold what was safe to take). ``sender`` is None when the From header does
    not name exactly one clean mailbox: such a mail must not be attributed to
    anyone. ``outgoing`` is True when the sender is the account itself (a
    message sent from another device). ``date`` is always trustworthy: the
    receive time replaces a missing or implausible Date.

    ``text`` is the new text of the mail, ``quote`` the quoted text folded
    away from it (a reply's citation), ``footer`` the signature (for a chat
    mail: the sender's status, also in ``presence``).
    """

    kind: MailKind
    date: datetime
    problem: Problem | None = None
    notes: frozenset[Note] = frozenset()
    sender: Mailbox | None = None
    outgoing: bool = False
    to: tuple[Mailbox, ...] = ()
    cc: tuple[Mailbox, ...] = ()
    message_id: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    subject: str = ""
    chat_version: str = ""
    text: str = ""
    quote: str = ""
    footer: str = ""
    attachments: tuple[Attachment, ...] = ()
    group: ChatGroup | None = None
    edit_of: str = ""
    deletes: tuple[str, ...] = ()
    reaction: Reaction | None = None
    read_receipt: ReadReceipt | None = None
    delivery: DeliveryReport | None = None
    # Where the sender wants a read receipt: only ever their own From address.
    receipt_to: str = ""
    presence: Presence | None = None
    autocrypt: str = ""  # the raw Autocrypt header, for later
    auto_submitted: bool = False  # RFC 3834 (vacation notices, bots)
    list_id: str = ""  # RFC 2919 mailing lists

    @property
    def is_chat(self) -> bool:
        return bool(self.chat_version)
