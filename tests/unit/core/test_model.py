# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Addresses and the delivery-state order."""

from __future__ import annotations

import copy as copy_module
import dataclasses
import pickle
import unicodedata

import pytest

from messenger.core.model import Address
from messenger.core.model import DeliveryState
from messenger.core.model import InvalidAddressError
from messenger.core.model import Show
from messenger.core.session import allowed_transition


def test_parse_full_address() -> None:
    address = Address.parse("Juliet@Capulet.EXAMPLE/balcony phone")
    assert address.local == "Juliet"
    assert address.domain == "capulet.example"
    assert address.resource == "balcony phone"
    assert str(address) == "Juliet@capulet.example/balcony phone"
    assert address.bare == Address("Juliet", "capulet.example")
    assert address.bare.with_resource("x").resource == "x"


def test_domain_only_address() -> None:
    assert str(Address.parse("example.org")) == "example.org"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "@example.org",
        "a@b@example.org",
        "user@example.org/",
        "us er@example.org",
        "user\x00@example.org",
        "user\u202e@example.org",  # right-to-left override: spoofs what is shown
        "user@exa\u2028mple.org",
        "user@example.org/\x07bell",
        "x" * 1024 + "@example.org",
    ],
)
def test_hostile_addresses_are_refused(text: str) -> None:
    with pytest.raises(InvalidAddressError):
        Address.parse(text)


def _accepted_by_category(part: str, what: str) -> bool:
    """The per-character rule, as checked before the ASCII fast path."""
    if len(part.encode("utf-8", "surrogatepass")) > 1023:
        return False
    forbidden = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
    return not any(
        unicodedata.category(c) in forbidden or (c.isspace() and what != "resource")
        for c in part
    )


@pytest.mark.parametrize("what", ["local", "domain", "resource"])
def test_the_ascii_fast_path_accepts_exactly_what_the_category_check_does(
    what: str,
) -> None:
    for code in [*range(128), 0x85, 0xA0, 0x200B]:
        char = chr(code)
        if char in "@/":
            continue  # misplaced outside the resource: a separate rule
        for part in (f"a{char}b", "x" * 1022 + char, "x" * 1023 + char):
            parts = {"local": "u", "domain": "example.org", "resource": ""}
            parts[what] = part.lower() if what == "domain" else part
            try:
                Address(parts["local"], parts["domain"], parts["resource"])
                accepted = True
            except InvalidAddressError:
                accepted = False
            assert accepted == _accepted_by_category(part, what), (what, hex(code))


def test_show_rank_orders_availability() -> None:
    ranked = sorted(Show, key=lambda s: s.rank)
    assert ranked[0] is Show.CHAT
    assert ranked[-1] is Show.OFFLINE
    assert Show.AVAILABLE.rank < Show.AWAY.rank < Show.XA.rank < Show.DND.rank


@pytest.mark.parametrize(
    ("old", "new", "allowed"),
    [
        (DeliveryState.PENDING, DeliveryState.SENT, True),
        (DeliveryState.SENT, DeliveryState.DELIVERED, True),
        (DeliveryState.PENDING, DeliveryState.READ, True),
        (DeliveryState.DELIVERED, DeliveryState.SENT, False),
        (DeliveryState.READ, DeliveryState.DELIVERED, False),
        (DeliveryState.SENT, DeliveryState.FAILED, True),
        (DeliveryState.DELIVERED, DeliveryState.FAILED, False),
        (DeliveryState.FAILED, DeliveryState.SENT, True),
        (DeliveryState.FAILED, DeliveryState.PENDING, False),
        (DeliveryState.SENT, DeliveryState.SENT, False),
    ],
)
def test_delivery_state_only_moves_forward(
    old: DeliveryState, new: DeliveryState, allowed: bool
) -> None:
    assert allowed_transition(old, new) is allowed


def test_an_address_hashes_by_its_normalised_parts() -> None:
    upper, lower = (
        Address("ann", "Example.ORG", "phone"),
        Address("ann", "example.org", "phone"),
    )
    assert upper == lower
    assert hash(upper) == hash(lower)
    assert {upper: 1}[lower] == 1
    assert hash(upper.bare) == hash(Address("ann", "example.org"))
    assert hash(dataclasses.replace(lower, resource="laptop")) == hash(
        Address("ann", "example.org", "laptop")
    )


def test_a_copied_or_unpickled_address_computes_its_hash_again() -> None:
    address = Address("ann", "example.org", "phone")
    object.__setattr__(address, "_hash", 12345)  # as if from another process
    for copy in (pickle.loads(pickle.dumps(address)), copy_module.copy(address)):
        assert copy == address
        assert hash(copy) == hash(Address("ann", "example.org", "phone"))
