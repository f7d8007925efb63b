# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``AvatarImages``: contacts' avatars as small round images, loaded on demand.

The buddy list asks :meth:`AvatarImages.image` while it paints a row. The first
ask starts a load: the bytes come from the core (``CoreApi.get_avatar``, handed
in as ``fetch`` so this module needs no core), decoding, cropping and scaling
run in an executor thread on a ``QImage`` (never on the loop, and never a
``QPixmap``, which only the GUI thread may touch), and :attr:`loaded` says
when the image is there. Images are cached by hash (content-addressed, so
two contacts with one picture share it); an image that cannot be loaded is
remembered as missing, and the row keeps its initials.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections import OrderedDict
from collections.abc import Awaitable
from collections.abc import Callable

from PySide6.QtCore import QBuffer
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QIODevice
from PySide6.QtCore import QObject
from PySide6.QtCore import QRectF
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtGui import QImageReader
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPainterPath

from messenger.core.errors import CoreError
from messenger.core.model import AccountId

log = logging.getLogger(__name__)

Fetch = Callable[[AccountId, str], Awaitable[bytes | None]]
# Loads at the same time (each is a core call plus an executor job).
PARALLEL_LOADS = 4
# Images kept; the least recently drawn go first.
CACHE_SIZE = 2000
# Bigger pictures are not decoded (a hostile image could claim any size).
MAX_SIDE = 4096


def decode_avatar(data: bytes, side: int) -> QImage | None:
    """A ``side`` x ``side`` round image of ``data``, or None. Runs off the loop."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and (size.width() > MAX_SIDE or size.height() > MAX_SIDE):
        return None
    source = reader.read()
    if source.isNull():
        return None
    square = min(source.width(), source.height())
    cropped = source.copy(
        (source.width() - square) // 2, (source.height() - square) // 2, square, square
    ).scaled(
        QSize(side, side),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, side, side))
    painter.setClipPath(path)
    painter.drawImage(0, 0, cropped)
    painter.end()
    return image


class AvatarImages(QObject):
    """Loads and caches avatar images (see the module docstring)."""

    loaded = Signal(str)  # the avatar hash

    def __init__(self, fetch: Fetch, side: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._side = side
        self._images: OrderedDict[str, QImage | None] = OrderedDict()
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._slots: asyncio.Semaphore | None = None

    def image(self, account_id: AccountId, avatar_hash: str) -> QImage | None:
        """The image for ``avatar_hash`` if loaded; else None (and a load starts)."""
        if avatar_hash in self._images:
            self._images.move_to_end(avatar_hash)
            return self._images[avatar_hash]
        if avatar_hash and avatar_hash not in self._tasks:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return None  # painted outside the loop (a test): no image
            task = loop.create_task(self._load(account_id, avatar_hash))
            self._tasks[avatar_hash] = task
            task.add_done_callback(self._on_task_done)
        return None

    def close(self) -> None:
        """Cancel the loads still running."""
        for task in list(self._tasks.values()):
            task.cancel()
        self._tasks.clear()

    def _on_task_done(self, task: asyncio.Task[None]) -> None:
        for avatar_hash, running in list(self._tasks.items()):
            if running is task:
                del self._tasks[avatar_hash]
        if not task.cancelled() and (error := task.exception()) is not None:
            sys.excepthook(type(error), error, error.__traceback__)

    async def _load(self, account_id: AccountId, avatar_hash: str) -> None:
        if self._slots is None:
            self._slots = asyncio.Semaphore(PARALLEL_LOADS)
        async with self._slots:
            try:
                data = await self._fetch(account_id, avatar_hash)
            except CoreError as exc:
                log.debug("No avatar %s: %s", avatar_hash, exc)
                data = None
            image = None
            if data:
                loop = asyncio.get_running_loop()
                image = await loop.run_in_executor(
                    None, decode_avatar, data, self._side
                )
        self._images[avatar_hash] = image
        while len(self._images) > CACHE_SIZE:
            self._images.popitem(last=False)
        if image is not None:
            self.loaded.emit(avatar_hash)
