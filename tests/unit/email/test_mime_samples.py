# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Real-world-like mails, written after what these clients send: Thunderbird,
Outlook, Apple Mail, Delta Chat (as described in TESTBED.md and its spec),
Postfix bounces, a provider's non-standard bounce and an Exchange receipt."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime

from messenger.core.model import Show
from messenger.protocols.email.mime import ChatGroup
from messenger.protocols.email.mime import Mailbox
from messenger.protocols.email.mime import MailKind
from messenger.protocols.email.mime import Note
from messenger.protocols.email.mime import ParsedMail
from messenger.protocols.email.mime import Presence
from messenger.protocols.email.mime import parse_mail

NOW = datetime(2024, 5, 3, 12, 0, tzinfo=UTC)


def read(text: str) -> ParsedMail:
    """A sample as wire bytes: CRLF line ends, "␠" where a line must end in a
    space (format=flowed soft breaks, signature separators)."""
    raw = text.replace("␠", " ").replace("\n", "\r\n").encode()
    return parse_mail(
        raw, own_address="alice@example.org", max_attachment_bytes=1 << 20, now=NOW
    )


THUNDERBIRD = """\
Message-ID: <4b1e2c3d-1111-2222-3333-444455556666@example.net>
Date: Fri, 3 May 2024 09:15:00 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Lunch
To: Alice <alice@example.org>
References: <Mr.abc.def@example.org>
From: Bob Example <bob@example.net>
In-Reply-To: <Mr.abc.def@example.org>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Sounds good, see you at noon. I will bring the documents we talked about␠
last week \u2013 and the café vouchers.

On 01.05.24 14:00, Alice wrote:
> Lunch tomorrow? We could try the new place near the station, they have␠
> a lunch menu.
>
> --␠
> Alice

--␠
Bob Example
Example Corp
"""


def test_a_thunderbird_reply_reads_like_a_chat_message() -> None:
    mail = read(THUNDERBIRD)

    assert mail.kind is MailKind.CLASSIC
    assert mail.problem is None
    assert mail.sender == Mailbox(address="bob@example.net", name="Bob Example")
    assert mail.text == (
        "Sounds good, see you at noon. I will bring the documents we talked about "
        "last week \u2013 and the café vouchers."
    )
    assert mail.quote == (
        "Lunch tomorrow? We could try the new place near the station, they have "
        "a lunch menu.\n\n--\nAlice"
    )
    assert mail.footer == "Bob Example\nExample Corp"
    assert mail.in_reply_to == "Mr.abc.def@example.org"
    assert mail.subject == "Re: Lunch"
    assert mail.date == datetime(2024, 5, 3, 7, 15, tzinfo=UTC)
    assert mail.presence is None  # a signature is no status outside chat mails


OUTLOOK = """\
From: =?iso-8859-1?Q?M=FCller=2C_Carol?= <carol@corp.example>
To: Alice <alice@example.org>
Subject: RE: Budget
Thread-Topic: Budget
Date: Fri, 3 May 2024 08:01:02 +0000
Message-ID: <AM0PR01MB1234ABCD@AM0PR01MB1234.eurprd01.prod.outlook.com>
References: <Mr.x.y@example.org>
In-Reply-To: <Mr.x.y@example.org>
Accept-Language: de-DE, en-US
Content-Language: de-DE
Content-Type: multipart/alternative;
\tboundary="_000_AM0PR01MB1234ABCD_"
MIME-Version: 1.0

--_000_AM0PR01MB1234ABCD_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hi Alice,

the numbers look fine to me =96 go ahead.

Regards
Carol

________________________________
From: Alice <alice@example.org>
Sent: Thursday, May 2, 2024 5:00 PM
To: M=FCller, Carol <carol@corp.example>
Subject: Budget

Can you check the budget?

--_000_AM0PR01MB1234ABCD_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
1">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr"><div>Hi Alice,</div><div>the numbers look fine to me =96 =
go ahead.</div>
<hr style=3D"display:inline-block;width:98%"><div id=3D"divRplyFwdMsg"><b>F=
rom:</b> Alice</div><div>Can you check the budget?</div></body></html>

--_000_AM0PR01MB1234ABCD_--
"""


def test_an_outlook_reply_folds_its_header_block_away() -> None:
    mail = read(OUTLOOK)

    assert mail.sender == Mailbox(address="carol@corp.example", name="Müller, Carol")
    # iso-8859-1 has no en dash: Outlook means Windows-1252, as browsers do.
    assert (
        mail.text
        == "Hi Alice,\n\nthe numbers look fine to me \u2013 go ahead.\n\nRegards\nCarol"
    )
    assert mail.quote.startswith("From: Alice <alice@example.org>\nSent: Thursday")
    assert mail.quote.endswith("Can you check the budget?")
    assert Note.FROM_HTML not in mail.notes  # the plain alternative was used


