"""The core every feature stands on: clock, database, text folding, times,
recurrence, delivery to Rasa and Danish phrasing helpers. Imports no feature."""
