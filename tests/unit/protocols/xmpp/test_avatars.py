# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Avatars at stanza level: PEP and vCard, hostile input, our own avatar."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import xml.etree.ElementTree as ET

import pytest

from messenger.core.avatars import MAX_AVATAR_BYTES
from messenger.core.errors import CoreError
from messenger.core.model import Address
from messenger.core.model import ErrorCode
from messenger.core.model import OwnPresence
from messenger.core.model import Show
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.features.avatars import STATE_KEY
from messenger.protocols.xmpp.ns import tag
from tests.unit.protocols.xmpp.harness import OWN
from tests.unit.protocols.xmpp.harness import OWN_BARE
from tests.unit.protocols.xmpp.harness import Session
from tests.unit.protocols.xmpp.harness import answer_to
from tests.unit.protocols.xmpp.harness import befriend
from tests.unit.protocols.xmpp.harness import error_to
from tests.unit.protocols.xmpp.harness import requests_with
from tests.unit.protocols.xmpp.images import tiny_png

JULIET = Address("juliet", "capulet.example")
PNG = tiny_png(4, 4)
PNG_HASH = hashlib.sha1(PNG).hexdigest()
B64 = base64.b64encode(PNG).decode()
PUBSUB_ITEMS = f"{tag(ns.PUBSUB, 'pubsub')}/{tag(ns.PUBSUB, 'items')}"
VCARD = tag(ns.VCARD, "vCard")
OWN_ADDRESS = Address("me", "example.org")


def metadata_event(sender: str, avatar_id: str = PNG_HASH, size: int = 0) -> str:
    info = (
        f"<info id='{avatar_id}' bytes='{size or len(PNG)}' type='image/png'/>"
        if avatar_id
        else ""
    )
    return (
        f"<message from='{sender}' to='{OWN}' type='headline'>"
        f"<event xmlns='{ns.PUBSUB_EVENT}'><items node='{ns.AVATAR_METADATA}'>"
        f"<item id='{avatar_id or 'current'}'><metadata xmlns='{ns.AVATAR_METADATA}'>"
        f"{info}</metadata></item></items></event></message>"
    )


def data_answer(request: ET.Element, text: str = B64, item_id: str = PNG_HASH) -> str:
    return answer_to(
        request,
        f"<pubsub xmlns='{ns.PUBSUB}'><items node='{ns.AVATAR_DATA}'>"
        f"<item id='{item_id}'><data xmlns='{ns.AVATAR_DATA}'>{text}</data></item>"
        "</items></pubsub>",
    )


def photo_vcard(text: str = B64) -> str:
    return (
        "<vCard xmlns='vcard-temp'><PHOTO><TYPE>image/png</TYPE>"
        f"<BINVAL>{text}</BINVAL></PHOTO></vCard>"
    )


async def feed(session: Session, xml: str) -> list[ET.Element]:
    session.recv(xml)
    await session.settle()
    return session.sent()


@pytest.mark.asyncio
async def test_a_pep_avatar_is_fetched_checked_and_stored(session: Session) -> None:
    befriend(session, JULIET)
    [request] = requests_with(
        await feed(session, metadata_event(str(JULIET))), PUBSUB_ITEMS
    )
    assert request.get("to") == str(JULIET)
    items = request.find(PUBSUB_ITEMS)
    assert items is not None
    assert items.get("node") == ns.AVATAR_DATA
    assert items.find(tag(ns.PUBSUB, "item")).get("id") == PNG_HASH  # type: ignore[union-attr]

    wrapped = "\n".join(B64[i : i + 16] for i in range(0, len(B64), 16))
    await feed(session, data_answer(request, wrapped))

    assert session.sink.of("avatar_received") == [(JULIET, PNG_HASH)]
    assert session.sink.avatars[PNG_HASH] == PNG
    saved = session.sink.state[STATE_KEY]
    assert saved == {"hashes": {str(JULIET): PNG_HASH}, "pep": [str(JULIET)]}
    # The roster reports it from now on (a roster push must not clear it).
    assert session.features.roster.contact(JULIET).avatar_hash == PNG_HASH


