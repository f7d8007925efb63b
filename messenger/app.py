# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The composition root of the GUI: profile, Qt, the core and the main window.

Start-up order (tuned for a cold start close to a bare Qt window):

1. Logging to stderr (the file comes once the profile is ours).
2. The profile: ``--profile``, ``$MESSENGER_PROFILE``, the per-user default, or
   for ``--smoke-test`` without either a fresh temporary directory.
3. The profile lock. When another process holds it, this start hands its
   arguments to the running one (``ui/single_instance.py``, no QApplication
   needed) and exits 0; the running one raises its window.
4. ``QApplication``, the single-instance server, the core
   (``daemon.service.build_local_core``: SQLite opens and the keyring is probed
   in worker threads during ``core.start()``), the main window.
5. The qasync loop: the window is shown, the core started, the window drawn
   from the core's snapshot. ``--smoke-test`` then prints
   ``ready <seconds since process start>`` and quits.

Quitting (Quit action, last window closed, SIGTERM/SIGINT, session end) all
arrive as a Quit event at the application object. :class:`_Application` turns
it into a request, so the shutdown can still await: the window stops following
the core, ``core.close()`` closes connections and flushes storage, the server
stops listening; only then does the loop end and the lock get released.

Test hooks (environment variables, for tests/integration only):

- ``MESSENGER_TEST_QUIT_ON_ACTIVATION=1``: quit when another start activates
  this instance (lets a test see the activation arrive and the exit be clean).

Development: ``MESSENGER_DEBUG_LOOP=1`` turns on asyncio debug mode with
``slow_callback_duration = 0.05`` (slow callbacks are logged as warnings).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from messenger import APP_ID
from messenger import APP_NAME
from messenger import __version__
from messenger.assets import resource_path
from messenger.cli import explicit_profile
from messenger.cli import process_uptime
from messenger.cli import profile_dir
from messenger.logsetup import LogSetup

if TYPE_CHECKING:
    from messenger.core.local import LocalCore
    from messenger.storage.paths import Profile
    from messenger.storage.secrets import KeyringSecretStore
    from messenger.ui.single_instance import InstanceServer
    from messenger.ui.windows.main_window import MainWindow

log = logging.getLogger(__name__)

QUIT_ON_ACTIVATION_ENV = "MESSENGER_TEST_QUIT_ON_ACTIVATION"
DEBUG_LOOP_ENV = "MESSENGER_DEBUG_LOOP"
SLOW_CALLBACK_SECONDS = 0.05
# How long a later start waits for the running instance to answer.
NOTIFY_TIMEOUT = 5.0
# How long the shutdown waits for the core to close its connections.
CLOSE_TIMEOUT = 15.0
# How long the first frame waits for the keyring's answer.
PROBE_WAIT = 0.5


def run_gui(args: argparse.Namespace) -> int:
    """Run the GUI for the parsed command line; return the exit status."""
    logs = LogSetup(args.log_level)
    logs.start()
    previous_hook = sys.excepthook
    sys.excepthook = _log_unhandled
    try:
        with _profile_root(args) as (root, temporary):
            return _run_on_profile(args, root, logs, temporary=temporary)
    except Exception:
        log.critical("Messenger could not start", exc_info=True)
        return 1
    finally:
        sys.excepthook = previous_hook
        logs.stop()


@contextlib.contextmanager
def _profile_root(args: argparse.Namespace) -> Iterator[tuple[Path, bool]]:
    """The profile directory; a temporary one (removed after) for a bare smoke test."""
    if not args.smoke_test or explicit_profile(args) is not None:
        yield profile_dir(args), False
        return
    root = Path(tempfile.mkdtemp(prefix="messenger-smoke-"))
    log.info("Smoke test on the temporary profile %s", root)
    try:
        yield root, True
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _run_on_profile(
    args: argparse.Namespace, root: Path, logs: LogSetup, *, temporary: bool
) -> int:
    from messenger.storage.paths import Profile  # noqa: PLC0415

    profile = Profile(root)
    profile.ensure()
    lock = profile.lock()
    if not lock.acquire(timeout=0):
        return _hand_over(args, profile)
    try:
        if not temporary:  # a temporary profile's log would be deleted anyway
            logs.add_log_file(profile.log_dir)
        log.info("Messenger %s on profile %s", __version__, profile.root)
        return _run_locked(args, profile)
    finally:
        lock.release()


