from bot.conversation import reading as conversation_reading
from bot.conversation import replies as conversation_replies
from bot.core.danish import lists
from bot.knowledge import replies as knowledge_replies


def test_join_list_danish_style() -> None:
    assert lists.join_list([]) == ""
    assert lists.join_list(["GPS"]) == "GPS"
    assert lists.join_list(["GPS", "døralarm"]) == "GPS og døralarm"
    assert lists.join_list(["a", "b", "c"], "eller") == "a, b eller c"


def test_lower_first_keeps_acronyms() -> None:
    assert lists.lower_first("Sensorgulv") == "sensorgulv"
    assert lists.lower_first("GPS") == "GPS"


def test_contact_marks_example() -> None:
    text = conversation_replies.contact("Borgerservice", "12 34 56 78", "hverdage", is_example=True)
    assert "12 34 56 78" in text
    assert "eksempel" in text
    assert "eksempel" not in conversation_replies.contact("B", "1", "h", is_example=False)


def test_privacy_is_truthful_per_store() -> None:
    assert "hukommelse" in conversation_replies.privacy("memory")
    assert "database" in conversation_replies.privacy("sql")
    assert "computerprogram" in conversation_replies.privacy("memory")
    assert "påmindelser gemmes" in conversation_replies.privacy("memory")
    # Where to ask for one's data, or its deletion (bot.privacy, the staff API).
    assert "slette det" in conversation_replies.privacy(
        "memory"
    ) and "slette det" in conversation_replies.privacy("sql")


def test_asked_for_deletion_or_a_copy_the_way_to_the_staff_comes_last() -> None:
    """Set 5: "jeg vil ha slettet alt hvad i har om mig" got no way to a person."""
    line = "Du kan ringe til Visitationen på 12 34 56 78, hverdage 8-15."
    for said in ("jeg vil ha slettet alt hvad i har om mig", "kan jeg få en kopi af det"):
        assert conversation_replies.privacy("memory", said, line).endswith(line), said
    assert line not in conversation_replies.privacy("memory", "hvad gemmer du om mig", line)


def test_privacy_answers_first_what_was_asked() -> None:
    """Whether the speaker listens, or a CPR number written here (issue 21)."""
    said = "optager den alt hvad vi snakker om i stuen"
    assert conversation_reading.asks_about_my_data(said)
    assert conversation_replies.privacy("memory", said).startswith(
        "Højttaleren lytter kun efter »hej assistent«"
    )
    said = "skal jeg give dig mit cpr nummer"
    assert conversation_reading.asks_about_my_data(said)
    assert conversation_replies.privacy("memory", said).startswith("Skriv ikke CPR-numre her.")
    said = "hvad sker der så med de data man skriver til dig"
    assert conversation_reading.asks_about_my_data(said)
    for other in (
        "hører du mig",
        "jeg hører dårligt",
        "lytter du",
        "hvad hører under sengeteknologi",
    ):
        assert not conversation_reading.asks_about_my_data(other)
    assert conversation_replies.privacy("memory", "hvad gemmer du").startswith(
        "Jeg er et computerprogram."
    )
    # what is kept about me, said as a wish or a question (set 3; the model said crisis)
    assert conversation_reading.asks_about_my_data("gemmer du det jeg siger til dig")
    assert conversation_reading.asks_about_my_data("I skal ikke vide noget om mig, slet det")
    assert not conversation_reading.asks_about_my_data("har du noget om demens")
    assert conversation_reading.asks_about_my_data("hører den efter hele tiden")
    assert conversation_reading.frustrated("nu svarer du forkert igen")


def test_general_sources_counts_in_words() -> None:
    assert knowledge_replies.general_sources(5, ["KL", "Horsens Kommune"]).startswith(
        "Jeg har min viden fra fem offentlige dokumenter fra KL og Horsens Kommune."
    )


def test_frustration_gets_sorry_before_the_way_to_a_person() -> None:
    for text in (
        "du er altså helt ubrugelig",
        "det her virker ikke for fanden",
        "nu misforstår du mig",
    ):
        assert conversation_reading.frustrated(text), text
    for text in ("jeg vil tale med et menneske", "hvem kan jeg ringe til", "tak for hjælpen"):
        assert not conversation_reading.frustrated(text), text
    said = conversation_replies.contact(
        "Borgerservice", "70 00 00 00", "hverdage", False, sorry=True
    )
    assert said.startswith(conversation_replies.SORRY) and "70 00 00 00" in said


def test_questions_about_ones_own_data_are_known() -> None:
    for text in (
        "kan jeg få en kopi af alt det i har om mig",
        "hvad har i gemt om mig",
        # about a relative, and all of it deleted (set 8's class)
        "hvad ved du egentlig om min far",
        "hvad har I registreret om min kone og kan vi få alt slettet",
        "kan jeg få alle oplysninger slettet",
    ):
        assert conversation_reading.asks_about_my_data(text), text
    for text in (
        "slet påmindelsen om panodil",
        "kopi af min plan",
        "fjern lyset",
        "hvad ved du om min rollator",
        "kan jeg få den slettet",
    ):
        assert not conversation_reading.asks_about_my_data(text), text


def test_a_person_asked_for_plainly() -> None:
    for text in (
        "findes der et nummer jeg kan ringe på hvis jeg vil snakke med et menneske",
        "hvem kan vi ringe til når du ikke ved det",
        "jeg vil gerne have fat i en fra kommunen",
    ):
        assert conversation_reading.wants_a_person(text), text
    for text in ("hvad er et skærmbesøg", "ring til lægen i morgen", "hvad koster en robot"):
        assert not conversation_reading.wants_a_person(text), text


def test_asked_to_make_a_call_it_says_it_cannot() -> None:
    for text in (
        "vil du ringe til min søn for mig",
        "kan du lige ringe op til hjemmeplejen",
        "ring op til min datter",  # a bare order (set 5)
        "ring lige til Ole",
        "ka du lige ringe til min søster",  # spoken "ka du" (set 8's class)
        "gider du ringe op til lægen for mig",
    ):
        assert conversation_reading.asks_me_to_call(text), text
    for text in (
        "kan du ringe 112",
        "hvem kan jeg ringe til",
        "mind mig om at ringe til Ole",
        "jeg ringer til min datter i morgen",
    ):
        assert not conversation_reading.asks_me_to_call(text), text


def test_listening_asked_with_words_between() -> None:
    assert conversation_reading.asks_about_listening("står den og lytter med når vi snakker")
    assert not conversation_reading.asks_about_listening("jeg lytter til radio om morgenen")


def test_what_is_kept_about_people_is_a_question_about_data() -> None:
    assert conversation_reading.asks_about_my_data("hvad gemmes der om os når vi taler med den")
    assert not conversation_reading.asks_about_my_data("hvad bliver der af tiden")
