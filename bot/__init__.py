"""Velfærdsassistentens kerne: importeres uden Rasa, lyd eller netværk."""
