# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``messenger daemon [remote ...]`` and ``messenger pair``: run and reach a core.

- ``messenger daemon``: run the profile's core headless (``daemon/run.py``).
- ``messenger daemon remote enable [--listen HOST:PORT] [--name NAME]``: switch
  the TLS listener on (the daemon starts it at its next start), create the
  core's certificate if needed, issue a credential for one remote UI and print
  everything that UI needs. ``remote issue NAME`` adds another UI, ``remote
  list`` shows them, ``remote revoke UI_ID`` locks one out at once, ``remote
  disable`` switches the listener off.
- ``messenger pair HOST:PORT [--fingerprint SHA256]``, on the UI's machine:
  store the credential (read from stdin) in the keyring and the fingerprint in
  the profile; then ``messenger --attach HOST:PORT``.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import socket
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from messenger.storage.paths import Profile

EXIT_FAILED = 1
EXIT_USAGE = 2


def run_daemon_command(args: argparse.Namespace, root: Path) -> int:
    if getattr(args, "action", None) != "remote":
        from messenger.daemon.run import run_daemon  # noqa: PLC0415

        return run_daemon(root, args.log_level)
    from messenger.daemon import remote  # noqa: PLC0415
    from messenger.storage.paths import Profile  # noqa: PLC0415

    profile = Profile(root)
    profile.ensure()
    try:
        return _REMOTE_STEPS[args.step](args, profile)
    except (remote.RemoteConfigError, OSError) as exc:
        print(f"messenger daemon remote: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _enable(args: argparse.Namespace, profile: Profile) -> int:
    from messenger.daemon import remote  # noqa: PLC0415

    config = remote.load_config(profile)
    listen = args.listen or config.listen
    host, port = remote.parse_host_port(listen)
    fingerprint = remote.ensure_certificate(profile)
    remote.save_config(profile, replace(config, enabled=True, listen=f"{host}:{port}"))
    credential, _ = remote.issue_credential(profile, args.name)
    shown_host = socket.gethostname() if host in {"0.0.0.0", "::"} else host  # noqa: S104
    address = f"{shown_host}:{port}"
    print(f"Remote attach is on: the daemon listens on {host}:{port} (TLS).")
    print("Restart `messenger daemon` if it is running.\n")
    _print_for_ui(address, fingerprint, credential)
    return 0


def _issue(args: argparse.Namespace, profile: Profile) -> int:
    from messenger.daemon import remote  # noqa: PLC0415

    fingerprint = remote.ensure_certificate(profile)
    credential, config = remote.issue_credential(profile, args.name)
    host, port = remote.parse_host_port(config.listen)
    shown_host = socket.gethostname() if host in {"0.0.0.0", "::"} else host  # noqa: S104
    if not config.enabled:
        print(
            "Note: remote attach is off; `messenger daemon remote enable` turns it on."
        )
    _print_for_ui(f"{shown_host}:{port}", fingerprint, credential)
    return 0


def _print_for_ui(address: str, fingerprint: str, credential: str) -> None:
    print("What the remote UI needs (the credential is shown only now):")
    print(f"  address:     {address}")
    print(f"  fingerprint: {fingerprint}")
    print(f"  credential:  {credential}")
    print("\nOn the UI's machine:")
    print(f"  messenger pair {address} --fingerprint {fingerprint}")
    print("  (it asks for the credential), then:")
    print(f"  messenger --attach {address}")


def _list(args: argparse.Namespace, profile: Profile) -> int:
    from messenger.daemon import remote  # noqa: PLC0415

    config = remote.load_config(profile)
    state = "on" if config.enabled else "off"
    print(f"Remote attach is {state} (listen {config.listen}).")
    for verifier in config.uis:
        print(f"{verifier.ui_id}\t{verifier.name}\t{verifier.created}")
    return 0


def _revoke(args: argparse.Namespace, profile: Profile) -> int:
    from messenger.daemon import remote  # noqa: PLC0415

    if not remote.revoke(profile, args.ui_id):
        print(f"No remote UI {args.ui_id!r}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Revoked {args.ui_id}: its next login is refused.")
    return 0


def _disable(args: argparse.Namespace, profile: Profile) -> int:
    from messenger.daemon import remote  # noqa: PLC0415

    config = remote.load_config(profile)
    remote.save_config(profile, replace(config, enabled=False))
    print("Remote attach is off from the daemon's next start.")
    return 0


_REMOTE_STEPS = {
    "enable": _enable,
    "issue": _issue,
    "list": _list,
    "revoke": _revoke,
    "disable": _disable,
}


# ---------------------------------------------------------------- pair
def run_pair(args: argparse.Namespace, root: Path) -> int:
    from messenger.daemon.attach import PairingError  # noqa: PLC0415
    from messenger.daemon.attach import pair  # noqa: PLC0415
    from messenger.daemon.auth import CredentialError  # noqa: PLC0415
    from messenger.daemon.auth import parse_credential  # noqa: PLC0415
    from messenger.daemon.remote import RemoteConfigError  # noqa: PLC0415
    from messenger.daemon.remote import normalize_fingerprint  # noqa: PLC0415
    from messenger.storage.paths import Profile  # noqa: PLC0415

    if args.credential_stdin or not sys.stdin.isatty():
        credential = sys.stdin.readline().strip()
    else:
        credential = getpass.getpass("Credential (ui-...:...): ").strip()
    try:
        parse_credential(credential)
        fingerprint = (
            normalize_fingerprint(args.fingerprint) if args.fingerprint else None
        )
        profile = Profile(root)
        profile.ensure()
        key = asyncio.run(pair(profile, args.address, credential, fingerprint))
    except (CredentialError, RemoteConfigError) as exc:
        print(f"messenger pair: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (PairingError, OSError) as exc:
        print(f"messenger pair: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Paired with {key}. Attach with: messenger --attach {key}")
    return 0
