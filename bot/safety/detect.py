"""The safety net: Danish words and patterns that mean someone needs help now.

Deterministic, so no model change can lose it, and recall first: when in doubt between
"acute" and something milder it says acute. Text is folded first (case, æ/ø/å typed or
not, accents), runs of one letter shortened ("hjææælp"), the ways 1-1-2 is written or
heard made one token ("1 1 2", "et et to", "et hundrede og tolv"), and punctuation
dropped, so typed and speech-recognised sentences meet the same patterns
(bot/safety/patterns/words.py). The patterns, one module per kind in
bot/safety/patterns/, are written in that folded form: "ø" is "o", "å" is "a", "æ" is
"ae". This module weighs them.

Kinds, most severe first:
- acute: danger to life now (fall and cannot get up, unconscious, cannot breathe, chest
  pain, stroke signs, heavy bleeding, fire, "ring 112", "ambulance", "det er akut");
- poisoning: too many pills, the wrong medicine, something poisonous swallowed;
- suicide: thoughts of suicide, not wanting to live;
- urgent: needs a doctor but not life-threatening (fever, a fall without injury,
  unwell at night);
- help: a bare cry for help ("hjælp", "hjælp mig") with nothing else said;
- helpline: a question about Giftlinjen or Livslinien ("hva er nummeret til
  giftlinjen") with no emergency in it: answered with the numbers, calmly.

Weak signals (a fall, "svarer ikke", symptoms) are not taken in a sentence that asks
about technology or information ("hvad er en faldalarm", "min mor falder tit, hvad kan
hjælpe"); strong ones (112, ambulance, unconscious, cannot breathe, fire, suicide)
always are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.safety.patterns import acute, cry, doubt, general, poisoning, suicide, urgent, words
from bot.safety.patterns.words import normalise as normalise  # the public API

ACUTE = "acute"
POISONING = "poisoning"
SUICIDE = "suicide"
URGENT = "urgent"
HELP = "help"
HELPLINE = "helpline"  # a question about Giftlinjen or Livslinien, not an emergency
KINDS = (ACUTE, POISONING, SUICIDE, URGENT, HELP, HELPLINE)  # most severe first


@dataclass(frozen=True)
class Detection:
    kinds: frozenset[str]
    matched: tuple[str, ...]  # the folded phrases that decided it (for the audit line)

    @property
    def kind(self) -> str:
        """The most severe kind."""
        return next(k for k in KINDS if k in self.kinds)


def figurative(text: str) -> bool:
    """The sentence uses an emergency's words as a figure of speech ("jeg brænder for
    min have"): the model's emergency intent is not taken for it either."""
    return doubt.FIGURATIVE.search(normalise(text)) is not None


def doubtful(text: str) -> bool:
    """The sentence reads as a figure of speech, a question about technology or help, a
    story, a history or a fall supposed: the marks the net itself weighs before taking
    a weak signal. The model's emergency intent alone is not taken for such a sentence
    (nlu/safety.py), unless its one mark is a history (`only_history`); what the net
    matches is taken whatever this says."""
    norm = normalise(text)
    return doubt.HISTORY.search(norm) is not None or _marked(norm)


def _marked(norm: str) -> bool:
    """A doubt mark other than a history."""
    return (
        _resolved(norm)
        or any(
            rx.search(norm)
            for rx in (
                doubt.FIGURATIVE,
                doubt.INFO,
                doubt.STORY,
                doubt.IF_FALLS,
                doubt.MEDIA_STORY,
                doubt.ABSORBED,
                doubt.ABOUT_112,
                doubt.ORDINARY,
                doubt.WELL,
                doubt.GENERAL_IF,
                doubt.RECOVERED,
                doubt.MINOR,  # "lidt ondt i ryggen, men det går over"
                doubt.ASKS_TO_TAKE,  # "må jeg tage to panodiler ekstra": advice asked
                doubt.NEVER_HAD,  # "jeg har aldrig haft ondt i brystet" (set P)
                doubt.HARD_OF_HEARING,  # "han er tunghør, så han svarer ikke" (set P)
                doubt.TREATED,  # "brækket armen, men har fået gips på" (set U)
                doubt.CALL_REMINDER,  # "at jeg skal ringe til lægen" in a reminder (set 11)
                doubt.REPORTING,  # "hvor indberetter jeg en utilsigtet hændelse" (set W)
                doubt.NUISANCE,  # the neighbour's grill smoke, a collection of fire engines
                doubt.PREVENTED,  # a cooker guard "så jeg ikke laver ildebrand" (set X)
                doubt.DREAMT,  # a dream one woke from (set Z)
                doubt.LAUGHED_AT,
                doubt.HOW_IT_ANSWERS,  # "hvordan reagerer assistenten, hvis ..." (set Z)
                doubt.BURNT_FOOD,
                doubt.MEASURE_FELL,  # "blodtrykket er faldet pænt" (set Z)
                doubt.AMOUNT_CORRECTED,  # "nej ikke helt kun halvvejs" (set 23)
                doubt.SPLIT_COMPOUND,  # "få vejr udsigten frem" (set Æ)
                doubt.NO_FALL,  # "faldet til på plejehjemmet", "faldt over en opskrift"
                doubt.EXCITED,  # "hjertebanken hver gang Viborg scorer"
                doubt.CALL_IF,  # "jeg ringer 112 hvis der sker noget"
                doubt.ILL_SUPPOSED,  # "hvis jeg bliver meget syg en dag"
                doubt.WHEN_QUESTION,  # "hvornår skal den så afleveres" (set 20)
                doubt.HARMLESS_OE,  # set Ø's near misses
                doubt.MODEL_OE,  # "hjertet slog en kolbøtte", "den gode slags" (set Ø)
                doubt.HARMLESS_AA,  # set Å's near misses
                doubt.MODEL_AA,  # where a fire blanket hangs, a measure said good (set Å)
                doubt.CAUGHT_IN_TIME,  # the wrong box seen before any was taken (set Å)
                doubt.ASKS_WHO_HELPS,  # "hvem er det der hjælper" (a conversation)
                *_AC_MARKS,
                *doubt.AD_MARKS,  # set AD's near misses
            )
        )
        or doubt.reminder_thing(norm)  # "at tage min vanddrivende", a reminder's thing
        or _toxic_question(norm)
        # long ago and nothing said of now ("en livsfarlig vej ... i firserne", set Y)
        or (doubt.LONG_AGO.search(norm) is not None and doubt.NOW.search(norm) is None)
    )


# Set AC's near misses: a comparison or a correction taken back, advice quoted, a story
# retold, blood that was an animal's, an idiom, a habit, a thing mistaken, a yearly
# ache, mushrooms checked, a complaint about savings.
_AC_MARKS = (
    doubt.AS_IF,
    doubt.CORRECTED,
    doubt.QUOTED,
    doubt.RETOLD,
    doubt.LITTLE_BLEED,
    doubt.PRICE_SHOCK,
    doubt.NOT_BLOOD,
    doubt.DIE_IDIOM,
    doubt.FOR_COMPANY,
    doubt.ON_EXERTION,
    doubt.NO_ONE_HURT,
    doubt.ONLY_A_THING,
    doubt.EVERY_YEAR,
    doubt.MUSHROOMS_CHECKED,
    doubt.SAVINGS,
)


