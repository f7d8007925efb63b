# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``messenger account add|list|remove``: provisioning from the command line.

``add xmpp JID`` and ``add email ADDRESS`` (IMAP and SMTP servers guessed from
the domain, as the wizard does, unless given; ``plain`` security only with
``--allow-plain``; ``--pin-fingerprint`` repeatable, since IMAP and SMTP may
present different certificates). The settings written are those of
docs/xmpp.md and docs/email.md.

For administrators, scripts and benchmarks. It edits the profile through the
same core the app uses (validation, keyring), without connecting anywhere; the
next start of the app connects with what it set up. The app must not be
running on the profile meanwhile (its lock is taken): quit it first.

Passwords come from standard input only (``--password-stdin``), never from the
command line (other users can read it in the process list), and go to the
system keyring. Without a usable keyring the command refuses rather than
silently not saving it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Awaitable
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

if TYPE_CHECKING:
    from messenger.core.api import Snapshot
    from messenger.core.interfaces import SecretStore
    from messenger.core.local import LocalCore
    from messenger.core.mail_defaults import MailServerKind
    from messenger.core.model import Account
    from messenger.core.model import JsonValue
    from messenger.core.model import ProtocolKind
    from messenger.storage.paths import Profile

Action = Callable[[argparse.Namespace, "LocalCore", "SecretStore"], Awaitable[None]]

EXIT_USAGE = 2
EXIT_FAILED = 1


class ProvisioningError(Exception):
    """A provisioning step failed; the message is for the user."""


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an account")
    protocols = add.add_subparsers(title="protocols", metavar="PROTOCOL", required=True)
    xmpp = protocols.add_parser("xmpp", help="an XMPP (Jabber) account")
    xmpp.add_argument("jid", metavar="JID", help="the account's address, user@host")
    xmpp.add_argument("--host", help="server host name (default: DNS SRV lookup)")
    xmpp.add_argument("--port", type=int, help="server port")
    xmpp.add_argument(
        "--direct-tls", action="store_true", help="TLS from the start (XEP-0368)"
    )
    trust = xmpp.add_mutually_exclusive_group()
    trust.add_argument("--ca-file", type=Path, help="also trust the CAs in this file")
    trust.add_argument(
        "--pin-fingerprint",
        metavar="SHA256",
        help="accept the server certificate with this SHA-256 fingerprint",
    )
    xmpp.add_argument("--resource", help="resource name (default: messenger)")
    xmpp.add_argument(
        "--register", action="store_true", help="create the account on the server"
    )
    xmpp.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )
    xmpp.add_argument("--disabled", action="store_true", help="add it disabled")
    xmpp.set_defaults(action=_add_xmpp)
    _configure_email(protocols)

    listing = actions.add_parser("list", help="list the accounts")
    listing.add_argument("--json", action="store_true", help="one JSON object a line")
    listing.set_defaults(action=_list)

    remove = actions.add_parser("remove", help="remove an account")
    remove.add_argument("address", metavar="ADDRESS", help="the account's address")
    remove.add_argument(
        "--delete-history", action="store_true", help="also delete its messages"
    )
    remove.set_defaults(action=_remove)


# The values of core/mail_defaults.py's MailSecurity and CLASSIC_MAILS_CHOICES,
# spelled out: the parser is built on every start, GUI included, and nothing of
# the core may load before the first frame (a unit test keeps them equal).
SECURITY_CHOICES = ("tls", "starttls", "plain")
CLASSIC_MAILS = ("ignore", "show")


def _configure_email(protocols: argparse._SubParsersAction[Any]) -> None:
    email = protocols.add_parser(
        "email", help="an e-mail account (chat over IMAP and SMTP, as Delta Chat)"
    )
    email.add_argument("address", metavar="ADDRESS", help="the address, name@domain")
    email.add_argument("--display-name", metavar="NAME", help="your name in mails")
    for kind, what in (("imap", "incoming (IMAP)"), ("smtp", "outgoing (SMTP)")):
        email.add_argument(
            f"--{kind}-host",
            metavar="HOST",
            help=f"{what} server (default: {kind}.DOMAIN)",
        )
        email.add_argument(
            f"--{kind}-port",
            type=int,
            metavar="PORT",
            help=f"{what} port (default: the usual one of its security)",
        )
        email.add_argument(
            f"--{kind}-security",
            choices=SECURITY_CHOICES,
            default=SECURITY_CHOICES[0],
            help="implicit tls (default), starttls, or plain (needs --allow-plain)",
        )
        email.add_argument(
            f"--{kind}-user",
            metavar="USER",
            help=f"{what} login (default: the address)",
        )
    email.add_argument(
        "--allow-plain",
        action="store_true",
        help="consent to an unencrypted connection (only for a server on this "
        "computer or your local network)",
    )
    email.add_argument("--ca-file", type=Path, help="also trust the CAs in this file")
    email.add_argument(
        "--pin-fingerprint",
        metavar="SHA256",
        action="append",
        default=[],
        help="accept a server certificate with this SHA-256 fingerprint "
        "(repeatable: IMAP and SMTP may present different ones)",
    )
    email.add_argument(
        "--chat-folder",
        metavar="FOLDER",
        help="folder of chat mails (default: DeltaChat)",
    )
    email.add_argument(
        "--classic-mails",
        choices=CLASSIC_MAILS,
        help="show mails without Chat-Version from contacts, or ignore them (default)",
    )
    email.add_argument(
        "--no-read-receipts", action="store_true", help="never send read receipts"
    )
    email.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )
    email.add_argument("--disabled", action="store_true", help="add it disabled")
    email.set_defaults(action=_add_email)


