# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The attach error dialog: each kind of failure in words, the detail kept apart.

Also the app's side: every way the daemon reports a failed attach becomes a
kind the dialog has words for (``messenger.app._attach_failed``).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from messenger.app import _attach_failed
from messenger.daemon.attach import PairingError
from messenger.daemon.client import AttachError
from messenger.daemon.client import AttachFailure
from messenger.daemon.remote import RemoteConfigError
from messenger.ui.dialogs.attach_error import AttachErrorDialog
from messenger.ui.dialogs.attach_error import AttachProblem

HOME = "home.example.org:5299"
SHOWN_HOME = f"\u2068{HOME}\u2069"  # an address inside a sentence is isolated


def make(
    qtbot: QtBot, problem: AttachProblem, *, address: str = "", detail: str = ""
) -> AttachErrorDialog:
    dialog = AttachErrorDialog(problem, address=address, detail=detail)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(
    ("problem", "address", "text", "advice"),
    [
        (
            AttachProblem.NO_CORE,
            "",
            "No core is running for this profile.",
            "Start it with messenger daemon first, or start Messenger without "
            "--attach to run the core in this window.",
        ),
        (
            AttachProblem.NOT_PAIRED,
            HOME,
            f"This computer is not paired with the core at {SHOWN_HOME}.",
            "On the core's computer, issue a credential for this one (messenger "
            f"daemon remote issue NAME), then pair with it here: messenger pair {HOME}",
        ),
        (
            AttachProblem.BAD_ADDRESS,
            "home:port",
            "\u2068home:port\u2069 is not the address of a core.",
            "Give the address as HOST:PORT, for example home.example.org:5299.",
        ),
        (
            AttachProblem.UNREACHABLE,
            HOME,
            f"The core at {SHOWN_HOME} does not answer.",
            "Check that the core is running there and that the network and its "
            "firewall let this computer reach it.",
        ),
        (
            AttachProblem.UNREACHABLE,
            "",
            "The core of this profile does not answer.",
            "It may have stopped or be busy. Try again in a moment.",
        ),
        (
            AttachProblem.NOT_TLS,
            HOME,
            f"The core at {SHOWN_HOME} did not answer with an encrypted connection.",
            "Messenger attaches to a core on another computer only over an "
            "encrypted connection. Check the address and the port.",
        ),
        (
            AttachProblem.CERTIFICATE_CHANGED,
            HOME,
            f"The certificate of the core at {SHOWN_HOME} has changed.",
            "Someone may be intercepting the connection. If the core was set up "
            "again, pair again with the fingerprint it shows now.",
        ),
        (
            AttachProblem.AUTH_FAILED,
            HOME,
            f"The core at {SHOWN_HOME} did not accept this computer's credential.",
            "The credential may have been revoked. Issue a new one on the core's "
            "computer and pair again.",
        ),
        (
            AttachProblem.REFUSED,
            HOME,
            f"The core at {SHOWN_HOME} refused the connection.",
            "The details say why.",
        ),
        (
            AttachProblem.REFUSED,
            "",
            "The core of this profile refused the connection.",
            "The details say why.",
        ),
        (
            AttachProblem.PROTOCOL,
            HOME,
            f"The program at {SHOWN_HOME} is not a core this version of Messenger "
            "can work with.",
            "Check the address, and run the same version of Messenger on both "
            "computers.",
        ),
        (
            AttachProblem.PROTOCOL,
            "",
            "The core of this profile cannot work with this version of Messenger.",
            "Start the same version of Messenger as the core.",
        ),
        (
            AttachProblem.OTHER,
            HOME,
            f"Messenger could not attach to the core at {SHOWN_HOME}.",
            "The details say why.",
        ),
    ],
)
def test_each_kind_of_failure_has_its_own_words(
    qtbot: QtBot, problem: AttachProblem, address: str, text: str, advice: str
) -> None:
    dialog = make(qtbot, problem, address=address, detail="the technical detail")

    assert dialog.windowTitle() == "Cannot attach to the core"
    assert dialog.text() == text
    assert dialog.informativeText() == advice
    assert dialog.detailedText() == "the technical detail"
    assert dialog.icon() is QMessageBox.Icon.Critical
    assert dialog.textFormat() == Qt.TextFormat.PlainText
    assert dialog.standardButtons() == QMessageBox.StandardButton.Close


def test_every_kind_reads_differently_from_the_others(qtbot: QtBot) -> None:
    remote = {make(qtbot, p, address=HOME).text() for p in AttachProblem}
    assert len(remote) == len(AttachProblem) - 1  # NO_CORE has no remote wording
    local = {
        make(qtbot, p).text()
        for p in (
            AttachProblem.NO_CORE,
            AttachProblem.UNREACHABLE,
            AttachProblem.REFUSED,
            AttachProblem.PROTOCOL,
            AttachProblem.OTHER,
        )
    }
    assert len(local) == 5


def test_hostile_text_stays_plain_text_in_the_details(qtbot: QtBot) -> None:
    # The detail may quote the remote core (the reason of its "bye").
    hostile = "the core refused: <b>pay</b> at <a href='x'>here</a>\u202egpj.exe"
    address = "<i>evil</i>\u202e:5299\nsecond line"
    dialog = make(qtbot, AttachProblem.REFUSED, address=address, detail=hostile)
    dialog.open()

    assert dialog.detailedText() == (
        "the core refused: <b>pay</b> at <a href='x'>here</a>gpj.exe"
    )
    assert dialog.text() == (
        "The core at \u2068<i>evil</i>:5299 second line\u2069 refused the connection."
    )
    assert dialog.textFormat() == Qt.TextFormat.PlainText
    dialog.done(0)


def test_without_a_detail_there_is_no_details_section(qtbot: QtBot) -> None:
    dialog = make(qtbot, AttachProblem.NO_CORE)
    assert dialog.detailedText() == ""
    assert len(dialog.buttons()) == 1  # Close, and no "Show Details..."
    with_detail = make(qtbot, AttachProblem.NO_CORE, detail="socket missing")
    assert len(with_detail.buttons()) == 2


def test_an_endless_detail_is_cut(qtbot: QtBot) -> None:
    dialog = make(qtbot, AttachProblem.PROTOCOL, address=HOME, detail="x" * 100_000)
    assert len(dialog.detailedText()) == 2000


@pytest.mark.parametrize("failure", list(AttachFailure))
def test_every_failure_the_client_reports_has_words(failure: AttachFailure) -> None:
    failed = _attach_failed(AttachError(failure, f"because {failure}"), HOME)
    assert failed.problem is AttachProblem(failure.value)
    assert failed.detail == f"because {failure}"
    assert failed.address == HOME


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (PairingError(f"not paired with {HOME}"), AttachProblem.NOT_PAIRED),
        (RemoteConfigError("not a port: 'x'"), AttachProblem.BAD_ADDRESS),
        (
            PermissionError("socket directory belongs to another user"),
            AttachProblem.UNREACHABLE,
        ),
        (RuntimeError("surprise"), AttachProblem.OTHER),
    ],
)
def test_errors_found_before_connecting_have_words(
    error: Exception, problem: AttachProblem
) -> None:
    failed = _attach_failed(error, "")
    assert failed.problem == problem
    assert failed.detail == str(error)
