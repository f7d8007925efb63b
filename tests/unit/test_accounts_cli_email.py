# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``messenger account add email ...`` on a profile.

Most tests run with keyring's fail backend (tests/conftest.py). The password
test swaps in ``DictKeyring``, a TEST DOUBLE of the system keyring (a unit
test has no Secret Service; tests/integration covers the real one), to read
back what the command stored.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from messenger.cli import main

FINGERPRINT_A = ":".join(["AB"] * 32)
FINGERPRINT_B = ":".join(["CD"] * 32)
SECRET = "correct horse battery"


def run(
    profile: Path, *argv: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch
) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--profile", str(profile), "account", *argv])


def accounts(
    profile: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> list[dict[str, object]]:
    capsys.readouterr()
    assert run(profile, "list", "--json", monkeypatch=monkeypatch) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


class DictKeyring(KeyringBackend):
    """TEST DOUBLE: a keyring in a dict, with a secure backend's priority."""

    priority = 5

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def dict_keyring() -> Iterator[DictKeyring]:
    previous = keyring.get_keyring()
    backend = DictKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def test_the_servers_are_guessed_from_the_domain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status = run(tmp_path, "add", "email", "alice@Example.ORG", monkeypatch=monkeypatch)
    assert status == 0
    assert "added email account alice@example.org" in capsys.readouterr().out
    [account] = accounts(tmp_path, monkeypatch, capsys)
    assert account["protocol"] == "email"
    assert account["address"] == "alice@example.org"
    assert account["settings"] == {
        "imap_host": "imap.example.org",
        "imap_port": 993,
        "imap_security": "tls",
        "smtp_host": "smtp.example.org",
        "smtp_port": 465,
        "smtp_security": "tls",
    }


def test_every_option_is_written_to_its_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ca_file = tmp_path / "ca.pem"
    ca_file.write_text("not read by the command\n")
    status = run(
        tmp_path, "add", "email", "alice@example.org",
        "--display-name", " Alice Liddell ",
        "--imap-host", "127.0.0.1", "--imap-security", "plain",
        "--imap-user", "alice",
        "--smtp-host", "localhost", "--smtp-port", "1587",
        "--smtp-security", "starttls", "--smtp-user", "alice@smtp",
        "--allow-plain",
        "--ca-file", str(ca_file),
        "--pin-fingerprint", FINGERPRINT_A.lower().replace(":", ""),
        "--pin-fingerprint", FINGERPRINT_B,
        "--pin-fingerprint", FINGERPRINT_A,
        "--chat-folder", "Chats",
        "--classic-mails", "show",
        "--no-read-receipts",
        "--disabled",
        monkeypatch=monkeypatch,
    )  # fmt: skip
    assert status == 0, capsys.readouterr().err
    [account] = accounts(tmp_path, monkeypatch, capsys)
    assert account["display_name"] == "Alice Liddell"
    assert account["enabled"] is False
    assert account["settings"] == {
        "imap_host": "127.0.0.1",
        "imap_port": 143,  # the usual port of the chosen security
        "imap_security": "plain",
        "imap_user": "alice",
        "smtp_host": "localhost",
        "smtp_port": 1587,
        "smtp_security": "starttls",
        "smtp_user": "alice@smtp",
        "allow_plain": True,
        "ca_file": str(ca_file.resolve()),
        "pinned_fingerprint": f"{FINGERPRINT_A} {FINGERPRINT_B}",
        "chat_folder": "Chats",
        "classic_mails": "show",
        "read_receipts": False,
    }


def test_list_shows_e_mail_and_xmpp_accounts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, "add", "email", "a@mail.example", monkeypatch=monkeypatch) == 0
    assert run(tmp_path, "add", "xmpp", "b@xmpp.example", monkeypatch=monkeypatch) == 0
    capsys.readouterr()

    assert run(tmp_path, "list", monkeypatch=monkeypatch) == 0

    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert sorted(row[:3] for row in rows) == [
        ["email", "a@mail.example", "enabled"],
        ["xmpp", "b@xmpp.example", "enabled"],
    ]
    assert run(tmp_path, "remove", "A@mail.example", monkeypatch=monkeypatch) == 0
    assert [a["address"] for a in accounts(tmp_path, monkeypatch, capsys)] == [
        "b@xmpp.example"
    ]


