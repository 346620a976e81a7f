"""bot.knowledge.advice: questions for medicine advice, whatever intent they were given."""

from __future__ import annotations

import pytest

from bot.knowledge.advice import asks_medical_advice


@pytest.mark.parametrize(
    "text",
    [
        "må du give mig råd om min medicin",
        "hvor mange piller må jeg tage",
        "kan jeg tage panodil sammen med ipren",
        "skal jeg tage dobbelt dosis i morgen",
        "giv mig et råd om hvilken medicin jeg skal tage",
        # a brand in the plural, a compound medicine, a medicine with food (set 4's classes)
        "hvor mange ipren'er kan jeg tage i døgnet",
        "hvor mange pamoler må hun få",
        # as speech writes it (set 6's class, our sentences)
        "hvor mange hovedpinepiller ka jeg ta om dagen",
        "ka jeg ta en ipren ekstra oven i",
        "er det farligt at tage sovemedicinen sammen med et glas vin",
        "er det i orden at give mors vanddrivende medicin med morgenmaden",
        # someone else's dose (set 3, read again today)
        "kan min mor godt tage ipren sammen med sin blodtryksmedicin",
        "må jeg give min mand en panodil oven i hans morfin",
    ],
)
def test_advice_about_medicine_is_known(text: str) -> None:
    assert asks_medical_advice(text)


@pytest.mark.parametrize(
    "text",
    [
        "hvad er en medicinrobot",
        "mind mig om at tage min medicin",
        "kan du anbefale en medicindispenser",
        "har du gode råd om teknologi til medicin",
        "hvad koster en doseringsmaskine",
        "har jeg taget mine piller i dag",
        "er det farligt at gå tur med rollator om vinteren",
        "kan min mor få en medicindispenser sammen med sin tablet",
    ],
)
def test_questions_about_technology_or_reminders_are_not_advice(text: str) -> None:
    assert not asks_medical_advice(text)


def test_how_many_pills_of_a_kind_or_how_much_of_a_medicine() -> None:
    """Dosage questions the fallback did not know (issue 21, set 3)."""
    assert asks_medical_advice("hvor mange af de hvide sovetabletter må min far tage")
    assert asks_medical_advice("hvor meget ibuprofen kan man tåle på en dag")
    assert not asks_medical_advice("hvor mange kommuner har en medicinrobot")


def test_a_brand_of_tablet_the_municipality_recommends_is_no_medicine() -> None:
    assert not asks_medical_advice("kan kommunen anbefale et godt mærke af tablet")
    assert asks_medical_advice("kan du anbefale en tablet mod min hovedpine")
