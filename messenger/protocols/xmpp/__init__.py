# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The XMPP backend (slixmpp): one ``XmppBackend`` per account.

``backend.py`` implements ``ProtocolBackend``; ``client.py`` is the slixmpp
client; ``connection.py`` connects and reconnects; ``handlers.py`` is the one
table that wires slixmpp events and stanzas to the modules in ``features/``
(one per XEP); ``mapping.py`` is the only place stanzas become domain values.
Importing this package does not import slixmpp: the registry imports
``backend`` lazily.
"""
