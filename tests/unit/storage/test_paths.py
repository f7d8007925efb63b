# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Profile location, layout and the one-process lock."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from messenger.storage.lockfile import LockFile
from messenger.storage.paths import PROFILE_ENV
from messenger.storage.paths import Profile
from messenger.storage.paths import default_profile_dir
from messenger.storage.paths import resolve_profile_dir


def test_importing_paths_loads_neither_platformdirs_nor_filelock() -> None:
    """The GUI locks its profile before the first frame: keep that cheap."""
    code = (
        "import sys\n"
        "import messenger.storage.paths\n"
        "print([m for m in ('platformdirs', 'filelock') if m in sys.modules])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"


def test_default_profile_dir_is_the_platform_data_dir() -> None:
    expected = platformdirs.user_data_dir("messenger", appauthor=False)
    assert default_profile_dir() == Path(expected)


def test_option_wins_over_environment_over_default(tmp_path: Path) -> None:
    option, env = tmp_path / "option", tmp_path / "env"
    environ = {PROFILE_ENV: str(env)}
    assert resolve_profile_dir(str(option), environ) == option
    assert resolve_profile_dir(None, environ) == env
    assert resolve_profile_dir(None, {}) == default_profile_dir()
    # Empty values count as unset.
    assert resolve_profile_dir("", {PROFILE_ENV: ""}) == default_profile_dir()


def test_profile_dir_is_expanded_and_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))  # what Windows expands ~ with
    assert resolve_profile_dir("~/chat", {}) == tmp_path / "chat"
    monkeypatch.chdir(tmp_path)
    resolved = resolve_profile_dir(os.path.join("a", "..", "b"), {})
    assert resolved.is_absolute()
    assert resolved == tmp_path / "b"


def test_profile_layout(tmp_path: Path) -> None:
    profile = Profile(tmp_path)
    assert profile.database == tmp_path / "messenger.sqlite3"
    assert profile.cache_dir == tmp_path / "cache"
    assert profile.log_dir == tmp_path / "logs"
    assert profile.lock_file == tmp_path / "lock"


def test_ensure_creates_owner_only_directories(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "deep" / "profile")
    profile.ensure()
    profile.ensure()  # idempotent
    for path in (profile.root, profile.cache_dir, profile.log_dir):
        assert path.is_dir()
        if sys.platform != "win32":  # Windows has no mode bits; ACLs inherit
            assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def test_runtime_id_is_short_and_stable_per_directory(tmp_path: Path) -> None:
    root = tmp_path / "profile"
    root.mkdir()
    runtime_id = Profile(root).runtime_id
    assert len(runtime_id) == 16
    assert runtime_id.isalnum()
    assert Profile(root).runtime_id == runtime_id
    assert Profile(root / "x" / "..").runtime_id == runtime_id
    link = tmp_path / "link"
    link.symlink_to(root, target_is_directory=True)
    assert Profile(link).runtime_id == runtime_id
    assert Profile(tmp_path / "other").runtime_id != runtime_id


def test_profile_lock_is_an_exclusive_lock_on_the_lock_file(tmp_path: Path) -> None:
    profile = Profile(tmp_path)
    profile.ensure()
    first, second = profile.lock(), profile.lock()
    assert isinstance(first, LockFile)
    assert first.path == profile.lock_file
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()
