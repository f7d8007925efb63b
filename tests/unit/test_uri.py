# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""xmpp: (RFC 5122) and mailto: (RFC 6068) URIs: parsing, refusals, accounts."""

from __future__ import annotations

import random

import pytest

from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import ProtocolKind
from messenger.uri import MAX_URI_LENGTH
from messenger.uri import ChatUri
from messenger.uri import UriError
from messenger.uri import UriProblem
from messenger.uri import choose_account
from messenger.uri import parse_uri

JULIET = Address("juliet", "capulet.example")


def problem(text: str) -> UriProblem:
    with pytest.raises(UriError) as raised:
        parse_uri(text)
    return raised.value.problem


# xmpp: -------------------------------------------------------------------------
def test_a_plain_xmpp_uri_opens_the_bare_jid() -> None:
    assert parse_uri("xmpp:juliet@capulet.example") == ChatUri(
        protocol=ProtocolKind.XMPP, address=JULIET
    )


def test_scheme_and_case_are_normalised() -> None:
    target = parse_uri("  XMPP:Juliet@Capulet.Example.  ")
    assert target.address == JULIET


def test_message_query_prefills_the_decoded_body() -> None:
    target = parse_uri(
        "xmpp:juliet@capulet.example?message;subject=Hi;body=Wherefore%20art"
        "%20thou%3F%0D%0Aline%202%20%E2%9C%93;thread=t1"
    )
    assert target.address == JULIET
    assert target.body == "Wherefore art thou?\nline 2 ✓"


def test_the_first_body_counts_and_a_plus_stays_a_plus() -> None:
    target = parse_uri("xmpp:juliet@capulet.example?message;body=a+b;body=second")
    assert target.body == "a+b"


def test_a_body_outside_a_message_query_is_ignored() -> None:
    assert parse_uri("xmpp:juliet@capulet.example?roster;body=x").body == ""


def test_control_characters_in_the_body_are_dropped() -> None:
    target = parse_uri("xmpp:juliet@capulet.example?message;body=a%00b%1B%07c%09d")
    assert target.body == "abc\td"


def test_unknown_query_types_and_fragments_are_ignored() -> None:
    for text in (
        "xmpp:juliet@capulet.example?subscribe",
        "xmpp:juliet@capulet.example?vcard",
        "xmpp:juliet@capulet.example#top",
        "xmpp:juliet@capulet.example?",
    ):
        assert parse_uri(text).address == JULIET, text


def test_percent_encoded_and_international_jids_are_decoded() -> None:
    target = parse_uri("xmpp:%E5%B1%B1%E7%94%B0@%E4%BE%8B%E3%81%88.jp")
    assert target.address == Address("山田", "例え.jp")
    assert parse_uri("xmpp:ju%6Ciet@capulet.example").address == JULIET


