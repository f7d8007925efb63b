# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Start test servers by hand: ``python -m tests.testbed up SERVICE...``.

SERVICE is prosody, mail, keyring, xvfb or all. Prints one ``name=value`` line
per port, user and environment variable, then keeps the servers up until Ctrl-C
or SIGTERM, and stops them. ``all`` is
Prosody, the mail server and the keyring (Xvfb only when asked for).
Prosody and the mail server share one test CA (``ca_file``).
Example: ``python -m tests.testbed up prosody mail``.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import logging
import secrets
import signal
import sys
import threading
from collections.abc import Callable
from collections.abc import Iterator
from types import FrameType

from tests.testbed.certs import TestPki
from tests.testbed.certs import make_test_pki
from tests.testbed.mail import MailServer
from tests.testbed.process import TestbedError
from tests.testbed.process import make_temp_dir
from tests.testbed.process import remove_dir
from tests.testbed.prosody import ProsodyServer
from tests.testbed.secret_service import SecretService
from tests.testbed.xvfb import Xvfb

SERVICES = ("prosody", "mail", "keyring", "xvfb")
ALL = ("prosody", "mail", "keyring")

Emit = Callable[[str, object], None]
Starter = Callable[[contextlib.ExitStack, TestPki, list[str], Emit], None]


def _emit_fields(emit: Emit, prefix: str, obj: object, *fields: str) -> None:
    """Emit ``prefix.field=value`` for each attribute named in ``fields``."""
    for field in fields:
        emit(f"{prefix}.{field}", getattr(obj, field))


def _emit_users(
    emit: Emit, name: str, create: Callable[[str, str], str], users: list[str]
) -> None:
    """Create each user with a fresh password; emit ``name=address password``."""
    for user in users:
        password = secrets.token_urlsafe(9)
        emit(name, f"{create(user, password)} {password}")


def _up_prosody(
    stack: contextlib.ExitStack, pki: TestPki, users: list[str], emit: Emit
) -> None:
    server = stack.enter_context(ProsodyServer(pki=pki))
    _emit_fields(
        emit, "prosody", server,
        "domain", "host", "c2s_port", "direct_tls_port", "muc_domain", "upload_url",
    )  # fmt: skip
    emit("prosody.log", server.log_path)
    _emit_users(emit, "prosody.user", server.register, users)
    emit("prosody.startup_seconds", f"{server.startup_seconds:.2f}")


def _up_mail(
    stack: contextlib.ExitStack, pki: TestPki, users: list[str], emit: Emit
) -> None:
    server = stack.enter_context(MailServer(pki=pki))
    _emit_fields(
        emit, "mail", server,
        "domain", "host", "imap_port", "imaps_port", "smtp_port", "smtps_port",
        "lmtp_port",
    )  # fmt: skip
    emit("mail.dovecot_log", server.dovecot_log_path)
    emit("mail.smtp_log", server.smtp_log_path)
    _emit_users(emit, "mail.user", server.add_user, users)
    emit("mail.imap_startup_seconds", f"{server.imap_startup_seconds:.2f}")
    emit("mail.smtp_startup_seconds", f"{server.smtp_startup_seconds:.2f}")


def _up_keyring(
    stack: contextlib.ExitStack, pki: TestPki, users: list[str], emit: Emit
) -> None:
    service = stack.enter_context(SecretService())
    for name, value in service.env.items():
        emit(f"keyring.env.{name}", value)
    emit("keyring.password", service.password)
    emit("keyring.startup_seconds", f"{service.startup_seconds:.2f}")


def _up_xvfb(
    stack: contextlib.ExitStack, pki: TestPki, users: list[str], emit: Emit
) -> None:
    server = stack.enter_context(Xvfb())
    emit("xvfb.env.DISPLAY", server.display)
    emit("xvfb.startup_seconds", f"{server.startup_seconds:.2f}")


_STARTERS: dict[str, Starter] = {
    "prosody": _up_prosody,
    "mail": _up_mail,
    "keyring": _up_keyring,
    "xvfb": _up_xvfb,
}


def _emit(name: str, value: object) -> None:
    print(f"{name}={value}", flush=True)


@contextlib.contextmanager
def _stop_requested() -> Iterator[threading.Event]:
    """An event set by SIGINT or SIGTERM while the block runs."""
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    old = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for signum, handler in old.items():
            signal.signal(signum, handler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.testbed")
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("up", help="start servers until Ctrl-C")
    up.add_argument("services", nargs="+", choices=(*SERVICES, "all"))
    up.add_argument(
        "--users", default="alice,bob", help="comma-separated users to create"
    )
    up.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    expanded = (ALL if name == "all" else (name,) for name in args.services)
    wanted = list(dict.fromkeys(itertools.chain.from_iterable(expanded)))
    users = [u for u in args.users.split(",") if u]
    with _stop_requested() as stop, contextlib.ExitStack() as stack:
        try:
            pki_dir = make_temp_dir("pki")
            stack.callback(remove_dir, pki_dir)
            pki = make_test_pki(pki_dir)
            _emit("ca_file", pki.ca_file)
            for name in wanted:
                _STARTERS[name](stack, pki, users, _emit)
        except TestbedError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        _emit("ready", " ".join(wanted))
        while not stop.wait(1.0):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
