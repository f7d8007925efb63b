# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""One error type for the mail transport, and how network failures map to it.

``TransportError`` is a ``CoreError`` whose ``info`` may carry a certificate
fingerprint (``CERTIFICATE_UNTRUSTED``). ``fatal`` says that retrying cannot
help until the user acts (wrong password, untrusted certificate, no
encryption where it is required, settings that cannot work); everything else
(unreachable, timeouts, a server that is busy) is retried with backoff.
Server texts in ``detail`` are sanitised and shortened: they come from the
network and end up in logs and dialogs (always shown as plain text).
"""

from __future__ import annotations

import socket
import ssl
from typing import TypeVar

from messenger.core.errors import CoreError
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.protocols.tls import describe_tls_error

MAX_DETAIL = 300
_E = TypeVar("_E", bound=BaseException)
FATAL_CODES = frozenset(
    {
        ErrorCode.AUTH_FAILED,
        ErrorCode.CERTIFICATE_UNTRUSTED,
        ErrorCode.TLS_UNAVAILABLE,
        ErrorCode.INVALID_INPUT,
        ErrorCode.NO_PASSWORD,
    }
)


class TransportError(CoreError):
    """A connection or command failed; ``info`` says why (see the module doc)."""

    def __init__(
        self,
        code: ErrorCode,
        detail: str = "",
        *,
        fingerprint: str = "",
        fatal: bool | None = None,
    ) -> None:
        detail = server_text(detail)
        super().__init__(code, detail)
        self.info = ErrorInfo(code=code, detail=detail, fingerprint=fingerprint)
        self.fatal = code in FATAL_CODES if fatal is None else fatal


def server_text(text: str | bytes | bytearray) -> str:
    """Peer text made safe for a log line or a dialog: printable, one line, short."""
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", "replace")
    cleaned = "".join(c if c.isprintable() else " " for c in text)
    cleaned = " ".join(cleaned.split())
    if len(cleaned) > MAX_DETAIL:
        cleaned = cleaned[: MAX_DETAIL - 1] + "…"
    return cleaned


def find_cause(error: BaseException, kind: type[_E]) -> _E | None:
    """``error`` or the first exception of type ``kind`` it was raised from."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def network_error(error: BaseException, where: str = "") -> TransportError:  # noqa: PLR0911
    """Classify a failure to reach or talk to a server (``where``: "IMAP", ...)."""
    prefix = f"{where}: " if where else ""
    if isinstance(error, TransportError):
        return error
    if (cert := find_cause(error, ssl.SSLCertVerificationError)) is not None:
        return TransportError(
            ErrorCode.CERTIFICATE_UNTRUSTED, prefix + describe_tls_error(cert)
        )
    if (tls := find_cause(error, ssl.SSLError)) is not None:
        detail = prefix + "TLS failed: " + describe_tls_error(tls)
        return TransportError(ErrorCode.TLS_UNAVAILABLE, detail, fatal=False)
    if (dns := find_cause(error, socket.gaierror)) is not None:
        detail = prefix + (dns.strerror or str(dns))
        return TransportError(ErrorCode.HOST_NOT_FOUND, detail, fatal=False)
    if find_cause(error, TimeoutError) is not None:
        return TransportError(ErrorCode.TIMEOUT, prefix + "no answer in time")
    if (os_error := find_cause(error, OSError)) is not None:
        detail = prefix + (os_error.strerror or str(os_error) or "connection failed")
        return TransportError(ErrorCode.HOST_UNREACHABLE, detail)
    detail = prefix + (str(error) or type(error).__name__)
    return TransportError(ErrorCode.SERVER_ERROR, detail)
