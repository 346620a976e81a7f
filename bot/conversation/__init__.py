"""The conversation itself, whatever its topic: what is read from any sentence (a person
or a call asked for, frustration, questions about privacy) and what the assistant says
of itself (what it can do, what it keeps, the way to a person)."""