@pytest.mark.parametrize(
    "sender",
    [
        f"{JULIET}/balcony",  # PEP events come from the bare JID
        "mallory@evil.example",  # not a contact
        "capulet.example",  # a server
        "not a jid",
    ],
)
@pytest.mark.asyncio
async def test_metadata_from_anyone_but_the_contact_is_ignored(
    session: Session, sender: str
) -> None:
    befriend(session, JULIET)
    assert await feed(session, metadata_event(sender)) == []
    assert session.sink.of("avatar_received") == []
    assert session.sink.of("roster_received") == []


@pytest.mark.parametrize(
    ("text", "item_id"),
    [
        ("!!! not base64 !!!", PNG_HASH),
        (base64.b64encode(b"other image").decode(), PNG_HASH),  # hash mismatch
        (base64.b64encode(b"\0" * (MAX_AVATAR_BYTES + 1)).decode(), PNG_HASH),
        (B64, "0" * 40),  # not the item we asked for (nor the vCard's)
    ],
    ids=["bad base64", "hash mismatch", "oversize", "wrong item"],
)
@pytest.mark.asyncio
async def test_bad_avatar_data_is_refused(
    session: Session, text: str, item_id: str
) -> None:
    befriend(session, JULIET)
    [request] = requests_with(
        await feed(session, metadata_event(str(JULIET))), PUBSUB_ITEMS
    )
    sent = await feed(session, data_answer(request, text, item_id))
    # The PEP data failed: the vCard photo is the fallback, checked the same way.
    [card_request] = requests_with(sent, VCARD)
    card_text = text if item_id == PNG_HASH else base64.b64encode(b"x").decode()
    await feed(session, answer_to(card_request, photo_vcard(card_text)))

    assert session.sink.of("avatar_received") == []
    assert PNG_HASH not in session.sink.avatars
    assert STATE_KEY not in session.sink.state


@pytest.mark.asyncio
async def test_oversized_metadata_is_not_fetched(session: Session) -> None:
    befriend(session, JULIET)
    event = metadata_event(str(JULIET), size=MAX_AVATAR_BYTES + 1)
    assert await feed(session, event) == []


@pytest.mark.asyncio
async def test_a_cached_avatar_only_moves_the_hash(session: Session) -> None:
    befriend(session, JULIET)
    session.sink.avatars[PNG_HASH] = PNG
    assert await feed(session, metadata_event(str(JULIET))) == []

    [(contacts, complete)] = session.sink.of("roster_received")
    assert not complete
    assert [(c.address, c.avatar_hash) for c in contacts] == [(JULIET, PNG_HASH)]

    await feed(session, metadata_event(str(JULIET), avatar_id=""))  # disabled
    assert [c.avatar_hash for c in session.sink.of("roster_received")[-1][0]] == [""]


@pytest.mark.asyncio
async def test_a_presence_photo_hash_fetches_the_vcard(session: Session) -> None:
    befriend(session, JULIET)
    update = (
        f"<presence from='{JULIET}/balcony'><x xmlns='{ns.VCARD_UPDATE}'>"
        f"<photo>{PNG_HASH.upper()}</photo></x></presence>"
    )
    [card_request] = requests_with(await feed(session, update), VCARD)
    assert card_request.get("to") == str(JULIET)
    await feed(session, answer_to(card_request, photo_vcard()))
    assert session.sink.of("avatar_received") == [(JULIET, PNG_HASH)]

    # Not ready (no <photo/>) and garbage hashes change nothing.
    for junk in ("", "<photo>not-a-sha1</photo>"):
        stanza = update.replace(f"<photo>{PNG_HASH.upper()}</photo>", junk)
        assert await feed(session, stanza) == []
    assert session.sink.of("roster_received") == []


@pytest.mark.asyncio
async def test_pep_wins_over_presence_hashes(session: Session) -> None:
    befriend(session, JULIET)
    session.sink.avatars[PNG_HASH] = PNG
    await feed(session, metadata_event(str(JULIET)))
    other = "ab" * 20
    stanza = (
        f"<presence from='{JULIET}/old'><x xmlns='{ns.VCARD_UPDATE}'>"
        f"<photo>{other}</photo></x></presence>"
    )
    assert await feed(session, stanza) == []  # no vCard fetch for a stale client
    assert session.features.avatars.hash_of(JULIET) == PNG_HASH


