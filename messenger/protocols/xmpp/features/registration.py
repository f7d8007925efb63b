# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0077 in-band registration of a new account, before its first login.

With the account setting ``register``, ``XmppClient`` calls ``before_login``
on the first stream that is encrypted and offers SASL, so registration uses
the same TLS connection and certificate policy (verified, or the pinned
certificate) as the login that follows on it. We ask the server for its form
and send the JID's local part and the account password (never logged). On
success the setting is switched off in the core (``update_settings``) at
once, so neither a reconnect nor the next start registers again. Errors:
the name is taken -> ``CONFLICT``; the server does not allow it or wants more
than a name and password -> ``POLICY_VIOLATION`` with the server's text; both
wait for the user. No answer or a temporary error is retried like any
failed login.
"""

from __future__ import annotations

from collections.abc import Callable

from slixmpp import JID
from slixmpp.exceptions import IqError
from slixmpp.plugins.xep_0077.stanza import Register
from slixmpp.stanza import Iq
from slixmpp.xmlstream import register_stanza_plugin

from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.protocols.xmpp import mapping
from messenger.protocols.xmpp.connection import Failure
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.context import request

REGISTER_TIMEOUT = 15.0
_POLICY = {
    "bad-request",
    "feature-not-implemented",
    "forbidden",
    "not-acceptable",
    "not-allowed",
    "not-authorized",
    "policy-violation",
    "registration-required",
    "service-unavailable",
}

# slixmpp sends IQs before authentication only when they carry this plugin.
register_stanza_plugin(Iq, Register)


def registration_failure(condition: str, detail: str) -> Failure:
    """What an error answer to our registration means for the account."""
    detail = detail or condition or "error"
    if condition == "conflict":
        return Failure(ErrorInfo(code=ErrorCode.CONFLICT, detail=detail), fatal=True)
    if condition in _POLICY:
        error = ErrorInfo(code=ErrorCode.POLICY_VIOLATION, detail=detail)
        return Failure(error, fatal=True)
    return Failure(ErrorInfo(code=ErrorCode.SERVER_ERROR, detail=detail))


class Registration:
    def __init__(self, ctx: XmppContext, report: Callable[[Failure], None]) -> None:
        self._ctx = ctx
        self._report = report
        #: Registered in this run: never again, whatever the settings say.
        self.done = False

    async def before_login(self) -> bool:
        """Register if the settings ask for it; False: stop this attempt."""
        client = self._ctx.client
        if self.done or not self._ctx.settings.register or client is None:
            return True
        try:
            await self._register(JID(client.requested_jid.domain), client.password)
        except TimeoutError:
            detail = "the server did not answer the registration"
            self._report(Failure(ErrorInfo(code=ErrorCode.TIMEOUT, detail=detail)))
            return False
        except IqError as exc:
            condition = str(exc.condition)
            failure = registration_failure(condition, mapping.error_text(exc.iq.xml))
            self._ctx.log.warning("registration refused: %s", failure.error.detail)
            self._report(failure)
            return False
        self.done = True
        self._ctx.log.info("account registered")
        await self._ctx.sink.update_settings({"register": False})
        return True

    async def _register(self, domain: JID, password: str) -> None:
        client = self._ctx.client
        assert client is not None
        form = client.make_iq_get(ito=domain)
        form.enable("register")
        await request(form, REGISTER_TIMEOUT)
        submit = client.make_iq_set(ito=domain)
        submit["register"]["username"] = client.requested_jid.user
        submit["register"]["password"] = password
        await request(submit, REGISTER_TIMEOUT)
