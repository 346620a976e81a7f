"""Safety: emergencies, poisoning and crises recognised in any state, with the right help.

`detect` is the deterministic safety net (words and patterns on folded text, so a
model change can never lose it); `answers` words the help; `store` keeps the offers to
tell a contact person and the notifications, audited. Pure: no Rasa, no audio.
"""