@pytest.mark.asyncio
async def test_saved_hashes_go_with_the_roster(session: Session) -> None:
    session.sink.state[STATE_KEY] = {
        "hashes": {str(JULIET): PNG_HASH, "romeo@montague.example": "junk", "@": ""},
        "pep": [str(JULIET), 5],
    }
    await session.features.avatars.load()
    befriend(session, JULIET)
    assert session.features.roster.contact(JULIET).avatar_hash == PNG_HASH
    assert (
        session.features.avatars.hash_of(Address("romeo", "montague.example")) is None
    )


# ------------------------------------------------------------------ our own


OWN_VCARD = "<vCard xmlns='vcard-temp'><FN>Me</FN></vCard>"


async def available(session: Session) -> None:
    """Our session has sent its presence (later changes send it again)."""
    await session.backend.set_presence(OwnPresence(show=Show.AVAILABLE))
    await session.settle()
    session.sent()


async def publish_steps(
    session: Session, task: asyncio.Future[None]
) -> list[ET.Element]:
    """Answer every request ``set_own_avatar`` makes; all it sent, in order."""
    seen: list[ET.Element] = []
    while not task.done():
        await session.settle()
        for stanza in session.sent():
            seen.append(stanza)
            if stanza.get("type") == "get":  # our vCard
                session.recv(answer_to(stanza, OWN_VCARD))
            elif stanza.get("type") == "set":
                session.recv(answer_to(stanza))
    await task
    await session.settle()
    return seen + session.sent()


@pytest.mark.asyncio
async def test_setting_our_avatar_publishes_pep_vcard_and_presence(
    session: Session,
) -> None:
    await available(session)
    task = asyncio.ensure_future(session.backend.set_own_avatar(PNG, "image/png"))
    steps = await publish_steps(session, task)

    publish = tag(ns.PUBSUB, "publish")
    data, metadata, card_get, card_set, presence = steps
    assert data.find(f".//{publish}").get("node") == ns.AVATAR_DATA  # type: ignore[union-attr]
    item = data.find(f".//{tag(ns.PUBSUB, 'item')}")
    assert item is not None
    assert item.get("id") == PNG_HASH
    assert item.findtext(tag(ns.AVATAR_DATA, "data")) == B64
    assert metadata.find(f".//{publish}").get("node") == ns.AVATAR_METADATA  # type: ignore[union-attr]
    info = metadata.find(f".//{tag(ns.AVATAR_METADATA, 'info')}")
    assert info is not None
    assert info.attrib == {
        "bytes": str(len(PNG)), "id": PNG_HASH, "type": "image/png",
        "width": "4", "height": "4",
    }  # fmt: skip
    assert (card_get.get("type"), card_set.get("type")) == ("get", "set")
    card = card_set.find(VCARD)
    assert card is not None
    assert card.findtext(tag(ns.VCARD, "FN")) == "Me"
    assert card.findtext(f"{tag(ns.VCARD, 'PHOTO')}/{tag(ns.VCARD, 'BINVAL')}") == B64
    photo = presence.find(
        f"{tag(ns.VCARD_UPDATE, 'x')}/{tag(ns.VCARD_UPDATE, 'photo')}"
    )
    assert photo is not None
    assert photo.text == PNG_HASH
    assert session.sink.of("avatar_received") == [(OWN_ADDRESS, PNG_HASH)]


@pytest.mark.asyncio
async def test_a_converting_server_gets_pep_only_and_none_retracts() -> None:
    session = await Session.start(
        account_features=frozenset({ns.MAM, ns.PEP_VCARD_CONVERSION})
    )
    try:
        await available(session)
        task = asyncio.ensure_future(session.backend.set_own_avatar(None, ""))
        steps = await publish_steps(session, task)
        metadata, presence = steps
        published = metadata.find(f".//{tag(ns.AVATAR_METADATA, 'metadata')}")
        assert published is not None
        assert len(published) == 0
        assert presence.find(tag(ns.VCARD_UPDATE, "x")) is None  # the server adds it
        assert presence.find(tag(ns.CAPS, "c")) is not None
    finally:
        await session.close()


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (b"", "image/png"),
        (b"x" * (MAX_AVATAR_BYTES + 1), "image/png"),
        (PNG, "text/html"),
    ],
)
@pytest.mark.asyncio
async def test_our_avatar_must_be_a_sane_image(
    session: Session, data: bytes, mime: str
) -> None:
    with pytest.raises(CoreError) as failure:
        await session.backend.set_own_avatar(data, mime)
    assert failure.value.code is ErrorCode.INVALID_INPUT
    assert session.sent() == []


