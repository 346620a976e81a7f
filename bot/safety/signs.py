"""The safety net's specific signs, grouped by kind and theme, each a row walked by one loop.

A row (`Sign`) is a pattern the net takes for its kind, what else the sentence must say
(`needs`, `needs_one_of`), and the doubt that stops it (`unless`). Every row is passed over in a
sentence told (the news, a story laughed at again) or long ago, unless it says
`past_too` (then its own `unless` decides). The set a row was written for is kept in
its comment ("set Q"), as provenance; the tests of each set are
tests/unit/test_safety_*.py.

bot/safety/detect.py weighs the broad signs (a fall, "svarer ikke", poisoning in general)
and walks these tables for the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from bot.safety.patterns import acute, doubt, general, poisoning, suicide, urgent, words


def resolved(norm: str) -> bool:
    """Said to be over ("svimmelheden er helt væk"), with nothing said to be left."""
    return doubt.RESOLVED.search(norm) is not None and doubt.STILL.search(norm) is None


def toxic_question(norm: str) -> bool:
    """Whether something is poisonous, asked with nothing said to be swallowed."""
    return doubt.TOXIC_QUESTION.search(norm) is not None and not re.search(poisoning.SWALLOW, norm)


def other_not_waking(scan: str) -> bool:
    """Someone else who will not wake ("han har sukkersyge og vil ikke vågne ordentligt"),
    said by one who does not speak of themself."""
    return (
        acute.NOT_WAKING.search(scan) is not None
        and acute.THIRD.search(scan) is not None
        and _FIRST_PERSON.search(scan) is None
    )


_FIRST_PERSON = re.compile(r" (?:jeg|a|mig) ")


@dataclass(frozen=True)
class Reading:
    """A sentence as the net reads it (doubt marks taken out) and the doubts the tables
    weigh."""

    scan: str
    info: bool  # a question about technology or information
    told: bool  # from the news, or a story laughed at again
    long_ago: bool  # long ago, and nothing said of now

    def has(self, pattern: re.Pattern[str]) -> bool:
        return pattern.search(self.scan) is not None

    @cached_property
    def distant(self) -> bool:
        """Told or long ago: no row is taken, but those marked `past_too`."""
        return self.told or self.long_ago

    @cached_property
    def story_or_past(self) -> bool:
        return self.has(doubt.STORY) or self.has(doubt.PAST)

    @cached_property
    def past_not_now(self) -> bool:
        """A story or the past, and nothing said of now."""
        return self.story_or_past and not self.has(doubt.NOW)

    @cached_property
    def story_not_now(self) -> bool:
        return self.has(doubt.STORY) and not self.has(doubt.NOW)

    @cached_property
    def history_not_now(self) -> bool:
        """A story, the past or a history ("har haft"), and nothing said of now."""
        return (self.story_or_past or self.has(doubt.HISTORY)) and not self.has(doubt.NOW)

    @cached_property
    def over(self) -> bool:
        """Told, or over now ("blå om læberne i morges, men nu sidder jeg med kaffe")."""
        return self.past_not_now or (
            self.has(doubt.RECOVERED) and (self.story_or_past or self.has(doubt.HISTORY))
        )

    @cached_property
    def supposed(self) -> bool:
        return self.has(doubt.IF_FALLS) or self.has(doubt.SUPPOSED)

    @cached_property
    def asked_supposed(self) -> bool:
        """A question about a case supposed ("hvad gør man, hvis ...")."""
        return self.info and self.has(doubt.SUPPOSED)

    @cached_property
    def asked_habit(self) -> bool:
        """A question with a habit told ("… to gange i denne uge", set 12)."""
        return self.info and self.has(doubt.PAST)

    @cached_property
    def advised(self) -> bool:
        """Advice asked or resolved: not for a doctor now."""
        return self.info or self.has(doubt.ADVICE) or resolved(self.scan)


Guard = Callable[[Reading], bool]


def _never(_: Reading) -> bool:
    return False


@dataclass(frozen=True)
class Sign:
    pattern: re.Pattern[str]
    needs: tuple[re.Pattern[str], ...] = ()  # each found too
    needs_one_of: tuple[re.Pattern[str], ...] = ()  # one of them found too (if any given)
    unless: Guard = _never
    instead: re.Pattern[str] | None = None  # taken if `pattern` is not found
    past_too: bool = False  # not passed over when told or long ago
    joined: bool = False  # read with the spaces taken out (words the recogniser split)


def walk(
    signs: tuple[Sign, ...], reading: Reading, hit: Callable[[re.Pattern[str], str], bool]
) -> None:
    """`hit` each sign the sentence says and no doubt stops."""
    for sign in signs:
        if (reading.distant and not sign.past_too) or sign.unless(reading):
            continue
        if not all(reading.has(need) for need in sign.needs):
            continue
        if sign.needs_one_of and not any(reading.has(need) for need in sign.needs_one_of):
            continue
        where = reading.scan.replace(" ", "") if sign.joined else reading.scan
        if not hit(sign.pattern, where) and sign.instead is not None:
            hit(sign.instead, where)


def _weak(r: Reading) -> bool:
    """A weak sign's doubts: a question, a story told, a case supposed (general)."""
    return r.info or r.past_not_now or r.supposed


_ALLERGEN = re.compile(r" (?:jordnod\w*|notter|allergi\w*|stik|klor\w*) ")
_PILLS_OR_BOTTLE = re.compile(words.PILLS + r"|flask|aeske")
_PILLS = re.compile(words.PILLS)
_PAIN_OR_FEVER = re.compile(r" ondt| smert\w*| feber")
_ASKED_HOW = re.compile(r" (?:hvad|hvordan|hvis|hvem) ")
# a child's own pills taken as they should be ("tog sine piller bagefter", set AH)
_OWN_PILLS = re.compile(r" (?:tog|taget|tager) (?:\w+ )?(?:sine|sin|sit) ")


