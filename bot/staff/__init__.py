"""Care staff asking about the citizens assigned to them (in Teams): what they are told
(replies) and what is read from what they write (reading).

Staff read in a chat, so a day is given in full, not three items at a time.
Who may ask about whom is decided in bot.access; here is only what is said and read.
"""
