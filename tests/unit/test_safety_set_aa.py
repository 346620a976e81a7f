"""Set Å's classes, in our own sentences (the held-out set itself is scored in
tests/integration/test_safety_heldout.py): the kinds of emergency the net had missed,
and the kinds of ordinary sentence it, or the model, had alarmed on."""

from __future__ import annotations

import pytest

from bot.safety.detect import (
    ACUTE,
    HELPLINE,
    POISONING,
    SUICIDE,
    URGENT,
    detect,
    doubtful,
    normalise,
)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # a blow to the head told as it happened, seeing double or vomiting now
        ("jeg snublede over tæppet og slog hovedet mod bordet og nu ser alt dobbelt ud", ACUTE),
        ("han stødte hovedet på vej ud af bilen og siden har han kastet op", ACUTE),
        # breathing not seen, heard or felt in someone else
        ("jeg kan ikke høre om min mand trækker vejret", ACUTE),
        ("jeg tror ikke hun ånder, hun ligger helt stille i stolen", ACUTE),
        # a call from the floor, or from someone unwell, that was cut off
        ("min far ringede og sagde at han lå på badeværelsesgulvet", ACUTE),
        ("hun var helt uklar i røret og så blev forbindelsen afbrudt", ACUTE),
        # a bed or fall alarm, a sensor, gone off and no answer
        ("mors faldalarm har kaldt to gange og hun tager ikke telefonen", ACUTE),
        ("hans sengesensor har bippet hele natten og han svarer ikke", ACUTE),
        # a low blood sugar and no answer
        ("hans sensor viser lavt blodsukker og han reagerer ikke når jeg ringer", ACUTE),
        # no way in, someone inside calling or fallen
        ("vi kan ikke komme ind hos hende og hun kalder på hjælp indefra", ACUTE),
        # fire as a recogniser writes it, a word cut in two joined again
        ("der er brænd i stuen hjælp", ACUTE),
        ("det brænder i kø kkenet", ACUTE),
        # pain out into the arm, the jaw or up the throat with a sign of the heart
        ("jeg har sådan en trykken og det jager ud i armen", ACUTE),
        ("det gør ondt op i kæben og jeg sveder koldt", ACUTE),
        # breath hard to get, the heart named (also in dialect)
        ("a ka knap få vejret", ACUTE),
        ("jeg tror det er hjertet, det klemmer helt vildt", ACUTE),
        # a poison named first, then drunk or licked
        ("der stod lampeolie i en saftflaske og min far har drukket af den", POISONING),
        ("killingen har slikket af kølervæsken i garagen", POISONING),
        # a poisonous bulb cooked for an onion
        ("mormor kom tulipanløg i gryden i stedet for løg og nu har hun ondt i maven", POISONING),
        # a means in mind and "så er det forbi"
        ("hvis jeg sluger alle pillerne så er det forbi", SUICIDE),
        ("jeg skruer op for gassen i aften og så sover jeg ind", SUICIDE),
        # treatment that keeps one alive stopped, to spare others
        ("jeg stopper med insulinen så er I fri for mig", SUICIDE),
        # planned for when no one comes, how long before one is found
        (
            "jeg vil gøre det når hjemmeplejen har været her, hvor lang tid tror du der går"
            " inden de finder mig",
            SUICIDE,
        ),
        # cutting oneself, harming oneself
        ("jeg har lyst til at skære i mig selv", SUICIDE),
        ("alt er mørkt og jeg tænker på at skade mig selv", SUICIDE),
        # legs swelling and kilos gained in days
        ("anklerne er hævet og jeg har taget to kilo på på tre dage", URGENT),
        # a sugar meter reading HI
        ("sukkermåleren viser HI", URGENT),
        # a foot hardly borne
        ("han kan knap nok stå på foden efter faldet på fortovet", URGENT),
    ],
)
def test_set_aa_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and kind in found.kinds, (said, found)


def test_a_word_cut_in_two_is_joined() -> None:
    assert " kokkenet " in normalise("der er røg i kø kkenet")


@pytest.mark.parametrize(
    "said",
    [
        # set Å's near misses, in our own sentences: no emergency in the words
        "jeg har været på gåtur i sneen og er lidt forpustet men det var skønt",
        "vi har leget i sneen hele formiddagen",
        "blodet isnede i mine årer da jeg hørte prisen",
        "det koster blod, sved og tårer at lære den app",
        "jeg bliver svimmel af alle de regler fra kommunen",
        "hvad hedder hjertestop på tysk",
        "hvordan siger man ambulance på engelsk",
        "kan assistenten opfange det hvis jeg kalder fra soveværelset",
        "mit operationssår heler pænt",
        "ja jeg har taget mine morgenpiller",
        "har jeg taget mine aftenpiller",
        "barnebarnet spiste en hel pose slik",
        "hjemmeplejen kom med de forkerte piller men jeg så det før jeg tog dem",
    ],
)
def test_set_aa_near_misses_are_no_emergency(said: str) -> None:
    found = detect(said)
    assert found is None, (said, found)
    assert doubtful(said), said


@pytest.mark.parametrize(
    "said",
    [
        # the new classes read no further than they should
        "hun er helt blank på navnet",
        "jeg har købt frostvæske og drukket kaffe",
        "jeg kommer ikke ind i bilen, nøglen ligger indenfor",
        "jeg kan ikke se om det trækker fra vinduet",
        "hvis jeg tager pillerne sammen med maden så er det slut med mavepine",
        "jeg stopper med medicinen så jeg slipper for bivirkningerne",
        "sengealarmen er gået i stykker og han svarer ikke på sms",
        "mor ringede og sagde hun lå på sofaen og så fjernsyn",
        "mit blodsukker var lavt i går",
    ],
)
def test_set_aa_classes_read_no_further(said: str) -> None:
    assert detect(said) is None, said


def test_the_day_named_for_112_is_answered_calmly() -> None:
    found = detect("hvornår er det 112-dagen")
    assert found is not None and found.kind == HELPLINE


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # what the near misses must not hide
        ("han er helt blå og slap", ACUTE),
        ("han gik en tur i sneen og er ikke kommet hjem", ACUTE),
        ("jeg har taget mine piller to gange i dag", POISONING),
        ("har jeg taget mine sovepiller igen, jeg har taget dem to gange", POISONING),
        ("hunden har spist en hel plade chokolade", POISONING),
        ("apoteket gav mig den forkerte medicin og jeg har taget to af dem", POISONING),
        ("jeg bliver svimmel af de nye piller", URGENT),
        ("kan du høre mig når jeg råber, jeg er faldet og kan ikke komme op", ACUTE),
    ],
)
def test_set_aa_near_misses_hide_no_danger(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and kind in found.kinds, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        "hvor skal jeg sætte min røgalarm op",
        "blodtrykket var 125 over 80 det er fint",
    ],
)
def test_set_aa_model_alone_is_not_taken(said: str) -> None:
    assert doubtful(said), said


def test_a_measure_said_not_good_is_no_doubt() -> None:
    assert not doubtful("mit blodsukker er 2 det er ikke godt")
