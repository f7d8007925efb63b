# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""ContactFeed: contact events applied in order, in slices, merged, off the caller."""

from __future__ import annotations

import asyncio

import pytest

from messenger.core.events import ContactsUpdated
from messenger.core.events import Event
from messenger.core.events import PresencesChanged
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import PresenceUpdate
from messenger.core.model import Show
from messenger.ui.aio import signal_future
from messenger.ui.models import feed as feed_module
from messenger.ui.models.contacts import ContactRole
from messenger.ui.models.contacts import ContactTreeModel
from messenger.ui.models.feed import ContactFeed

ROMEO = AccountId("romeo")
ALICE = AccountId("alice")


def contacts(count: int, account: AccountId = ROMEO) -> ContactsUpdated:
    return ContactsUpdated(
        account_id=account,
        contacts=tuple(
            Contact(account_id=account, address=Address(f"c{i}", "example.org"))
            for i in range(count)
        ),
    )


def presences(*numbers: int, account: AccountId = ROMEO) -> PresencesChanged:
    return PresencesChanged(
        account_id=account,
        updates=tuple(
            PresenceUpdate(address=Address(f"c{i}", "example.org", "r"), show=Show.AWAY)
            for i in numbers
        ),
    )


class SpyModel(ContactTreeModel):
    """Records the events the feed applies."""

    def __init__(self) -> None:
        super().__init__()
        self.applied: list[tuple[str, str, int]] = []

    def apply_contacts_updated(self, event: ContactsUpdated) -> None:
        self.applied.append(("contacts", event.account_id, len(event.contacts)))
        super().apply_contacts_updated(event)

    def apply_presences_changed(self, event: PresencesChanged) -> None:
        self.applied.append(("presences", event.account_id, len(event.updates)))
        super().apply_presences_changed(event)


def test_without_a_loop_events_are_applied_at_once() -> None:
    model = SpyModel()
    feed = ContactFeed(model)
    feed.push(contacts(3))
    assert feed.idle
    assert model.applied == [("contacts", "romeo", 3)]


@pytest.mark.asyncio
async def test_events_wait_for_the_loop_and_big_ones_come_in_slices() -> None:
    model = SpyModel()
    feed = ContactFeed(model)
    drained = signal_future(feed.drained)

    feed.push(contacts(1200))
    feed.push(presences(1, 2))
    assert not feed.idle
    assert model.applied == []  # not in the caller's callback
    async with asyncio.timeout(5):
        await drained

    slice_size = feed_module.SLICE
    assert model.applied == [
        ("contacts", "romeo", slice_size),
        ("contacts", "romeo", slice_size),
        ("contacts", "romeo", 1200 - 2 * slice_size),
        ("presences", "romeo", 2),
    ]
    index = model.index_of(ROMEO, Address("c1", "example.org"))
    assert index.data(ContactRole.SHOW) == "away"


@pytest.mark.asyncio
async def test_small_events_in_a_row_are_merged_per_account() -> None:
    model = SpyModel()
    feed = ContactFeed(model)
    feed.push(contacts(5))
    drained = signal_future(feed.drained)
    for number in range(5):
        feed.push(presences(number))
    feed.push(presences(1, account=ALICE))
    feed.push(presences(4))
    async with asyncio.timeout(5):
        await drained

    assert model.applied == [
        ("contacts", "romeo", 5),
        ("presences", "romeo", 5),
        ("presences", "alice", 1),
        ("presences", "romeo", 1),
    ]


@pytest.mark.asyncio
async def test_a_closed_feed_applies_nothing() -> None:
    model = SpyModel()
    feed = ContactFeed(model)
    feed.push(contacts(5))
    feed.close()
    feed.push(contacts(5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert model.applied == []


def test_other_events_pass_through_unchanged() -> None:
    model = SpyModel()
    feed = ContactFeed(model)
    event: Event = contacts(0)
    feed.push(event)  # an empty batch is no slice at all
    assert model.applied == []
