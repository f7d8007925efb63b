# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""E-mail account settings: parsed leniently, guessed from the address."""

from __future__ import annotations

import pytest

from messenger.core.mail_defaults import MailSecurity
from messenger.core.mail_defaults import MailServerKind
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import JsonValue
from messenger.core.model import ProtocolKind
from messenger.protocols.email.settings import ClassicMails
from messenger.protocols.email.settings import EmailSettings
from messenger.protocols.email.settings import folder_name
from messenger.protocols.email.settings import guess_servers

PIN = "AB:" * 31 + "AB"


def account(settings: dict[str, JsonValue], address: str = "me@example.org") -> Account:
    return Account(
        id=AccountId("a1"),
        protocol=ProtocolKind.EMAIL,
        address=address,
        display_name="Me",
        settings=settings,
    )


def test_full_settings_are_read() -> None:
    parsed = EmailSettings.from_account(
        account(
            {
                "imap_host": "mail.example.org",
                "imap_port": 143,
                "imap_security": "starttls",
                "imap_user": "me",
                "smtp_host": "smtp.example.net",
                "smtp_port": "587",
                "smtp_security": "starttls",
                "smtp_user": "",
                "allow_plain": True,
                "ca_file": "/etc/ca.pem",
                "pinned_fingerprint": f"{PIN} {PIN.replace(':', '').lower()} cd:ef",
                "chat_folder": "Chats",
                "classic_mails": "show",
                "read_receipts": False,
            }
        )
    )

    assert parsed.imap.host == "mail.example.org"
    assert (parsed.imap.port, parsed.imap.security) == (143, MailSecurity.STARTTLS)
    assert parsed.imap.login == "me"
    assert parsed.smtp.login == "me@example.org"  # "" means the address
    assert (parsed.smtp.port, parsed.smtp.kind) == (587, MailServerKind.SMTP)
    assert parsed.allow_plain is True
    assert parsed.ca_file == "/etc/ca.pem"
    assert parsed.pinned_fingerprints == frozenset({PIN})
    assert parsed.chat_folder == "Chats"
    assert parsed.classic_mails is ClassicMails.SHOW
    assert parsed.read_receipts is False
    assert parsed.display_name == "Me"


def test_defaults_come_from_the_domain() -> None:
    parsed = EmailSettings.from_account(account({}, "Alice@Example.ORG"))

    assert (parsed.imap.host, parsed.imap.port) == ("imap.example.org", 993)
    assert (parsed.smtp.host, parsed.smtp.port) == ("smtp.example.org", 465)
    assert parsed.imap.security is parsed.smtp.security is MailSecurity.TLS
    assert parsed.allow_plain is False
    assert parsed.pinned_fingerprints == frozenset()
    assert parsed.chat_folder == "DeltaChat"
    assert parsed.classic_mails is ClassicMails.IGNORE
    assert parsed.read_receipts is True


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("imap_port", 0),
        ("imap_port", 70000),
        ("imap_port", "abc"),
        ("imap_port", True),
        ("imap_port", 1.5),
        ("imap_port", None),
        ("imap_security", "ssl"),
        ("imap_security", 3),
        ("imap_host", "bad host"),
        ("imap_host", "evil\r\nhost"),
        ("imap_host", ["a"]),
        ("imap_user", "line\nbreak"),
        ("allow_plain", "yes"),
        ("read_receipts", "no"),
        ("classic_mails", "all"),
        ("chat_folder", 7),
        ("pinned_fingerprint", ["x"]),
        ("ca_file", {"a": 1}),
    ],
)
def test_bad_values_fall_back(key: str, value: JsonValue) -> None:
    defaults = EmailSettings.from_account(account({}))

    parsed = EmailSettings.from_account(account({key: value}))

    assert parsed == defaults


def test_port_follows_the_security_when_unset() -> None:
    parsed = EmailSettings.from_account(
        account({"imap_security": "starttls", "smtp_security": "starttls"})
    )

    assert (parsed.imap.port, parsed.smtp.port) == (143, 587)


def test_ip_and_bracketed_ipv6_hosts() -> None:
    parsed = EmailSettings.from_account(
        account({"imap_host": "127.0.0.1", "smtp_host": "[::1]"})
    )

    assert (parsed.imap.host, parsed.smtp.host) == ("127.0.0.1", "::1")


def test_no_domain_gives_empty_hosts() -> None:
    parsed = EmailSettings.from_account(account({}, "not-an-address"))

    assert parsed.imap.host == parsed.smtp.host == ""


def test_plain_without_consent_is_named() -> None:
    parsed = EmailSettings.from_account(
        account({"imap_security": "plain", "smtp_security": "tls"})
    )
    consented = EmailSettings.from_account(
        account({"imap_security": "plain", "allow_plain": True})
    )

    assert [e.kind for e in parsed.plain_refused()] == [MailServerKind.IMAP]
    assert consented.plain_refused() == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  Chats ", "Chats"),
        ("Archiv/Chats", "Archiv/Chats"),
        ("Чаты & Co", "Чаты & Co"),
        ("", "DeltaChat"),
        ("inbox", "DeltaChat"),
        ("Chats*", "DeltaChat"),
        ("50%", "DeltaChat"),
        ('a"b', "DeltaChat"),
        ("back\\slash", "DeltaChat"),
        ("tab\there", "DeltaChat"),
        ("x" * 201, "DeltaChat"),
        (None, "DeltaChat"),
    ],
)
def test_folder_names(value: JsonValue, expected: str) -> None:
    assert folder_name(value) == expected


def test_to_settings_round_trips() -> None:
    original = EmailSettings.from_account(
        account(
            {
                "imap_security": "starttls",
                "smtp_port": 2525,
                "pinned_fingerprint": PIN,
                "classic_mails": "show",
            }
        )
    )

    again = EmailSettings.from_settings(
        original.address, original.to_settings(), display_name="Me"
    )

    assert again == original


def test_guess_servers() -> None:
    guess = guess_servers(" bob@Mail.Example.com ")

    assert guess.address == "bob@Mail.Example.com"
    assert (guess.imap_host, guess.imap_port) == ("imap.mail.example.com", 993)
    assert (guess.smtp_host, guess.smtp_port) == ("smtp.mail.example.com", 465)
    assert guess.imap_security is guess.smtp_security is MailSecurity.TLS
    assert guess.imap.login == "bob@Mail.Example.com"
    assert guess_servers("bob@").imap_host == ""
    assert guess_servers("bob@exa mple.org").smtp_host == ""
