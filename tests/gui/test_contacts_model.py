# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""ContactTreeModel: Qt's model tester, incremental updates, grouping, presence."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt

from messenger.core.api import Snapshot
from messenger.core.events import AccountRemoved
from messenger.core.events import ContactsRemoved
from messenger.core.events import ContactsUpdated
from messenger.core.events import ConversationUpdated
from messenger.core.events import PresencesChanged
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import Conversation
from messenger.core.model import ConversationId
from messenger.core.model import OwnPresence
from messenger.core.model import PresenceUpdate
from messenger.core.model import SecretStorageStatus
from messenger.core.model import Show
from messenger.core.model import Subscription
from messenger.ui.models import tree_sync
from messenger.ui.models.contacts import PRESENCE_ROLES
from messenger.ui.models.contacts import ContactRole
from messenger.ui.models.contacts import ContactTreeModel
from messenger.ui.models.contacts import SortOrder
from messenger.ui.models.contacts import best_presence

ROMEO = AccountId("romeo")
ALICE = AccountId("alice")
JULIET = Address("juliet", "capulet.example")
NURSE = Address("nurse", "capulet.example")
MERCUTIO = Address("mercutio", "montague.example")


def snapshot(
    contacts: tuple[Contact, ...] = (),
    presences: tuple[tuple[AccountId, PresenceUpdate], ...] = (),
    conversations: tuple[Conversation, ...] = (),
) -> Snapshot:
    return Snapshot(
        seq=0,
        accounts=(),
        statuses=(),
        own_presence=OwnPresence(),
        contacts=contacts,
        presences=presences,
        conversations=conversations,
        block_lists=(),
        subscription_requests=(),
        secret_storage=SecretStorageStatus(persistent=False, backend="none"),
        settings={},
    )


def presence(
    address: Address, show: Show, *, priority: int = 0, status: str = ""
) -> PresenceUpdate:
    return PresenceUpdate(address=address, show=show, priority=priority, status=status)


def contact(address: Address, name: str = "", *groups: str) -> Contact:
    return Contact(account_id=ROMEO, address=address, name=name, groups=groups)


def value(model: ContactTreeModel, address: Address, role: int) -> Any:
    index = model.index_of(ROMEO, address)
    assert index.isValid()
    return model.data(index, role)


def rows(model: ContactTreeModel) -> list[tuple[str, list[str]]]:
    result = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        children = [
            str(model.index(r, 0, group).data()) for r in range(model.rowCount(group))
        ]
        result.append((str(group.data()), children))
    return result


def push(model: ContactTreeModel, *updates: PresenceUpdate) -> None:
    model.apply_presences_changed(PresencesChanged(account_id=ROMEO, updates=updates))


class Recorder:
    """Records the structural signals of a model (rows: (parent row, first, last))."""

    def __init__(self, model: ContactTreeModel) -> None:
        self.signals: list[tuple[Any, ...]] = []
        model.rowsInserted.connect(
            lambda p, a, b: self.signals.append(("ins", _row(p), a, b))
        )
        model.rowsRemoved.connect(
            lambda p, a, b: self.signals.append(("rm", _row(p), a, b))
        )
        model.modelReset.connect(lambda: self.signals.append(("reset",)))
        model.layoutChanged.connect(lambda *_: self.signals.append(("layout",)))
        model.dataChanged.connect(self._on_data_changed)

    def _on_data_changed(
        self, top: QModelIndex, bottom: QModelIndex, roles: list[int]
    ) -> None:
        self.signals.append(
            ("changed", _row(top.parent()), top.row(), bottom.row(), set(roles))
        )

    def kinds(self) -> list[str]:
        return [s[0] for s in self.signals]


def _row(index: QModelIndex) -> int | None:
    return index.row() if index.isValid() else None


