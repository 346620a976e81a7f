from bot.knowledge.answers import NOT_YET_TOLD, Answerer
from bot.knowledge.loader import CATEGORIES_OVERVIEW_ID


def test_question_by_entity_answers_summary(answerer: Answerer) -> None:
    reply = answerer.answer_question("hvad er det", entities=["gps-system"])
    assert reply is not None
    assert reply.topic == "gps" and reply.text.startswith("En GPS viser")


def test_topic_question_prefers_topics(answerer: Answerer) -> None:
    reply = answerer.answer_question("må man bruge GPS efter positivlisten", prefer_topics=True)
    assert reply is not None and reply.topic == "positivliste"
    reply = answerer.answer_question("må man bruge GPS efter positivlisten", prefer_topics=False)
    assert reply is not None and reply.topic == "gps"


def test_unknown_question_without_topic_is_none(answerer: Answerer) -> None:
    assert answerer.answer_question("hvad er en flyvemaskine") is None


def test_who_follow_up_uses_current_topic(answerer: Answerer) -> None:
    reply = answerer.answer_question("hvem kan få den", current="gps")
    # whom it helps, and that the municipality decides who gets it (set 27)
    assert reply is not None and reply.text.startswith("Borgere med demens, der går ture alene.")
    assert "kommune" in reply.text and reply.refer


def test_contentless_follow_up_continues_current_topic(answerer: Answerer) -> None:
    reply = answerer.answer_question("hvad så med den", current="gps")
    assert reply is not None and reply.text == "Borgeren skal selv sige ja til en GPS."


def test_need_suggests_and_offers_more(answerer: Answerer) -> None:
    reply = answerer.suggest_for_need("min mor glemmer at tage sin medicin")
    assert reply is not None
    assert reply.text.startswith("Det kunne være automatisk doseringsmaskine")
    assert reply.text.endswith("Vil du høre mere om automatisk doseringsmaskine?")
    assert reply.topic == "doseringsmaskine" and reply.more_index == NOT_YET_TOLD


def test_need_without_match_is_none(answerer: Answerer) -> None:
    assert answerer.suggest_for_need("jeg vil gerne have en is") is None


def test_tell_more_walks_through_the_item(answerer: Answerer) -> None:
    first = answerer.tell_more("gps", NOT_YET_TOLD)
    assert first is not None and first.text.startswith("En GPS viser") and first.more_index == 0
    second = answerer.tell_more("gps", 0)
    assert second is not None and second.text == "Borgeren skal selv sige ja til en GPS."
    third = answerer.tell_more("gps", second.more_index)
    assert third is not None and third.text == "Borgere med demens, der går ture alene."
    last = answerer.tell_more("gps", third.more_index)
    assert last is not None and last.text.startswith("Det var det, jeg ved om GPS")


def test_tell_more_on_category_lists_examples(answerer: Answerer) -> None:
    reply = answerer.tell_more("tryghed", 0)
    assert reply is not None and reply.text == "For eksempel GPS og Sensorgulv."


def test_tell_more_without_topic_is_none(answerer: Answerer) -> None:
    assert answerer.tell_more(None, 0) is None


def test_examples_of_technology_names_its_category_and_siblings(answerer: Answerer) -> None:
    reply = answerer.examples("gps")
    assert reply is not None
    assert reply.text == "Det hører til tryghedsskabende teknologi. Andre eksempler er Sensorgulv."


def test_examples_of_topic(answerer: Answerer) -> None:
    reply = answerer.examples("positivliste")
    assert reply is not None and reply.text == "For eksempel GPS og Døralarm."


def test_source_names_documents_and_own_summary(answerer: Answerer) -> None:
    reply = answerer.source("gps")
    assert reply is not None
    assert "»Fælles erklæring om velfærdsteknologi« fra KL" in reply.text
    assert "Region Midtjylland, 2022" in reply.text
    assert "egen korte opsummering" in reply.text
    topic = answerer.source("videoovervaagning")
    assert topic is not None and "opsummering" not in topic.text


def test_list_categories_offers_the_full_list(answerer: Answerer) -> None:
    reply = answerer.list_categories()
    assert reply.topic == CATEGORIES_OVERVIEW_ID
    assert "2 kategorier" in reply.text
    more = answerer.tell_more(reply.topic, reply.more_index)
    assert more is not None and more.text == "Tryghedsskabende teknologi, Medicinhåndtering."


def test_best_guess_needs_a_clear_name(answerer: Answerer) -> None:
    guess = answerer.best_guess("øh gps")
    assert guess is not None and guess.topic == "gps"
    assert answerer.best_guess("øh hmm") is None


def test_how_follow_up_after_a_suggestion_gives_the_summary(answerer: Answerer) -> None:
    reply = answerer.answer_question(
        "hvordan virker den", current="gps", current_index=NOT_YET_TOLD
    )
    assert reply is not None and reply.text.startswith("En GPS viser")


def test_price_follow_up_is_honest(answerer: Answerer) -> None:
    reply = answerer.answer_question("hvad koster sådan en", current="gps")
    assert reply is not None and reply.text.startswith("Mine kilder siger ikke, hvad GPS koster")
    assert "visitation" in reply.text and reply.refer and reply.topic == "gps"


def test_new_subject_is_not_taken_as_follow_up(answerer: Answerer) -> None:
    assert answerer.answer_question("hvad er en flyvemaskine", current="gps") is None


def test_rules_question_naming_a_technology_prefers_the_topic(answerer: Answerer) -> None:
    reply = answerer.answer_question(
        "står gps på positivlisten", entities=["gps"], prefer_topics=True
    )
    assert reply is not None and reply.topic == "positivliste"
    reply = answerer.answer_question("hvad er en gps", entities=["gps"], prefer_topics=False)
    assert reply is not None and reply.topic == "gps"


def test_follow_up_answers_who_price_or_more(answerer: Answerer) -> None:
    who = answerer.follow_up("hvem kan bruge den", "gps", 0)
    assert who is not None and who.text == "Borgere med demens, der går ture alene."
    price = answerer.follow_up("hvad koster den", "gps", 0)
    assert price is not None and "koster" in price.text and price.refer
    more = answerer.follow_up("fortæl mere", "gps", 0)
    assert more is not None and more.text == "Borgeren skal selv sige ja til en GPS."
    assert answerer.follow_up("fortæl mere", None, 0) is None
