# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""An xmpp:/mailto: URI opens its chat in the running instance, or says why not.

The end-to-end case goes the way a click on a link does when messenger runs
already: a second process (``notify_running``, as ``messenger xmpp:...`` calls
it) hands its argument list over the real single-instance socket to an
:class:`InstanceServer` here, wired to the workbench as ``messenger/app.py``
wires it. The core is a real LocalCore (in memory) whose network is the
``ScriptedBackend`` test double.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from messenger.ui.aio import signal_future
from messenger.ui.chat.tab import ChatTab
from messenger.ui.single_instance import InstanceServer
from messenger.ui.workbench import Workbench
from tests.gui.buddy_fixtures import JULIET
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env

TIMEOUT = 5.0
CHILD_TIMEOUT = TIMEOUT + 30  # the child's own start (Python + QtNetwork)
CLIENT = """
import json, sys
from messenger.ui.single_instance import notify_running
runtime_id, argv = sys.argv[1], json.loads(sys.argv[2])
print(json.dumps(notify_running(runtime_id, argv, 5.0)))
"""


def _start_later_instance(runtime_id: str, argv: list[str]) -> bool:
    result = subprocess.run(
        [sys.executable, "-c", CLIENT, runtime_id, json.dumps(argv)],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        check=True,
    )
    answered = json.loads(result.stdout)
    assert isinstance(answered, bool)
    return answered


@pytest_asyncio.fixture
async def running(
    tmp_path: Path, qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[Env, Workbench]]:
    """A started workbench on a window with one XMPP account (Romeo's)."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setattr(type(qapp), "quit", lambda *args: None)
    quit_on_last = qapp.quitOnLastWindowClosed()
    try:
        async with buddy_env(tmp_path, qtbot) as env:
            workbench = Workbench(env.core, env.window, qapp)
            await workbench.start(await env.core.snapshot())
            yield env, workbench
            await workbench.close()
            workbench.deleteLater()
    finally:
        qapp.setQuitOnLastWindowClosed(quit_on_last)


async def refusal(workbench: Workbench, uri: str) -> str:
    assert workbench.uris is not None
    refused = signal_future(workbench.uris.refused)
    workbench.open_uri(uri)
    async with asyncio.timeout(TIMEOUT):
        (text,) = await refused
    assert isinstance(text, str)
    return text


@pytest.mark.asyncio
async def test_a_later_start_with_an_xmpp_uri_opens_that_chat(
    running: tuple[Env, Workbench],
) -> None:
    env, workbench = running
    assert workbench.uris is not None
    runtime_id = f"test-uri-{uuid.uuid4().hex[:12]}"
    server = InstanceServer(runtime_id, env.window)
    server.activation_requested.connect(workbench.handle_activation)  # as app.py
    assert server.listen()
    opened = signal_future(workbench.uris.opened)
    argv = [
        "--profile",
        "/somewhere",
        "xmpp:Juliet@Capulet.example?message;body=Good%20night%2C%20good%20night!",
    ]
    try:
        async with asyncio.timeout(CHILD_TIMEOUT):
            answered = await asyncio.to_thread(_start_later_instance, runtime_id, argv)
            (tab,) = await opened
    finally:
        server.close()

    assert answered is True
    assert isinstance(tab, ChatTab)
    assert tab.peer == JULIET
    assert tab.account_id == env.account.id
    assert tab.window().isVisible()
    assert tab.composer.toPlainText() == "Good night, good night!"
    # Prefilled, never sent.
    assert env.backend.sent == []


@pytest.mark.asyncio
async def test_a_body_does_not_overwrite_a_draft(
    running: tuple[Env, Workbench],
) -> None:
    env, workbench = running
    assert workbench.uris is not None
    assert workbench.chats is not None
    tab = await workbench.chats.open_chat(env.account.id, JULIET)
    tab.composer.setPlainText("my own draft")
    opened = signal_future(workbench.uris.opened)

    workbench.open_uri("xmpp:juliet@capulet.example?message;body=spam")
    async with asyncio.timeout(TIMEOUT):
        assert await opened == (tab,)
    assert tab.composer.toPlainText() == "my own draft"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("uri", "words"),
    [
        ("xmpp:juliet@capulet.example/balcony", "one device"),
        ("xmpp:capulet.example", "a server"),
        ("xmpp:%FF@capulet.example", "malformed"),
        ("xmpp:room@conference.capulet.example?join", "group chat"),
        ("mailto:nurse@capulet.example", "no enabled e-mail account"),
        ("xmpp://tybalt@capulet.example/juliet@capulet.example", "tybalt@capulet"),
    ],
)
async def test_a_uri_that_cannot_open_says_why(
    running: tuple[Env, Workbench], uri: str, words: str
) -> None:
    _, workbench = running
    text = await refusal(workbench, uri)

    assert words in text
    assert workbench.uris is not None
    box = workbench.uris.message_box
    assert box is not None
    assert box.isVisible()
    assert box.textFormat() is Qt.TextFormat.PlainText
    assert box.text() == text
    assert workbench.chats is not None
    assert workbench.chats.tabs() == []


@pytest.mark.asyncio
async def test_markup_in_a_link_stays_text(running: tuple[Env, Workbench]) -> None:
    env, workbench = running
    assert workbench.uris is not None
    opened = signal_future(workbench.uris.opened)
    workbench.open_uri(
        "xmpp:juliet@capulet.example?message;body=%3Cimg%20src%3Dx%3E%3Cb%3Ehi"
    )
    async with asyncio.timeout(TIMEOUT):
        (tab,) = await opened
    assert tab.composer.toPlainText() == "<img src=x><b>hi"
    assert env.backend.sent == []