def test_model_passes_the_qt_model_tester_through_batches(qtmodeltester: Any) -> None:
    model = ContactTreeModel()
    qtmodeltester.check(model)  # the tester keeps checking every change below
    model.load_snapshot(
        snapshot(
            contacts=(contact(JULIET, "Juliet", "Capulets", "Love"),),
            presences=((ROMEO, presence(JULIET.with_resource("balcony"), Show.AWAY)),),
        )
    )
    model.apply_contacts_updated(
        ContactsUpdated(
            account_id=ROMEO,
            contacts=(contact(NURSE, "", "Capulets"), contact(MERCUTIO)),
        )
    )
    push(
        model,
        presence(NURSE.with_resource("kitchen"), Show.CHAT),
        presence(JULIET.with_resource("balcony"), Show.OFFLINE),
    )
    model.set_show_offline(False)
    model.set_sort_order(SortOrder.NAME)
    model.set_filter("u")
    model.set_filter("")
    model.set_show_offline(True)
    # Juliet leaves "Love" (the group goes) and joins "Montagues".
    model.apply_contacts_updated(
        ContactsUpdated(
            account_id=ROMEO,
            contacts=(contact(JULIET, "Juliet", "Capulets", "Montagues"),),
        )
    )
    model.apply_contacts_removed(ContactsRemoved(account_id=ROMEO, addresses=(NURSE,)))
    model.apply_account_removed(AccountRemoved(account_id=ROMEO, history_deleted=False))
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_model_tester_with_many_scattered_changes(
    qtmodeltester: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Big batches take the bulk path (rows replaced), small ones the runs."""
    replaced: list[str] = []
    replace_rows = tree_sync.TreeSync._replace_rows

    def spy(sync: tree_sync.TreeSync, group: tree_sync.Group, keys: list[int]) -> None:
        replaced.append(group.name)
        replace_rows(sync, group, keys)

    monkeypatch.setattr(tree_sync.TreeSync, "_replace_rows", spy)
    model = ContactTreeModel()
    model.set_sort_order(SortOrder.NAME)  # who goes and comes is scattered
    qtmodeltester.check(model)
    people = [Address(f"p{i:03d}", "example.org") for i in range(300)]
    model.apply_contacts_updated(
        ContactsUpdated(
            account_id=ROMEO,
            contacts=tuple(
                contact(a, "", "Even" if i % 2 else "Odd") for i, a in enumerate(people)
            ),
        )
    )
    push(model, *(presence(a.with_resource("r"), Show.AWAY) for a in people[::3]))
    model.set_show_offline(False)
    push(model, *(presence(a.with_resource("r"), Show.CHAT) for a in people[::7]))
    push(model, *(presence(a.with_resource("r"), Show.OFFLINE) for a in people[::3]))
    assert set(replaced) == {"Even", "Odd"}
    model.apply_contacts_removed(
        ContactsRemoved(account_id=ROMEO, addresses=tuple(people[::2]))
    )
    qtmodeltester.check(model)
    # Kept (odd), online (every 7th) and not gone offline again (every 3rd).
    online = {f"p{i:03d}@example.org" for i in range(1, 300, 2) if i % 7 == 0 and i % 3}
    assert {name for _, names in rows(model) for name in names} == online


def test_a_batch_is_one_insertion_and_a_change_is_data_changed() -> None:
    model = ContactTreeModel()
    model.load_snapshot(snapshot(contacts=(contact(JULIET),)))
    recorder = Recorder(model)

    model.apply_contacts_updated(
        ContactsUpdated(
            account_id=ROMEO,
            contacts=(contact(NURSE), contact(MERCUTIO), contact(JULIET, "Juliet")),
        )
    )

    # Both new contacts at once, after Juliet, in the "Contacts" group (row 0).
    assert recorder.signals[0] == ("ins", 0, 1, 2)
    kind, parent, top, bottom, roles = recorder.signals[1]
    assert (kind, parent, top, bottom) == ("changed", 0, 0, 0)  # Juliet, in place
    assert ContactRole.DISPLAY_NAME in roles
    assert len(recorder.signals) == 3
    assert recorder.signals[2][:2] == ("changed", None)  # the group's count
    assert value(model, JULIET, Qt.ItemDataRole.DisplayRole) == "Juliet"
    assert value(model, NURSE, ContactRole.DISPLAY_NAME) == "nurse@capulet.example"


def test_presence_changes_emit_data_changed_with_roles_and_no_reset() -> None:
    model = ContactTreeModel()
    model.load_snapshot(snapshot(contacts=(contact(JULIET),)))
    recorder = Recorder(model)

    push(model, presence(JULIET.with_resource("a"), Show.DND, status="busy"))

    assert recorder.signals[0] == ("changed", 0, 0, 0, set(PRESENCE_ROLES))
    assert recorder.signals[1][:4] == ("changed", None, 0, 0)  # 1 of 1 online
    assert len(recorder.signals) == 2
    assert value(model, JULIET, ContactRole.SHOW) == "dnd"
    assert value(model, JULIET, ContactRole.STATUS_TEXT) == "busy"
    assert model.index(0, 0).data(ContactRole.ONLINE_COUNT) == 1


def test_presence_aggregates_best_show_then_priority() -> None:
    model = ContactTreeModel()
    model.load_snapshot(snapshot(contacts=(contact(JULIET),)))

    assert value(model, JULIET, ContactRole.SHOW) == "offline"
    push(
        model,
        presence(JULIET.with_resource("phone"), Show.AWAY, status="on the road"),
        presence(JULIET.with_resource("desk"), Show.XA, priority=50, status="gone"),
    )
    # AWAY beats XA whatever the priorities.
    assert value(model, JULIET, ContactRole.SHOW) == "away"
    assert value(model, JULIET, ContactRole.STATUS_TEXT) == "on the road"

    push(
        model,
        presence(JULIET.with_resource("desk"), Show.AWAY, priority=5, status="desk"),
    )
    # Same show: the higher priority wins.
    assert value(model, JULIET, ContactRole.STATUS_TEXT) == "desk"

    push(model, presence(JULIET.with_resource("desk"), Show.OFFLINE))
    assert value(model, JULIET, ContactRole.STATUS_TEXT) == "on the road"

    push(model, presence(JULIET.with_resource("phone"), Show.OFFLINE))
    assert value(model, JULIET, ContactRole.SHOW) == "offline"
    assert value(model, JULIET, ContactRole.STATUS_TEXT) == ""


def test_offline_contacts_are_greyed_and_online_ones_are_not() -> None:
    model = ContactTreeModel()
    model.load_snapshot(
        snapshot(
            contacts=(contact(JULIET), contact(NURSE)),
            presences=((ROMEO, presence(NURSE.with_resource("x"), Show.AVAILABLE)),),
        )
    )

    assert value(model, JULIET, Qt.ItemDataRole.ForegroundRole) is not None
    assert value(model, NURSE, Qt.ItemDataRole.ForegroundRole) is None


def test_presence_before_the_contact_is_kept() -> None:
    model = ContactTreeModel()
    model.load_snapshot(snapshot())
    push(model, presence(NURSE.with_resource("r"), Show.CHAT))
    model.apply_contacts_updated(
        ContactsUpdated(account_id=ROMEO, contacts=(contact(NURSE),))
    )
    assert value(model, NURSE, ContactRole.SHOW) == "chat"


def test_roles_carry_account_address_groups_and_unread() -> None:
    model = ContactTreeModel()
    conversation = Conversation(
        id=ConversationId(7), account_id=ROMEO, peer=JULIET, unread_count=2
    )
    pending = Contact(
        account_id=ROMEO,
        address=JULIET,
        groups=("Capulets", "Love"),
        subscription=Subscription.FROM,
        pending_out=True,
        avatar_hash="ab" * 20,
    )
    model.load_snapshot(snapshot(contacts=(pending,), conversations=(conversation,)))
    assert value(model, JULIET, ContactRole.ACCOUNT_ID) == "romeo"
    assert value(model, JULIET, ContactRole.ADDRESS) == "juliet@capulet.example"
    assert value(model, JULIET, ContactRole.GROUPS) == ["Capulets", "Love"]
    assert value(model, JULIET, ContactRole.UNREAD) == 2
    assert value(model, JULIET, ContactRole.SUBSCRIPTION) == "from"
    assert value(model, JULIET, ContactRole.PENDING_OUT) is True
    assert value(model, JULIET, ContactRole.PENDING_IN) is False
    assert value(model, JULIET, ContactRole.AVATAR_HASH) == "ab" * 20
    assert value(model, JULIET, ContactRole.AVATAR) is None  # no lookup set
    assert value(model, JULIET, ContactRole.IS_GROUP) is False
    assert model.index(0, 0).data(ContactRole.IS_GROUP) is True

    recorder = Recorder(model)
    model.apply_conversation_updated(
        ConversationUpdated(
            conversation=Conversation(
                id=ConversationId(7), account_id=ROMEO, peer=JULIET, unread_count=5
            )
        )
    )
    # Juliet is a row in both of her groups; both change.
    assert sorted((s[1], s[2]) for s in recorder.signals) == [(0, 0), (1, 0)]
    assert all(ContactRole.UNREAD in s[4] for s in recorder.signals)
    assert value(model, JULIET, ContactRole.UNREAD) == 5
    assert model.roleNames()[ContactRole.UNREAD].data() == b"unread"


def test_groups_sort_by_name_with_contacts_last_and_count_their_members() -> None:
    model = ContactTreeModel()
    model.load_snapshot(
        snapshot(
            contacts=(
                contact(JULIET, "Juliet", "capulets", "Love"),
                contact(NURSE, "Nurse", "capulets"),
                contact(MERCUTIO, "Mercutio"),
            ),
            presences=((ROMEO, presence(NURSE.with_resource("r"), Show.AWAY)),),
        )
    )
    assert rows(model) == [
        ("capulets", ["Nurse", "Juliet"]),
        ("Love", ["Juliet"]),
        ("Contacts", ["Mercutio"]),
    ]
    capulets = model.index(0, 0)
    assert capulets.data(ContactRole.GROUP) == "capulets"
    assert (
        capulets.data(ContactRole.ONLINE_COUNT),
        capulets.data(ContactRole.TOTAL_COUNT),
    ) == (1, 2)
    assert model.index(2, 0).data(ContactRole.GROUP) == ""
    assert model.index(0, 0, model.index(2, 0)).data(ContactRole.GROUP) == ""
    assert "1 of 2 online" in capulets.data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.group_names() == ["capulets", "Love"]


def test_moving_a_contact_between_groups_removes_and_inserts_rows() -> None:
    model = ContactTreeModel()
    model.load_snapshot(
        snapshot(
            contacts=(
                contact(JULIET, "Juliet", "Love"),
                contact(NURSE, "Nurse", "Love"),
            )
        )
    )
    recorder = Recorder(model)

    model.apply_contacts_updated(
        ContactsUpdated(
            account_id=ROMEO, contacts=(contact(JULIET, "Juliet", "Capulets"),)
        )
    )

    assert rows(model) == [("Capulets", ["Juliet"]), ("Love", ["Nurse"])]
    assert ("rm", 0, 0, 0) in recorder.signals  # from Love (then row 0)
    assert ("ins", None, 0, 0) in recorder.signals  # the new group
    assert "reset" not in recorder.kinds()


def test_hiding_offline_contacts_hides_empty_groups_but_not_unread_ones() -> None:
    model = ContactTreeModel()
    model.load_snapshot(
        snapshot(
            contacts=(
                contact(JULIET, "Juliet", "Love"),
                contact(NURSE, "Nurse", "Capulets"),
                contact(MERCUTIO, "Mercutio", "Capulets"),
            ),
            presences=((ROMEO, presence(NURSE.with_resource("r"), Show.AWAY)),),
            conversations=(
                Conversation(
                    id=ConversationId(1),
                    account_id=ROMEO,
                    peer=MERCUTIO,
                    unread_count=1,
                ),
            ),
        )
    )
    recorder = Recorder(model)

    model.set_show_offline(False)

    assert rows(model) == [("Capulets", ["Nurse", "Mercutio"])]
    assert "reset" not in recorder.kinds()
    model.apply_conversation_updated(
        ConversationUpdated(
            conversation=Conversation(
                id=ConversationId(1), account_id=ROMEO, peer=MERCUTIO, unread_count=0
            )
        )
    )
    assert rows(model) == [("Capulets", ["Nurse"])]
    push(model, presence(JULIET.with_resource("r"), Show.CHAT))
    assert rows(model) == [("Capulets", ["Nurse"]), ("Love", ["Juliet"])]


def test_filter_matches_name_or_address_and_shows_offline_matches() -> None:
    model = ContactTreeModel()
    model.load_snapshot(
        snapshot(
            contacts=(
                contact(JULIET, "Juliet"),
                contact(NURSE, "Angelica"),
                contact(MERCUTIO),
            )
        )
    )
    model.set_show_offline(False)
    assert rows(model) == []

    model.set_filter("  ANGEL ")
    assert rows(model) == [("Contacts", ["Angelica"])]
    model.set_filter("capulet.example")
    assert rows(model) == [("Contacts", ["Angelica", "Juliet"])]
    model.set_filter("")
    assert rows(model) == []


def test_a_persistent_index_follows_its_contact_when_the_order_changes() -> None:
    model = ContactTreeModel()
    model.load_snapshot(
        snapshot(
            contacts=(
                contact(JULIET, "Juliet"),
                contact(NURSE, "Nurse"),
                contact(MERCUTIO, "Mercutio"),
            )
        )
    )
    assert rows(model) == [("Contacts", ["Juliet", "Mercutio", "Nurse"])]
    nurse = QPersistentModelIndex(model.index_of(ROMEO, NURSE))
    recorder = Recorder(model)

    push(model, presence(NURSE.with_resource("r"), Show.AVAILABLE))

    assert rows(model) == [("Contacts", ["Nurse", "Juliet", "Mercutio"])]
    assert nurse.row() == 0
    assert nurse.data() == "Nurse"
    assert recorder.kinds() == ["layout", "changed", "changed"]


def test_removals_keep_the_other_rows_and_accounts_apart() -> None:
    model = ContactTreeModel()
    contacts = tuple(
        Contact(account_id=account, address=Address(f"c{i}", "example.org"))
        for i in range(6)
        for account in (ROMEO, ALICE)
    )
    model.load_snapshot(snapshot(contacts=contacts))
    recorder = Recorder(model)

    model.apply_account_removed(AccountRemoved(account_id=ALICE, history_deleted=False))

    group = model.index(0, 0)
    assert model.rowCount(group) == 6
    assert {
        model.data(model.index(r, 0, group), ContactRole.ACCOUNT_ID) for r in range(6)
    } == {"romeo"}
    assert set(recorder.kinds()) <= {"rm", "changed"}
    model.apply_contacts_removed(
        ContactsRemoved(account_id=ROMEO, addresses=(Address("c2", "example.org"),))
    )
    assert model.rowCount(group) == 5
    assert not model.index_of(ROMEO, Address("c2", "example.org")).isValid()
    assert model.index_of(ROMEO, Address("c5", "example.org")).row() == 4


def test_invalid_indexes_have_no_data() -> None:
    model = ContactTreeModel()
    model.load_snapshot(snapshot(contacts=(contact(JULIET),)))
    assert model.data(QModelIndex()) is None
    assert model.data(QPersistentModelIndex()) is None
    assert model.contact_at(QModelIndex()) is None
    assert model.contact_at(model.index(0, 0)) is None  # a group row
    child = model.index(0, 0, model.index(0, 0))
    assert model.rowCount(child) == 0
    assert not model.index(1, 0, model.index(0, 0)).isValid()
    assert not model.index(0, 1).isValid()
    assert not model.index_of(ALICE, JULIET).isValid()


def test_peer_markup_in_a_tooltip_is_escaped() -> None:
    model = ContactTreeModel()
    evil = contact(JULIET, "<img src=x>Juliet")
    model.load_snapshot(snapshot(contacts=(evil,)))
    tooltip = value(model, JULIET, Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tooltip
    assert "&lt;img src=x&gt;Juliet" in tooltip
    assert value(model, JULIET, Qt.ItemDataRole.DisplayRole) == "<img src=x>Juliet"


def test_sorts_available_contacts_first_then_by_name_or_by_name_only() -> None:
    model = ContactTreeModel()
    model.load_snapshot(
        snapshot(
            contacts=(
                contact(JULIET, "Juliet"),
                contact(NURSE, "angelica"),
                contact(MERCUTIO, "Mercutio"),
            ),
            presences=((ROMEO, presence(MERCUTIO.with_resource("r"), Show.AWAY)),),
        )
    )

    def names() -> list[str]:
        return rows(model)[0][1]

    assert names() == ["Mercutio", "angelica", "Juliet"]
    push(model, presence(MERCUTIO.with_resource("r"), Show.OFFLINE))
    assert names() == ["angelica", "Juliet", "Mercutio"]
    push(model, presence(JULIET.with_resource("r"), Show.DND))
    assert names() == ["Juliet", "angelica", "Mercutio"]
    model.set_sort_order(SortOrder.NAME)
    assert names() == ["angelica", "Juliet", "Mercutio"]


def test_best_presence_ignores_offline_resources() -> None:
    assert best_presence([]) is None
    assert best_presence([presence(JULIET.with_resource("a"), Show.OFFLINE)]) is None
