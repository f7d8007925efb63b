# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Process-wide logging: a queue in front, stderr and a rotating file behind.

Start-up logs straight to stderr (``logging.handlers`` costs a few
milliseconds the first frame does without). Once the window shows,
:meth:`LogSetup.go_async` puts one :class:`logging.handlers.QueueHandler` on the
root logger; a :class:`logging.handlers.QueueListener` thread writes the records
to stderr and, when the profile is known and locked, to a size-rotated file in
the profile's log directory. From then on formatting and file I/O never run on
the event loop.

Levels: ``--log-level`` sets both outputs; without it stderr shows warnings and
the file keeps info. Nothing in messenger logs message bodies or secrets above
DEBUG (STYLE 9): a log file is safe to attach to a bug report unless it was
written at debug level.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging.handlers

LOG_FILE_NAME = "messenger.log"
MAX_LOG_BYTES = 1024 * 1024
LOG_BACKUPS = 3
DEFAULT_STDERR_LEVEL = logging.WARNING
DEFAULT_FILE_LEVEL = logging.INFO
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def parse_level(name: str | None) -> int | None:
    """Map a ``--log-level`` value (``debug`` ... ``error``) to a logging level."""
    if name is None:
        return None
    level = logging.getLevelName(name.upper())
    if not isinstance(level, int):
        raise ValueError(f"unknown log level {name!r}")
    return level


class LogSetup:
    """The installed logging configuration; :meth:`stop` flushes and removes it.

    Use one per process: :meth:`start` once (stderr, written directly), then
    :meth:`go_async` with the locked profile's log directory (or None, for no
    file: two processes must not rotate one file), then :meth:`stop` at exit.
    """

    def __init__(self, level: str | None = None) -> None:
        chosen = parse_level(level)
        self.stderr_level = DEFAULT_STDERR_LEVEL if chosen is None else chosen
        self.file_level = DEFAULT_FILE_LEVEL if chosen is None else chosen
        self.log_file: Path | None = None
        self._stderr = self._stderr_handler()
        self._handlers: list[logging.Handler] = [self._stderr]
        self._queue_handler: logging.handlers.QueueHandler | None = None
        self._listener: logging.handlers.QueueListener | None = None
        self._saved_root_level = logging.NOTSET

    def start(self) -> None:
        """Log to stderr directly (start-up)."""
        root = logging.getLogger()
        self._saved_root_level = root.level
        root.addHandler(self._stderr)
        self._update_root_level()
        logging.captureWarnings(True)

    def go_async(self, log_dir: Path | None) -> None:
        """Move every output behind a queue; add ``log_dir/messenger.log``."""
        import logging.handlers  # noqa: PLC0415 (start-up time, see the docstring)
        import queue  # noqa: PLC0415

        if self._listener is not None:
            return
        if log_dir is not None:
            self._handlers.append(self._file_handler(log_dir))
        self._update_root_level()
        records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
        self._listener = logging.handlers.QueueListener(
            records, *self._handlers, respect_handler_level=True
        )
        self._listener.start()
        self._queue_handler = logging.handlers.QueueHandler(records)
        root = logging.getLogger()
        root.addHandler(self._queue_handler)
        root.removeHandler(self._stderr)

    def _file_handler(self, directory: Path) -> logging.Handler:
        import logging.handlers  # noqa: PLC0415

        directory.mkdir(parents=True, exist_ok=True)
        path = directory / LOG_FILE_NAME
        # delay=True: the file is opened by the listener thread on first write.
        handler = logging.handlers.RotatingFileHandler(
            path,
            maxBytes=MAX_LOG_BYTES,
            backupCount=LOG_BACKUPS,
            encoding="utf-8",
            delay=True,
        )
        handler.setLevel(self.file_level)
        handler.setFormatter(logging.Formatter(_FORMAT))
        self.log_file = path
        return handler

    def stop(self) -> None:
        """Write out the queued records, close the outputs, restore the root."""
        root = logging.getLogger()
        root.removeHandler(self._stderr)
        if self._queue_handler is not None:
            root.removeHandler(self._queue_handler)
        root.setLevel(self._saved_root_level)
        logging.captureWarnings(False)
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        for handler in self._handlers:
            handler.close()

    def _stderr_handler(self) -> logging.Handler:
        # A GUI start on Windows (pythonw) has no stderr at all.
        handler: logging.Handler = (
            logging.NullHandler()
            if sys.stderr is None
            else logging.StreamHandler(sys.stderr)
        )
        handler.setLevel(self.stderr_level)
        handler.setFormatter(logging.Formatter(_FORMAT))
        return handler

    def _update_root_level(self) -> None:
        # Records below every output's level are dropped before queueing.
        logging.getLogger().setLevel(min(h.level for h in self._handlers))
