# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Child processes of the test bed: start with a timeout, stop for sure.

Every server runs in its own session (``start_new_session=True``), so stopping
it signals the whole process group and no helper (Dovecot's login and mail
processes, for example) outlives it. Every started process is remembered until
it is stopped, and every temp dir until it is removed; ``atexit`` and a SIGTERM
handler clean up the rest, so an aborted pytest run leaves nothing behind.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

log = logging.getLogger(__name__)

START_TIMEOUT = 20.0
STOP_TIMEOUT = 10.0
_POLL_INTERVAL = 0.02

_live: set[ManagedProcess] = set()
_temp_dirs: set[Path] = set()
_live_lock = threading.Lock()


class TestbedError(RuntimeError):
    """A test server could not be set up, started or driven; the message says why."""

    __test__ = False  # not a test class, whatever pytest thinks of the name


def log_tail(path: Path, lines: int = 40) -> str:
    """Return the last ``lines`` lines of a log file, or a note that there is none."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return f"(no log at {path}: {exc.strerror})"
    tail = text.splitlines()[-lines:]
    return "\n".join(tail) if tail else f"(log {path} is empty)"


def make_temp_dir(prefix: str) -> Path:
    """Create a temp dir that unprivileged server processes can traverse.

    ``mkdtemp`` creates 0700 dirs; Dovecot's login and mail processes do not run
    as root and must get through every parent dir.
    """
    path = Path(tempfile.mkdtemp(prefix=f"messenger-testbed-{prefix}-"))
    path.chmod(0o755)
    with _live_lock:
        _temp_dirs.add(path)
    return path


def remove_dir(path: Path) -> None:
    """Remove a test bed dir; failures are logged, never raised."""
    shutil.rmtree(path, ignore_errors=True)
    if path.exists():
        log.warning("Could not remove %s", path)
    with _live_lock:
        _temp_dirs.discard(path)


def run_tool(
    argv: Sequence[str],
    *,
    timeout: float = 30.0,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> str:
    """Run a short command line tool; return its stdout or raise TestbedError."""
    try:
        done = subprocess.run(
            list(argv),
            capture_output=True,
            text=True,
            timeout=timeout,
            env=None if env is None else dict(env),
            cwd=cwd,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise TestbedError(f"{argv[0]} took longer than {timeout} s") from exc
    except OSError as exc:
        raise TestbedError(f"cannot run {argv[0]}: {exc}") from exc
    if done.returncode != 0:
        raise TestbedError(
            f"{' '.join(argv[:2])} failed with exit code {done.returncode}:\n"
            f"{done.stdout}{done.stderr}"
        )
    return done.stdout


class ManagedProcess:
    """One long-running child process with its output going to a log file."""

    def __init__(
        self,
        name: str,
        argv: Sequence[str],
        *,
        log_path: Path,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        stdin_data: bytes | None = None,
        pass_fds: Sequence[int] = (),
    ) -> None:
        self.name = name
        self.argv = list(argv)
        self.log_path = log_path
        self.env = None if env is None else dict(env)
        self.cwd = cwd
        self.stdin_data = stdin_data
        self.pass_fds = tuple(pass_fds)
        self._popen: subprocess.Popen[bytes] | None = None

    def __repr__(self) -> str:
        return f"<ManagedProcess {self.name} pid={self.pid}>"

    @property
    def pid(self) -> int | None:
        return None if self._popen is None else self._popen.pid

    @property
    def running(self) -> bool:
        return self._popen is not None and self._popen.poll() is None

    def start(self) -> None:
        """Spawn the process (in a new session); readiness is the caller's job."""
        if self.running:
            raise TestbedError(f"{self.name} is already running")
        install_signal_cleanup()
        with self.log_path.open("ab") as out:
            try:
                self._popen = subprocess.Popen(
                    self.argv,
                    stdin=subprocess.DEVNULL
                    if self.stdin_data is None
                    else subprocess.PIPE,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    env=self.env,
                    cwd=self.cwd,
                    pass_fds=self.pass_fds,
                    start_new_session=True,
                )
            except OSError as exc:
                raise TestbedError(f"cannot start {self.name}: {exc}") from exc
        with _live_lock:
            _live.add(self)
        log.debug("Started %s (pid %s)", self.name, self._popen.pid)
        if self.stdin_data is not None and self._popen.stdin is not None:
            with contextlib.suppress(BrokenPipeError):
                self._popen.stdin.write(self.stdin_data)
            self._popen.stdin.close()

    def wait_until(
        self, ready: Callable[[], bool], *, timeout: float = START_TIMEOUT
    ) -> float:
        """Poll ``ready`` until true; return the seconds it took.

        Raises TestbedError with the log tail when the process exits first or the
        timeout passes, and passes on what ``ready`` raises; the process is then
        stopped.
        """
        started = time.monotonic()
        deadline = started + timeout
        while True:
            if not self.running:
                code = None if self._popen is None else self._popen.returncode
                self.stop()
                raise TestbedError(
                    f"{self.name} exited with code {code} while starting; "
                    f"log {self.log_path}:\n{log_tail(self.log_path)}"
                )
            try:
                is_ready = ready()
            except BaseException:
                self.stop()
                raise
            if is_ready:
                return time.monotonic() - started
            if time.monotonic() > deadline:
                self.stop()
                raise TestbedError(
                    f"{self.name} was not ready after {timeout} s; "
                    f"log {self.log_path}:\n{log_tail(self.log_path)}"
                )
            time.sleep(_POLL_INTERVAL)

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """SIGTERM the process group, wait, then SIGKILL whatever is left."""
        self._signal_group(signal.SIGTERM)
        self._reap(timeout)

    def kill(self) -> None:
        """SIGKILL the whole process group at once (a crash, for crash tests)."""
        self._signal_group(signal.SIGKILL)
        self._reap(STOP_TIMEOUT)

    def _signal_group(self, signum: signal.Signals) -> None:
        """Signal the group, but only while its leader is unreaped.

        An exited but unreaped leader is a zombie that keeps its PID, and so
        the group id, reserved; once reaped the number may go to a stranger.
        """
        popen = self._popen
        if popen is None or popen.returncode is not None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(popen.pid, signum)

    def _exited(self, timeout: float) -> bool:
        """Wait until the leader exits, leaving it unreaped (see _signal_group)."""
        popen = self._popen
        deadline = time.monotonic() + timeout
        while popen is not None and popen.returncode is None:
            try:
                info = os.waitid(
                    os.P_PID, popen.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT
                )
            except ChildProcessError:
                return True
            if info is not None:
                return True
            if time.monotonic() > deadline:
                return False
            time.sleep(_POLL_INTERVAL)
        return True

    def _reap(self, timeout: float) -> None:
        popen = self._popen
        if popen is None:
            return
        if not self._exited(timeout):
            log.warning("%s ignored SIGTERM for %s s, killing it", self.name, timeout)
            self._signal_group(signal.SIGKILL)
            self._exited(STOP_TIMEOUT)
        # Helpers that outlived their leader are still in the group.
        self._signal_group(signal.SIGKILL)
        popen.wait(STOP_TIMEOUT)
        with _live_lock:
            _live.discard(self)


def cleanup_all() -> None:
    """Stop every process the test bed started, then remove its temp dirs.

    For what normal shutdown missed: runs at exit and on SIGTERM.
    """
    with _live_lock:
        processes = list(_live)
    for process in processes:
        try:
            process.stop(timeout=5.0)
        except Exception:  # clean-up must go on with the next one
            log.warning("Could not stop %s", process.name, exc_info=True)
    with _live_lock:
        dirs = list(_temp_dirs)
    for path in dirs:
        remove_dir(path)


_signal_installed = False


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    cleanup_all()
    # Die of the signal as we would have without this handler.
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def install_signal_cleanup() -> None:
    """Stop the servers on SIGTERM too, if nobody else handles that signal.

    ``atexit`` does not run when a process dies of a signal, and an outer
    ``timeout`` ends pytest with SIGTERM.
    """
    global _signal_installed  # noqa: PLW0603 - one handler per process
    if _signal_installed or threading.current_thread() is not threading.main_thread():
        return
    _signal_installed = True
    if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _on_sigterm)


atexit.register(cleanup_all)
