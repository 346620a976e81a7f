"""rasa-sdk actions: thin adapters over bot/."""
