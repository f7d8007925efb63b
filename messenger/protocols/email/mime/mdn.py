# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Reports: read receipts (MDN, RFC 8098) out and in, delivery reports (DSN,
RFC 3464) in.

A read receipt is sent as Delta Chat sends it: ``multipart/report;
report-type=disposition-notification`` with a short text part and the
machine-readable part naming the ``Original-Message-ID``, plus
``Chat-Version`` so chat clients know it is one of theirs. It is only ever
sent to an address that asked with ``Chat-Disposition-Notification-To``
(the caller checks ``ParsedMail.receipt_to``), never to a classic
``Disposition-Notification-To``, whose MDNs many mail clients handle badly.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email.message import EmailMessage
from email.message import Message
from email.parser import HeaderParser
from email.policy import SMTP
from typing import Any

from messenger.protocols.email.mime.build import CHAT_VERSION
from messenger.protocols.email.mime.build import base_message
from messenger.protocols.email.mime.headers import READ_POLICY
from messenger.protocols.email.mime.headers import clean_text
from messenger.protocols.email.mime.headers import decode_bytes
from messenger.protocols.email.mime.headers import first_id
from messenger.protocols.email.mime.headers import format_ids
from messenger.protocols.email.mime.headers import outgoing_address
from messenger.protocols.email.mime.headers import outgoing_id
from messenger.protocols.email.mime.headers import parse_ids
from messenger.protocols.email.mime.model import DeliveryReport
from messenger.protocols.email.mime.model import Mailbox
from messenger.protocols.email.mime.model import ReadReceipt

MAX_REASON = 300
RECEIPT_SUBJECT = "Receipt Notification"
RECEIPT_TEXT = "This is a read receipt: the message was displayed."
_REPORT_FIELDS = 64_000  # characters of a report's machine-readable part read
_DSN_TYPES = {"message/delivery-status", "message/global-delivery-status"}
_HEADER_TYPES = {"message/rfc822", "message/global", "message/global-headers"}


def build_read_receipt(
    *,
    sender: Mailbox,
    to: str,
    message_id: str,
    date: datetime,
    original_message_id: str,
    additional_message_ids: Sequence[str] = (),
) -> bytes:
    """An MDN telling ``to`` that ``original_message_id`` (and the additional
    ids, Delta Chat's extension for several messages at once) was displayed."""
    own = outgoing_address(sender.address)
    msg = base_message(
        sender=Mailbox(address=own),  # no name: Delta Chat sends none either
        to=[Mailbox(address=to)],
        message_id=message_id,
        date=date,
        subject=RECEIPT_SUBJECT,
    )
    msg["Chat-Version"] = CHAT_VERSION
    msg["Auto-Submitted"] = "auto-replied"  # RFC 3834: never answer it
    msg.set_content(RECEIPT_TEXT, subtype="plain", charset="utf-8")
    msg.make_mixed()
    msg.set_type("multipart/report")
    msg.set_param("report-type", "disposition-notification")
    fields = [
        "Reporting-UA: messenger",  # no host, no version: nothing to fingerprint
        f"Original-Recipient: rfc822;{own}",
        f"Final-Recipient: rfc822;{own}",
        f"Original-Message-ID: <{outgoing_id(original_message_id)}>",
        "Disposition: manual-action/MDN-sent-automatically; displayed",
    ]
    if additional_message_ids:
        fields.append(
            f"Additional-Message-IDs: {format_ids(list(additional_message_ids))}"
        )
    report = EmailMessage(policy=SMTP)
    report["Content-Type"] = "message/disposition-notification"
    report.set_payload("".join(line + "\r\n" for line in fields))
    msg.attach(report)
    return _bytes(msg)


def _bytes(msg: EmailMessage) -> bytes:
    return msg.as_bytes(policy=SMTP)


# ------------------------------------------------------------------ reading