# what the signs of an illness are, asked ("hvad er tegnene på en blodprop", "hvilke
# symptomer"): not the "symptomer" of a note ("borger med UVI-symptomer, konfus", set AK)
_SIGNS_ASKED = re.compile(
    r" (?:tegn|tegnene|symptom\w*|kendetegn\w*) (?:pa|paa|ved)\b| hvilke\w* | hvordan "
    r"| procedure\w* | instruks\w* | retningslinje\w* | opslag\w* | \w*kursus\w* | pjece\w* "
)


def _signs_asked(r: Reading) -> bool:
    """A question about a case supposed, or about an illness's signs (set AK)."""
    return r.asked_supposed or r.has(_SIGNS_ASKED)


def _noted_over(r: Reading) -> bool:
    """Signs noted, then said to be over ("men nu er han fin igen"). A story, the news or a
    habit beside them is no doubt here ("avisen er ikke kommet", "tisser hele tiden", set
    AK); told or long ago is passed over by `walk`."""
    return r.has(doubt.RECOVERED)


def _door_asked(r: Reading) -> bool:
    """A door "låst" reads as a question about a lock; one asked "hvad gør jeg, hvis" is
    not (set AD)."""
    return r.info and r.has(_ASKED_HOW)


# -- acute ------------------------------------------------------------------------------

BREATHING = (
    Sign(acute.THROAT_SWELLING, unless=lambda r: r.story_or_past),  # set S
    Sign(acute.CHOKING_QUIET),  # set S
    Sign(acute.BREATH_GONE, unless=lambda r: r.info or r.story_or_past),  # set V
    Sign(acute.NO_BREATH_SEEN),  # set Å
    Sign(acute.BREATH_HARDLY),  # set Å
    Sign(acute.BATTERY),  # a button battery swallowed (set Ø)
    Sign(general.NO_AIR, unless=_weak),
    Sign(general.THROAT_AFTER_FOOD, needs=(_ALLERGEN,), unless=_weak),
    Sign(general.FOOD_STUCK, unless=_weak),
    # set AC: a care worker's notes, a low saturation, a gurgle, a sting
    Sign(general.SATURATION, needs=(general.BREATH_CONTEXT,), unless=lambda r: r.over),
    Sign(general.BREATH_NOTED, unless=lambda r: r.over),
    Sign(general.GURGLE, needs=(general.AIRWAY,), unless=lambda r: r.over),
    Sign(general.THROAT_THICK, needs=(general.STUNG,), unless=lambda r: r.over),
    Sign(general.INHALER_FAILS, needs=(general.HARDLY_SPEAKS,), unless=lambda r: r.info or r.over),
    # set AJ: no air said in broken words ("kan ikk luft luft")
    Sign(general.TELEGRAPHIC_NO_AIR, unless=_weak),
)

HEART = (
    # a racing heart with a black-out (set Q)
    Sign(acute.BLACKING_OUT, needs=(acute.HEART_RACING,), past_too=True),
    Sign(acute.COLLAPSED, unless=lambda r: r.story_or_past),  # set S
    Sign(acute.PALE, needs=(acute.PALE_WITH,), unless=lambda r: r.info or r.story_not_now),  # set Y
    Sign(acute.PAIN_SPREADING),  # set Æ
    Sign(acute.SHOCKS),  # a pacemaker's shocks (set Ø)
    Sign(acute.SLOW_PULSE, needs=(acute.SLOW_PULSE_SIGN,)),  # set Ø
    # pain out into the arm or up the throat with the heart's signs (set Å)
    Sign(
        acute.RADIATING,
        unless=lambda r: (
            r.history_not_now or acute.HEART_SIGN.search(acute.RADIATING.sub(" ", r.scan)) is None
        ),
    ),
    Sign(acute.HEART_SAID),  # set Å
    Sign(
        general.SILENT,
        instead=general.KEELED_OVER,
        needs_one_of=(general.KEELED_OVER, general.LYING),
        unless=_weak,
    ),
    # set AM: fallen or lying, and does not move
    Sign(
        general.MOTIONLESS,
        needs_one_of=(acute.FALL, general.KEELED_OVER, general.LYING),
        unless=_weak,
    ),
    Sign(general.NO_PULSE, unless=_weak),
    Sign(general.CHEST_HELD, unless=_weak),
    Sign(general.FOUND, needs=(general.FOUND_SIGN,), unless=lambda r: r.over),  # set AC
    # set AG: the heart racing or uneven and the sight going black
    Sign(
        general.GOING_BLACK,
        needs_one_of=(acute.HEART_RACING, general.HEART_UNEVEN),
        unless=lambda r: r.info or r.over or r.has(general.BLACK_HABIT),
    ),
    # set AI: the chest said to be crushed
    Sign(general.CHEST_CRUSHED, unless=lambda r: r.info or r.over),
    # set AJ: the chest hurting in broken words ("bryst bryst ondt ondt")
    Sign(general.TELEGRAPHIC_CHEST, unless=_weak),
)

