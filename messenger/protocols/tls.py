# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""TLS policy shared by every backend: verified by default, pins as the exception.

A connection is first made with a verifying context (system CAs plus the
account's ``ca_file``, host name checked against the name the user configured,
never one learnt from DNS: CVE-2022-24968). When that check fails, the backend
may make a second handshake with ``pinning_context`` to learn the presented
certificate's fingerprint; it then uses that connection only if the fingerprint
is one the user pinned, and checks that before a single byte of protocol (let
alone a password) is sent.
"""

from __future__ import annotations

import hashlib
import ssl

MIN_TLS = ssl.TLSVersion.TLSv1_2
_SEPARATORS = ": \t-"


def format_fingerprint(der: bytes) -> str:
    """SHA-256 of a DER certificate as upper-case hex pairs joined by colons."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def normalize_fingerprint(text: str) -> str:
    """The canonical form of a user-supplied fingerprint, or "" if it is not one."""
    hex_digits = "".join(c for c in text.upper() if c not in _SEPARATORS)
    if len(hex_digits) != 64 or any(c not in "0123456789ABCDEF" for c in hex_digits):
        return ""
    return ":".join(hex_digits[i : i + 2] for i in range(0, 64, 2))


def parse_fingerprints(text: str) -> frozenset[str]:
    """Every valid fingerprint in ``text`` (separated by spaces, commas or lines).

    Each one may be written with or without colons; anything that is not a
    SHA-256 fingerprint is dropped.
    """
    words = text.replace(",", " ").replace(";", " ").split()
    found = {normalize_fingerprint(word) for word in words}
    found.discard("")
    return frozenset(found)


def verifying_context(ca_file: str = "") -> ssl.SSLContext:
    """System CAs plus ``ca_file``; host name checked. Blocks (file I/O)."""
    context = ssl.create_default_context()
    context.minimum_version = MIN_TLS
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


def pinning_context() -> ssl.SSLContext:
    """A context that accepts any certificate: used only with a fingerprint check.

    The caller compares ``peer_fingerprint`` with the pins before it sends
    anything over such a connection.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = MIN_TLS
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def peer_fingerprint(ssl_object: object) -> str:
    """The fingerprint of the certificate an ``ssl.SSLObject`` was presented."""
    if not isinstance(ssl_object, ssl.SSLObject | ssl.SSLSocket):
        return ""
    der = ssl_object.getpeercert(binary_form=True)
    return format_fingerprint(der) if der else ""


def describe_tls_error(error: BaseException) -> str:
    """A short reason for a failed handshake (e.g. "self-signed certificate")."""
    if isinstance(error, ssl.SSLCertVerificationError):
        message = getattr(error, "verify_message", "") or getattr(error, "reason", "")
        return str(message) or str(error) or "certificate not trusted"
    if isinstance(error, ssl.SSLError):
        return str(getattr(error, "reason", "") or error)
    return str(error) or type(error).__name__
