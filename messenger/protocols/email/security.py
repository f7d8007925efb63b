# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The TLS policy of both mail connections (IMAP and SMTP), as for XMPP.

Certificates are verified against the host name the user configured (system CAs
plus ``ca_file``). When that fails, one more connection with a non-verifying
context learns the presented certificate; it is used only if its SHA-256
fingerprint is among ``pinned_fingerprint`` (IMAP and SMTP may have different
certificates: each may be pinned), checked before a password is sent. Otherwise
the attempt fails with ``CERTIFICATE_UNTRUSTED`` and the fingerprint, so the UI
can offer to pin it. "plain" needs ``allow_plain``: without it, it is refused.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Awaitable
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from messenger.core.mail_defaults import MailSecurity
from messenger.core.model import ErrorCode
from messenger.protocols import tls
from messenger.protocols.email.errors import TransportError
from messenger.protocols.email.errors import find_cause
from messenger.protocols.email.settings import EmailSettings
from messenger.protocols.email.settings import Endpoint

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class TlsPolicy:
    """The verifying context, the pins and the consent to plain connections."""

    verifying: ssl.SSLContext
    pins: frozenset[str]
    allow_plain: bool = False

    @classmethod
    async def load(cls, settings: EmailSettings) -> TlsPolicy:
        """Build the policy; loading the CAs runs in a thread (file I/O).

        Raises ``TransportError(CERTIFICATE_UNTRUSTED)`` if ``ca_file`` cannot
        be read.
        """
        try:
            context = await asyncio.to_thread(tls.verifying_context, settings.ca_file)
        except (OSError, ValueError) as exc:
            raise TransportError(
                ErrorCode.CERTIFICATE_UNTRUSTED, f"cannot read ca_file: {exc}"
            ) from None
        return cls(context, settings.pinned_fingerprints, settings.allow_plain)

    def check_plain(self, endpoint: Endpoint) -> None:
        """Refuse an unencrypted ``endpoint`` without the user's consent."""
        if endpoint.security is MailSecurity.PLAIN and not self.allow_plain:
            raise TransportError(
                ErrorCode.INVALID_INPUT,
                f"{endpoint.kind.value.upper()} is set to an unencrypted connection, "
                "which needs the allow_plain consent",
            )


async def connect_pinned(
    policy: TlsPolicy,
    attempt: Callable[[ssl.SSLContext], Awaitable[_T]],
    fingerprint: Callable[[_T], str],
    discard: Callable[[_T], Awaitable[None]],
    where: str,
) -> _T:
    """Run ``attempt`` verified; after a certificate failure, once more pinned.

    ``attempt(context)`` connects (TLS handshake included, implicit or STARTTLS)
    but must not authenticate yet. ``fingerprint(conn)`` is the fingerprint of
    the certificate ``conn`` was presented; ``discard`` closes a refused one.
    """
    try:
        return await attempt(policy.verifying)
    except Exception as exc:
        error = find_cause(exc, ssl.SSLCertVerificationError)
        if error is None:
            raise
        detail = f"{where}: {tls.describe_tls_error(error)}"
    conn = await attempt(tls.pinning_context())
    presented = fingerprint(conn)
    if presented and presented in policy.pins:
        return conn
    await discard(conn)
    raise TransportError(ErrorCode.CERTIFICATE_UNTRUSTED, detail, fingerprint=presented)