@pytest.mark.asyncio
async def test_a_refused_publish_fails_the_command(session: Session) -> None:
    task = asyncio.ensure_future(session.backend.set_own_avatar(PNG, "image/png"))
    await session.settle()
    [request] = session.sent()
    session.recv(error_to(request, "forbidden", kind="auth"))
    with pytest.raises(CoreError):
        await task
    assert session.sink.of("avatar_received") == []
    assert OWN_BARE not in str(session.sink.state.get(STATE_KEY, ""))


@pytest.mark.asyncio
async def test_our_photo_hash_is_learned_from_our_vcard(session: Session) -> None:
    update = tag(ns.VCARD_UPDATE, "x")
    photo = f"{update}/{tag(ns.VCARD_UPDATE, 'photo')}"
    await session.backend.set_presence(OwnPresence(show=Show.AVAILABLE))
    await session.settle()
    [first] = session.sent()
    assert first.find(update) is not None
    assert first.find(photo) is None  # "not known yet" (XEP-0153 4.2)

    session.features.own_avatar.start()
    await session.settle()
    [card_request] = requests_with(session.sent(), VCARD)
    assert card_request.get("to") == OWN_BARE
    session.recv(answer_to(card_request, photo_vcard()))
    await session.settle()

    assert session.sink.of("avatar_received") == [(OWN_ADDRESS, PNG_HASH)]
    [again] = session.sent()
    assert again.findtext(photo) == PNG_HASH
    session.features.own_avatar.start()  # known now: not asked again
    await session.settle()
    assert session.sent() == []


@pytest.mark.asyncio
async def test_an_avatar_set_by_our_other_client_is_announced(
    session: Session,
) -> None:
    await available(session)
    session.sink.avatars[PNG_HASH] = PNG  # cached already: nothing to fetch

    sent = await feed(session, metadata_event(OWN_BARE))

    [presence] = sent
    photo = f"{tag(ns.VCARD_UPDATE, 'x')}/{tag(ns.VCARD_UPDATE, 'photo')}"
    assert presence.findtext(photo) == PNG_HASH
    assert session.features.avatars.hash_of(OWN_ADDRESS) == PNG_HASH
    assert await feed(session, metadata_event(OWN_BARE)) == []  # no change


@pytest.mark.asyncio
async def test_an_unreadable_vcard_is_not_overwritten(session: Session) -> None:
    task = asyncio.ensure_future(session.backend.set_own_avatar(PNG, "image/png"))
    requests: list[ET.Element] = []
    while not task.done():
        await session.settle()
        for stanza in session.sent():
            requests.append(stanza)
            if stanza.get("type") == "get":
                session.recv(error_to(stanza, "internal-server-error", kind="wait"))
            elif stanza.get("type") == "set":
                session.recv(answer_to(stanza))
    await task

    assert [r.get("type") for r in requests] == ["set", "set", "get"]  # no vCard set
    assert session.sink.of("avatar_received") == [(OWN_ADDRESS, PNG_HASH)]


# ------------------------------------------------------------------ bookkeeping


def photo_presence(sender: Address | str, photo: str = "") -> str:
    return (
        f"<presence from='{sender}'><x xmlns='{ns.VCARD_UPDATE}'>"
        f"<photo>{photo}</photo></x></presence>"
    )


@pytest.mark.asyncio
async def test_no_avatar_from_unknown_contacts_is_neither_reported_nor_saved(
    session: Session,
) -> None:
    contacts = [Address(f"c{n}", "example.net") for n in range(50)]
    for contact in contacts:
        befriend(session, contact)
    await feed(session, "".join(photo_presence(f"{c}/r") for c in contacts))

    assert session.sink.of("roster_received") == []
    assert session.sink.of("save_state") == []
    assert {session.features.avatars.hash_of(c) for c in contacts} == {""}


