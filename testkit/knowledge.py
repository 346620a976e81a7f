"""Helpers for the knowledge classes' tests (tests/unit/test_set*_knowledge.py): a
sentence asked every way the actions ask the Answerer, whether a reply says any of some
words, and turns asked one after another."""

from __future__ import annotations

from bot.knowledge.answers import Answer, Answerer


def every_way(
    real: Answerer, text: str, current: str | None = None, index: int = 0
) -> list[Answer | None]:
    """A sentence as the model's question, as one it was unsure of, as a wish to hear
    more, and as a question of category."""
    return [
        real.answer_question(text, current=current, current_index=index),
        real.best_guess(text, current, index),
        real.follow_up(text, current, index),
        real.categories_asked(text, current),
    ]


def says(reply: Answer | None, *words: str) -> bool:
    return reply is not None and any(w.lower() in reply.text.lower() for w in words)


def all_say(replies: list[Answer | None], *words: str) -> None:
    for reply in replies:
        assert says(reply, *words), reply


def asked(real: Answerer, *turns: str) -> Answer | None:
    """Each turn asked in turn, with the subject and the place in it just told."""
    current: str | None = None
    index = 0
    reply = None
    for turn in turns:
        reply = real.answer_question(turn, current=current, current_index=index)
        if reply is not None:
            current, index = reply.topic, reply.more_index
    return reply
