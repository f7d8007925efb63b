# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""pytest plugin: real servers for integration tests (registered in tests/conftest.py).

Session fixtures start a server the first time a test asks for it and stop it at
the end of the session, also when tests fail (finalizers), when pytest exits
abnormally (atexit) or gets SIGTERM (see ``process.py``):

- ``testbed_pki``: the test CA and server certificate shared by all servers.
- ``prosody``: a started ``ProsodyServer`` (domain ``localhost``).
- ``mail_server``: a started ``MailServer`` (domain ``mail.test``).
- ``secret_service``: a started ``SecretService`` (private bus + gnome-keyring).
- ``xvfb``: a started ``Xvfb``.
- ``deltachat``: Delta Chat's core (``deltachat-rpc-server``) on ``mail_server``.

Function fixtures:

- ``xmpp_user(prefix="user") -> (jid, password)``: registers a fresh account.
- ``mail_user(prefix="user") -> (address, password)``: creates a fresh mailbox.
- ``deltachat_peer(prefix="dc") -> DeltaChatPeer``: a fresh Delta Chat account
  on a fresh mailbox, its I/O started and its INBOX idle.
- ``keyring_env``: points ``os.environ`` and ``keyring`` at ``secret_service``
  (unlocked) for one test and restores both afterwards; yields the service.

A server that cannot start fails the test with its log tail; it never skips.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable
from collections.abc import Iterator
from typing import Protocol
from typing import TypeVar

import keyring
import pytest
from keyring.backends import SecretService as SecretServiceBackend

from tests.testbed.certs import TestPki
from tests.testbed.certs import make_test_pki
from tests.testbed.deltachat import DeltaChatCore
from tests.testbed.deltachat import DeltaChatPeer
from tests.testbed.mail import MailServer
from tests.testbed.process import TestbedError
from tests.testbed.process import make_temp_dir
from tests.testbed.process import remove_dir
from tests.testbed.prosody import ProsodyServer
from tests.testbed.secret_service import SecretService
from tests.testbed.service import Service
from tests.testbed.xvfb import Xvfb

_T = TypeVar("_T")
_S = TypeVar("_S", bound=Service)
_serial = itertools.count(1)


class UserFactory(Protocol):
    """Creates a fresh account on a test server: ``(address, password)``."""

    def __call__(self, prefix: str = "user") -> tuple[str, str]: ...


def _unique(prefix: str) -> str:
    """A lowercase user name no earlier call (or session) has used."""
    return f"{prefix}{next(_serial)}-{secrets.token_hex(3)}".lower()


def _started(name: str, start: Callable[[], _T]) -> _T:
    """Run ``start``; turn a TestbedError into a test failure with its log tail."""
    try:
        return start()
    except TestbedError as exc:
        message = f"test bed: could not start {name}: {exc}"
    # Outside the except block, so the report shows the log, not a traceback chain.
    pytest.fail(message, pytrace=False)


def _serve(name: str, service: _S) -> Iterator[_S]:
    """Fixture body: start ``service`` (see ``_started``), yield it, close it."""
    try:
        _started(name, service.start)
        yield service
    finally:
        service.close()


@pytest.fixture(scope="session")
def testbed_pki() -> Iterator[TestPki]:
    directory = make_temp_dir("pki")
    try:
        yield _started("the test CA", lambda: make_test_pki(directory))
    finally:
        remove_dir(directory)


@pytest.fixture(scope="session")
def prosody(testbed_pki: TestPki) -> Iterator[ProsodyServer]:
    yield from _serve("Prosody", ProsodyServer(pki=testbed_pki))


@pytest.fixture(scope="session")
def mail_server(testbed_pki: TestPki) -> Iterator[MailServer]:
    yield from _serve("the mail server", MailServer(pki=testbed_pki))


@pytest.fixture(scope="session")
def deltachat(mail_server: MailServer) -> Iterator[DeltaChatCore]:
    yield from _serve("Delta Chat's core", DeltaChatCore(mail_server))


@pytest.fixture(scope="session")
def secret_service() -> Iterator[SecretService]:
    yield from _serve("the Secret Service", SecretService())


@pytest.fixture(scope="session")
def xvfb() -> Iterator[Xvfb]:
    yield from _serve("Xvfb", Xvfb())


def _user_factory(create: Callable[[str, str], str]) -> UserFactory:
    """A UserFactory calling ``create(name, password)`` with a fresh pair."""

    def make(prefix: str = "user") -> tuple[str, str]:
        password = secrets.token_urlsafe(12)
        return create(_unique(prefix), password), password

    return make


@pytest.fixture
def xmpp_user(prosody: ProsodyServer) -> UserFactory:
    return _user_factory(prosody.register)


@pytest.fixture
def mail_user(mail_server: MailServer) -> UserFactory:
    return _user_factory(mail_server.add_user)


class PeerFactory(Protocol):
    """Makes a ready Delta Chat account on a fresh mailbox."""

    def __call__(self, prefix: str = "dc", name: str = "") -> DeltaChatPeer: ...


@pytest.fixture
def deltachat_peer(deltachat: DeltaChatCore, mail_user: UserFactory) -> PeerFactory:
    def make(prefix: str = "dc", name: str = "") -> DeltaChatPeer:
        address, password = mail_user(prefix)
        peer = deltachat.add_peer(address, password, name)
        peer.ready()
        return peer

    return make


@pytest.fixture
def keyring_env(
    secret_service: SecretService, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SecretService]:
    """Use the private Secret Service as the keyring for one test."""
    if secret_service.is_locked():  # a test may lock it; the next one gets it open
        secret_service.unlock()
    for name, value in secret_service.env.items():
        monkeypatch.setenv(name, value)
    previous = keyring.get_keyring()
    keyring.set_keyring(SecretServiceBackend.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield secret_service
    finally:
        keyring.set_keyring(previous)
        if secret_service.is_locked():
            secret_service.unlock()
