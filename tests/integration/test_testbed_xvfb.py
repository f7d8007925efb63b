# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The test bed's Xvfb runs a Qt window on the xcb platform.

Qt runs in a child process: the pytest process stays offscreen and Qt-free.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.testbed.xvfb import Xvfb

_SHOW_WIDGET = """
import sys
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication([sys.argv[0], "-platform", "xcb"])
widget = QWidget()
widget.resize(320, 200)
widget.show()
exposed = QTest.qWaitForWindowExposed(widget, 5000)
screen = app.primaryScreen().geometry()
print(app.platformName(), exposed, screen.width(), screen.height())
widget.close()
sys.exit(0 if exposed else 3)
"""


def test_qt_shows_a_widget_on_xvfb(xvfb: Xvfb) -> None:
    env = dict(os.environ, DISPLAY=xvfb.display)
    env.pop("QT_QPA_PLATFORM", None)  # the -platform argument must do it

    done = subprocess.run(
        [sys.executable, "-c", _SHOW_WIDGET],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["xcb", "True", "1280", "800"]
