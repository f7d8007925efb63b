# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``GroupBook``: which group a group mail belongs to, and who may change it.

Groups are found by ``Chat-Group-ID``, else by the thread a mail answers, else
by exactly its members; names and members change only through mails from
members; everything is capped, and saved state is taken only as far as it is
well-formed.
"""

from __future__ import annotations

import pytest

from messenger.core.model import Address
from messenger.core.model import JsonValue
from messenger.protocols.email.groups import GROUP_DOMAIN
from messenger.protocols.email.groups import MAX_GROUPS
from messenger.protocols.email.groups import MAX_IDS
from messenger.protocols.email.groups import MAX_MEMBERS
from messenger.protocols.email.groups import MAX_NAME
from messenger.protocols.email.groups import Group
from messenger.protocols.email.groups import GroupBook
from messenger.protocols.email.groups import is_group_address
from messenger.protocols.email.groups import members_key

OWN = "me@example.org"
BOB = "bob@example.net"
CAROL = "carol@example.net"
DAVE = "dave@example.net"
GROUP_ID = "Abc_def-12345678"  # a well-formed Chat-Group-ID


def book() -> GroupBook:
    return GroupBook(OWN)


def find(
    groups: GroupBook,
    *,
    group_id: str = "",
    thread: tuple[str, ...] = (),
    members: tuple[str, ...] = (BOB, CAROL),
    name: str = "Hiking",
) -> Group:
    return groups.find(group_id=group_id, thread=thread, members=members, name=name)


# ------------------------------------------------------------------ addresses


def test_a_group_lives_at_a_reserved_address_nobody_can_own() -> None:
    groups = book()
    group = groups.create(GROUP_ID, "Hiking", [BOB, CAROL])

    assert group.address == Address(GROUP_ID, GROUP_DOMAIN)
    assert GROUP_DOMAIN.endswith(".invalid")  # RFC 2606
    assert is_group_address(group.address)
    assert not is_group_address(Address.parse(BOB))
    assert groups.get(group.address) is group


def test_get_knows_only_group_addresses_of_known_groups() -> None:
    groups = book()
    groups.create(GROUP_ID, "Hiking", [BOB])

    assert groups.get(Address.parse(BOB)) is None
    assert groups.get(Address("unknown-key", GROUP_DOMAIN)) is None
    # a real address whose local part happens to be a group key
    assert groups.get(Address(GROUP_ID, "example.net")) is None


# ------------------------------------------------------------------ create


def test_a_created_group_lists_the_other_members_once() -> None:
    groups = book()
    group = groups.create(
        GROUP_ID, "Hiking", [BOB, "ME@Example.org", CAROL, BOB, "Bob@example.net"]
    )

    assert group.members == [BOB, CAROL]
    assert group.group_id == GROUP_ID
    assert groups.changed


@pytest.mark.parametrize(
    "junk", ["", "no-at-sign", "bob@", "a b@example.net", "bob@example.net/res"]
)
def test_members_that_are_not_addresses_are_left_out(junk: str) -> None:
    group = book().create(GROUP_ID, "Hiking", [junk, BOB])

    assert group.members == [BOB]


def test_names_and_member_lists_are_capped() -> None:
    many = [f"m{n}@example.net" for n in range(MAX_MEMBERS + 10)]
    group = book().create(GROUP_ID, "n" * (MAX_NAME + 10), many)

    assert group.name == "n" * MAX_NAME
    assert group.members == many[:MAX_MEMBERS]


# ------------------------------------------------------------------ find


def test_a_group_mail_with_a_known_group_id_finds_that_group() -> None:
    groups = book()
    created = groups.create(GROUP_ID, "Hiking", [BOB, CAROL])
    groups.dump()

    found = find(groups, group_id=GROUP_ID, members=(DAVE,), name="Other")

    assert found is created
    assert not groups.changed


def test_a_new_group_id_makes_a_group_keyed_by_it() -> None:
    groups = book()

    group = find(groups, group_id=GROUP_ID, members=(BOB, OWN, CAROL))

    assert group.key == GROUP_ID
    assert group.group_id == GROUP_ID
    assert group.name == "Hiking"
    assert group.members == [BOB, CAROL]
    assert groups.changed
    assert groups.get(group.address) is group


def test_a_mail_without_id_joins_the_group_of_the_mail_it_answers() -> None:
    groups = book()
    first = find(groups, members=(BOB, CAROL))
    groups.remember(first, "m1@example.net")

    # A reply naming other members (someone left) still lands in the thread.
    found = find(groups, thread=("unknown@example.net", "m1@example.net"))

    assert found is first


def test_the_newest_reference_decides_between_two_groups() -> None:
    groups = book()
    older = find(groups, members=(BOB,))
    newer = find(groups, members=(CAROL,))
    groups.remember(older, "old@example.net")
    groups.remember(newer, "new@example.net")

    found = find(groups, thread=("old@example.net", "new@example.net"), members=())

    assert found is newer


def test_ad_hoc_groups_are_found_by_exactly_their_members() -> None:
    groups = book()
    first = find(groups, members=(BOB, CAROL))

    same = find(groups, members=("Carol@Example.net", BOB, OWN))
    other = find(groups, members=(BOB, CAROL, DAVE))

    assert same is first
    assert other is not first
    assert first.key == members_key([BOB, CAROL, OWN])
    assert first.group_id == ""


def test_members_key_ignores_order_case_and_repeats() -> None:
    assert members_key([BOB, CAROL]) == members_key(["CAROL@example.net", BOB, BOB])
    assert members_key([BOB]) != members_key([CAROL])
    assert members_key([BOB]).startswith("adhoc-")


def test_by_thread_names_the_group_of_a_remembered_message() -> None:
    groups = book()
    group = groups.create(GROUP_ID, "Hiking", [BOB])
    groups.remember(group, "m1@example.net")

    assert groups.by_thread(["m1@example.net"]) is group
    assert groups.by_thread(["x@example.net", "m1@example.net", "y@"]) is group
    assert groups.by_thread(["unknown@example.net"]) is None
    assert groups.by_thread([]) is None


# ------------------------------------------------------------------ update


def test_a_members_mail_renames_the_group_and_sets_its_members() -> None:
    groups = book()
    group = groups.create(GROUP_ID, "Hiking", [BOB, CAROL])
    groups.dump()

    groups.update(group, name="Hiking 2024", members=[OWN, CAROL, DAVE], sender=BOB)

    assert group.name == "Hiking 2024"
    assert sorted(group.members) == [BOB, CAROL, DAVE]  # the sender, not us
    assert groups.changed


def test_a_members_mail_without_name_or_members_changes_nothing() -> None:
    groups = book()
    group = groups.create(GROUP_ID, "Hiking", [BOB, CAROL])
    groups.dump()

    groups.update(group, name="", members=[OWN, CAROL], sender=BOB)

    assert group.name == "Hiking"
    assert sorted(group.members) == [BOB, CAROL]
    assert not groups.changed


def test_a_strangers_mail_neither_renames_the_group_nor_changes_members() -> None:
    groups = book()
    group = groups.create(GROUP_ID, "Hiking", [BOB, CAROL])
    groups.dump()

    # Mallory knows the group id (say, from a forwarded mail) and tries to
    # take the group over.
    groups.update(group, name="Pwned", members=["mallory@evil.example"], sender=DAVE)

    assert group.name == "Hiking"
    assert group.members == [BOB, CAROL]
    assert not groups.changed


def test_membership_of_the_sender_is_checked_case_insensitively() -> None:
    groups = book()
    group = groups.create(GROUP_ID, "Hiking", [BOB, CAROL])

    groups.update(group, name="Renamed", members=[CAROL], sender="BOB@example.net")

    assert group.name == "Renamed"


def test_an_update_caps_the_name_and_the_members() -> None:
    groups = book()
    group = groups.create(GROUP_ID, "Hiking", [BOB])
    many = [f"m{n}@example.net" for n in range(MAX_MEMBERS + 10)]

    groups.update(group, name="x" * (MAX_NAME + 5), members=many, sender=BOB)

    assert group.name == "x" * MAX_NAME
    assert len(group.members) == MAX_MEMBERS


# ------------------------------------------------------------------ remember


def test_remember_keeps_the_newest_ids_once() -> None:
    groups = book()
    group = groups.create(GROUP_ID, "Hiking", [BOB])
    ids = [f"m{n}@example.net" for n in range(MAX_IDS + 5)]
    for message_id in [*ids, ids[-1], ""]:
        groups.remember(group, message_id)

    assert group.ids == ids[-MAX_IDS:]


# ------------------------------------------------------------------ saved state


def test_saved_groups_come_back_as_they_were() -> None:
    groups = book()
    created = groups.create(GROUP_ID, "Hiking", [BOB, CAROL])
    groups.remember(created, "m1@example.net")
    adhoc = find(groups, members=(DAVE,), name="Ad hoc")

    restored = book()
    restored.load(groups.dump())

    assert restored.dump() == groups.dump()
    assert not restored.changed
    assert restored.by_thread(["m1@example.net"]) is restored.get(created.address)
    assert find(restored, members=(DAVE,)).key == adhoc.key


@pytest.mark.parametrize("value", [None, 3, "groups", {"key": GROUP_ID}, True])
def test_saved_state_of_the_wrong_shape_is_ignored(value: JsonValue) -> None:
    groups = book()
    groups.load(value)

    assert groups.all() == []


@pytest.mark.parametrize(
    "key", ["", "../../etc", "a b", "x" * 65, "grp@example.net", 42, None]
)
def test_saved_groups_with_bad_keys_are_dropped(key: JsonValue) -> None:
    groups = book()
    groups.load([{"key": key, "name": "Bad"}, {"key": "good", "name": "Good"}])

    assert [g.key for g in groups.all()] == ["good"]


def test_bad_fields_of_a_saved_group_are_repaired() -> None:
    groups = book()
    ids: list[JsonValue] = [f"m{n}@example.net" for n in range(MAX_IDS + 3)]
    groups.load(
        [
            {
                "key": "k1",
                "name": ["not", "a", "name"],
                "members": [BOB, 7, "", "x" * 400, "not an address", OWN, None],
                "ids": [*ids, 5, ""],
                "group_id": "bad id\r\nBcc: mallory@evil.example",
            },
            {"key": "k2", "name": "n" * (MAX_NAME + 9), "members": "bob"},
        ]
    )
    first, second = groups.all()

    assert first.name == ""
    assert first.members == [BOB]  # no junk, never our own address
    assert first.ids == ids[-MAX_IDS:]
    assert first.group_id == ""
    assert second.name == "n" * MAX_NAME
    assert second.members == []


def test_at_most_max_groups_are_loaded() -> None:
    saved: list[JsonValue] = [
        {"key": f"k{n}", "name": f"G{n}"} for n in range(MAX_GROUPS + 5)
    ]
    groups = book()
    groups.load(saved)

    assert len(groups.all()) == MAX_GROUPS
