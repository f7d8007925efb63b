# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0393 parsing, links and the safe markup built from them (no Qt)."""

from __future__ import annotations

import pytest

from messenger.core.model import Address
from messenger.ui.chat.links import find_links
from messenger.ui.chat.links import is_allowed_link
from messenger.ui.chat.links import xmpp_address
from messenger.ui.chat.styling import Colours
from messenger.ui.chat.styling import Line
from messenger.ui.chat.styling import Style
from messenger.ui.chat.styling import body_html
from messenger.ui.chat.styling import close_bidi
from messenger.ui.chat.styling import is_action
from messenger.ui.chat.styling import parse

RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"


def styled(line: Line) -> list[tuple[str, Style]]:
    """The runs without directives: (text, style)."""
    return [(r.text, r.style) for r in line.runs if not r.style & Style.DIRECTIVE]


def test_spans_are_strong_emphasis_strike_and_preformatted() -> None:
    (line,) = parse("*bold* _it_ ~gone~ `code`")

    assert styled(line) == [
        ("bold", Style.STRONG),
        (" ", Style.NONE),
        ("it", Style.EMPHASIS),
        (" ", Style.NONE),
        ("gone", Style.STRIKE),
        (" ", Style.NONE),
        ("code", Style.CODE),
    ]
    # The directives stay in the text (dimmed), so nothing sent is hidden.
    assert line.text == "*bold* _it_ ~gone~ `code`"


def test_spans_nest_but_not_inside_preformatted_text() -> None:
    (nested,) = parse("*_both_*")
    (code,) = parse("`*not bold*`")

    assert styled(nested) == [("both", Style.STRONG | Style.EMPHASIS)]
    assert styled(code) == [("*not bold*", Style.CODE)]


@pytest.mark.parametrize(
    "text",
    [
        "a*b*",  # an opening directive needs whitespace or the line start before it
        "* b*",  # ... and no whitespace after it
        "*b *",  # a closing one has none before it
        "**",  # a span is not empty
        "*open",  # nor unclosed
        "*across\nlines*",  # nor spread over lines
    ],
)
def test_text_that_is_no_span_stays_plain(text: str) -> None:
    for line in parse(text):
        assert all(run.style is Style.NONE for run in line.runs), line


def test_quotes_nest_and_preformatted_blocks_are_not_styled() -> None:
    lines = parse("> quoted *x*\n>> deeper\n```\n*raw* https://a.example\n```\nafter")

    assert [(line.quote_depth, line.preformatted) for line in lines] == [
        (1, False),
        (2, False),
        (0, True),
        (0, True),
        (0, True),
        (0, False),
    ]
    assert styled(lines[0])[-1] == ("x", Style.STRONG)
    assert styled(lines[3]) == [("*raw* https://a.example", Style.CODE)]
    assert not any(run.href for run in lines[3].runs)


def test_an_unclosed_block_ends_with_its_parent() -> None:
    lines = parse("> ```\n> code\nplain")

    assert [(line.quote_depth, line.preformatted) for line in lines] == [
        (1, True),
        (1, True),
        (0, False),
    ]


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://example.org/a?b=c&d", True),
        ("http://example.org", True),
        ("xmpp:juliet@capulet.example?message", True),
        ("mailto:nurse@capulet.example", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("data:text/html,<script>", False),
        ("https://", False),
        (f"https://example.org/{RLO}gpj.exe", False),
    ],
)
def test_only_http_xmpp_and_mailto_links_are_allowed(url: str, allowed: bool) -> None:
    assert is_allowed_link(url) is allowed


def test_xmpp_links_name_a_person_or_nothing() -> None:
    nurse = Address("nurse", "capulet.example")
    assert xmpp_address("xmpp:nurse@capulet.example?message") == nurse
    assert xmpp_address("xmpp:nurse%40capulet.example/phone") == nurse
    assert xmpp_address("xmpp:capulet.example") is None  # a server
    assert xmpp_address("xmpp://romeo@montague.example/nurse@capulet.example") is None
    assert xmpp_address("xmpp:bad%20name@capulet.example") is None
    assert xmpp_address("https://capulet.example") is None


def test_links_are_found_without_trailing_punctuation() -> None:
    text = (
        "see https://a.example/x_(y), javascript:alert(1) "
        "file:///etc/passwd (https://b.example/) mailto:n@c.example."
    )

    assert [link.url for link in find_links(text)] == [
        "https://a.example/x_(y)",
        "https://b.example/",
        "mailto:n@c.example",
    ]


def test_a_link_is_opaque_to_styling() -> None:
    (line,) = parse("_see https://a.example/a_b_c ok_")

    hrefs = [run.href for run in line.runs if run.href]
    assert hrefs == ["https://a.example/a_b_c"]
    assert styled(line)[0] == ("see ", Style.EMPHASIS)


def test_hostile_markup_is_escaped_text() -> None:
    body = '<script>alert(1)</script><img src="x" onerror=y> &amp; <a href="file:///">'

    markup = body_html(body, Colours())

    assert "<script" not in markup
    assert "<img" not in markup
    assert '<a href="file' not in markup
    assert "&lt;script&gt;" in markup
    assert "&amp;amp;" in markup
    assert "&lt;img src=&quot;x&quot; onerror=y&gt;" in markup


def test_attributes_of_links_are_escaped() -> None:
    markup = body_html('https://a.example/?q="><img src=x>', Colours())

    assert "<img" not in markup
    assert 'href="https://a.example/?q=&quot;&gt;' not in markup  # stops at the quote
    assert 'href="https://a.example/?q="' in markup


def test_directional_overrides_are_closed_in_each_run() -> None:
    assert close_bidi(f"abc{RLO}def") == f"abc{RLO}def{PDF}"
    assert close_bidi(f"{LRI}{RLO}x") == f"{LRI}{RLO}x{PDF}{PDI}"
    assert close_bidi(f"{RLO}x{PDF}") == f"{RLO}x{PDF}"
    markup = body_html(f"*bold{RLO}* after", Colours())
    assert f"bold{RLO}{PDF}</span>" in markup


def test_me_messages_name_the_sender() -> None:
    assert is_action("/me waves")
    assert not is_action("/me ")
    assert not is_action("/meet")

    markup = body_html("/me waves *hard*", Colours(), action_by="Juliet <3")

    assert "* Juliet &lt;3 </span>waves" in markup
    assert "/me" not in markup