APPLE_MAIL = """\
From: Dora <dora@example.com>
To: alice@example.org
Subject: The contract
Date: Fri, 3 May 2024 10:00:00 +0200
Message-Id: <A1B2C3D4-0000-1111-2222-333344445555@example.com>
Mime-Version: 1.0 (Mac OS X Mail 16.0)
Content-Type: multipart/alternative; boundary="Apple-Mail=_outer"

--Apple-Mail=_outer
Content-Transfer-Encoding: 7bit
Content-Type: text/plain; charset=us-ascii

Here it is.

--Apple-Mail=_outer
Content-Type: multipart/mixed; boundary="Apple-Mail=_inner"

--Apple-Mail=_inner
Content-Transfer-Encoding: 7bit
Content-Type: text/html; charset=us-ascii

<html><body><div>Here it is.</div></body></html>
--Apple-Mail=_inner
Content-Disposition: attachment; filename="contract.pdf"
Content-Type: application/pdf; name="contract.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--Apple-Mail=_inner
Content-Transfer-Encoding: 7bit
Content-Type: text/html; charset=us-ascii

<html><body><div>Dora</div></body></html>
--Apple-Mail=_inner--

--Apple-Mail=_outer--
"""


def test_apple_mail_keeps_the_file_of_its_rich_alternative() -> None:
    mail = read(APPLE_MAIL)

    assert mail.text == "Here it is.\n\nDora"
    [contract] = mail.attachments
    assert (contract.filename, contract.content_type) == (
        "contract.pdf",
        "application/pdf",
    )
    assert contract.data == b"%PDF-1.4\n"


DELTA_CHAT = """\
Content-Type: text/plain; charset="utf-8"; format=flowed; delsp=no
Content-Transfer-Encoding: quoted-printable
Chat-Version: 1.0
Subject: Message from Dana
In-Reply-To: <Mr.AAAAAAAAAAA.BBBBBBBBBBB@example.org>
References: <Mr.AAAAAAAAAAA.BBBBBBBBBBB@example.org>
Chat-Disposition-Notification-To: dana@chat.example
Autocrypt: addr=dana@chat.example; prefer-encrypt=mutual;
\tkeydata=xjMEZjDL3hYJKwYBBAHaRw8BAQdAnhKTfJ2Ny5GOsVmOsr0AxS8e5PRuw
\tDC1nLElqvRBeWXNHDxkYW5hQGNoYXQuZXhhbXBsZT4=
To: <alice@example.org>
From: "Dana" <dana@chat.example>
Date: Fri, 03 May 2024 11:59:30 +0000
Message-ID: <6a1d6a64-5a31-4bcb-9e1a-0e5b1b1c3d4e@localhost>
MIME-Version: 1.0

> Shall we meet?

Hi from Delta Chat! =F0=9F=91=8B See you at the station at eleven, I will b=
e the one=20
with the red umbrella.

--=20
Sent with my Delta Chat Messenger: https://delta.chat
"""


def test_a_delta_chat_message_as_testbed_describes_it() -> None:
    mail = read(DELTA_CHAT)

    assert mail.kind is MailKind.CHAT
    assert mail.is_chat
    assert mail.sender == Mailbox(address="dana@chat.example", name="Dana")
    assert mail.text == (
        "Hi from Delta Chat! 👋 See you at the station at eleven, I will be the one "
        "with the red umbrella."
    )
    assert mail.quote == "Shall we meet?"
    assert mail.presence == Presence(
        show=None, status="Sent with my Delta Chat Messenger: https://delta.chat"
    )
    assert mail.receipt_to == "dana@chat.example"
    assert mail.autocrypt.startswith("addr=dana@chat.example; prefer-encrypt=mutual;")
    assert mail.message_id == "6a1d6a64-5a31-4bcb-9e1a-0e5b1b1c3d4e@localhost"
    assert mail.in_reply_to == "Mr.AAAAAAAAAAA.BBBBBBBBBBB@example.org"


DELTA_CHAT_GROUP = """\
Chat-Version: 1.0
Chat-Group-Name: =?utf-8?q?Hiking_=F0=9F=8F=94?=
Chat-Group-Description: Saturdays
Chat-Group-Member-Timestamps: 1714730000 1714730001 99999999999
Chat-Presence: away
Subject: =?utf-8?q?Hiking_=F0=9F=8F=94?=
To: <alice@example.org>, "Eric" <eric@example.net>
From: "Dana" <dana@chat.example>
Date: Fri, 03 May 2024 11:59:31 +0000
Message-ID: <Gr.Abcdefghijk.Lmnopqrstuv@chat.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="dc"

--dc
Content-Type: text/plain; charset="utf-8"
Message-ID: <Gr.Abcdefghijk.Lmnopqrstuv@chat.example>

Who is in?
--dc--
"""


