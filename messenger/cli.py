# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The ``messenger`` command: argument parsing and dispatch.

``messenger`` with no command starts the GUI (:func:`messenger.app.run_gui`).
``messenger xmpp:user@host`` (or a ``mailto:`` URI) starts it on that chat, or
hands the URI to the instance running already; the desktop file registers
messenger as the handler of both schemes (``messenger/uri.py``).
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
from messenger.uri_arguments import split_uri_arguments

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


# ------------------------------------------------ detachable sessions (#6)
# The commands that run or talk to a core: messenger/daemon/commands.py and
# messenger/daemon/scripting.py, imported only when one of them runs.
def _configure_daemon(parser: argparse.ArgumentParser) -> None:
    _args_configure_daemon(parser, [_common_options()])


def _run_daemon(args: argparse.Namespace) -> int:
    from messenger.daemon.commands import run_daemon_command  # noqa: PLC0415

    return run_daemon_command(args, profile_dir(args))


def _configure_pair(parser: argparse.ArgumentParser) -> None:
    _args_configure_pair(parser)


def _run_pair(args: argparse.Namespace) -> int:
    from messenger.daemon.commands import run_pair  # noqa: PLC0415

    return run_pair(args, profile_dir(args))


def _script_command(name: str, help_text: str) -> Command:
    """``messenger NAME``: its arguments below, ``daemon/scripting.py``'s NAME."""

    def configure(parser: argparse.ArgumentParser) -> None:
        _SCRIPT_ARGUMENTS[name](parser)

    def run(args: argparse.Namespace) -> int:
        from messenger.daemon import scripting  # noqa: PLC0415

        action = getattr(scripting, name)
        return scripting.run_script(args, profile_dir(args), action)

    return Command(name=name, help=help_text, configure=configure, run=run)


# Arguments only here (argparse): --help builds every sub-parser, and nothing
# may import the daemon package, asyncio or Qt before the GUI's first frame.
_SHOWS = ("available", "chat", "away", "xa", "dnd", "offline")


def _args_configure_daemon(
    parser: argparse.ArgumentParser, parents: list[argparse.ArgumentParser]
) -> None:
    """``parents``: the options every command takes (``--profile``...)."""
    actions = parser.add_subparsers(title="actions", metavar="ACTION", dest="action")
    remote = actions.add_parser(
        "remote", help="remote attach over TLS (off by default)"
    )
    steps = remote.add_subparsers(
        title="steps", metavar="STEP", dest="step", required=True
    )
    enable = steps.add_parser(
        "enable",
        help="listen for remote UIs and issue a credential for one",
        parents=parents,
    )
    enable.add_argument(
        "--listen",
        metavar="HOST:PORT",
        help="address to listen on (default: the current one, else 0.0.0.0:5299)",
    )
    enable.add_argument("--name", default="remote UI", help="a name for the UI")
    issue = steps.add_parser(
        "issue", help="issue a credential for another remote UI", parents=parents
    )
    issue.add_argument("name", metavar="NAME", help="a name for the UI")
    steps.add_parser(
        "list", help="list the remote UIs that may attach", parents=parents
    )
    revoke = steps.add_parser("revoke", help="lock a remote UI out", parents=parents)
    revoke.add_argument("ui_id", metavar="UI_ID")
    steps.add_parser("disable", help="stop listening for remote UIs", parents=parents)


def _args_configure_pair(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("address", metavar="HOST:PORT", help="the core's address")
    parser.add_argument(
        "--fingerprint",
        metavar="SHA256",
        help="the core's certificate fingerprint (default: trust the first one seen)",
    )
    parser.add_argument(
        "--credential-stdin",
        action="store_true",
        help="read the credential from stdin (default: ask for it)",
    )


def _args_add_attach_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--attach",
        metavar="HOST:PORT",
        help="a paired remote core instead of this profile's running core",
    )


def _args_configure_send(parser: argparse.ArgumentParser) -> None:
    _args_add_attach_option(parser)
    parser.add_argument("account", metavar="ACCOUNT", help="account address or id")
    parser.add_argument("to", metavar="TO", help="the recipient's address")
    parser.add_argument("text", metavar="TEXT", help="the message ('-': stdin)")
    parser.add_argument(
        "--wait",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="how long to wait for the server to take it (default 10; 0: no wait)",
    )


def _args_configure_status(parser: argparse.ArgumentParser) -> None:
    _args_add_attach_option(parser)
    parser.add_argument("show", metavar="SHOW", nargs="?", choices=_SHOWS)
    parser.add_argument("message", metavar="MESSAGE", nargs="?", default="")


def _args_configure_contacts(parser: argparse.ArgumentParser) -> None:
    _args_add_attach_option(parser)
    parser.add_argument("--json", action="store_true", help="one JSON array")


def _args_configure_watch(parser: argparse.ArgumentParser) -> None:
    _args_add_attach_option(parser)


_SCRIPT_ARGUMENTS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "send": _args_configure_send,
    "status": _args_configure_status,
    "contacts": _args_configure_contacts,
    "watch": _args_configure_watch,
}


SESSION_COMMANDS: tuple[Command, ...] = (
    Command(
        name="daemon",
        help="run the profile's core without a GUI (UIs and scripts attach)",
        configure=_configure_daemon,
        run=_run_daemon,
    ),
    Command(
        name="pair",
        help="pair this machine with a remote core (for --attach HOST:PORT)",
        configure=_configure_pair,
        run=_run_pair,
    ),
    _script_command("send", "send a message through the running core"),
    _script_command("status", "show or set the presence of the running core"),
    _script_command("contacts", "list the contacts of the running core"),
    _script_command("watch", "print the running core's events as JSON lines"),
)


def _add_attach_option(parser: argparse.ArgumentParser) -> None:
    """The GUI's ``--attach [HOST:PORT]`` (see messenger/app.py)."""
    parser.add_argument(
        "--attach",
        nargs="?",
        const="local",
        default=None,
        metavar="HOST:PORT",
        help=(
            "attach to this profile's running core (no value) or to a paired "
            "remote core, instead of running one in the app"
        ),
    )


# Sub-commands, in the order ``--help`` lists them.
COMMANDS: tuple[Command, ...] = (
    Command(
        name="account",
        help="add, list or remove accounts (the app must not be running)",
        configure=_configure_account,
        run=_run_account,
    ),
    *SESSION_COMMANDS,
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
        usage="%(prog)s [options] [COMMAND ... | URI]",
        description="A desktop instant messenger for XMPP and chat over e-mail.",
        epilog=(
            "URI: an xmpp: or mailto: link (xmpp:user@host?message;body=Hi): "
            "opens that chat, also in the instance running already."
        ),
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
    _add_attach_option(parser)
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
    # URIs are taken out first: argparse would read one as a command name.
    uris, rest = split_uri_arguments(argv)
    parser = build_parser(commands)
    args = parser.parse_args(rest)
    if len(uris) > 1:
        parser.error("give one xmpp: or mailto: URI at a time")
    if uris and args.command is not None:
        parser.error(f"a URI cannot go with the command {args.command!r}")
    args.uri = uris[0] if uris else None
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