def test_an_authority_names_the_account_to_use() -> None:
    target = parse_uri("xmpp://romeo@montague.example/juliet@capulet.example")
    assert target.account == Address("romeo", "montague.example")
    assert target.address == JULIET


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("xmpp:juliet@capulet.example/balcony", UriProblem.NOT_BARE),
        ("xmpp:juliet@capulet.example/", UriProblem.NOT_BARE),
        ("xmpp:capulet.example", UriProblem.NO_LOCAL_PART),
        ("xmpp:", UriProblem.NO_ADDRESS),
        ("xmpp:?message;body=hi", UriProblem.NO_ADDRESS),
        ("xmpp://romeo@montague.example", UriProblem.NO_ADDRESS),
        ("xmpp:@capulet.example", UriProblem.INVALID_ADDRESS),
        ("xmpp:juliet@", UriProblem.INVALID_ADDRESS),
        # An encoded separator must not move a boundary.
        ("xmpp:mallory%40evil.example@capulet.example", UriProblem.INVALID_ADDRESS),
        ("xmpp:juliet@capulet.example%2Fx", UriProblem.INVALID_ADDRESS),
        ("xmpp:juliet%2F@capulet.example", UriProblem.INVALID_ADDRESS),
        ("xmpp:a@b@capulet.example", UriProblem.INVALID_ADDRESS),
        ("xmpp:jul%22iet@capulet.example", UriProblem.INVALID_ADDRESS),
        ("xmpp:jul%3Ciet@capulet.example", UriProblem.INVALID_ADDRESS),
        ("xmpp:jul%20iet@capulet.example", UriProblem.INVALID_ADDRESS),
        ("xmpp:juliet@-capulet.example", UriProblem.INVALID_ADDRESS),
        ("xmpp:juliet@capulet..example", UriProblem.INVALID_ADDRESS),
        ("xmpp:juliet@capulet_example", UriProblem.INVALID_ADDRESS),
        ("xmpp:juliet@[not-an-ip]", UriProblem.INVALID_ADDRESS),
        ("xmpp:juliet@" + "a" * 64 + ".example", UriProblem.INVALID_ADDRESS),
        ("xmpp:juliet@capulet.example%", UriProblem.MALFORMED),
        ("xmpp:juliet@capulet.example%4", UriProblem.MALFORMED),
        ("xmpp:jul%FFiet@capulet.example", UriProblem.MALFORMED),
        ("xmpp:juliet@capulet.example?message;body=%C3", UriProblem.MALFORMED),
        ("xmpp:juliet @capulet.example", UriProblem.MALFORMED),
        ("xmpp:juli\u202eet@capulet.example", UriProblem.MALFORMED),
        ("xmpp:juli\x00et@capulet.example", UriProblem.MALFORMED),
        ("xmpp:room@conference.capulet.example?join", UriProblem.GROUP_CHAT),
        ("http://capulet.example/", UriProblem.UNSUPPORTED_SCHEME),
        ("javascript:alert(1)", UriProblem.UNSUPPORTED_SCHEME),
        ("juliet@capulet.example", UriProblem.UNSUPPORTED_SCHEME),
        ("", UriProblem.UNSUPPORTED_SCHEME),
    ],
)
def test_what_is_not_a_bare_jid_is_refused(text: str, expected: UriProblem) -> None:
    assert problem(text) is expected


def test_trailing_newline_inside_is_refused_but_outer_whitespace_is_trimmed() -> None:
    assert parse_uri("\txmpp:juliet@capulet.example\n").address == JULIET
    assert problem("xmpp:juliet@capulet.example?message;body=a\nb") == (
        UriProblem.MALFORMED
    )


def test_an_ip_literal_domain_is_accepted() -> None:
    assert parse_uri("xmpp:juliet@[::1]").address == Address("juliet", "[::1]")


def test_an_overlong_uri_is_refused_before_parsing() -> None:
    text = "xmpp:juliet@capulet.example?message;body=" + "a" * MAX_URI_LENGTH
    assert problem(text) is UriProblem.TOO_LONG


def test_hostile_input_raises_only_uri_errors() -> None:
    """Random mutations of real URIs: a UriError or a valid result, nothing else."""
    seeds = [
        "xmpp://romeo@montague.example/juliet@capulet.example?message;body=hi%20x",
        "mailto:juliet@capulet.example,nurse@capulet.example?to=x@y&body=%41",
    ]
    alphabet = "@/?;=&#%:,.[]\x00\u202e\udc80 aZ9\u5c71%41%ZZ%C3"
    rng = random.Random(5122)
    for _ in range(3000):
        chars = list(rng.choice(seeds))
        for _ in range(rng.randint(1, 6)):
            position = rng.randrange(len(chars) + 1)
            if rng.random() < 0.5 and chars:
                del chars[min(position, len(chars) - 1)]
            else:
                chars.insert(position, rng.choice(alphabet))
        text = "".join(chars)
        try:
            target = parse_uri(text)
        except UriError:
            continue
        # Whatever got through is a plain bare address with a local part.
        assert target.address.local
        assert not target.address.resource
        assert "\x00" not in target.body