STROKE = (
    Sign(acute.STROKE_SIGNS, unless=lambda r: r.told or r.story_or_past, past_too=True),  # set Q
    Sign(  # set R
        acute.GARBLED_SPEECH,
        needs=(acute.STROKE_WITH,),
        unless=lambda r: r.told or r.story_or_past,
        past_too=True,
    ),
    # an arm and a leg limp on one side of a sudden (set U)
    Sign(
        acute.ONE_SIDED,
        unless=lambda r: r.story_or_past or (r.info and not r.has(acute.SUDDEN)),
    ),
    # a headache of a sudden, the worst ever (set W)
    Sign(
        acute.WORST_EVER,
        instead=acute.HEADACHE,
        needs=(acute.HEADACHE,),
        unless=lambda r: (
            r.info
            or r.has(doubt.STORY)
            or r.has(doubt.LONG_AGO)
            or not (r.has(acute.WORST_EVER) or (r.has(acute.SUDDEN) and r.has(acute.STROKE_WITH)))
        ),
    ),
    Sign(acute.ONE_SIDE, needs=(acute.ONE_SIDE_ODD,), unless=lambda r: r.info or r.story_not_now),
    Sign(acute.PUPIL, unless=lambda r: r.info or r.story_not_now),  # set Y
    Sign(acute.CROOKED),  # set Z
    Sign(acute.SPEECH_SQUASHED, joined=True),  # set Æ
    Sign(acute.SLURRED),  # set Æ
    Sign(acute.SIDE_WONT_MOVE),  # set Æ
    Sign(acute.WORDS_WRONG),  # set Ø
    Sign(general.SPEECH_ODD, needs=(general.LIMB_WEAK,), unless=_weak),
    Sign(general.STROKE_ALONE, unless=_weak),
    Sign(general.FACE_ONE_SIDE, unless=lambda r: r.info or r.over),  # set AD
    # set AI: a hand or arm that will not work, with the sight swimming or a sudden start
    Sign(
        general.LIMB_NOT_WORKING,
        needs_one_of=(general.SIGHT_SWIMS, acute.STROKE_WITH, acute.SUDDEN),
        unless=lambda r: r.info or r.over,
    ),
    # set AJ: an arm or the words "væk" beside a "kan ikke", in broken words (aphasia)
    Sign(
        general.TELEGRAPHIC_GONE,
        needs_one_of=(general.CANNOT_SAID, acute.SUDDEN, acute.STROKE_WITH),
        unless=lambda r: r.info or r.history_not_now or r.has(general.FORGETTING),
    ),
    # set AK: an arm or leg that "will not" beside a mouth or speech gone strange, buried
    # among other words (a man with dementia: what he forgets is no doubt here)
    Sign(
        general.LIMB_WONT,
        needs=(general.MOUTH_ODD,),
        unless=lambda r: _signs_asked(r) or _noted_over(r),
    ),
)

BLEEDING = (
    Sign(acute.BLEEDING_ON, unless=lambda r: r.told or r.story_or_past, past_too=True),  # set Q
    Sign(acute.SPURTING, unless=lambda r: r.story_or_past),  # set S
    Sign(acute.POURING, needs=(acute.WOUND,), unless=lambda r: r.info or r.story_not_now),  # set Y
    Sign(acute.INNER_BLEEDING),  # set Æ
    Sign(acute.CATHETER_BLOOD),  # set Ø
    Sign(general.BLOOD_EVERYWHERE, unless=_weak),
    Sign(general.BLOOD_BELOW, needs=(general.FAINT,), unless=lambda r: r.over),  # set AC
    Sign(  # set AD
        general.SOAKED,
        instead=general.BIG_BLEED,
        needs=(general.BLEED,),
        unless=lambda r: r.info or r.over,
    ),
    Sign(general.BLOOD_ALL_OVER, unless=_weak),  # "blod alle steder" (set AH)
    # set AK: heavy bleeding that goes on despite pressure (a clinical note too)
    Sign(general.BLEEDING_DESPITE, unless=lambda r: r.info or r.over),
)

FALLS = (
    # on the floor and the legs will not carry one up, "gået i gulvet" (set Z)
    Sign(
        acute.FLOOR_NO_LEGS,
        unless=lambda r: (
            r.info or not (r.has(acute.ON_THE_FLOOR) or " op " in r.scan or "gulvet" in r.scan)
        ),
    ),
    Sign(
        acute.AFTER_A_FALL,
        needs=(acute.FALL,),
        unless=lambda r: r.info or r.has(doubt.IF_FALLS),
    ),  # set Z
    Sign(acute.STILL_ON_FLOOR, unless=lambda r: r.info),  # set Z
    Sign(acute.FROM_THE_FLOOR),  # set Æ
    Sign(acute.FALLEN_LONG),  # set Ø
    Sign(acute.NOTHING_TO_DRINK, needs=(acute.STUCK_IN_BED,)),  # set Ø
    Sign(acute.REPORTED_FLOOR),  # set Å
    # a blow to the head: on blood thinners (set Ø), told as it happened (set Å), fluid
    # from the ear or still dazed (set AC)
    Sign(acute.THINNED_HEAD_SIGN, needs=(acute.THINNED_HEAD, acute.HEAD_BLOW)),
    Sign(acute.HEAD_NOW),
    Sign(general.HEAD_SIGN, needs=(acute.HEAD_BLOW,), unless=lambda r: r.info or r.over),
    # set AG: cannot get up from the toilet or a chair, and the legs fail or hours pass
    Sign(
        acute.CANNOT_GET_UP,
        needs_one_of=(general.LEGS_FAIL, general.STUCK_HOURS),
        unless=lambda r: r.info or r.over or r.supposed or r.has(general.SLOW_HABIT),
    ),
    # set AH: a fall told in the present tense (a second language) and cannot get up
    Sign(
        acute.CANNOT_GET_UP,
        needs=(general.FALLS_NOW,),
        # "falder" is a habit's word (PAST) but here a habit must be said
        unless=lambda r: (
            r.info
            or r.supposed
            or r.has(doubt.STORY)
            or r.has(doubt.RECOVERED)
            or r.has(general.FALL_HABIT)
        ),
    ),
    # set AI: found on the floor and cannot get up ("kan ikke rejse", a second language)
    Sign(
        general.FOUND,
        needs=(general.CANNOT_RISE,),
        unless=lambda r: r.info or r.supposed or r.story_not_now or r.has(doubt.RECOVERED),
    ),
    # set AJ: lying on the floor and cannot rise, in broken words ("ligger gulvet kan ikk rejse")
    Sign(
        general.CANNOT_RISE,
        needs=(general.LYING_FLOOR,),
        unless=lambda r: (
            r.info or r.supposed or r.story_not_now or r.has(doubt.RECOVERED) or r.has(doubt.ANIMAL)
        ),
    ),
    # set AK: a limb standing crooked after a fall or with screaming (a fracture)
    Sign(
        general.LIMB_CROOKED,
        needs=(general.FALL_OR_SCREAM,),
        unless=lambda r: r.info or r.over or r.supposed or r.has(doubt.ANIMAL),
    ),
)

