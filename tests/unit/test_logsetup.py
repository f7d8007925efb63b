# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Logging: stderr at start-up, then a queue with stderr and the profile's file."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

from messenger.logsetup import LogSetup
from messenger.logsetup import parse_level


def test_levels() -> None:
    assert parse_level(None) is None
    assert parse_level("debug") == logging.DEBUG
    with pytest.raises(ValueError, match="unknown log level"):
        parse_level("chatty")


def test_start_then_async_with_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    logs = LogSetup(None)
    logs.start()
    try:
        log = logging.getLogger("messenger.test")
        log.warning("early warning")
        log.info("early info, below stderr's level")
        writers: list[str] = []

        def note_writer(record: logging.LogRecord) -> bool:
            writers.append(threading.current_thread().name)
            return True

        logs.go_async(tmp_path / "logs")
        logs._stderr.addFilter(note_writer)
        log.info("kept in the file")
        log.error("shown and kept")
    finally:
        logs.stop()
    assert root.handlers == before
    err = capsys.readouterr().err
    assert "early warning" in err
    assert "shown and kept" in err
    assert "kept in the file" not in err
    assert "below stderr" not in err
    assert logs.log_file == tmp_path / "logs" / "messenger.log"
    text = logs.log_file.read_text(encoding="utf-8")
    assert "kept in the file" in text
    assert "shown and kept" in text
    # After go_async, records are written by the listener thread, off the loop.
    assert writers
    assert threading.main_thread().name not in writers


def test_no_file_for_a_temporary_profile(capsys: pytest.CaptureFixture[str]) -> None:
    logs = LogSetup("info")
    logs.start()
    try:
        logs.go_async(None)
        logging.getLogger("messenger.test").info("only on stderr")
    finally:
        logs.stop()
    assert logs.log_file is None
    assert "only on stderr" in capsys.readouterr().err
