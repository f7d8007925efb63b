# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""ContactListModel: Qt's model tester, incremental updates, presence aggregation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import QSortFilterProxyModel
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
from messenger.ui.models.contacts import ContactListModel
from messenger.ui.models.contacts import ContactRole
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


def value(model: ContactListModel, address: Address, role: int) -> Any:
    index = model.index_of(ROMEO, address)
    assert index.isValid()
    return model.data(index, role)


class Recorder:
    """Records the structural signals of a model."""

    def __init__(self, model: ContactListModel) -> None:
        self.signals: list[tuple[Any, ...]] = []
        model.rowsInserted.connect(lambda _p, a, b: self.signals.append(("ins", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.signals.append(("rm", a, b)))
        model.modelReset.connect(lambda: self.signals.append(("reset",)))
        model.dataChanged.connect(self._on_data_changed)

    def _on_data_changed(
        self, top: QModelIndex, bottom: QModelIndex, roles: list[int]
    ) -> None:
        self.signals.append(("changed", top.row(), bottom.row(), set(roles)))


def test_model_passes_the_qt_model_tester_through_batches(qtmodeltester: Any) -> None:
    model = ContactListModel()
    qtmodeltester.check(model)  # the tester keeps checking every change below
    model.load_snapshot(
        snapshot(
            contacts=(Contact(account_id=ROMEO, address=JULIET, name="Juliet"),),
            presences=((ROMEO, presence(JULIET.with_resource("balcony"), Show.AWAY)),),
        )
    )
    model.apply_contacts_updated(
        ContactsUpdated(
            account_id=ROMEO,
            contacts=(
                Contact(account_id=ROMEO, address=NURSE, groups=("Capulets",)),
                Contact(account_id=ROMEO, address=MERCUTIO),
            ),
        )
    )
    model.apply_presences_changed(
        PresencesChanged(
            account_id=ROMEO,
            updates=(
                presence(NURSE.with_resource("kitchen"), Show.CHAT),
                presence(JULIET.with_resource("balcony"), Show.OFFLINE),
            ),
        )
    )
    model.apply_contacts_removed(ContactsRemoved(account_id=ROMEO, addresses=(NURSE,)))
    model.apply_account_removed(AccountRemoved(account_id=ROMEO, history_deleted=False))
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_a_batch_is_one_insertion_and_a_change_is_data_changed() -> None:
    model = ContactListModel()
    model.load_snapshot(snapshot(contacts=(Contact(account_id=ROMEO, address=JULIET),)))
    recorder = Recorder(model)

    model.apply_contacts_updated(
        ContactsUpdated(
            account_id=ROMEO,
            contacts=(
                Contact(account_id=ROMEO, address=NURSE),
                Contact(account_id=ROMEO, address=MERCUTIO),
                Contact(account_id=ROMEO, address=JULIET, name="Juliet"),
            ),
        )
    )

    assert recorder.signals[0][0] == "changed"  # Juliet renamed, in place
    assert recorder.signals[0][1:3] == (0, 0)
    assert ContactRole.DISPLAY_NAME in recorder.signals[0][3]
    assert recorder.signals[1] == ("ins", 1, 2)  # both new contacts at once
    assert len(recorder.signals) == 2
    assert value(model, JULIET, Qt.ItemDataRole.DisplayRole) == "Juliet"
    assert value(model, NURSE, ContactRole.DISPLAY_NAME) == "nurse@capulet.example"


def test_presence_changes_emit_data_changed_with_roles_and_no_reset() -> None:
    model = ContactListModel()
    model.load_snapshot(snapshot(contacts=(Contact(account_id=ROMEO, address=JULIET),)))
    recorder = Recorder(model)

    model.apply_presences_changed(
        PresencesChanged(
            account_id=ROMEO,
            updates=(presence(JULIET.with_resource("a"), Show.DND, status="busy"),),
        )
    )

    assert recorder.signals == [
        (
            "changed",
            0,
            0,
            {
                ContactRole.SHOW,
                ContactRole.STATUS_TEXT,
                ContactRole.SORT_KEY,
                Qt.ItemDataRole.ForegroundRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
            },
        )
    ]
    assert value(model, JULIET, ContactRole.SHOW) == "dnd"
    assert value(model, JULIET, ContactRole.STATUS_TEXT) == "busy"


def test_presence_aggregates_best_show_then_priority() -> None:
    model = ContactListModel()
    model.load_snapshot(snapshot(contacts=(Contact(account_id=ROMEO, address=JULIET),)))

    def push(*updates: PresenceUpdate) -> None:
        model.apply_presences_changed(
            PresencesChanged(account_id=ROMEO, updates=updates)
        )

    assert value(model, JULIET, ContactRole.SHOW) == "offline"
    push(
        presence(JULIET.with_resource("phone"), Show.AWAY, status="on the road"),
        presence(JULIET.with_resource("desk"), Show.XA, priority=50, status="gone"),
    )
    # AWAY beats XA whatever the priorities.
    assert value(model, JULIET, ContactRole.SHOW) == "away"
    assert value(model, JULIET, ContactRole.STATUS_TEXT) == "on the road"

    push(presence(JULIET.with_resource("desk"), Show.AWAY, priority=5, status="desk"))
    # Same show: the higher priority wins.
    assert value(model, JULIET, ContactRole.STATUS_TEXT) == "desk"

    push(presence(JULIET.with_resource("desk"), Show.OFFLINE))
    assert value(model, JULIET, ContactRole.STATUS_TEXT) == "on the road"

    push(presence(JULIET.with_resource("phone"), Show.OFFLINE))
    assert value(model, JULIET, ContactRole.SHOW) == "offline"
    assert value(model, JULIET, ContactRole.STATUS_TEXT) == ""


def test_offline_contacts_are_greyed_and_online_ones_are_not() -> None:
    model = ContactListModel()
    model.load_snapshot(
        snapshot(
            contacts=(
                Contact(account_id=ROMEO, address=JULIET),
                Contact(account_id=ROMEO, address=NURSE),
            ),
            presences=((ROMEO, presence(NURSE.with_resource("x"), Show.AVAILABLE)),),
        )
    )

    assert value(model, JULIET, Qt.ItemDataRole.ForegroundRole) is not None
    assert value(model, NURSE, Qt.ItemDataRole.ForegroundRole) is None


def test_presence_before_the_contact_is_kept() -> None:
    model = ContactListModel()
    model.load_snapshot(snapshot())
    model.apply_presences_changed(
        PresencesChanged(
            account_id=ROMEO, updates=(presence(NURSE.with_resource("r"), Show.CHAT),)
        )
    )
    model.apply_contacts_updated(
        ContactsUpdated(
            account_id=ROMEO, contacts=(Contact(account_id=ROMEO, address=NURSE),)
        )
    )
    assert value(model, NURSE, ContactRole.SHOW) == "chat"


def test_roles_carry_account_address_groups_and_unread() -> None:
    model = ContactListModel()
    conversation = Conversation(
        id=ConversationId(7), account_id=ROMEO, peer=JULIET, unread_count=2
    )
    model.load_snapshot(
        snapshot(
            contacts=(
                Contact(account_id=ROMEO, address=JULIET, groups=("Capulets", "Love")),
            ),
            conversations=(conversation,),
        )
    )
    assert value(model, JULIET, ContactRole.ACCOUNT_ID) == "romeo"
    assert value(model, JULIET, ContactRole.ADDRESS) == "juliet@capulet.example"
    assert value(model, JULIET, ContactRole.GROUPS) == ["Capulets", "Love"]
    assert value(model, JULIET, ContactRole.UNREAD) == 2

    recorder = Recorder(model)
    model.apply_conversation_updated(
        ConversationUpdated(
            conversation=Conversation(
                id=ConversationId(7), account_id=ROMEO, peer=JULIET, unread_count=5
            )
        )
    )
    assert recorder.signals == [("changed", 0, 0, {ContactRole.UNREAD})]
    assert value(model, JULIET, ContactRole.UNREAD) == 5
    assert model.roleNames()[ContactRole.UNREAD].data() == b"unread"


def test_removals_keep_the_other_rows_and_accounts_apart() -> None:
    model = ContactListModel()
    contacts = tuple(
        Contact(account_id=account, address=Address(f"c{i}", "example.org"))
        for i in range(6)
        for account in (ROMEO, ALICE)
    )
    model.load_snapshot(snapshot(contacts=contacts))
    recorder = Recorder(model)

    model.apply_account_removed(AccountRemoved(account_id=ALICE, history_deleted=False))

    assert model.rowCount() == 6
    assert {
        model.data(model.index(r, 0), ContactRole.ACCOUNT_ID) for r in range(6)
    } == {"romeo"}
    assert all(s[0] == "rm" for s in recorder.signals)
    model.apply_contacts_removed(
        ContactsRemoved(account_id=ROMEO, addresses=(Address("c2", "example.org"),))
    )
    assert model.rowCount() == 5
    assert not model.index_of(ROMEO, Address("c2", "example.org")).isValid()
    assert model.index_of(ROMEO, Address("c5", "example.org")).row() == 4


def test_invalid_indexes_have_no_data() -> None:
    model = ContactListModel()
    model.load_snapshot(snapshot(contacts=(Contact(account_id=ROMEO, address=JULIET),)))
    assert model.data(QModelIndex()) is None
    assert model.data(QPersistentModelIndex()) is None
    assert model.contact_at(QModelIndex()) is None
    assert model.rowCount(model.index(0, 0)) == 0


def test_peer_markup_in_a_tooltip_is_escaped() -> None:
    model = ContactListModel()
    evil = Contact(account_id=ROMEO, address=JULIET, name="<img src=x>Juliet")
    model.load_snapshot(snapshot(contacts=(evil,)))
    tooltip = value(model, JULIET, Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tooltip
    assert "&lt;img src=x&gt;Juliet" in tooltip
    assert value(model, JULIET, Qt.ItemDataRole.DisplayRole) == "<img src=x>Juliet"


def test_proxy_sorts_available_contacts_first_then_by_name() -> None:
    model = ContactListModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(ContactRole.SORT_KEY)
    proxy.setDynamicSortFilter(True)
    proxy.sort(0)
    model.load_snapshot(
        snapshot(
            contacts=(
                Contact(account_id=ROMEO, address=JULIET, name="Juliet"),
                Contact(account_id=ROMEO, address=NURSE, name="angelica"),
                Contact(account_id=ROMEO, address=MERCUTIO, name="Mercutio"),
            ),
            presences=((ROMEO, presence(MERCUTIO.with_resource("r"), Show.AWAY)),),
        )
    )

    def names() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    assert names() == ["Mercutio", "angelica", "Juliet"]
    model.apply_presences_changed(
        PresencesChanged(
            account_id=ROMEO,
            updates=(presence(MERCUTIO.with_resource("r"), Show.OFFLINE),),
        )
    )
    assert names() == ["angelica", "Juliet", "Mercutio"]


def test_best_presence_ignores_offline_resources() -> None:
    assert best_presence([]) is None
    assert best_presence([presence(JULIET.with_resource("a"), Show.OFFLINE)]) is None