# Someone who does not answer, cannot be reached, or is not heard from.
NO_CONTACT = (
    Sign(  # someone gone in panic (set Q)
        acute.GONE,
        unless=lambda r: r.has(doubt.ABSORBED) or r.has(doubt.STORY),
        past_too=True,
    ),
    # "tager ikke telefonen" is no question (set Q)
    Sign(acute.NOT_REACHED, needs=(acute.FEARED_FOR,), unless=lambda r: r.told, past_too=True),
    Sign(  # set R
        acute.PHONE_OUT_OF_REACH,
        unless=lambda r: r.info or r.supposed or r.told,
        past_too=True,
    ),
    Sign(acute.CALLING_FOR_HELP, unless=lambda r: r.has(doubt.STORY)),  # set T
    # "han vil ikke vågne", someone else (set T)
    Sign(acute.NOT_WAKING, unless=lambda r: not other_not_waking(r.scan)),
    # the phone not answered is what a relative tells, not a question about a phone (set Y)
    Sign(acute.NO_CONTACT, needs=(acute.NO_CONTACT_SIGN,)),
    Sign(acute.LINE_SILENT, needs=(acute.UNWELL,)),  # "så blev der stille i røret" (set Y)
    Sign(
        acute.SMELT_BURNT,
        needs=(acute.NOT_OPENING,),
        unless=lambda r: r.info or r.story_not_now,
    ),  # set Y
    Sign(acute.DOG_HOME_ALONE, unless=lambda r: r.info or r.story_not_now),  # set Y
    # set Z: specific enough to be taken beside a device's name ("sms", "nødkald", "ur")
    Sign(acute.AT_THE_DOOR),
    Sign(acute.PHONE_UNANSWERED, needs=(acute.ALERT_SENT,)),
    Sign(acute.PHONE_UNANSWERED, needs=(acute.CROOKED,)),
    Sign(acute.NO_CONTACT_WITH, needs=(acute.SAYS_NOTHING,), unless=lambda r: r.info),
    Sign(acute.EYES_STRANGE, needs=(acute.SAYS_NOTHING,), unless=lambda r: r.info),
    Sign(acute.NO_WORD_SINCE, needs_one_of=(acute.HEAPED_UP, acute.NO_CONTACT_SIGN)),
    # set Æ: water under the door of someone who does not open; pressed and no answer
    Sign(acute.DOOR_SIGN, needs_one_of=(acute.NOT_OPENING, acute.DOES_NOT_OPEN)),
    Sign(acute.PRESSED_NO_ANSWER),
    # set Ø
    Sign(acute.HARD_TO_WAKE),
    Sign(acute.NO_WAY_IN),
    Sign(acute.NOT_OPENED_FOR, needs=(acute.PHONE_UNANSWERED,)),
    # set Å: a call cut off, an alarm or a low sugar and no answer, no way in
    Sign(acute.CALL_CUT, needs=(acute.CALL_UNWELL,)),
    Sign(acute.ALARM_WENT, needs_one_of=(acute.NO_ANSWER, acute.PHONE_UNANSWERED)),
    Sign(acute.SUGAR_LOW, needs_one_of=(acute.NO_ANSWER, acute.PHONE_UNANSWERED)),
    Sign(acute.NO_ENTRY),
    # set AC: an alarm with no way in or no voice; a call gone quiet after an unwell word
    Sign(
        general.NO_WAY_IN,
        instead=general.NO_VOICE,
        needs=(general.ALARM_CALL,),
        unless=lambda r: r.over,
    ),
    Sign(general.GONE_QUIET, needs=(general.CALL_CONTEXT, acute.UNWELL)),
    # set AD: knocked and no answer from inside, eyes open and no contact
    Sign(
        general.DOOR_SILENT,
        needs=(general.INSIDE,),
        unless=lambda r: r.over or _door_asked(r) or r.has(general.AWAY),
    ),
    Sign(general.EYES_BLANK, unless=lambda r: r.info or r.over),
    # set AF: the wish to die relayed, and the phone not answered since
    Sign(
        general.PHONE_UNTAKEN,
        needs=(general.RELAYED,),
        needs_one_of=(suicide.SIGNS, general.NOT_TO_LIVE, general.WISH_IN_ENGLISH),
        unless=lambda r: r.over,
    ),
    # set AI: shaken, and nothing ("jeg ruskede i ham, ingen reaktion")
    Sign(general.SHAKEN, needs=(general.SHAKEN_NOTHING,), unless=lambda r: r.info or r.over),
    # set AK: not answering in a second language's word order ("min mand ikke svare"),
    # lying or the eyes closed
    Sign(
        general.NOT_ANSWER_SAID,
        needs=(general.EYES_SHUT_LYING,),
        unless=lambda r: r.info or r.over or r.has(doubt.ANIMAL),
    ),
)

