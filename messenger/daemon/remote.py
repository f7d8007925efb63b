# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Remote attach: the opt-in TLS listener of a core, and what it keeps on disk.

Off by default. ``messenger daemon remote enable`` (see ``daemon/commands.py``)
creates ``<profile>/remote/``: a self-signed certificate and its key
(``core.crt``, ``core.key``, 0600; the key is the core's host key, like an SSH
server's, not a user password, so it is a file next to the database it
protects), and ``remote.json`` with the listen address and one
:class:`~messenger.daemon.auth.Verifier` per remote UI (no secrets). The
daemon listens only while ``enabled`` is true.

:class:`RemoteLogin` runs the SCRAM-style login of ``daemon/auth.py`` under a
:class:`~messenger.daemon.auth.LoginLimiter`; the verifiers are re-read for each
login (off the loop), so ``remote issue`` and ``remote revoke`` take effect
without a restart. At most :data:`MAX_PENDING` connections (and
:data:`MAX_PENDING_PER_PEER` per address) may be in their handshake at once.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import datetime
import hashlib
import json
import logging
import os
import secrets
import ssl
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from pathlib import Path
from typing import Any

from messenger.daemon import auth
from messenger.daemon import wire
from messenger.daemon.server import Channel
from messenger.daemon.server import CoreServer
from messenger.daemon.transport import ensure_private_dir
from messenger.storage.paths import Profile

log = logging.getLogger(__name__)

DEFAULT_PORT = 5299
DEFAULT_LISTEN = f"0.0.0.0:{DEFAULT_PORT}"
MAX_PENDING = 32
MAX_PENDING_PER_PEER = 4
# Seconds a failed login waits before its answer (slows guessing further).
FAILURE_DELAY = 0.5
CERT_DAYS = 3650


