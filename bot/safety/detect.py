"""The safety net: Danish words and patterns that mean someone needs help now.

Deterministic, so no model change can lose it, and recall first: when in doubt between
"acute" and something milder it says acute. Text is folded first (case, æ/ø/å typed or
not, accents), runs of one letter shortened ("hjææælp"), the ways 1-1-2 is written or
heard made one token ("1 1 2", "et et to", "et hundrede og tolv"), and punctuation
dropped, so typed and speech-recognised sentences meet the same patterns
(bot/safety/patterns/words.py). The patterns, one module per kind in
bot/safety/patterns/, are written in that folded form: "ø" is "o", "å" is "a", "æ" is
"ae". This module weighs the broad ones and takes the doubt marks out; the specific signs,
grouped by kind and theme, are rows in bot/safety/signs.py that it walks.

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
from functools import partial
from typing import NamedTuple

from bot.safety import signs
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
    once = doubt.said_once(norm)  # "ved at dø af dø af kedsomhed" (set AO)
    return doubt.HISTORY.search(norm) is not None or _marked(norm) or _marked(once)


def _marked(norm: str) -> bool:
    """A doubt mark other than a history."""
    return (
        signs.resolved(norm)
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
                doubt.LEAVE_ASKED,  # "… spørger, om hun må tage to tabletter i stedet for én"
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
                doubt.HARMLESS_FIRE_FLY_BLOOD,  # set Ø's near misses
                doubt.EVERYDAY_FIGURES,  # "hjertet slog en kolbøtte", "den gode slags" (set Ø)
                doubt.HARMLESS_SAYINGS,  # set Å's near misses
                doubt.SNOW_WALK_GEAR_READING,  # where a fire blanket hangs, a measure said good (set Å)
                doubt.CAUGHT_IN_TIME,  # the wrong box seen before any was taken (set Å)
                doubt.ASKS_WHO_HELPS,  # "hvem er det der hjælper" (a conversation)
                doubt.PREFERENCE_ASKED,  # "hvis han hellere vil have at de kommer" (set 55)
                *doubt.TAKEN_BACK,  # "man skulle tro han blev kvalt, men ..." (set AC)
                *doubt.NOTHING_AMISS,  # advice quoted, a habit, a thing mistaken (set AC)
                *doubt.EVERYDAY_NEAR_MISSES,  # set AD's near misses
                *doubt.SAID_IN_PASSING,  # 1-1-2 practised, a death of an illness told (set AF)
                *doubt.ORDINARY_CARE,  # snoring, fasting before a blood test (set AF)
                *doubt.SAID_OF_SMALL_THINGS,  # a plant wilting, a cake fallen (set AG)
                *doubt.ORDINARY_REMARKS,  # a trait always had, opening hours (set AG)
                *doubt.HEARD_AT_HOME,  # a stove burning well, someone out, a dream (set AH)
                *doubt.SAID_CALMLY,  # a small burn, food burnt on, a fall weeks ago (set AI)
                # the weather that 'tager livet af mæ', a bulb burnt out, a stroke as history,
                # a crime story, a course, food burnt on, a sad anniversary, a will (set AJ)
                *doubt.TOLD_OR_ORDINARY,
                # a child playing ambulance, a cold 'men det er ikke noget', a small fall
                # and well now, an animal that fell and was got out (set AK)
                *doubt.NEAR_MISSES_AK,
                # an animal died or limping, smoke only from the toast, the day's pills
                # taken as they should be, a bus step, a fall played at, a garden fire
                # burning well, "død sød", laughing till one nearly dies, an ache
                # explained by a long walk (set AL)
                *doubt.NEAR_MISSES_AL,
                *doubt.SAID_CALMLY_AL,
                # a practical question about an aid, frustration with the answers, a glad
                # remark, fillers, a habit told and advice asked (set 44's conversations)
                *doubt.ASKED_IN_CONVERSATION,
                *doubt.HOME_ONLY,  # a home command's words alone (set 46)
                doubt.SUPPLY_ASKED,  # pills missing from the box, more asked for
                # heat said to be stifling, a staff note with nothing to watch, a plant
                # dead of too much sun, a fracture healed and the cast off (set AM)
                doubt.STIFLING,
                doubt.NOTHING_TO_WATCH,
                doubt.PLANT_WITHERED,
                doubt.HEALED,
                # a grill's smoke, a doctor's good word, the usual ache, the weather that
                # is "ved at slå mig ihjel" (set AN)
                *doubt.MODEL_CALM_AN,
            )
        )
        # breathlessness of a chore, a visit done and well, a fire over (set AN)
        or doubt.calm_an(norm) != norm
        # a word asked about, a screen's event, a fire as a habit, breath lost the good
        # way, life taken by an everyday thing, driven mad (set AO)
        or doubt.calm_ao(norm) != doubt.said_once(norm)
        or doubt.well_again(norm)  # well again after yesterday's sign (set AO)
        # a stove cosy with fire, breathlessness the doctor calls normal, medicine with
        # good effect, an illness got over, a game of 112, a fire supposed for an alarm;
        # a round's well readings, a dose box filled and checked (set AP)
        or doubt.calm_ap(norm) != norm
        or doubt.model_calm_ap(norm)
        # no breath for laughing, "akut" of a chore, a smoke alarm when cooking, a candle
        # all day, a series about a ward, a battery dying, a sign explained as harmless, a
        # rescuer's job, a generic "hvis man" in a question, a habit that "tager livet af"
        # someone, a thing one cannot "leve med", breath back, home and well after hospital;
        # someone made sad, a saying asked about as dementia, old food to throw out, a
        # team "dead" in a match (set AQ)
        or doubt.calm_aq(norm) != norm
        or doubt.model_calm_aq(norm)
        # a stove's fire gone out, no getting up before the coffee, an animal collapsed,
        # "død i hovedet", a feast that "tager livet af" one, blood to the head, breathless
        # long ago and well now, breathlessness a known habit, pills in the dose roll not
        # taken, dying of an exam, a series; death played at, an ache as always (set AR)
        or doubt.calm_ar(norm) != norm
        or doubt.model_calm_ar(norm)
        # wind that took one's breath, a sign said in jest, a heart attack at a bill; a
        # place in a ranking asked about (set AS)
        or doubt.calm_as(norm) != norm
        or doubt.model_calm_as(norm)
        # something seen on a screen, an ambulance on someone's last night remembered; an
        # alarm button asked about, a blood test, thanks with "do", grief told calmly,
        # fire-safety guidance asked about (set AT)
        or doubt.calm_at(norm) != norm
        or doubt.model_calm_at(norm)
        # breathlessness in advice told, food burnt so the home smells of smoke or laughed
        # at, a rule taught (set AU)
        or doubt.calm_au(norm) != norm
        # dying of worry, a fall in a named month and well now, a film about a fire, a
        # death expected, a small burn said to be nothing, a faint supposed with an aid
        # asked for; loneliness played down, an ache known and usual (set AV)
        or doubt.calm_av(norm) != norm
        or doubt.model_calm_av(norm)
        # a language question about a sign, a neighbour's grill smoke complained of (set AW)
        or doubt.calm_aw(norm) != norm
        # a figure of anger, a drink nearly choked on, "akut" of a code, a screen's scene, an
        # ambulance that took one now in hospital, a risk with an aid asked, pills hidden
        # not to take them; a small ache dismissed, a jest reported (set AX)
        or doubt.calm_ax(norm) != norm
        or doubt.model_calm_ax(norm)
        # cooking smoke dismissed, garden waste burnt asked about, an admission over and
        # stable, a screen watched; food burnt in the oven (set AY)
        or doubt.calm_ay(norm) != norm
        or doubt.model_calm_ay(norm)
        # forgetting one's medicine or taking it twice as a habit; where one lives (set 60)
        or doubt.calm_60(norm) != norm
        # a stove burning well, food burnt as a habit, a screen's fall, a burn of long ago,
        # a fall detector asked about, a jest, nearly choked and fine, advice of when to
        # ring 112, a rule asked, a mishearing (set AZ)
        or doubt.calm_az(norm) != norm
        or doubt.model_calm_60(norm)
        or doubt.reminder_thing(norm)  # "at tage min vanddrivende", a reminder's thing
        # a helper ill as the reason a plan item is off; confusion as a pattern (Teams staff)
        or doubt.staff_context(norm)
        or signs.toxic_question(norm)
        # long ago and nothing said of now ("en livsfarlig vej ... i firserne", set Y)
        or (doubt.LONG_AGO.search(norm) is not None and doubt.NOW.search(norm) is None)
    )


# What the net takes out of a sentence before it reads it, in this order: the marks that
# say the opposite, take a sentence back or tell of a near miss.
_TAKEN_OUT = (
    doubt.NOT_ACUTE,  # "det er ikke akut" says the opposite
    # a plant wilting, laughter, a film with fire (set AG); before FIGURATIVE, which
    # would take "grin" out of "kvalt af grin" first
    *doubt.SAID_OF_SMALL_THINGS,
    # a stove burning well, someone out, an office's phone, a dream, a series (set AH)
    *doubt.HEARD_AT_HOME,
    # a small burn said to be nothing, food burnt on, a fall weeks ago and well now (set AI)
    *doubt.SAID_CALMLY,
    # the weather that 'tager livet af mæ', a bulb burnt out, a stroke as history, a course
    # about acute conditions, food burnt on, a sad anniversary, a will (set AJ)
    *doubt.ORDINARY_SAID,
    # a child playing ambulance and "ring 112", a little cold "men det er ikke noget", a
    # small fall with a small wound and well now, an animal fallen and got out (set AK)
    *doubt.NEAR_MISSES_AK,
    # an animal died, smoke only from the toast, the day's pills taken as they should be,
    # a bus one cannot get up into alone, a fall played at, a garden fire burning well,
    # "død sød", laughing till one nearly dies (set AL)
    *doubt.NEAR_MISSES_AL,
    doubt.STIFLING,  # "en kvælende varme i bussen" (set AM)
    doubt.FIGURATIVE,
    *doubt.TAKEN_BACK,  # a comparison, a correction, a story retold (set AC)
    *doubt.EVERYDAY_NEAR_MISSES,  # a dream felt, a plant dying, a reading "X over Y" (set AD)
    *doubt.SAID_IN_PASSING,  # 1-1-2 practised, no ambulance back then, a lamp off by itself (set AF)
    doubt.GENERAL_IF,  # "hvad gør man, hvis nogen ...": to be ready
    doubt.NUISANCE,  # the neighbour's grill smoke, toy fire engines (set W)
    doubt.PREVENTED,  # "så jeg ikke laver ildebrand" (set X)
    # how the assistant answers, burnt toast, a number that fell (set Z)
    doubt.HOW_IT_ANSWERS,
    doubt.BURNT_FOOD,
    doubt.MEASURE_FELL,
    doubt.DREAMT,  # "i nat drømte jeg at ... og så vågnede jeg"
    # no fall, a split compound, an illness supposed, a call planned, excitement (set Æ)
    doubt.NO_FALL,
    doubt.SPLIT_COMPOUND,
    doubt.ILL_SUPPOSED,
    doubt.CALL_IF,
    doubt.EXCITED,
    doubt.HARMLESS_FIRE_FLY_BLOOD,  # a fire in the fireplace, a fly swallowed (set Ø)
)


def _taken_out(norm: str) -> str:
    """The sentence with the marks of `_TAKEN_OUT` taken out, one after the other (set
    AO's, AN's and AP's calm sayings first: a word asked about, a screen's event, a fire
    as a habit; breathlessness of a chore, a visit done, a fire over; a stove cosy with
    fire, breathlessness called normal, medicine with good effect, a game of 112)."""
    # a screen watched is taken whole before an older mark takes part of it (set AY)
    norm = doubt.calm_ay(norm)
    norm = doubt.calm_az(norm)  # set AZ's calm sayings, taken whole first
    norm = doubt.calm_ar(doubt.calm_aq(doubt.calm_ap(doubt.calm_an(doubt.calm_ao(norm)))))
    norm = doubt.calm_as(norm)  # wind, a jest, a heart attack at a bill (set AS)
    norm = doubt.calm_at(norm)  # a screen's story, a last night remembered (set AT)
    norm = doubt.calm_au(norm)  # advice allowing breathlessness, burnt food, a rule taught (set AU)
    norm = doubt.calm_av(norm)  # dying of worry, an expected death, a small burn (set AV)
    norm = doubt.seizure_over(norm)  # a short seizure over: "efter anfaldet" (set AV)
    norm = doubt.calm_aw(norm)  # a language question, a neighbour's grill smoke (set AW)
    norm = doubt.calm_ax(norm)  # a figure of anger, a screen's scene, an admission (set AX)
    norm = doubt.calm_ay(norm)  # cooking smoke, garden waste, a screen (set AY)
    norm = doubt.roof(norm)  # "ned fra taget igen" is the roof (set AY)
    norm = doubt.calm_60(norm)  # forgetting one's medicine or taking it twice (set 60)
    for mark in _TAKEN_OUT:
        norm = mark.sub(" ", norm)
    return norm


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
    what either reading finds is taken (recall first). What is said after a reminder
    asked and a turn to something new ("påmindelse om pillerne klokken tolv og så er jeg
    faldet", set AM) is read on its own too, out of the reminder's doubt."""
    norm = normalise(text)
    if not norm.strip():
        return None
    found = _read(norm)
    for part in _parts(norm):
        found = _with_emergency(found, _read(part))
    return found