MISSING = (
    Sign(acute.MISSING, needs=(acute.COLD,)),  # someone missing in the cold (set S)
    # missing with a risk: hours, dementia, diabetes, the dark or the cold (set T)
    Sign(
        acute.MISSING_MORE,
        instead=acute.MISSING,
        needs=(acute.THIRD,),
        needs_one_of=(acute.MISSING_RISK, acute.COLD),
        unless=lambda r: r.asked_habit,
    ),
    # gone from the care home and searched for (set X)
    Sign(acute.GONE_FROM_CARE, needs=(acute.MISSING_RISK,), unless=lambda r: r.asked_habit),
    Sign(
        acute.SOMEONE_MISSED,
        needs=(acute.MISSED_SINCE,),
        unless=lambda r: r.info or r.story_not_now,
    ),  # set Y
    Sign(acute.NOT_HOME_AT_VISIT, needs=(acute.MISSING_RISK,), unless=lambda r: r.asked_habit),
    Sign(  # through the ice (set Y)
        acute.IN_THE_WATER,
        unless=lambda r: r.info or r.story_not_now or r.has(acute.THING_IN_WATER),
    ),
    Sign(acute.OUT_IN_THE_COLD),  # set Ø
    Sign(general.CONFUSED_SPEECH, needs=(general.COLD_THROUGH,), unless=lambda r: r.info or r.over),
)

FIRE = (
    Sign(acute.SEVERE_BURN, unless=lambda r: r.told or r.story_or_past, past_too=True),  # set Q
    Sign(acute.FIRE_BEGUN),  # set T
    Sign(  # clothes caught fire (set X)
        acute.CAUGHT_FIRE,
        unless=lambda r: r.story_not_now or r.has(doubt.IF_FALLS) or r.has(doubt.LONG_AGO),
    ),
    Sign(acute.CHIMNEY, unless=lambda r: r.info or r.story_not_now),  # set Y
    Sign(acute.SMOKE_ALARM, needs=(acute.SMOKE_VICTIM,)),  # set Æ
    Sign(acute.FIRE_SAID),  # fire as a recogniser writes it (set Å)
    Sign(general.SMOULDERING, unless=_weak),
    Sign(general.BURNT_BADLY, unless=_weak),
    Sign(general.APPLIANCE_SMOKE, needs=(general.SMOKE_BAD,), unless=lambda r: r.info or r.over),
)

# Help sent for, threats, seizures, sugar, heat, the belly, a rash.
OTHER_ACUTE = (
    Sign(acute.ASK_TO_CALL, unless=lambda r: r.supposed, past_too=True),  # 1-1-2 asked (set R)
    Sign(acute.SEND_NOW),  # set T
    Sign(general.SENT_FOR, unless=lambda r: r.info or r.past_not_now),
    Sign(acute.WEAPON, needs=(acute.THREAT,), unless=lambda r: r.story_not_now),  # set X
    Sign(acute.THREATENED, needs=(acute.THREAT_PRESENT,)),  # set Ø
    Sign(general.THREAT_AT_DOOR, unless=_weak),
    Sign(acute.SEIZURE),  # set Z
    Sign(general.SEIZURE_ON, unless=_weak),
    Sign(acute.RASH, needs=(acute.RASH_DANGER,), unless=lambda r: r.info),  # set X
    Sign(acute.BOARD, unless=lambda r: r.info),  # a belly hard as a board (set Z)
    # set AC: a blood sugar under three, a reaction only to pain, heat, vomiting
    Sign(general.SUGAR_NUMBER, unless=lambda r: r.over),
    Sign(general.PAIN_ONLY, unless=lambda r: r.over),
    Sign(general.HEAT_SIGN, needs=(general.HEAT,), unless=lambda r: r.info or r.over),
    Sign(general.VOMIT_BAD, needs=(general.BELLY,), unless=lambda r: r.info or r.over),
    # set AL: the worst headache of a life; a severe headache with a stiff neck, or a stiff
    # neck and a headache with a fever or vomiting; someone who does not answer when spoken
    # to, pale or slumped
    Sign(general.WORST_HEADACHE, unless=lambda r: _signs_asked(r) or _noted_over(r)),
    Sign(
        general.STIFF_NECK,
        needs=(general.HEADACHE_ANY, general.HEADACHE_GRAVE),
        unless=lambda r: _signs_asked(r) or _noted_over(r),
    ),
    Sign(
        general.NOT_ANSWERING_ME,
        needs=(general.SPOKEN_TO_OR_PALE,),
        unless=lambda r: (
            r.info
            or r.over
            or r.has(doubt.ANIMAL)
            or r.has(doubt.ABSORBED)
            or r.has(doubt.HARD_OF_HEARING)
            or r.has(doubt.HEARING_AID)
            or r.has(general.SULKS_OR_BUSY)
        ),
    ),
)

ACUTE = BREATHING + HEART + STROKE + BLEEDING + FALLS + NO_CONTACT + MISSING + FIRE + OTHER_ACUTE

# -- poisoning --------------------------------------------------------------------------

