# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Where the chat folder is, or where to create it (pure; RFC 2342, RFC 6154).

Providers differ: most allow top-level folders (``DeltaChat``), some only
folders under the inbox (``INBOX.DeltaChat``, Courier and older Cyrus set-ups,
announced by a personal NAMESPACE prefix ``INBOX.``, or seen in LIST when every
folder sits under INBOX). Delta Chat may already have made the folder in either
place: an existing one is always reused, so both clients share it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from messenger.protocols.email.imapwire import ListEntry

INBOX = "INBOX"


@dataclass(frozen=True, slots=True, kw_only=True)
class FolderPlan:
    """``existing``: the folder to use; else ``create`` these in order (first wins)."""

    existing: str | None
    create: tuple[str, ...]
    delimiter: str
    prefix: str


def plan_chat_folder(
    name: str,
    entries: Sequence[ListEntry],
    namespace: tuple[str, str] | None = None,
) -> FolderPlan:
    """Find ``name`` in the LIST ``entries`` or say where to create it."""
    delimiter = _delimiter(entries, namespace)
    prefix = _prefix(entries, namespace, delimiter)
    inbox_child = f"{INBOX}{delimiter}{name}" if delimiter else ""
    preferred = name if not prefix or name.startswith(prefix) else prefix + name
    candidates = list(dict.fromkeys(c for c in (preferred, name, inbox_child) if c))
    present = {e.name for e in entries if e.selectable}
    existing = next((c for c in candidates if c in present), None)
    create = tuple(dict.fromkeys(c for c in (preferred, inbox_child) if c))
    return FolderPlan(
        existing=existing, create=create, delimiter=delimiter, prefix=prefix
    )


def _delimiter(entries: Sequence[ListEntry], namespace: tuple[str, str] | None) -> str:
    if namespace is not None and namespace[1]:
        return namespace[1]
    inbox = next((e for e in entries if e.name == INBOX and e.delimiter), None)
    if inbox is not None:
        return inbox.delimiter
    return next((e.delimiter for e in entries if e.delimiter), "")


def _prefix(
    entries: Sequence[ListEntry], namespace: tuple[str, str] | None, delimiter: str
) -> str:
    """The personal namespace prefix, announced or (without NAMESPACE) inferred."""
    if namespace is not None:
        return namespace[0]
    if not delimiter:
        return ""
    under_inbox = f"{INBOX}{delimiter}"
    others = [e.name for e in entries if e.name != INBOX]
    if others and all(n.startswith(under_inbox) for n in others):
        return under_inbox
    return ""


def special_use(entries: Sequence[ListEntry], use: str) -> str | None:
    """The folder with RFC 6154 attribute ``use`` (e.g. ``"\\\\Sent"``), if any."""
    wanted = use.upper()
    return next((e.name for e in entries if wanted in e.special_use), None)