def run(args: argparse.Namespace) -> int:
    """Carry out ``messenger account ...`` and return the exit status."""
    import logging  # noqa: PLC0415

    from messenger.cli import profile_dir  # noqa: PLC0415
    from messenger.storage.paths import Profile  # noqa: PLC0415

    logging.basicConfig(
        level=(args.log_level or "warning").upper(),
        format="%(levelname)s %(name)s: %(message)s",
    )
    profile = Profile(profile_dir(args))
    profile.ensure()
    lock = profile.lock()
    if not lock.acquire():
        print(
            f"messenger: the profile {profile.root} is in use (is messenger "
            "running?); quit it first",
            file=sys.stderr,
        )
        return EXIT_FAILED
    import asyncio  # noqa: PLC0415 (parsing --help must stay light)

    try:
        action: Action = args.action
        return asyncio.run(_with_core(profile, args, action))
    finally:
        lock.release()


async def _with_core(profile: Profile, args: argparse.Namespace, action: Action) -> int:
    from messenger.daemon.service import build_local_core  # noqa: PLC0415
    from messenger.storage.secrets import KeyringSecretStore  # noqa: PLC0415

    secrets = KeyringSecretStore()
    core = build_local_core(profile, secrets=secrets, backends={})
    await core.start()
    try:
        await action(args, core, secrets)
    except ProvisioningError as exc:
        print(f"messenger: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        await core.close()
    return 0


def _xmpp_settings(args: argparse.Namespace) -> dict[str, JsonValue]:
    settings: dict[str, JsonValue] = {}
    if args.host:
        settings["host"] = args.host
    if args.port is not None:
        if not 0 < args.port < 65536:
            raise ProvisioningError(f"not a port number: {args.port}")
        settings["port"] = args.port
    if args.direct_tls:
        settings["direct_tls"] = True
    if args.ca_file is not None:
        settings["ca_file"] = _ca_file(args.ca_file)
    if args.pin_fingerprint:
        settings["pinned_fingerprint"] = normalize_fingerprint(args.pin_fingerprint)
    if args.resource:
        settings["resource"] = args.resource
    if args.register:
        settings["register"] = True
    return settings


def _ca_file(path: Path) -> str:
    ca_file = path.expanduser().resolve()
    if not ca_file.is_file():
        raise ProvisioningError(f"no such CA file: {ca_file}")
    return str(ca_file)


def _email_settings(args: argparse.Namespace) -> dict[str, JsonValue]:
    from messenger.core import mail_defaults as mail  # noqa: PLC0415

    if not mail.mail_domain(args.address):
        raise ProvisioningError(f"not an e-mail address: {args.address}")
    settings: dict[str, JsonValue] = {}
    plain: list[str] = []
    for kind in mail.MailServerKind:
        settings.update(_email_server(args, kind))
        if settings[mail.setting_key(kind, "security")] == mail.MailSecurity.PLAIN:
            plain.append(f"--{kind.value}-security plain")
    if plain and not args.allow_plain:
        raise ProvisioningError(
            f"{' and '.join(plain)} would send the password and messages "
            "unencrypted: add --allow-plain if the server is on this computer or "
            "your local network"
        )
    if args.allow_plain and not plain:
        raise ProvisioningError(
            "--allow-plain is only for --imap-security plain or --smtp-security plain"
        )
    if plain:
        settings[mail.ALLOW_PLAIN] = True
    if args.ca_file is not None:
        settings[mail.CA_FILE] = _ca_file(args.ca_file)
    pins = [normalize_fingerprint(text) for text in args.pin_fingerprint]
    if pins:
        settings[mail.PINNED_FINGERPRINT] = " ".join(dict.fromkeys(pins))
    if args.chat_folder is not None:
        folder = args.chat_folder.strip()
        if not mail.is_chat_folder_name(folder):
            raise ProvisioningError(
                f"--chat-folder: not a folder name: {args.chat_folder!r} (not "
                'INBOX, no *, %, ", backslash or control characters)'
            )
        settings[mail.CHAT_FOLDER] = folder
    if args.classic_mails:
        settings[mail.CLASSIC_MAILS] = args.classic_mails
    if args.no_read_receipts:
        settings[mail.READ_RECEIPTS] = False
    return settings


def _email_server(
    args: argparse.Namespace, kind: MailServerKind
) -> dict[str, JsonValue]:
    """One server's settings from ``--<kind>-*``, the rest guessed."""
    from messenger.core import mail_defaults as mail  # noqa: PLC0415

    option = kind.value
    security = mail.MailSecurity(getattr(args, f"{option}_security"))
    host = getattr(args, f"{option}_host")
    host = mail.guess_server(kind, args.address).host if host is None else host.strip()
    if not mail.is_server_host(host):
        raise ProvisioningError(f"--{option}-host: not a host name: {host!r}")
    port = getattr(args, f"{option}_port")
    if port is None:
        port = mail.default_port(kind, security)
    elif not 0 < port < 65536:
        raise ProvisioningError(f"--{option}-port: not a port number: {port}")
    settings: dict[str, JsonValue] = {
        mail.setting_key(kind, "host"): host,
        mail.setting_key(kind, "port"): port,
        mail.setting_key(kind, "security"): security.value,
    }
    if user := (getattr(args, f"{option}_user") or "").strip():
        settings[mail.setting_key(kind, "user")] = user
    return settings


def normalize_fingerprint(text: str) -> str:
    """``ab12...`` or ``AB:12:...`` → ``AB:12:...``; raise on anything else."""
    from messenger.protocols.xmpp.tls import normalize_fingerprint  # noqa: PLC0415

    fingerprint = normalize_fingerprint(text)
    if not fingerprint:
        raise ProvisioningError("a SHA-256 fingerprint has 32 bytes in hex")
    return fingerprint


def _read_password() -> str:
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise ProvisioningError("no password on standard input")
    return password


async def _add_xmpp(
    args: argparse.Namespace, core: LocalCore, secrets: SecretStore
) -> None:
    from messenger.core.model import ProtocolKind  # noqa: PLC0415

    settings = _xmpp_settings(args)
    password = _read_password() if args.password_stdin else None
    if args.register and password is None:
        raise ProvisioningError("--register needs --password-stdin")
    await _add(
        core,
        secrets,
        ProtocolKind.XMPP,
        args.jid,
        settings=settings,
        password=password,
        enabled=not args.disabled,
    )


async def _add_email(
    args: argparse.Namespace, core: LocalCore, secrets: SecretStore
) -> None:
    from messenger.core.model import ProtocolKind  # noqa: PLC0415

    settings = _email_settings(args)
    password = _read_password() if args.password_stdin else None
    await _add(
        core,
        secrets,
        ProtocolKind.EMAIL,
        args.address,
        settings=settings,
        password=password,
        enabled=not args.disabled,
        display_name=(args.display_name or "").strip(),
    )


async def _add(
    core: LocalCore,
    secrets: SecretStore,
    protocol: ProtocolKind,
    address: str,
    *,
    settings: dict[str, JsonValue],
    password: str | None,
    enabled: bool,
    display_name: str = "",
) -> None:
    """Add the account unless it exists or its password could not be kept."""
    from messenger.core.errors import CoreError  # noqa: PLC0415

    snapshot = await core.snapshot()
    if any(a.address.lower() == address.lower() for a in snapshot.accounts):
        raise ProvisioningError(f"there is an account {address} already")
    if password is not None:
        status = await secrets.probe()
        if not status.persistent:
            raise ProvisioningError(
                f"the password cannot be stored: {status.reason} Set up a system "
                "keyring, or add the account in the app and enter it there."
            )
    try:
        account = await core.add_account(
            protocol,
            address,
            display_name=display_name,
            settings=settings,
            password=password,
            enabled=enabled,
        )
    except CoreError as exc:
        raise ProvisioningError(f"cannot add {address}: {exc}") from None
    print(f"added {protocol.value} account {account.address} ({account.id})")


async def _list(
    args: argparse.Namespace, core: LocalCore, secrets: SecretStore
) -> None:
    import json  # noqa: PLC0415

    from messenger.core.serial import to_json  # noqa: PLC0415

    for account in (await core.snapshot()).accounts:
        if args.json:
            print(json.dumps(to_json(account)))
        else:
            state = "enabled" if account.enabled else "disabled"
            print(f"{account.protocol.value}\t{account.address}\t{state}\t{account.id}")


async def _remove(
    args: argparse.Namespace, core: LocalCore, secrets: SecretStore
) -> None:
    account = _find(await core.snapshot(), args.address)
    await core.remove_account(account.id, delete_history=args.delete_history)
    print(f"removed {account.protocol.value} account {account.address}")


def _find(snapshot: Snapshot, address: str) -> Account:
    for account in snapshot.accounts:
        if account.address.lower() == address.lower() or account.id == address:
            return account
    raise ProvisioningError(f"no account {address}")
