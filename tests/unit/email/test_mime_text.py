# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The text helpers: format=flowed, quote folding, HTML to text, header words."""

from __future__ import annotations

import pytest

from messenger.protocols.email.mime.flowed import decode_flowed
from messenger.protocols.email.mime.flowed import encode_flowed
from messenger.protocols.email.mime.headers import clean_text
from messenger.protocols.email.mime.headers import decode_words
from messenger.protocols.email.mime.headers import poses_as_other_address
from messenger.protocols.email.mime.headers import split_address_list
from messenger.protocols.email.mime.html_text import html_to_text
from messenger.protocols.email.mime.reply import Reply
from messenger.protocols.email.mime.reply import split_reply

# ------------------------------------------------------------------ flowed


@pytest.mark.parametrize(
    "text",
    [
        "short",
        "a " * 100 + "end",
        "From the start\n>not a quote\n leading space\n\n\nblank lines above",
        "x" * 200,  # one long word: no break possible
        "word " + "y" * 100 + " tail",
        "two  spaces  " + "z " * 50 + "and  more",
        "ends with -- " + "w" * 80,  # a wrap must not leave a lone "-- " line
        ("emoji 😀 " * 30).rstrip(),
    ],
)
def test_flowed_text_round_trips(text: str) -> None:
    encoded = encode_flowed(text)
    assert all(
        len(line) <= 73 or " " not in line.strip() for line in encoded.split("\n")
    )
    assert "-- " not in encoded.split("\n")
    assert decode_flowed(encoded) == text


def test_flowed_stuffs_lines_that_would_read_as_quotes_or_mbox_separators() -> None:
    assert encode_flowed(">x\nFrom y\n z") == " >x\n From y\n  z"


def test_flowed_drops_trailing_spaces_of_hard_lines() -> None:
    assert encode_flowed("a   \nb") == "a\nb"


def test_flowed_joins_soft_lines_and_keeps_quote_depth() -> None:
    text = "Hello \nworld\n> quoted \n> more\n>> deep\n-- \nsig"
    assert decode_flowed(text) == "Hello world\n> quoted more\n>> deep\n-- \nsig"


def test_flowed_delsp_removes_the_soft_break_space() -> None:
    assert decode_flowed("compli \ncated", delsp=True) == "complicated"
    assert decode_flowed("compli \ncated", delsp=False) == "compli cated"


def test_a_soft_break_into_another_quote_depth_is_hard() -> None:
    assert decode_flowed("> a \nb").split("\n") == ["> a ", "b"]


# ------------------------------------------------------------------ replies


THUNDERBIRD_REPLY = (
    "Sounds good, see you at noon.\n\n"
    "On 01.05.24 14:00, Alice wrote:\n> Lunch tomorrow?\n>\n> Alice\n\n"
    "-- \nBob Example\nExample Corp"
)


def test_a_bottom_quote_and_signature_fold_away() -> None:
    assert split_reply(THUNDERBIRD_REPLY, chat=False) == Reply(
        text="Sounds good, see you at noon.",
        quote="Lunch tomorrow?\n\nAlice",
        footer="Bob Example\nExample Corp",
    )


def test_a_top_quote_with_headline_folds_away() -> None:
    text = "On Mon, Bob wrote:\n> question?\n\nanswer"
    assert split_reply(text, chat=False) == Reply(text="answer", quote="question?")


def test_gmail_wraps_the_headline() -> None:
    text = (
        "Yes!\n\nOn Mon, 6 May 2024 at 10:00, Bob Example <\n"
        "bob@example.net> wrote:\n\n> Coming?\n"
    )
    assert split_reply(text, chat=False) == Reply(text="Yes!", quote="Coming?")


def test_an_outlook_header_block_starts_the_quote() -> None:
    text = (
        "Fine by me.\n\nCarol\n\n________________________________\n"
        "From: Alice <alice@example.org>\nSent: Thursday, May 2, 2024 5:00 PM\n"
        "To: Carol\nSubject: Budget\n\nCan you check?"
    )
    reply = split_reply(text, chat=False)
    assert reply.text == "Fine by me.\n\nCarol"
    assert reply.quote.startswith("From: Alice <alice@example.org>\nSent:")
    assert reply.quote.endswith("Can you check?")


def test_an_original_message_separator_starts_the_quote() -> None:
    text = "ok\n\n-----Original Message-----\nFrom: x\nhello"
    assert split_reply(text, chat=False) == Reply(text="ok", quote="From: x\nhello")


def test_a_mail_that_is_all_quote_keeps_its_text() -> None:
    text = "> only\n> quoted"
    assert split_reply(text, chat=False) == Reply(text=text)


def test_interleaved_replies_keep_their_inner_quotes() -> None:
    text = "> q1\nanswer 1\n> q2\nanswer 2"
    assert split_reply(text, chat=False) == Reply(
        text="answer 1\n> q2\nanswer 2", quote="q1"
    )