# mailto: -----------------------------------------------------------------------
def test_mailto_opens_the_address_with_its_body() -> None:
    target = parse_uri("mailto:Nurse@Capulet.Example?subject=x&body=Come%20in%2C+now")
    assert target == ChatUri(
        protocol=ProtocolKind.EMAIL,
        address=Address("Nurse", "capulet.example"),
        body="Come in,+now",
    )


def test_mailto_takes_the_address_from_a_to_field() -> None:
    target = parse_uri("mailto:?to=nurse%40capulet.example&body=hi")
    assert target.address == Address("nurse", "capulet.example")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mailto:a@capulet.example,b@capulet.example", UriProblem.SEVERAL_ADDRESSES),
        ("mailto:a@capulet.example?to=b@capulet.example", UriProblem.SEVERAL_ADDRESSES),
        ("mailto:", UriProblem.NO_ADDRESS),
        ("mailto:?subject=hello", UriProblem.NO_ADDRESS),
        ("mailto:capulet.example", UriProblem.INVALID_ADDRESS),
        ("mailto:%22a%20b%22@capulet.example", UriProblem.INVALID_ADDRESS),
        ("mailto:a%3Cb@capulet.example", UriProblem.INVALID_ADDRESS),
        ("mailto:nurse@capulet.example?body=%E2%28", UriProblem.MALFORMED),
    ],
)
def test_mailto_refusals(text: str, expected: UriProblem) -> None:
    assert problem(text) is expected


# choosing the account -----------------------------------------------------------
def account(
    id_: str, protocol: ProtocolKind, address: str, *, enabled: bool = True
) -> Account:
    return Account(
        id=AccountId(id_), protocol=protocol, address=address, enabled=enabled
    )


ACCOUNTS = (
    account("x-off", ProtocolKind.XMPP, "old@montague.example", enabled=False),
    account("x1", ProtocolKind.XMPP, "romeo@montague.example"),
    account("x2", ProtocolKind.XMPP, "Benvolio@montague.example"),
    account("m-off", ProtocolKind.EMAIL, "old@mail.example", enabled=False),
    account("m1", ProtocolKind.EMAIL, "romeo@mail.example"),
)


def test_xmpp_uses_the_first_enabled_xmpp_account() -> None:
    target = parse_uri("xmpp:juliet@capulet.example")
    assert choose_account(target, ACCOUNTS).id == "x1"


def test_mailto_uses_the_first_enabled_email_account() -> None:
    target = parse_uri("mailto:nurse@capulet.example")
    assert choose_account(target, ACCOUNTS).id == "m1"


def test_the_authority_picks_its_account_ignoring_local_case() -> None:
    target = parse_uri("xmpp://benvolio@montague.example/juliet@capulet.example")
    assert choose_account(target, ACCOUNTS).id == "x2"


def test_an_authority_that_is_no_enabled_account_is_refused() -> None:
    for text in (
        "xmpp://tybalt@capulet.example/juliet@capulet.example",
        "xmpp://old@montague.example/juliet@capulet.example",  # disabled
    ):
        with pytest.raises(UriError) as raised:
            choose_account(parse_uri(text), ACCOUNTS)
        assert raised.value.problem is UriProblem.UNKNOWN_ACCOUNT


def test_no_account_of_the_protocol_says_which_is_missing() -> None:
    xmpp_only = [a for a in ACCOUNTS if a.protocol is ProtocolKind.XMPP]
    with pytest.raises(UriError) as raised:
        choose_account(parse_uri("mailto:nurse@capulet.example"), xmpp_only)
    assert raised.value.problem is UriProblem.NO_EMAIL_ACCOUNT
    with pytest.raises(UriError) as raised:
        choose_account(parse_uri("xmpp:juliet@capulet.example"), ACCOUNTS[:1])
    assert raised.value.problem is UriProblem.NO_XMPP_ACCOUNT
