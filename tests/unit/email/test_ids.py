# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Message-IDs <-> the core's origin ids, and each chat's thread (``ids.py``).

What matters: our own mails map back to the origin id they were sent with (so
a copy is stored once), a peer's mail never does (so a forged Message-ID can
never pose as ours), and the saved thread state is bounded whatever it holds.
"""

from __future__ import annotations

from datetime import UTC
from datetime import datetime

import pytest

from messenger.core.model import JsonValue
from messenger.protocols.email.ids import MAX_ID
from messenger.protocols.email.ids import MAX_REFERENCES
from messenger.protocols.email.ids import MAX_THREADS
from messenger.protocols.email.ids import Stamps
from messenger.protocols.email.ids import Threads
from messenger.protocols.email.ids import is_ours
from messenger.protocols.email.ids import mail_id
from messenger.protocols.email.ids import origin_of

DOMAIN = "example.org"
ORIGIN = "0f8c4b8e-5d7a-4b1e-9a55-2f3c1d9e7a10"


# ------------------------------------------------------------------ mail_id


def test_an_origin_id_becomes_a_message_id_at_our_domain() -> None:
    assert mail_id(ORIGIN, DOMAIN) == f"{ORIGIN}@{DOMAIN}"


def test_an_origin_id_that_is_already_a_message_id_is_kept() -> None:
    assert mail_id("Mr.abc.def@other.example", DOMAIN) == "Mr.abc.def@other.example"


# ------------------------------------------------------------------ origin_of


def test_our_own_mail_maps_back_to_its_origin_id() -> None:
    message_id = mail_id(ORIGIN, DOMAIN)

    assert origin_of(message_id, own=True, domain=DOMAIN) == ORIGIN


def test_the_domain_is_compared_case_insensitively() -> None:
    assert origin_of(f"{ORIGIN}@Example.ORG", own=True, domain=DOMAIN) == ORIGIN


def test_a_peers_mail_keeps_its_whole_message_id_even_at_our_domain() -> None:
    # A forger choosing our Message-ID cannot make it match one of our messages.
    forged = mail_id(ORIGIN, DOMAIN)

    assert origin_of(forged, own=False, domain=DOMAIN) == forged


def test_our_mail_from_another_domain_keeps_its_whole_message_id() -> None:
    # e.g. sent by Delta Chat on another device with the provider's domain
    assert origin_of("Mr.x.y@elsewhere.example", own=True, domain=DOMAIN) == (
        "Mr.x.y@elsewhere.example"
    )


@pytest.mark.parametrize(
    "message_id",
    ["", "no-at-sign", f"@{DOMAIN}", f"{ORIGIN}@", "@"],
)
def test_malformed_message_ids_are_kept_whole(message_id: str) -> None:
    assert origin_of(message_id, own=True, domain=DOMAIN) == message_id


def test_the_last_at_sign_splits_local_part_and_domain() -> None:
    assert origin_of(f"a@b@{DOMAIN}", own=True, domain=DOMAIN) == "a@b"


# ------------------------------------------------------------------ Threads


def test_an_unknown_chat_has_no_reply_headers() -> None:
    assert Threads().reply_headers("bob@example.net") == ("", ())


def test_replies_answer_the_newest_mail_and_reference_the_latest_few() -> None:
    threads = Threads()
    ids = [f"m{n}@example.net" for n in range(MAX_REFERENCES + 3)]
    for message_id in ids:
        threads.add("bob@example.net", message_id)

    in_reply_to, references = threads.reply_headers("bob@example.net")

    assert in_reply_to == ids[-1]
    assert list(references) == ids[-MAX_REFERENCES:]


def test_chats_have_separate_threads() -> None:
    threads = Threads()
    threads.add("bob@example.net", "b1@example.net")
    threads.add("carol@example.net", "c1@example.net")

    assert threads.reply_headers("bob@example.net") == (
        "b1@example.net",
        ("b1@example.net",),
    )
    assert threads.reply_headers("carol@example.net")[0] == "c1@example.net"


def test_a_message_id_seen_again_is_not_added_twice() -> None:
    threads = Threads()
    threads.add("bob@example.net", "m1@example.net")
    threads.add("bob@example.net", "m2@example.net")
    threads.add("bob@example.net", "m1@example.net")  # a resync hands it over again

    assert threads.reply_headers("bob@example.net") == (
        "m2@example.net",
        ("m1@example.net", "m2@example.net"),
    )


@pytest.mark.parametrize("message_id", ["", "x" * (MAX_ID + 1)])
def test_empty_and_overlong_ids_are_not_remembered(message_id: str) -> None:
    threads = Threads()
    threads.add("bob@example.net", message_id)

    assert threads.reply_headers("bob@example.net") == ("", ())
    assert not threads.changed


def changed(threads: Threads) -> bool:
    return threads.changed


def test_changed_is_set_by_add_and_cleared_by_dump() -> None:
    threads = Threads()
    assert not changed(threads)
    threads.add("bob@example.net", "m1@example.net")
    assert changed(threads)

    threads.dump()

    assert not changed(threads)


def test_the_least_recently_active_chat_is_forgotten_first() -> None:
    threads = Threads()
    for n in range(MAX_THREADS):
        threads.add(f"peer{n}@example.net", f"m{n}@example.net")
    threads.add("peer0@example.net", "again@example.net")  # peer0 active again

    threads.add("newcomer@example.net", "new@example.net")

    saved = threads.dump()
    assert isinstance(saved, dict)
    assert len(saved) == MAX_THREADS
    assert "peer1@example.net" not in saved  # the oldest untouched one went
    assert threads.reply_headers("peer0@example.net")[0] == "again@example.net"
    assert threads.reply_headers("newcomer@example.net")[0] == "new@example.net"


def test_saved_state_comes_back_as_it_was() -> None:
    threads = Threads()
    threads.add("bob@example.net", "m1@example.net")
    threads.add("bob@example.net", "m2@example.net")
    threads.add("carol@example.net", "c1@example.net")

    restored = Threads()
    restored.load(threads.dump())

    assert restored.dump() == threads.dump()
    assert restored.reply_headers("bob@example.net") == (
        "m2@example.net",
        ("m1@example.net", "m2@example.net"),
    )
    assert not restored.changed


# ------------------------------------------------------------------ hostile state


@pytest.mark.parametrize(
    "value",
    [None, 42, "threads", [["bob@example.net", ["m@example.net"]]], True, 1.5],
)
def test_saved_state_of_the_wrong_shape_is_ignored(value: JsonValue) -> None:
    threads = Threads()
    threads.load(value)

    assert threads.dump() == {}


def test_bad_entries_in_saved_state_are_dropped_and_good_ones_kept() -> None:
    threads = Threads()
    threads.load(
        {
            "bob@example.net": ["ok@example.net", 7, None, "", "x" * (MAX_ID + 1)],
            "carol@example.net": "not a list",
            "dave@example.net": [1, 2, 3],
            "erin@example.net": {"m": "x"},
        }
    )

    assert threads.dump() == {"bob@example.net": ["ok@example.net"]}


def test_saved_threads_keep_only_the_newest_references() -> None:
    ids: list[JsonValue] = [f"m{n}@example.net" for n in range(100)]
    threads = Threads()
    threads.load({"bob@example.net": ids})

    _, references = threads.reply_headers("bob@example.net")

    assert list(references) == ids[-MAX_REFERENCES:]


def test_saved_state_with_too_many_chats_is_cut_to_the_newest() -> None:
    saved: dict[str, JsonValue] = {
        f"peer{n}@example.net": [f"m{n}@example.net"] for n in range(MAX_THREADS + 50)
    }
    threads = Threads()
    threads.load(saved)

    kept = threads.dump()
    assert isinstance(kept, dict)
    assert len(kept) == MAX_THREADS
    assert "peer0@example.net" not in kept  # saved first: the least recent
    assert f"peer{MAX_THREADS + 49}@example.net" in kept


# ------------------------------------------------------------------ is_ours


def test_a_message_id_made_from_one_of_our_origin_ids_is_ours() -> None:
    assert is_ours(mail_id(ORIGIN, DOMAIN), DOMAIN)
    assert is_ours(f"{ORIGIN}@EXAMPLE.org", DOMAIN)


@pytest.mark.parametrize(
    "message_id",
    [
        f"{ORIGIN}@other.example",  # another domain
        f"Mr.abc.def@{DOMAIN}",  # Delta Chat's style, not an origin id
        f"{ORIGIN.upper()}@{DOMAIN}",  # origin ids are lower-case UUIDs
        f"x{ORIGIN}@{DOMAIN}",
        ORIGIN,
        "",
    ],
)
def test_other_message_ids_are_not_ours(message_id: str) -> None:
    assert not is_ours(message_id, DOMAIN)


def test_threads_know_only_the_ids_they_keep() -> None:
    threads = Threads()
    for n in range(MAX_REFERENCES + 1):
        threads.add("bob@example.net", f"m{n}@example.net")

    assert threads.knows(f"m{MAX_REFERENCES}@example.net")
    assert not threads.knows("m0@example.net")  # fell out of the newest few
    assert not threads.knows("never@example.net")


def test_stamps_survive_a_restart_and_refuse_junk() -> None:
    stamps = Stamps()
    when = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    stamps.note("a@x", when)
    restored = Stamps()
    restored.load(stamps.dump())
    assert restored.after(["a@x"], when) > when
    junk = Stamps()
    junk.load({"a@x": "soon", "b@x": True, "c@x": -5, "d" * 300: 1.0, "e@x": 1e12})
    assert junk.dump() == {}


def test_a_message_seen_again_keeps_its_later_time() -> None:
    """Our own message comes back as its blind copy with a whole-second Date."""
    stamps = Stamps()
    sent = datetime(2026, 11, 21, 12, 0, 0, 800_000, tzinfo=UTC)
    stamps.note("ours@x", sent)
    stamps.note("ours@x", sent.replace(microsecond=0))  # the copy
    assert stamps.after(["ours@x"], sent.replace(microsecond=0)) > sent