@pytest.mark.asyncio
async def test_changes_of_one_turn_are_one_roster_update_and_one_save(
    session: Session,
) -> None:
    contacts = [Address(f"c{n}", "example.net") for n in range(3)]
    session.sink.avatars[PNG_HASH] = PNG  # cached: nothing to fetch
    session.features.avatars._hashes[contacts[0]] = "ab" * 20  # had another one
    for contact in contacts:
        befriend(session, contact)
    stanzas = [photo_presence(f"{c}/r", PNG_HASH) for c in contacts]
    await feed(session, "".join(stanzas) + photo_presence(f"{JULIET}/r", PNG_HASH))

    [(updated, complete)] = session.sink.of("roster_received")
    assert not complete
    assert [(c.address, c.avatar_hash) for c in updated] == [
        (c, PNG_HASH) for c in contacts
    ]  # JULIET is no contact: ignored
    [(key, saved)] = session.sink.of("save_state")
    assert key == STATE_KEY
    assert saved["hashes"] == {str(c): PNG_HASH for c in contacts}

    # A contact going from an avatar to none is reported (and saved).
    await feed(session, photo_presence(f"{contacts[0]}/r"))
    assert [c.avatar_hash for c in session.sink.of("roster_received")[-1][0]] == [""]
    assert len(session.sink.of("save_state")) == 2


async def set_up(
    session: Session, *, vcard: str, account_features: str = ""
) -> list[ET.Element]:
    """Run the session set-up; answer our vCard with ``vcard``, disco#info of
    our account with ``account_features`` (``<feature/>`` elements) and every
    other request with an empty result. Everything sent, in order."""
    roster = f"<query xmlns='{ns.ROSTER}'/>"
    info = f"<query xmlns='{ns.DISCO_INFO}'>{account_features}</query>"
    task = asyncio.ensure_future(session.backend._start_session(False))
    sent: list[ET.Element] = []
    while not task.done():
        await session.settle()
        for stanza in session.sent():
            sent.append(stanza)
            if stanza.get("type") not in {"get", "set"}:
                continue
            payload = ""
            if stanza.find(VCARD) is not None:
                payload = vcard
            elif stanza.find(tag(ns.ROSTER, "query")) is not None:
                payload = roster
            elif stanza.get("to") == OWN_BARE:  # disco#info of our account
                payload = info
            session.recv(answer_to(stanza, payload))
    await task
    await session.settle()
    return sent + session.sent()


@pytest.mark.asyncio
async def test_our_first_presence_already_has_our_photo_hash() -> None:
    session = await Session.start(account_features=frozenset(), online=False)
    try:
        sent = await set_up(session, vcard=photo_vcard())
        presences = [s for s in sent if s.tag == tag(ns.CLIENT, "presence")]
        photo = f"{tag(ns.VCARD_UPDATE, 'x')}/{tag(ns.VCARD_UPDATE, 'photo')}"
        [presence] = presences
        assert presence.findtext(photo) == PNG_HASH
        assert session.sink.of("avatar_received") == [(OWN_ADDRESS, PNG_HASH)]

        # Our presence comes back: nothing to announce again.
        assert await feed(session, photo_presence(OWN, PNG_HASH)) == []
    finally:
        await session.close()


@pytest.mark.asyncio
async def test_the_servers_stamp_on_our_presence_is_not_answered_with_another() -> None:
    session = await Session.start(online=False)
    try:
        converting = f"<feature var='{ns.PEP_VCARD_CONVERSION}'/>"
        sent = await set_up(session, vcard="", account_features=converting)
        assert requests_with(sent, VCARD) == []  # the server knows our avatar
        [presence] = [s for s in sent if s.tag == tag(ns.CLIENT, "presence")]
        assert presence.find(tag(ns.VCARD_UPDATE, "x")) is None
        # Prosody adds <x><photo/></x> to what we send; it comes back to us.
        assert await feed(session, photo_presence(OWN)) == []
        assert session.features.avatars.hash_of(OWN_ADDRESS) == ""
    finally:
        await session.close()
