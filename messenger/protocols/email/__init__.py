# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""IM over e-mail, compatible with Delta Chat (issue #5).

``mime/`` builds and parses chat mails (pure functions); ``imap.py``,
``smtp.py`` and ``sync.py`` move bytes to and from the servers; ``backend.py``
glues both to the core as a ``ProtocolBackend``.
"""
