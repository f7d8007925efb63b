# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Building chat mails (pure functions: values in, RFC 5322 bytes out).

The format is Delta Chat's (``Chat-Version: 1.0``, see docs/email-format.md):
a ``text/plain; format=flowed`` body, ``Subject: Message from <name>`` (or
the group's name), threads by ``In-Reply-To``/``References``. Bodies are
quoted-printable: 7-bit clean for every server and relay (no 8BITMIME needed,
nothing re-encoded on the way, which would break DKIM), and the spaces that
end flowed lines are written as ``=20``, so no relay can strip them. Names,
subjects and statuses pass through ``safe_header``: no CR, LF or NUL gets
into a header, so a name cannot add headers of its own.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from datetime import UTC
from datetime import datetime
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.message import Message
from email.policy import SMTP
from email.utils import format_datetime

from messenger.protocols.email.mime.files import safe_content_type
from messenger.protocols.email.mime.files import safe_filename
from messenger.protocols.email.mime.flowed import SIGNATURE_SEPARATOR
from messenger.protocols.email.mime.flowed import encode_flowed
from messenger.protocols.email.mime.headers import MAX_NAME
from messenger.protocols.email.mime.headers import MAX_SUBJECT
from messenger.protocols.email.mime.headers import check_address
from messenger.protocols.email.mime.headers import clean_body
from messenger.protocols.email.mime.headers import format_ids
from messenger.protocols.email.mime.headers import outgoing_address
from messenger.protocols.email.mime.headers import outgoing_id
from messenger.protocols.email.mime.headers import safe_header
from messenger.protocols.email.mime.model import AutocryptHook
from messenger.protocols.email.mime.model import ChatGroup
from messenger.protocols.email.mime.model import Mailbox
from messenger.protocols.email.mime.model import MailBuildError
from messenger.protocols.email.mime.model import OutgoingFile
from messenger.protocols.email.mime.model import Presence

CHAT_VERSION = "1.0"
EDIT_MARK = "\u270f\ufe0f"  # Delta Chat's pencil before an edit's new text
DELETION_TEXT = "\U0001f6ae"  # the body Delta Chat sends with a deletion
MAX_STATUS = 500
MAX_REACTION = 64
GROUP_ID = re.compile(r"[A-Za-z0-9_-]{11,32}")
# A line starting with "--" could end the text as a signature separator:
# Delta Chat puts a zero-width space between the dashes, and so do we.
_DASHES = re.compile(r"(?m)^--")


def new_message_id(domain: str, *, group_id: str = "") -> str:
    """A fresh, unguessable Message-ID (without brackets) in Delta Chat's
    style: ``Mr.<random>.<random>@domain``, or ``Gr.<group id>.<random>@domain``
    so that replies from ordinary mail clients still name the group."""
    checked = check_address(f"x@{domain}")
    host = checked.partition("@")[2] if checked and checked.isascii() else "localhost"
    if group_id and GROUP_ID.fullmatch(group_id):
        return f"Gr.{group_id}.{secrets.token_urlsafe(8)}@{host}"
    return f"Mr.{secrets.token_urlsafe(8)}.{secrets.token_urlsafe(8)}@{host}"


def new_group_id() -> str:
    """A fresh ``Chat-Group-ID`` (16 characters of ``[A-Za-z0-9_-]``)."""
    return secrets.token_urlsafe(12)


def base_message(
    *,
    sender: Mailbox,
    to: Sequence[Mailbox],
    message_id: str,
    date: datetime,
    subject: str,
) -> EmailMessage:
    """The headers every mail of ours has: From, To, Date, Message-ID, Subject."""
    if not to:
        raise MailBuildError("a mail needs at least one recipient")
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _header_address(sender)
    msg["To"] = [_header_address(m) for m in to]
    msg["Date"] = format_datetime(_utc(date))
    msg["Message-ID"] = f"<{outgoing_id(message_id)}>"
    msg["Subject"] = safe_header(subject, MAX_SUBJECT)
    return msg


def build_chat_message(
    *,
    sender: Mailbox,
    to: Sequence[Mailbox],
    message_id: str,
    date: datetime,
    text: str,
    in_reply_to: str = "",
    references: Sequence[str] = (),
    subject: str = "",
    group: ChatGroup | None = None,
    request_read_receipt: bool = False,
    presence: Presence | None = None,
    attachments: Sequence[OutgoingFile] = (),
    autocrypt: AutocryptHook | None = None,
) -> bytes:
    """A chat message to ``to`` (every member of a group but the sender).

    Group changes are chat messages too: ``group.member_added`` and friends
    set, ``text`` saying what happened (in the user's language). For a removed
    member, leave them out of ``to`` but send the mail to them as well (the
    SMTP envelope): that is how they learn about it. Recipient names go out
    as given: pass only names the contacts chose themselves.
    """
    msg = _chat_mail(
        sender=sender,
        to=to,
        message_id=message_id,
        date=date,
        subject=subject,
        in_reply_to=in_reply_to,
        references=references,
        group=group,
    )
    if request_read_receipt:
        msg["Chat-Disposition-Notification-To"] = outgoing_address(sender.address)
    _set_text(msg, text, presence)
    for file in attachments:
        maintype, _, subtype = safe_content_type(file.content_type).partition("/")
        msg.add_attachment(
            file.data,
            maintype=maintype,
            subtype=subtype,
            filename=safe_filename(file.filename),
        )
    return _finish(msg, autocrypt)


def build_edit(
    *,
    sender: Mailbox,
    to: Sequence[Mailbox],
    message_id: str,
    date: datetime,
    target: str,
    text: str,
    references: Sequence[str] = (),
    subject: str = "",
    group: ChatGroup | None = None,
    presence: Presence | None = None,
    autocrypt: AutocryptHook | None = None,
) -> bytes:
    """New text for our earlier message ``target`` (``Chat-Edit``).

    Mail clients show the new text after a pencil; Delta Chat replaces the
    old text. The new text must not be empty.
    """
    if not text.strip():
        raise MailBuildError("an edit needs a new text")
    msg = _chat_mail(
        sender=sender,
        to=to,
        message_id=message_id,
        date=date,
        subject=subject,
        in_reply_to=target,
        references=references,
        group=group,
    )
    _set_text(msg, EDIT_MARK + text, presence)
    _hide(msg, "Chat-Edit", f"<{outgoing_id(target)}>")
    return _finish(msg, autocrypt)


def build_deletion(
    *,
    sender: Mailbox,
    to: Sequence[Mailbox],
    message_id: str,
    date: datetime,
    targets: Sequence[str],
    text: str = DELETION_TEXT,
    subject: str = "",
    group: ChatGroup | None = None,
    presence: Presence | None = None,
    autocrypt: AutocryptHook | None = None,
) -> bytes:
    """Ask the recipients to delete our earlier messages ``targets``
    (``Chat-Delete``); ``text`` is what mail clients show."""
    if not targets:
        raise MailBuildError("a deletion needs at least one message id")
    msg = _chat_mail(
        sender=sender,
        to=to,
        message_id=message_id,
        date=date,
        subject=subject,
        in_reply_to="",
        references=(),
        group=group,
    )
    _set_text(msg, text or DELETION_TEXT, presence)
    _hide(msg, "Chat-Delete", format_ids(list(targets)))
    return _finish(msg, autocrypt)


def build_reaction(
    *,
    sender: Mailbox,
    to: Sequence[Mailbox],
    message_id: str,
    date: datetime,
    target: str,
    reaction: str,
    references: Sequence[str] = (),
    subject: str = "",
    group: ChatGroup | None = None,
    autocrypt: AutocryptHook | None = None,
) -> bytes:
    """Our reactions to ``target`` (RFC 9078): one or more emoji separated by
    spaces, replacing our earlier ones; "" withdraws them all."""
    msg = _chat_mail(
        sender=sender,
        to=to,
        message_id=message_id,
        date=date,
        subject=subject,
        in_reply_to=target,
        references=references,
        group=group,
    )
    msg.set_content(
        safe_header(reaction, MAX_REACTION),
        subtype="plain",
        charset="utf-8",
        cte="quoted-printable",
        disposition="reaction",
    )
    return _finish(msg, autocrypt)


# ------------------------------------------------------------------ helpers


def _chat_mail(
    *,
    sender: Mailbox,
    to: Sequence[Mailbox],
    message_id: str,
    date: datetime,
    subject: str,
    in_reply_to: str,
    references: Sequence[str],
    group: ChatGroup | None,
) -> EmailMessage:
    if not subject:
        name = safe_header(sender.name, MAX_NAME) or sender.address
        subject = group.name if group is not None else f"Message from {name}"
    msg = base_message(
        sender=sender, to=to, message_id=message_id, date=date, subject=subject
    )
    msg["Chat-Version"] = CHAT_VERSION
    if in_reply_to:
        msg["In-Reply-To"] = f"<{outgoing_id(in_reply_to)}>"
    thread = list(references) or ([in_reply_to] if in_reply_to else [])
    if thread:
        msg["References"] = format_ids(thread)
    if group is not None:
        _group_headers(msg, group, len(to))
    return msg


def _group_headers(msg: EmailMessage, group: ChatGroup, members: int) -> None:
    if group.id:
        if not GROUP_ID.fullmatch(group.id):
            raise MailBuildError(f"malformed group id: {group.id[:40]!r}")
        msg["Chat-Group-ID"] = group.id
    msg["Chat-Group-Name"] = safe_header(group.name, MAX_NAME) or "Group"
    if group.description:
        msg["Chat-Group-Description"] = safe_header(group.description, MAX_STATUS)
    if group.past_members:
        past = (outgoing_address(a) for a in group.past_members)
        msg["Chat-Group-Past-Members"] = ", ".join(past)
    if group.member_timestamps:
        if len(group.member_timestamps) != members + len(group.past_members):
            raise MailBuildError("one member timestamp per member and past member")
        stamps = (str(max(0, int(t))) for t in group.member_timestamps)
        msg["Chat-Group-Member-Timestamps"] = " ".join(stamps)
    if group.member_added:
        msg["Chat-Group-Member-Added"] = outgoing_address(group.member_added)
    if group.member_removed:
        msg["Chat-Group-Member-Removed"] = outgoing_address(group.member_removed)
    if group.old_name:
        msg["Chat-Group-Name-Changed"] = safe_header(group.old_name, MAX_NAME)


def _set_text(msg: EmailMessage, text: str, presence: Presence | None) -> None:
    """The flowed text body; a status goes below the signature separator."""
    body = encode_flowed(_escape(text))
    if presence is not None:
        if presence.show is not None:
            msg["Chat-Presence"] = presence.show.value
        status = _escape(safe_header(presence.status, MAX_STATUS))
        if status:
            separator = "\n\n" if body else ""
            body += f"{separator}{SIGNATURE_SEPARATOR}\n{encode_flowed(status)}"
    msg.set_content(
        body,
        subtype="plain",
        charset="utf-8",
        cte="quoted-printable",
        params={"format": "flowed"},
    )


def _escape(text: str) -> str:
    return _DASHES.sub("-\u200b-", clean_body(text))


def _hide(msg: EmailMessage, name: str, value: str) -> None:
    """A header in the outer header section and in the first body part.

    Current Delta Chat reads ``Chat-Edit``/``Chat-Delete`` only from the first
    part of a ``multipart/mixed`` (its "hidden" headers), older versions only
    from the outer header; both read this.
    """
    msg[name] = value
    msg.make_mixed()
    first = msg.get_payload(0)
    assert isinstance(first, Message)  # make_mixed wrapped the text part
    first[name] = value


def _finish(msg: EmailMessage, autocrypt: AutocryptHook | None) -> bytes:
    if autocrypt is not None:
        msg = autocrypt(msg)
    return msg.as_bytes(policy=SMTP)


def _header_address(box: Mailbox) -> HeaderAddress:
    local, _, domain = outgoing_address(box.address).rpartition("@")
    return HeaderAddress(
        display_name=safe_header(box.name, MAX_NAME), username=local, domain=domain
    )


def _utc(date: datetime) -> datetime:
    return date.replace(tzinfo=UTC) if date.tzinfo is None else date.astimezone(UTC)
