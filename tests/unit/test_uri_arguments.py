# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``messenger xmpp:...``: the URI on the command line and in a handover."""

from __future__ import annotations

import subprocess
import sys

import pytest

from messenger.cli import parse_args
from messenger.uri_arguments import looks_like_uri
from messenger.uri_arguments import split_uri_arguments
from messenger.uri_arguments import uri_in_arguments


def test_a_uri_is_taken_out_before_the_options_are_parsed() -> None:
    argv = ["--profile", "/tmp/p", "xmpp:juliet@capulet.example?message;body=hi"]
    args = parse_args(argv)
    assert args.uri == "xmpp:juliet@capulet.example?message;body=hi"
    assert args.profile == "/tmp/p"
    assert args.command is None
    # The running instance gets the arguments as given.
    assert args.argv == argv


def test_no_uri_leaves_it_none() -> None:
    assert parse_args([]).uri is None
    assert parse_args(["--smoke-test"]).uri is None


@pytest.mark.parametrize(
    "argv",
    [
        ["xmpp:a@b.example", "mailto:c@d.example"],
        ["account", "list", "xmpp:a@b.example"],
    ],
)
def test_two_uris_or_a_uri_with_a_command_are_usage_errors(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        parse_args(argv)
    assert raised.value.code == 2


def test_scheme_detection() -> None:
    assert looks_like_uri("xmpp:a@b")
    assert looks_like_uri("XMPP:a@b")
    assert looks_like_uri("mailto:a@b")
    assert not looks_like_uri("http://a")
    assert not looks_like_uri("xmpp")
    assert not looks_like_uri("--profile")
    assert not looks_like_uri("/home/x/xmpp:y")


def test_arguments_after_a_double_dash_are_never_uris() -> None:
    assert split_uri_arguments(["xmpp:a@b", "--", "mailto:c@d"]) == (
        ["xmpp:a@b"],
        ["--", "mailto:c@d"],
    )


def test_a_handed_over_list_may_hold_anything() -> None:
    assert uri_in_arguments(["--profile", "p", "xmpp:a@b"]) == "xmpp:a@b"
    assert uri_in_arguments([1, None, {"x": 1}, "mailto:c@d"]) == "mailto:c@d"
    assert uri_in_arguments(["--profile", "p"]) is None


def test_the_help_names_the_uri_argument() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "messenger", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "[COMMAND ... | URI]" in result.stdout
    assert "xmpp:" in result.stdout