class RemoteConfigError(ValueError):
    """``remote.json`` or an address given by the user is not usable."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RemoteConfig:
    enabled: bool = False
    listen: str = DEFAULT_LISTEN
    uis: tuple[auth.Verifier, ...] = field(default_factory=tuple)


def remote_dir(profile: Profile) -> Path:
    return profile.root / "remote"


def config_path(profile: Profile) -> Path:
    return remote_dir(profile) / "remote.json"


def cert_path(profile: Profile) -> Path:
    return remote_dir(profile) / "core.crt"


def key_path(profile: Profile) -> Path:
    return remote_dir(profile) / "core.key"


def parse_host_port(
    text: str, default_port: int = DEFAULT_PORT, *, any_port: bool = False
) -> tuple[str, int]:
    """``host:port``, ``[v6]:port`` or ``host`` -> (host, port).

    ``any_port``: port 0 (a free port, for listening in tests) is fine too.
    """
    text = text.strip()
    if text.startswith("["):
        host, bracket, rest = text[1:].partition("]")
        port_text = rest[1:] if rest.startswith(":") else ""
        if not bracket or (rest and not rest.startswith(":")):
            raise RemoteConfigError(f"not an address: {text!r}")
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
    else:
        host, port_text = text, ""
    if not host:
        raise RemoteConfigError(f"no host in {text!r}")
    try:
        port = int(port_text) if port_text else default_port
    except ValueError:
        raise RemoteConfigError(f"not a port: {port_text!r}") from None
    if not (0 if any_port else 1) <= port < 65536:
        raise RemoteConfigError(f"not a port: {port}")
    return host, port


# ---------------------------------------------------------------- remote.json
def load_config(profile: Profile) -> RemoteConfig:
    """The remote settings (disabled when there are none); blocking I/O."""
    try:
        data = json.loads(config_path(profile).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return RemoteConfig()
    except (OSError, ValueError) as exc:
        raise RemoteConfigError(f"{config_path(profile)}: {exc}") from None
    try:
        return RemoteConfig(
            enabled=data.get("enabled") is True,
            listen=str(data.get("listen", DEFAULT_LISTEN)),
            uis=tuple(_verifier(item) for item in data.get("uis", [])),
        )
    except (AttributeError, KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise RemoteConfigError(f"{config_path(profile)}: {exc}") from None


def save_config(profile: Profile, config: RemoteConfig) -> None:
    """Write ``remote.json`` atomically, owner-only; blocking I/O."""
    ensure_private_dir(remote_dir(profile))
    data = {
        "enabled": config.enabled,
        "listen": config.listen,
        "uis": [_verifier_json(v) for v in config.uis],
    }
    _write_private(config_path(profile), json.dumps(data, indent=2).encode("utf-8"))


def _verifier(item: dict[str, Any]) -> auth.Verifier:
    return auth.Verifier(
        ui_id=str(item["ui_id"]),
        name=str(item.get("name", "")),
        salt=base64.b64decode(item["salt"], validate=True),
        iterations=int(item["iterations"]),
        stored_key=base64.b64decode(item["stored_key"], validate=True),
        server_key=base64.b64decode(item["server_key"], validate=True),
        created=str(item.get("created", "")),
    )


def _verifier_json(verifier: auth.Verifier) -> dict[str, object]:
    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return {
        "ui_id": verifier.ui_id,
        "name": verifier.name,
        "salt": b64(verifier.salt),
        "iterations": verifier.iterations,
        "stored_key": b64(verifier.stored_key),
        "server_key": b64(verifier.server_key),
        "created": verifier.created,
    }


def _write_private(path: Path, data: bytes) -> None:
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as file:
        file.write(data)
    os.replace(temp, path)


def issue_credential(profile: Profile, name: str) -> tuple[str, RemoteConfig]:
    """Add a remote UI called ``name``; return its credential (shown once)."""
    config = load_config(profile)
    now = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    credential, verifier = auth.new_credential(name, created=now)
    config = replace(config, uis=(*config.uis, verifier))
    save_config(profile, config)
    return credential, config


def revoke(profile: Profile, ui_id: str) -> bool:
    """Forget a remote UI; False if there was none with that id."""
    config = load_config(profile)
    kept = tuple(v for v in config.uis if v.ui_id != ui_id)
    if len(kept) == len(config.uis):
        return False
    save_config(profile, replace(config, uis=kept))
    return True


# ---------------------------------------------------------------- certificate
def ensure_certificate(profile: Profile) -> str:
    """Create the core's key and self-signed certificate if missing.

    Returns the certificate's SHA-256 fingerprint. Blocking (key generation).
    """
    if not cert_path(profile).exists() or not key_path(profile).exists():
        _create_certificate(profile)
    return fingerprint_of_pem(cert_path(profile).read_bytes())


def _create_certificate(profile: Profile) -> None:
    # cryptography is a dependency of keyring's Secret Service backend already;
    # imported here only: nothing else needs it.
    from cryptography import x509  # noqa: PLC0415
    from cryptography.hazmat.primitives import hashes  # noqa: PLC0415
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415
    from cryptography.hazmat.primitives.asymmetric import ec  # noqa: PLC0415
    from cryptography.x509.oid import NameOID  # noqa: PLC0415

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "messenger core")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=CERT_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    ensure_private_dir(remote_dir(profile))
    _write_private(
        key_path(profile),
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )
    _write_private(
        cert_path(profile), certificate.public_bytes(serialization.Encoding.PEM)
    )


def fingerprint(der: bytes) -> str:
    """SHA-256 of a DER certificate as upper-case hex pairs joined by ':'."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def fingerprint_of_pem(pem: bytes) -> str:
    return fingerprint(ssl.PEM_cert_to_DER_cert(pem.decode("ascii")))


def normalize_fingerprint(text: str) -> str:
    """Accept hex with or without ':' (any case); RemoteConfigError otherwise."""
    digits = text.strip().replace(":", "").replace(" ", "").upper()
    if len(digits) != 64 or any(c not in "0123456789ABCDEF" for c in digits):
        raise RemoteConfigError("not a SHA-256 fingerprint (64 hex digits)")
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


def server_context(profile: Profile) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert_path(profile), key_path(profile))
    return context


