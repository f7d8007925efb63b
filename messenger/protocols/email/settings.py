# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The settings of an e-mail account, read leniently from ``Account.settings``.

``EmailSettings.from_account`` never raises: a missing or malformed value falls
back to its default (a host to ``imap.<domain>``/``smtp.<domain>``, a port to
the usual port of the chosen security, an unknown security to implicit TLS), as
``XmppSettings`` does, so a hand-edited or older profile still connects or fails
with a clear connection error. The defaults, ports and guesses themselves live
in :mod:`messenger.core.mail_defaults`, shared with the UI and the CLI, so every
layer gives the same answer. Pure and Qt-free.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from dataclasses import field
from enum import StrEnum

from messenger.core import mail_defaults as defaults
from messenger.core.mail_defaults import MailSecurity
from messenger.core.mail_defaults import MailServerKind
from messenger.core.model import Account
from messenger.core.model import JsonValue
from messenger.protocols.tls import parse_fingerprints

# Longest folder name we accept from the settings (characters).
MAX_FOLDER_NAME = 200
MAX_USER = 320
MAX_PATH = 4096
_FOLDER_FORBIDDEN = set('*%"\\')


class ClassicMails(StrEnum):
    """What to do with mails without ``Chat-Version`` from known contacts."""

    IGNORE = "ignore"
    SHOW = "show"


@dataclass(frozen=True, slots=True, kw_only=True)
class Endpoint:
    """One server as the transport dials it; ``login`` is never empty."""

    kind: MailServerKind
    host: str
    port: int
    security: MailSecurity
    login: str

    def __str__(self) -> str:
        return f"{self.kind.value}://{self.host}:{self.port} ({self.security.value})"


@dataclass(frozen=True, slots=True, kw_only=True)
class EmailSettings:
    """Everything the transport (and the backend) reads from an e-mail account.

    Field names follow the ``Account.settings`` keys (docs/email.md);
    ``imap_user``/``smtp_user`` keep "" for "the address" (see ``imap.login``).
    ``pinned_fingerprints`` holds every valid pin, in canonical form.
    """

    address: str = ""
    display_name: str = ""
    imap_host: str = ""
    imap_port: int = defaults.default_port(MailServerKind.IMAP, MailSecurity.TLS)
    imap_security: MailSecurity = MailSecurity.TLS
    imap_user: str = ""
    smtp_host: str = ""
    smtp_port: int = defaults.default_port(MailServerKind.SMTP, MailSecurity.TLS)
    smtp_security: MailSecurity = MailSecurity.TLS
    smtp_user: str = ""
    allow_plain: bool = False
    ca_file: str = ""
    pinned_fingerprints: frozenset[str] = field(default_factory=frozenset)
    chat_folder: str = defaults.DEFAULT_CHAT_FOLDER
    classic_mails: ClassicMails = ClassicMails.IGNORE
    read_receipts: bool = defaults.DEFAULT_READ_RECEIPTS

    @property
    def imap(self) -> Endpoint:
        return Endpoint(
            kind=MailServerKind.IMAP,
            host=self.imap_host,
            port=self.imap_port,
            security=self.imap_security,
            login=self.imap_user or self.address,
        )

    @property
    def smtp(self) -> Endpoint:
        return Endpoint(
            kind=MailServerKind.SMTP,
            host=self.smtp_host,
            port=self.smtp_port,
            security=self.smtp_security,
            login=self.smtp_user or self.address,
        )

    @classmethod
    def from_account(cls, account: Account) -> EmailSettings:
        """Parse ``account.settings``; bad values fall back, nothing raises."""
        return cls.from_settings(
            account.address, account.settings, display_name=account.display_name
        )

    @classmethod
    def from_settings(
        cls,
        address: str,
        settings: dict[str, JsonValue],
        *,
        display_name: str = "",
    ) -> EmailSettings:
        """Like ``from_account`` for an address and a settings dict."""
        address = address.strip()
        servers = {kind: _server(settings, kind, address) for kind in MailServerKind}
        imap, smtp = servers[MailServerKind.IMAP], servers[MailServerKind.SMTP]
        classic = settings.get(defaults.CLASSIC_MAILS)
        pins = settings.get(defaults.PINNED_FINGERPRINT)
        receipts = settings.get(defaults.READ_RECEIPTS)
        return cls(
            address=address,
            display_name=display_name,
            imap_host=imap.host,
            imap_port=imap.port,
            imap_security=imap.security,
            imap_user=_text(settings, setting_key(MailServerKind.IMAP, "user")),
            smtp_host=smtp.host,
            smtp_port=smtp.port,
            smtp_security=smtp.security,
            smtp_user=_text(settings, setting_key(MailServerKind.SMTP, "user")),
            allow_plain=settings.get(defaults.ALLOW_PLAIN) is True,
            ca_file=_path(settings.get(defaults.CA_FILE)),
            pinned_fingerprints=parse_fingerprints(pins)
            if isinstance(pins, str)
            else frozenset(),
            chat_folder=folder_name(settings.get(defaults.CHAT_FOLDER)),
            classic_mails=ClassicMails.SHOW
            if classic == ClassicMails.SHOW.value
            else ClassicMails.IGNORE,
            read_receipts=receipts if isinstance(receipts, bool) else True,
        )

    def to_settings(self) -> dict[str, JsonValue]:
        """These settings as ``Account.settings`` (the keys of docs/email.md)."""
        return {
            "imap_host": self.imap_host,
            "imap_port": self.imap_port,
            "imap_security": self.imap_security.value,
            "imap_user": self.imap_user,
            "smtp_host": self.smtp_host,
            "smtp_port": self.smtp_port,
            "smtp_security": self.smtp_security.value,
            "smtp_user": self.smtp_user,
            defaults.ALLOW_PLAIN: self.allow_plain,
            defaults.CA_FILE: self.ca_file,
            defaults.PINNED_FINGERPRINT: " ".join(sorted(self.pinned_fingerprints)),
            defaults.CHAT_FOLDER: self.chat_folder,
            defaults.CLASSIC_MAILS: self.classic_mails.value,
            defaults.READ_RECEIPTS: self.read_receipts,
        }

    def plain_refused(self) -> list[Endpoint]:
        """The servers set to "plain" without the user's consent (``allow_plain``)."""
        if self.allow_plain:
            return []
        return [e for e in (self.imap, self.smtp) if e.security is MailSecurity.PLAIN]


