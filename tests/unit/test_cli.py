# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The command line: options, profile precedence, start-up cost, uptime."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from messenger import __version__
from messenger.cli import Command
from messenger.cli import main
from messenger.cli import parse_args
from messenger.cli import process_uptime
from messenger.cli import profile_dir
from messenger.storage.paths import default_profile_dir

TIMEOUT = 60


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def test_version_prints_the_version_without_loading_qt() -> None:
    result = run_python(
        """
        import sys
        from messenger.cli import main
        status = main(["--version"])
        heavy = [m for m in ("PySide6", "qasync", "asyncio", "keyring", "sqlite3")
                 if m in sys.modules]
        print("loaded:", heavy, file=sys.stderr)
        sys.exit(status)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"messenger {__version__}\n"
    assert "loaded: []" in result.stderr


def test_help_lists_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--version", "--profile DIR", "--log-level", "--smoke-test"):
        assert option in out
    for level in ("debug", "info", "warning", "error"):
        assert level in out


def test_usage_errors_exit_with_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--log-level", "loud"]) == 2
    assert "invalid choice" in capsys.readouterr().err
    assert main(["--no-such-option"]) == 2


def test_no_arguments_means_the_gui_with_defaults() -> None:
    args = parse_args([])
    assert args.command is None
    assert args.profile is None
    assert args.log_level is None
    assert args.smoke_test is False
    assert args.argv == []


def test_profile_precedence_option_then_environment_then_default(
    tmp_path: Path,
) -> None:
    option, env = tmp_path / "option", tmp_path / "env"
    environ = {"MESSENGER_PROFILE": str(env)}

    assert profile_dir(parse_args(["--profile", str(option)]), environ) == option
    assert profile_dir(parse_args([]), environ) == env
    assert profile_dir(parse_args([]), {}) == default_profile_dir()
    assert profile_dir(parse_args(["--profile", str(option)]), {}) == option
    # An empty value counts as unset.
    assert profile_dir(parse_args([]), {"MESSENGER_PROFILE": ""}) == (
        default_profile_dir()
    )


def test_subcommands_plug_in_without_changing_the_plain_start() -> None:
    """A later issue adds commands to COMMANDS; this one registers a demo."""
    ran: list[argparse.Namespace] = []

    def configure(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("address")

    def run(args: argparse.Namespace) -> int:
        ran.append(args)
        return 0

    commands = [Command("send", "send a message", configure, run)]

    before = parse_args(["--profile", "p", "send", "juliet@capulet.example"], commands)
    after = parse_args(["send", "juliet@capulet.example", "--profile", "p"], commands)
    plain = parse_args(["--log-level", "info"], commands)

    for args in (before, after):
        assert args.command == "send"
        assert args.profile == "p"
        assert args.address == "juliet@capulet.example"
        assert args.run(args) == 0
    assert plain.command is None
    assert plain.log_level == "info"
    assert len(ran) == 2


def test_process_uptime_counts_from_the_process_start() -> None:
    result = run_python(
        """
        import time
        time.sleep(0.3)
        from messenger.cli import process_uptime
        print(process_uptime())
        """
    )
    assert result.returncode == 0, result.stderr
    uptime = float(result.stdout)
    assert 0.3 <= uptime < 30


def test_process_uptime_grows() -> None:
    first = process_uptime()
    assert first > 0
    assert process_uptime() >= first


def test_python_dash_m_messenger_version_imports_no_qt() -> None:
    env = dict(os.environ, PYTHONPROFILEIMPORTTIME="1")
    result = subprocess.run(
        [sys.executable, "-m", "messenger", "--version"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout == f"messenger {__version__}\n"
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
    assert "messenger.cli" in imported
    assert "PySide6" not in imported
    assert "platformdirs" not in imported
