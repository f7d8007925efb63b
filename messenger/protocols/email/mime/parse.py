# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Reading a received mail: ``parse_mail``.

Every mail is hostile input. ``parse_mail`` never raises: a mail too big, too
deep or with too many parts gives its headers only and a ``problem``; a From
that does not name exactly one clean mailbox gives no sender at all (the mail
must not be attributed to anyone); broken MIME, charsets and dates are
repaired and noted. It is pure and synchronous; the backend runs it in a
worker thread (a typical chat mail takes well under a millisecond, a big
attachment longer).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import UTC
from datetime import datetime
from email.message import Message
from email.parser import BytesHeaderParser
from email.parser import BytesParser
from typing import Any

from messenger.core.intake import MAX_BODY_CHARS
from messenger.core.model import Show
from messenger.protocols.email.mime.build import EDIT_MARK
from messenger.protocols.email.mime.build import MAX_REACTION
from messenger.protocols.email.mime.build import MAX_STATUS
from messenger.protocols.email.mime.envelope import read_envelope
from messenger.protocols.email.mime.files import safe_content_type
from messenger.protocols.email.mime.files import safe_filename
from messenger.protocols.email.mime.flowed import decode_flowed
from messenger.protocols.email.mime.headers import READ_POLICY
from messenger.protocols.email.mime.headers import clean_body
from messenger.protocols.email.mime.headers import clean_text
from messenger.protocols.email.mime.headers import decode_bytes
from messenger.protocols.email.mime.headers import decode_words
from messenger.protocols.email.mime.headers import first_id
from messenger.protocols.email.mime.html_text import html_to_text
from messenger.protocols.email.mime.mdn import read_report
from messenger.protocols.email.mime.model import Attachment
from messenger.protocols.email.mime.model import DeliveryReport
from messenger.protocols.email.mime.model import MailKind
from messenger.protocols.email.mime.model import Note
from messenger.protocols.email.mime.model import ParsedMail
from messenger.protocols.email.mime.model import Presence
from messenger.protocols.email.mime.model import Problem
from messenger.protocols.email.mime.model import Reaction
from messenger.protocols.email.mime.model import ReadReceipt
from messenger.protocols.email.mime.reply import split_reply
from messenger.protocols.email.mime.structure import check_structure
from messenger.protocols.email.mime.walk import FORWARDED_TYPES
from messenger.protocols.email.mime.walk import Body
from messenger.protocols.email.mime.walk import filename_of
from messenger.protocols.email.mime.walk import walk

log = logging.getLogger(__name__)

MAX_MAIL_BYTES = 64 * 1024 * 1024
MAX_HEADER_BYTES = 256 * 1024  # the header section (Delta Chat avatars are ~20 KB)
MAX_TEXT_BYTES = 1024 * 1024  # of one text part, before any processing
MAX_HTML_CHARS = 1_000_000
_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "audio/ogg": ".ogg",
    "audio/mpeg": ".mp3",
    "video/mp4": ".mp4",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/calendar": ".ics",
    "text/vcard": ".vcf",
    "message/rfc822": ".eml",
    "message/global": ".eml",
}
_DAEMONS = frozenset({"mailer-daemon", "mail-daemon", "postmaster"})
_BOUNCED_ID = re.compile(r"(?im)^\s*message-id:\s*(\S+)")
# Two line ends in a row, of any of the kinds the parser knows (CR LF, LF, CR).
_LINE_END = rb"(?:\r\n|\r(?!\n)|\n)"
_HEADER_END = re.compile(_LINE_END + _LINE_END)


def parse_mail(
    raw: bytes,
    *,
    own_address: str,
    max_attachment_bytes: int,
    now: datetime | None = None,
    max_total_bytes: int = MAX_MAIL_BYTES,
) -> ParsedMail:
    """Read ``raw`` (one RFC 5322 message as fetched). Never raises.

    ``own_address`` is the account's address (for ``outgoing``); files over
    ``max_attachment_bytes`` come without their data; ``now`` (the receive
    time, UTC) replaces dates that cannot be true.
    """
    now = now or datetime.now(UTC)
    try:
        return _Reader(own_address, max_attachment_bytes, now).read(
            raw, max_total_bytes
        )
    except Exception as exc:  # a parser bug must not stop a sync
        log.warning("unparsable mail (%s)", type(exc).__name__)
        log.debug("parser failure", exc_info=True)
        return ParsedMail(kind=MailKind.CLASSIC, date=now, problem=Problem.UNPARSABLE)


