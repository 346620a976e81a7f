"""Who may see what: the roster of citizens, staff and devices, and the checks on it.

Channels authenticate (a Teams token, a device key); the decisions are made here, in
the core, so every way in (chat, staff API, Teams) asks the same Access object.
"""
