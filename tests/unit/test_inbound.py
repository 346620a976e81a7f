import json

import pytest

from bot import inbound
from bot.inbound import Accepted, Answered, Rejected, check_text
from bot.ratelimit import TOO_FAST


def body(obj: object) -> bytes:
    return json.dumps(obj).encode()


def test_good_message_is_accepted_and_cleaned() -> None:
    out = inbound.check(body({"sender": "anna", "message": "  hvad er\tGPS\x00 "}), 1000)
    assert out == Accepted("anna", "hvad er GPS", None)


def test_numeric_sender_is_accepted_as_text() -> None:
    out = inbound.check(body({"sender": 42, "message": "hej"}), 1000)
    assert isinstance(out, Accepted) and out.sender == "42"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"{not json",
        b"\xff\xfe",
        b"null",
        b"[1, 2]",
        b'"hej"',
        body({"message": "hej"}),
        body({"sender": "", "message": "hej"}),
        body({"sender": ["a"], "message": "hej"}),
        body({"sender": True, "message": "hej"}),
        body({"sender": "a b/../c", "message": "hej"}),
        body({"sender": "x" * 129, "message": "hej"}),
        body({"sender": "anna"}),
        body({"sender": "anna", "message": 12}),
        body({"sender": "anna", "message": None}),
        body({"sender": "anna", "message": ["hej"]}),
        body({"sender": "anna", "message": "hej", "metadata": "x"}),
    ],
)
def test_malformed_requests_are_client_errors(raw: bytes) -> None:
    out = inbound.check(raw, 1000)
    assert isinstance(out, Rejected)
    assert out.status == 400
    assert out.error


def test_oversized_body_is_413() -> None:
    out = inbound.check(b" " * (inbound.MAX_BODY_BYTES + 1), 1000)
    assert isinstance(out, Rejected) and out.status == 413


@pytest.mark.parametrize("message", ["", "   ", "\n\t", "\x00\x01"])
def test_empty_message_gets_danish_answer(message: str) -> None:
    assert inbound.check(body({"sender": "a", "message": message}), 1000) == Answered(
        "a", inbound.EMPTY_REPLY
    )


def test_too_long_message_is_refused_with_the_limit() -> None:
    out = inbound.check(body({"sender": "a", "message": "hej " * 25_000}), 1000)
    assert isinstance(out, Answered)
    assert "1000 tegn" in out.text


def test_emoji_only_gets_danish_answer() -> None:
    out = inbound.check(body({"sender": "a", "message": "😀👍"}), 1000)
    assert out == Answered("a", inbound.NO_WORDS_REPLY)


def test_a_speaker_may_say_only_its_room_and_id() -> None:
    from bot.inbound import where_from

    assert where_from({"room": "stuen", "speaker": "hoejttaler-stue"}) == {
        "room": "stuen",
        "speaker": "hoejttaler-stue",
    }
    assert where_from({"room": "stuen", "admin": True, "speaker": 7}) == {"room": "stuen"}
    assert where_from({"room": "x" * 65}) is None
    assert where_from({"room": ""}) is None
    assert where_from(["stuen"]) is None
    assert where_from(None) is None


def test_an_emergency_is_never_refused_for_its_length() -> None:
    tail = "bla " * 400 + "jeg er faldet og kan ikke komme op"
    assert check_text(tail, 1000) == tail[-1000:]
    head = "der er ild i køkkenet " + "bla " * 400
    assert check_text(head, 1000) == head.strip()[:1000]
    assert isinstance(check_text("bla " * 400, 1000), Answered)


def test_a_sender_with_a_trailing_newline_is_refused() -> None:
    """ "$" alone matched before a final newline: a sender id could end a log line and
    start a forged one (issue 19, finding 12)."""
    from bot.inbound import valid_sender

    assert not valid_sender("anna\n") and not valid_sender("anna\nINFO x")
    assert valid_sender("anna") and valid_sender("web-1f2e") and valid_sender("søren")
    assert isinstance(
        inbound.check(b'{"sender": "anna\\n", "message": "hej"}', 100), inbound.Rejected
    )


def test_rest_metadata_keeps_only_what_a_speaker_may_say_about_itself() -> None:
    """As over socket.io (issue 19, finding 7): the room and the speaker, nothing else."""
    body = {
        "sender": "anna",
        "message": "tænd lyset",
        "metadata": {"room": "stuen", "speaker": "hoejttaler-1", "role": "staff", "x": "y" * 10},
    }
    import json as _json

    got = inbound.check(_json.dumps(body).encode(), 500)
    assert isinstance(got, inbound.Accepted)
    assert got.metadata == {"room": "stuen", "speaker": "hoejttaler-1"}


def test_a_failed_turn_answers_an_emergency_first() -> None:
    """The action server or the database is down: the net still answers 1-1-2 first."""
    reply = inbound.failure_reply("min mand er faldet og kan ikke komme op")
    assert reply.startswith("Ring 1-1-2 nu.") and reply.endswith(inbound.FAILURE_REPLY)
    assert "82 12 12 12" in inbound.failure_reply("barnet har drukket afløbsrens")
    assert inbound.failure_reply("hvad er en spiserobot") == inbound.FAILURE_REPLY


def test_an_emergency_over_the_rate_limit_gets_its_answer_first() -> None:
    # the smoke test: "jeg er faldet og kan ikke komme op" after a quick run of messages
    # had got only "Du skriver meget hurtigt"
    reply = inbound.too_fast_reply("jeg er faldet og kan ikke komme op")
    assert reply.startswith("Ring 1-1-2 nu.") and reply.endswith(TOO_FAST)
    assert inbound.too_fast_reply("hej igen") == TOO_FAST
    assert inbound.too_fast_reply("") == TOO_FAST
