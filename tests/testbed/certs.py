# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Throwaway certificates for the test servers, made with the openssl CLI.

``make_test_pki`` creates a test CA and a server certificate signed by it; clients
trust the CA file and verify host names as usual. ``make_self_signed`` creates a
certificate that no CA vouches for, for tests that pin a fingerprint instead.
Keys are P-256 EC keys: made in milliseconds and accepted by Prosody, Dovecot and
Python's ssl module.
"""

from __future__ import annotations

import hashlib
import ipaddress
import ssl
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tests.testbed.process import run_tool

DEFAULT_NAMES = (
    "localhost",
    "conference.localhost",
    "upload.localhost",
    "mail.test",
    "127.0.0.1",
)
_DAYS = "30"
_KEY_ARGS = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")


@dataclass(frozen=True, slots=True, kw_only=True)
class TestPki:
    """Paths of a test CA certificate and a server certificate it signed."""

    __test__ = False

    ca_file: Path
    ca_key: Path
    cert: Path
    key: Path


@dataclass(frozen=True, slots=True, kw_only=True)
class CertPair:
    """Paths of a certificate and its private key (PEM)."""

    cert: Path
    key: Path


def _san(names: Iterable[str]) -> str:
    entries = []
    for name in dict.fromkeys(names):
        try:
            ipaddress.ip_address(name)
        except ValueError:
            entries.append(f"DNS:{name}")
        else:
            entries.append(f"IP:{name}")
    return "subjectAltName=" + ",".join(entries)


def make_test_pki(directory: Path, names: Iterable[str] = DEFAULT_NAMES) -> TestPki:
    """Create ``ca.pem``/``ca.key`` and ``server.pem``/``server.key`` in ``directory``.

    ``names`` become the server certificate's SANs; IP addresses become IP SANs.
    The first name is the subject CN.
    """
    names = list(names)
    directory.mkdir(parents=True, exist_ok=True)
    ca_file, ca_key = directory / "ca.pem", directory / "ca.key"
    cert, key = directory / "server.pem", directory / "server.key"
    csr, ext = directory / "server.csr", directory / "server.ext"
    run_tool(
        [
            "openssl", "req", "-x509", *_KEY_ARGS, "-days", _DAYS,
            "-keyout", str(ca_key), "-out", str(ca_file),
            "-subj", "/CN=messenger test CA",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        ]
    )  # fmt: skip
    run_tool(
        [
            "openssl", "req", "-new", *_KEY_ARGS,
            "-keyout", str(key), "-out", str(csr), "-subj", f"/CN={names[0]}",
        ]
    )  # fmt: skip
    ext.write_text(
        "basicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature\n"
        "extendedKeyUsage=serverAuth\n"
        "subjectKeyIdentifier=hash\n"
        "authorityKeyIdentifier=keyid\n"
        f"{_san(names)}\n",
        encoding="ascii",
    )
    run_tool(
        [
            "openssl", "x509", "-req", "-in", str(csr), "-days", _DAYS,
            "-CA", str(ca_file), "-CAkey", str(ca_key), "-CAcreateserial",
            "-extfile", str(ext), "-out", str(cert),
        ]
    )  # fmt: skip
    for path in (ca_file, cert):
        path.chmod(0o644)
    for path in (ca_key, key):
        path.chmod(0o600)
    return TestPki(ca_file=ca_file, ca_key=ca_key, cert=cert, key=key)


def make_self_signed(
    directory: Path, names: Iterable[str] = DEFAULT_NAMES, *, stem: str = "untrusted"
) -> CertPair:
    """Create ``<stem>.pem``/``<stem>.key``: a self-signed server cert for ``names``.

    Nothing trusts it, so a client must pin its fingerprint to accept it.
    """
    names = list(names)
    directory.mkdir(parents=True, exist_ok=True)
    cert, key = directory / f"{stem}.pem", directory / f"{stem}.key"
    run_tool(
        [
            "openssl", "req", "-x509", *_KEY_ARGS, "-days", _DAYS,
            "-keyout", str(key), "-out", str(cert), "-subj", f"/CN={names[0]}",
            "-addext", "basicConstraints=critical,CA:FALSE",
            "-addext", "extendedKeyUsage=serverAuth",
            "-addext", _san(names),
        ]
    )  # fmt: skip
    cert.chmod(0o644)
    key.chmod(0o600)
    return CertPair(cert=cert, key=key)


def sha256_fingerprint(cert: Path) -> str:
    """SHA-256 of the certificate's DER form, as lowercase hex without separators.

    Equals ``hashlib.sha256(ssl_object.getpeercert(binary_form=True)).hexdigest()``
    on a connection that presents this certificate.
    """
    der = ssl.PEM_cert_to_DER_cert(cert.read_text(encoding="ascii"))
    return hashlib.sha256(der).hexdigest()
