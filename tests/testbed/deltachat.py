# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Delta Chat's own core as an interop peer (``deltachat-rpc-server`` from PyPI).

``DeltaChatCore`` runs one ``deltachat-rpc-server`` process for the session;
``add_peer`` makes a fresh Delta Chat account on the mail fixture and returns a
:class:`DeltaChatPeer` with the few operations interop tests need. Accounts are
configured with ``force_encryption`` 0: since core 2.50 plain mail is otherwise
ignored, and our client does not encrypt yet (see TESTBED.md).

The client library is synchronous (it waits on queues fed by a reader thread):
async tests call these methods through ``asyncio.to_thread``.

Facts learned here: a freshly configured account skips mail already in its
INBOX (it starts at UIDNEXT), so tests send to it only after ``ready()``; Delta
Chat's own mails carry ``From: <addr>`` without a name unless a display name is
set, and ``Re: <subject>`` with ``In-Reply-To``/``References`` on replies.
"""

from __future__ import annotations

import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from deltachat_rpc_client import Account
from deltachat_rpc_client import DeltaChat
from deltachat_rpc_client import Rpc

from tests.testbed.mail import MailServer
from tests.testbed.process import TestbedError
from tests.testbed.service import Service

# How long a peer waits for an event before the test fails.
EVENT_TIMEOUT = 20.0


def rpc_server_path() -> str:
    """The ``deltachat-rpc-server`` next to this interpreter (or on PATH)."""
    beside = Path(sys.executable).with_name("deltachat-rpc-server")
    if beside.exists():
        return str(beside)
    found = shutil.which("deltachat-rpc-server")
    if found is None:
        raise TestbedError(
            "deltachat-rpc-server is not installed (pip install the test extra)"
        )
    return found


@dataclass(frozen=True, slots=True)
class ReceivedText:
    """A message as Delta Chat shows it."""

    text: str
    sender: str
    chat_id: int
    chat_name: str
    is_group: bool


class DeltaChatPeer:
    """One configured Delta Chat account on the mail fixture."""

    def __init__(self, account: Account, address: str) -> None:
        self.account = account
        self.address = address

    def ready(self) -> None:
        """Start its I/O and wait until its INBOX is idle (see module docstring)."""
        self.account.start_io()
        self._wait_for("ImapInboxIdle")

    def _wait_for(self, kind: str, timeout: float = EVENT_TIMEOUT) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            event = self.account.wait_for_event()
            if event.kind == kind:
                return event
            if event.kind == "Error":
                raise TestbedError(f"Delta Chat error: {event.msg}")
        raise TestbedError(f"Delta Chat: no {kind} event in {timeout:.0f} s")

    def next_text(self, timeout: float = EVENT_TIMEOUT) -> ReceivedText:
        """Wait for the next incoming message and describe it."""
        event = self._wait_for("IncomingMsg", timeout)
        message = self.account.get_message_by_id(event.msg_id)
        snapshot = message.get_snapshot()
        chat = self.account.get_chat_by_id(snapshot.chat_id)
        info = chat.get_basic_snapshot()
        sender = message.get_sender_contact().get_snapshot().address
        return ReceivedText(
            text=snapshot.text,
            sender=sender,
            chat_id=snapshot.chat_id,
            chat_name=info.name,
            is_group=info.chat_type == "Group",
        )

    def accept_chat(self, chat_id: int) -> None:
        """Accept a contact request (or a group invitation) so replies are allowed."""
        self.account.get_chat_by_id(chat_id).accept()

    def send_text(self, to: str, text: str) -> None:
        """Send ``text`` in the one-to-one chat with ``to``."""
        contact = self.account.create_contact(to)
        contact.create_chat().send_text(text)

    def send_in_chat(self, chat_id: int, text: str) -> None:
        self.account.get_chat_by_id(chat_id).send_text(text)

    def create_group(self, name: str, members: list[str]) -> int:
        """Create an unencrypted group with ``members``; return its chat id."""
        # Not Account.create_group: that makes an encrypted group, which only
        # takes contacts with keys.
        chat_id = self.account._rpc.create_group_chat_unencrypted(self.account.id, name)
        chat = self.account.get_chat_by_id(chat_id)
        for member in members:
            chat.add_contact(self.account.create_contact(member))
        return int(chat.id)


class DeltaChatCore(Service):
    """One ``deltachat-rpc-server`` process with its accounts dir."""

    label = "Delta Chat's core"

    def __init__(self, mail: MailServer, base_dir: Path | None = None) -> None:
        super().__init__(base_dir, prefix="deltachat")
        self.mail = mail
        self._rpc: Rpc | None = None
        self._client: DeltaChat | None = None

    @property
    def running(self) -> bool:
        return self._rpc is not None

    def start(self) -> None:
        if self._rpc is not None:
            return
        rpc = Rpc(
            accounts_dir=str(self.base_dir / "accounts"),
            rpc_server_path=rpc_server_path(),
        )
        rpc.start()
        self._rpc = rpc
        self._client = DeltaChat(rpc)

    def stop(self) -> None:
        rpc, self._rpc, self._client = self._rpc, None, None
        if rpc is not None:
            rpc.close()

    def add_peer(self, address: str, password: str, name: str = "") -> DeltaChatPeer:
        """Configure a new account for ``address`` on the mail fixture (~0.2 s)."""
        if self._client is None:
            raise TestbedError("Delta Chat's core is not running")
        account = self._client.add_account()
        account.set_config("force_encryption", "0")
        if name:
            account.set_config("displayname", name)
        mail = self.mail
        account.add_or_update_transport(
            {
                "addr": address,
                "password": password,
                "imapServer": mail.host,
                "imapPort": mail.imaps_port,
                "imapSecurity": "ssl",
                "smtpServer": mail.host,
                "smtpPort": mail.smtps_port,
                "smtpSecurity": "ssl",
                # The fixture's CA is not in Delta Chat's trust store.
                "certificateChecks": "acceptInvalidCertificates",
            }
        )
        return DeltaChatPeer(account, address)