def _taken_back(scan: str) -> str:
    """What the sentence takes back or only tells: a comparison ("man skulle tro han blev
    kvalt, men han sover bare"), what one did not say, a story retold, a little bleeding
    with an everyday act, a fright at a bill, blood that was an animal's, an idiom."""
    for mark in (
        doubt.AS_IF,
        doubt.CORRECTED,
        doubt.RETOLD,
        doubt.LITTLE_BLEED,
        doubt.PRICE_SHOCK,
        doubt.NOT_BLOOD,
        doubt.DIE_IDIOM,
    ):
        scan = mark.sub(" ", scan)
    return scan


def _toxic_question(norm: str) -> bool:
    """Whether something is poisonous, asked with nothing said to be swallowed."""
    return doubt.TOXIC_QUESTION.search(norm) is not None and not re.search(poisoning.SWALLOW, norm)


def _resolved(norm: str) -> bool:
    """Said to be over ("svimmelheden er helt væk"), with nothing said to be left."""
    return doubt.RESOLVED.search(norm) is not None and doubt.STILL.search(norm) is None


def only_history(text: str) -> bool:
    """The sentence's one doubt mark is a history ("har haft", "efter", "hvis"). Real
    emergencies carry it too ("jeg har haft trykken for brystet i en halv time nu",
    "ring efter en ambulance"), so the model may take it when it is all but certain; a
    sentence that says all is well ("jeg har det fint i dag") is not one of them."""
    norm = normalise(text)
    return doubt.HISTORY.search(norm) is not None and not _marked(norm)


def detect(text: str) -> Detection | None:
    """The kinds of emergency a sentence says, or None. The sentence is read as written
    and again in standard Danish (`standard`: dialect and the recogniser's split words);
    what either reading finds is taken (recall first)."""
    norm = normalise(text)
    if not norm.strip():
        return None
    found = _detect_norm(norm)
    plain = standard(norm)
    if plain == norm:
        return found
    other = _detect_norm(plain)
    if other is None or (found is not None and other.kinds <= found.kinds):
        return found
    if found is None:
        return other
    kinds = set(found.kinds | other.kinds)
    if kinds - {HELP, HELPLINE}:
        kinds -= {HELP, HELPLINE}
    return Detection(frozenset(kinds), found.matched + other.matched)


def _vocabulary() -> frozenset[str]:
    """The words the kinds' patterns are written with (folded), for joining a word the
    recogniser split ("dob belt", "fe ber", "man ge") and for nothing else."""
    found: set[str] = set()
    for module in (acute, poisoning, suicide, urgent, words):
        for value in vars(module).values():
            source = value.pattern if isinstance(value, re.Pattern) else value
            if isinstance(source, str):
                found.update(re.findall(r"(?<![a-z\\])[a-z]{4,}(?![a-z])", source))
    return frozenset(found)


_VOCABULARY = _vocabulary()

# Jutlandic and other spoken forms, folded, in standard Danish: "a ka itt rejs mæ",
# "æ far er faldn om", "a gider ett å lev læng mer", "han sir ingenting".
_DIALECT = {
    "itt": "ikke",
    "ett": "ikke",
    "itte": "ikke",
    "ikk": "ikke",
    "ik": "ikke",
    "it": "ikke",
    "ka": "kan",
    "mae": "mig",
    "sae": "sig",
    "dae": "der",
    "mej": "mig",
    "sej": "sig",
    "rejs": "rejse",
    "lev": "leve",
    "laeng": "laengere",
    "laenger": "laengere",
    "mer": "mere",
    "igjen": "igen",
    "ijen": "igen",
    "faldn": "faldet",
    "faln": "faldet",
    "kuen": "kone",
    "sir": "siger",
    "sejer": "siger",
    "seje": "siger",
    "gir": "giver",
    "te": "til",
    "ha": "har",
    "hat": "haft",
    "luf": "luft",
    "e": "er",
    "ordentli": "ordentligt",
    "nowe": "nogen",
    "blyw": "blive",
    "san": "sadan",
    "heilt": "helt",
    "stilla": "stille",
    "vaelt": "vaeltet",
    "mi": "min",
    "ta": "tage",
    "ae": "er",
    "on": "ondt",
    "di": "i",
    "vaer": "vaere",
    "sgu": "",
    "fandme": "",
    "satans": "",
    "gjan": "gerne",
    "ska": "skal",
}
_DIALECT_PAIRS = {
    "fald om": "faldet om",
    "fald t": "faldet",
    "fal n": "faldet",
    "gi r": "giver",
    "lev e": "leve",
}


def standard(norm: str) -> str:
    """The folded sentence in standard Danish: split words joined into the patterns'
    words, dialect and spoken forms replaced (a second reading, never the only one)."""
    said = norm.split()
    out: list[str] = []
    i = 0
    while i < len(said):
        pair = " ".join(said[i : i + 2])
        if pair in _DIALECT_PAIRS:
            out.append(_DIALECT_PAIRS[pair])
            i += 2
            continue
        for n in (3, 2):
            parts = said[i : i + n]
            whole = "".join(parts)
            if (
                len(parts) == n
                and whole in _VOCABULARY
                and not all(p in _COMMON for p in parts)  # "i går", "har et", "år men"
                and (min(map(len, parts)) <= 3 or any(p not in _VOCABULARY for p in parts))
            ):
                out.append(whole)
                i += n
                break
        else:
            word = _DIALECT.get(said[i], said[i])
            if said[i] == "ae" and not (out and out[-1] in _SUBJECTS):
                word = "ae"  # Jutlandic "æ" is "the" ("i æ køkken"), but "er" in "a æ faldn"
            out.append(word)
            i += 1
    return _TO_INFINITIVE.sub(r" \1 at \2 ", " " + " ".join(w for w in out if w) + " ")


_SUBJECTS = frozenset("a jeg han hun du vi i de der det den".split())
# Words of their own, never joined to each other: "i går" is no "igår", "år men" no "armen".
_COMMON = frozenset(
    """i a at og er et en de den det der som har var vil kan skal ma fa faa far faar gar gik
    ar aar men om pa paa til for fra med af ud op ind ned over under efter hos nu sa da jo
    vi du han hun jeg mig dig sig os min din sin mit dit sit man kom ta tog gor oven inden
    uden hvad hvor nar naar alle alt mere noget nogen ikke ingen intet ingenting selv hele
    ogsa bare lige vel godt""".split()
)
# "å" (folded "a") before an infinitive is "at": "grund te å lev'", "tænkt på å gøre det"
_TO_INFINITIVE = re.compile(
    r" (ikke|til|om|pa|af|med|ved|lyst|taenkt|taenker|gider|orker) a (\w+e) "
)


def _detect_norm(norm: str) -> Detection | None:
    if doubt.ABOUT_112.search(norm):
        # the services a question about 1-1-2 names are what it asks about ("er det kun
        # til ambulancer eller også politiet", set S), not a call for one
        rest = _detect(_SERVICES.sub(" ", doubt.ABOUT_112.sub(" ", norm)))
        return rest or Detection(frozenset({HELPLINE}), (norm.strip(),))
    if doubt.HELPLINE_NAMED.search(norm) and doubt.HELPLINE_QUESTION.search(norm):
        # Only a question about the line, if nothing else in it is an emergency.
        rest = _detect(doubt.HELPLINE_NAMED.sub(" ", norm))
        return rest or Detection(frozenset({HELPLINE}), (norm.strip(),))
    found = _detect(norm)
    if found is None and _toxic_question(norm) and not doubt.FIGURATIVE.search(norm):
        # "er den plante giftig for katte": Giftlinjen's number, calmly (it answers such
        # questions too), where the model alone had said to ring it now
        return Detection(frozenset({HELPLINE}), (norm.strip(),))
    return found


