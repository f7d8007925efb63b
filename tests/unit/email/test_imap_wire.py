# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""IMAP syntax: arguments, folder names, and hostile or odd server answers.

Lines are given as aioimaplib hands them over: ``bytes`` without the leading
``* ``, literals as ``bytearray`` items after the line announcing them.
"""

from __future__ import annotations

import pytest

from messenger.protocols.email import imapwire
from messenger.protocols.email.folders import plan_chat_folder
from messenger.protocols.email.folders import special_use
from messenger.protocols.email.imapwire import ListEntry
from messenger.protocols.email.imapwire import ParseError


@pytest.mark.parametrize(
    ("name", "encoded"),
    [
        ("DeltaChat", "DeltaChat"),
        ("~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-"),  # RFC 3501
        ("Tom & Jerry", "Tom &- Jerry"),
        ("Чат", "&BCcEMARC-"),
        ("a😀b", "a&2D3eAA-b"),
    ],
)
def test_modified_utf7(name: str, encoded: str) -> None:
    assert imapwire.encode_mailbox(name) == encoded
    assert imapwire.decode_mailbox(encoded) == name


@pytest.mark.parametrize(
    ("raw", "decoded"),
    [
        ("&", "&"),
        ("a&-", "a&"),
        ("&Jjo", "&Jjo"),
        ("&!!!-", "&!!!-"),
        ("x&ZeVnLIqe", "x&ZeVnLIqe"),
        ("&AGE-", "a"),
        ("&2D3-", "&2D3-"),  # half a surrogate pair
    ],
)
def test_malformed_modified_utf7_is_kept(raw: str, decoded: str) -> None:
    assert imapwire.decode_mailbox(raw) == decoded


def test_quote_escapes_and_refuses_line_breaks() -> None:
    assert imapwire.quote('a "b" \\c') == '"a \\"b\\" \\\\c"'
    assert imapwire.mailbox_arg("Tom & Jerry") == '"Tom &- Jerry"'
    for bad in ("a\r\nb", "a\nb", "a\0b"):
        with pytest.raises(ValueError, match="IMAP string"):
            imapwire.quote(bad)


def test_uid_set_compresses_ranges() -> None:
    assert imapwire.uid_set([7, 1, 2, 3, 9, 10, 3]) == "1:3,7,9:10"
    assert imapwire.uid_set([5]) == "5"
    with pytest.raises(ValueError, match="empty"):
        imapwire.uid_set([])


def test_tokenize_nested_quoted_literal_and_brackets() -> None:
    tokens = imapwire.tokenize(
        [
            b"1 FETCH (UID 5 FLAGS (\\Seen $Label) BODY[HEADER.FIELDS (A B)] {3}",
            bytearray(b"x)y"),
            b' X "q \\"t\\"" NIL)',
        ]
    )

    assert tokens == [
        "1",
        "FETCH",
        [
            "UID",
            "5",
            "FLAGS",
            ["\\Seen", "$Label"],
            "BODY[HEADER.FIELDS (A B)]",
            b"x)y",
            "X",
            'q "t"',
            None,
        ],
    ]


@pytest.mark.parametrize(
    "pieces",
    [
        [b"(a (b)"],
        [b"a)"],
        [b'"open'],
        [b"BODY[open"],
        [b"a {5}"],
        [bytearray(b"stray literal")],
        [b"(" * 40],
    ],
)
def test_tokenize_refuses_garbage(pieces: list[bytes | bytearray]) -> None:
    with pytest.raises(ParseError):
        imapwire.tokenize(pieces)


def test_parse_fetch_bodies_flags_sizes() -> None:
    lines: list[bytes | bytearray] = [
        b"1 FETCH (UID 7 RFC822.SIZE 12 FLAGS (\\Seen) BODY[] {12}",
        bytearray(b"Subject: a\r\n"),
        b" MODSEQ (42))",
        b"2 FETCH (FLAGS () UID 9 BODY[HEADER.FIELDS (CHAT-VERSION)] {21}",
        bytearray(b"Chat-Version: 1.0\r\n\r\n"),
        b")",
        b"3 FETCH (FLAGS (\\Deleted))",  # no UID: not ours to use
        b"4 FETCH (UID 11 BODY[] NIL)",
        b'5 FETCH (UID 12 BODY[] "inline")',
        b"Fetch completed (0.001 + 0.000 secs).",
    ]

    items = {item.uid: item for item in imapwire.parse_fetch(lines)}

    assert sorted(items) == [7, 9, 11, 12]
    assert items[7].sections == {"BODY[]": b"Subject: a\r\n"}
    assert (items[7].size, items[7].modseq) == (12, 42)
    assert items[7].flags == frozenset({"\\Seen"})
    assert items[9].flags == frozenset()
    assert items[9].sections == {"BODY[HEADER.FIELDS]": b"Chat-Version: 1.0\r\n\r\n"}
    assert items[11].sections == {"BODY[]": b""}
    assert items[12].sections == {"BODY[]": b"inline"}


@pytest.mark.parametrize(
    "lines",
    [
        [b"1 FETCH (UID 99999999999 FLAGS ())"],
        [b"1 FETCH (UID -3)"],
        [b"1 FETCH (UID 0)"],
        [b"1 FETCH UID 4"],
        [b"1 FETCH (UID 4 BODY[] {5}", b")"],
        [b"1 FETCH ((((((((((((((((((((UID 4))))))))))))))))))))"],
    ],
)
def test_parse_fetch_skips_hostile_answers(lines: list[bytes | bytearray]) -> None:
    assert imapwire.parse_fetch(lines) == []


def test_parse_list() -> None:
    lines: list[bytes | bytearray] = [
        b'(\\HasNoChildren \\Sent) "/" Sent',
        b'(\\HasNoChildren) "/" "Sent Items"',
        b'(\\Noselect \\HasChildren) "." "Archive"',
        b'(\\HasNoChildren) "." {9}',
        bytearray(b"Lit&-eral"),
        b'() NIL "Flat"',
        b'(\\HasNoChildren) "/" inbox',
        b'() "/" "&BCcEMARC-"',
        b'() "//" Bad',
        b"garbage",
        b'() "/" "a\\"b"',
        b"List completed (0.001 + 0.000 secs).",
    ]

    entries = imapwire.parse_list(lines)

    names = [e.name for e in entries]
    assert names == [
        "Sent",
        "Sent Items",
        "Archive",
        "Lit&eral",
        "Flat",
        "INBOX",
        "Чат",
        'a"b',
    ]
    assert entries[0].special_use == frozenset({"\\SENT"})
    assert not entries[2].selectable
    assert entries[4].delimiter == ""
    assert entries[6].raw == "&BCcEMARC-"
    assert special_use(entries, "\\Sent") == "Sent"


def test_parse_select_and_status() -> None:
    selected = imapwire.parse_select(
        [
            b"FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)",
            b"OK [PERMANENTFLAGS (\\* \\Seen)] Flags permitted.",
            b"3 EXISTS",
            b"0 RECENT",
            b"OK [UIDVALIDITY 1700000000] UIDs valid",
            b"OK [UIDNEXT 4] Predicted next UID",
            b"OK [HIGHESTMODSEQ 99999999999] Highest",
            b"[READ-WRITE] Select completed (0.001 + 0.000 secs).",
        ]
    )
    status = imapwire.parse_status(
        [
            b'"DeltaChat" (MESSAGES 2 UIDNEXT 5 UIDVALIDITY 17 HIGHESTMODSEQ 8)',
            b"Status completed.",
        ]
    )
    hostile = imapwire.parse_select([b"OK [UIDVALIDITY 99999999999999]", b"x EXISTS"])

    assert (selected.uidvalidity, selected.uidnext, selected.exists) == (
        1700000000,
        4,
        3,
    )
    assert selected.highestmodseq == 99999999999
    assert (status.uidvalidity, status.uidnext, status.exists) == (17, 5, 2)
    assert status.highestmodseq == 8
    assert (hostile.uidvalidity, hostile.exists) == (0, 0)


def test_parse_search() -> None:
    assert imapwire.parse_search(
        [b"3 1 2", b"9 (MODSEQ 77)", b"Search completed."]
    ) == [
        1,
        2,
        3,
        9,
    ]
    assert imapwire.parse_search([b"", b"Search completed."]) == []
    assert imapwire.parse_search([b"1 x 99999999999 0"]) == [1]


def test_parse_namespace() -> None:
    assert imapwire.parse_namespace([b'(("" "/")) NIL NIL', b"ok"]) == ("", "/")
    assert imapwire.parse_namespace([b'(("INBOX." ".")) NIL (("#shared." "."))']) == (
        "INBOX.",
        ".",
    )
    assert imapwire.parse_namespace([b"NIL NIL NIL"]) is None
    assert imapwire.parse_namespace([b"((("]) is None


def test_response_codes_and_pushes() -> None:
    assert imapwire.response_code("[APPENDUID 38505 3955] APPEND completed") == (
        "APPENDUID",
        "38505 3955",
    )
    assert imapwire.response_code("[authenticationfailed] No.") == (
        "AUTHENTICATIONFAILED",
        "",
    )
    assert imapwire.response_code("plain text") == ("", "")
    assert imapwire.is_push(b"4 EXISTS")
    assert imapwire.is_push(b"2 EXPUNGE")
    assert imapwire.is_push(b"VANISHED 5:7")
    assert imapwire.is_push(b"1 FETCH (FLAGS (\\Seen))")
    assert not imapwire.is_push(b"OK Still here")


def _entry(
    name: str, delimiter: str = "/", flags: frozenset[str] = frozenset()
) -> ListEntry:
    return ListEntry(name=name, raw=name, delimiter=delimiter, flags=flags)


def test_chat_folder_found_at_top_level() -> None:
    plan = plan_chat_folder(
        "DeltaChat", [_entry("INBOX"), _entry("DeltaChat")], ("", "/")
    )

    assert plan.existing == "DeltaChat"


def test_chat_folder_made_by_delta_chat_under_inbox_is_reused() -> None:
    entries = [_entry("INBOX", "."), _entry("INBOX.DeltaChat", ".")]

    plan = plan_chat_folder("DeltaChat", entries, ("", "."))

    assert plan.existing == "INBOX.DeltaChat"


def test_chat_folder_created_at_top_level_then_under_inbox() -> None:
    plan = plan_chat_folder("DeltaChat", [_entry("INBOX"), _entry("Sent")], ("", "/"))

    assert plan.existing is None
    assert plan.create == ("DeltaChat", "INBOX/DeltaChat")


def test_namespace_prefix_decides_where_to_create() -> None:
    entries = [_entry("INBOX", "."), _entry("INBOX.Sent", ".")]

    announced = plan_chat_folder("Chats", entries, ("INBOX.", "."))
    inferred = plan_chat_folder("Chats", entries, None)
    not_selectable = plan_chat_folder(
        "Chats",
        [*entries, _entry("INBOX.Chats", ".", frozenset({"\\NOSELECT"}))],
        None,
    )

    assert announced.create == ("INBOX.Chats",)
    assert inferred.prefix == "INBOX."
    assert inferred.create == ("INBOX.Chats",)
    assert not_selectable.existing is None


def test_flat_namespace() -> None:
    plan = plan_chat_folder("DeltaChat", [_entry("INBOX", "")], None)

    assert plan.create == ("DeltaChat",)
