"""The offline speech front end for the smart speaker: Vosk in, Danish speech out.

Nothing here runs at import: engines are made by the entry point (python -m voice)
from VoiceSettings and passed to the loop, which sees only the protocols in
voice.interfaces.
"""