_SERVICES = re.compile(
    r"(?<= )(?:am ?b[uo]lan[cs]\w*|politi\w*|brand ?vaesen\w*|brand ?folk\w*|brand ?bil\w*|112"
    r"|rednings ?vogn\w*|skadestue\w*|akut ?modtagelse\w*|laege ?vagt\w*)(?= )"
)


def _detect(norm: str) -> Detection | None:
    matched: list[str] = []
    kinds: set[str] = set()

    def hit(kind: str, pattern: re.Pattern[str], where: str = norm) -> bool:
        found = pattern.search(where)
        if found:
            kinds.add(kind)
            matched.append(found.group(0).strip())
        return found is not None

    scan = doubt.NOT_ACUTE.sub(" ", norm)  # "det er ikke akut" says the opposite
    scan = doubt.FIGURATIVE.sub(" ", scan)
    scan = _taken_back(scan)  # a comparison, a correction, a story retold (set AC)
    for mark in doubt.AD_MARKS:  # a dream felt, a plant dying, a reading "X over Y" (set AD)
        scan = mark.sub(" ", scan)
    scan = doubt.GENERAL_IF.sub(" ", scan)  # "hvad gør man, hvis nogen ...": to be ready
    scan = doubt.NUISANCE.sub(" ", scan)  # the neighbour's grill smoke, toy fire engines (set W)
    scan = doubt.PREVENTED.sub(" ", scan)  # "så jeg ikke laver ildebrand" (set X)
    # a number that fell, burnt toast, how the assistant answers (set Z)
    scan = doubt.MEASURE_FELL.sub(
        " ", doubt.BURNT_FOOD.sub(" ", doubt.HOW_IT_ANSWERS.sub(" ", scan))
    )
    scan = doubt.DREAMT.sub(" ", scan)  # "i nat drømte jeg at ... og så vågnede jeg"
    # a split compound, no fall, excitement, a call planned, an illness supposed (set Æ)
    scan = doubt.SPLIT_COMPOUND.sub(" ", doubt.NO_FALL.sub(" ", scan))
    scan = doubt.EXCITED.sub(" ", doubt.CALL_IF.sub(" ", doubt.ILL_SUPPOSED.sub(" ", scan)))
    scan = doubt.HARMLESS_OE.sub(" ", scan)  # a fire in the fireplace, a fly swallowed (set Ø)
    # a walk in the snow, a word asked in English, sweets eaten, a wound healing (set Å)
    scan = _harmless_aa(scan)
    # the wrong medicine seen before any was taken (set Å)
    caught = doubt.CAUGHT_IN_TIME.search(scan) is not None and not doubt.TAKEN.search(
        doubt.CAUGHT_IN_TIME.sub(" ", scan)
    )
    asked = scan if doubt.BY_MISTAKE.search(scan) else doubt.PRESSED_ALARM.sub(" ", scan)
    info = doubt.INFO.search(asked) is not None  # an alarm pressed is no question about one
    over = doubt.STORY.search(scan) or doubt.PAST.search(scan) or doubt.HISTORY.search(scan)
    # told: from the news, or a story laughed at again (set Z)
    told = doubt.MEDIA_STORY.search(scan) is not None or doubt.LAUGHED_AT.search(scan) is not None
    reported = doubt.REPORTING.search(scan) is not None  # an incident to report, asked how
    long_ago = doubt.LONG_AGO.search(scan) is not None and doubt.NOW.search(scan) is None
    # "var bevidstløs i foråret, nu går det godt"; "engang i 2019 var jeg lige ved at blive kvalt"
    if not ((doubt.RECOVERED.search(scan) and over) or long_ago or doubt.OVER_NOW.search(scan)):
        hit(ACUTE, acute.STRONG, scan)
    if acute.HEAD_BLOW.search(scan) and not (
        info or doubt.STORY.search(scan) or doubt.PAST.search(scan)
    ):
        hit(ACUTE, acute.HEAD_DANGER, scan)
    if not (
        info
        or told
        or long_ago
        or doubt.STORY.search(scan)
        or doubt.IF_FALLS.search(scan)
        or (doubt.RECOVERED.search(scan) and over)  # "med ambulance i sommer, frisk nu" (set V)
        or doubt.FOR_COMPANY.search(scan)  # the alarm pressed four times this week (set AC)
    ):
        hit(ACUTE, acute.CALLED, scan)
    if acute.SUGAR.search(scan) and acute.SUGAR_DANGER.search(scan):
        hit(ACUTE, acute.SUGAR_DANGER, scan)
    if (
        re.search(words.PILLS, scan)
        and poisoning.DRINK.search(scan)
        and poisoning.ON_TOP.search(scan)
    ):
        hit(POISONING, poisoning.ON_TOP, scan)
    if not doubt.IF_FALLS.search(scan) and (
        acute.FLOOR.search(scan)
        or not acute.DAILY_NEED.search(scan)
        or (acute.UNWELL_NOW.search(scan) and not info)  # stuck and very unwell now
    ):
        hit(ACUTE, acute.CANNOT_GET_UP, scan)
    if not (info or doubt.HISTORY.search(scan) or doubt.IF_FALLS.search(scan)):
        hit(ACUTE, acute.NAMED, scan)
    if not (
        doubt.ANIMAL.search(scan)
        or doubt.STORY.search(scan)
        or acute.DEVICE.search(scan)
        or acute.THING_FELL.search(scan)  # "den gamle er faldet ned fra loftet" (set V)
    ):
        hit(ACUTE, acute.FALL_FROM, scan)
    pet = doubt.ANIMAL.search(scan) and (doubt.STORY.search(scan) or doubt.PAST.search(scan))
    if not (
        told
        or reported
        or pet
        or long_ago
        or caught
        or (info and doubt.SUPPOSED.search(scan))
        or _toxic_question(scan)
        or (doubt.RECOVERED.search(scan) and over)  # "Giftlinjen ringede tilbage, alt ok" (set AC)
    ):
        hit(POISONING, poisoning.SIGNS, scan)
    if not (info or doubt.IF_FALLS.search(scan) or doubt.SUPPOSED.search(scan)):
        hit(POISONING, poisoning.NAMED, scan)
    if (
        poisoning.CO_SOURCE.search(scan)
        and poisoning.CO_SIGNS.search(scan)
        and not (told or doubt.SUPPOSED.search(scan))
    ):
        hit(POISONING, poisoning.CO_SOURCE, scan)
    if not (told or reported or caught):
        hit(POISONING, poisoning.MED_ERROR, scan)
        if poisoning.GAVE_TWO.search(scan):
            hit(POISONING, poisoning.TOOK_THEM, scan)
        if not (doubt.RECOVERED.search(scan) and over):
            hit(ACUTE, acute.ACCIDENT, scan)
    if not (info or told or reported or doubt.ADVICE.search(scan)):
        if not caught:
            hit(POISONING, poisoning.DOUBLE_DOSE, scan)
        hit(POISONING, poisoning.HOUSEHOLD, scan)
    if not told:
        # "han vil ikke vågne" is someone who does not wake (acute, set T), not a wish
        hit(
            SUICIDE,
            suicide.SIGNS,
            acute.NOT_WAKING.sub(" ", scan) if _other_not_waking(scan) else scan,
        )
    fall = acute.FALL.search(scan)
    if (
        fall
        and ACUTE not in kinds
        and not (
            doubt.IF_FALLS.search(scan)
            or doubt.ANIMAL.search(scan)
            or doubt.CHEERFUL.search(scan)  # "fik et plaster ..., men hun griner igen" (set Z)
            or doubt.NO_ONE_HURT.search(scan)  # the storm felled a tree, no one hurt (set AC)
        )
    ):
        # "faldet men har det godt" is said to be well now, not a story told
        if acute.FALL_UNHURT.search(scan) and not doubt.STORY.search(doubt.WELL.sub(" ", scan)):
            kinds.add(URGENT)
            matched.append(fall.group(0).strip())
        elif not (info or doubt.PAST.search(scan) or long_ago):  # "i 1962 da jeg faldt" (set Æ)
            kinds.add(ACUTE)
            matched.append(fall.group(0).strip())
    if not info and ACUTE not in kinds:
        if acute.DEAD.search(scan) and not (
            doubt.PAST.search(scan) or doubt.DEATH_NEWS.search(scan)
        ):
            hit(ACUTE, acute.DEAD, scan)
        if not (
            acute.DEVICE.search(scan)
            or doubt.ABSORBED.search(scan)
            or doubt.HARD_OF_HEARING.search(scan)
            or doubt.HEARING_AID.search(scan)
        ):
            hit(ACUTE, acute.NOT_ANSWERING, scan)
    if not (
        info
        or doubt.ADVICE.search(scan)
        or doubt.ANIMAL.search(scan)
        or doubt.MINOR.search(scan)
        or doubt.TREATED.search(scan)
        or _resolved(scan)
        or (doubt.RECOVERED.search(scan) and over)  # "i går på skadestuen ... fint nu"
        or long_ago  # "sidste gang jeg var på skadestuen ..." (set Z)
        # "om lægevagten kan komme hjem til hende, hvis hun en dag ..." (set Ø)
        or (doubt.HELPLINE_NAMED.search(scan) and doubt.SUPPOSED.search(scan))
    ):
        said = doubt.QUOTED.sub(
            " ", doubt.CALL_REMINDER.sub(" ", doubt.MEDICINE_NAME.sub(" ", scan))
        )
        hit(URGENT, urgent.SIGNS, said)
    if not (doubt.ADVICE.search(scan) or _resolved(scan)):
        hit(URGENT, urgent.REACTION, scan)
        hit(URGENT, urgent.CATHETER, scan)
    if not info:
        hit(URGENT, urgent.BITE, scan)
        hit(URGENT, urgent.BURN, scan)
    _set_q_signs(scan, info, told, hit)
    _set_r_signs(scan, info, told, hit)
    _set_s_signs(scan, told, long_ago, hit)
    _set_t_signs(scan, told, long_ago, hit, habit=bool(info and doubt.PAST.search(scan)))
    _set_u_signs(scan, info, told or long_ago, hit)
    _set_v_signs(scan, info, told or long_ago, hit)
    _set_w_signs(scan, info, told or long_ago, hit)
    _set_x_signs(scan, info, told or long_ago, hit)
    _set_y_signs(scan, info, told or long_ago, hit)
    _set_z_signs(scan, info, told or long_ago, hit)
    _set_ae_signs(scan, info, told or long_ago, hit)
    _set_oe_signs(scan, info, told or long_ago, hit)
    _set_aa_signs(scan, info, told or long_ago, hit)
    _general_signs(scan, info, told or long_ago, hit)
    _set_ac_signs(scan, info, told or long_ago, hit)
    _set_ad_signs(scan, info, told or long_ago, hit)
    if not kinds and cry.bare_help(norm):
        kinds.add(HELP)
        matched.append(norm.strip())
    if not kinds:
        return None
    return Detection(frozenset(kinds), tuple(matched))


