# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Process-wide logging: a queue in front, stderr and a rotating file behind.

The root logger gets one :class:`logging.handlers.QueueHandler`; a
:class:`logging.handlers.QueueListener` thread writes the records to stderr and,
once the profile is known and locked, to a size-rotated file in the profile's
log directory. Formatting and file I/O therefore never run on the event loop.

Levels: ``--log-level`` sets both outputs; without it stderr shows warnings and
the file keeps info. Nothing in messenger logs message bodies or secrets above
DEBUG (STYLE 9): a log file is safe to attach to a bug report unless it was
written at debug level.
"""

from __future__ import annotations

import logging
import logging.handlers
import queue
import sys
from pathlib import Path

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

    Use one per process: :meth:`start` once, :meth:`add_log_file` when the
    profile is locked (two processes must not rotate the same file), then
    :meth:`stop` at exit.
    """

    def __init__(self, level: str | None = None) -> None:
        chosen = parse_level(level)
        self.stderr_level = DEFAULT_STDERR_LEVEL if chosen is None else chosen
        self.file_level = DEFAULT_FILE_LEVEL if chosen is None else chosen
        self.log_file: Path | None = None
        self._queue: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
        self._queue_handler = logging.handlers.QueueHandler(self._queue)
        self._handlers: list[logging.Handler] = [self._stderr_handler()]
        self._listener: logging.handlers.QueueListener | None = None
        self._saved_root_level = logging.NOTSET

    def start(self) -> None:
        """Install the queue handler on the root logger and start the writer."""
        root = logging.getLogger()
        self._saved_root_level = root.level
        root.addHandler(self._queue_handler)
        self._update_root_level()
        self._start_listener()
        logging.captureWarnings(True)

    def add_log_file(self, directory: Path) -> Path:
        """Also write to ``directory/messenger.log`` (rotated by size)."""
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
        self._handlers.append(handler)
        self.log_file = path
        self._update_root_level()
        if self._listener is not None:
            self._stop_listener()
            self._start_listener()
        return path

    def stop(self) -> None:
        """Write out the queued records, close the outputs, restore the root."""
        root = logging.getLogger()
        root.removeHandler(self._queue_handler)
        root.setLevel(self._saved_root_level)
        logging.captureWarnings(False)
        self._stop_listener()
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

    def _start_listener(self) -> None:
        self._listener = logging.handlers.QueueListener(
            self._queue, *self._handlers, respect_handler_level=True
        )
        self._listener.start()

    def _stop_listener(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
