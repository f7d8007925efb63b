# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Every presence has an icon that renders, and they all differ."""

from __future__ import annotations

from PySide6.QtGui import QImage

from messenger.core.model import Show
from messenger.ui.icons import app_icon
from messenger.ui.icons import presence_icon


def _pixels(show: str) -> QImage:
    return presence_icon(show).pixmap(32, 32).toImage()


def test_each_presence_icon_renders_and_is_distinct(qapp: object) -> None:
    images = {show.value: _pixels(show.value) for show in Show}
    for show, image in images.items():
        assert not image.isNull(), show
        assert image.pixelColor(16, 16).alpha() > 0, show
    distinct = {bytes(image.constBits()) for image in images.values()}
    assert len(distinct) == len(images)
    assert _pixels("nonsense") == images["offline"]
    assert not app_icon().pixmap(32, 32).isNull()
