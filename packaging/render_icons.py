# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Render the application icon (one SVG) into every format the installers need.

    python packaging/render_icons.py OUT [--ico] [--icns]

writes ``OUT/hicolor/<n>x<n>/apps/org.messenger.Messenger.png`` for the
freedesktop sizes plus ``OUT/hicolor/scalable/apps/org.messenger.Messenger.svg``
(the icon theme layout of ``/usr/share/icons``), and on request
``OUT/messenger.ico`` (Windows, 256 px) and ``OUT/messenger.icns`` (macOS).
Rendering uses Qt's own SVG renderer (PySide6, offscreen), so no other tool
is needed. The master is ``resources/icons/messenger.svg``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "resources" / "icons" / "messenger.svg"
APP_ID = "org.messenger.Messenger"
# The sizes freedesktop icon themes and software centres look for.
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--ico", action="store_true", help="also messenger.ico")
    parser.add_argument("--icns", action="store_true", help="also messenger.icns")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415 (after the platform)

    app = QGuiApplication.instance() or QGuiApplication([])
    del app
    hicolor = args.out / "hicolor"
    for size in SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        _save(_render(size), target, "PNG")
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MASTER, scalable)
    if args.ico:
        _save(_render(256), args.out / "messenger.ico", "ICO")
    if args.icns:
        _save(_render(512), args.out / "messenger.icns", "ICNS")
    print(f"icons in {args.out}")
    return 0


def _render(size: int) -> QImage:
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QImage  # noqa: PLC0415
    from PySide6.QtGui import QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {MASTER}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def _save(image: QImage, target: Path, kind: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), kind):
        raise SystemExit(f"cannot write {target} ({kind})")


if __name__ == "__main__":
    sys.exit(main())
