"""Microsoft Teams (Bot Framework): checking incoming tokens and sending replies, without Rasa."""
