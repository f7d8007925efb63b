# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Chat mails, Delta Chat compatible: building them and reading any mail.

Pure functions, no I/O: ``build.py`` and ``mdn.py`` turn values into RFC 5322
bytes, ``parse.py`` turns received bytes into a ``ParsedMail`` and never
raises. The pieces: ``model.py`` (the values), ``headers.py`` (header text,
addresses, ids, dates), ``flowed.py`` (RFC 3676), ``reply.py`` (quotes and
signatures folded away), ``html_text.py`` (HTML to text), ``files.py`` (safe
file names), ``structure.py`` and ``walk.py`` (the MIME tree, with caps).
The format is described in docs/email-format.md.
"""

from __future__ import annotations

from messenger.protocols.email.mime.build import build_chat_message
from messenger.protocols.email.mime.build import build_deletion
from messenger.protocols.email.mime.build import build_edit
from messenger.protocols.email.mime.build import build_reaction
from messenger.protocols.email.mime.build import new_group_id
from messenger.protocols.email.mime.build import new_message_id
from messenger.protocols.email.mime.mdn import build_read_receipt
from messenger.protocols.email.mime.model import Attachment
from messenger.protocols.email.mime.model import AutocryptHook
from messenger.protocols.email.mime.model import ChatGroup
from messenger.protocols.email.mime.model import DeliveryReport
from messenger.protocols.email.mime.model import Mailbox
from messenger.protocols.email.mime.model import MailBuildError
from messenger.protocols.email.mime.model import MailKind
from messenger.protocols.email.mime.model import Note
from messenger.protocols.email.mime.model import OutgoingFile
from messenger.protocols.email.mime.model import ParsedMail
from messenger.protocols.email.mime.model import Presence
from messenger.protocols.email.mime.model import Problem
from messenger.protocols.email.mime.model import Reaction
from messenger.protocols.email.mime.model import ReadReceipt
from messenger.protocols.email.mime.parse import parse_mail

__all__ = [
    "Attachment",
    "AutocryptHook",
    "ChatGroup",
    "DeliveryReport",
    "MailBuildError",
    "MailKind",
    "Mailbox",
    "Note",
    "OutgoingFile",
    "ParsedMail",
    "Presence",
    "Problem",
    "Reaction",
    "ReadReceipt",
    "build_chat_message",
    "build_deletion",
    "build_edit",
    "build_reaction",
    "build_read_receipt",
    "new_group_id",
    "new_message_id",
    "parse_mail",
]
