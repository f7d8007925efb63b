# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Reading hostile mail: the issue's Safety list, item by item, plus the
envelope rules (sender, dates, ids) and the caps."""

from __future__ import annotations

import base64
import socket
import time
from datetime import UTC
from datetime import datetime

import pytest

from messenger.core.intake import MAX_BODY_CHARS
from messenger.protocols.email.mime import Mailbox
from messenger.protocols.email.mime import MailKind
from messenger.protocols.email.mime import Note
from messenger.protocols.email.mime import ParsedMail
from messenger.protocols.email.mime import Problem
from messenger.protocols.email.mime import parse as parse_module
from messenger.protocols.email.mime import parse_mail
from messenger.protocols.email.mime.structure import MAX_DEPTH
from messenger.protocols.email.mime.structure import MAX_PARTS

NOW = datetime(2024, 5, 3, 12, 0, tzinfo=UTC)
OWN = "alice@example.org"
HEAD = (
    "From: Bob <bob@example.net>\r\n"
    "To: alice@example.org\r\n"
    "Date: Fri, 03 May 2024 11:00:00 +0000\r\n"
    "Message-ID: <m1@example.net>\r\n"
    "Subject: Test\r\n"
)


def mail(text: str | bytes, **kwargs: int) -> ParsedMail:
    raw = text.encode() if isinstance(text, str) else text
    cap = kwargs.pop("max_attachment_bytes", 1 << 20)
    return parse_mail(raw, own_address=OWN, max_attachment_bytes=cap, now=NOW, **kwargs)


def plain(body: str, *, head: str = HEAD, ctype: str = "text/plain") -> str:
    return f"{head}MIME-Version: 1.0\r\nContent-Type: {ctype}\r\n\r\n{body}"


def multipart(*parts: str, head: str = HEAD, subtype: str = "mixed") -> str:
    body = "".join(f"--XYZ\r\n{part}\r\n" for part in parts)
    return (
        f"{head}MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/{subtype}; boundary="XYZ"\r\n\r\n{body}--XYZ--\r\n'
    )


# ------------------------------------------------------------------ HTML


HTML = """<html><head><title>Newsletter</title>
<style>body { background: url(http://tracker.example/bg.png) }</style>
<script>fetch("http://tracker.example/js")</script></head>
<body><p>Dear Alice,</p>
<p>see <a href="https://shop.example/deal">our offer</a> and
<a href="javascript:steal()">this</a> or <a href="file:///etc/passwd">that</a>.
<img src="http://tracker.example/pixel.gif" width=1 height=1>
<img src="cid:logo" alt="Shop logo"></p>
<iframe src="http://tracker.example/frame"></iframe>
<p onclick="evil()">Bye &amp; thanks&nbsp;&lt;3</p></body></html>"""


def test_an_html_only_mail_is_shown_as_text_without_remote_content(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the parser tried to open a connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)

    result = mail(plain(HTML, ctype="text/html; charset=utf-8"))

    assert result.problem is None
    assert result.text == (
        "Dear Alice,\n\n"
        "see our offer (https://shop.example/deal) and this or that. [Shop logo]\n\n"
        "Bye & thanks\xa0<3"
    )
    assert "tracker" not in result.text
    assert "steal" not in result.text
    assert "passwd" not in result.text
    assert Note.FROM_HTML in result.notes
    assert result.attachments == ()


def test_the_plain_alternative_is_preferred_over_html() -> None:
    result = mail(
        multipart(
            "Content-Type: text/plain\r\n\r\nplain version",
            "Content-Type: text/html\r\n\r\n<p>html version</p>",
            subtype="alternative",
        )
    )
    assert result.text == "plain version"
    assert Note.FROM_HTML not in result.notes


def test_crafted_html_is_converted_in_linear_time() -> None:
    # html.parser needs ~5 s for 100 KB of "<a" on Python 3.11 and ~40 s for
    # these; linear conversion takes well under a second. The margin is
    # ~100x: this guards against a quadratic regression, not a budget.
    crafted = ["<a" * 150_000, "<!--" * 75_000, "</" * 150_000, "<a b='" * 50_000]
    started = time.perf_counter()
    results = [mail(plain(c, ctype="text/html")) for c in crafted]
    assert time.perf_counter() - started < 10
    # Every "<" is text (no tag is ever closed), capped like any text.
    assert results[0].text == ("<a" * 150_000)[:MAX_BODY_CHARS]
    assert Note.TEXT_TRUNCATED in results[0].notes
    assert results[1].text == ""  # one comment, never closed
    assert results[2].text == ("</" * 150_000)[:MAX_BODY_CHARS]


# ------------------------------------------------------------------ files


def attachment_part(
    name_params: str, data: bytes, ctype: str = "application/pdf"
) -> str:
    encoded = base64.encodebytes(data).decode()
    return (
        f"Content-Type: {ctype}\r\n"
        f"Content-Disposition: attachment; {name_params}\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{encoded}"
    )


def test_a_huge_attachment_comes_as_metadata_only() -> None:
    big = bytes(range(256)) * 8192  # 2 MiB
    result = mail(
        multipart(
            "Content-Type: text/plain\r\n\r\nsee attached",
            attachment_part('filename="big.bin"', big),
            attachment_part('filename="small.bin"', b"tiny"),
        ),
        max_attachment_bytes=1 << 20,
    )

    big_file, small_file = result.attachments
    assert (big_file.filename, big_file.size, big_file.data) == (
        "big.bin",
        len(big),
        None,
    )
    assert big_file.too_big
    assert small_file.data == b"tiny"
    assert Note.ATTACHMENT_TOO_BIG in result.notes
    assert result.text == "see attached"


def test_a_mail_over_the_total_cap_gives_its_headers_only() -> None:
    raw = multipart(attachment_part('filename="x.bin"', b"x" * 300_000))
    result = mail(raw, max_total_bytes=100_000)

    assert result.problem is Problem.TOO_BIG
    assert result.sender is not None
    assert result.sender.address == "bob@example.net"
    assert result.message_id == "m1@example.net"
    assert (result.text, result.attachments) == ("", ())


def test_a_header_section_over_the_cap_is_refused() -> None:
    raw = HEAD + "X-Filler: " + "x" * 300_000 + "\r\n\r\nbody"
    assert mail(raw).problem is Problem.TOO_BIG


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ('filename="../../etc/passwd"', "passwd"),
        ('filename="..%2F..%2Fetc%2Fpasswd"', "passwd"),
        ('filename="..%252F..%252Fetc"', "etc"),
        ('filename="C:\\\\Windows\\\\System32\\\\evil.dll"', "evil.dll"),
        ('filename="/etc/shadow"', "shadow"),
        ('filename="CON"', "_CON"),
        ('filename="com1.txt"', "_com1.txt"),
        ('filename="LPT9.tar.gz"', "_LPT9.tar.gz"),
        ('filename="nul "', "_nul"),
        ('filename="invoice\u202egnp.exe"', "invoicegnp.exe"),
        ('filename="tab\there.txt"', "tabhere.txt"),
        ('filename="..."', "attachment"),
        ('filename=""', "attachment.pdf"),
        ('filename="%2e%2e%2f"', "attachment"),
        ('filename="a:b|c?.txt"', "a_b_c_.txt"),
        ("filename*=utf-8''%E2%9C%8F%2F..%2Fnotes.txt", "notes.txt"),
        (
            "filename*=utf-8''%C3%9Cbersicht%20%E2%80%93%20Q2.pdf",
            "Übersicht \u2013 Q2.pdf",
        ),
        ('filename="=?utf-8?q?R=C3=A9sum=C3=A9.pdf?="', "Résumé.pdf"),
        ("", "attachment.pdf"),
    ],
)
def test_hostile_file_names_are_made_safe(params: str, expected: str) -> None:
    raw = multipart(attachment_part(params, b"data"))
    [file] = mail(raw.encode("utf-8")).attachments
    assert file.filename == expected


def test_long_file_names_are_capped_keeping_the_extension() -> None:
    raw = multipart(attachment_part('filename="' + "a" * 400 + '.pdf"', b"data"))
    [file] = mail(raw).attachments
    assert len(file.filename) <= 120
    assert file.filename.endswith("a.pdf")


def test_a_junk_content_type_becomes_octet_stream() -> None:
    raw = multipart(attachment_part('filename="x"', b"d", ctype="evil/<script>"))
    [file] = mail(raw).attachments
    assert file.content_type == "application/octet-stream"


# ------------------------------------------------------------------ malformed MIME


def test_a_multipart_without_boundary_is_read_as_text() -> None:
    raw = plain("just some text", ctype="multipart/mixed")
    result = mail(raw)
    assert result.text == "just some text"
    assert Note.MALFORMED_MIME in result.notes
    assert result.problem is None


def test_a_truncated_mail_gives_what_arrived() -> None:
    raw = multipart(
        "Content-Type: text/plain\r\n\r\nfirst part",
        attachment_part('filename="a.pdf"', b"%PDF" * 100),
    )
    cut = raw[: raw.index("--XYZ--") - 40]
    result = mail(cut)

    assert result.text == "first part"
    assert Note.MALFORMED_MIME in result.notes
    [file] = result.attachments
    assert file.filename == "a.pdf"


def nested(depth: int) -> str:
    lines = [HEAD, 'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n']
    for level in range(1, depth):
        ctype = f'Content-Type: multipart/mixed; boundary="b{level}"'
        lines.append(f"--b{level - 1}\r\n{ctype}\r\n\r\n")
    lines.append(f"--b{depth - 1}\r\nContent-Type: text/plain\r\n\r\ndeep text\r\n")
    return "".join(lines)


def nested_variant(depth: int, newline: str, fake: bool) -> str:
    """``nested`` with other line ends, or with each level's boundary hidden
    behind a decoy in a quoted parameter (closed right away)."""
    lines = [HEAD.replace("\r\n", newline)]
    for level in range(depth):
        decoy = f'x="; boundary=d{level}"; ' if fake else ""
        lines.append(
            f"Content-Type: multipart/mixed; {decoy}boundary=b{level}{newline}"
        )
        lines.append(f"{newline}--b{level}{newline}")
        if fake:
            lines.append(f"--d{level}--{newline}")
    lines.append(f"Content-Type: text/plain{newline}{newline}deep text{newline}")
    return "".join(lines)


@pytest.mark.parametrize(
    "raw",
    [
        nested(1000),
        nested_variant(1000, "\r", fake=False),  # lone CR: the parser's line end too
        nested_variant(1000, "\n", fake=False),
        nested_variant(300, "\r\n", fake=True),
    ],
)
def test_a_mail_nested_deep_is_refused_before_parsing(
    monkeypatch: pytest.MonkeyPatch, raw: str
) -> None:
    class RefusingParser:
        """Building this mail costs the stdlib parser O(lines x depth)."""

        def __init__(self, **kwargs: object) -> None:
            raise AssertionError("the body was handed to the stdlib parser")

    monkeypatch.setattr(parse_module, "BytesParser", RefusingParser)
    result = mail(raw)

    assert result.problem is Problem.TOO_DEEP
    assert result.sender is not None  # the headers are still read
    assert result.text == ""


def test_a_decoy_boundary_does_not_hide_the_real_one() -> None:
    result = mail(nested_variant(5, "\r\n", fake=True))
    assert result.problem is None
    assert result.text.endswith("deep text")


def test_a_content_type_with_endless_parameters_is_cut_short() -> None:
    # The stdlib splits parameters in time quadratic in their number.
    ctype = 'text/plain; charset=utf-8; x="' + ";" * 60_000 + '"'
    result = mail(plain("still readable", ctype=ctype))
    assert result.text == "still readable"


def test_rfc822_nested_1000_deep_is_refused() -> None:
    raw = HEAD + "Content-Type: message/rfc822\r\n\r\n" * 1000 + "\r\nhi\r\n"
    result = mail(raw)
    assert result.problem is Problem.TOO_DEEP
    assert result.sender is not None


def test_nesting_within_the_cap_is_read() -> None:
    result = mail(nested(MAX_DEPTH - 2))
    assert result.problem is None
    assert result.text == "deep text"


def test_too_many_parts_are_refused() -> None:
    parts = ["Content-Type: text/plain\r\n\r\nx"] * (MAX_PARTS + 10)
    result = mail(multipart(*parts))
    assert result.problem is Problem.TOO_MANY_PARTS
    assert result.sender is not None


def test_many_delimiter_like_lines_in_a_text_are_fine() -> None:
    body = "--\r\n" * (MAX_PARTS + 10) + "end"
    assert mail(plain(body)).problem is None


def test_garbage_never_raises() -> None:
    for raw in (b"", b"\x00" * 100, b"\xff\xfe" * 50, b":::\r\n\r\n", b"From:\r\n"):
        result = mail(raw)
        assert result.sender is None
        assert result.problem is not None


def test_bad_base64_is_decoded_as_far_as_possible() -> None:
    raw = multipart(
        "Content-Type: text/plain\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\naGVsbG8=!!!*"
    )
    result = mail(raw)
    assert result.text.startswith("hello")


# ------------------------------------------------------------------ charsets


@pytest.mark.parametrize(
    ("charset", "body", "text"),
    [
        ("bogus-charset", "hällo".encode(), "hällo"),
        ("zlib", "hällo".encode(), "hällo"),  # a codec, but not for text
        ("base64", b"aGk=", "aGk="),
        ("utf-8", b"bad \xff\xfe bytes", "bad \ufffd\ufffd bytes"),
        ("us-ascii", "smörgåsbord".encode(), "smörgåsbord"),
        ("us-ascii", "café".encode("cp1252"), "café"),
        ("", "naïve".encode("latin-1"), "naïve"),
    ],
)
def test_bad_charsets_and_invalid_bytes_are_replaced(
    charset: str, body: bytes, text: str
) -> None:
    raw = (HEAD + f'Content-Type: text/plain; charset="{charset}"\r\n\r\n').encode()
    result = mail(raw + body)
    assert result.text == text
    if text != body.decode("utf-8", "replace"):
        assert Note.CHARSET_REPLACED in result.notes


def test_raw_8bit_headers_are_decoded() -> None:
    utf8 = "From: Jörg <joerg@example.net>\r\nSubject: Grüße\r\n\r\nx".encode()
    cp1252 = "From: joerg@example.net\r\nSubject: café\r\n\r\nx".encode("cp1252")

    result = mail(utf8)
    assert result.sender is not None
    assert (result.sender.name, result.subject) == ("Jörg", "Grüße")
    assert mail(cp1252).subject == "café"  # not UTF-8: Windows-1252, the usual


def test_encoded_words_in_unknown_charsets_do_not_raise() -> None:
    head = "From: =?x-bogus?q?B=F6b?= <bob@example.net>\r\nSubject: =?utf-8?b?!!!?=\r\n"
    result = mail(head + "\r\nx")
    assert result.sender == Mailbox(address="bob@example.net", name="Böb")
    assert result.subject == ""


def test_encoded_words_split_inside_a_character_are_joined() -> None:
    # "😀" split across two base64 words, as some mailers do.
    head = "From: a@example.net\r\nSubject: =?utf-8?b?8J+Y?= =?utf-8?b?gA==?= ok\r\n"
    assert mail(head + "\r\nx").subject == "😀 ok"


# ------------------------------------------------------------------ senders


@pytest.mark.parametrize(
    ("from_lines", "problem"),
    [
        ("", Problem.NO_SENDER),
        ("From: undisclosed-recipients:;\r\n", Problem.NO_SENDER),
        ("From: a@example.net\r\nFrom: b@example.net\r\n", Problem.MULTIPLE_SENDERS),
        ("From: a@example.net, b@example.net\r\n", Problem.MULTIPLE_SENDERS),
        ("From: alice@example.org)<bob@example.org>\r\n", Problem.BAD_SENDER),
        ("From: Bob <bob@example.net\r\n", Problem.BAD_SENDER),
        ("From: not an address\r\n", Problem.BAD_SENDER),
        ("From: <>\r\n", Problem.BAD_SENDER),
        ("From: a@b@example.net\r\n", Problem.BAD_SENDER),
        ("From: " + "a" * 5000 + "@example.net\r\n", Problem.BAD_SENDER),
        ("From: ((((((((((" * 300 + "\r\n", Problem.BAD_SENDER),
    ],
)
def test_forged_missing_or_multiple_senders_name_nobody(
    from_lines: str, problem: Problem
) -> None:
    result = mail(from_lines + "Subject: hi\r\n\r\nbody")
    assert result.sender is None
    assert result.problem is problem
    assert result.text == "body"  # still readable, just not attributable


def test_reply_to_and_sender_do_not_change_the_identity() -> None:
    head = (
        "From: Bob <bob@example.net>\r\n"
        "Sender: alice@example.org\r\n"
        "Reply-To: Alice <alice@example.org>\r\n"
    )
    result = mail(head + "\r\nx")
    assert result.sender is not None
    assert result.sender.address == "bob@example.net"
    assert not result.outgoing


@pytest.mark.parametrize(
    "display",
    [
        '"ceo@bank.example"',
        '"Bank Support ceo@bank.example"',
        '"ceo\uff20bank.example"',  # a full-width at sign
        '"ceo\ufe6bbank.example"',  # a small at sign
        "=?utf-8?q?ceo=40bank=2Eexample?=",
        '"<alice@example.org>"',  # the account's own address
    ],
)
def test_a_display_name_posing_as_another_address_is_dropped(display: str) -> None:
    result = mail(f"From: {display} <evil@attacker.example>\r\n\r\nx")
    assert result.sender is not None
    assert result.sender.address == "evil@attacker.example"
    assert result.sender.name == ""
    assert Note.NAME_DROPPED in result.notes


def test_a_display_name_showing_the_real_address_is_kept() -> None:
    result = mail('From: "Bob (bob@example.net)" <bob@example.net>\r\n\r\nx')
    assert result.sender is not None
    assert result.sender.name == "Bob (bob@example.net)"


def test_display_names_lose_control_and_bidi_characters() -> None:
    result = mail('From: "Ev\u202eli\x07ce\u200f" <eve@example.net>\r\n\r\nx'.encode())
    assert result.sender is not None
    assert result.sender.name == "Evli ce"


def test_the_own_address_marks_a_mail_outgoing() -> None:
    result = mail("From: Alice <ALICE@Example.org>\r\n\r\nx")
    assert result.sender is not None
    assert result.sender.address == "ALICE@example.org"
    assert result.outgoing


def test_recipients_keep_the_usable_entries() -> None:
    head = "From: a@example.net\r\nTo: Bob <bob@example.net>, junk, , c@x.example\r\n"
    result = mail(head + "Cc: =?utf-8?q?D=C3=B6rte?= <doerte@example.org>\r\n\r\nx")
    assert [b.address for b in result.to] == ["bob@example.net", "c@x.example"]
    assert [b.name for b in result.cc] == ["Dörte"]
    assert Note.RECIPIENTS_DROPPED in result.notes


def test_big_groups_and_group_syntax_are_read() -> None:
    members = ", ".join(f'"Member {i}, Jr." <m{i}@example.org>' for i in range(300))
    head = f"From: a@example.net\r\nTo: team: {members};\r\nCc: undisclosed:;\r\n"
    result = mail(head + "\r\nx")
    assert len(result.to) == 300
    assert result.to[299] == Mailbox(address="m299@example.org", name="Member 299, Jr.")
    assert result.cc == ()


@pytest.mark.parametrize("junk", ['"' * 60_000, "\\" * 60_000, "(" * 60_000])
def test_crafted_address_lists_are_dropped_not_parsed_for_minutes(junk: str) -> None:
    # The stdlib address parser takes ~1 min for 64 KB of quotes.
    result = mail(f"From: a@example.net\r\nTo: {junk}\r\n\r\nx")
    assert result.to == ()
    assert Note.RECIPIENTS_DROPPED in result.notes


# ------------------------------------------------------------------ dates and ids


@pytest.mark.parametrize(
    "date",
    [
        "Date: Sat, 01 Jan 2150 00:00:00 +0000\r\n",
        "Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n",
        "Date: yesterday-ish\r\n",
        "Date: Fri, 03 May 2024 99:99:99 +0000\r\n",
        "",
    ],
)
def test_implausible_dates_become_the_receive_time(date: str) -> None:
    result = mail(f"From: a@example.net\r\n{date}\r\nx")
    assert result.date == NOW
    assert Note.DATE_REPLACED in result.notes


def test_a_plausible_date_is_kept_in_utc() -> None:
    result = mail(
        "From: a@example.net\r\nDate: Fri, 3 May 2024 13:30:00 +0200\r\n\r\nx"
    )
    assert result.date == datetime(2024, 5, 3, 11, 30, tzinfo=UTC)
    assert Note.DATE_REPLACED not in result.notes


def test_message_ids_are_read_tolerantly() -> None:
    head = (
        "From: a@example.net\r\n"
        "Message-ID: no-brackets@example.net\r\n"
        "In-Reply-To: junk <bad\x01id> <good@x> <second@x>\r\n"
        "References: " + " ".join(f"<r{i}@x>" for i in range(300)) + " <r5@x> <>\r\n"
    )
    result = mail(head + "\r\nx")
    assert result.message_id == "no-brackets@example.net"
    assert result.in_reply_to == "good@x"
    assert len(result.references) == 100
    assert result.references[-1] == "r299@x"


def test_a_reaction_without_target_is_not_a_reaction() -> None:
    raw = HEAD + "Chat-Version: 1.0\r\nContent-Disposition: reaction\r\n\r\n\U0001f44d"
    result = mail(raw.encode())
    assert result.kind is MailKind.CHAT
    assert result.reaction is None


def test_read_receipts_go_only_to_the_sender() -> None:
    head = HEAD + "Chat-Version: 1.0\r\n"
    own = mail(head + "Chat-Disposition-Notification-To: bob@example.net\r\n\r\nx")
    other = mail(head + "Chat-Disposition-Notification-To: victim@example.com\r\n\r\nx")

    assert own.receipt_to == "bob@example.net"
    assert other.receipt_to == ""
    assert Note.RECEIPT_ADDRESS_IGNORED in other.notes


def test_chat_headers_count_only_in_chat_mails() -> None:
    head = HEAD + "Chat-Edit: <x@y>\r\nChat-Delete: <x@y>\r\nChat-Group-Name: G\r\n"
    result = mail(head + "\r\ntext")
    assert result.kind is MailKind.CLASSIC
    assert (result.edit_of, result.deletes, result.group) == ("", (), None)


def test_an_encrypted_mail_is_noted_not_read() -> None:
    raw = multipart(
        "Content-Type: application/pgp-encrypted\r\n\r\nVersion: 1",
        "Content-Type: application/octet-stream\r\n\r\n-----BEGIN PGP MESSAGE-----",
        subtype='encrypted; protocol="application/pgp-encrypted"',
    )
    result = mail(raw)
    assert result.kind is MailKind.ENCRYPTED
    assert result.attachments == ()
