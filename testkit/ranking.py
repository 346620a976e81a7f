"""An intent ranking as the NLU hands it to bot.ranking's readers, for their tests."""

from __future__ import annotations

from collections.abc import Sequence

# the confidences of the intents after the first, in order
_AFTER = (0.2, 0.1, 0.05, 0.02)


def ranked(
    first: str, others: Sequence[str] = ("ask_topic", "ask_more"), confidence: float = 0.6
) -> list[dict[str, object]]:
    """`first` at `confidence`, then `others` in order, each less sure."""
    return [
        {"name": first, "confidence": confidence},
        *({"name": name, "confidence": c} for name, c in zip(others, _AFTER, strict=False)),
    ]