# ---------------------------------------------------------------- login
class RemoteLogin:
    """The SCRAM-style login of remote UIs (see ``daemon/auth.py``)."""

    scheme = wire.AUTH_SCRAM

    def __init__(
        self,
        profile: Profile,
        cert_fingerprint: str,
        limiter: auth.LoginLimiter | None = None,
        failure_delay: float | None = None,
    ) -> None:
        self._profile = profile
        self._binding = cert_fingerprint
        self._limiter = limiter or auth.LoginLimiter()
        self._failure_delay = FAILURE_DELAY if failure_delay is None else failure_delay
        self._decoy_key = secrets.token_bytes(32)
        self._pending: dict[str, int] = {}

    def accept(self, peer: str) -> bool:
        """May ``peer`` start a handshake now? (Counts it; see :meth:`login`.)"""
        if sum(self._pending.values()) >= MAX_PENDING:
            log.warning("Too many remote handshakes at once: refusing %s", peer)
            return False
        if self._pending.get(peer, 0) >= MAX_PENDING_PER_PEER:
            return False
        self._pending[peer] = self._pending.get(peer, 0) + 1
        return True

    def done(self, peer: str) -> None:
        left = self._pending.get(peer, 0) - 1
        if left > 0:
            self._pending[peer] = left
        else:
            self._pending.pop(peer, None)

    async def login(self, channel: Channel) -> str:
        peer = channel.peer
        wait = self._limiter.wait_time(peer)
        if wait > 0:
            raise wire.WireError(
                f"too many failed logins: try again in {int(wait) + 1} s"
            )
        start = wire.expect(await channel.receive(), wire.AUTH_START)
        ui_id = wire.field(start, "ui_id", str)[: auth.MAX_UI_ID]
        client_nonce = wire.field(start, "client_nonce", str)
        if not 16 <= len(client_nonce) <= 64:
            raise wire.WireError("auth_start.client_nonce has a bad length")
        config = await asyncio.to_thread(load_config, self._profile)
        verifier = next((v for v in config.uis if v.ui_id == ui_id), None)
        salt = verifier.salt if verifier else auth.decoy_salt(self._decoy_key, ui_id)
        nonce = client_nonce + auth.new_nonce()
        channel.send(
            {
                "type": wire.AUTH_CHALLENGE,
                "nonce": nonce,
                "salt": base64.b64encode(salt).decode("ascii"),
                "iterations": verifier.iterations if verifier else auth.ITERATIONS,
            }
        )
        proof_message = wire.expect(await channel.receive(), wire.AUTH_PROOF)
        proof = _b64(wire.field(proof_message, "proof", str))
        message = auth.auth_message(ui_id, client_nonce, nonce, salt, self._binding)
        if verifier is None or not auth.verify_proof(verifier, message, proof):
            self._limiter.failed(peer)
            log.warning("Failed remote login from %s", peer)
            await asyncio.sleep(self._failure_delay)
            raise wire.WireError("login refused: wrong or revoked credential")
        self._limiter.succeeded(peer)
        signature = auth.server_signature(verifier, message)
        channel.send(
            {"type": wire.AUTH_OK, "signature": base64.b64encode(signature).decode()}
        )
        log.info("Remote UI %s (%s) logged in from %s", verifier.name, ui_id, peer)
        return verifier.name or ui_id


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise wire.WireError("not base64") from None


async def start_remote_listener(
    server: CoreServer, profile: Profile, config: RemoteConfig
) -> tuple[str, int]:
    """Start the TLS listener of ``server`` per ``config``."""
    fp = await asyncio.to_thread(ensure_certificate, profile)
    context = await asyncio.to_thread(server_context, profile)
    host, port = parse_host_port(config.listen, any_port=True)
    login = RemoteLogin(profile, fp)
    listener = await server.serve_tcp(
        host, port, ssl=context, authenticator=_Counted(login), accept=login.accept
    )
    bound = listener.sockets[0].getsockname()
    log.info("Remote attach on %s:%s (certificate %s)", host, bound[1], fp)
    return host, int(bound[1])


class _Counted:
    """Releases the pending-handshake slot :meth:`RemoteLogin.accept` took."""

    scheme = wire.AUTH_SCRAM

    def __init__(self, login: RemoteLogin) -> None:
        self._login = login

    async def login(self, channel: Channel) -> str:
        try:
            return await self._login.login(channel)
        finally:
            self._login.done(channel.peer)