def test_a_delta_chat_group_message() -> None:
    mail = read(DELTA_CHAT_GROUP)

    assert mail.kind is MailKind.CHAT
    assert mail.text == "Who is in?"
    assert [m.address for m in mail.to] == ["alice@example.org", "eric@example.net"]
    now = int(NOW.timestamp()) + 300  # a timestamp from the future is clamped
    assert mail.group == ChatGroup(
        name="Hiking 🏔",
        id="Abcdefghijk",  # taken from the Gr. message id, as the spec says
        description="Saturdays",
        member_timestamps=(1714730000, 1714730001, now),
    )
    assert mail.presence == Presence(show=Show.AWAY, status="")


DELTA_CHAT_MEMBER_ADDED = """\
Chat-Version: 1.0
Chat-Group-Name: Hiking
Chat-Group-Member-Added: fred@example.com
Subject: Hiking
To: <alice@example.org>, <fred@example.com>
From: <dana@chat.example>
Date: Fri, 03 May 2024 11:59:32 +0000
Message-ID: <m3@localhost>
Content-Type: text/plain; charset=utf-8

Member fred@example.com added by dana@chat.example.
"""


def test_a_delta_chat_member_addition() -> None:
    mail = read(DELTA_CHAT_MEMBER_ADDED)

    assert mail.kind is MailKind.GROUP_CHANGE
    assert mail.group is not None
    assert mail.group.member_added == "fred@example.com"
    assert mail.text == "Member fred@example.com added by dana@chat.example."


DELTA_CHAT_REACTION = """\
Chat-Version: 1.0
Subject: Re: Message from Alice
In-Reply-To: <Mr.target.one@example.org>
References: <Mr.target.one@example.org>
To: <alice@example.org>
From: <dana@chat.example>
Date: Fri, 03 May 2024 11:59:33 +0000
Message-ID: <r1@localhost>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="dc"

--dc
Content-Type: text/plain; charset="utf-8"
Content-Disposition: reaction
Content-Transfer-Encoding: base64

8J+RjQ==
--dc--
"""


def test_a_delta_chat_reaction() -> None:
    mail = read(DELTA_CHAT_REACTION)

    assert mail.kind is MailKind.REACTION
    assert mail.reaction is not None
    assert (mail.reaction.target, mail.reaction.emoji) == (
        "Mr.target.one@example.org",
        "👍",
    )
    assert mail.presence is None  # reactions carry no status


DELTA_CHAT_EDIT = """\
Chat-Version: 1.0
Subject: Message from Dana
In-Reply-To: <00001@chat.example>
To: <alice@example.org>
From: <dana@chat.example>
Date: Fri, 03 May 2024 11:59:34 +0000
Message-ID: <00002@chat.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="dc"

--dc
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Chat-Edit: <00001@chat.example>

On 2024-05-03, dana@chat.example wrote:
> Hello wordl!

✏️Hello world!
--dc--
"""


def test_a_delta_chat_edit_with_its_hidden_header() -> None:
    mail = read(DELTA_CHAT_EDIT)

    assert mail.kind is MailKind.EDIT
    assert mail.edit_of == "00001@chat.example"
    assert mail.text == "Hello world!"


DELTA_CHAT_DELETION = """\
Chat-Version: 1.0
Subject: Message from Dana
To: <alice@example.org>
From: <dana@chat.example>
Date: Fri, 03 May 2024 11:59:35 +0000
Message-ID: <00004@chat.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="dc"

--dc
Content-Type: text/plain; charset="utf-8"
Chat-Delete: <00003@chat.example> <00005@chat.example>

=F0=9F=9A=AE
--dc--
"""


def test_a_delta_chat_deletion_of_two_messages() -> None:
    mail = read(DELTA_CHAT_DELETION)

    assert mail.kind is MailKind.DELETION
    assert mail.deletes == ("00003@chat.example", "00005@chat.example")


DELTA_CHAT_RECEIPT = """\
Chat-Version: 1.0
Subject: Receipt Notification
Auto-Submitted: auto-replied
To: <alice@example.org>
From: <dana@chat.example>
Date: Fri, 03 May 2024 11:59:36 +0000
Message-ID: <d1@localhost>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="r"

--r
Content-Type: text/plain; charset=utf-8

This is a receipt notification.
--r
Content-Type: message/disposition-notification

Original-Recipient: rfc822;dana@chat.example
Final-Recipient: rfc822;dana@chat.example
Original-Message-ID: <Mr.one@example.org>
Disposition: manual-action/MDN-sent-automatically; displayed
Additional-Message-IDs: <Mr.two@example.org> <Mr.three@example.org>

--r--
"""


