# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The Delta Chat peer works on the mail fixture: two Delta Chat accounts chat.

This checks the interop fixture itself (configuration, ``force_encryption`` 0,
``ready()``), so an interop test that fails points at our client, not the bed.
"""

from __future__ import annotations

from tests.testbed.fixtures import PeerFactory


def test_two_delta_chat_accounts_exchange_a_message(
    deltachat_peer: PeerFactory,
) -> None:
    alice = deltachat_peer("dca", "Alice")
    bob = deltachat_peer("dcb", "Bob")

    alice.send_text(bob.address, "hi bob")
    received = bob.next_text()

    assert received.text == "hi bob"
    assert received.sender == alice.address
    assert not received.is_group
