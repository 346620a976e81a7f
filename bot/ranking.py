"""Intents that lead to the same action count as one when the model hesitates between them.

"er lyset tændt i stuen" and "tænd lyset i stuen" are two intents to the model
(home_state, home_control), but one action answers both (action_home), and the home's
own grammar tells a question from a command. When the model splits its confidence
between two such intents, Rasa's FallbackClassifier saw two close intents, or neither
above its threshold, and said "det forstod jeg ikke" to a plain home sentence. Merged,
the likelier of the two carries their sum, and the fallback judges that.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# Each group: intents whose rules run the same action first, with the same slots.
ONE_ACTION: tuple[frozenset[str], ...] = (frozenset({"home_control", "home_state"}),)


def merged(
    ranking: Iterable[Mapping[str, Any]], groups: tuple[frozenset[str], ...] = ONE_ACTION
) -> list[dict[str, Any]]:
    """When the likeliest intent belongs to a group, the ranking with the rest of that
    group folded into it: its name, the group's summed confidence (at most 1). Otherwise
    the ranking as it was: a group never overtakes an intent the model put first."""
    entries = [dict(entry) for entry in ranking]
    if not entries:
        return entries
    top = entries[0]
    group = next((g for g in groups if str(top.get("name")) in g), None)
    if group is None:
        return entries
    rest = [e for e in entries[1:] if str(e.get("name")) not in group]
    total = sum(float(e.get("confidence") or 0.0) for e in entries if str(e.get("name")) in group)
    top["confidence"] = min(1.0, total)
    return [top, *rest]