MEDICINE_ERRORS = (
    # set Q: a patch on a patch, something in place of the medicine, many counted
    Sign(
        poisoning.PATCH_TOO_MANY, needs=(poisoning.PATCH,), unless=lambda r: r.told, past_too=True
    ),
    Sign(poisoning.INSTEAD, unless=lambda r: r.told, past_too=True),
    Sign(poisoning.COUNTED, unless=lambda r: r.told, past_too=True),
    Sign(poisoning.UNKNOWN_AMOUNT, needs=(poisoning.PILL_BOX,)),  # found by a child (set S)
    Sign(poisoning.EMPTY_BOX),  # set X
    Sign(poisoning.BOTTLE_OF, unless=lambda r: r.info),  # cough syrup (set Z)
    Sign(poisoning.DOUBLED, unless=lambda r: r.info),  # set Z
    # "ved ikke hvor mange": no question (set Æ)
    Sign(poisoning.HOW_MANY_NOT_KNOWN),
    Sign(poisoning.ON_TOP_SPLIT, unless=lambda r: r.info),  # spirits on strong pills (set Æ)
    Sign(poisoning.PARACETAMOL_DAYS, unless=lambda r: r.info),  # set Æ
    Sign(poisoning.ANIMAL_MEDICINE),  # set Ø
    Sign(poisoning.NONE_COUNTED),  # set Ø
    Sign(poisoning.WEEKLY_DAILY),  # set Ø
    Sign(
        general.CHILD_AT_PILLS,
        needs=(general.CHILD, _PILLS_OR_BOTTLE),
        unless=lambda r: r.asked_supposed,
    ),
    Sign(general.PATCH_WRONG, needs=(general.PATCH,), unless=lambda r: r.asked_supposed),
    Sign(general.OTHERS_PILLS, needs=(general.TAKEN,), unless=lambda r: r.asked_supposed),
    Sign(general.TWICE, needs=(general.TAKEN,), unless=lambda r: r.asked_supposed),
    Sign(general.MISTAKEN, needs=(general.TAKEN,), unless=lambda r: r.asked_supposed),
    # set AD: two times' doses from the dosette, round the clock, drink on calming pills
    Sign(
        general.TWO_TIMES_TAKEN,
        needs_one_of=(general.DOSETTE, _PILLS),
        unless=lambda r: r.info or r.over,
    ),
    Sign(
        general.TOOK_ALL,
        needs=(general.DOSETTE, general.DOSETTE_WRONG),
        unless=lambda r: r.info or r.over or r.has(doubt.CAUGHT_IN_TIME),
    ),
    Sign(general.ROUND_THE_CLOCK, unless=lambda r: r.info or r.over),
    Sign(general.CALMING_TAKEN, needs=(general.DRANK_BOTTLE,), unless=lambda r: r.info or r.over),
    # set AG: an empty pack found and all of it said taken (a time said is no story)
    Sign(
        general.TOOK_THEM_ALL,
        needs=(general.EMPTY_PACK,),
        unless=lambda r: (
            r.info or r.has(doubt.RECOVERED) or r.has(doubt.CAUGHT_IN_TIME) or r.has(general.SWEETS)
        ),
    ),
    # set AH: someone else's medicine in Jutlandic; a child who ate or swallowed pills; an
    # empty pill pack beside someone drowsy or hard to wake
    Sign(general.OTHERS_SPOKEN, needs=(general.TAKEN,), unless=lambda r: r.asked_supposed),
    Sign(
        general.CHILD_ATE,
        needs=(general.CHILD, _PILLS_OR_BOTTLE),
        unless=lambda r: r.asked_supposed or r.has(_OWN_PILLS),
    ),
    Sign(general.EMPTY_PILLS, needs=(general.DROWSY,), unless=lambda r: r.info or r.over),
    # set AI: a strong pain patch put on twice or more, or beside one now drowsy
    Sign(
        general.OPIOID_PATCH,
        needs_one_of=(general.PATCH_COUNTED, general.DROWSY_NOW),
        unless=lambda r: r.info or r.over or r.supposed,
    ),
    # set AJ: too many said after the pills ("piller piller for mange taget"); a whole
    # strip, card or pack "of the white ones" taken
    Sign(general.TOO_MANY_TAKEN, needs=(_PILLS,), unless=lambda r: r.info or r.over or r.supposed),
    Sign(
        general.WHOLE_PACK_TAKEN,
        unless=lambda r: r.info or r.over or r.supposed or r.has(doubt.CAUGHT_IN_TIME),
    ),
    # set AK: all the pills of a box taken (not a day's compartment); someone else's
    # pills got in place of one's own, or taken believing them one's own; pills eaten
    # believed to be something else; pills mixed with (much) alcohol and strange now
    Sign(
        general.ALL_FROM_BOX,
        unless=lambda r: r.info or r.over or r.supposed or r.has(doubt.CAUGHT_IN_TIME),
    ),
    # told of last night or this morning, it is still for Giftlinjen (set AM)
    Sign(
        general.OTHERS_INSTEAD,
        unless=lambda r: (
            r.asked_supposed
            or (r.over and not (r.has(general.WITHIN_THE_DAY) and not r.has(doubt.RECOVERED)))
        ),
    ),
    Sign(
        general.THOUGHT_OWN,
        needs=(general.TOOK_THEM_SAID,),
        unless=lambda r: r.asked_supposed or r.over or r.has(doubt.CAUGHT_IN_TIME),
    ),
    Sign(
        general.WAS_PILLS_AFTER_ALL,
        needs=(general.ATE_SAID,),
        unless=lambda r: r.asked_supposed or r.over or r.has(doubt.CAUGHT_IN_TIME),
    ),
    Sign(
        general.PILLS_WITH_DRINK,
        needs=(general.ODD_OR_MUCH,),
        unless=lambda r: r.info or r.over or r.supposed,
    ),
    # set AM: a grandchild eating someone's pills (said in a second language's
    # infinitive); pills found and some taken, or counted missing; a weekly medicine
    # given daily
    Sign(
        general.CHILD_EATS_PILLS,
        needs=(general.CHILD,),
        unless=lambda r: r.asked_supposed or r.has(general.OWN_PILLS_SAID) or r.over,
    ),
    Sign(
        general.PILLS_MISSING,
        needs=(_PILLS, general.PILLS_TAKEN_BY),
        unless=lambda r: r.info or r.over or r.supposed or r.has(doubt.CAUGHT_IN_TIME),
    ),
    Sign(general.WEEKLY_GIVEN_DAILY, unless=lambda r: r.asked_supposed),
)