def _hand_over(args: argparse.Namespace, profile: Profile) -> int:
    """Another process has the profile: ask it to come to the front."""
    if args.smoke_test:
        log.error("The profile %s is in use by another process", profile.root)
        return 1
    from messenger.ui.single_instance import notify_running  # noqa: PLC0415

    if notify_running(profile.runtime_id, args.argv, NOTIFY_TIMEOUT):
        log.info("Messenger is running already on %s: activated it", profile.root)
        return 0
    log.error(
        "The profile %s is in use by another process, which did not answer",
        profile.root,
    )
    return 1


def _run_locked(args: argparse.Namespace, profile: Profile) -> int:
    # Imported here, not at the top: a later start that only hands over to the
    # running instance (_hand_over) never needs them.
    import qasync  # noqa: PLC0415

    from messenger.daemon.service import build_local_core  # noqa: PLC0415
    from messenger.storage.secrets import KeyringSecretStore  # noqa: PLC0415
    from messenger.ui.single_instance import InstanceServer  # noqa: PLC0415
    from messenger.ui.windows.main_window import MainWindow  # noqa: PLC0415

    app = _create_application()
    server = InstanceServer(profile.runtime_id)
    server.listen()
    secrets = KeyringSecretStore()
    core = build_local_core(profile, secrets=secrets)
    window = MainWindow(core)
    session = _Session(app, core, secrets, window, server, smoke_test=args.smoke_test)

    def new_loop() -> asyncio.AbstractEventLoop:
        loop: asyncio.AbstractEventLoop = qasync.QEventLoop(app)
        if os.environ.get(DEBUG_LOOP_ENV) == "1":
            loop.set_debug(True)
            loop.slow_callback_duration = SLOW_CALLBACK_SECONDS
        return loop

    try:
        with asyncio.Runner(loop_factory=new_loop) as runner:
            try:
                return runner.run(session.main())
            except RuntimeError:
                # "Event loop stopped before Future completed": the loop ended
                # without a Quit event. Finish closing the core, then report.
                log.warning("The event loop was stopped from outside")
                runner.run(session.finish_shutdown())
                return 1
    finally:
        app.quit_handler = None
        server.close()
        # Delete the Qt objects now, while the QApplication still exists.
        window.deleteLater()
        server.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _create_application() -> _Application:
    app = _Application(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Messenger")
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("messenger.org")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "messenger.svg"))))
    return app


class _Application(QApplication):
    """A QApplication whose Quit events become a request for an async shutdown.

    Qt ends the event loop on a Quit event (and emits ``aboutToQuit`` only
    after that, when nothing can be awaited any more); the shutdown must still
    await ``core.close()``. While ``quit_handler`` is set, Quit events call it
    instead, and the loop ends (``QApplication.exit``) when the shutdown is done.
    """

    quit_handler: Callable[[], None] | None = None

    def event(self, event: QEvent) -> bool:
        handler = self.quit_handler
        if event.type() == QEvent.Type.Quit and handler is not None:
            handler()
            return True
        return super().event(event)


