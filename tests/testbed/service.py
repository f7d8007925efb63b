# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The lifecycle every test bed server and desktop helper shares.

A :class:`Service` works in ``base_dir``: a temp dir it makes itself (and
removes on ``close()``) unless the caller passes one. ``start()`` returns once
it is ready, ``stop()`` stops it and keeps its dir (so it can start again),
``close()`` stops it and removes the dir it made. As a context manager it
starts and closes. :class:`ProcessService` is a service that is one
:class:`ManagedProcess`.
"""

from __future__ import annotations

from abc import ABC
from abc import abstractmethod
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import ClassVar
from typing import Self

from tests.testbed.process import ManagedProcess
from tests.testbed.process import TestbedError
from tests.testbed.process import make_temp_dir
from tests.testbed.process import remove_dir


class Service(ABC):
    """Start, stop and close a helper that lives in ``base_dir``."""

    label: ClassVar[str]
    """What error messages call the service ("Prosody", "the session bus")."""

    def __init__(self, base_dir: Path | None, *, prefix: str) -> None:
        self._owns_dir = base_dir is None
        self.base_dir = make_temp_dir(prefix) if base_dir is None else base_dir

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    @abstractmethod
    def running(self) -> bool:
        """Whether everything the service started is still up."""

    @abstractmethod
    def start(self) -> None:
        """Start the service; return once it is ready, or raise TestbedError."""

    @abstractmethod
    def stop(self) -> None:
        """Stop the service; its dir (data, ports in config) is kept."""

    def close(self) -> None:
        """Stop the service and remove the temp dir if this object made it."""
        self.stop()
        if self._owns_dir:
            remove_dir(self.base_dir)

    def _refuse_if_running(self) -> None:
        if self.running:
            raise TestbedError(f"{self.label} is already running")


class ProcessService(Service):
    """A service that is one long-running process (``_process``)."""

    def __init__(self, base_dir: Path | None, *, prefix: str) -> None:
        super().__init__(base_dir, prefix=prefix)
        self.startup_seconds: float | None = None
        self._process: ManagedProcess | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.running

    def stop(self) -> None:
        if self._process is not None:
            self._process.stop()

    def _launch(
        self,
        name: str,
        argv: Sequence[str],
        *,
        log_path: Path,
        ready: Callable[[], bool],
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        stdin_data: bytes | None = None,
    ) -> float:
        """Start the process, wait until ``ready``; return and keep the seconds."""
        self._process = ManagedProcess(
            name, argv, log_path=log_path, env=env, cwd=cwd, stdin_data=stdin_data
        )
        self._process.start()
        self.startup_seconds = self._process.wait_until(ready)
        return self.startup_seconds