SWALLOWED_OR_BREATHED = (
    # "har spist tandpasta og håndcreme, er det farligt?": asked, but swallowed (set T)
    Sign(poisoning.HOUSEHOLD, needs=(doubt.ADVICE, poisoning.HAS_SWALLOWED)),
    Sign(poisoning.MIXED, needs=(poisoning.FUMES_SIGNS,), unless=lambda r: r.supposed),  # set U
    Sign(poisoning.IN_THE_EYES, unless=lambda r: r.asked_supposed),  # a cleaner (set X)
    Sign(poisoning.CORROSIVE_SWALLOWED, unless=lambda r: r.info),  # set Z
    Sign(poisoning.CORROSIVE_BREATHED, unless=lambda r: r.info),  # set Z
    Sign(poisoning.EXHAUST, needs=(poisoning.CO_SIGNS,), unless=lambda r: r.info),  # set Æ
    Sign(poisoning.SANITISER, unless=lambda r: r.info),  # set Æ
    Sign(poisoning.NAMED_THEN_DRUNK, unless=lambda r: r.asked_supposed),  # set Å
    Sign(  # a poisonous bulb cooked (set Å)
        poisoning.PLANT,
        needs=(poisoning.PLANT_EATEN,),
        unless=lambda r: r.info or toxic_question(r.scan) or r.has(doubt.SUPPOSED),
    ),
    # set AC: wild mushrooms and the stomach turned, signs only while the stove burns
    Sign(general.PICKED_SICK, needs=(general.PICKED,), unless=lambda r: r.info or r.over),
    Sign(general.STOVE_ON, needs=(poisoning.CO_SIGNS,), unless=lambda r: r.info or r.over),
    # set AM: a dishwasher or washing tablet in the mouth or chewed
    Sign(general.WASHING_TAB, unless=lambda r: r.info or r.over or r.supposed),
)

POISONING = MEDICINE_ERRORS + SWALLOWED_OR_BREATHED

# -- suicide ----------------------------------------------------------------------------

SUICIDE = (
    Sign(suicide.PILLS_MEANT),  # pills bought for a purpose known (set S)
    Sign(suicide.LET_GO),  # leave asked to slip away (set U)
    Sign(suicide.DECIDED_LAST),  # the last Christmas (set U)
    Sign(suicide.FAREWELL_SENT, needs=(suicide.NOT_ANSWERING_SINCE,)),  # set U
    Sign(suicide.NOTHING_TO_GET_UP_FOR),  # set V
    Sign(suicide.TO_THE_DEAD, needs=(suicide.DEATH_SAID,)),  # set V
    Sign(suicide.AFFAIRS_IN_ORDER, needs=(suicide.NOT_HERE_SOON,)),  # set V
    Sign(suicide.SOONER_THE_BETTER),  # set W
    Sign(suicide.HOARDED),  # set W
    Sign(suicide.BURDEN),  # set X
    Sign(suicide.HEIGHT),  # a car park's height asked (set X)
    Sign(suicide.NOT_HERE, needs=(suicide.SAD,)),  # set X
    Sign(suicide.NO_LONGER_NEEDED, needs=(suicide.GAVE_AWAY,)),  # set Y
    Sign(suicide.HOW_MANY_TO_DIE),  # set Y
    Sign(suicide.BEAM),  # set Y
    Sign(suicide.STARVE),  # set Y
    Sign(suicide.END_OF_ALL),  # set Y
    Sign(suicide.TO_THE_LORD, needs=(suicide.LORD,)),  # set Y
    Sign(suicide.NOTHING_TO_STAY_FOR),  # set Z
    Sign(suicide.MEANS_READY),  # set Æ
    Sign(suicide.LETTING_GO),  # set Ø
    Sign(suicide.MEANS_OR_HARM),  # set Å
    Sign(general.MEANS),
    Sign(general.STOP_TO_DIE),
    Sign(general.GONE_LETTERS),
    Sign(general.NOT_WORTH),
    Sign(general.INTO_THE_SEA),  # set AC
    Sign(general.WRISTS),  # set AC
    Sign(general.GUN_OUT),  # set AC
    # set AD
    Sign(general.PILLS_GATHERED, unless=lambda r: r.info),
    Sign(general.DEATH_WISH, unless=lambda r: r.info),
    Sign(
        general.GUN_HELD,
        needs=(general.LOW,),
        unless=lambda r: r.info or r.has(general.GUN_WORK),
    ),
    Sign(general.FOLLOW_DEAD, needs=(general.DEAD_NAMED,), unless=lambda r: r.info),
    Sign(general.END_IT, needs=(general.LOW,), unless=lambda r: r.info),
    Sign(general.HANDED_OVER, needs=(general.LOW,), unless=lambda r: r.info),
    Sign(general.FAREWELL, unless=lambda r: r.info),
    Sign(
        general.ON_PURPOSE_STARVING,
        unless=lambda r: r.info or r.has(general.FASTING),
    ),
    Sign(general.SLEEP_AWAY, unless=lambda r: r.info),
    # set AF
    Sign(general.ONLY_BURDEN, needs=(general.BURDEN_WITH,)),
    Sign(general.WISH_IN_ENGLISH),
    Sign(general.NOT_TO_LIVE),
    # set AG: a strange or last goodbye beside things given away or a home sold unsaid
    Sign(
        general.ODD_FAREWELL,
        needs_one_of=(suicide.GAVE_AWAY, general.SOLD_UNSAID),
        # "i telefonen" reads as a device, no question; a move is no farewell to life
        unless=lambda r: r.asked_supposed or r.has(general.MOVING),
    ),
    # set AH: things given to someone "for I shall not use them any more"; a burden said
    # of oneself, relayed, and it will soon be over
    Sign(
        general.NOT_TO_USE_MORE,
        needs=(general.GIVEN_TO,),
        unless=lambda r: r.asked_supposed or r.has(general.MOVING),
    ),
    Sign(general.BURDEN_SAID, needs=(general.SOON_OVER,), unless=lambda r: r.info),
    # set AI: life worth nothing, no reason to live on, oneself wished dead
    Sign(general.LIFE_WORTHLESS),
    Sign(general.NO_REASON_TO_LIVE_ON),
    Sign(general.WISH_SELF_DEAD),
    # set AJ: goodbye said to the children, and it is enough now
    Sign(
        general.FAREWELL_TO_FAMILY,
        needs=(general.ENOUGH_NOW,),
        unless=lambda r: r.info or r.has(general.MOVING),
    ),
    # set AK: better I died (a second language); only a problem for one's child, beside
    # sadness; the thought of ending one's life; a letter found that says goodbye to all
    Sign(general.BETTER_I_DIE, unless=lambda r: r.info),
    Sign(general.ONLY_A_PROBLEM, needs=(general.BURDEN_WITH,), unless=lambda r: r.info),
    Sign(general.END_MY_LIFE, needs=(general.THINKS_OF,), unless=lambda r: r.info),
    Sign(general.LETTER_FAREWELL, unless=lambda r: r.info or r.has(general.MOVING)),
    # set AL: how one takes one's life, asked (a question, and still the wish's sign);
    # better he or she were dead, relayed
    Sign(general.HOW_TO_TAKE_LIFE),
    Sign(general.RELAYED_BETTER_DEAD, unless=lambda r: r.asked_supposed),
)

