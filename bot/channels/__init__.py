"""Sanic input channels for Rasa. These import Rasa; the rest of bot/ does not."""