def _parts(norm: str) -> list[str]:
    """The parts of a sentence read on their own too: what is said after a reminder
    asked and a turn to something new (set AM); what is said after a turn away
    ("ligemeget", "glem det", "forresten", set AN), and what before it when a question
    about technology follows it."""
    parts = []
    tail = doubt.after_reminder(norm)
    if tail is not None:
        parts.append(tail)
    feared = doubt.after_fear(norm)  # a fear told, then a fall now (set 50's classes)
    if feared is not None:
        parts.append(feared)
    now = doubt.after_told_or_now(norm)  # told to say it if it happened; "men nu" (set AX)
    if now is not None:
        parts.append(now)
    asked = doubt.after_question_but(norm)  # a question, then "men" and now (set AZ)
    if asked is not None:
        parts.append(asked)
    around = doubt.around_break_off(norm)
    if around is not None:
        head, after = around
        parts.append(after)
        if doubt.INFO.search(after) and not doubt.INFO.search(head):
            parts.append(head)
    return parts


def _with_emergency(found: Detection | None, other: Detection | None) -> Detection | None:
    """`found` with the emergencies `other` reads added (a bare cry or a helpline
    question read in a part alone is not added)."""
    if other is None or not other.kinds - {HELP, HELPLINE}:
        return found
    if found is None:
        return other
    kinds = set(found.kinds | other.kinds) - {HELP, HELPLINE}
    return Detection(frozenset(kinds), found.matched + other.matched)


