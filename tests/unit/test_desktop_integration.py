# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The XDG autostart entry: where it goes, what it says, on and off."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from messenger import APP_ID
from messenger.desktop_integration import Autostart
from messenger.desktop_integration import autostart_file
from messenger.desktop_integration import autostart_supported
from messenger.desktop_integration import entry_text
from messenger.desktop_integration import exec_value
from messenger.desktop_integration import launch_command


def test_the_entry_goes_to_xdg_config_home(tmp_path: Path) -> None:
    path = autostart_file({"XDG_CONFIG_HOME": str(tmp_path)})
    assert path == tmp_path / "autostart" / f"{APP_ID}.desktop"


def test_a_relative_or_missing_config_home_means_dot_config(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    expected = tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"
    assert autostart_file({"XDG_CONFIG_HOME": "relative/dir"}) == expected
    assert autostart_file({}) == expected


def test_supported_on_freedesktop_platforms_only() -> None:
    assert autostart_supported("linux")
    assert autostart_supported("freebsd14")
    assert not autostart_supported("win32")
    assert not autostart_supported("darwin")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["/usr/bin/messenger"], "/usr/bin/messenger"),
        (["/opt/my apps/messenger"], '"/opt/my apps/messenger"'),
        (["/usr/bin/python3", "-m", "messenger"], "/usr/bin/python3 -m messenger"),
        # % is a field code prefix; a quote and a dollar are escaped in quotes;
        # then every backslash doubles (the file's string escaping).
        (["/x/100%/m"], "/x/100%%/m"),
        (['/x/a"b$c/m'], '"/x/a\\\\"b\\\\$c/m"'),
        (["/x/back\\slash"], '"/x/back\\\\\\\\slash"'),
    ],
)
def test_exec_quoting_follows_the_desktop_entry_spec(
    argv: list[str], expected: str
) -> None:
    assert exec_value(argv) == expected


@pytest.mark.parametrize("argv", [[], [""], ["/x/new\nline"]])
def test_commands_a_desktop_entry_cannot_hold_are_refused(argv: list[str]) -> None:
    with pytest.raises(ValueError, match=r"command|argument"):
        exec_value(argv)


def test_enable_writes_the_entry_and_disable_removes_it(tmp_path: Path) -> None:
    path = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    autostart = Autostart(path, ["/opt/messenger/messenger"])
    assert not autostart.is_enabled()

    autostart.set_enabled(True)
    assert autostart.is_enabled()
    text = path.read_text(encoding="utf-8")
    assert "Exec=/opt/messenger/messenger\n" in text
    assert f"Icon={APP_ID}\n" in text
    assert list(path.parent.iterdir()) == [path]  # no temporary file left

    autostart.set_enabled(False)
    assert not path.exists()
    assert not autostart.is_enabled()
    autostart.set_enabled(False)  # already off: fine


def test_an_entry_switched_off_inside_counts_as_off(tmp_path: Path) -> None:
    path = tmp_path / "entry.desktop"
    path.write_text(
        entry_text(["messenger"]).replace(
            "X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"
        ),
        encoding="utf-8",
    )
    assert not Autostart(path, ["messenger"]).is_enabled()
    path.write_text(entry_text(["messenger"]) + "Hidden=true\n", encoding="utf-8")
    assert not Autostart(path, ["messenger"]).is_enabled()


def test_a_failing_write_raises_oserror(tmp_path: Path) -> None:
    blocker = tmp_path / "autostart"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(OSError, match="autostart"):
        Autostart(blocker / "x.desktop", ["messenger"]).set_enabled(True)


def test_the_launch_command_starts_this_messenger() -> None:
    command = launch_command()
    result = subprocess.run(
        [*command, "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("messenger ")
    # From a virtualenv: its script, else the interpreter with -m.
    assert Path(command[0]).parent == Path(sys.executable).parent


def test_the_written_entry_is_a_valid_desktop_file(tmp_path: Path) -> None:
    # desktop-file-validate: apt desktop-file-utils (scripts/system-packages.sh).
    assert shutil.which("desktop-file-validate"), "install desktop-file-utils"
    path = tmp_path / f"{APP_ID}.desktop"
    Autostart(path, ["/opt/odd dir/messenger", "--profile", "/p/100%"]).set_enabled(
        True
    )
    result = subprocess.run(
        ["desktop-file-validate", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