# -- urgent -----------------------------------------------------------------------------

URGENT = (
    Sign(urgent.DOCTOR_NOW, unless=lambda r: r.has(doubt.ADVICE), past_too=True),  # set Q
    Sign(urgent.DOCTOR_ASKED_NOW, unless=lambda r: r.has(doubt.ADVICE)),  # set S
    Sign(urgent.NO_URINE),  # set S
    Sign(urgent.NOT_EATING),  # hardly eaten for days (set S)
    Sign(urgent.SEEING_THINGS),  # set S
    Sign(urgent.RETENTION, unless=lambda r: r.advised),  # set W
    Sign(urgent.STUCK_IN_THROAT, unless=lambda r: r.advised),  # a fish bone (set W)
    Sign(  # a knee swollen after a fall (set W)
        urgent.SWOLLEN,
        needs=(acute.FALL,),
        unless=lambda r: r.advised or r.has(doubt.RECOVERED),
    ),
    Sign(urgent.RED_STREAK, unless=lambda r: r.info),  # set X
    Sign(urgent.DRY, needs=(urgent.LOOSE,), unless=lambda r: r.asked_habit),  # set Y
    Sign(urgent.NO_WEIGHT, unless=lambda r: r.asked_habit),  # set Y
    Sign(urgent.NOT_HELPING, needs=(urgent.PAIN,), unless=lambda r: r.asked_habit),  # set Y
    Sign(urgent.SUGAR_HIGH, needs=(urgent.THIRST,)),  # set Z
    Sign(urgent.WOUND_INFECTED, unless=lambda r: r.info),  # set Æ
    Sign(urgent.EYE_HURT, unless=lambda r: r.info),  # set Æ
    Sign(urgent.WOUND_SEEPING, unless=lambda r: r.info),  # set Ø
    Sign(urgent.BITE_SWOLLEN, unless=lambda r: r.info),  # set Ø
    Sign(urgent.AFTER_MEDICINE, unless=lambda r: r.info),  # set Ø
    Sign(urgent.WEIGHT_FAST, needs=(urgent.LEGS_THICKER,)),  # set Å
    Sign(urgent.METER_HI),  # set Å
    Sign(  # set Å
        urgent.HARDLY_WEIGHT,
        unless=lambda r: r.asked_habit or resolved(r.scan),
    ),
    Sign(general.BURN_BLISTER, unless=_weak),
    Sign(general.WOUND_BAD, unless=_weak),
    Sign(general.WATER, unless=_weak),
    Sign(general.FEVER_SAID, unless=_weak),
    Sign(general.INFECTION_SIGN, needs=(general.URINE_SMELL,), unless=lambda r: r.info or r.over),
    # set AD
    Sign(
        general.TUBE_OUT,
        unless=lambda r: r.info or r.over or r.has(general.PLANNED),
    ),
    Sign(general.ABSCESS, unless=lambda r: r.info or r.over),
    Sign(general.BAG_EMPTY, needs=(_PAIN_OR_FEVER,), unless=lambda r: r.info or r.over),
    # set AF
    Sign(general.HOT_HEAD, needs=(general.OFF_FOOD,), unless=lambda r: r.info or r.over),
    Sign(general.FEVER_IN_ENGLISH, unless=_weak),
    # set AH: a small cut that goes on oozing or bleeding
    Sign(general.KEEPS_OOZING, needs=(general.CUT,), unless=lambda r: r.info or r.over),
    # set AI: hot and freezing at once, or at night
    Sign(general.HOT_AND_FREEZING, needs=(general.AT_ONCE_OR_NIGHT,), unless=_weak),
    # set AJ: a wound red and warm with a fever, even said to be nothing (MINOR is no
    # doubt here)
    Sign(general.WOUND_RED_HOT, needs=(general.FEVER_BESIDE,), unless=lambda r: r.info or r.over),
    # set AK: a fever with shaking; confusion with a fever, or a urinary infection with
    # confusion (a Teams note); a high blood sugar number with thirst or tiredness
    Sign(general.FEVER_AND_SHAKES, unless=_weak),
    Sign(
        general.CONFUSED_NOTED,
        needs=(general.FEVER_NOTED,),
        unless=lambda r: _signs_asked(r) or _noted_over(r),
    ),
    Sign(
        general.UTI,
        needs=(general.CONFUSED_NOTED,),
        unless=lambda r: _signs_asked(r) or _noted_over(r),
    ),
    Sign(
        general.SUGAR_HIGH_NOTED,
        needs=(general.SUGAR_SIGNS,),
        unless=lambda r: r.info or _noted_over(r),
    ),
)
