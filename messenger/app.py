# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The composition root of the GUI: profile, Qt, the main window and the core.

Start-up order (tuned so the first frame costs little more than a bare Qt
window: nothing before it imports asyncio, qasync, the core, the storage,
keyring or platformdirs, unless the default profile location is needed):

1. Logging to stderr (the file comes once the profile is ours).
2. The profile: ``--profile``, ``$MESSENGER_PROFILE``, the per-user default, or
   for ``--smoke-test`` without either a fresh temporary directory.
3. The profile lock (``storage/lockfile.py``, no third-party modules). When
   another process holds it, this start hands its arguments to the running one
   (``ui/single_instance.py``, no QApplication needed) and exits 0; the running
   one raises its window.
4. ``QApplication``, the UI's language (``ui/i18n.py``: catalogs chosen from a
   hint file, the setting follows in 6) and the main window's shell (PySide6
   only), showing the
   welcome page for a profile without a database yet, else the (still empty)
   contact list. It is shown and painted: the first frame. With
   ``MESSENGER_TRACE_STARTUP=1``, ``first-frame <seconds since process start>``
   goes to stderr then.
5. Only now: the core (``daemon.service.build_local_core``), attached to the
   window.
6. The qasync loop: the core starts (SQLite opens in its worker thread; the
   keyring is probed in the background, and the window shows no warning until
   that answer), the window draws the core's snapshot: ready. ``--smoke-test``
   prints ``ready <seconds since process start>`` then.
