# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The mail transport against the real Dovecot + SMTP front: TLS, logins, sending.

Implicit TLS and STARTTLS (IMAP and SMTP) verified against the test CA; the
same servers without the CA are untrusted: refused with their fingerprint,
accepted once it is pinned; wrong passwords, plain without consent, closed
ports; SMTP connection reuse, permanent refusals and an SMTP outage.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import make_msgid

import pytest

from messenger.core.model import ErrorCode
from messenger.core.model import JsonValue
from messenger.protocols.email.errors import TransportError
from messenger.protocols.email.imap import ImapConnection
from messenger.protocols.email.security import TlsPolicy
from messenger.protocols.email.settings import EmailSettings
from messenger.protocols.email.smtp import SmtpError
from messenger.protocols.email.smtp import SmtpSender
from messenger.protocols.tls import normalize_fingerprint
from tests.testbed.certs import TestPki
from tests.testbed.certs import sha256_fingerprint
from tests.testbed.fixtures import UserFactory
from tests.testbed.mail import MailServer
from tests.testbed.ports import free_ports

SECURITIES = ["tls", "starttls"]


def settings_for(
    server: MailServer,
    address: str,
    *,
    imap: str = "tls",
    smtp: str = "starttls",
    trust: bool = True,
    **extra: JsonValue,
) -> EmailSettings:
    """Settings for ``address`` on ``server``; ``trust``: pass the test CA."""
    values: dict[str, JsonValue] = {
        "imap_host": server.host,
        "imap_port": server.imaps_port if imap == "tls" else server.imap_port,
        "imap_security": imap,
        "smtp_host": server.host,
        "smtp_port": server.smtps_port if smtp == "tls" else server.smtp_port,
        "smtp_security": smtp,
    }
    if trust:
        values["ca_file"] = str(server.ca_file)
    return EmailSettings.from_settings(address, values | extra)


def chat_mail(sender: str, recipient: str, text: str, *, chat: bool = True) -> bytes:
    """A small mail; with ``chat`` it carries ``Chat-Version: 1.0``."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = "Message from a test" if chat else f"Classic {text}"
    message["Message-ID"] = make_msgid(domain="mail.test")
    if chat:
        message["Chat-Version"] = "1.0"
    message.set_content(text)
    return message.as_bytes().replace(b"\n", b"\r\n")


async def open_imap(settings: EmailSettings, password: str) -> ImapConnection:
    return await ImapConnection.open(
        settings.imap, password, await TlsPolicy.load(settings)
    )


def server_fingerprint(server: MailServer) -> str:
    return normalize_fingerprint(sha256_fingerprint(server.pki.cert))


@pytest.fixture(scope="module")
def own_mail_server(testbed_pki: TestPki) -> Iterator[MailServer]:
    """A mail server of this module's own, for tests that stop parts of it."""
    server = MailServer(pki=testbed_pki)
    try:
        server.start()
        yield server
    finally:
        server.close()


# ----------------------------------------------------------------- IMAP


@pytest.mark.asyncio
@pytest.mark.parametrize("security", SECURITIES)
async def test_imap_login_verified(
    mail_server: MailServer, mail_user: UserFactory, security: str
) -> None:
    address, password = mail_user("alice")
    settings = settings_for(mail_server, address, imap=security)

    conn = await open_imap(settings, password)
    try:
        status = await conn.select("INBOX")
    finally:
        await conn.logout()

    assert {"IDLE", "MOVE", "CONDSTORE", "UIDPLUS"} <= conn.capabilities
    assert "STARTTLS" not in conn.capabilities  # what the server said in clear is gone
    assert conn.fingerprint == server_fingerprint(mail_server)
    assert status.uidvalidity > 0
    assert conn.closed


@pytest.mark.asyncio
@pytest.mark.parametrize("security", SECURITIES)
async def test_imap_untrusted_certificate_refused_until_pinned(
    mail_server: MailServer, mail_user: UserFactory, security: str
) -> None:
    address, password = mail_user("carol")
    untrusted = settings_for(mail_server, address, imap=security, trust=False)

    with pytest.raises(TransportError) as refused:
        await open_imap(untrusted, password)

    error = refused.value
    assert error.code is ErrorCode.CERTIFICATE_UNTRUSTED
    assert error.fatal
    assert error.info.fingerprint == server_fingerprint(mail_server)
    assert "certificate" in error.info.detail
    other = "AB" * 32  # a pin of some other certificate does not help
    pins = f"{other} {error.info.fingerprint.replace(':', '').lower()}"
    pinned = settings_for(
        mail_server, address, imap=security, trust=False, pinned_fingerprint=pins
    )
    conn = await open_imap(pinned, password)
    await conn.logout()
    wrong_pin = settings_for(
        mail_server, address, imap=security, trust=False, pinned_fingerprint=other
    )
    with pytest.raises(TransportError) as still_refused:
        await open_imap(wrong_pin, password)
    assert still_refused.value.code is ErrorCode.CERTIFICATE_UNTRUSTED


@pytest.mark.asyncio
@pytest.mark.parametrize("security", [*SECURITIES, "plain"])
async def test_imap_wrong_password(
    mail_server: MailServer, mail_user: UserFactory, security: str
) -> None:
    address, _ = mail_user("dave")
    settings = settings_for(mail_server, address, imap=security, allow_plain=True)

    with pytest.raises(TransportError) as refused:
        await open_imap(settings, "not-the-password")

    assert refused.value.code is ErrorCode.AUTH_FAILED
    assert refused.value.fatal


