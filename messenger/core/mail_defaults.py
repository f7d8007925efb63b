# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Defaults of e-mail accounts: usual ports, setting names, servers guessed.

Pure and stdlib only, so every layer shares one answer: the account wizard and
editor (``ui`` may not import ``protocols``), the command line, and the e-mail
transport's settings parser. The guess is the common provider layout
(``imap.<domain>`` on 993 and ``smtp.<domain>`` on 465, both implicit TLS); it
is a suggestion the user edits, never a fact learnt from the network.
"""

from __future__ import annotations

import ipaddress
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from messenger.core.model import JsonValue


class MailServerKind(StrEnum):
    """The two servers of an e-mail account; the value prefixes its settings."""

    IMAP = "imap"
    SMTP = "smtp"


class MailSecurity(StrEnum):
    """How a connection to a mail server is protected (``<kind>_security``)."""

    TLS = "tls"  # implicit TLS from the first byte
    STARTTLS = "starttls"  # plain greeting, then upgraded; refused if not offered
    PLAIN = "plain"  # unencrypted: only with the ``allow_plain`` consent


# The ports servers usually listen on, per kind and security (RFC 8314 for
# implicit TLS on 993 and 465; 587 is submission with STARTTLS).
DEFAULT_PORTS: dict[tuple[MailServerKind, MailSecurity], int] = {
    (MailServerKind.IMAP, MailSecurity.TLS): 993,
    (MailServerKind.IMAP, MailSecurity.STARTTLS): 143,
    (MailServerKind.IMAP, MailSecurity.PLAIN): 143,
    (MailServerKind.SMTP, MailSecurity.TLS): 465,
    (MailServerKind.SMTP, MailSecurity.STARTTLS): 587,
    (MailServerKind.SMTP, MailSecurity.PLAIN): 25,
}

# The folder Delta Chat keeps chat mails in: both clients share it.
DEFAULT_CHAT_FOLDER = "DeltaChat"
CLASSIC_MAILS_CHOICES = ("ignore", "show")
DEFAULT_CLASSIC_MAILS = "ignore"
DEFAULT_READ_RECEIPTS = True

# Account.settings keys without a server prefix (see docs/email.md).
ALLOW_PLAIN = "allow_plain"
CA_FILE = "ca_file"
PINNED_FINGERPRINT = "pinned_fingerprint"
CHAT_FOLDER = "chat_folder"
CLASSIC_MAILS = "classic_mails"
READ_RECEIPTS = "read_receipts"

MAX_CHAT_FOLDER = 200
# IMAP list wildcards, and what needs quoting in a mailbox name.
_FOLDER_FORBIDDEN = frozenset('*%"\\')
_MAX_HOST = 253
_MAX_LABEL = 63
# Name suffixes that only resolve on a local network (RFC 6762, RFC 8375, ...).
_LOCAL_SUFFIXES = (".localhost", ".local", ".lan", ".home.arpa", ".internal")


def setting_key(kind: MailServerKind, field: str) -> str:
    """``setting_key(IMAP, "port")`` → ``"imap_port"`` (host/port/security/user)."""
    return f"{kind.value}_{field}"


def default_port(kind: MailServerKind, security: MailSecurity) -> int:
    """The usual port of ``kind`` with ``security``."""
    return DEFAULT_PORTS[(kind, security)]


def is_usual_port(kind: MailServerKind, port: int) -> bool:
    """Whether ``port`` is one of the usual ports of ``kind`` (any security).

    A port that is not was chosen by the user: changing the security keeps it.
    """
    return any(port == p for (k, _s), p in DEFAULT_PORTS.items() if k is kind)


def mail_domain(address: str) -> str:
    """The lower-cased domain of ``address`` if it is a usable host name, else "".

    Accepts what a user may still be typing (``alice@exa``) but nothing a
    host name cannot be: no spaces, no second ``@``, no empty labels, only
    letters, digits and hyphens per label (international names are checked
    in their IDNA form and returned as typed).
    """
    local, at, domain = address.strip().rpartition("@")
    if not at or not local:
        return ""
    domain = domain.lower().removesuffix(".")
    return domain if is_host_name(domain) else ""


def is_host_name(text: str) -> bool:
    """Whether ``text`` is a syntactically valid DNS host name (or IDN)."""
    try:
        ascii_name = text.encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        return False
    labels = ascii_name.split(".")
    if not text or len(ascii_name) > _MAX_HOST:
        return False
    return all(_is_label(label) for label in labels)


def is_chat_folder_name(name: str) -> bool:
    """Whether ``name`` (stripped) can be the chat folder.

    Not empty or over-long, no control or format characters, no IMAP
    wildcards, quotes or backslashes, and not INBOX itself (chat mails are
    moved out of it into a folder of their own).
    """
    name = name.strip()
    return (
        0 < len(name) <= MAX_CHAT_FOLDER
        and name.upper() != "INBOX"
        and not any(c in _FOLDER_FORBIDDEN for c in name)
        and all(unicodedata.category(c)[0] != "C" for c in name)
    )


def is_server_host(text: str) -> bool:
    """Whether ``text`` can name a server: a host name or an IP address."""
    return is_host_name(text) or _ip_address(text) is not None


def is_local_host(host: str) -> bool:
    """Whether ``host`` is obviously on this computer or the local network.

    Loopback, private and link-local addresses, ``localhost``, one-label names
    and local-only suffixes. A name that resolves to a local address is not
    recognised (that needs DNS): this is a hint for a warning, not a check.
    """
    host = host.strip().lower().removesuffix(".")
    ip = _ip_address(host)
    if ip is not None:
        return ip.is_loopback or ip.is_private or ip.is_link_local
    if not is_host_name(host):
        return False
    return host == "localhost" or "." not in host or host.endswith(_LOCAL_SUFFIXES)


def _ip_address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip().removeprefix("[").removesuffix("]"))
    except ValueError:
        return None


def split_fingerprints(value: JsonValue) -> tuple[str, ...]:
    """The pins of a ``pinned_fingerprint`` setting (space-separated), in order."""
    if not isinstance(value, str):
        return ()
    return tuple(dict.fromkeys(value.split()))


def add_fingerprint(value: JsonValue, fingerprint: str) -> str:
    """``pinned_fingerprint`` with ``fingerprint`` appended (once).

    IMAP and SMTP may present different certificates: each pin is kept.
    """
    pins = split_fingerprints(value)
    fingerprint = fingerprint.strip()
    if fingerprint and fingerprint not in pins:
        pins = (*pins, fingerprint)
    return " ".join(pins)


def _is_label(label: str) -> bool:
    if not label or len(label) > _MAX_LABEL:
        return False
    if label.startswith("-") or label.endswith("-"):
        return False
    return all(c.isascii() and (c.isalnum() or c == "-") for c in label)


@dataclass(frozen=True, slots=True, kw_only=True)
class MailServer:
    """Where one mail server is and how to reach it."""

    host: str
    port: int
    security: MailSecurity = MailSecurity.TLS


@dataclass(frozen=True, slots=True, kw_only=True)
class MailServers:
    """The IMAP and SMTP servers of an account."""

    imap: MailServer
    smtp: MailServer

    def server(self, kind: MailServerKind) -> MailServer:
        return self.imap if kind is MailServerKind.IMAP else self.smtp

    def settings(self) -> dict[str, JsonValue]:
        """These servers as ``Account.settings`` (``imap_host``, ``smtp_port``, ...)."""
        settings: dict[str, JsonValue] = {}
        for kind in MailServerKind:
            server = self.server(kind)
            settings[setting_key(kind, "host")] = server.host
            settings[setting_key(kind, "port")] = server.port
            settings[setting_key(kind, "security")] = server.security.value
        return settings


def guess_server(kind: MailServerKind, address: str) -> MailServer:
    """``<kind>.<domain>`` with implicit TLS on its usual port ("" host if none)."""
    domain = mail_domain(address)
    return MailServer(
        host=f"{kind.value}.{domain}" if domain else "",
        port=default_port(kind, MailSecurity.TLS),
        security=MailSecurity.TLS,
    )


def guess_servers(address: str) -> MailServers:
    """The usual servers of ``address``'s domain (empty hosts if it has none)."""
    return MailServers(
        imap=guess_server(MailServerKind.IMAP, address),
        smtp=guess_server(MailServerKind.SMTP, address),
    )
