# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""E-mail defaults: usual ports, server guesses, host names, pinned lists."""

from __future__ import annotations

import pytest

from messenger.core.mail_defaults import MailSecurity
from messenger.core.mail_defaults import MailServer
from messenger.core.mail_defaults import MailServerKind
from messenger.core.mail_defaults import add_fingerprint
from messenger.core.mail_defaults import default_port
from messenger.core.mail_defaults import guess_servers
from messenger.core.mail_defaults import is_chat_folder_name
from messenger.core.mail_defaults import is_local_host
from messenger.core.mail_defaults import is_server_host
from messenger.core.mail_defaults import is_usual_port
from messenger.core.mail_defaults import mail_domain
from messenger.core.mail_defaults import split_fingerprints

IMAP = MailServerKind.IMAP
SMTP = MailServerKind.SMTP


def test_the_guess_is_the_usual_provider_layout() -> None:
    servers = guess_servers(" Alice@Example.ORG. ")
    assert servers.imap == MailServer(host="imap.example.org", port=993)
    assert servers.smtp == MailServer(host="smtp.example.org", port=465)
    assert servers.settings() == {
        "imap_host": "imap.example.org",
        "imap_port": 993,
        "imap_security": "tls",
        "smtp_host": "smtp.example.org",
        "smtp_port": 465,
        "smtp_security": "tls",
    }


@pytest.mark.parametrize(
    "address",
    [
        "",
        "alice",
        "alice@",
        "@example.org",
        "alice@exa mple.org",
        "alice@example..org",
        "alice@-example.org",
        "alice@exa_mple.org",
        "alice@example.org/resource",
        "alice@" + "a" * 64 + ".org",
        "alice@" + "a." * 130 + "org",
        "alice@\u202eexample.org",
    ],
)
def test_no_host_is_guessed_from_what_is_no_domain(address: str) -> None:
    assert mail_domain(address) == ""
    assert guess_servers(address).imap.host == ""
    assert guess_servers(address).smtp.host == ""


def test_international_domains_are_kept_as_typed() -> None:
    assert mail_domain("jörg@Bücher.example") == "bücher.example"
    assert guess_servers("jörg@bücher.example").imap.host == "imap.bücher.example"


@pytest.mark.parametrize(
    ("kind", "security", "port"),
    [
        (IMAP, MailSecurity.TLS, 993),
        (IMAP, MailSecurity.STARTTLS, 143),
        (IMAP, MailSecurity.PLAIN, 143),
        (SMTP, MailSecurity.TLS, 465),
        (SMTP, MailSecurity.STARTTLS, 587),
        (SMTP, MailSecurity.PLAIN, 25),
    ],
)
def test_usual_ports(kind: MailServerKind, security: MailSecurity, port: int) -> None:
    assert default_port(kind, security) == port
    assert is_usual_port(kind, port)


def test_a_port_of_the_other_server_is_not_usual() -> None:
    assert not is_usual_port(IMAP, 587)
    assert not is_usual_port(SMTP, 993)
    assert not is_usual_port(IMAP, 1143)


@pytest.mark.parametrize(
    ("host", "valid", "local"),
    [
        ("localhost", True, True),
        ("mail", True, True),
        ("nas.local", True, True),
        ("mail.home.arpa", True, True),
        ("127.0.0.1", True, True),
        ("192.168.1.20", True, True),
        ("10.1.2.3", True, True),
        ("::1", True, True),
        ("[fe80::1]", True, True),
        ("imap.example.org", True, False),
        ("93.184.216.34", True, False),
        ("2001:4860:4860::8888", True, False),
        ("bad host", False, False),
        ("", False, False),
        ("a..b", False, False),
    ],
)
def test_server_hosts_and_local_ones(host: str, valid: bool, local: bool) -> None:
    assert is_server_host(host) is valid
    assert is_local_host(host) is local


def test_pins_are_appended_once_in_order() -> None:
    first, second = "AB:" * 31 + "AB", "CD:" * 31 + "CD"
    assert add_fingerprint(None, first) == first
    assert add_fingerprint("", first) == first
    both = add_fingerprint(first, second)
    assert both == f"{first} {second}"
    assert add_fingerprint(both, first) == both
    assert add_fingerprint(both, "  ") == both
    assert split_fingerprints(f"  {first}  {second} {first}") == (first, second)
    assert split_fingerprints(42) == ()


@pytest.mark.parametrize(
    ("name", "usable"),
    [
        ("DeltaChat", True),
        (" Chats/Delta ", True),
        ("Über uns", True),
        ("", False),
        ("   ", False),
        ("INBOX", False),
        ("inbox", False),
        ("Chat*", False),
        ("50%", False),
        ('a"b', False),
        ("a\\b", False),
        ("a\nb", False),
        ("a\u200eb", False),
        ("a" * 201, False),
    ],
)
def test_chat_folder_names(name: str, usable: bool) -> None:
    assert is_chat_folder_name(name) is usable
