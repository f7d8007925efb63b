# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""GUI tests: each async test runs on a fresh qasync loop over pytest-qt's app.

How the loop gets there: pytest-asyncio (>= 1.4) asks the
``pytest_asyncio_loop_factories`` hook, per test item, for named loop factories
(``firstresult``; it goes through ``item.ihook``, so this conftest answers for
the items under tests/gui only). It parametrizes every async test with them
(one factory: a hidden id) and its function-scoped runner fixture builds an
``asyncio.Runner(loop_factory=...)`` that runs the test and its async fixtures.
The factory needs the QApplication to exist before the runner is built: the
session-scoped autouse fixture below requests pytest-qt's ``qapp`` first.

Cyclic garbage is collected on the GUI thread only: automatic collection is
off while a GUI test runs, and each test's garbage is collected when it ends
(see ``_collect_garbage_on_the_gui_thread``).

Slow callbacks fail the test (STYLE 8.5): the loop runs in debug mode with
``slow_callback_duration = 0.05``; qasync then logs "Executing <handle> took N
seconds" on ``qasync._SimpleTimer`` (asyncio's own loop on ``asyncio``), and
any such record during a test's setup, call or teardown fails it.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator
from collections.abc import Callable
from collections.abc import Generator
from collections.abc import Iterator
from collections.abc import Mapping
from pathlib import Path

import pytest
import pytest_asyncio
import qasync
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMainWindow

from messenger.core.local import LocalCore
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore

SLOW_CALLBACK_SECONDS = 0.05
SLOW_CALLBACK_LOGGERS = ("qasync._SimpleTimer", "asyncio")


class GuiTestLoop(qasync.QEventLoop):  # type: ignore[misc]
    """A qasync loop that stays in debug mode.

    pytest-asyncio's runner calls ``set_debug(<asyncio_debug ini>)`` on every
    loop its factory returns (False unless configured); GUI tests need debug
    mode for the slow-callback check, whatever the rest of the suite uses.
    """

    def set_debug(self, enabled: bool) -> None:
        del enabled
        super().set_debug(True)


def new_qasync_loop() -> asyncio.AbstractEventLoop:
    """A qasync loop over the running test QApplication, in debug mode."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication: the qapp fixture must come first")
    loop: asyncio.AbstractEventLoop = GuiTestLoop(app)
    loop.set_debug(True)
    loop.slow_callback_duration = SLOW_CALLBACK_SECONDS
    return loop


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> Mapping[str, Callable[[], asyncio.AbstractEventLoop]]:
    del config, item
    return {"qasync": new_qasync_loop}


@pytest.fixture(scope="session", autouse=True)
def _gui_app(qapp: QApplication) -> QApplication:
    """Create the QApplication before any loop, and warm up fonts and styles.

    The first text layout of a process loads the font database (~0.1 s
    offscreen); doing it here keeps it out of the first test's callbacks.
    """
    window = QMainWindow()
    window.setCentralWidget(QLabel("warm-up"))
    window.show()
    qapp.processEvents()
    window.close()
    window.deleteLater()
    qapp.processEvents()
    return qapp


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """No automatic garbage collection during a GUI test; collect after it here.

    Python's cyclic collector runs in whichever thread happens to allocate when
    a threshold is crossed: the store's executor, qasync's executor threads,
    ``asyncio.to_thread``. A Qt object it frees there is destroyed off the GUI
    thread, Qt cannot stop its timers ("QObject::~QObject: Timers cannot be
    stopped from another thread"), and a later timer event for it crashes the
    whole run (seen as a segfault in about 1 run in 6).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # pytest-qt closed the test's widgets with deleteLater(): delete them
        # now, then free what was only held in reference cycles.
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        if enabled:
            gc.enable()


class _SlowCallbackRecords(logging.Handler):
    """Collects the loop's "Executing <handle> took N seconds" warnings."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("Executing") and " took " in message:
            self.messages.append(message)

    def take(self) -> list[str]:
        taken, self.messages = self.messages, []
        return taken


_slow_callbacks = _SlowCallbackRecords()


@pytest.fixture(autouse=True)
def _watch_slow_callbacks() -> Iterator[None]:
    loggers = [logging.getLogger(name) for name in SLOW_CALLBACK_LOGGERS]
    for logger in loggers:
        logger.addHandler(_slow_callbacks)
    _slow_callbacks.take()
    yield
    for logger in loggers:
        logger.removeHandler(_slow_callbacks)
    # Slow callbacks of the call phase failed it already (below); these came
    # from fixture setup or teardown.
    if slow := _slow_callbacks.take():
        pytest.fail("slow callbacks on the event loop:\n" + "\n".join(slow))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    del item
    result = yield
    if slow := _slow_callbacks.take():
        pytest.fail("slow callbacks on the event loop:\n" + "\n".join(slow))
    return result


@pytest_asyncio.fixture
async def core(tmp_path: Path) -> AsyncIterator[LocalCore]:
    """A started LocalCore on in-memory storage and secrets (closed afterwards)."""
    local = LocalCore(SqliteStore(":memory:"), MemorySecretStore(), {}, tmp_path)
    await local.start()
    yield local
    await local.close()