@pytest.mark.asyncio
async def test_imap_plain_needs_consent(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    address, password = mail_user("erin")
    plain = settings_for(mail_server, address, imap="plain")

    with pytest.raises(TransportError) as refused:
        await open_imap(plain, password)
    assert refused.value.code is ErrorCode.INVALID_INPUT
    assert "allow_plain" in refused.value.info.detail

    consented = settings_for(mail_server, address, imap="plain", allow_plain=True)
    conn = await open_imap(consented, password)
    await conn.logout()
    assert conn.fingerprint == ""


@pytest.mark.asyncio
async def test_imap_closed_port_is_unreachable(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    address, password = mail_user("fay")
    [port] = free_ports(1)
    settings = settings_for(mail_server, address, imap_port=port)

    with pytest.raises(TransportError) as failed:
        await open_imap(settings, password)

    assert failed.value.code is ErrorCode.HOST_UNREACHABLE
    assert not failed.value.fatal


# ----------------------------------------------------------------- SMTP


async def inbox_subjects(settings: EmailSettings, password: str) -> list[bytes]:
    conn = await open_imap(settings, password)
    try:
        await conn.select("INBOX")
        uids = await conn.uid_search("ALL")
        items = await conn.fetch(uids, "(UID BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
    finally:
        await conn.logout()
    return [items[uid].sections["BODY[HEADER.FIELDS]"].strip() for uid in uids]


@pytest.mark.asyncio
@pytest.mark.parametrize("security", SECURITIES)
async def test_smtp_sends_and_reuses_its_connection(
    mail_server: MailServer, mail_user: UserFactory, security: str
) -> None:
    alice, alice_password = mail_user("alice")
    bob, bob_password = mail_user("bob")
    sender = SmtpSender(settings_for(mail_server, alice, smtp=security), alice_password)

    async with sender:
        first = await sender.send(chat_mail(alice, bob, "one", chat=False), [bob])
        second = await sender.send(chat_mail(alice, bob, "two", chat=False), [bob])

    assert first.refused == {}
    assert second.refused == {}
    assert sender.connections == 1
    subjects = await inbox_subjects(settings_for(mail_server, bob), bob_password)
    assert sorted(subjects) == [b"Subject: Classic one", b"Subject: Classic two"]


@pytest.mark.asyncio
@pytest.mark.parametrize("security", SECURITIES)
async def test_smtp_untrusted_certificate_refused_until_pinned(
    mail_server: MailServer, mail_user: UserFactory, security: str
) -> None:
    alice, password = mail_user("alice")
    mail = chat_mail(alice, alice, "pinned")
    untrusted = settings_for(mail_server, alice, smtp=security, trust=False)

    with pytest.raises(SmtpError) as refused:
        async with SmtpSender(untrusted, password) as sender:
            await sender.send(mail, [alice])

    error = refused.value
    assert error.code is ErrorCode.CERTIFICATE_UNTRUSTED
    assert error.fatal
    assert not error.permanent
    assert error.info.fingerprint == server_fingerprint(mail_server)
    pinned = settings_for(
        mail_server,
        alice,
        smtp=security,
        trust=False,
        pinned_fingerprint=error.info.fingerprint,
    )
    async with SmtpSender(pinned, password) as sender:
        result = await sender.send(mail, [alice])
    assert result.refused == {}


@pytest.mark.asyncio
async def test_smtp_wrong_password(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    alice, _ = mail_user("alice")

    with pytest.raises(SmtpError) as refused:
        async with SmtpSender(settings_for(mail_server, alice), "wrong") as sender:
            await sender.send(chat_mail(alice, alice, "x"), [alice])

    assert refused.value.code is ErrorCode.AUTH_FAILED
    assert refused.value.fatal
    assert not refused.value.permanent
    assert refused.value.reply_code == 535


@pytest.mark.asyncio
async def test_smtp_refusals_are_permanent(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    alice, password = mail_user("alice")
    bob, _ = mail_user("bob")
    nobody = f"nobody-{secrets.token_hex(3)}@{mail_server.domain}"
    sender = SmtpSender(settings_for(mail_server, alice), password)

    async with sender:
        with pytest.raises(SmtpError) as refused:
            await sender.send(chat_mail(alice, nobody, "lost"), [nobody])
        partly = await sender.send(chat_mail(alice, bob, "half"), [nobody, bob])
        with pytest.raises(SmtpError) as relay:
            await sender.send(chat_mail(alice, bob, "out"), ["someone@example.org"])
        after = await sender.send(chat_mail(alice, bob, "fine"), [bob])

    assert refused.value.permanent
    assert not refused.value.fatal
    assert refused.value.reply_code == 550
    assert "User unknown" in refused.value.info.detail
    assert list(partly.refused) == [nobody]
    assert partly.refused[nobody].startswith("550")
    assert relay.value.permanent
    assert after.refused == {}
    assert sender.connections == 1  # refusals reset the transaction, not the link


@pytest.mark.asyncio
async def test_smtp_outage_is_temporary(own_mail_server: MailServer) -> None:
    server = own_mail_server
    alice = server.add_user(f"alice{secrets.token_hex(3)}", "alice-password")
    sender = SmtpSender(settings_for(server, alice), "alice-password", idle_close=60)
    await sender.send(chat_mail(alice, alice, "before"), [alice])

    await asyncio.to_thread(server.stop_smtp)
    try:
        with pytest.raises(SmtpError) as outage:
            await sender.send(chat_mail(alice, alice, "during"), [alice])
    finally:
        await asyncio.to_thread(server.start_smtp)
    result = await sender.send(chat_mail(alice, alice, "after"), [alice])
    await sender.close()

    error = outage.value
    assert not error.permanent
    assert not error.fatal
    assert error.code is ErrorCode.HOST_UNREACHABLE
    assert result.refused == {}
    assert sender.connections == 2