def _read(norm: str) -> Detection | None:
    """`detect` on a folded sentence: as written and in standard Danish."""
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
    # Bornholm and Norwegian-coloured forms of "ikke", "sove", "vågne" (set AG)
    "ijkkje": "ikke",
    "ikkje": "ikke",
    "ikkj": "ikke",
    "sova": "sove",
    "vagna": "vagne",
    # "kom til at tag æ mands medicin" (West Jutland, set AH)
    "tag": "tage",
    # Bornholm's "ijke", "leva", "lønger", "ded", "ær", "fejber", "læjen ær lokket",
    # "drokket", "lørdaw", "svid" (set AI)
    "ijke": "ikke",
    "leva": "leve",
    "longer": "laengere",
    "ded": "det",
    "aer": "er",
    "fejber": "feber",
    "laejen": "laegen",
    "lokket": "lukket",
    "drokket": "drukket",
    "lordaw": "lordag",
    "svid": "svie",
    # West and South Jutland's "int" ("hvis a int vågnede", set AL)
    "int": "ikke",
    # Bornholm's "ja" run into the verb by the recogniser ("jakom til at tage", set AQ)
    "jakom": "jeg kom",
    "jatog": "jeg tog",
    "jafik": "jeg fik",
    # Bornholm's "kanj" (kan), Jutland's "ku" (kunne) (set AV)
    "kanj": "kan",
    "ku": "kunne",
    # Vendelbomål's "a er falden", "je" for jeg, "søkkeret", "ve" for ved (set AX)
    "falden": "faldet",
    "je": "jeg",
    "sokkeret": "sukkeret",
    "sokker": "sukker",
    "ve": "ved",
}
_DIALECT_PAIRS = {
    "fald om": "faldet om",
    "fald t": "faldet",
    "fal n": "faldet",
    "gi r": "giver",
    "lev e": "leve",
    # Bornholm's "ja" is "jeg" before a verb ("ja vil ijke", "ja hâr fejber", set AI)
    "ja vil": "jeg vil",
    "ja har": "jeg har",
    "ja far": "jeg far",
    "ja er": "jeg er",
    "ja aer": "jeg er",
    "ja tisser": "jeg tisser",
    "ja kan": "jeg kan",
    "ja ka": "jeg kan",
    "ja onsker": "jeg onsker",
    "ja kanj": "jeg kan",
    # Bornholm's "ente" (ikke) before the verbs of set AV's classes only
    "ente fa": "ikke fa",
    "ente finde": "ikke finde",
    "ente vil": "ikke vil",
    "ente vagne": "ikke vagne",
    "orker ente": "orker ikke",
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
            doubled = _doubled_split(said[i : i + 2])
            if doubled:  # "feb ber": the recogniser split a word and doubled its consonant
                out.append(doubled)
                i += 2
                continue
            word = _DIALECT.get(said[i], said[i])
            if said[i] == "ae" and not (out and out[-1] in _SUBJECTS):
                word = "ae"  # Jutlandic "æ" is "the" ("i æ køkken"), but "er" in "a æ faldn"
            out.append(word)
            i += 1
    plain = _TO_INFINITIVE.sub(r" \1 at \2 ", " " + " ".join(w for w in out if w) + " ")
    return _SECOND_LANGUAGE_MOVES.sub(r" \1 sig \2", _SECOND_LANGUAGE_FALL.sub(_fell, plain))


def _doubled_split(parts: list[str]) -> str | None:
    """Two pieces of one of the patterns' words, split by the recogniser with the
    consonant at the cut said twice ("feb ber" is "feber", set AH), joined as one."""
    if len(parts) != 2 or not parts[0] or not parts[1] or parts[0][-1] != parts[1][0]:
        return None
    whole = parts[0] + parts[1][1:]
    if parts[0][-1] in "aeiouy" or whole not in _VOCABULARY or any(p in _COMMON for p in parts):
        return None
    return whole


_SUBJECTS = frozenset("a jeg han hun du vi i de der det den".split())
# Words of their own, never joined to each other: "i går" is no "igår", "år men" no "armen".
_COMMON = frozenset(
    """i a at og er et en de den det der som har var vil kan skal ma fa faa far faar gar gik
    ar aar men om pa paa til for fra med af ud op ind ned over under efter hos nu sa da jo
    vi du han hun jeg mig dig sig os min din sin mit dit sit man kom ta tog gor oven inden
    uden hvad hvor nar naar alle alt mere noget nogen ikke ingen intet ingenting selv hele
    ogsa bare lige vel godt""".split()
)
# A second language's infinitive after the one who fell ("min mand falde ned på trappe",
# set AM) is a fall that happened, not one supposed ("hvis han falde" keeps its "hvis")
_SECOND_LANGUAGE_FALL = re.compile(
    r" (jeg|han|hun|mand|manden|kone|konen|mor|far|mormor|morfar|farmor|farfar|soster|bror|datter|son"
    r"|nabo|nabon|naboen|beboer|beboeren|borger|borgeren|\w*barn|\w*barnet) falde(?= )"
)
# ... unless said after "hvis", "når", "om", "at" or "lad" ("hvis min mand falde ned")
_FALL_SUPPOSED = re.compile(r" (?:hvis|nar|naar|om|at|lad) (?:\w+ )?$")


def _fell(found: re.Match[str]) -> str:
    if _FALL_SUPPOSED.search(found.string[: found.start() + 1]):
        return found.group(0)
    return f" {found.group(1)} er faldet"


# "han bevæger ikke" is "han bevæger sig ikke" (set AM)
_SECOND_LANGUAGE_MOVES = re.compile(
    r" (bevaeger|bevaegede) (ikke|ik)(?= og | $| mere $| overhovedet )"
)
# "å" (folded "a") before an infinitive is "at": "grund te å lev'", "tænkt på å gøre det"
_TO_INFINITIVE = re.compile(
    r" (ikke|til|om|pa|af|med|ved|lyst|taenkt|taenker|gider|orker) a (\w+e) "
)


def _detect_norm(norm: str) -> Detection | None:
    if doubt.HELPLINE_BY_NEED.search(norm):
        # the number to ring when something wrong was eaten, asked for (set AZ)
        rest = _detect(doubt.HELPLINE_BY_NEED.sub(" ", norm))
        return rest or Detection(frozenset({HELPLINE}), (norm.strip(),))
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
    if found is None and signs.toxic_question(norm) and not doubt.FIGURATIVE.search(norm):
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

    scan = _without_harmless(_taken_out(norm))
    # the wrong medicine seen before any was taken (set Å)
    caught = doubt.CAUGHT_IN_TIME.search(scan) is not None and not doubt.TAKEN.search(
        doubt.CAUGHT_IN_TIME.sub(" ", scan)
    )
    asked = scan if doubt.BY_MISTAKE.search(scan) else doubt.PRESSED_ALARM.sub(" ", scan)
    info = doubt.INFO.search(asked) is not None  # an alarm pressed is no question about one
    over = doubt.STORY.search(scan) or doubt.PAST.search(scan) or doubt.HISTORY.search(scan)
    # told: from the news, or a story laughed at again (set Z)
    told = (
        doubt.MEDIA_STORY.search(scan) is not None
        or doubt.LAUGHED_AT.search(scan) is not None
        or doubt.FICTION_ABOUT.search(scan) is not None  # "ser krimi om forgiftning" (set AJ)
        # a crime story read before another mark took part of it out ("en krimi, hvor
        # morderen forgifter sin mand", set AO)
        or doubt.FICTION_ABOUT.search(norm) is not None
    )
    reported = doubt.REPORTING.search(scan) is not None  # an incident to report, asked how
    leave_asked = doubt.LEAVE_ASKED.search(scan) is not None  # advice asked before taking
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
        or signs.toxic_question(scan)
        or (doubt.RECOVERED.search(scan) and over)  # "Giftlinjen ringede tilbage, alt ok" (set AC)
        or leave_asked
        or doubt.SUPPLY_ASKED.search(scan) is not None  # pills missing, more asked for
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
    if not (info or told or reported or leave_asked or doubt.ADVICE.search(scan)):
        if not caught:
            hit(POISONING, poisoning.DOUBLE_DOSE, scan)
        hit(POISONING, poisoning.HOUSEHOLD, scan)
    if not told:
        # "han vil ikke vågne" is someone who does not wake (acute, set T), not a wish
        hit(
            SUICIDE,
            suicide.SIGNS,
            acute.NOT_WAKING.sub(" ", scan) if signs.other_not_waking(scan) else scan,
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
        # ... or someone asked to look at one tonight after it (set AP)
        unhurt = acute.FALL_UNHURT.search(scan) is not None or (
            acute.FALL_NOTED_UNHURT.search(scan) is not None
            and not (info or doubt.PAST.search(scan) or long_ago)
        )
        if unhurt and (
            not doubt.STORY.search(doubt.WELL.sub(" ", scan)) or urgent.LOOK_ASKED.search(scan)
        ):
            kinds.add(URGENT)
            matched.append(fall.group(0).strip())
        elif not (info or doubt.PAST.search(scan) or long_ago):  # "i 1962 da jeg faldt" (set Æ)
            kinds.add(ACUTE)
            matched.append(fall.group(0).strip())
    if not info and ACUTE not in kinds:
        # "det er bedre jeg er død" is a wish (suicide), no one found dead (set AL)
        alive = general.RELAYED_BETTER_DEAD.sub(" ", general.BETTER_I_DIE.sub(" ", scan))
        if acute.DEAD.search(alive) and not (
            doubt.PAST.search(scan) or doubt.DEATH_NEWS.search(scan)
        ):
            hit(ACUTE, acute.DEAD, alive)
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
        or doubt.minor(scan)  # not an understatement after vomiting told (set AR)
        or doubt.TREATED.search(scan)
        or doubt.HEALED.search(scan)  # "for 2 måneder siden ... nu er gipsen væk" (set AM)
        or doubt.NOTHING_TO_WATCH.search(scan)  # "hoster lidt, afebril, intet at obs" (set AM)
        or signs.resolved(scan)
        or (doubt.RECOVERED.search(scan) and over)  # "i går på skadestuen ... fint nu"
        or doubt.well_again(scan)  # "kastede op i går, i dag spiser hun normalt" (set AO)
        or long_ago  # "sidste gang jeg var på skadestuen ..." (set Z)
        # "om lægevagten kan komme hjem til hende, hvis hun en dag ..." (set Ø)
        or (doubt.HELPLINE_NAMED.search(scan) and doubt.SUPPOSED.search(scan))
    ):
        said = doubt.QUOTED.sub(
            " ", doubt.CALL_REMINDER.sub(" ", doubt.MEDICINE_NAME.sub(" ", scan))
        )
        said = doubt.without_staff_context(said)  # a helper ill, confusion as a pattern
        hit(URGENT, urgent.SIGNS, said)
    if not (info or told or long_ago or doubt.story_not_now(scan)):
        hit(ACUTE, acute.BLEEDING_HEAVY, scan)  # pulsing or a lot (set AN)
        hit(ACUTE, acute.BLEEDING_UNSTOPPED, scan)  # "kan ikke stoppe det" (set AP)
        hit(ACUTE, acute.STRIDOR, scan)  # stridor; a face swollen and wheezing (set AP)
        if acute.STROKE_BESIDE.search(scan):
            hit(ACUTE, acute.MOUTH_DROOPING, scan)  # "hængende mundvig + taleforstyrrelse"
    _set_ap(scan, hit, info=info, told=told or reported, long_ago=long_ago, caught=caught)
    marks = _Marks(told or reported, long_ago, caught)
    for read_set in (
        _set_aq,
        _set_ar,
        _set_as,
        _set_at,
        _set_au,
        _set_av,
        _set_aw,
        _set_ax,
        _set_ay,
        _set_az,
    ):
        read_set(scan, hit, marks)
    if urgent.CHANGED_SINCE_YESTERDAY.search(scan) and not (
        told or long_ago or doubt.GENERAL_IF.search(scan) or doubt.RECOVERED.search(scan)
    ):
        hit(URGENT, urgent.CONFUSED_PERSON, scan)  # confusion new since yesterday (set AN)
    if not (doubt.ADVICE.search(scan) or signs.resolved(scan)):
        hit(URGENT, urgent.REACTION, scan)
        hit(URGENT, urgent.CATHETER, scan)
    if not info:
        hit(URGENT, urgent.BITE, scan)
        if not long_ago:  # "brændte sig på kaffen i 1983" (set AZ)
            hit(URGENT, urgent.BURN, scan)
    reading = signs.Reading(scan, info=info, told=told, long_ago=long_ago)
    for kind, table in (
        (ACUTE, signs.ACUTE),
        (POISONING, signs.POISONING),
        (SUICIDE, signs.SUICIDE),
        (URGENT, signs.URGENT),
    ):
        signs.walk(table, reading, partial(hit, kind))
    if not kinds and cry.bare_help(norm):
        kinds.add(HELP)
        matched.append(norm.strip())
    if not kinds:
        return None
    return Detection(frozenset(kinds), tuple(matched))


# How a set's classes are told a sign was found: (kind, pattern, text) -> found.
_Hit = Callable[[str, re.Pattern[str], str], bool]


class _Marks(NamedTuple):
    """What the sentence as a whole says of its signs, for the set classes: told as a
    story or reported, long ago, caught in time."""

    told: bool
    long_ago: bool
    caught: bool


def _supposed(scan: str) -> bool:
    """Supposed, prevented or feared, not told: "hvis hun nu tog …", "undgå at …", "inden
    hun kommer"."""
    return doubt.SUPPOSED.search(scan) is not None or doubt.IF_FALLS.search(scan) is not None


def _asked_to_take(scan: str) -> bool:
    """Leave asked to take a medicine, by the citizen or on their behalf ("må jeg tage to
    panodiler ekstra"): advice asked, not a dose taken."""
    return doubt.ASKS_TO_TAKE.search(scan) is not None or doubt.LEAVE_ASKED.search(scan) is not None


def _set_ap(
    scan: str,
    hit: Callable[[str, re.Pattern[str], str], bool],
    *,
    info: bool,
    told: bool,
    long_ago: bool,
    caught: bool,
) -> None:
    """Set AP's classes: gas smelt (acute), a button battery (poisoning too), two days'
    dose bags taken, a product found open and drunk of, a houseplant chewed."""
    distant = told or long_ago or doubt.story_not_now(scan)
    supposed = _supposed(scan)
    over = doubt.RECOVERED.search(scan) is not None
    if not (info or distant or supposed or over):
        hit(ACUTE, acute.GAS_SMELL, scan)
    if not (told or long_ago or (info and supposed)):
        hit(POISONING, acute.BATTERY, scan)
    if not (told or long_ago or caught or supposed):
        hit(POISONING, poisoning.TWO_DAYS_TAKEN, scan)
        hit(POISONING, poisoning.PRODUCT_DRUNK_FROM, scan)
    if (
        poisoning.PLANT_IRRITATION.search(scan)
        and not (info or distant or supposed or doubt.ANIMAL.search(scan))
        and not signs.toxic_question(scan)
    ):
        hit(POISONING, poisoning.PLANT_CHEWED, scan)


def _set_aq(scan: str, hit: _Hit, marks: _Marks) -> None:
    """Set AQ's classes: another's pills taken for one's own, a dose box eaten of with the
    week's compartments empty, much of a liquid medicine drunk (poisoning); "det bedste er
    hvis jeg/han bare dør", said or told of another (suicide). A dose box is a device word
    for the net's question mark, so a question is judged here by its own marks."""
    told, long_ago, caught = marks
    supposed = _supposed(scan)
    asked = _asked_to_take(scan)
    if not (told or long_ago or caught or supposed or asked):
        hit(POISONING, poisoning.OTHERS_PILLS_INSTEAD, scan)
        hit(POISONING, poisoning.BOX_EMPTIED, scan)
        hit(POISONING, poisoning.LIQUID_DRUNK, scan)
    if not (told or long_ago):
        hit(SUICIDE, suicide.BEST_IF_DEAD, scan)


def _set_ar(scan: str, hit: _Hit, marks: _Marks) -> None:
    """Set AR's class: another's old pills taken, named by the genitive ("taget nogle af
    Oles gamle piller"); a death last year beside it is no history of the taking when
    drowsiness is told now."""
    told, long_ago, caught = marks
    supposed = _supposed(scan)
    asked = _asked_to_take(scan)
    drowsy = poisoning.DROWSY_NOW.search(scan) is not None
    if not (caught or supposed or asked) and (drowsy or not (told or long_ago)):
        hit(POISONING, poisoning.ANOTHERS_OLD_PILLS, scan)


def _set_as(scan: str, hit: _Hit, marks: _Marks) -> None:
    """Set AS's classes: pills found and taken that were another's, ten or more "af de
    der X" taken, a dose taken two or three times over, a caustic product drunk
    (poisoning); indifferent to waking tomorrow, drinking oneself to death tonight, no
    reason to get up any more (suicide); on a floor and not to be got up, however played
    down (acute); things seen that are not there, new restlessness, alcohol stopped and
    shaking (urgent). Later in set AS: a caustic named in the bottle after, a wrong bottle
    that burns (poisoning); a farewell letter, nobody to miss one, not here at Christmas
    though not ill, help asked to end it all (suicide); blood sugar high all day or with
    thirst (urgent). The calm of "har taget mine piller" (ORDINARY) or a story told is no
    doubt of these; a question ("er det farligt") neither."""
    told, long_ago, caught = marks
    distant = told or long_ago
    supposed = _supposed(scan)
    asked = _asked_to_take(scan)
    if not (distant or caught or supposed or asked):
        hit(POISONING, poisoning.PILLS_FOUND_ANOTHERS, scan)
        hit(POISONING, poisoning.MANY_OF_THOSE, scan)
        if re.search(words.PILLS, poisoning.MANY_OF_THEM.sub(" ", scan)):
            hit(POISONING, poisoning.MANY_OF_THEM, scan)
        hit(POISONING, poisoning.DOSES_OVER, scan)
        hit(POISONING, poisoning.CAUSTIC_DRUNK, scan)
        hit(POISONING, poisoning.CAUSTIC_IN_BOTTLE, scan)  # named in a later clause
        hit(POISONING, poisoning.WRONG_BOTTLE_BURNS, scan)
    if not distant:
        hit(SUICIDE, suicide.INDIFFERENT_TO_WAKING, scan)
        hit(SUICIDE, suicide.DRINK_TO_DEATH, scan)
        hit(SUICIDE, suicide.NO_REASON_TO_GET_UP, scan)
        hit(SUICIDE, suicide.FAREWELL_LETTER, scan)
        hit(SUICIDE, suicide.NOBODY_WOULD_MISS, scan)
        if not suicide.AWAY.search(scan):  # away then, not gone
            hit(SUICIDE, suicide.NOT_HERE_NOT_ILL, scan)
        hit(SUICIDE, suicide.HELP_TO_END, scan)
    if not (distant or supposed or doubt.story_not_now(scan)) and acute.ANY_FLOOR.search(scan):
        hit(ACUTE, acute.NOT_GOT_UP, scan)
    if not (distant or supposed):
        hit(URGENT, urgent.SEEING_NOT_THERE, scan)
        if urgent.NEWLY.search(scan):
            hit(URGENT, urgent.RESTLESS, scan)
        hit(URGENT, urgent.WITHDRAWAL, scan)
        if urgent.SUGAR_THIRST_OR_LONG.search(scan) and not (
            doubt.RECOVERED.search(scan)
            or signs.resolved(scan)
            or doubt.GENERAL_IF.search(scan)
            or urgent.SUGAR_IF.search(scan)
        ):
            hit(URGENT, urgent.SUGAR_HIGH_LONG, scan)  # for long or with thirst


def _set_at(scan: str, hit: _Hit, marks: _Marks) -> None:
    """Set AT's classes: motionless and not responding though seen on a camera, cannot
    rise from a floor however played down, stroke signs in clinical shorthand with a
    recent debut, "ring 112" with an address after a phone that failed (acute); a handful
    or a great many pills got into one (poisoning); a fall a day ago and limping or pain
    today (urgent). The device words and a phone's trouble are how it was seen or said,
    no question about a device."""
    told, long_ago, caught = marks
    distant = told or long_ago
    supposed = _supposed(scan)
    if not (distant or supposed or doubt.story_not_now(scan)):
        hit(ACUTE, acute.MOTIONLESS_NOT_RESPONDING, scan)
        hit(ACUTE, acute.CANNOT_RISE_FROM_FLOOR, scan)
        if acute.STROKE_RECENT.search(scan):
            hit(ACUTE, acute.STROKE_CLINICAL, scan)
    if not (distant or supposed):
        hit(ACUTE, acute.CALL_TO_ADDRESS, scan)
    if not (distant or caught or supposed or _asked_to_take(scan)):
        hit(POISONING, poisoning.HANDFUL_TAKEN, scan)
    if urgent.FELL_RECENTLY.search(scan) and not (
        distant or supposed or doubt.RECOVERED.search(scan) or signs.resolved(scan)
    ):
        hit(URGENT, urgent.PAIN_TODAY, scan)


def _set_au(scan: str, hit: _Hit, marks: _Marks) -> None:
    """Set AU's classes: someone who cannot be got to answer and sits staring, the chest
    pressing with cold sweat or nausea in fragments (acute); a stroke survivor's halting
    wish to be dead, asleep for good, gone or to end it, harm to oneself thought of, no
    reason to wake any more, letters for when one is gone and it will not be long
    (suicide); one's pills taken at two times and perhaps once more (poisoning)."""
    told, long_ago, caught = marks
    distant = told or long_ago
    if not (distant or _supposed(scan) or doubt.story_not_now(scan)):
        hit(ACUTE, acute.NOT_GOT_TO_ANSWER_STARING, scan)
        hit(ACUTE, acute.CHEST_WITH_SWEAT, scan)
    if not distant:
        hit(SUICIDE, suicide.HALTING_WISH, scan)
        hit(SUICIDE, suicide.HARM_ONESELF, scan)
        hit(SUICIDE, suicide.NO_REASON_TO_WAKE, scan)
        hit(SUICIDE, suicide.NOT_HERE_NOT_LONG, scan)
    taken_at = poisoning.TAKEN_AT_TIMES.search(scan)
    if (
        taken_at is not None
        and not (distant or caught or _supposed(scan) or _asked_to_take(scan))
        and (poisoning.ONCE_MORE.search(scan, taken_at.end()) or poisoning.FORGETFUL.search(scan))
    ):
        hit(POISONING, poisoning.TAKEN_AT_TIMES, scan)


def _set_av(scan: str, hit: _Hit, marks: _Marks) -> None:
    """Set AV's classes: words gone all of a sudden (acute); Antabus with drink on top,
    pills taken again and again for not remembering, a dose box found empty and all of it
    taken (poisoning); nothing to be here for, others relieved of one soon, things given
    away with a farewell, easier for them without one, out one last time and not back, who
    would miss one with a letter left (suicide); after a short seizure, the tongue bitten
    or worn out (urgent). A "hvis" in the wish itself is no supposing."""
    told, long_ago, caught = marks
    distant = told or long_ago
    supposed = _supposed(scan)
    if acute.WORDS_GONE_SUDDEN.search(scan) and not (
        distant or supposed or doubt.story_not_now(scan)
    ):
        hit(ACUTE, acute.WORDS_GONE, scan)
    if not (distant or caught or supposed or _asked_to_take(scan)):
        hit(POISONING, poisoning.ANTABUS_DRINK, scan)
        hit(POISONING, poisoning.TOOK_MORE_FORGETTING, scan)
        hit(POISONING, poisoning.BOX_FOUND_EMPTY, scan)
    if not distant:
        hit(SUICIDE, suicide.NOTHING_TO_BE_HERE_FOR, scan)
        hit(SUICIDE, suicide.EASIER_WITHOUT_ME, scan)
        hit(SUICIDE, suicide.OUT_NOT_BACK, scan)
        if suicide.CANNOT_GO_ON.search(scan):
            hit(SUICIDE, suicide.RELIEVED_OF, scan)
        if suicide.GIVEN_AWAY.search(scan):
            hit(SUICIDE, suicide.GIVEN_AWAY_WHY, scan)
        if suicide.LETTER_LEFT.search(scan):
            hit(SUICIDE, suicide.WHO_WOULD_MISS, scan)
    if not (distant or supposed):
        hit(URGENT, urgent.AFTER_SEIZURE, scan)


_NUMBERS = {"en": 1, "et": 1, "to": 2, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10}


def _more_than_told(scan: str) -> bool:
    """Many more taken than the dose told ("lægen sagde 1 ... og jeg tog 6")."""
    found = poisoning.DOSE_EXCEEDED.search(scan)
    if found is None:
        return False
    told_word, took_word = found.group("told"), found.group("took")
    told = _NUMBERS.get(told_word, int(told_word) if told_word.isdigit() else 1)
    if took_word in ("alle", "hele"):
        return True
    took = _NUMBERS.get(took_word, int(took_word) if took_word.isdigit() else 0)
    return took >= 2 * told and took > told + 1


def _set_aw(scan: str, hit: _Hit, marks: _Marks) -> None:
    """Set AW's classes: an ambulance asked for someone elsewhere, an alarm that called
    and nothing said (acute); an empty pill box and how many not known, many more taken
    than told (poisoning); no wish to wake, no meaning in going on, things handed out with
    a farewell, how many sleeping pills are enough, not waiting for the illness, the
    oxygen turned off to sleep, just done with a farewell (suicide); a red warm patch
    growing, a joint big and blue after a fall (urgent)."""
    told, long_ago, caught = marks
    distant = told or long_ago
    supposed = _supposed(scan)
    if not distant:
        hit(ACUTE, acute.AMBULANCE_TO_SOMEONE, scan)
        hit(ACUTE, acute.ALARM_SILENT, scan)
    if not (distant or supposed or doubt.story_not_now(scan)):
        hit(ACUTE, acute.FAINTED_NOT_ANSWERING, scan)
    if not (distant or caught or supposed or _asked_to_take(scan)):
        if poisoning.HOW_MANY_UNKNOWN.search(scan):
            hit(POISONING, poisoning.EMPTY_PACK, scan)
        if _more_than_told(scan):
            hit(POISONING, poisoning.DOSE_EXCEEDED, scan)
    if not long_ago:
        hit(SUICIDE, suicide.NO_WISH_TO_WAKE, scan)
        if suicide.LOSS_TOLD.search(scan):
            hit(SUICIDE, suicide.NO_MEANING, scan)
        hit(SUICIDE, suicide.OXYGEN_OFF, scan)
        if suicide.FAREWELL_SAID.search(scan):
            hit(SUICIDE, suicide.WHO_GETS_THINGS, scan)
            hit(SUICIDE, suicide.JUST_DONE, scan)
        if suicide.PILLS_ENOUGH_FEARED.search(scan):
            hit(SUICIDE, suicide.PILLS_ENOUGH, scan)
        if suicide.DEATH_COMING.search(scan):
            hit(SUICIDE, suicide.NOT_WAITING, scan)
    if not (distant or supposed):
        hit(URGENT, urgent.RED_WARM_GROWING, scan)
        hit(URGENT, urgent.FALL_JOINT_SWOLLEN, scan)


def _set_ax(scan: str, hit: _Hit, marks: _Marks) -> None:
    """Set AX's classes: a seizure of the whole body, no response for minutes or foam at
    the mouth now, whatever tremor is known from before (acute); a week's doses taken at
    once (poisoning)."""
    told, long_ago, caught = marks
    distant = told or long_ago
    supposed = _supposed(scan)
    if not (distant or supposed or doubt.story_not_now(scan)):
        hit(ACUTE, acute.SEIZURE_NOW, scan)
    if not (distant or caught or supposed or _asked_to_take(scan)):
        hit(POISONING, poisoning.WEEK_AT_ONCE, scan)


def _set_ay(scan: str, hit: _Hit, marks: _Marks) -> None:
    """Set AY's classes: the chest tight with cold sweat (in `_set_au`), a side of the body
    not working, a seizure now for minutes in staff shorthand (acute); a medicine given
    twice, a dose error noted (poisoning); a prayer to be taken, wanting to lie down and
    die, talk of taking the pills beside a death wish (suicide). A staff note's request
    before it ("husk at flytte badet ... og st 4 krampe nu") is no question about it."""
    told, long_ago, caught = marks
    distant = told or long_ago
    supposed = _supposed(scan)
    if not (distant or supposed or doubt.story_not_now(scan)):
        hit(ACUTE, acute.SIDE_NOT_WORKING, scan)
        hit(ACUTE, acute.SEIZURE_MINUTES, scan)
    if not (distant or caught or supposed or _asked_to_take(scan)):
        hit(POISONING, poisoning.GIVEN_TWICE, scan)
    if not distant:
        hit(SUICIDE, suicide.GOD_TAKE_ME, scan)
        hit(SUICIDE, suicide.LIE_DOWN_AND_DIE, scan)
        if suicide.DEATH_WISH_NEAR.search(scan):
            hit(SUICIDE, suicide.TALKED_OF_PILLS, scan)


def _set_az(scan: str, hit: _Hit, marks: _Marks) -> None:
    """Set AZ's classes: someone on the phone stopped mid-sentence and then nothing
    (acute); the count of pills lost with many said, a dangerous amount asked and a number
    taken told after it (poisoning); a fever of 38.5 or more with drowsiness, pain now
    after a recent fall (urgent). A question beside them (whom to call, how many are too
    many) is no doubt of them."""
    told, long_ago, caught = marks
    distant = told or long_ago
    supposed = _supposed(scan)
    if not (distant or supposed):  # "jeg kan bare høre tv'et" is no story seen on tv
        hit(ACUTE, acute.STOPPED_MID_SENTENCE, scan)
    if not (distant or caught or supposed or _asked_to_take(scan)):
        hit(POISONING, poisoning.COUNT_LOST, scan)
        if re.search(words.PILLS, scan):
            hit(POISONING, poisoning.ASKED_THEN_TAKEN, scan)
    if not (distant or supposed or doubt.RECOVERED.search(scan) or signs.resolved(scan)):
        hit(URGENT, urgent.FEVER_DROWSY, scan)
        if urgent.FELL_RECENTLY.search(scan):
            hit(URGENT, urgent.PAIN_NOW, scan)


def _without_harmless(scan: str) -> str:
    """Harmless sayings taken out (set Å); a bag of sweets only when a person ate it (an
    animal's chocolate can be poison)."""
    if doubt.ANIMAL.search(scan):
        return doubt.HARMLESS_SAYINGS.sub(
            lambda m: m.group(0) if doubt.SWEETS_EATEN.fullmatch(m.group(0)) else " ", scan
        )
    return doubt.HARMLESS_SAYINGS.sub(" ", scan)
