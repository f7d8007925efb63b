# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Why an attached GUI cannot reach its core, told before it exits.

``messenger --attach [HOST:PORT]`` (or a start that finds a daemon holding the
profile) runs the GUI on a core in another process. When that core cannot be
reached at start-up, the app shows this message box and exits with status 1.
The UI must not import the daemon, so the app translates the daemon's error
into an :class:`AttachProblem` and passes the error's own message as
``detail``; the box words the problem in the user's language and keeps the
(English, technical) detail in its "Show Details…" section.

Everything is plain text: the address is the user's input, and the detail may
quote the remote core (the reason it gave for refusing), which is untrusted.
The module imports PySide6 and ``widgets/text.py`` only: it may load before the
core does (a failure found before the first frame).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from messenger.ui.widgets.text import fill
from messenger.ui.widgets.text import isolate
from messenger.ui.widgets.text import one_line
from messenger.ui.widgets.text import plain_block

# The technical detail is a sentence or two; anything longer is cut.
DETAIL_LIMIT = 2000
ADDRESS_LIMIT = 300


class AttachProblem(StrEnum):
    """What went wrong, as far as the user can do something about it."""

    NO_CORE = "no_core"  # --attach: no core runs for the profile on this machine
    NOT_PAIRED = "not_paired"  # no usable pairing (credential) for HOST:PORT
    BAD_ADDRESS = "bad_address"  # HOST:PORT does not parse
    UNREACHABLE = "unreachable"  # nothing answers, or not in time
    NOT_TLS = "not_tls"  # the remote end does not speak TLS
    CERTIFICATE_CHANGED = "certificate_changed"  # not the pinned certificate
    AUTH_FAILED = "auth_failed"  # the credential was refused (revoked?)
    REFUSED = "refused"  # the core said no, for a reason in the detail
    PROTOCOL = "protocol"  # not a messenger core, or an incompatible version
    OTHER = "other"


class AttachErrorDialog(QMessageBox):
    """A critical message box for one :class:`AttachProblem`.

    ``address`` is the remote core's ``HOST:PORT`` as the user gave it, or ""
    for the profile's core on this machine. Open it with ``open()`` inside
    the event loop, or ``exec()`` when no loop runs yet.
    """

    def __init__(
        self,
        problem: AttachProblem,
        *,
        address: str = "",
        detail: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setIcon(QMessageBox.Icon.Critical)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # The advice may hold a command to copy.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStandardButtons(QMessageBox.StandardButton.Close)
        self.setWindowTitle(self.tr("Cannot attach to the core"))
        what, advice = self._words(problem, address)
        self.setText(what)
        self.setInformativeText(advice)
        detail = plain_block(detail.strip(), DETAIL_LIMIT)
        if detail:
            self.setDetailedText(detail)

    def _words(self, problem: AttachProblem, given: str) -> tuple[str, str]:
        """(what happened, what to do) in the current language."""
        if not given:
            return self._local_words(problem)
        # In a sentence: isolated; in a command to copy: without bidi marks.
        address = isolate(given, ADDRESS_LIMIT)
        words = self._remote_words(problem, address, one_line(given, ADDRESS_LIMIT))
        return words or self._common_words(problem, address)

    def _remote_words(
        self, problem: AttachProblem, address: str, command_address: str
    ) -> tuple[str, str] | None:
        """The words for problems only a core elsewhere has (else None)."""
        if problem is AttachProblem.NOT_PAIRED:
            return (
                fill(
                    self.tr("This computer is not paired with the core at %1."), address
                ),
                fill(
                    #: %1 and %2 are commands, shown as they are.
                    self.tr(
                        "On the core's computer, issue a credential for this one "
                        "(%1), then pair with it here: %2"
                    ),
                    "messenger daemon remote issue NAME",
                    f"messenger pair {command_address}",
                ),
            )
        if problem is AttachProblem.BAD_ADDRESS:
            return (
                fill(self.tr("%1 is not the address of a core."), address),
                self.tr(
                    "Give the address as HOST:PORT, for example home.example.org:5299."
                ),
            )
        if problem is AttachProblem.NOT_TLS:
            return (
                fill(
                    self.tr(
                        "The core at %1 did not answer with an encrypted connection."
                    ),
                    address,
                ),
                self.tr(
                    "Messenger attaches to a core on another computer only over "
                    "an encrypted connection. Check the address and the port."
                ),
            )
        if problem is AttachProblem.CERTIFICATE_CHANGED:
            return (
                fill(
                    self.tr("The certificate of the core at %1 has changed."), address
                ),
                self.tr(
                    "Someone may be intercepting the connection. If the core was "
                    "set up again, pair again with the fingerprint it shows now."
                ),
            )
        if problem is AttachProblem.AUTH_FAILED:
            return (
                fill(
                    self.tr(
                        "The core at %1 did not accept this computer's credential."
                    ),
                    address,
                ),
                self.tr(
                    "The credential may have been revoked. Issue a new one on "
                    "the core's computer and pair again."
                ),
            )
        return None

    def _local_words(self, problem: AttachProblem) -> tuple[str, str]:
        if problem is AttachProblem.NO_CORE:
            return (
                self.tr("No core is running for this profile."),
                fill(
                    #: %1 is a command, %2 a command line option.
                    self.tr(
                        "Start it with %1 first, or start Messenger without %2 "
                        "to run the core in this window."
                    ),
                    "messenger daemon",
                    "--attach",
                ),
            )
        if problem is AttachProblem.UNREACHABLE:
            return (
                self.tr("The core of this profile does not answer."),
                self.tr("It may have stopped or be busy. Try again in a moment."),
            )
        if problem is AttachProblem.REFUSED:
            return (
                self.tr("The core of this profile refused the connection."),
                self.tr("The details say why."),
            )
        if problem is AttachProblem.PROTOCOL:
            return (
                self.tr(
                    "The core of this profile cannot work with this version of "
                    "Messenger."
                ),
                self.tr("Start the same version of Messenger as the core."),
            )
        return (
            self.tr("Messenger could not attach to the core of this profile."),
            self.tr("The details say why."),
        )

    def _common_words(self, problem: AttachProblem, address: str) -> tuple[str, str]:
        if problem is AttachProblem.UNREACHABLE:
            return (
                fill(self.tr("The core at %1 does not answer."), address),
                self.tr(
                    "Check that the core is running there and that the network "
                    "and its firewall let this computer reach it."
                ),
            )
        if problem is AttachProblem.REFUSED:
            return (
                fill(self.tr("The core at %1 refused the connection."), address),
                self.tr("The details say why."),
            )
        if problem is AttachProblem.PROTOCOL:
            return (
                fill(
                    self.tr(
                        "The program at %1 is not a core this version of "
                        "Messenger can work with."
                    ),
                    address,
                ),
                self.tr(
                    "Check the address, and run the same version of Messenger "
                    "on both computers."
                ),
            )
        return (
            fill(self.tr("Messenger could not attach to the core at %1."), address),
            self.tr("The details say why."),
        )