def test_the_password_goes_from_stdin_to_the_keyring_only(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    dict_keyring: DictKeyring,
) -> None:
    status = run(
        tmp_path, "add", "email", "alice@example.org", "--password-stdin",
        stdin=SECRET + "\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert status == 0
    output = capsys.readouterr()
    assert SECRET not in output.out + output.err
    [account] = accounts(tmp_path, monkeypatch, capsys)
    assert dict_keyring.entries == {("messenger", account["id"]): SECRET}
    stored = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert SECRET.encode() not in stored


def test_a_password_without_a_keyring_is_refused_not_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status = run(
        tmp_path, "add", "email", "alice@example.org", "--password-stdin",
        stdin=SECRET + "\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert status == 1
    err = capsys.readouterr().err
    assert "the password cannot be stored" in err
    assert SECRET not in err
    assert accounts(tmp_path, monkeypatch, capsys) == []


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        (["alice"], "not an e-mail address"),
        (["alice@"], "not an e-mail address"),
        (["alice@exa mple.org"], "not an e-mail address"),
        (["alice@example.org/res"], "not an e-mail address"),
        (["a@example.org", "--imap-port", "0"], "--imap-port: not a port"),
        (["a@example.org", "--smtp-port", "65536"], "--smtp-port: not a port"),
        (["a@example.org", "--imap-host", "bad host"], "--imap-host: not a host"),
        (["a@example.org", "--smtp-host", ""], "--smtp-host: not a host"),
        (["a@example.org", "--imap-security", "plain"], "add --allow-plain"),
        (["a@example.org", "--smtp-security", "plain"], "add --allow-plain"),
        (["a@example.org", "--allow-plain"], "only for --imap-security plain"),
        (["a@example.org", "--ca-file", "/no/such/ca.pem"], "no such CA file"),
        (["a@example.org", "--pin-fingerprint", "12:34"], "32 bytes"),
        (["a@example.org", "--chat-folder", " "], "not a folder name"),
        (["a@example.org", "--chat-folder", "a\nb"], "not a folder name"),
        (["a@example.org", "--chat-folder", "Inbox"], "not a folder name"),
        (["a@example.org", "--chat-folder", "Chat*"], "not a folder name"),
        (["a@example.org", "--password-stdin"], "no password on standard input"),
    ],
)
def test_mistakes_are_refused_clearly(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    complaint: str,
) -> None:
    assert run(tmp_path, "add", "email", *argv, monkeypatch=monkeypatch) == 1
    assert complaint in capsys.readouterr().err
    assert accounts(tmp_path, monkeypatch, capsys) == []


def test_an_unknown_security_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status = run(
        tmp_path, "add", "email", "a@example.org", "--imap-security", "ssl",
        monkeypatch=monkeypatch,
    )  # fmt: skip
    assert status == 2
    assert "invalid choice: 'ssl'" in capsys.readouterr().err


def test_a_duplicate_account_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, "add", "email", "a@b.example", monkeypatch=monkeypatch) == 0
    assert run(tmp_path, "add", "email", "A@b.example", monkeypatch=monkeypatch) == 1
    assert "already" in capsys.readouterr().err


def test_the_parser_choices_match_the_core_defaults() -> None:
    """accounts_cli spells the choices out (no core import before the first frame)."""
    from messenger import accounts_cli
    from messenger.core import mail_defaults

    assert (
        tuple(s.value for s in mail_defaults.MailSecurity)
        == accounts_cli.SECURITY_CHOICES
    )
    assert accounts_cli.SECURITY_CHOICES[0] == mail_defaults.MailSecurity.TLS
    assert accounts_cli.CLASSIC_MAILS == mail_defaults.CLASSIC_MAILS_CHOICES