7. What the window on screen does not need: the workbench
   (``ui/workbench.py``: chat windows, tray icon, notifications, idle
   monitor, the Preferences and History windows), the single-instance server
   (a later start retries until it listens) and the window icon (an SVG, so
   Qt's SVG icon engine). ``--smoke-test`` quits here.

Attached starts (``--attach [HOST:PORT]``, or a daemon holds the profile; see
docs/sessions.md) run the same steps on a ``RemoteCore``, whose title names the
core. A core out of reach is told in a dialog (``ui/dialogs/attach_error.py``)
before the exit with status 1: without a main window when it is found before
Qt is needed (no core running, no pairing, a bad address), over the window when
the first connection fails (nothing answers, a changed certificate, a refused
credential). A smoke test closes that dialog at once.

Quitting (Quit action, the tray's Quit, closing the buddy list without a tray,
SIGTERM/SIGINT, session end) all arrive as a Quit event at the application
object. :class:`_Application` turns it into a request, so the shutdown can
still await: the workbench closes (chats, tray, notifications), the window
stops following the core, ``core.close()`` closes connections and flushes
storage, the server stops listening; only then does the loop end and the lock
get released.

Test hooks (environment variables, for tests/integration only):

- ``MESSENGER_TEST_QUIT_ON_ACTIVATION=1``: quit when another start activates
  this instance (lets a test see the activation arrive and the exit be clean).

Development: ``MESSENGER_DEBUG_LOOP=1`` turns on asyncio debug mode with
``slow_callback_duration = 0.05`` (slow callbacks are logged as warnings);
``MESSENGER_TRACE_STARTUP=1`` prints the first-frame time (see above).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING
from typing import Protocol

from PySide6.QtCore import QEvent
from PySide6.QtCore import QEventLoop
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget

from messenger import APP_ID
from messenger import APP_NAME
from messenger import __version__
from messenger.cli import explicit_profile
from messenger.cli import process_uptime
from messenger.cli import profile_dir
from messenger.logsetup import LogSetup

if TYPE_CHECKING:
    # asyncio, the core and storage are imported after the first frame.
    import asyncio

    from messenger.core.api import CoreApi
    from messenger.core.api import Snapshot
    from messenger.daemon.server import CoreServer
    from messenger.storage.paths import Profile
    from messenger.ui.dialogs.attach_error import AttachErrorDialog
    from messenger.ui.dialogs.attach_error import AttachProblem
    from messenger.ui.single_instance import InstanceServer

    class _Core(CoreApi, Protocol):
        """The GUI's core: LocalCore (embedded) or RemoteCore (attached)."""

        async def start(self) -> None: ...

    from messenger.ui.windows.main_window import MainWindow
    from messenger.ui.workbench import Workbench

log = logging.getLogger(__name__)

QUIT_ON_ACTIVATION_ENV = "MESSENGER_TEST_QUIT_ON_ACTIVATION"
DEBUG_LOOP_ENV = "MESSENGER_DEBUG_LOOP"
TRACE_STARTUP_ENV = "MESSENGER_TRACE_STARTUP"
SLOW_CALLBACK_SECONDS = 0.05
# How long a later start waits for the running instance to answer.
NOTIFY_TIMEOUT = 5.0
# How long the shutdown waits for the core to close its connections.
CLOSE_TIMEOUT = 15.0
# How long the first frame waits for the window system to expose the window
# (a window manager maps it asynchronously; offscreen and bare X are at once).
EXPOSE_WAIT_MS = 250
# In the profile's cache: the last language setting seen (read before the core).
LANGUAGE_HINT_FILE = "language"


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
    import shutil  # noqa: PLC0415 (start-up time: only a bare smoke test)
    import tempfile  # noqa: PLC0415

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
    attach_to = _attach_choice(args, profile)
    if attach_to is not None:
        return _run_attached(args, profile, logs, attach_to)
    lock = profile.lock()
    if not lock.acquire():
        if _daemon_serves(profile):  # the lock's holder is a daemon: attach
            return _run_attached(args, profile, logs, "local")
        return _hand_over(args, profile)
    try:
        # A temporary profile's log would be deleted anyway.
        log_dir = None if temporary else profile.log_dir
        return _run_locked(args, profile, logs, log_dir)
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


def _run_locked(
    args: argparse.Namespace, profile: Profile, logs: LogSetup, log_dir: Path | None
) -> int:
    app = _create_application()
    window = _show_shell(app, profile)
    logs.go_async(log_dir)
    log.info("Messenger %s on profile %s", __version__, profile.root)
    session: _Session | None = None
    from messenger.ui.gc_guard import GarbageCollector  # noqa: PLC0415

    collector = GarbageCollector(app)
    collector.start()
    try:
        # The first frame is on screen; the rest may take its time. Imported
        # here, not at the top, for that frame (and a later start that only
        # hands over to the running instance never needs them).
        from messenger.daemon.service import build_local_core  # noqa: PLC0415

        core = build_local_core(profile)
        window.attach(core)
        session = _Session(
            app, core, window, profile, smoke_test=args.smoke_test, uri=args.uri
        )
        return _run_loop(session)
    finally:
        app.quit_handler = None
        app.uri_handler = None
        if session is not None:
            session.close_server()
        # Delete the Qt objects now, while the QApplication still exists.
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        collector.stop()


def _run_loop(session: _Session) -> int:
    """Run ``session`` on a qasync loop until it has shut down."""
    import asyncio  # noqa: PLC0415 (after the first frame)

    import qasync  # noqa: PLC0415

    def new_loop() -> asyncio.AbstractEventLoop:
        loop: asyncio.AbstractEventLoop = qasync.QEventLoop(session.app)
        if os.environ.get(DEBUG_LOOP_ENV) == "1":
            loop.set_debug(True)
            loop.slow_callback_duration = SLOW_CALLBACK_SECONDS
        return loop

    with asyncio.Runner(loop_factory=new_loop) as runner:
        try:
            return runner.run(session.main())
        except RuntimeError:
            # "Event loop stopped before Future completed": the loop ended
            # without a Quit event. Finish closing the core, then report.
            log.warning("The event loop was stopped from outside")
            runner.run(session.finish_shutdown())
            return 1


def _create_application() -> _Application:
    app = _Application(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Messenger")
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("messenger.org")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def _show_shell(
    app: QApplication, profile: Profile, *, attached_to: str | None = None
) -> MainWindow:
    """Show the main window without the core and let it paint: the first frame.

    ``attached_to``: the core's address for an attached GUI ("" the local
    one), named in the window's title.
    """
    from messenger.ui.windows.main_window import MainWindow  # noqa: PLC0415

    _start_translations(app, profile)
    window = MainWindow()
    if attached_to is not None:
        window.show_attached_core(attached_to)
    # A profile without a database has no accounts: welcome the user at once.
    window.show_expected_page(accounts_expected=profile.database.exists())
    window.show()
    _paint(app, window)
    uptime = process_uptime()
    log.info("First frame %.3f s after the process started", uptime)
    if os.environ.get(TRACE_STARTUP_ENV) == "1" and sys.stderr is not None:
        print(f"first-frame {uptime:.3f}", file=sys.stderr, flush=True)
    return window


def _start_translations(app: QApplication, profile: Profile) -> None:
    """Install the UI's language before the first frame (``ui/i18n.py``).

    The language setting is in the database, which opens later: the localizer
    starts from the hint file it keeps in the profile's cache, and follows the
    setting once the snapshot is drawn (:func:`_follow_language`).
    """
    from messenger.ui.i18n import Localizer  # noqa: PLC0415

    hint = profile.cache_dir / LANGUAGE_HINT_FILE
    Localizer(app, hint_file=hint, parent=app).start()


def _follow_language(app: QApplication, window: MainWindow, snapshot: Snapshot) -> None:
    from messenger.ui.i18n import Localizer  # noqa: PLC0415

    localizer = Localizer.of(app)
    if localizer is not None and window.bridge is not None:
        localizer.follow(window.bridge, snapshot.settings)


def _paint(app: QApplication, window: MainWindow) -> None:
    """Process events until the window is exposed (and so painted), bounded.

    Qt paints a widget window when the window system exposes it. Offscreen and
    on a bare X server that happens in the first round of events; under a window
    manager it may come later, so wait for it, up to ``EXPOSE_WAIT_MS``.
    """
    app.processEvents()
    handle = window.windowHandle()  # exists once the window is shown
    if handle.isExposed():
        return
    started = time.monotonic()
    deadline = QTimer()  # wakes the wait below at the latest
    deadline.setSingleShot(True)
    deadline.start(EXPOSE_WAIT_MS)
    while not handle.isExposed() and deadline.isActive():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    deadline.stop()
    app.processEvents()
    log.debug(
        "Waited %.3f s for the window to be exposed (%s)",
        time.monotonic() - started,
        "exposed" if handle.isExposed() else "not yet",
    )


class _Application(QApplication):
    """A QApplication whose Quit events become a request for an async shutdown.

    Qt ends the event loop on a Quit event (and emits ``aboutToQuit`` only
    after that, when nothing can be awaited any more); the shutdown must still
    await ``core.close()``. While ``quit_handler`` is set, Quit events call it
    instead, and the loop ends (``QApplication.exit``) when the shutdown is done.
    """

    quit_handler: Callable[[], None] | None = None
    # macOS hands a clicked xmpp:/mailto: link to the running app as a
    # FileOpen event (a starting one gets it in argv: see messenger.spec).
    uri_handler: Callable[[str], None] | None = None

    def event(self, event: QEvent) -> bool:
        handler = self.quit_handler
        if event.type() == QEvent.Type.Quit and handler is not None:
            handler()
            return True
        if isinstance(event, QFileOpenEvent) and self.uri_handler is not None:
            self.uri_handler(event.url().toString())
            return True
        return super().event(event)


class _Session:
    """One run of the GUI on the qasync loop: start, wait for quit, shut down."""

    def __init__(
        self,
        app: _Application,
        core: _Core,
        window: MainWindow,
        profile: Profile,
        *,
        smoke_test: bool,
        uri: str | None = None,
    ) -> None:
        self.app = app
        self._core = core
        self._window = window
        self._profile = profile
        self._smoke_test = smoke_test
        self._uri = uri
        self._server: InstanceServer | None = None
        self._workbench: Workbench | None = None
        self._quit: asyncio.Future[None] | None = None
        self._shutdown_task: asyncio.Task[None] | None = None
        # An attached GUI neither serves its core nor answers later starts.
        self.attached = False
        # Attached: the core's HOST:PORT, "" for the profile's local core.
        self.core_address = ""
        self._core_server: CoreServer | None = None

    async def main(self) -> int:
        import asyncio  # noqa: PLC0415 (see the module docstring)

        loop = asyncio.get_running_loop()
        self._quit = loop.create_future()
        # Every quit request (see _Application) resolves self._quit. Not
        # aboutToQuit: Qt emits it after the loop has ended, when nothing can
        # be awaited. Should something end the loop without a Quit event
        # (QApplication.exit), _run_loop finishes the shutdown in a second
        # loop run (finish_shutdown).
        self.app.quit_handler = self.request_quit
        _install_signal_handlers(loop, self.app)
        status = 0
        try:
            await self._start()
            await self._quit
        except _AttachFailureError as failed:
            await self._tell_attach_failure(failed)
            status = 1
        except Exception:
            log.critical("Messenger failed", exc_info=True)
            status = 1
        await asyncio.shield(self._shutdown())
        return status

    async def finish_shutdown(self) -> None:
        """Complete the shutdown (after the loop stopped in the middle of it)."""
        await self._shutdown()

    def close_server(self) -> None:
        """Stop listening for other starts and delete the server (idempotent)."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
            server.deleteLater()

    def _shutdown(self) -> asyncio.Task[None]:
        import asyncio  # noqa: PLC0415 (see the module docstring)

        if self._shutdown_task is None:
            self._shutdown_task = asyncio.ensure_future(self._close())
        return self._shutdown_task

    async def _start(self) -> None:
        # The core probes the keyring in the background; its answer arrives as
        # a SecretStorageChanged event (the window warns only once it is known).
        try:
            await self._core.start()
        except Exception as exc:
            if self.attached:  # RemoteCore: it could not reach its core
                raise _attach_failed(exc, self.core_address) from exc
            raise
        snapshot = await self._window.load()
        _follow_language(self.app, self._window, snapshot)
        log.info("Main window ready %.3f s after the process started", process_uptime())
        if self._smoke_test:
            # The first frame with the snapshot drawn, before saying "ready".
            self._window.repaint()
            if sys.stdout is not None:  # None for a GUI start on Windows
                print(f"ready {process_uptime():.3f}", flush=True)
        # What the window on screen does not need comes last. The workbench
        # follows the snapshot just drawn: no await before its start().
        from messenger.ui.workbench import Workbench  # noqa: PLC0415 (start-up)

        self._workbench = Workbench(self._core, self._window, self.app)
        await self._workbench.start(snapshot)
        if self._uri is not None:  # messenger xmpp:... (an xmpp: or mailto: link)
            self._workbench.open_uri(self._uri)
        self.app.uri_handler = self._workbench.open_uri
        if not self.attached:
            # After the window is ready: scripts and other UIs may attach.
            await self._serve_core()
            self._listen_for_other_starts()
        _set_window_icon(self.app)
        if self._smoke_test:
            self.request_quit()

    async def _tell_attach_failure(self, failed: _AttachFailureError) -> None:
        """Show why the core is out of reach (over the window) until closed."""
        from messenger.ui.aio import signal_future  # noqa: PLC0415

        failed.log()
        dialog = failed.dialog(self._window)
        closed = signal_future(dialog.finished)
        dialog.open()
        log.info("Showed the attach error (%s)", failed.problem.value)
        if self._smoke_test:  # a smoke test never waits for a user
            dialog.done(0)
        # Nor does a quit request (SIGTERM, the session ending).
        quit_requested = self._quit
        assert quit_requested is not None  # main() made it

        def on_quit(_future: object) -> None:
            dialog.done(0)

        quit_requested.add_done_callback(on_quit)
        try:
            await closed
        finally:
            quit_requested.remove_done_callback(on_quit)
            dialog.deleteLater()

    def _listen_for_other_starts(self) -> None:
        # A later start retries while nobody listens yet (notify_running).
        from messenger.ui.single_instance import InstanceServer  # noqa: PLC0415

        self._server = server = InstanceServer(self._profile.runtime_id)
        server.activation_requested.connect(self._on_server_activation_requested)
        server.listen()

    async def _serve_core(self) -> None:
        """Embedded core: let scripts and other UIs attach (the local socket)."""
        if self.attached or self._smoke_test:  # a smoke test only starts and quits
            return
        from messenger.daemon.server import CoreServer  # noqa: PLC0415 (start-up)

        server = CoreServer(self._core, kind="gui", embedded_ui=True)
        try:
            endpoint = await server.serve_local(self._profile)
        except OSError as exc:
            log.warning("Scripts and other UIs cannot attach: %s", exc)
            await server.close()
            return
        log.info("Scripts and other UIs may attach on %s", endpoint)
        self._core_server = server

    async def _stop_serving_core(self) -> None:
        server, self._core_server = self._core_server, None
        if server is not None:
            try:
                await server.close()
            except Exception:
                log.exception("Closing the attach listener failed")

    def request_quit(self) -> None:
        if self._quit is not None and not self._quit.done():
            log.info("Quitting")
            self._quit.set_result(None)

    def _on_server_activation_requested(self, argv: list[str]) -> None:
        if self._workbench is not None:  # raises the window, opens a URI in argv
            self._workbench.handle_activation(argv)
        else:
            self._window.raise_and_activate()
        if os.environ.get(QUIT_ON_ACTIVATION_ENV) == "1":
            log.info("Test hook %s: quitting on activation", QUIT_ON_ACTIVATION_ENV)
            self.request_quit()

    async def _close(self) -> None:
        import asyncio  # noqa: PLC0415 (see the module docstring)

        workbench, self._workbench = self._workbench, None
        if workbench is not None:
            try:
                await workbench.close()
            except Exception:
                log.exception("Closing the workbench failed")
            workbench.deleteLater()
        self._window.shutdown()
        self._window.hide()
        if self._server is not None:
            self._server.close()
        await self._stop_serving_core()
        try:
            async with asyncio.timeout(CLOSE_TIMEOUT):
                await self._core.close()
        except TimeoutError:
            log.error("The core did not close within %.0f s", CLOSE_TIMEOUT)
        except Exception:
            log.exception("Closing the core failed")
        else:
            log.info("Shut down cleanly")


# ------------------------------------------------ detachable sessions (#6)
def _attach_choice(args: argparse.Namespace, profile: Profile) -> str | None:
    """``--attach`` given: "local" or "HOST:PORT"; else None (see below)."""
    del profile
    choice: str | None = getattr(args, "attach", None)
    return choice


def _daemon_serves(profile: Profile) -> bool:
    """Is the process holding the profile a daemon (not another GUI)?

    Asked only when the profile lock is taken, so an ordinary start pays
    nothing for it.
    """
    from messenger.daemon.attach import probe_core_kind  # noqa: PLC0415

    return probe_core_kind(profile) == "daemon"


class _AttachFailureError(Exception):
    """An attached GUI cannot reach its core: what to tell the user.

    ``problem`` is the kind the dialog words (``ui/dialogs/attach_error.py``);
    ``detail`` is the daemon's own message (English, technical) for the log and
    the dialog's details; ``address`` is "" for the profile's local core.
    """

    def __init__(self, problem: AttachProblem, address: str, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem
        self.address = address
        self.detail = detail

    def log(self) -> None:
        where = self.address or "the profile's local core"
        log.error("Cannot attach to %s: %s", where, self.detail)

    def dialog(self, parent: QWidget | None = None) -> AttachErrorDialog:
        from messenger.ui.dialogs.attach_error import AttachErrorDialog  # noqa: PLC0415

        return AttachErrorDialog(
            self.problem, address=self.address, detail=self.detail, parent=parent
        )


def _attach_failed(exc: BaseException, address: str) -> _AttachFailureError:
    """Word an attach error of the daemon's for the user (by its kind)."""
    from messenger.daemon.attach import PairingError  # noqa: PLC0415
    from messenger.daemon.client import AttachError  # noqa: PLC0415
    from messenger.daemon.client import AttachFailure  # noqa: PLC0415
    from messenger.daemon.remote import RemoteConfigError  # noqa: PLC0415
    from messenger.ui.dialogs.attach_error import AttachProblem  # noqa: PLC0415

    problems = {
        AttachFailure.UNREACHABLE: AttachProblem.UNREACHABLE,
        AttachFailure.NOT_TLS: AttachProblem.NOT_TLS,
        AttachFailure.CERTIFICATE_CHANGED: AttachProblem.CERTIFICATE_CHANGED,
        AttachFailure.AUTH_FAILED: AttachProblem.AUTH_FAILED,
        AttachFailure.REFUSED: AttachProblem.REFUSED,
        AttachFailure.PROTOCOL: AttachProblem.PROTOCOL,
    }
    if isinstance(exc, AttachError):
        problem = problems.get(exc.failure, AttachProblem.OTHER)
    elif isinstance(exc, PairingError):
        problem = AttachProblem.NOT_PAIRED
    elif isinstance(exc, RemoteConfigError):
        problem = AttachProblem.BAD_ADDRESS
    elif isinstance(exc, OSError):
        problem = AttachProblem.UNREACHABLE
    else:
        problem = AttachProblem.OTHER
    return _AttachFailureError(problem, address, str(exc) or type(exc).__name__)


def _attached_core(profile: Profile, where: str) -> tuple[_Core, str]:
    """A RemoteCore for ``where`` ("local" or HOST:PORT), and its address.

    The address is "" for the local core, else the canonical ``HOST:PORT``.
    Raises :class:`_AttachFailureError` when there is nothing to attach to.
    """
    import asyncio  # noqa: PLC0415 (attached starts only)

    from messenger.daemon import attach  # noqa: PLC0415
    from messenger.daemon.client import LocalTarget  # noqa: PLC0415
    from messenger.daemon.client import RemoteCore  # noqa: PLC0415
    from messenger.daemon.client import RemoteTarget  # noqa: PLC0415
    from messenger.ui.dialogs.attach_error import AttachProblem  # noqa: PLC0415

    address = ""
    try:
        if where == "local":
            if not attach.local_core_running(profile):
                raise _AttachFailureError(
                    AttachProblem.NO_CORE,
                    "",
                    f"No core is running for the profile {profile.root}: start "
                    "`messenger daemon` first, or start without --attach",
                )
            target: LocalTarget | RemoteTarget = attach.local_target(profile)
        else:
            address = where.strip()  # as given, should it not parse
            address = attach.canonical_address(address)[2]
            target = asyncio.run(attach.remote_target(profile, address))
    except (attach.PairingError, OSError, ValueError) as exc:
        raise _attach_failed(exc, address) from exc
    return RemoteCore(target, client_name="messenger GUI"), address


def _run_attached(
    args: argparse.Namespace, profile: Profile, logs: LogSetup, where: str
) -> int:
    """Run the GUI on a core in another process (a daemon, or a remote core)."""
    try:
        core, address = _attached_core(profile, where)
    except _AttachFailureError as failed:
        failed.log()
        if _can_show_windows():
            _tell_attach_failure_alone(args, profile, failed)
        return 1
    app = _create_application()
    window = _show_shell(app, profile, attached_to=address)
    logs.go_async(None)  # the profile's log file belongs to the core's process
    log.info("Messenger %s attaching to %s", __version__, where)
    from messenger.ui.gc_guard import GarbageCollector  # noqa: PLC0415

    collector = GarbageCollector(app)
    collector.start()
    try:
        window.attach(core)
        session = _Session(
            app,
            core,
            window,
            profile,
            smoke_test=args.smoke_test,
            uri=getattr(args, "uri", None),
        )
        session.attached = True
        session.core_address = address
        return _run_loop(session)
    finally:
        app.quit_handler = None
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        collector.stop()


def _can_show_windows() -> bool:
    """Can a QApplication start here? (Else Qt would abort the process.)

    Only asked when attaching failed before Qt was needed: a terminal without a
    display (ssh) then still gets the logged reason and exit status 1.
    """
    if sys.platform in {"win32", "darwin"} or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _tell_attach_failure_alone(
    args: argparse.Namespace, profile: Profile, failed: _AttachFailureError
) -> None:
    """Show the attach error without a main window (there is no core to show).

    Found before any event loop runs, so the dialog's own ``exec()`` is the
    only loop (no nesting). A smoke test shows it and closes it at once.
    """
    app = _create_application()
    _start_translations(app, profile)
    dialog = failed.dialog()
    if args.smoke_test:
        dialog.show()
        app.processEvents()
        log.info("Showed the attach error (%s)", failed.problem.value)
        dialog.done(0)
    else:
        log.info("Showed the attach error (%s)", failed.problem.value)
        dialog.exec()
    dialog.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _set_window_icon(app: QApplication) -> None:
    # Not before the first frame: an SVG icon loads Qt's SVG icon engine.
    from PySide6.QtGui import QIcon  # noqa: PLC0415

    from messenger.assets import resource_path  # noqa: PLC0415

    app.setWindowIcon(QIcon(str(resource_path("icons", "messenger.svg"))))


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