def read_report(report: Message, root: Message) -> ReadReceipt | DeliveryReport | None:
    """What a ``multipart/report`` part says; None for report types we do not
    use (or junk). ``root`` is the whole mail (Exchange names the original
    of an MDN only in In-Reply-To)."""
    payload = report.get_payload()
    parts = (
        [p for p in payload if isinstance(p, Message)]
        if isinstance(payload, list)
        else []
    )
    if len(parts) < 2:
        return None
    report_type = str(report.get_param("report-type") or "").lower()
    machine = parts[1]
    if report_type == "disposition-notification":
        return _receipt(_blocks(machine), root)
    if report_type == "delivery-status" or (
        not report_type and machine.get_content_type() in _DSN_TYPES
    ):
        return _delivery(_blocks(machine), parts[2] if len(parts) > 2 else None)
    return None


def _receipt(blocks: list[Message], root: Message) -> ReadReceipt | None:
    fields = blocks[0] if blocks else None
    if fields is None or not fields.get("Disposition"):
        return None
    disposition = str(fields.get("Disposition", "")).rpartition(";")[2]
    kind = disposition.strip().split("/")[0].strip().lower()[:32]
    original = first_id(fields.get("Original-Message-ID")) or first_id(
        root.get("In-Reply-To")
    )
    ids = dict.fromkeys([original, *parse_ids(fields.get("Additional-Message-IDs"))])
    ids.pop("", None)
    return ReadReceipt(message_ids=tuple(ids), disposition=kind)


def _delivery(blocks: list[Message], returned: Message | None) -> DeliveryReport:
    recipients = [b for b in blocks[1:] if b.get("Action") or b.get("Final-Recipient")]
    actions = [str(b.get("Action", "")).strip().lower() for b in recipients]
    # No per-recipient fields at all: assume the worst, as Delta Chat does.
    failed = "failed" in actions or not any(actions)
    failures = [b for b, a in zip(recipients, actions, strict=True) if a == "failed"]
    reason = ""
    for block in failures or recipients:
        reason = _reason(block)
        if reason:
            break
    addresses = [_recipient(b) for b in failures]
    return DeliveryReport(
        message_id=_returned_id(returned),
        failed=failed,
        reason=reason,
        recipients=tuple(a for a in addresses if a),
    )


def _reason(block: Message) -> str:
    status = clean_text(str(block.get("Status", "")), 20)
    diagnostic = str(block.get("Diagnostic-Code", "")).partition(";")[2]
    reason = clean_text(diagnostic, MAX_REASON)
    return reason or status


def _recipient(block: Message) -> str:
    value = str(block.get("Final-Recipient", "") or block.get("Original-Recipient", ""))
    return clean_text(value.partition(";")[2], 320)


def _returned_id(part: Message | None) -> str:
    """The Message-ID of the returned message (or of its returned headers)."""
    if part is None:
        return ""
    ctype = part.get_content_type()
    if ctype in _HEADER_TYPES:
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        return first_id(inner.get("Message-ID")) if isinstance(inner, Message) else ""
    if ctype == "text/rfc822-headers":
        headers = _parse_block(_text(part))
        return first_id(headers.get("Message-ID"))
    return ""


def _blocks(part: Message) -> list[Message]:
    """The header blocks of a report's machine-readable part."""
    payload: Any = part.get_payload()
    if isinstance(payload, list):
        blocks = [p for p in payload if isinstance(p, Message)]
        if len(blocks) == 1:  # parsed as one nested message: more blocks follow
            rest = blocks[0].get_payload()
            if isinstance(rest, str) and rest.strip():
                blocks += [_parse_block(b) for b in _split_blocks(rest)]
        return blocks
    return [_parse_block(b) for b in _split_blocks(_text(part))]


def _text(part: Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    return decode_bytes(data[:_REPORT_FIELDS], part.get_content_charset())[0]


def _split_blocks(text: str) -> list[str]:
    text = text[:_REPORT_FIELDS].replace("\r\n", "\n")
    return [block for block in text.split("\n\n") if block.strip()]


def _parse_block(text: str) -> Message:
    return HeaderParser(policy=READ_POLICY).parsestr(text[:_REPORT_FIELDS])
