# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``messenger account ...`` on a profile, with keyring's fail backend."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from messenger.accounts_cli import ProvisioningError
from messenger.accounts_cli import normalize_fingerprint
from messenger.cli import main
from messenger.storage.paths import Profile

FINGERPRINT = ":".join(["AB"] * 32)


def run(
    profile: Path,
    *argv: str,
    stdin: str = "",
    monkeypatch: pytest.MonkeyPatch,
) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--profile", str(profile), "account", *argv])


def accounts(
    profile: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> list[dict[str, object]]:
    capsys.readouterr()
    assert run(profile, "list", "--json", monkeypatch=monkeypatch) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_add_list_remove(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status = run(
        tmp_path,
        "add", "xmpp", "romeo@montague.example",
        "--host", "127.0.0.1", "--port", "5223", "--direct-tls",
        "--pin-fingerprint", FINGERPRINT.lower().replace(":", ""),
        "--resource", "desk",
        monkeypatch=monkeypatch,
    )  # fmt: skip
    assert status == 0
    assert "added xmpp account romeo@montague.example" in capsys.readouterr().out
    [account] = accounts(tmp_path, monkeypatch, capsys)
    assert account["address"] == "romeo@montague.example"
    assert account["enabled"] is True
    assert account["settings"] == {
        "host": "127.0.0.1",
        "port": 5223,
        "direct_tls": True,
        "pinned_fingerprint": FINGERPRINT,
        "resource": "desk",
    }
    assert (
        run(tmp_path, "remove", "ROMEO@montague.example", monkeypatch=monkeypatch) == 0
    )
    assert accounts(tmp_path, monkeypatch, capsys) == []


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        (["add", "xmpp", "not a jid"], "cannot add"),
        (["add", "xmpp", "a@b", "--port", "70000"], "not a port"),
        (["add", "xmpp", "a@b", "--ca-file", "/no/such/ca.pem"], "no such CA file"),
        (["add", "xmpp", "a@b", "--pin-fingerprint", "12:34"], "32 bytes"),
        (["add", "xmpp", "a@b", "--register"], "needs --password-stdin"),
        (["remove", "nobody@nowhere.example"], "no account"),
    ],
)
def test_mistakes_are_refused_clearly(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    complaint: str,
) -> None:
    assert run(tmp_path, *argv, monkeypatch=monkeypatch) == 1
    assert complaint in capsys.readouterr().err
    assert accounts(tmp_path, monkeypatch, capsys) == []


def test_a_password_without_a_keyring_is_refused_not_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = "correct horse battery"
    status = run(
        tmp_path, "add", "xmpp", "romeo@montague.example", "--password-stdin",
        stdin=secret + "\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert status == 1
    err = capsys.readouterr().err
    assert "the password cannot be stored" in err
    assert secret not in err
    assert accounts(tmp_path, monkeypatch, capsys) == []
    stored = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert secret.encode() not in stored


def test_a_duplicate_account_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, "add", "xmpp", "a@b.example", monkeypatch=monkeypatch) == 0
    assert run(tmp_path, "add", "xmpp", "A@b.example", monkeypatch=monkeypatch) == 1
    assert "already" in capsys.readouterr().err


def test_refuses_while_the_profile_is_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lock = Profile(tmp_path).lock()
    assert lock.acquire()
    try:
        assert run(tmp_path, "list", monkeypatch=monkeypatch) == 1
    finally:
        lock.release()
    assert "in use" in capsys.readouterr().err


def test_fingerprint_forms() -> None:
    assert normalize_fingerprint("ab" * 32) == FINGERPRINT
    assert normalize_fingerprint(" ab:" * 31 + "ab") == FINGERPRINT
    for bad in ["", "zz" * 32, "ab" * 31, "ab" * 33]:
        with pytest.raises(ProvisioningError):
            normalize_fingerprint(bad)