def test_chat_mails_fold_only_a_top_quote_and_the_footer() -> None:
    text = "> quoted msg\n\nreply\n\nOn x wrote:\n> kept\n-- \nmy status"
    assert split_reply(text, chat=True) == Reply(
        text="reply\n\nOn x wrote:\n> kept", quote="quoted msg", footer="my status"
    )


def test_a_mangled_signature_separator_is_recognised() -> None:
    assert split_reply("hi\n--  \nsig", chat=True) == Reply(text="hi", footer="sig")


def test_delta_chat_escaped_dashes_are_restored() -> None:
    assert split_reply("a\n-\u200b- b", chat=True).text == "a\n-- b"


# ------------------------------------------------------------------ HTML


def test_html_block_structure_becomes_lines() -> None:
    html = (
        "<div>one<br>two</div><ul><li>a</li><li>b</li></ul>"
        "<table><tr><td>c1</td><td>c2</td></tr></table><pre>  keep\n  this</pre>x"
    )
    assert html_to_text(html) == "one\ntwo\n\n- a\n- b\n\nc1 c2\n\n  keep\n  this\n\nx"


def test_html_blockquotes_become_quotes() -> None:
    html = (
        "<p>new</p><blockquote type=cite><p>old</p>"
        "<blockquote>older</blockquote></blockquote>"
    )
    assert html_to_text(html) == "new\n\n> old\n>\n>> older"


def test_html_links_keep_safe_addresses_only() -> None:
    html = (
        '<a href="https://x.example/a">site</a> '
        '<a href="mailto:b@x.example">b@x.example</a> '
        '<a href="data:text/html,evil">d</a> '
        "<a href=https://y.example>https://y.example</a>"
    )
    assert (
        html_to_text(html)
        == "site (https://x.example/a) b@x.example d https://y.example"
    )


def test_html_comments_scripts_and_conditionals_vanish() -> None:
    html = (
        "a<!--[if mso]><p>outlook only</p><![endif]-->b<script>x()</script>c"
        "<style>p{}</style>d<?php evil ?>e<!DOCTYPE html>f<title>t</title>g"
    )
    assert html_to_text(html) == "abcdefg"


def test_unclosed_html_constructs_drop_the_rest_not_the_parser() -> None:
    assert html_to_text("kept<!-- never closed <p>lost") == "kept"
    assert html_to_text("kept<script>lost") == "kept"
    assert html_to_text("1 < 2 and 3 > 2") == "1 < 2 and 3 > 2"


def test_html_entities_are_text_never_markup() -> None:
    assert (
        html_to_text("&lt;b&gt;bold&lt;/b&gt; &#0; &#x202e;x")
        == "<b>bold</b> \ufffd \u202ex"
    )


# ------------------------------------------------------------------ header words


def test_clean_text_removes_controls_and_bidi_and_caps() -> None:
    assert clean_text("a\x00b\r\nc\u202ed\u200fe  f", 100) == "a b cde f"
    assert clean_text("x" * 50, 10) == "x" * 10


def test_decode_words_handles_mixed_and_broken_words() -> None:
    assert decode_words("=?utf-8?q?J=C3=B6rg?= M\u00fcller") == "Jörg Müller"
    assert decode_words("=?utf-8?q?a?= =?utf-8?q?b?=") == "ab"
    assert decode_words("=?iso-8859-1*de?q?M=FCller?=") == "Müller"
    assert decode_words("no words =? here") == "no words =? here"


@pytest.mark.parametrize(
    ("name", "address", "poses"),
    [
        ("Bob", "bob@x.example", False),
        ("bob@x.example", "bob@x.example", False),
        ("<BOB@X.example>", "bob@x.example", False),
        ("bob@x.example", "eve@y.example", True),
        ("Ask me @ home", "eve@y.example", False),
        ("ceo\uff20bank.example", "eve@y.example", True),
    ],
)
def test_address_looking_names(name: str, address: str, poses: bool) -> None:
    assert poses_as_other_address(name, address) is poses


def test_address_lists_split_outside_quotes_comments_and_brackets() -> None:
    value = '"a, \\" b" <x@y>, c@d, team: e@f, g@h;, (c,m) i@j, <k@l,m>, ,'
    assert split_address_list(value) == [
        '"a, \\" b" <x@y>',
        "c@d",
        "e@f",
        "g@h",
        "(c,m) i@j",
        "<k@l,m>",
    ]
    assert split_address_list("undisclosed-recipients:;") == []


def test_an_html_reply_folds_its_blockquote_away() -> None:
    html = (
        "<html><body><p>Sure, 8 pm works.</p>"
        '<div class="moz-cite-prefix">On 02.05.24 18:00, Bob wrote:<br></div>'
        '<blockquote type="cite"><p>Dinner at 8?</p></blockquote>'
        '<div class="moz-signature">-- <br>Alice</div></body></html>'
    )
    assert split_reply(html_to_text(html), chat=False) == Reply(
        text="Sure, 8 pm works.", quote="Dinner at 8?", footer="Alice"
    )