def test_a_delta_chat_read_receipt_for_three_messages() -> None:
    mail = read(DELTA_CHAT_RECEIPT)

    assert mail.kind is MailKind.READ_RECEIPT
    assert mail.sender == Mailbox(address="dana@chat.example")
    assert mail.read_receipt is not None
    assert mail.read_receipt.displayed
    assert mail.read_receipt.message_ids == (
        "Mr.one@example.org",
        "Mr.two@example.org",
        "Mr.three@example.org",
    )
    assert mail.auto_submitted


EXCHANGE_RECEIPT = """\
From: Carol <carol@corp.example>
To: alice@example.org
Subject: Read: Budget
In-Reply-To: <Mr.x.y@example.org>
Date: Fri, 3 May 2024 08:30:00 +0000
Message-ID: <ex1@corp.example>
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="ex"

--ex
Content-Type: text/plain

Your message was read on Friday.
--ex
Content-Type: message/disposition-notification

Final-Recipient: RFC822; carol@corp.example
Disposition: manual-action/MDN-sent-manually; deleted

--ex--
"""


def test_an_exchange_receipt_names_its_original_in_in_reply_to() -> None:
    mail = read(EXCHANGE_RECEIPT)

    assert mail.kind is MailKind.READ_RECEIPT
    assert mail.read_receipt is not None
    assert mail.read_receipt.message_ids == ("Mr.x.y@example.org",)
    assert mail.read_receipt.disposition == "deleted"
    assert not mail.read_receipt.displayed


POSTFIX_BOUNCE = """\
From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
To: alice@example.org
Subject: Undelivered Mail Returned to Sender
Date: Fri, 3 May 2024 10:00:00 +0000
Message-ID: <20240503100000.ABC@mx.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B1"

--B1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

--B1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org
Arrival-Date: Fri,  3 May 2024 09:59:58 +0000 (UTC)

Final-Recipient: rfc822; ok@example.net
Action: delivered
Status: 2.0.0

Final-Recipient: rfc822; nobody@example.net
Original-Recipient: rfc822;nobody@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: Recipient address
    rejected: User unknown

--B1
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Alice <alice@example.org>
Message-ID: <Mr.lost.one@example.org>
Subject: Message from Alice

--B1--
"""


def test_a_postfix_bounce_names_the_failed_message_and_why() -> None:
    mail = read(POSTFIX_BOUNCE)

    assert mail.kind is MailKind.DELIVERY_FAILURE
    assert mail.delivery is not None
    assert mail.delivery.message_id == "Mr.lost.one@example.org"
    assert mail.delivery.failed
    assert mail.delivery.recipients == ("nobody@example.net",)
    assert mail.delivery.reason == (
        "550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown"
    )
    assert not mail.delivery.heuristic


def test_a_delay_notice_is_no_failure() -> None:
    delayed = POSTFIX_BOUNCE.replace("Action: failed", "Action: delayed").replace(
        "Status: 5.1.1", "Status: 4.4.1"
    )
    mail = read(delayed)
    assert mail.kind is MailKind.DELIVERY_STATUS
    assert mail.delivery is not None
    assert not mail.delivery.failed


PROVIDER_BOUNCE = """\
From: Mail Delivery System <mailer-daemon@provider.example>
To: alice@example.org
Subject: Mail delivery failed: returning message to sender
Date: Fri, 3 May 2024 10:05:00 +0000
Message-ID: <b2@provider.example>
Content-Type: text/plain; charset=utf-8

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error.

  nobody@example.net
    mailbox unavailable

------ This is a copy of the message's headers. ------

From: Alice <alice@example.org>
Message-ID: <Mr.lost.two@example.org>
Subject: Message from Alice
"""


def test_a_non_standard_bounce_is_recognised_by_its_returned_headers() -> None:
    mail = read(PROVIDER_BOUNCE)

    assert mail.kind is MailKind.DELIVERY_FAILURE
    assert mail.delivery is not None
    assert mail.delivery.message_id == "Mr.lost.two@example.org"
    assert mail.delivery.heuristic


def test_the_same_text_from_a_person_is_just_a_mail() -> None:
    forged = PROVIDER_BOUNCE.replace(
        "mailer-daemon@provider.example", "bob@example.net"
    )
    assert read(forged).kind is MailKind.CLASSIC
