# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The real core with the e-mail backend on the mail fixture (Dovecot + SMTP front).

``mail_settings`` reaches the fixture over implicit TLS (IMAPS, SMTPS) trusting
its CA; ``MailUser`` is ``CoreUser`` (tests/integration/xmpp/helpers.py) with
the e-mail factory: one profile with one e-mail account.
"""

from __future__ import annotations

from pathlib import Path

from messenger.core.model import JsonValue
from messenger.core.model import ProtocolKind
from messenger.protocols.registry import email_factory
from tests.integration.xmpp.helpers import CoreUser
from tests.testbed.mail import MailServer


def mail_settings(server: MailServer, **extra: JsonValue) -> dict[str, JsonValue]:
    return {
        "imap_host": server.host,
        "imap_port": server.imaps_port,
        "imap_security": "tls",
        "smtp_host": server.host,
        "smtp_port": server.smtps_port,
        "smtp_security": "tls",
        "ca_file": str(server.ca_file),
        **extra,
    }


class MailUser(CoreUser):
    """One profile logged in to one e-mail account."""

    def __init__(self, directory: Path, address: str, password: str) -> None:
        super().__init__(
            directory, address, password, email_factory, ProtocolKind.EMAIL
        )
