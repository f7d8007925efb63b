# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Network changes of the platform, reported to the core.

:class:`NetworkMonitor` follows Qt's ``QNetworkInformation``: when the
reachability or the transport medium (Wi-Fi, Ethernet, ...) changes, it tells
the core (``CoreApi.network_changed``), which checks every account's
connection at once instead of waiting minutes for a keepalive ping to fail
(``core/connectivity.py``). One switch of networks comes as several signals
(disconnected, medium changed, online), so they are debounced (1 s) and the
reachability at the end is reported: Online as ``True``, Disconnected as
``False``, Local, Site and Unknown as ``None`` (changed, not known whether our
servers are reachable: a server on the LAN may be).

Qt loads a platform plugin for this: on Linux NetworkManager (over D-Bus; it
does not load when NetworkManager is not running), GLib's ``GNetworkMonitor``
or ConnMan; Windows, macOS and Android have their own. Without one the
monitor logs that once and does nothing: the core still notices a suspend by
itself, and the keepalive ping finds dead connections, later.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer
from PySide6.QtNetwork import QNetworkInformation

from messenger.core.api import CoreApi
from messenger.core.errors import CoreError
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks

log = logging.getLogger(__name__)

DEBOUNCE_MS = 1000
Reachability = QNetworkInformation.Reachability
TransportMedium = QNetworkInformation.TransportMedium


def load_network_information() -> QNetworkInformation | None:
    """Qt's network information with reachability, or None (no usable plugin).

    The platform's default plugin first; then any plugin that reports
    reachability. Loading is cheap (measured 4 ms for GLib's on Linux).
    """
    feature = QNetworkInformation.Feature.Reachability
    if not QNetworkInformation.loadDefaultBackend():
        QNetworkInformation.loadBackendByFeatures(feature)
    # None when no plugin loaded (the stubs do not say so).
    info: QNetworkInformation | None = QNetworkInformation.instance()
    if info is None or not info.supports(feature):
        return None
    return info


def online_of(reachability: QNetworkInformation.Reachability) -> bool | None:
    """What ``network_changed`` is told for a reachability."""
    if reachability is Reachability.Online:
        return True
    if reachability is Reachability.Disconnected:
        return False
    return None


class NetworkMonitor(QObject):
    """Reports network changes to the core (see the module docstring).

    ``load`` gives the network information (tests pass their own). Call
    :meth:`start` once the core runs and :meth:`stop` before it closes.
    """

    def __init__(
        self,
        core: CoreApi,
        *,
        load: Callable[[], QNetworkInformation | None] = load_network_information,
        debounce_ms: int = DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._core = core
        self._load = load
        self._info: QNetworkInformation | None = None
        self._reachability = Reachability.Unknown
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(debounce_ms)
        self.timer.timeout.connect(self._on_timer_timeout)

    @property
    def active(self) -> bool:
        """Whether a platform plugin reports to this monitor."""
        return self._info is not None

    def start(self) -> None:
        """Follow the platform's network state (nothing when it cannot be known)."""
        if self._info is not None:
            return
        info = self._load()
        if info is None:
            log.info(
                "No network information from the platform: connections are "
                "checked after a suspend and by the keepalive only"
            )
            return
        self._info = info
        self._reachability = info.reachability()
        info.reachabilityChanged.connect(self._on_info_reachability_changed)
        info.transportMediumChanged.connect(self._on_info_transport_medium_changed)
        log.info(
            "Following network changes (%s, now %s)",
            info.backendName(),
            self._reachability.name,
        )

    def stop(self) -> None:
        """Stop following and reporting (idempotent)."""
        self.timer.stop()
        info, self._info = self._info, None
        if info is not None:
            info.reachabilityChanged.disconnect(self._on_info_reachability_changed)
            info.transportMediumChanged.disconnect(
                self._on_info_transport_medium_changed
            )
        cancel_slot_tasks(self)

    def _on_info_reachability_changed(
        self, reachability: QNetworkInformation.Reachability
    ) -> None:
        log.debug("Reachability changed: %s", reachability.name)
        self._reachability = reachability
        self.timer.start()  # restarts a running debounce

    def _on_info_transport_medium_changed(
        self, medium: QNetworkInformation.TransportMedium
    ) -> None:
        log.debug("Transport medium changed: %s", medium.name)
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        if self._info is not None:
            self._report(online_of(self._reachability))

    @async_slot(object)
    async def _report(self, online: bool | None) -> None:
        log.info("Network changed (online: %s): telling the core", online)
        try:
            await self._core.network_changed(online)
        except CoreError as exc:
            log.warning("Reporting the network change failed: %s", exc.code.value)
