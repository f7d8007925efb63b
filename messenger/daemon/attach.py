# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Finding the core to attach to: the profile's local core, or a paired remote one.

Local: the profile's socket (``daemon/transport.py``). Remote: ``messenger pair
HOST:PORT`` records the core's certificate fingerprint in
``<profile>/remote-cores.json`` (not a secret) and the UI's credential in the
system keyring (service ``messenger-remote``, entry ``HOST:PORT``); without a
usable keyring pairing refuses rather than write the credential to a file.
A pairing made without a fingerprint pins the certificate seen first.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from messenger.daemon import transport
from messenger.daemon.client import LocalTarget
from messenger.daemon.client import RemoteTarget
from messenger.daemon.remote import normalize_fingerprint
from messenger.daemon.remote import parse_host_port
from messenger.storage.paths import Profile
from messenger.storage.secrets import KeyringSecretStore

KEYRING_SERVICE = "messenger-remote"


class PairingError(Exception):
    """No usable pairing for a remote core; the message says what to do."""


def local_target(profile: Profile) -> LocalTarget:
    """Where the local core of ``profile`` listens (it may not be running)."""
    if transport.IS_WINDOWS:
        port, token = transport.read_endpoint(transport.endpoint_file(profile))
        return LocalTarget(
            path=transport.endpoint_file(profile), port=port, token=token
        )
    return LocalTarget(path=transport.socket_path(profile))


def local_core_running(profile: Profile) -> bool:
    """Does a core (daemon or GUI) of ``profile`` accept local connections?"""
    if transport.IS_WINDOWS:
        return transport.endpoint_file(profile).exists()
    try:
        return transport.is_listening(transport.socket_path(profile))
    except OSError:
        return False


def pins_path(profile: Profile) -> Path:
    return profile.root / "remote-cores.json"


def _load_pins(profile: Profile) -> dict[str, str]:
    try:
        data = json.loads(pins_path(profile).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise PairingError(f"{pins_path(profile)} is unreadable: {exc}") from None
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items()}


def save_pin(profile: Profile, address: str, fingerprint: str) -> None:
    """Remember ``fingerprint`` for the core at ``address`` (blocking I/O)."""
    pins = _load_pins(profile)
    pins[address] = normalize_fingerprint(fingerprint)
    path = pins_path(profile)
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        json.dump(pins, file, indent=2)
    os.replace(temp, path)


def canonical_address(text: str) -> tuple[str, int, str]:
    """(host, port, "host:port") of a user-given core address."""
    host, port = parse_host_port(text)
    shown = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return host, port, shown


async def pair(
    profile: Profile, address: str, credential: str, fingerprint: str | None
) -> str:
    """Store a pairing (credential to the keyring); return the canonical address."""
    _, _, key = canonical_address(address)
    store = KeyringSecretStore(KEYRING_SERVICE)
    status = await store.probe()
    if not status.persistent:
        raise PairingError(
            f"no usable system keyring ({status.reason}): the credential would "
            "not be kept. Set up a keyring (Secret Service, KWallet, ...) first."
        )
    if fingerprint is not None:
        save_pin(profile, key, fingerprint)
    await store.set_password(key, credential.strip())
    return key


async def remote_target(profile: Profile, address: str) -> RemoteTarget:
    """The paired core at ``address``, ready to attach (PairingError if none)."""
    host, port, key = canonical_address(address)
    credential = await KeyringSecretStore(KEYRING_SERVICE).get_password(key)
    if credential is None:
        raise PairingError(
            f"not paired with {key}: run `messenger pair {key} --fingerprint "
            "SHA256` with what `messenger daemon remote enable` printed"
        )
    pinned = _load_pins(profile).get(key)

    def remember(seen: str) -> None:
        save_pin(profile, key, seen)

    return RemoteTarget(
        host=host,
        port=port,
        credential=credential,
        fingerprint=pinned,
        on_pin=remember,
    )


def probe_core_kind(profile: Profile, timeout: float = 1.0) -> str | None:
    """The kind ("daemon", "gui") of the core serving ``profile``, or None.

    Blocking and quick: connect to the local socket, read the greeting, hang
    up (no hello, so the core builds no snapshot for it).
    """
    import socket  # noqa: PLC0415

    from messenger.daemon import wire  # noqa: PLC0415

    if transport.IS_WINDOWS:
        return "daemon" if local_core_running(profile) else None
    try:
        path = transport.socket_path(profile)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(timeout)
            probe.connect(os.fspath(path))
            header = _recv_exactly(probe, 4)
            size = int.from_bytes(header, "big")
            if size > wire.MAX_HANDSHAKE_FRAME:
                return None
            greeting = wire.decode_body(_recv_exactly(probe, size))
    except (OSError, wire.WireError):
        return None
    kind = greeting.get("core_kind")
    return kind if isinstance(kind, str) else None


def _recv_exactly(sock: object, size: int) -> bytes:
    import socket  # noqa: PLC0415

    assert isinstance(sock, socket.socket)
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise OSError("connection closed")
        data += chunk
    return data