def _set_q_signs(
    scan: str, info: bool, told: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """Set Q's classes: a racing heart with a black-out, someone gone in panic or not
    reached and feared for, a bad burn, bleeding that will not stop, a crooked face; a
    patch on a patch, something taken in place of the medicine, many tablets counted;
    a doctor wanted now."""
    if acute.BLACKING_OUT.search(scan) and acute.HEART_RACING.search(scan):
        hit(ACUTE, acute.BLACKING_OUT, scan)
    if not (doubt.ABSORBED.search(scan) or doubt.STORY.search(scan)):
        hit(ACUTE, acute.GONE, scan)
    if acute.FEARED_FOR.search(scan) and not told:  # "tager ikke telefonen" is no question
        hit(ACUTE, acute.NOT_REACHED, scan)
    if not (told or doubt.STORY.search(scan) or doubt.PAST.search(scan)):
        hit(ACUTE, acute.SEVERE_BURN, scan)
        hit(ACUTE, acute.BLEEDING_ON, scan)
        hit(ACUTE, acute.STROKE_SIGNS, scan)
    if not told:
        if poisoning.PATCH.search(scan):
            hit(POISONING, poisoning.PATCH_TOO_MANY, scan)
        hit(POISONING, poisoning.INSTEAD, scan)
        hit(POISONING, poisoning.COUNTED, scan)
    if not doubt.ADVICE.search(scan):
        hit(URGENT, urgent.DOCTOR_NOW, scan)


def _set_r_signs(
    scan: str, info: bool, told: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """Set R's classes: the assistant asked to call 1-1-2, the phone out of reach, speech
    gone wrong with a hand that will not hold or begun minutes ago."""
    supposed = doubt.IF_FALLS.search(scan) or doubt.SUPPOSED.search(scan)
    if not supposed:
        hit(ACUTE, acute.ASK_TO_CALL, scan)
    if not (info or supposed or told):
        hit(ACUTE, acute.PHONE_OUT_OF_REACH, scan)
    if (
        acute.GARBLED_SPEECH.search(scan)
        and acute.STROKE_WITH.search(scan)
        and not (told or doubt.STORY.search(scan) or doubt.PAST.search(scan))
    ):
        hit(ACUTE, acute.GARBLED_SPEECH, scan)


def _set_s_signs(
    scan: str, told: bool, long_ago: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """Set S's classes: someone sunk down, blood spurting, choking gone quiet, the throat
    swelling, someone missing in the cold; shampoo drunk, pills found by a child with
    the number unknown; pills bought for a purpose known; no water passed, hardly eaten
    for days, people seen who are not there, a doctor asked for now."""
    if told or long_ago:
        return
    story = doubt.STORY.search(scan) or doubt.PAST.search(scan)
    if not story:
        hit(ACUTE, acute.COLLAPSED, scan)
        hit(ACUTE, acute.SPURTING, scan)
        hit(ACUTE, acute.THROAT_SWELLING, scan)
    hit(ACUTE, acute.CHOKING_QUIET, scan)
    if acute.MISSING.search(scan) and acute.COLD.search(scan):
        hit(ACUTE, acute.MISSING, scan)
    if poisoning.PILL_BOX.search(scan):
        hit(POISONING, poisoning.UNKNOWN_AMOUNT, scan)
    hit(SUICIDE, suicide.PILLS_MEANT, scan)
    hit(URGENT, urgent.NO_URINE, scan)
    hit(URGENT, urgent.NOT_EATING, scan)
    hit(URGENT, urgent.SEEING_THINGS, scan)
    if not doubt.ADVICE.search(scan):
        hit(URGENT, urgent.DOCTOR_ASKED_NOW, scan)


def _other_not_waking(scan: str) -> bool:
    """Someone else who will not wake ("han har sukkersyge og vil ikke vågne ordentligt"),
    said by one who does not speak of themself."""
    return (
        acute.NOT_WAKING.search(scan) is not None
        and acute.THIRD.search(scan) is not None
        and re.search(r" (?:jeg|a|mig) ", scan) is None
    )


def _set_t_signs(
    scan: str,
    told: bool,
    long_ago: bool,
    hit: Callable[[str, re.Pattern[str], str], bool],
    habit: bool = False,
) -> None:
    """Set T's classes: someone sent for now, calling for help behind a door, a fire
    begun, someone else who will not wake, missing with a risk (hours, dementia,
    diabetes, the dark or the cold)."""
    if told or long_ago:
        return
    hit(ACUTE, acute.SEND_NOW, scan)
    if not doubt.STORY.search(scan):
        hit(ACUTE, acute.CALLING_FOR_HELP, scan)
    hit(ACUTE, acute.FIRE_BEGUN, scan)
    if doubt.ADVICE.search(scan) and poisoning.HAS_SWALLOWED.search(scan):
        # "har spist tandpasta og håndcreme, er det farligt?": asked, but already swallowed
        hit(POISONING, poisoning.HOUSEHOLD, scan)
    if _other_not_waking(scan):
        hit(ACUTE, acute.NOT_WAKING, scan)
    if (
        (acute.MISSING_MORE.search(scan) or acute.MISSING.search(scan))
        and (acute.MISSING_RISK.search(scan) or acute.COLD.search(scan))
        and acute.THIRD.search(scan)
        and not habit  # a rules question with a habit told: "… to gange i denne uge" (set 12)
    ):
        hit(ACUTE, acute.MISSING_MORE, scan) or hit(ACUTE, acute.MISSING, scan)


def _set_u_signs(
    scan: str, info: bool, told: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """Set U's classes: an arm and a leg limp on one side of a sudden; cleaning agents
    mixed and their fumes breathed; leave asked to slip away, this decided to be the last
    Christmas, a farewell sent to all and the phone not answered since."""
    if told:
        return
    story = doubt.STORY.search(scan) or doubt.PAST.search(scan)
    if acute.ONE_SIDED.search(scan) and not story and (acute.SUDDEN.search(scan) or not info):
        hit(ACUTE, acute.ONE_SIDED, scan)
    if poisoning.FUMES_SIGNS.search(scan) and not (
        doubt.SUPPOSED.search(scan) or doubt.IF_FALLS.search(scan)
    ):
        hit(POISONING, poisoning.MIXED, scan)
    hit(SUICIDE, suicide.LET_GO, scan)
    hit(SUICIDE, suicide.DECIDED_LAST, scan)
    if suicide.NOT_ANSWERING_SINCE.search(scan):
        hit(SUICIDE, suicide.FAREWELL_SENT, scan)


def _set_v_signs(
    scan: str, info: bool, told: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """Set V's classes: breath too short for a sentence or the oxygen not helping;
    nothing to get up for, a wish to come to the dead, papers put in order with not
    being here soon."""
    if told:
        return
    if not (info or doubt.STORY.search(scan) or doubt.PAST.search(scan)):
        hit(ACUTE, acute.BREATH_GONE, scan)
    hit(SUICIDE, suicide.NOTHING_TO_GET_UP_FOR, scan)
    if suicide.DEATH_SAID.search(scan):
        hit(SUICIDE, suicide.TO_THE_DEAD, scan)
    if suicide.NOT_HERE_SOON.search(scan):
        hit(SUICIDE, suicide.AFFAIRS_IN_ORDER, scan)


def _set_w_signs(
    scan: str, info: bool, told: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """Set W's classes: a headache of a sudden, the worst ever; water not passed, a knee
    swollen after a fall, a fish bone in the throat; the grave wished for, the sooner the
    better, and pills put by and thought of."""
    if told:
        return
    story = doubt.STORY.search(scan) or doubt.LONG_AGO.search(scan)
    worst = acute.WORST_EVER.search(scan) or (
        acute.SUDDEN.search(scan) and acute.STROKE_WITH.search(scan)
    )
    if worst and acute.HEADACHE.search(scan) and not (info or story):
        hit(ACUTE, acute.WORST_EVER, scan) or hit(ACUTE, acute.HEADACHE, scan)
    if not (info or doubt.ADVICE.search(scan) or _resolved(scan)):
        hit(URGENT, urgent.RETENTION, scan)
        hit(URGENT, urgent.STUCK_IN_THROAT, scan)
        if acute.FALL.search(scan) and not doubt.RECOVERED.search(scan):
            hit(URGENT, urgent.SWOLLEN, scan)
    hit(SUICIDE, suicide.SOONER_THE_BETTER, scan)
    hit(SUICIDE, suicide.HOARDED, scan)


def _set_x_signs(
    scan: str, info: bool, told: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """Set X's classes: purple spots with a fever, clothes caught fire, someone with a
    weapon at the door, one side strange, gone from the care home and searched for;
    a cleaner in the eyes, an empty box of pills and no one knows how many, fumes from a
    paraffin heater; a burden lifted if one were gone, the height of a car park asked,
    crying "så er jeg her ikke"; a red streak up the arm."""
    if told:
        return
    story = doubt.STORY.search(scan) and not doubt.NOW.search(scan)
    if acute.RASH.search(scan) and acute.RASH_DANGER.search(scan) and not info:
        hit(ACUTE, acute.RASH, scan)
    if not (story or doubt.IF_FALLS.search(scan) or doubt.LONG_AGO.search(scan)):
        hit(ACUTE, acute.CAUGHT_FIRE, scan)
    if acute.WEAPON.search(scan) and acute.THREAT.search(scan) and not story:
        hit(ACUTE, acute.WEAPON, scan)
    if acute.ONE_SIDE.search(scan) and acute.ONE_SIDE_ODD.search(scan) and not (info or story):
        hit(ACUTE, acute.ONE_SIDE, scan)
    if acute.MISSING_RISK.search(scan) and not (info and doubt.PAST.search(scan)):
        hit(ACUTE, acute.GONE_FROM_CARE, scan)
    if not (info and doubt.SUPPOSED.search(scan)):
        hit(POISONING, poisoning.IN_THE_EYES, scan)
    if poisoning.PILL_BOX.search(scan) or poisoning.EMPTY_BOX.search(scan):
        hit(POISONING, poisoning.EMPTY_BOX, scan)
    hit(SUICIDE, suicide.BURDEN, scan)
    hit(SUICIDE, suicide.HEIGHT, scan)
    if suicide.SAD.search(scan):
        hit(SUICIDE, suicide.NOT_HERE, scan)
    if not info:
        hit(URGENT, urgent.RED_STREAK, scan)


def _set_y_signs(
    scan: str, info: bool, told: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """Set Y's classes: no answer on the phone since yesterday and the curtains drawn, blood
    pouring out, white as a sheet with a knife-like pain, a call gone quiet, a chimney
    fire, unequal pupils, through the ice, a burnt smell and no one opens, someone missed
    since five or not home at the morning visit with dementia; a watch given away "he
    won't need it", how many pills stop the heart, whether the beam holds, starving
    oneself, "så er det slut med det hele", going to the Lord tonight; diarrhoea and
    drinking little, a leg that bears no weight, pain the pills do not help."""
    if told:
        return
    story = doubt.STORY.search(scan) and not doubt.NOW.search(scan)
    # the phone not answered is what a relative tells, not a question about a phone
    if acute.NO_CONTACT.search(scan) and acute.NO_CONTACT_SIGN.search(scan):
        hit(ACUTE, acute.NO_CONTACT, scan)
    if acute.UNWELL.search(scan):  # "ringede lige ... så blev der stille i røret"
        hit(ACUTE, acute.LINE_SILENT, scan)
    if not (info or story):
        if acute.WOUND.search(scan):
            hit(ACUTE, acute.POURING, scan)
        if acute.PALE_WITH.search(scan):
            hit(ACUTE, acute.PALE, scan)
        hit(ACUTE, acute.CHIMNEY, scan)
        hit(ACUTE, acute.PUPIL, scan)
        if not acute.THING_IN_WATER.search(scan):
            hit(ACUTE, acute.IN_THE_WATER, scan)
        if acute.NOT_OPENING.search(scan):
            hit(ACUTE, acute.SMELT_BURNT, scan)
        hit(ACUTE, acute.DOG_HOME_ALONE, scan)
        if acute.MISSED_SINCE.search(scan):
            hit(ACUTE, acute.SOMEONE_MISSED, scan)
    if acute.MISSING_RISK.search(scan) and not (info and doubt.PAST.search(scan)):
        hit(ACUTE, acute.NOT_HOME_AT_VISIT, scan)
    if suicide.GAVE_AWAY.search(scan):
        hit(SUICIDE, suicide.NO_LONGER_NEEDED, scan)
    hit(SUICIDE, suicide.HOW_MANY_TO_DIE, scan)
    hit(SUICIDE, suicide.BEAM, scan)
    hit(SUICIDE, suicide.STARVE, scan)
    hit(SUICIDE, suicide.END_OF_ALL, scan)
    if suicide.LORD.search(scan):
        hit(SUICIDE, suicide.TO_THE_LORD, scan)
    if not (info and doubt.PAST.search(scan)):
        if urgent.LOOSE.search(scan):
            hit(URGENT, urgent.DRY, scan)
        hit(URGENT, urgent.NO_WEIGHT, scan)
        if urgent.PAIN.search(scan):
            hit(URGENT, urgent.NOT_HELPING, scan)


def _set_z_signs(
    scan: str, info: bool, told: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """Set Z's classes: on the floor and the legs will not carry one up, "gået i gulvet";
    a crooked mouth, speech as if drunk, a text message of jumbled letters and no answer;
    a seizure that goes on; no answer through the door, someone heard calling inside, an
    alarm gone off and no way in; a watch's fall alert and the phone not answered; no
    word since Friday and the papers heaping up; a fall and then no memory of it or
    vomiting; lying still on the floor on the camera; a belly hard as a board, a leg
    cold and white; no contact with someone who mumbles, whose eyes are strange. Half a
    bottle of cough syrup, a double dose, a corrosive swallowed or breathed in. What is
    there to stay for, to sleep for ever, to switch oneself off, to let oneself fall, all
    the pills to sleep away. A blood sugar meter reading high with thirst."""
    if told:
        return
    # specific enough to be taken beside a device's name ("sms", "nødkald", "ur")
    hit(ACUTE, acute.CROOKED, scan)
    hit(ACUTE, acute.SEIZURE, scan)
    hit(ACUTE, acute.AT_THE_DOOR, scan)
    if acute.ALERT_SENT.search(scan) and acute.PHONE_UNANSWERED.search(scan):
        hit(ACUTE, acute.PHONE_UNANSWERED, scan)
    if acute.CROOKED.search(scan) and acute.PHONE_UNANSWERED.search(scan):
        hit(ACUTE, acute.PHONE_UNANSWERED, scan)
    if not info:
        if acute.FLOOR_NO_LEGS.search(scan) and (
            acute.ON_THE_FLOOR.search(scan) or " op " in scan or "gulvet" in scan
        ):
            hit(ACUTE, acute.FLOOR_NO_LEGS, scan)
        if acute.FALL.search(scan) and not doubt.IF_FALLS.search(scan):
            hit(ACUTE, acute.AFTER_A_FALL, scan)
        hit(ACUTE, acute.STILL_ON_FLOOR, scan)
        hit(ACUTE, acute.BOARD, scan)
        if acute.SAYS_NOTHING.search(scan):
            hit(ACUTE, acute.NO_CONTACT_WITH, scan)
            hit(ACUTE, acute.EYES_STRANGE, scan)
    if acute.NO_WORD_SINCE.search(scan) and (
        acute.HEAPED_UP.search(scan) or acute.NO_CONTACT_SIGN.search(scan)
    ):
        hit(ACUTE, acute.NO_WORD_SINCE, scan)
    if not info:
        hit(POISONING, poisoning.BOTTLE_OF, scan)
        hit(POISONING, poisoning.DOUBLED, scan)
        hit(POISONING, poisoning.CORROSIVE_SWALLOWED, scan)
        hit(POISONING, poisoning.CORROSIVE_BREATHED, scan)
    hit(SUICIDE, suicide.SET_Z, scan)
    if urgent.THIRST.search(scan):
        hit(URGENT, urgent.SUGAR_HIGH, scan)


def _set_ae_signs(
    scan: str, info: bool, told: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """Set Æ's classes: pain running out into the left arm or the jaw; speech that will
    not come, split by the recogniser; a slurred voice, sounding drunk without drinking;
    water under the door of someone who does not open; a smoke alarm going with someone
    confused or coughing; a call from the floor, a fall out of a video call and no
    answer; an alarm pressed and no answer, the door locked from inside; vomiting like
    coffee grounds; a side that will not move. Exhaust in the garage, spirits on strong
    pills, hand sanitiser drunk, someone's strong medicine taken and how many not known,
    paracetamol every few hours for days. The car in the closed garage, a means brought
    out, the last autumn decided. A wound warm, red and seeping; something in the eye."""
    if told:
        return
    hit(ACUTE, acute.PAIN_SPREADING, scan)
    found = acute.SPEECH_SQUASHED.search(scan.replace(" ", ""))
    if found:
        hit(ACUTE, acute.SPEECH_SQUASHED, scan.replace(" ", ""))
    hit(ACUTE, acute.SLURRED, scan)
    if acute.NOT_OPENING.search(scan) or acute.DOES_NOT_OPEN.search(scan):
        hit(ACUTE, acute.DOOR_SIGN, scan)
    hit(POISONING, poisoning.HOW_MANY_NOT_KNOWN, scan)  # "ved ikke hvor mange": no question
    if acute.SMOKE_ALARM.search(scan) and acute.SMOKE_VICTIM.search(scan):
        hit(ACUTE, acute.SMOKE_ALARM, scan)
    hit(ACUTE, acute.FROM_THE_FLOOR, scan)
    hit(ACUTE, acute.PRESSED_NO_ANSWER, scan)
    hit(ACUTE, acute.INNER_BLEEDING, scan)
    hit(ACUTE, acute.SIDE_WONT_MOVE, scan)
    if not info:
        if poisoning.CO_SIGNS.search(scan):
            hit(POISONING, poisoning.EXHAUST, scan)
        hit(POISONING, poisoning.ON_TOP_SPLIT, scan)
        hit(POISONING, poisoning.SANITISER, scan)
        hit(POISONING, poisoning.PARACETAMOL_DAYS, scan)
        hit(URGENT, urgent.WOUND_INFECTED, scan)
        hit(URGENT, urgent.EYE_HURT, scan)
    hit(SUICIDE, suicide.SET_AE, scan)


def _set_oe_signs(
    scan: str, info: bool, told: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """Set Ø's classes: found cold on the floor and hard to wake; a pacemaker's shocks;
    someone with dementia out in the frost; a blow to the head on blood thinners, then
    sleepy or sick; a threat to one's life at the door; a button battery swallowed; words
    that did not hang together; an alarm pressed and no way in; fallen a day ago, the
    line cut; blood in the catheter bag, grey; not opened for a visitor and the phone not
    taken; stuck in bed with nothing to drink since yesterday; a pulse of thirty and
    dizzy. An animal's medicine, pills a child found and how many missing not known, a
    weekly medicine taken daily. To be let go, to lie down in the snow, those who find
    one, affairs settled. A wound seeping yellow, a bite and the hand swollen, a rash
    after a new medicine."""
    if told:
        return
    hit(ACUTE, acute.HARD_TO_WAKE, scan)
    hit(ACUTE, acute.SHOCKS, scan)
    hit(ACUTE, acute.OUT_IN_THE_COLD, scan)
    if acute.THINNED_HEAD.search(scan) and acute.HEAD_BLOW.search(scan):
        hit(ACUTE, acute.THINNED_HEAD_SIGN, scan)
    if acute.THREAT_PRESENT.search(scan):
        hit(ACUTE, acute.THREATENED, scan)
    hit(ACUTE, acute.BATTERY, scan)
    hit(ACUTE, acute.WORDS_WRONG, scan)
    hit(ACUTE, acute.NO_WAY_IN, scan)
    hit(ACUTE, acute.FALLEN_LONG, scan)
    hit(ACUTE, acute.CATHETER_BLOOD, scan)
    if acute.PHONE_UNANSWERED.search(scan):
        hit(ACUTE, acute.NOT_OPENED_FOR, scan)
    if acute.STUCK_IN_BED.search(scan):
        hit(ACUTE, acute.NOTHING_TO_DRINK, scan)
    if acute.SLOW_PULSE_SIGN.search(scan):
        hit(ACUTE, acute.SLOW_PULSE, scan)
    hit(POISONING, poisoning.ANIMAL_MEDICINE, scan)
    hit(POISONING, poisoning.NONE_COUNTED, scan)
    hit(POISONING, poisoning.WEEKLY_DAILY, scan)
    hit(SUICIDE, suicide.SET_OE, scan)
    if not info:
        hit(URGENT, urgent.WOUND_SEEPING, scan)
        hit(URGENT, urgent.BITE_SWOLLEN, scan)
        hit(URGENT, urgent.AFTER_MEDICINE, scan)


def _harmless_aa(scan: str) -> str:
    """Set Å's near misses taken out; a bag of sweets only when a person ate it (an
    animal's chocolate can be poison)."""
    if doubt.ANIMAL.search(scan):
        return doubt.HARMLESS_AA.sub(
            lambda m: m.group(0) if doubt.SWEETS_EATEN.fullmatch(m.group(0)) else " ", scan
        )
    return doubt.HARMLESS_AA.sub(" ", scan)


def _set_aa_signs(
    scan: str, info: bool, told: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """Set Å's classes: a blow to the head told as it happened, seeing double or vomiting
    now; breathing not seen in someone; a call from the floor or from someone unwell that
    was cut off; a bed alarm or a sensor gone off and no answer; a low blood sugar and no
    answer; no way in and someone inside calling; fire as a recogniser writes it; pain out
    into the arm or up the throat with pressure, cold sweat or vomiting; breath hard to
    get, the heart named. A poison named and then drunk or licked; a poisonous bulb
    cooked. A means in the mind and "så er det slut", treatment stopped to spare others,
    how long before someone finds one, cutting oneself. Legs swelling with kilos gained,
    a sugar meter reading HI, a foot hardly borne."""
    if told:
        return
    hit(ACUTE, acute.HEAD_NOW, scan)
    hit(ACUTE, acute.NO_BREATH_SEEN, scan)
    hit(ACUTE, acute.REPORTED_FLOOR, scan)
    if acute.CALL_CUT.search(scan) and acute.CALL_UNWELL.search(scan):
        hit(ACUTE, acute.CALL_CUT, scan)
    if acute.ALARM_WENT.search(scan) and (
        acute.NO_ANSWER.search(scan) or acute.PHONE_UNANSWERED.search(scan)
    ):
        hit(ACUTE, acute.ALARM_WENT, scan)
    if acute.SUGAR_LOW.search(scan) and (
        acute.NO_ANSWER.search(scan) or acute.PHONE_UNANSWERED.search(scan)
    ):
        hit(ACUTE, acute.SUGAR_LOW, scan)
    hit(ACUTE, acute.NO_ENTRY, scan)
    hit(ACUTE, acute.FIRE_SAID, scan)
    radiating = acute.RADIATING.search(scan)
    story = (
        doubt.STORY.search(scan) or doubt.PAST.search(scan) or doubt.HISTORY.search(scan)
    ) and not doubt.NOW.search(scan)
    if radiating and not story and acute.HEART_SIGN.search(acute.RADIATING.sub(" ", scan)):
        hit(ACUTE, acute.RADIATING, scan)
    hit(ACUTE, acute.BREATH_HARDLY, scan)
    hit(ACUTE, acute.HEART_SAID, scan)
    if not (info and doubt.SUPPOSED.search(scan)):
        hit(POISONING, poisoning.NAMED_THEN_DRUNK, scan)
    if (
        poisoning.PLANT.search(scan)
        and poisoning.PLANT_EATEN.search(scan)
        and not (info or _toxic_question(scan) or doubt.SUPPOSED.search(scan))
    ):
        hit(POISONING, poisoning.PLANT, scan)
    hit(SUICIDE, suicide.SET_AA, scan)
    if urgent.LEGS_THICKER.search(scan) and urgent.WEIGHT_FAST.search(scan):
        hit(URGENT, urgent.WEIGHT_FAST, scan)
    hit(URGENT, urgent.METER_HI, scan)
    if not (info and doubt.PAST.search(scan)) and not _resolved(scan):
        hit(URGENT, urgent.HARDLY_WEIGHT, scan)


def _general_signs(
    scan: str, info: bool, told: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """The classes read across the opened sets (bot/safety/patterns/general.py): each a
    kind of sentence, taken unless told (the news, long ago) or, for the weaker signs, a
    question about technology or a story."""
    if told:
        return
    story = (doubt.STORY.search(scan) or doubt.PAST.search(scan)) and not doubt.NOW.search(scan)
    weak = info or story or doubt.IF_FALLS.search(scan) or doubt.SUPPOSED.search(scan)
    if not weak:
        if general.KEELED_OVER.search(scan) or general.LYING.search(scan):
            hit(ACUTE, general.SILENT, scan) or hit(ACUTE, general.KEELED_OVER, scan)
        hit(ACUTE, general.NO_PULSE, scan)
        hit(ACUTE, general.NO_AIR, scan)
        if general.SPEECH_ODD.search(scan) and general.LIMB_WEAK.search(scan):
            hit(ACUTE, general.SPEECH_ODD, scan)
        hit(ACUTE, general.STROKE_ALONE, scan)
        hit(ACUTE, general.BLOOD_EVERYWHERE, scan)
        hit(ACUTE, general.SEIZURE_ON, scan)
        hit(ACUTE, general.CHEST_HELD, scan)
        hit(ACUTE, general.THREAT_AT_DOOR, scan)
        if re.search(r" (?:jordnod\w*|notter|allergi\w*|stik|klor\w*) ", scan):
            hit(ACUTE, general.THROAT_AFTER_FOOD, scan)
        hit(ACUTE, general.SMOULDERING, scan)
        hit(ACUTE, general.FOOD_STUCK, scan)
        hit(ACUTE, general.BURNT_BADLY, scan)
        hit(URGENT, general.BURN_BLISTER, scan)
        hit(URGENT, general.WOUND_BAD, scan)
        hit(URGENT, general.WATER, scan)
        hit(URGENT, general.FEVER_SAID, scan)
    if not (info or story):
        hit(ACUTE, general.SENT_FOR, scan)
    if not (info and doubt.SUPPOSED.search(scan)):
        if general.CHILD.search(scan) and re.search(words.PILLS + r"|flask|aeske", scan):
            hit(POISONING, general.CHILD_AT_PILLS, scan)
        if general.PATCH.search(scan):
            hit(POISONING, general.PATCH_WRONG, scan)
        if general.TAKEN.search(scan):
            hit(POISONING, general.OTHERS_PILLS, scan)
            hit(POISONING, general.TWICE, scan)
            hit(POISONING, general.MISTAKEN, scan)
    hit(SUICIDE, general.MEANS, scan)
    hit(SUICIDE, general.STOP_TO_DIE, scan)
    hit(SUICIDE, general.GONE_LETTERS, scan)
    hit(SUICIDE, general.NOT_WORTH, scan)


def _set_ac_signs(
    scan: str, info: bool, told: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """Set AC's classes (bot/safety/patterns/general.py): someone found down and cold or
    confused; breathing laboured in a care worker's notes, a low saturation; heat and
    confusion; a blood sugar under three, a reaction only to pain; a blow to the head and
    fluid from the ear or still dazed; an alarm with no voice or no way in; a call gone
    quiet after an unwell word; blood from below and faintness; a gurgle after vomiting;
    a sting and the throat thick; a belly hard with vomiting. Wild mushrooms picked and
    the stomach turned, signs only while the stove burns. Into the sea to stay, cut
    wrists, a gun taken out on a pretext. Urine smelling strong with restlessness."""
    if told:
        return
    before = doubt.STORY.search(scan) or doubt.PAST.search(scan)
    # told, or over now ("blå om læberne i morges, men nu sidder jeg med kaffe", set V)
    story = (before and not doubt.NOW.search(scan)) or (
        doubt.RECOVERED.search(scan) and (before or doubt.HISTORY.search(scan))
    )
    if not story:
        if general.FOUND.search(scan) and general.FOUND_SIGN.search(scan):
            hit(ACUTE, general.FOUND, scan)
        if general.SATURATION.search(scan) and general.BREATH_CONTEXT.search(scan):
            hit(ACUTE, general.SATURATION, scan)
        hit(ACUTE, general.BREATH_NOTED, scan)
        hit(ACUTE, general.SUGAR_NUMBER, scan)
        hit(ACUTE, general.PAIN_ONLY, scan)
        if general.ALARM_CALL.search(scan):
            hit(ACUTE, general.NO_WAY_IN, scan) or hit(ACUTE, general.NO_VOICE, scan)
        if general.BLOOD_BELOW.search(scan) and general.FAINT.search(scan):
            hit(ACUTE, general.BLOOD_BELOW, scan)
        if general.GURGLE.search(scan) and general.AIRWAY.search(scan):
            hit(ACUTE, general.GURGLE, scan)
        if general.STUNG.search(scan):
            hit(ACUTE, general.THROAT_THICK, scan)
    # a call gone quiet is told as it happened ("ringede ..., så blev der stille")
    if general.CALL_CONTEXT.search(scan) and acute.UNWELL.search(scan):
        hit(ACUTE, general.GONE_QUIET, scan)
    if not (info or story):
        if general.HEAT.search(scan):
            hit(ACUTE, general.HEAT_SIGN, scan)
        if acute.HEAD_BLOW.search(scan):
            hit(ACUTE, general.HEAD_SIGN, scan)
        if general.BELLY.search(scan):
            hit(ACUTE, general.VOMIT_BAD, scan)
        if general.PICKED.search(scan):
            hit(POISONING, general.PICKED_SICK, scan)
        if poisoning.CO_SIGNS.search(scan):
            hit(POISONING, general.STOVE_ON, scan)
        if general.URINE_SMELL.search(scan):
            hit(URGENT, general.INFECTION_SIGN, scan)
    hit(SUICIDE, general.INTO_THE_SEA, scan)
    hit(SUICIDE, general.WRISTS, scan)
    hit(SUICIDE, general.GUN_OUT, scan)


def _set_ad_signs(
    scan: str, info: bool, told: bool, hit: Callable[[str, re.Pattern[str], str], bool]
) -> None:
    """Set AD's classes (bot/safety/patterns/general.py): knocked at a door and no answer
    from inside, a bleed soaking through cloth, eyes open and no contact, smoke from an
    appliance with a cry, one side of the face, an inhaler that does not help, cold
    through and confused, a large bleed or a racing pulse. Two times' doses from the
    dosette, paracetamol round the clock, drink on calming pills. Pills gathered to be
    taken, death wishes, a gun in the lap while low, following the dead, ending it,
    starving to fall asleep for good, a farewell. A catheter bag empty, a tube out."""
    if told:
        return
    before = doubt.STORY.search(scan) or doubt.PAST.search(scan)
    story = (before and not doubt.NOW.search(scan)) or (
        doubt.RECOVERED.search(scan) and (before or doubt.HISTORY.search(scan))
    )
    # a door "låst" reads as a question about a lock; one asked "hvad gør jeg, hvis" is not
    asked = info and re.search(r" (?:hvad|hvordan|hvis|hvem) ", scan) is not None
    if not (story or asked) and general.INSIDE.search(scan) and not general.AWAY.search(scan):
        hit(ACUTE, general.DOOR_SILENT, scan)
    if info:
        return
    if not story:
        if general.BLEED.search(scan):
            hit(ACUTE, general.SOAKED, scan) or hit(ACUTE, general.BIG_BLEED, scan)
        hit(ACUTE, general.EYES_BLANK, scan)
        if general.SMOKE_BAD.search(scan):
            hit(ACUTE, general.APPLIANCE_SMOKE, scan)
        hit(ACUTE, general.FACE_ONE_SIDE, scan)
        if general.HARDLY_SPEAKS.search(scan):
            hit(ACUTE, general.INHALER_FAILS, scan)
        if general.COLD_THROUGH.search(scan):
            hit(ACUTE, general.CONFUSED_SPEECH, scan)
        if general.DOSETTE.search(scan) or re.search(words.PILLS, scan):
            hit(POISONING, general.TWO_TIMES_TAKEN, scan)
        if (
            general.DOSETTE.search(scan)
            and general.DOSETTE_WRONG.search(scan)
            and not doubt.CAUGHT_IN_TIME.search(scan)
        ):
            hit(POISONING, general.TOOK_ALL, scan)
        hit(POISONING, general.ROUND_THE_CLOCK, scan)
        if general.DRANK_BOTTLE.search(scan):
            hit(POISONING, general.CALMING_TAKEN, scan)
        if general.TUBE_OUT.search(scan) and not general.PLANNED.search(scan):
            hit(URGENT, general.TUBE_OUT, scan)
        hit(URGENT, general.ABSCESS, scan)
        if re.search(r" ondt| smert\w*| feber", scan):
            hit(URGENT, general.BAG_EMPTY, scan)
    hit(SUICIDE, general.PILLS_GATHERED, scan)
    hit(SUICIDE, general.DEATH_WISH, scan)
    if general.LOW.search(scan) and not general.GUN_WORK.search(scan):
        hit(SUICIDE, general.GUN_HELD, scan)
    if general.DEAD_NAMED.search(scan):
        hit(SUICIDE, general.FOLLOW_DEAD, scan)
    if general.LOW.search(scan):
        hit(SUICIDE, general.END_IT, scan)
        hit(SUICIDE, general.HANDED_OVER, scan)
    hit(SUICIDE, general.FAREWELL, scan)
    if general.ON_PURPOSE_STARVING.search(scan) and not general.FASTING.search(scan):
        hit(SUICIDE, general.ON_PURPOSE_STARVING, scan)
    hit(SUICIDE, general.SLEEP_AWAY, scan)
