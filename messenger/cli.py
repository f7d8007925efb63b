# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The ``messenger`` command: argument parsing and dispatch.

``messenger`` with no command starts the GUI (:func:`messenger.app.run_gui`).
Everything heavy (Qt, asyncio, storage, protocols) is imported inside the
functions that need it, so ``messenger --version`` and ``--help`` stay fast and
never load Qt.

Sub-commands (``messenger account add ...``, ``messenger daemon``,
``messenger send ...``) register in :data:`COMMANDS`: each gets its own
sub-parser and a ``run(args) -> int``. Options that belong to every command
(``--profile``, ``--log-level``) live on a parent parser shared by the
top-level parser and every sub-parser, so they are accepted before and after
the command name.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from messenger import __version__

# Fallback for process_uptime() where /proc is missing: close to the process
# start, since this module is imported first by both entry points.
_IMPORTED_AT = time.monotonic()

LOG_LEVELS = ("debug", "info", "warning", "error")
PROFILE_ENV = "MESSENGER_PROFILE"


@dataclass(frozen=True, slots=True)
class Command:
    """A sub-command: ``configure`` adds its arguments, ``run`` carries it out."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def _configure_account(parser: argparse.ArgumentParser) -> None:
    from messenger.accounts_cli import configure  # noqa: PLC0415

    configure(parser)


def _run_account(args: argparse.Namespace) -> int:
    from messenger.accounts_cli import run  # noqa: PLC0415

    return run(args)


# Sub-commands, in the order ``--help`` lists them.
COMMANDS: tuple[Command, ...] = (
    Command(
        name="account",
        help="add, list or remove accounts (the app must not be running)",
        configure=_configure_account,
        run=_run_account,
    ),
)


def _common_options() -> argparse.ArgumentParser:
    """Options every command accepts (a parent parser, no help of its own)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--profile",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=(
            f"profile directory (default: ${PROFILE_ENV}, else the per-user data "
            "directory)"
        ),
    )
    common.add_argument(
        "--log-level",
        choices=LOG_LEVELS,
        default=argparse.SUPPRESS,
        help="log level (default: warning on stderr, info in the log file)",
    )
    return common


def build_parser(commands: Sequence[Command] = COMMANDS) -> argparse.ArgumentParser:
    """Return the parser of the ``messenger`` command line."""
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="messenger",
        description="A desktop instant messenger for XMPP and chat over e-mail.",
        parents=[common],
    )
    parser.add_argument(
        "--version", action="version", version=f"messenger {__version__}"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=(
            "start, show the main window, print 'ready <seconds>' and quit "
            "(uses a temporary profile unless one is given)"
        ),
    )
    parser.set_defaults(run=_run_gui, command=None)
    if commands:
        sub = parser.add_subparsers(title="commands", metavar="COMMAND")
        for command in commands:
            sub_parser = sub.add_parser(
                command.name, help=command.help, parents=[common]
            )
            command.configure(sub_parser)
            sub_parser.set_defaults(run=command.run, command=command.name)
    return parser


def parse_args(
    argv: Sequence[str] | None = None, commands: Sequence[Command] = COMMANDS
) -> argparse.Namespace:
    """Parse ``argv``; options left out get their defaults (``None``).

    ``args.argv`` keeps the arguments as given (a later start on the same
    profile hands them to the running instance).
    """
    if argv is None:
        argv = sys.argv[1:]
    args = build_parser(commands).parse_args(argv)
    args.argv = list(argv)
    for name in ("profile", "log_level"):
        if not hasattr(args, name):
            setattr(args, name, None)
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the ``messenger`` command and return its exit status."""
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else 1
    run: Callable[[argparse.Namespace], int] = args.run
    return run(args)


def _run_gui(args: argparse.Namespace) -> int:
    from messenger.app import run_gui  # noqa: PLC0415 (keeps --version Qt-free)

    return run_gui(args)


def explicit_profile(
    args: argparse.Namespace, environ: Mapping[str, str] = os.environ
) -> str | None:
    """The profile the user chose (``--profile``, then $MESSENGER_PROFILE), if any."""
    value: str | None = args.profile or environ.get(PROFILE_ENV) or None
    return value


def profile_dir(
    args: argparse.Namespace, environ: Mapping[str, str] = os.environ
) -> Path:
    """Resolve the profile directory: ``--profile``, $MESSENGER_PROFILE, default."""
    from messenger.storage.paths import resolve_profile_dir  # noqa: PLC0415

    return resolve_profile_dir(args.profile, environ)


def process_uptime() -> float:
    """Seconds since this process started.

    On Linux this includes the interpreter start-up (``/proc/self/stat``
    start time against ``/proc/uptime``, at clock-tick resolution); elsewhere it
    counts from the first import of this module.
    """
    since_import = time.monotonic() - _IMPORTED_AT
    if sys.platform.startswith("linux"):
        try:
            # Never less than the time since the import (a sanity bound).
            return max(_proc_uptime(), since_import)
        except (OSError, ValueError, IndexError):
            pass
    return since_import


def _proc_uptime() -> float:
    stat = Path("/proc/self/stat").read_text(encoding="ascii")
    # The command name (field 2) may hold spaces and parentheses: split after
    # its closing parenthesis; field 22 (starttime) is then index 19.
    fields = stat.rpartition(")")[2].split()
    start_ticks = int(fields[19])
    uptime = float(Path("/proc/uptime").read_text(encoding="ascii").split()[0])
    return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