class _Reader:
    """One parse: the caller's settings plus the notes collected on the way."""

    def __init__(self, own_address: str, max_attachment_bytes: int, now: datetime):
        self.own = own_address.strip().casefold()
        self.max_attachment = max(0, max_attachment_bytes)
        self.now = now
        self.notes: set[Note] = set()
        self.show: Show | None = None

    def read(self, raw: bytes, max_total: int) -> ParsedMail:
        end = _HEADER_END.search(raw, 0, MAX_HEADER_BYTES + 4)
        if len(raw) > max_total or (end is None and len(raw) > MAX_HEADER_BYTES):
            return self._headers_only(raw, Problem.TOO_BIG)
        problem = check_structure(raw)
        if problem is not None:
            return self._headers_only(raw, problem)
        try:
            msg = BytesParser(policy=READ_POLICY).parsebytes(raw)
        except RecursionError:  # message/rfc822 nested ~1000 deep
            return self._headers_only(raw, Problem.TOO_DEEP)
        return self._full(msg)

    # -------------------------------------------------------------- headers

    def _headers_only(self, raw: bytes, problem: Problem) -> ParsedMail:
        head = BytesHeaderParser(policy=READ_POLICY).parsebytes(raw[:MAX_HEADER_BYTES])
        mail, self.show = read_envelope(head, None, self.own, self.now, self.notes)
        kind = MailKind.CHAT if mail.is_chat else MailKind.CLASSIC
        return self._done(mail, kind=kind, problem=problem)

    # -------------------------------------------------------------- body

    def _full(self, msg: Message) -> ParsedMail:
        parts = msg.get_payload()
        hidden = None
        if msg.get_content_type() == "multipart/mixed" and isinstance(parts, list):
            hidden = next((p for p in parts[:1] if isinstance(p, Message)), None)
        mail, self.show = read_envelope(msg, hidden, self.own, self.now, self.notes)
        body = walk(msg)
        if body.malformed:
            self.notes.add(Note.MALFORMED_MIME)
        problem = body.problem or mail.problem
        report = read_report(body.report, msg) if body.report is not None else None
        if isinstance(report, ReadReceipt):
            kind = MailKind.READ_RECEIPT
            return self._done(mail, kind=kind, problem=problem, read_receipt=report)
        text = self._texts(body)
        files = tuple(self._file(part) for part in body.files)
        if isinstance(report, DeliveryReport):
            changes = self._delivery(report, text)
        elif (reaction := self._reaction(body.reaction, mail.in_reply_to)) is not None:
            changes = {"kind": MailKind.REACTION, "reaction": reaction}
        elif body.encrypted and not text.strip() and not files:
            changes = {"kind": MailKind.ENCRYPTED}
        else:
            changes = self._text_changes(mail, text)
        return self._done(mail, problem=problem, attachments=files, **changes)

    def _text_changes(self, mail: ParsedMail, text: str) -> dict[str, Any]:
        """Kind and text fields of a mail with text (chat, classic, edit...)."""
        chat = mail.is_chat
        if chat and mail.edit_of:
            reply = split_reply(text, chat=False)  # Delta Chat may quote the original
            new = reply.text.removeprefix(EDIT_MARK).removeprefix("\u270f")
            return {"kind": MailKind.EDIT, "text": self._capped(new)}
        reply = split_reply(text, chat=chat)
        changes: dict[str, Any] = {
            "text": self._capped(reply.text),
            "quote": self._capped(reply.quote),
            "footer": self._capped(reply.footer),
        }
        if not chat:
            bounce = self._bounce(mail, text, changes["text"])
            changes["kind"] = MailKind.CLASSIC if bounce is None else bounce.pop("kind")
            return changes | (bounce or {})
        if mail.deletes:
            changes["kind"] = MailKind.DELETION
        elif mail.group is not None and mail.group.is_change:
            changes["kind"] = MailKind.GROUP_CHANGE
        else:
            changes["kind"] = MailKind.CHAT
        status = clean_text(reply.footer, MAX_STATUS, keep_newlines=True)
        changes["presence"] = Presence(show=self.show, status=status)
        return changes

    def _texts(self, body: Body) -> str:
        chunks = [self._part_text(part) for part in body.texts]
        return "\n\n".join(chunk for chunk in chunks if chunk.strip())

    def _part_text(self, part: Message) -> str:
        text = self._decoded(part)
        if part.get_content_subtype() == "html":
            self.notes.add(Note.FROM_HTML)
            if len(text) > MAX_HTML_CHARS:
                self.notes.add(Note.TEXT_TRUNCATED)
            return html_to_text(text[:MAX_HTML_CHARS])
        if str(part.get_param("format") or "").lower() == "flowed":
            delsp = str(part.get_param("delsp") or "").lower() == "yes"
            text = decode_flowed(text, delsp=delsp)
        return clean_body(text)

    def _decoded(self, part: Message) -> str:
        data = part.get_payload(decode=True)
        if part.defects:
            self.notes.add(Note.MALFORMED_MIME)
        if not isinstance(data, bytes):
            return ""
        if len(data) > MAX_TEXT_BYTES:
            self.notes.add(Note.TEXT_TRUNCATED)
            data = data[:MAX_TEXT_BYTES]
        text, replaced = decode_bytes(data, part.get_content_charset())
        if replaced:
            self.notes.add(Note.CHARSET_REPLACED)
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def _capped(self, text: str) -> str:
        if len(text) <= MAX_BODY_CHARS:
            return text
        self.notes.add(Note.TEXT_TRUNCATED)
        return text[:MAX_BODY_CHARS]

    def _reaction(self, part: Message | None, target: str) -> Reaction | None:
        """RFC 9078: only with exactly the message it reacts to."""
        if part is None or not target:
            return None
        first_line = self._decoded(part).strip().split("\n", 1)[0]
        return Reaction(target=target, emoji=clean_text(first_line, MAX_REACTION))

    def _file(self, part: Message) -> Attachment:
        ctype = safe_content_type(part.get_content_type())
        name = decode_words(filename_of(part) or "")
        filename = safe_filename(name or "attachment" + _EXTENSIONS.get(ctype, ""))
        data = _file_data(part, ctype)
        if len(data) > self.max_attachment:
            self.notes.add(Note.ATTACHMENT_TOO_BIG)
            return Attachment(filename=filename, content_type=ctype, size=len(data))
        return Attachment(
            filename=filename, content_type=ctype, size=len(data), data=data
        )

    def _delivery(self, report: DeliveryReport, text: str) -> dict[str, Any]:
        text = text.strip()
        reason = report.reason or clean_text(text, 300)
        return {
            "kind": MailKind.DELIVERY_FAILURE
            if report.failed
            else MailKind.DELIVERY_STATUS,
            "delivery": replace(report, reason=reason),
            "text": self._capped(text),
        }

    def _bounce(self, mail: ParsedMail, text: str, shown: str) -> dict[str, Any] | None:
        """A mailer daemon's non-standard bounce naming one of the returned
        message's headers (GMX, Yahoo and others send these)."""
        sender = mail.sender.address if mail.sender is not None else ""
        if sender.partition("@")[0].casefold() not in _DAEMONS:
            return None
        match = _BOUNCED_ID.search(text)
        message_id = first_id(match.group(1)) if match else ""
        if not message_id:
            return None
        reason = clean_text(shown, 300)
        report = DeliveryReport(
            message_id=message_id, failed=True, reason=reason, heuristic=True
        )
        return {"kind": MailKind.DELIVERY_FAILURE, "delivery": report}

    def _done(self, mail: ParsedMail, **changes: Any) -> ParsedMail:
        return replace(mail, notes=frozenset(self.notes), **changes)


def _file_data(part: Message, ctype: str) -> bytes:
    if ctype in FORWARDED_TYPES:
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        try:
            return inner.as_bytes() if isinstance(inner, Message) else b""
        except Exception:  # noqa: BLE001 (regenerating a hostile mail may fail)
            return b""
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""
