# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The docs/screenshots makers still run and still make their pictures.

Each maker runs as the docs say (its own process, offscreen), into a
temporary file; the picture must be a PNG of the window's size. One language
per maker keeps this quick; the catalogs are compiled as the makers do.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.gui import buddy_screenshot
from tests.gui.chat import screenshot as chat_screenshot
from tests.gui.screenshot_kit import MAKER_TIMEOUT
from tests.gui.screenshot_kit import ROOT
from tests.gui.screenshot_kit import maker_command
from tests.gui.screenshot_kit import maker_env

# The wizard's own first size; with the server settings open it is taller.
WIZARD_FIRST_HEIGHT = 360


def make(module: str, language: str, out: Path) -> QImage:
    result = subprocess.run(
        maker_command(module, language, out),
        cwd=ROOT,
        env=maker_env(),
        capture_output=True,
        text=True,
        timeout=MAKER_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == str(out)
    image = QImage(str(out))
    assert not image.isNull()
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    return image


@pytest.mark.parametrize(
    ("module", "language", "size"),
    [
        ("tests.gui.buddy_screenshot", "de", buddy_screenshot.SIZE),
        ("tests.gui.chat.screenshot", "ar", chat_screenshot.SIZE),
    ],
)
def test_a_maker_saves_the_window_in_a_language(
    tmp_path: Path, module: str, language: str, size: tuple[int, int]
) -> None:
    image = make(module, language, tmp_path / "shot.png")
    assert (image.width(), image.height()) == size


def test_the_email_maker_saves_the_wizard_with_its_servers_open(
    tmp_path: Path,
) -> None:
    image = make("tests.gui.email_screenshot", "en", tmp_path / "shot.png")
    assert image.height() > WIZARD_FIRST_HEIGHT
