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


def _up_prosody(
    stack: contextlib.ExitStack, pki: TestPki, users: list[str], emit: Emit
) -> None:
    server = stack.enter_context(ProsodyServer(pki=pki))
    emit("prosody.domain", server.domain)
    emit("prosody.host", server.host)
    emit("prosody.c2s_port", server.c2s_port)
    emit("prosody.direct_tls_port", server.direct_tls_port)
    emit("prosody.muc_domain", server.muc_domain)
    emit("prosody.upload_url", server.upload_url)
    emit("prosody.log", server.log_path)
    for user in users:
        password = secrets.token_urlsafe(9)
        emit("prosody.user", f"{server.register(user, password)} {password}")
    emit("prosody.startup_seconds", f"{server.startup_seconds:.2f}")


def _up_mail(
    stack: contextlib.ExitStack, pki: TestPki, users: list[str], emit: Emit
) -> None:
    server = stack.enter_context(MailServer(pki=pki))
    emit("mail.domain", server.domain)
    emit("mail.host", server.host)
    emit("mail.imap_port", server.imap_port)
    emit("mail.imaps_port", server.imaps_port)
    emit("mail.smtp_port", server.smtp_port)
    emit("mail.smtps_port", server.smtps_port)
    emit("mail.lmtp_port", server.lmtp_port)
    emit("mail.dovecot_log", server.dovecot_log_path)
    emit("mail.smtp_log", server.smtp_log_path)
    for user in users:
        password = secrets.token_urlsafe(9)
        emit("mail.user", f"{server.add_user(user, password)} {password}")
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
