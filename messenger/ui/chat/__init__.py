# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Chat windows: tabs (or one window per chat) with a message view and composer.

:class:`messenger.ui.chat.manager.ChatWindows` is the entry point the rest of
the UI calls (open a chat, ask which one has the user's attention).
"""
