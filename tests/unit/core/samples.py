# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Sample domain values and one sample of every event type."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime

from messenger.core.api import SubscriptionRequest
from messenger.core.events import AccountAdded
from messenger.core.events import AccountRemoved
from messenger.core.events import AccountStatusChanged
from messenger.core.events import AccountUpdated
from messenger.core.events import BlockListChanged
from messenger.core.events import ChatStateChanged
from messenger.core.events import ContactsRemoved
from messenger.core.events import ContactsUpdated
from messenger.core.events import ConversationRemoved
from messenger.core.events import ConversationUpdated
from messenger.core.events import Event
from messenger.core.events import MessageAdded
from messenger.core.events import MessageChanged
from messenger.core.events import OwnPresenceChanged
from messenger.core.events import PresencesChanged
from messenger.core.events import SecretStorageChanged
from messenger.core.events import SettingChanged
from messenger.core.events import SubscriptionAnswered
from messenger.core.events import SubscriptionRequested
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import AccountStatus
from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.core.model import ChatState
from messenger.core.model import ConnectionState
from messenger.core.model import Contact
from messenger.core.model import Conversation
from messenger.core.model import ConversationId
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.core.model import OwnPresence
from messenger.core.model import PresenceUpdate
from messenger.core.model import ProtocolKind
from messenger.core.model import SecretStorageStatus
from messenger.core.model import Show
from messenger.core.model import Subscription

ACCOUNT_ID = AccountId("a1")
ROMEO = Address("romeo", "montague.example")
JULIET = Address("juliet", "capulet.example", "balcony")
WHEN = datetime(2026, 11, 21, 12, 30, 15, 123000, tzinfo=UTC)

ACCOUNT = Account(
    id=ACCOUNT_ID,
    protocol=ProtocolKind.XMPP,
    address=str(ROMEO),
    display_name="Romeo",
    settings={"host": "127.0.0.1", "port": 5222, "direct_tls": False, "x": None},
)
STATUS = AccountStatus(
    account_id=ACCOUNT_ID,
    state=ConnectionState.FAILED,
    error=ErrorInfo(code=ErrorCode.CERTIFICATE_UNTRUSTED, fingerprint="AB:CD"),
    capabilities=frozenset({Capability.PRESENCE, Capability.BLOCKING}),
)
CONTACT = Contact(
    account_id=ACCOUNT_ID,
    address=JULIET.bare,
    name="Juliet <3",
    groups=("Friends", "Verona"),
    subscription=Subscription.BOTH,
    pending_in=True,
)
CONVERSATION = Conversation(
    id=ConversationId(7),
    account_id=ACCOUNT_ID,
    peer=JULIET.bare,
    unread_count=2,
    read_up_to=LocalMessageId(3),
    last_message_id=LocalMessageId(5),
    last_activity=WHEN,
)
MESSAGE = Message(
    id=LocalMessageId(5),
    conversation_id=ConversationId(7),
    account_id=ACCOUNT_ID,
    peer=JULIET.bare,
    direction=Direction.INCOMING,
    sender=JULIET,
    body="<script>alert(1)</script> wherefore",
    timestamp=WHEN,
    state=DeliveryState.RECEIVED,
    origin_id="o-1",
    stanza_id="s-1",
)

ALL_EVENTS: list[Event] = [
    AccountAdded(account=ACCOUNT, status=STATUS),
    AccountUpdated(account=ACCOUNT),
    AccountRemoved(account_id=ACCOUNT_ID, history_deleted=True),
    AccountStatusChanged(status=STATUS),
    OwnPresenceChanged(
        account_id=None, presence=OwnPresence(show=Show.DND, status="busy")
    ),
    ContactsUpdated(account_id=ACCOUNT_ID, contacts=(CONTACT,)),
    ContactsRemoved(account_id=ACCOUNT_ID, addresses=(JULIET.bare, ROMEO)),
    PresencesChanged(
        account_id=ACCOUNT_ID,
        updates=(
            PresenceUpdate(
                address=JULIET,
                show=Show.AWAY,
                status="out",
                priority=-5,
                idle_since=WHEN,
            ),
        ),
    ),
    SubscriptionRequested(account_id=ACCOUNT_ID, address=ROMEO, text="let me in"),
    SubscriptionAnswered(account_id=ACCOUNT_ID, address=ROMEO, approved=True),
    BlockListChanged(account_id=ACCOUNT_ID, blocked=(ROMEO,)),
    ConversationUpdated(conversation=CONVERSATION),
    ConversationRemoved(conversation_id=ConversationId(7)),
    MessageAdded(message=MESSAGE),
    MessageChanged(message=MESSAGE),
    ChatStateChanged(
        account_id=ACCOUNT_ID, address=JULIET.bare, state=ChatState.COMPOSING
    ),
    SecretStorageChanged(
        status=SecretStorageStatus(
            persistent=False, backend="none", reason="no keyring"
        )
    ),
    SettingChanged(key="ui", value={"a": [1, 2.5, "x", None, True]}),
]

REQUEST = SubscriptionRequest(account_id=ACCOUNT_ID, address=ROMEO, text="hi")
