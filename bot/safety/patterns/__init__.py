"""The safety net's patterns, one module per kind (bot.safety.detect combines them).
Written in folded text: "ø" is "o", "å" is "a", "æ" is "ae"."""
