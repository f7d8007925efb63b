# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Remote UI login: per-UI credentials, SCRAM-style proofs, and a rate limit.

A remote UI holds a credential ``<ui id>:<secret>`` (a 256-bit random secret,
printed once by ``messenger daemon remote enable|issue``). The core keeps only
a :class:`Verifier`, as SCRAM-SHA-256 does (RFC 5802/7677): a salt, an
iteration count, ``StoredKey = H(ClientKey)`` and ``ServerKey``, where
``ClientKey``/``ServerKey`` are HMACs of ``PBKDF2(secret, salt, iterations)``.
The secret never crosses the wire, not even inside TLS:

1. client -> core ``auth_start{ui_id, client_nonce}``
2. core -> client ``auth_challenge{nonce, salt, iterations}`` (``nonce`` starts
   with the client's; an unknown UI id gets a made-up but stable salt, so
   answers do not reveal which ids exist)
3. client -> core ``auth_proof{proof}``: ``ClientKey XOR HMAC(StoredKey, M)``
4. core -> client ``auth_ok{signature}``: ``HMAC(ServerKey, M)``, which the
   client checks, so a fake core that learnt nothing from a verifier fails too.

``M`` (:func:`auth_message`) binds both nonces, the salt and the SHA-256
fingerprint of the core's TLS certificate as the client saw it (like SCRAM's
``tls-server-end-point`` channel binding): a proof made through a
man-in-the-middle's certificate is worthless to it.

:class:`LoginLimiter` rate-limits failed logins per peer address and in total.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections import OrderedDict
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

ITERATIONS = 4096
SALT_BYTES = 16
NONCE_BYTES = 18
MAX_UI_ID = 64
UI_ID_PREFIX = "ui-"


class CredentialError(ValueError):
    """A credential string is malformed."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Verifier:
    """What the core stores about one remote UI (no secret in it)."""

    ui_id: str
    name: str
    salt: bytes
    iterations: int
    stored_key: bytes
    server_key: bytes
    created: str = ""


def _hmac(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def _salted(secret: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", secret.encode("utf-8"), salt, iterations)


def _keys(secret: str, salt: bytes, iterations: int) -> tuple[bytes, bytes]:
    """(ClientKey, ServerKey) for ``secret``."""
    salted = _salted(secret, salt, iterations)
    return _hmac(salted, b"Client Key"), _hmac(salted, b"Server Key")


def new_credential(name: str, created: str = "") -> tuple[str, Verifier]:
    """A fresh credential (shown to the user once) and its verifier (stored)."""
    ui_id = UI_ID_PREFIX + secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    salt = secrets.token_bytes(SALT_BYTES)
    client_key, server_key = _keys(secret, salt, ITERATIONS)
    verifier = Verifier(
        ui_id=ui_id,
        name=name,
        salt=salt,
        iterations=ITERATIONS,
        stored_key=hashlib.sha256(client_key).digest(),
        server_key=server_key,
        created=created,
    )
    return f"{ui_id}:{secret}", verifier


def parse_credential(text: str) -> tuple[str, str]:
    """Split ``<ui id>:<secret>``; CredentialError if it is not one."""
    ui_id, colon, secret = text.strip().partition(":")
    if (
        not colon
        or not ui_id.startswith(UI_ID_PREFIX)
        or len(ui_id) > MAX_UI_ID
        or not ui_id.isascii()
        or not ui_id.isprintable()
        or len(secret) < 16
    ):
        raise CredentialError("not a messenger remote credential (ui-...:...)")
    return ui_id, secret


def new_nonce() -> str:
    return secrets.token_urlsafe(NONCE_BYTES)


def auth_message(
    ui_id: str, client_nonce: str, nonce: str, salt: bytes, binding: str
) -> bytes:
    """``M``: what both proofs sign (see the module docstring)."""
    parts = ("messenger-attach-1", ui_id, client_nonce, nonce, salt.hex(), binding)
    return "\n".join(parts).encode("utf-8")


def client_proof(
    secret: str, salt: bytes, iterations: int, message: bytes
) -> tuple[bytes, bytes]:
    """(proof to send, signature to expect back) for ``message``."""
    client_key, server_key = _keys(secret, salt, iterations)
    stored_key = hashlib.sha256(client_key).digest()
    signature = _hmac(stored_key, message)
    proof = bytes(a ^ b for a, b in zip(client_key, signature, strict=True))
    return proof, _hmac(server_key, message)


def verify_proof(verifier: Verifier, message: bytes, proof: bytes) -> bool:
    """Does ``proof`` show knowledge of the secret behind ``verifier``?"""
    if len(proof) != hashlib.sha256().digest_size:
        return False
    signature = _hmac(verifier.stored_key, message)
    client_key = bytes(a ^ b for a, b in zip(proof, signature, strict=True))
    return hmac.compare_digest(hashlib.sha256(client_key).digest(), verifier.stored_key)


def server_signature(verifier: Verifier, message: bytes) -> bytes:
    return _hmac(verifier.server_key, message)


def decoy_salt(key: bytes, ui_id: str) -> bytes:
    """A stable salt for an unknown UI id (no hint that it does not exist)."""
    return _hmac(key, ui_id.encode("utf-8", "replace"))[:SALT_BYTES]


# ---------------------------------------------------------------- rate limit
@dataclass(slots=True)
class _Peer:
    failures: int = 0
    blocked_until: float = 0.0


class LoginLimiter:
    """Failed logins: a growing wait per peer address, and a cap for everyone.

    A peer gets ``FREE_FAILURES`` attempts; each failure after that doubles
    its wait (1 s, 2 s, ... up to ``MAX_WAIT``). More than ``GLOBAL_FAILURES``
    failures from anyone within ``GLOBAL_WINDOW`` seconds close remote login
    for everyone until the window has passed: a distributed guesser gets no
    more than that many tries per window. A success clears the peer's record.
    The table of peers is bounded (oldest forgotten first).
    """

    FREE_FAILURES = 5
    MAX_WAIT = 300.0
    GLOBAL_FAILURES = 30
    GLOBAL_WINDOW = 60.0
    MAX_PEERS = 10_000

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._peers: OrderedDict[str, _Peer] = OrderedDict()
        self._recent: deque[float] = deque()

    def wait_time(self, peer: str) -> float:
        """Seconds until ``peer`` may try again (0: now)."""
        now = self._clock()
        while self._recent and self._recent[0] <= now - self.GLOBAL_WINDOW:
            self._recent.popleft()
        waits = [0.0]
        if len(self._recent) >= self.GLOBAL_FAILURES:
            waits.append(self._recent[0] + self.GLOBAL_WINDOW - now)
        record = self._peers.get(peer)
        if record is not None:
            waits.append(record.blocked_until - now)
        return max(waits)

    def failed(self, peer: str) -> None:
        now = self._clock()
        self._recent.append(now)
        record = self._peers.pop(peer, None) or _Peer()
        record.failures += 1
        over = record.failures - self.FREE_FAILURES
        if over >= 0:
            record.blocked_until = now + min(self.MAX_WAIT, 2.0**over)
        self._peers[peer] = record
        while len(self._peers) > self.MAX_PEERS:
            self._peers.popitem(last=False)

    def succeeded(self, peer: str) -> None:
        self._peers.pop(peer, None)