def guess_servers(address: str) -> EmailSettings:
    """Default settings for ``address``: ``imap.<domain>:993`` and
    ``smtp.<domain>:465``, both implicit TLS (empty hosts without a domain).

    A suggestion for the user to edit, never learnt from the network.
    """
    guess = defaults.guess_servers(address)
    return EmailSettings(
        address=address.strip(),
        imap_host=guess.imap.host,
        imap_port=guess.imap.port,
        imap_security=guess.imap.security,
        smtp_host=guess.smtp.host,
        smtp_port=guess.smtp.port,
        smtp_security=guess.smtp.security,
    )


def setting_key(kind: MailServerKind, name: str) -> str:
    return defaults.setting_key(kind, name)


def folder_name(value: JsonValue) -> str:
    """A usable chat folder name from a setting, else the default ("DeltaChat").

    Refused: empty names, control or format characters, IMAP wildcards (``*``,
    ``%``), quotes and backslashes, over-long names and "INBOX" itself (the
    chat folder must be a folder of its own, mails are moved into it).
    """
    if not isinstance(value, str):
        return defaults.DEFAULT_CHAT_FOLDER
    name = value.strip()
    ok = (
        0 < len(name) <= MAX_FOLDER_NAME
        and name.upper() != "INBOX"
        and not any(c in _FOLDER_FORBIDDEN for c in name)
        and all(unicodedata.category(c)[0] != "C" for c in name)
    )
    return name if ok else defaults.DEFAULT_CHAT_FOLDER


@dataclass(frozen=True, slots=True)
class _Server:
    host: str
    port: int
    security: MailSecurity


def _server(
    settings: dict[str, JsonValue], kind: MailServerKind, address: str
) -> _Server:
    raw_security = settings.get(setting_key(kind, "security"))
    security = MailSecurity.TLS
    if isinstance(raw_security, str) and raw_security in set(MailSecurity):
        security = MailSecurity(raw_security)
    host = _text(settings, setting_key(kind, "host")).removesuffix(".")
    if host.startswith("[") and host.endswith("]"):  # an IPv6 literal
        host = host[1:-1]
    if not defaults.is_server_host(host):
        host = defaults.guess_server(kind, address).host
    port = _port(settings.get(setting_key(kind, "port")))
    return _Server(
        host=host, port=port or defaults.default_port(kind, security), security=security
    )


def _text(settings: dict[str, JsonValue], key: str, limit: int = MAX_USER) -> str:
    value = settings.get(key)
    if not isinstance(value, str):
        return ""
    value = value.strip()
    if len(value) > limit or any(unicodedata.category(c)[0] == "C" for c in value):
        return ""
    return value


def _path(value: JsonValue) -> str:
    if not isinstance(value, str):
        return ""
    value = value.strip()
    return value if len(value) <= MAX_PATH and "\0" not in value else ""


def _port(value: JsonValue) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        return 0
    try:
        port = int(value)
    except ValueError:
        return 0
    return port if 1 <= port <= 65535 else 0