class _Session:
    """One run of the GUI on the qasync loop: start, wait for quit, shut down."""

    def __init__(
        self,
        app: _Application,
        core: LocalCore,
        secrets: KeyringSecretStore,
        window: MainWindow,
        server: InstanceServer,
        *,
        smoke_test: bool,
    ) -> None:
        self._app = app
        self._core = core
        self._secrets = secrets
        self._window = window
        self._server = server
        self._smoke_test = smoke_test
        self._quit: asyncio.Future[None] | None = None
        self._probe: asyncio.Task[Any] | None = None
        self._shutdown_task: asyncio.Task[None] | None = None

    async def main(self) -> int:
        loop = asyncio.get_running_loop()
        self._quit = loop.create_future()
        # Every quit request (see _Application) resolves self._quit. Not
        # aboutToQuit: Qt emits it after the loop has ended, when nothing can
        # be awaited. Should something end the loop without a Quit event
        # (QApplication.exit), _run_locked finishes the shutdown in a second
        # loop run (finish_shutdown).
        self._app.quit_handler = self.request_quit
        _install_signal_handlers(loop, self._app)
        self._server.activation_requested.connect(self._on_server_activation_requested)
        status = 0
        try:
            await self._start()
            await self._quit
        except Exception:
            log.critical("Messenger failed", exc_info=True)
            status = 1
        await asyncio.shield(self._shutdown())
        return status

    async def finish_shutdown(self) -> None:
        """Complete the shutdown (after the loop stopped in the middle of it)."""
        await self._shutdown()

    def _shutdown(self) -> asyncio.Task[None]:
        if self._shutdown_task is None:
            self._shutdown_task = asyncio.ensure_future(self._close())
        return self._shutdown_task

    async def _start(self) -> None:
        self._window.show()
        # Probe the keyring while the core starts, so the first frame shows the
        # real password storage status rather than "not checked yet". A keyring
        # that is slow to answer (D-Bus activation) must not hold the window
        # back: its answer then arrives as a SecretStorageChanged event.
        self._probe = probe = asyncio.ensure_future(self._probe_keyring())
        await self._core.start()
        await asyncio.wait([probe], timeout=PROBE_WAIT)
        await self._window.load()
        log.info("Main window ready %.3f s after the process started", process_uptime())
        if self._smoke_test:
            # The first frame with the snapshot drawn, before saying "ready".
            self._window.repaint()
            if sys.stdout is not None:  # None for a GUI start on Windows
                print(f"ready {process_uptime():.3f}", flush=True)
            self.request_quit()

    async def _probe_keyring(self) -> None:
        try:
            await self._secrets.probe()
        except Exception:
            # The store falls back to memory by itself; this is a bug report.
            log.exception("Checking the system keyring failed")

    def request_quit(self) -> None:
        if self._quit is not None and not self._quit.done():
            log.info("Quitting")
            self._quit.set_result(None)

    def _on_server_activation_requested(self, argv: list[str]) -> None:
        self._window.raise_and_activate()
        if os.environ.get(QUIT_ON_ACTIVATION_ENV) == "1":
            log.info("Test hook %s: quitting on activation", QUIT_ON_ACTIVATION_ENV)
            self.request_quit()

    async def _close(self) -> None:
        if self._probe is not None:
            self._probe.cancel()
        self._window.shutdown()
        self._window.hide()
        self._server.close()
        try:
            async with asyncio.timeout(CLOSE_TIMEOUT):
                await self._core.close()
        except TimeoutError:
            log.error("The core did not close within %.0f s", CLOSE_TIMEOUT)
        except Exception:
            log.exception("Closing the core failed")
        else:
            log.info("Shut down cleanly")


def _install_signal_handlers(
    loop: asyncio.AbstractEventLoop, app: QApplication
) -> None:
    """SIGTERM and SIGINT quit like the Quit action does (cleanly)."""
    for signum in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(signum, app.quit)
        except (NotImplementedError, RuntimeError, ValueError):
            # Windows: Python runs the handler when it next gets control.
            signal.signal(signum, lambda *_: app.quit())


def _log_unhandled(
    kind: type[BaseException],
    value: BaseException,
    traceback: TracebackType | None,
) -> None:
    """Log exceptions nothing caught (Qt virtuals, async slot tasks)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, traceback)
        return
    log.critical("Unhandled exception", exc_info=(kind, value, traceback))
