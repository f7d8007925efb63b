# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""One module per XEP (or RFC 6121 part), each a small class over ``XmppContext``.

A feature turns stanzas into sink calls and domain commands into stanzas. It
never parses stanzas itself (``mapping.py`` does) and is wired to slixmpp only
through ``handlers.py``.
"""
