"""Turn a question, a need or a follow-up into a short spoken Danish reply."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from bot.core.danish.lists import lower_first
from bot.core.text import fold, words
from bot.knowledge import asked as read
from bot.knowledge import (
    benefit,
    compared,
    consent,
    corrected,
    followed,
    framed,
    gleaned,
    heard,
    heeded,
    noted,
    placed,
    pointed,
    practical,
    probed,
    pursued,
    ranked,
    relayed,
    replies,
    resumed,
    retold,
    sought,
    surveyed,
)
from bot.knowledge import everyday as plain
from bot.knowledge.concerns import (
    AIDS,
    ALARMING,
    AN_AID,
    APPROVAL,
    BORROW,
    BRAND,
    CARE_OR_TECHNOLOGY,
    CARE_PEOPLE,
    CHANGE_TOLD,
    COUNCIL,
    DECIDER,
    FUNDING,
    LARGER_EFFORT,
    LONG_PROCESS,
    LOOKS_AT,
    RECOMMEND,
    REPLACES,
    RESIDENT,
    STILL_VISITS,
    TAKES_LONG,
    TALK_TO,
    TRYING_NEW,
    WATCHED,
    WATCHING,
    asks_device_help,
    asks_if_forced,
    digital,
)
from bot.knowledge.facts import (
    FREQUENCY,
    MARKERS,
    NUMBER,
    PARAGRAPH,
    YEAR,
    Fact,
    FactIndex,
    asks,
    asks_for_list,
    question_stems,
    said_words,
)
from bot.knowledge.loader import CATEGORIES_OVERVIEW_ID
from bot.knowledge.model import Item, KnowledgeBase
from bot.knowledge.practical import Practical
from bot.knowledge.questions import (
    ASKS_FOR_IDEAS,
    ASKS_IF_WELFARE,
    ASKS_WHAT_HELPS,
    ASKS_WHAT_IT_DOES,
    ASKS_WHAT_IT_IS,
    ASKS_WHICH_IS_THE,
    CATEGORY_WORDS,
    CHANGE_ASKED,
    DESCRIBED,
    EXAMPLES_OF,
    FRAGMENT,
    KIND_ASKED,
    KINDS_OF_IT,
    KINDS_OF_WELFARE,
    VERB_FIRST_AFTER_AND,
    WHAT_ABOUT,
    WHAT_IS_THEN,
    WHAT_WERE_THEY,
    WORD_MEANT,
    asked_for,
    asks_category,
    asks_contents,
    asks_definition,
    asks_examples,
    asks_figure,
    asks_for_its_own,
    asks_for_things,
    asks_if_welfare,
    asks_kinds_of_its_own,
    asks_which_of,
    defined,
    how_verb,
    is_question,
    is_specific_question,
    points_back,
    refers_back,
)
from bot.knowledge.refused import asks_to_refuse_technology
from bot.knowledge.reworded import (
    joined_compounds,
    main_clause,
    without_fillers,
    without_frame,
)
from bot.knowledge.search import KnowledgeSearch, Match, content_stems, stem
from bot.knowledge.topics import (
    ALARM_RULES,
    BORROWING,
    CHATBOTS,
    CHOICE,
    CITIZENS_INVOLVED,
    CLEANING,
    CONSENT,
    COUNCIL_RULES,
    DEFINITION_TOPICS,
    DEVICE_HELP,
    EVIDENCE,
    FAMILY_SCREEN,
    GETTING,
    LONELINESS,
    MEDICINE,
    NO_BRANDS_TOPIC,
    POOL,
    POSITIVE_LIST,
    PRICE,
    PRICED,
    PROJECT_MAP,
    RECRUITMENT,
    SAVINGS,
    SLEEP_SENSOR,
    SOCIAL_TECHNOLOGY,
    SUPPLEMENT_TOPIC,
    SURVEY_2024,
    TRY_OUT,
    VIDEO_CARE,
    VIDEO_RULES,
    WATCHING_ETHICS,
    WELFARE_DEFINED,
    WHY_TECHNOLOGY,
)

# Below this a name match is a guess; such questions fall back to the current topic.
NAME_THRESHOLD = 0.8
MAX_LISTED = 5
# The technologies a category's definition names when its summary names none (set 47).
_COVERED_NAMED = 3
# Marks that a topic was only suggested (named in a list), so "fortæl mere" starts
# with its summary.
NOT_YET_TOLD = -1
# Marks that a thing's category was told, not its summary: "og Y?" right after asks
# Y's category (set 34), and "fortæl mere" starts with the summary.
CATEGORY_TOLD = -2


@dataclass(frozen=True)
class Answer:
    text: str
    topic: str | None = None  # the item the conversation is now about
    more_index: int = 0  # how many `more` sentences of it have been told
    refer: bool = False  # sends the citizen to the municipality: the action adds its contact


# A fact sentence answers a specific question when it covers this share of the
# question's weight (with its item's names); higher when the question names nothing and
# nothing was talked about, and for a sentence the NLU was unsure about.
FACT_MIN = 0.5
FACT_MIN_UNNAMED = 0.6
FACT_MIN_UNSURE = 0.75
# The item named in the question, or talked about (and, less, its related items), is
# preferred by this much.
NAMED_BOOST = 0.1
CONTEXT_BOOST = 0.15
RELATED_BOOST = 0.05
# A question this short that nothing answers, asked while talking about something, is
# about that ("hvem sidder i det?"): it gets the next thing to tell about it.
SHORT_FOLLOW_UP = 4
# A follow-up as short as this is about what was just told (context_follow_up).
FOLLOW_UP_WORDS = 12
# A sentence of the document a question names ("hvad siger Horsens om etik") answers when
# it covers this share of what is asked of it.
SOURCE_MIN = 0.5
# ... and replaces a reply from that very document only when it covers this many times as
# much of the question (a reply that covers none of it always)
SOURCE_RATIO = 1.9
# words of a question that name or frame the document rather than what is asked of it
_SOURCE_WORDS = (
    "siger sige skriver står ifølge strategi strategien kommune kommunes kommunen rapport"
    " region regionen formål formålet"
).split()
# words that ask for a name, not what is named ("hvad hedder den app, de nævner")
_NAME_WORDS = "hedder hed kaldes kaldt navnet navn nævner nævnes nævnt igen".split()
# A need the model was unsure of is suggested for only on a clear match.
CLEAR_NEED = 0.6
# What a question asking for a figure asks for: a number, a year, how often, a paragraph.
_FIGURES = frozenset({NUMBER, YEAR, FREQUENCY, PARAGRAPH})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Set 37: the documents' topic of ethical questions; "kunne hjælpe hende" beside "hvor
# man får en"; "hvilke principper bygger den på" after a subject that lists them; "kan
# kommunen tvinge hende til …".
ETHICS = "etiske_spoergsmaal"
HELPS_HER = re.compile(r"\b(?:kunne|kan|vil) (?:\w+ )?hjaelpe\b|\bhjaelper\b")
LISTS_ASKED = re.compile(r"\b(?:hvilke|hvad er|hvad var|hvad handler) ")
FORCED = re.compile(r"\b(?:tvinge|tvinger|tvunget)\b")
# Set 38: subjects its readers answer with (bot/knowledge/pointed.py)
POOL_HOW = "soeg_velfaerdsteknologipuljen"
DATA_TOPIC = "data_og_teknologi"
SHORTAGE_TOPIC = "rekruttering_2024"
BARRIERS = "barrierer_2024"
FREED_TIME = "frigoere_arbejdskraft_2024"
SAFETY_COUNCIL = "raad_for_tryghedsskabende_velfaerdsteknologi"
FREE_TRIAL = "lydovervaagning_frikommune"
SCREEN_VISITS = "skaermbesoeg"
SAFETY = "tryghedsskabende_teknologi"
OWN_WISHES = "horsens_vaerdigrundlag"
FACT_SAYING_MIN = 0.3  # a sentence covering two of its words and saying what is asked
ETHICS_OF_KIND = {
    "tryghedsskabende_teknologi": "etik_overvaagning_privatliv",
    "skaermbesoeg": "etik_kontakt_frihed_ensomhed",
    "sociale_teknologier": "etik_kontakt_frihed_ensomhed",
}
_SHOWED_RESULT = re.compile(r"\bviste\b|\bblev (?:overordnet )?naet\b|\bresultat")
# "står der noget om, at …", "hvad siger jeres kilder om …" closing a long message
SOURCES_ASKED = re.compile(
    r"^(?:og |men )?(?:star der (?:noget|mere|ogsa noget)|siger (?:jeres |dine )?kilder\w*"
    r" (?:noget|ogsa noget)|hvad (?:star der|siger (?:jeres |dine )?kilder\w*)) om\b(?! det\b)"
)


@dataclass(frozen=True)
class _Found:
    reply: Answer
    score: float


_LEAD_IN_WORDS = 5  # a first sentence this short only announces the next ("kortere")
# Set 45: "ok og hvilken kategori" right after a thing; the gains and what is expected
# of which technologies (KL's status report 2020); the screen that shows the day's plan
_SHORT_CATEGORY_QUESTION = 8
GAINS = "stoerste_gevinster_2017_2020"
EXPECTED_GAINS = "forventede_gevinster"
_LATEST_GAINS_YEAR = "2020"
# Set 48: VIVE's evaluation of the free municipalities' trials; the social technologies
EVALUATION = "vive_evaluering_2021"
SOCIAL = "sociale_teknologier"
DAY_PLAN = "skaerme_og_infotavler"
# Set 55: the category a need to train at home is pointed to
TRAINING = "traeningsteknologi"


class Answerer:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.search = KnowledgeSearch(kb)
        self.facts = FactIndex(kb)
        self._stem_counts: dict[str, int] | None = None

    def answer_question(
        self,
        text: str,
        entities: Sequence[str] = (),
        prefer_topics: bool = False,
        current: str | None = None,
        current_index: int = 0,
    ) -> Answer | None:
        """Answer 'what is X' / 'what are the rules for Y' / 'how many ...'; None if
        nothing fits (_answer_question). Who made something and when, asked together
        ("hvem stod bag evalueringen, og hvornår", set 36), gets the subject's own answer,
        which names both, not another of its sentences that shares more words."""
        set53 = self._read_set53(text)
        if set53 is not None:
            return set53
        closing = self._closing_named(text)
        if closing is not None and self.best_guess(closing, current, current_index):
            # "Vi har personalemøde på torsdag og vil gerne have tal med. Hvor mange
            # kommuner deltog …?" (set 53): the closing question, which finds its answer
            # on its own, without the framing's words pulling elsewhere
            return self.answer_question(closing, (), prefer_topics, current, current_index)
        first = self._read_first(text, current, current_index)
        if first is not None:
            return first
        told = self._answer_question(text, entities, prefer_topics, current, current_index)
        told = self._who_and_when(text, self._of_the_source(text, told))
        if told is not None and asks_figure(text) and not _has_figure(told.text):
            # "hvor mange kommuner svarede på undersøgelsen" (set 38) answered by who
            # answered in each: the unsure reading's sentence with the figure, of the
            # same subject, when it has one
            figure = self.best_guess(text, current, current_index)
            if figure is not None and figure.topic == told.topic and _has_figure(figure.text):
                return figure
        return self._helps_named(self._figure_elsewhere(text, told, current), current)

    def _helps_named(self, told: Answer | None, current: str | None) -> Answer | None:
        """ "Det hjælper borgere, der står op om natten …" as the first answer of a
        technology not talked about yet (set 51): the technology named in the pronoun's
        place, so one hears what it is."""
        item = self.kb.get(told.topic) if told is not None else None
        if told is None or item is None or item.id == current or item.kind != "technology":
            return told
        if told.text != item.helps or not told.text.startswith("Det "):
            return told
        return Answer(f"{item.name} {told.text[4:]}", told.topic, told.more_index, told.refer)

    def _figure_elsewhere(
        self, text: str, told: Answer | None, current: str | None
    ) -> Answer | None:
        """ "Kan De sige hvor mange kommuner der svarede" right after the lift chair (stop
        52's smoke test: a municipality's sentence about Raizer chairs): a figure asked that
        the subject just talked about does not hold, answered as if asked first, when that
        answer has one."""
        if current is None or told is None or not asks_figure(text) or points_back(text):
            return told
        if _has_count(told.text):
            return told
        first = self._answer_question(text, (), False, None, 0)
        return first if first is not None and _has_count(first.text) else told

    def _of_the_source(self, text: str, told: Answer | None) -> Answer | None:
        """ "hvad siger Horsens om etik" (set 36): a reply from another document than the
        one named yields to that document's own sentence on it, when one covers it."""
        asked = plain.source_asked(text)
        if asked is None:
            return told
        item = self.kb.get(told.topic) if told is not None else None
        said = self._source_says(text)
        if told is None or item is None or asked[0] not in item.sources or said is None:
            return said or told
        if (
            plain.asks_a_name(text)
            and plain.has_a_name(said.text)
            and not plain.has_a_name(told.text)
        ):
            return said  # "hvad hedder den app, rapporten nævner": the one with a name
        # of the document named already: kept unless the document's own sentence covers
        # what is asked far better ("hvad mener Horsens om etik" answered with Horsens'
        # definition, "hvad er Horsens' vision" with what it calls welfare technology)
        mine, theirs = self._source_cover(text, told), self._source_cover(text, said)
        return said if theirs >= SOURCE_RATIO * mine else told

    def _source_cover(self, text: str, reply: Answer) -> float:
        """How well a reply covers what is asked of a document: its sentence's share, or
        (a subject named only by its title) the least share that answers."""
        question = self._source_question(text)
        ranked = self.facts.rank(set(question), items=[reply.topic] if reply.topic else None)
        cover = next((m.score for m in ranked if m.fact.text == reply.text), 0.0)
        names = self.facts.names.get(reply.topic or "", frozenset())
        if not cover and any(self.facts.matching(q) & names for q in question - MARKERS):
            return SOURCE_MIN
        return cover

    def _who_and_when(self, text: str, told: Answer | None) -> Answer | None:
        """The dated subject's own answer for "hvem … og hvornår"; the reply else."""
        if told is None or told.more_index == 0 or not plain.asks_who_and_when(text):
            return told
        item = self.kb.get(told.topic)
        if item is not None and item.kind == "topic" and _YEAR.search(item.summary):
            return self.about(item)
        return told

    def _answer_question(
        self,
        text: str,
        entities: Sequence[str] = (),
        prefer_topics: bool = False,
        current: str | None = None,
        current_index: int = 0,
    ) -> Answer | None:
        """Answer 'what is X' / 'what are the rules for Y' / 'how many ...'; None if
        nothing fits.

        A question naming something gets the fact about it that it asks for, or its
        summary. A question naming nothing is about the current topic when one of its
        facts answers it ("hvor tit mødes de?") or it has no new content words ("hvem
        er den til?"); otherwise the best fact of the whole knowledge base, if good.
        """
        asked = self._question_before_remark(text)
        if asked is not None:
            told = self.answer_question(asked, entities, prefer_topics, current, current_index)
            if told is not None:
                return self._kind_in_remark(text, told) or told
        asked = plain.question_after_preamble(text)
        if asked is not None:
            # "jeg skal fremlægge det for ledelsen: hvad siger …" (set 36): the question
            told = self.answer_question(asked, entities, prefer_topics, current, current_index)
            if told is not None:
                return told
        text = plain.without_hedge(plain.spoken_years(joined_compounds(text)))
        meant = plain.relayed_meaning(text)
        if meant is not None:
            # "en borger spørger hvad sanseteknologi er, hendes mand har demens" (set 31):
            # the meaning asked, not the words of the frame or the remark
            told = self.answer_question(meant, entities, prefer_topics, current, current_index)
            if told is not None:
                return told
        whole = text
        told = (
            self._same_of_another(text, current, current_index)
            or self._law_here(text, current)
            or self._good_for(text)
            or self._everyday(text, self.kb.get(current))
            or self._covers_precisely(text, entities)
            or self._said_anywhere(text, self.kb.get(current))
            or self._what_is(text)
            or self._word_meant(text)
        )
        if told is not None:
            return told
        year = self.year_told(text, current, current_index)
        if year is not None:
            return year
        if KINDS_OF_WELFARE.search(" ".join(said_words(text))):
            return self.list_categories()
        if (asks_if_forced(text) or read.tells_refusal(text)) and self._other_ideas(text):
            # "hun nægter at gå med nødkald om halsen. hvad findes der ellers" (set 22): the
            # need told, not the thing she refuses nor whether she may
            need = self.suggest_for_need(text)
            if need is not None:
                return need
        council = self._council_approves(whole) or self._slow_approval(whole)
        if council is not None:
            return council
        helping = self._helps_with(whole, entities)
        if helping is not None:
            return helping
        text = self._the_question(main_clause(text))
        rules = (
            self._watching_rules(text)
            or self._choice(text, self.kb.get(current))
            or self.replaces_care(whole)
        )
        if rules is not None:
            return rules
        context = self.kb.get(current)
        if context is not None and read.asks_who_decides(text) and self._thing_named(text) is None:
            # "hvem bestemmer om min mor kan få et" right after a toilet (set 22): who
            # decides about that, not the consent topic named by "hvem bestemmer"
            decided = self._who_decides_here(text, context)
            if decided is not None:
                return decided
        prefer_topics = prefer_topics or asks_if_forced(text) or plain.applies_to_a_fund(text)
        # "vi vil søge puljen til en robotstøvsuger" (set 29 more): the pool is what is
        # asked about, the thing only what the money is for
        item = self._named(without_fillers(text), entities, prefer_topics)
        told = self._belongs_or_explained(text, item, self.kb.get(current))
        if told is not None:
            return told
        if item is not None and item.kind != "topic" and plain.asks_to_be_told_about(text):
            # "fortæl mig om gps til demente" (set 29 more): the thing itself, not another
            # subject's sentence that shares a word of the rest ("demens-teknotek")
            found = self._specific(text, item, entities=entities)
            if found is None or found.reply.topic != item.id:
                return self.about(item)
        if item is not None and WHAT_WERE_THEY.search(" ".join(said_words(text))):
            return self.about(item)  # "de 3 bundlinjer KL snakker om, hvad var de nu" (set 20)
        if item is not None and self._part_of_owner(text, item):
            return self.about(item)  # "hvad er de 3 principper i den fælles erklæring" (set 22)
        if (
            item is not None
            and item.kind == "topic"
            and item.examples
            and read.asks_what_is_used(whole)
        ):
            return self._contents(item)  # "hvad bruger de af teknologi på bostederne" (set 24)
        if item is not None and item.kind != "topic" and benefit.asks_advantages(text):
            return self.advantages(item)  # "hvad er fordelene ved skærmbesøg for hende"
        if item is not None and item.kind != "topic" and asks(text, *EXAMPLES_OF):
            return self.examples(item.id)  # "giv mig nogle eksempler på mobilitetsteknologi"
        if item is not None and item.kind != "topic" and read.asks_who_decides(text):
            # "hvem bestemmer om min far kan få en gps": who decides about that thing (set 14)
            decided = self._who_decides_here(text, item)
            if decided is not None:
                return decided
        context = self.kb.get(current)
        if item is not None and context is not None and item.id != context.id:
            listed = self._named_in_context(text, item, context)
            if listed is not None:
                return listed
            if item.kind == "topic" and not self._beyond(text, context):
                # "hvad koster den?", "må man bruge den?": a topic named only by the
                # question's own words yields to what the conversation is about.
                item = None
            elif item.kind == "topic":
                named = self._specific(text, item, entities=entities)
                here = self._specific(text, context, in_context=True, index=current_index)
                if named is None or (here is not None and here.score > named.score):
                    # "hvordan søger vi penge fra velfærdsteknologipuljen" after løftestole:
                    # the pool's related topic says how, not løftestolen's "how to get"
                    told = self._keyword_fact(text, item) or self._related_named(text, item)
                    if told is not None:
                        return told
                if here is not None and named is not None and here.score > named.score:
                    return here.reply
                if here is not None and points_back(text) and here.score >= FACT_MIN_UNNAMED:
                    return here.reply  # "hvad får medarbejderne ud af det?": of "det"
                return named.reply if named is not None else self.about(item)
        if (
            item is None
            and context is not None
            and ASKS_WHAT_IT_DOES.search(" ".join(said_words(text)))
        ):
            return self.about(context)  # "hvad gør den så" right after a technology (set 19)
        if item is None and context is None:
            # "sådan en madras med en sensor i, hvad er det": named by its words
            item = self._named_by_words(text)
            if item is not None and ASKS_WHAT_IT_IS.search(" ".join(said_words(text))):
                return self.about(item)
        if item is not None:
            found = self._specific(text, item, entities=entities)
            if found is not None and found.reply.topic not in (item.id, None):
                # only a thing asked for by "hvad (der) er den …": "hvilke velfærdsteknologier
                # frigør mest arbejdskraft" names the pool's word, not the pool (set 25)
                head = self._asked_item(text) if ASKS_WHICH_IS_THE.search(fold(text)) else None
                if head is not None and head.id == item.id:
                    # "hvad siger undersøgelsen fra 2024 om, hvad der er den største
                    # barriere" (set 32): the thing asked for answers, not a sentence of
                    # the survey it is asked of
                    own = self._own_fact(question_stems(text) - MARKERS, item, False, 0, 0.0)
                    return own.reply if own is not None else self.about(item)
            if (
                found is not None
                and found.reply.topic not in (item.id, None)
                and (
                    (item.kind != "topic" and practical.asks_how(text))
                    or (item.kind == "topic" and asks_if_forced(text))
                )
            ):
                # "genoptræning over nettet, hvordan foregår det": the thing named, not a
                # sentence of another that shares its words (a webinar); "kan kommunen
                # bare bestemme, at min mor skal have skærmbesøg": the question of
                # choice itself, not what a skærmbesøg is (set 11)
                return self.about(item)
            if (
                item.kind == "topic"
                and found is not None
                and self._asked_item(text) is None
                and not self._owner_after(text)
            ):
                # "hvilke principper har KL's erklæring?" names two topics: the one
                # whose facts answer best.
                for other in self._other_topics(text, item):
                    alt = self._specific(text, other)
                    if alt is not None and alt.score > found.score:
                        found = alt
            if found is None:
                return (
                    self._keyword_fact(text, item)
                    # "hvad er de tre bundlinjer man altid snakker om": what it is (set 11)
                    or (self.about(item) if self._asks_what_named_is(text, item) else None)
                    # "hvad betyder mindste indgriben princippet i horsens": its meaning,
                    # not a related topic's that shares the place's name (set 19)
                    or (self.about(item) if defined(text) else None)
                    or self._related_named(text, item)
                    or self._near(text, item)
                    or self.about(item)
                )
            return found.reply
        if context is not None:
            found = self._specific(text, context, in_context=True, index=current_index)
            if found is not None:
                return found.reply
            # "skal man så aflevere en rapport" right after the pool: its related subject
            # (how to apply) holds the answer (set 24)
            related = self._related_named(text, context) if is_question(text) else None
            if related is not None:
                return related
            if refers_back(text) or self._short_follow_up(text):
                return self.follow_up(text, current, current_index)
        return self.best_fact(text, FACT_MIN_UNNAMED)

    def _read_first(self, text: str, current: str | None, index: int = 0) -> Answer | None:
        """Set 37's classes, read before the rest, whichever way the model took them:
        the other members of the category just told ("hvad hører ellers med i den");
        whether one can complain of a refusal, or how long one waits (the municipality
        decides; the documents say nothing of either); what a thing described is called
        and where one gets it; its advantages and drawbacks together; the ethical
        dilemmas; a subject the one just told lists ("og hvilke principper bygger den
        på" after the joint declaration); whether the municipality can force one. None
        when none of these is asked."""
        context = self.kb.get(current)
        # each set's readers in turn, the newest first; the first that answers is taken
        readers: tuple[Callable[[], Answer | None], ...] = (
            lambda: self._read_set59(text, context, index),
            lambda: self._read_set58(text, context),
            lambda: self._read_set56(text, context, index),
            lambda: self._read_set55(text, context, index),
            lambda: self._read_set52(text, context, index),
            lambda: self._read_set51(text, context, index),
            lambda: self._read_set50(text, context, index),
            lambda: self._read_set49(text, context, current, index),
            lambda: self._read_set48(text, context, current, index),
            lambda: self._read_set40(text, context, current, index),
            lambda: self._read_set41(text, context),
            lambda: self._read_set43(text, context, index),
            lambda: self._read_set44(text, context, current, index),
            lambda: self._read_set45(text, context, current, index),
            lambda: self._read_set47(text, context, index),
        )
        for reader in readers:
            found = reader()
            if found is not None:
                return found
        if pointed.asks_persons_name(text):
            # "hvad hed den ældre mand der …" (set 38): the sentence with a name, before
            # "hvad hedder den" is read as what a thing is called
            person = self._fact_saying(text, lambda s: len(pointed.new_names(s, text)))
            if person is not None:
                return person
        if context is not None and read.asks_shorter(text):
            # "kan du sige det kortere": the sentence just told, to its first full stop
            sentences = (context.summary, *context.more)
            just_told = sentences[index] if 0 <= index < len(sentences) else context.summary
            # a lead-in of a few words ("Teknologierne giver tre slags data.") says
            # nothing alone: then the sentence it leads into
            parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9])", just_told.strip())
            lead_in = len(parts) > 1 and len(parts[0].split()) <= _LEAD_IN_WORDS
            return Answer(parts[1] if lead_in else parts[0], context.id, index)
        if context is not None and read.asks_others_in_category(text):
            others = self._others_in_category(context)
            if others is not None:
                return others
        waiting = read.asks_about_waiting(text) or pointed.asks_how_long_to_get(text)
        if read.asks_to_complain(text) or waiting:
            # also "hvor lang tid tager det at få en badestol" (set 38): the waiting
            thing = self._thing_here(text, context)
            name = thing.name if thing is not None else None
            said = replies.complaint(name) if read.asks_to_complain(text) else replies.waiting(name)
            return Answer(said, thing.id if thing is not None else current, 0, refer=True)
        if read.asks_who_decides(text) and not read.on_social_area(text):
            # "… så mit spørgsmål er: hvem er det egentlig, der beslutter, om vi kan få en"
            # after a lift named in the preamble: the municipality decides about it
            thing = self._thing_here(text, None)
            if thing is not None and thing.kind == "technology":
                decided = self._who_decides_here(text, thing)
                if decided is not None:
                    return decided
        if read.asks_where_to_get(text) and (
            read.asks_what_called(text) or HELPS_HER.search(" ".join(said_words(text)))
        ):
            thing = self._described(text) or self._named_by_words(text)
            thing = thing or self._thing_here(text, None)
            if thing is not None:
                told = thing.summary if read.asks_what_called(text) else thing.helps
                said = f"{told or thing.summary} {practical.how_to_get(thing.name)}"
                return Answer(said, thing.id, 0, refer=True)
        if read.asks_what_called(text) and plain.source_asked(text) is None:
            # "et toilet der vasker en, hvad er det for noget": described as "sådan et"
            loosely = re.sub(r"\b(en|et) (\w+) (der|som)\b", r"sådan \1 \2 \3", text)
            thing = self._described(text) or self._named_by_words(text)
            thing = thing or self._thing_here(text, None) or self._described(loosely)
            if thing is not None:
                return self.about(thing)
        if read.asks_both_sides(text):
            thing = self._thing_here(text, context)
            if thing is not None:
                return self._both_sides(thing)
        if read.asks_dilemmas(text) and plain.source_asked(text) is None:
            named = self._named(text, (), prefer_topics=True)
            ethics = self.kb.get(ETHICS)
            if ethics is not None and (named is None or named.id == ETHICS):
                dilemmas = self._own_sentence_with(ethics, "dilemmaer")
                if dilemmas is not None:
                    return dilemmas
        if (
            context is not None
            and context.kind == "topic"
            and LISTS_ASKED.search(" ".join(said_words(text)))
        ):
            named = self._named(text, (), prefer_topics=True)
            if named is not None and named.kind == "topic" and named.id in context.related:
                return self.about(named)
        if FORCED.search(" ".join(said_words(text))) and not read.on_social_area(text):
            # "kan kommunen tvinge hende til skærmbesøg i stedet for hjemmehjælperen": the
            # question of choice, not that technology only supplements care
            return self._choice(text, context) or self.right_to_choose()
        pointed_at = self._read_pointed(text, context, index)
        if pointed_at is not None:
            return pointed_at
        last = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
        if last != text.strip() and SOURCES_ASKED.search(" ".join(said_words(last))):
            # "… børnene bor langt væk. Står der noget om, at teknologien kan holde
            # familien sammen?": the closing question says all that is asked
            return self.answer_question(last, current=current)
        if gleaned.asks_what_thing_is(text):
            # "hvad er det nu for noget, det der X min nabo snakker om" (set 55): the thing
            # named, read last, after the readers of a thing described ("sådan en …")
            thing = self._thing_named(text)
            if thing is not None:
                return self.about(thing)
        if context is not None and noted.asks_yes_no(text):
            # "er det noget man finder på biblioteket?" right after Teknoteket (set 58),
            # read last: the subject's sentence that holds the question's own word
            return self._yes_by_sentence(text, context)
        return None

    def _read_set59(self, text: str, context: Item | None, index: int) -> Answer | None:
        """Set 59's classes (bot/knowledge/probed.py), read first: what a thing named in
        a story is, asked at its end ("hun har fået et brev om skærmbesøg, hvad er det
        egentlig"); the benefit of the subject just told, weighed against something ("hvad
        er fordelen for hende ved det i stedet for at de kommer"); how many municipalities
        have the subject just told; whether something may be given to one who cannot
        consent; and when the subject just told was made ("hvornår blev den lavet").
        None otherwise."""
        story = probed.story_before_what_it_is(text)
        if story is not None and not probed.describes(story) and self._described(text) is None:
            # a thing described ("sådan en maskine der deler medicin ud") is set 44's
            thing = self._thing_named(story) or self._said_whole_in(story)
            if thing is not None:
                return self.about(thing)
        if context is not None and probed.asks_benefit_weighed(text):
            named = self._named(text, (), prefer_topics=False)
            if named in (None, context):
                return self._benefit_of(context, index)
        if probed.asks_without_consent(text) and not read.asks_who_decides(text):
            consent_rules = self._without_consent()
            if consent_rules is not None:
                return consent_rules
        if context is not None and probed.asks_how_many_municipalities(text):
            counted = self._municipalities_counted(text, context)
            if counted is not None:
                return counted
        if context is not None and probed.asks_when_made(text):
            return self._when_made(text, context) or self._year_made(context)
        return None

    def _said_whole_in(self, text: str) -> Item | None:
        """A subject one of whose names is said whole in the text ("positivlisten")."""
        said = f" {' '.join(said_words(text))} "
        best: tuple[int, Item] | None = None
        for item in self.kb.items.values():
            for name in item.names:
                name_said = " ".join(said_words(name))
                longer = best is None or len(name_said) > best[0]
                if len(name_said) >= 6 and f" {name_said} " in said and longer:
                    best = (len(name_said), item)
        return best[1] if best is not None else None

    def _benefit_of(self, item: Item, index: int) -> Answer:
        """What the subject just told is good for: a technology's advantages (a subject of
        its advantages, when the documents have one), a topic's own sentences."""
        if item.kind != "topic":
            return self.advantages(item)
        return Answer(benefit.benefit(item, None), item.id, index)

    def _without_consent(self) -> Answer | None:
        """The rules for technology given to one who cannot consent: the council's
        approval under the rules of magtanvendelse, and the least intrusive measure."""
        consent_topic = self.kb.get("samtykke_og_godkendelse")
        force = self.kb.get("magtanvendelse_og_velfaerdsteknologi")
        if consent_topic is None:
            return None
        told = [consent_topic.summary]
        if force is not None:
            told.append(force.summary)
            least = next((s for s in force.more if "mindst indgribende" in s), None)
            if least is not None:
                told.append(least)
        return Answer(" ".join(told), consent_topic.id, 0)

    def _municipalities_counted(self, text: str, context: Item) -> Answer | None:
        """The sentence of the subject just told, or of a subject it is related to, that
        counts municipalities and shares most of the question's own words; the subject's
        own before the others'. None when none counts them."""
        others = [self.kb.get(i) for i in context.related]
        others += [o for o in self.kb.items.values() if context.id in o.related]
        owner = self.kb.get(context.category_id)
        items = [context, *(o for o in others if o is not None), *([owner] if owner else [])]
        asked = set(content_stems(text)) - MARKERS - {"kommun", "kommuner", "mang", "mange"}
        best: tuple[float, Answer] | None = None
        seen: set[str] = set()
        for rank, item in enumerate(items):
            if item.id in seen:
                continue
            seen.add(item.id)
            for i, sentence in enumerate((item.summary, *item.more)):
                said = fold(sentence)
                if not probed.MUNICIPALITIES.search(said) or not probed.COUNTED.search(said):
                    continue
                held = asked & set(content_stems(sentence))
                score = len(held) - (0.5 if rank else 0.0) - 0.01 * rank
                if best is None or score > best[0]:
                    best = (score, Answer(sentence, item.id, i))
        return best[1] if best is not None else None

    def _year_made(self, context: Item) -> Answer | None:
        """The subject's sentence of the year it came to be ("Positivlisten er siden
        2021 …"), else its first sentence holding a year; None when none holds one."""
        sentences = [
            (i, part)
            for i, sentence in enumerate((context.summary, *context.more))
            for part in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", sentence.strip())
        ]
        dated = [(i, s) for i, s in sentences if read.years_in(s)]
        made = [(i, s) for i, s in dated if probed.SINCE_YEAR.search(fold(s))]
        chosen = made or dated
        return Answer(chosen[0][1], context.id, chosen[0][0]) if chosen else None

    def _read_set58(self, text: str, context: Item | None) -> Answer | None:
        """Set 58's classes (bot/knowledge/noted.py) read first: which of the categories
        the thing just told belongs to, asked at length ("og hvilken af kategorierne
        hører det så ind under?"). None otherwise. (Who decides is read by asked.py's
        longer "hvem er det der i sidste ende godkender …"; a yes/no follow-up is read last in _read_first; whether one may say no in
        fact_follow_up; a need of forgetting one's pills in _suggested.)"""
        if (
            context is not None
            and context.kind == "technology"
            and noted.asks_its_category(text)
            and self._thing_named(text) in (None, context)
        ):
            category = self._category_of_thing(text, context)
            if category is not None:
                return category
        if read.asks_who_decides(text):
            # "hvem er det der i sidste ende godkender, at en beboer på et bosted får en
            # GPS" (set 58, taken for a wish for examples): the council's to approve there
            council = self._council_approves(text)
            if council is not None:
                return council
        return None

    def _yes_by_sentence(self, text: str, context: Item) -> Answer | None:
        """The subject's sentence holding the question's rarest own words (told or
        not), with "Ja." when it holds them all and says no "ikke"; None when no sentence
        holds a word of the question's own, or the question asks a practical thing, who
        decides, or names another thing."""
        if practical.classify(text) is not None or read.asks_who_decides(text):
            return None
        if self._thing_named(text) not in (None, context):
            return None
        asked = set(content_stems(text)) - noted.GENERIC_STEMS - MARKERS
        if not asked:
            return None
        sentences = (context.summary, *context.more)
        best: tuple[float, int, set[str]] | None = None
        for i, sentence in enumerate(sentences):
            held = asked & set(content_stems(sentence))
            score = sum(1.0 / self._sentences_holding(s) for s in held)
            if held and (best is None or score > best[0]):
                best = (score, i, held)
        if best is None:
            return None
        _, i, held = best
        said = sentences[i]
        if held == asked and not noted.negated(said):
            said = f"Ja. {said}"
        return Answer(said, context.id, i)

    def _sentences_holding(self, stem_: str) -> int:
        """How many sentences of the whole knowledge base hold a stem (at least one)."""
        counts = self._stem_counts
        if counts is None:
            counts = {}
            for item in self.kb.items.values():
                for sentence in (item.summary, *item.more):
                    for s in set(content_stems(sentence)):
                        counts[s] = counts.get(s, 0) + 1
            self._stem_counts = counts
        return max(1, counts.get(stem_, 0))

    def _read_set40(
        self, text: str, context: Item | None, current: str | None, index: int
    ) -> Answer | None:
        """Set 40's classes (bot/knowledge/corrected.py): a helper's correction ("… – nej
        hun mener …") answered as the part after it, of the subject just told when there
        is one; words written together ("fårman") read apart; what the thing just offered
        is called. None when none of these is asked."""
        meant = corrected.meant_instead(text)
        if meant is not None:
            # "hvad en robotstøvsuger er – nej hun mener hvordan hun får en": of the
            # thing named before the correction, else of the subject just told
            before = text[: text.rfind(meant)] if meant in text else ""
            thing = self._thing_here(before, None) if before.strip() else None
            if thing is not None and thing.id != current and corrected.refers_back(meant):
                return self.follow_up(meant, thing.id, 0)
            if thing is not None and thing.id != current:
                return self.answer_question(meant) or self.follow_up(meant, thing.id, 0)
            if context is not None:
                return self.follow_up(meant, current, index)
            return self.answer_question(meant) or self.best_guess(meant)
        apart = corrected.written_apart(text)
        if apart != text:
            return self.answer_question(apart, current=current, current_index=index)
        called = corrected.asks_what_it_is_called(text)
        if called and context is not None and context.kind == "technology":
            return self.about(context)
        return None

    def _read_set41(self, text: str, context: Item | None) -> Answer | None:
        """Set 41's classes (bot/knowledge/surveyed.py): the survey's findings asked
        plainly, the council, the free-municipality trial, what falls under a category
        named, the fifteen categories, a need meant instead of the one just answered, who
        decides after the question of choice. None when none of these is asked."""
        if surveyed.asks_fifteen_categories(text):
            # "… rollator, hvilken af de 15 kategorier hører det under" (set 44): its own
            return self._category_of_thing(text, context) or self.list_categories()
        if surveyed.asks_what_is_under(text):
            named = self._named(text, (), prefer_topics=False)
            if named is not None and named.kind == "category":
                return self.about(named)
        if context is not None and context.kind != "topic":
            meant = surveyed.meant_need(text)  # "nej jeg mente til at drikke"
            if meant is not None:
                return self.suggest_for_need(f"hjælp {meant}")
        if context is not None and context.id == CHOICE and surveyed.asks_who_decides(text):
            return self._own_sentence_with(context, "spørg din kommune")
        found = (
            (surveyed.asks_hardest, BARRIERS, ""),
            (surveyed.asks_named_less, FREED_TIME, "i mindre omfang"),
            (surveyed.asks_most_time, FREED_TIME, "omkring 75"),
            (surveyed.asks_data_used_for, DATA_TOPIC, "teknologierne giver tre"),
            (surveyed.asks_council_decides, SAFETY_COUNCIL, ""),
            (surveyed.asks_free_trial, FREE_TRIAL, ""),
        )
        for reads, item_id, word in found:
            item = self.kb.get(item_id) if reads(text) else None
            if item is not None:
                return (self._own_sentence_with(item, word) if word else None) or self.about(item)
        return None

    def _read_set43(self, text: str, context: Item | None, index: int) -> Answer | None:
        """Set 43's classes (bot/knowledge/heard.py): the survey asked plainly, the map,
        Copenhagen's screen visits, staff shorthand, trying first, screens with the
        family, "og for min kone", a child's questions, bad hearing. None when none of
        these is asked."""
        first = heard.first_question(text)
        if first is not None:  # "hvad er et sanserum, og kan det være noget for …"
            named = self._named(first, (), prefer_topics=False)
            if named is not None and named.kind != "topic":
                return self.about(named)
        written = heard.written_out(text)
        if written != text and heard.names_a_patient(text) and heard.asks_for_technology(written):
            # "pt. faldtruet, bor alene. relevante tryghedstekn.?": a need, written out
            return self._need_in_shorthand(written)
        if context is not None and context.kind == "technology" and heard.asks_for_another(text):
            said = practical.how_to_get(context.name)  # "og for min kone": the same way
            return Answer(said, context.id, index, refer=True)
        if heard.asks_wait_for_answer(text):
            thing = context if context is not None and context.kind == "technology" else None
            said = replies.waiting(thing.name if thing is not None else None)
            return Answer(said, context.id if context is not None else None, 0, refer=True)
        after_barriers = context is not None and context.id == BARRIERS
        found = (
            (heard.asks_next_places(text, after_barriers), BARRIERS, ("47,5",)),
            (heard.asks_recruitment_trend(text), RECRUITMENT, ("71,3", "20,2")),
            (heard.asks_recruitment(text), RECRUITMENT, ("71,3",)),
            (heard.asks_citizens_involved(text), CITIZENS_INVOLVED, ()),
            (heard.asks_effort_ahead(text), SURVEY_2024, ("83,8",)),
            (heard.asks_others_projects(text), PROJECT_MAP, ()),
            (heard.asks_copenhagen_visits(text), VIDEO_CARE, ("2016",)),
            (heard.asks_rules_for_children(text), CONSENT, ("voksne", "børn og unge")),
            (heard.asks_own_view_heard(text) and heard.of_a_child(text), CONSENT, ("modenhed",)),
            (heard.asks_own_view_heard(text), CONSENT, ("egne synspunkter",)),
            # "gælder det også for børn?" right after who approves a thing: of that thing
            # (set 40's kno40-079), not the definition
            (
                heard.asks_also_children(text) and (context is None or not points_back(text)),
                WELFARE_DEFINED,
                (),
            ),
            (heard.asks_to_try_first(text) and not self._thing_here(text, None), BORROWING, ()),
            (heard.asks_family_over_screen(text), FAMILY_SCREEN, ()),
            (heard.asks_sleep_sensors(text), SLEEP_SENSOR, ()),
            (heard.asks_if_tracking_is_watching(text), WATCHING_ETHICS, ()),
            (heard.asks_to_apply_for_aid(text), GETTING, ()),
        )
        for asked, item_id, saying in found:
            item = self.kb.get(item_id) if asked else None
            if item is not None:
                told = self._sentences_with(item, saying) or self.about(item)
                # the way to aids: the action adds the municipality's number
                return Answer(told.text, told.topic, told.more_index, item_id == GETTING)
        if heard.asks_aids_at_school(text):
            return Answer(heard.aids_at_school(), GETTING, 0, refer=True)
        if heard.tells_bad_hearing(text):
            return Answer(heard.bad_hearing(), GETTING, 0, refer=True)
        return None

    def _read_set44(
        self, text: str, context: Item | None, current: str | None, index: int
    ) -> Answer | None:
        """Set 44's classes (bot/knowledge/relayed.py): what a thing is, asked in a relayed
        question's word order; staff shorthand "vt"; KL's definition; whether the
        municipalities save money; whether a camera may be put up; the price right after a
        subject; a thing described; a parent over a screen; a need told as what one should
        be able to do or with a question of what one can get; a thing's category. None
        when none of these is asked."""
        written = relayed.written_out(text)
        if written != text:  # "sparer kommunerne penge på vt?"
            return self.answer_question(written, current=current, current_index=index)
        subject = relayed.relayed_subject(text)
        named = self._named(subject, (), prefer_topics=False) if subject is not None else None
        if named is not None and named.kind != "topic":
            # "hun spørger hvad et skærmbesøg egentlig er for noget"
            return self.about(named)
        found = (
            (relayed.asks_kl_definition(text), WELFARE_DEFINED, ""),
            (relayed.asks_if_it_saves(relayed.last_sentence(text)), SAVINGS, "43,7"),
            (relayed.asks_camera_allowed(text), VIDEO_RULES, ""),
            (relayed.asks_to_talk_over_screen(text), FAMILY_SCREEN, ""),
            (
                context is not None
                and context.kind == "topic"
                and context.id not in PRICED
                and relayed.asks_price(text)
                and self._thing_named(text) is None,
                PRICE,
                "",
            ),
        )
        for asked, item_id, word in found:
            item = self.kb.get(item_id) if asked else None
            if item is not None:
                return (self._own_sentence_with(item, word) if word else None) or self.about(item)
        place = relayed.place_of_thing(text)  # "noget i madrassen …, hvad er det for noget"
        if place is not None:
            head = stem(place)
            sitting = [
                t
                for t in self.kb.of_kind("technology")
                if any(head in stem(w) for n in t.names for w in said_words(n))
            ]
            thing = self._most_alike(text, sitting)
            if thing is not None:
                return self.about(thing)
        if relayed.asks_what_that_is(text) and DESCRIBED.search(" ".join(said_words(text))):
            # "sådan en maskine der giver ham hans piller": of the machines, the one whose
            # words the description shares
            thing = self._described_by_words(text)
            if thing is not None:
                return self.about(thing)
        need = relayed.need_without_avoided(text)
        if need is not None:  # "så han kan tænde lyset … uden at gå rundt i huset"
            suggested = self.suggest_for_need(need)
            if suggested is not None:
                return suggested
        if relayed.asks_what_to_get(text) and self._thing_named(text) is None:
            return self._needs_told(text)
        if (
            context is not None
            and context.kind != "topic"
            and relayed.asks_who_decides_getting(text)
            and not read.on_social_area(text)
        ):
            # "hvem er det der bestemmer om han får det" after suggestions: the
            # municipality's visitation, not the council's approval on the social area;
            # of the thing named when one is ("… om han kan få en GPS")
            thing = self._thing_named(text) or context
            return self.practical_follow_up("hvem bevilger den", thing.id, 0)
        return None

    def _read_set45(
        self, text: str, context: Item | None, current: str | None, index: int
    ) -> Answer | None:
        """Set 45's classes (bot/knowledge/followed.py): a detail of the subject just told
        asked to be confirmed; a question closed by "…, man taler om"; one of KL's
        dilemmas named; a thing meant instead of the one just answered; the category of
        the thing just told; what a thing helps with; what the municipalities expect
        ahead, after the gains; not knowing when the home care comes; trying before
        buying; whether a relative may apply. None when none of these is asked."""
        confirmed = self._confirmed_detail(text, context)
        if confirmed is not None:
            return confirmed
        plain_question = followed.without_talked_of(text)
        if plain_question != text:  # "hvad er de tre bundlinjer, man taler om?"
            return self.answer_question(plain_question, current=current, current_index=index)
        dilemma = self._dilemma_named(text)
        if dilemma is not None:
            return dilemma
        meant = followed.thing_meant_instead(text)
        if meant is not None:  # "nej ikke den, jeg mente loftslifte": the same question
            again = self._same_of_another(f"og {meant}", current, index)
            if again is not None:
                return again
        if (
            relayed.asks_which_category(text)
            and len(words(text)) <= _SHORT_CATEGORY_QUESTION
            and ((context is not None and context.kind == "technology") or self._thing_named(text))
        ):
            # "ok og hvilken kategori" right after a thing, "hvilken af kategorierne hører
            # spiserobotter under": its own category
            category = self._category_of_thing(text, context)
            if category is not None:
                return category
        if followed.asks_what_it_helps(text):
            thing = self._thing_named(text)
            if thing is not None and thing.kind == "technology":
                return self.about(thing)  # its summary says what it does and helps with
        expected = self._expected_after_gains(text, context)
        if expected is not None:
            return expected
        return self._need_of_times(text) or self._try_or_apply(text, context)

    def _read_set47(self, text: str, context: Item | None, index: int) -> Answer | None:
        """Set 47's classes (bot/knowledge/retold.py): when, how many or who of the fact
        just told, asked again; saying no to the technology just told (a person
        preferred); who approves technology under the rules of magtanvendelse. None when
        none of these is asked."""
        again = self._told_again(text, context, index)
        if again is not None:
            return again
        if context is not None and context.kind != "topic" and asks_to_refuse_technology(text):
            # "kan jeg sige nej tak til det og få et menneske" right after skærmbesøg
            return self.right_to_choose()
        if read.asks_who_decides(text) and retold.names_council_matter(text):
            # "hvem godkender tryghedsskabende teknologi til en voksen": the council
            rules = self.kb.get(COUNCIL_RULES)
            for i, sentence in enumerate((rules.summary, *rules.more) if rules else ()):
                if read.council_decides(sentence):
                    return Answer(sentence, COUNCIL_RULES, i)
        return None

    def _read_set48(
        self, text: str, context: Item | None, current: str | None, index: int
    ) -> Answer | None:
        """Set 48's classes (bot/knowledge/compared.py): when one reports on the pool's
        money; the gains so far, and the two years compared; who evaluated the free
        municipalities' trials; a figure compared with the year before; others to talk
        with over a screen or the net; a question said in Jutlandic. None when none of
        these is asked."""
        here = context.id if context is not None else None
        pool = self.kb.get(POOL_HOW)
        if pool is not None and compared.asks_when_to_report(text, here in (POOL, POOL_HOW)):
            # "og hvornår skal der så afrapporteres" right after the pool
            reported = self._own_sentence_with(pool, "afrapportere")
            if reported is not None:
                return reported
        gains = self.kb.get(GAINS)
        if gains is not None and (
            compared.asks_gains_so_far(text)
            or (here == GAINS and compared.asks_years_compared(text))
        ):
            return self.about(gains)  # both years, the latest first
        evaluation = self.kb.get(EVALUATION)
        after_trial = here in (FREE_TRIAL, EVALUATION)
        if evaluation is not None and compared.asks_who_evaluated_trial(text, after_trial):
            return self.about(evaluation)
        if context is not None and compared.asks_year_before(text):
            # "er det mere eller mindre end året før" right after a figure of 2024
            sentences = (context.summary, *context.more)
            for i, sentence in enumerate(sentences):
                if compared.says_change(sentence):
                    return Answer(sentence, context.id, i)
        social = self.kb.get(SOCIAL)
        if social is not None and compared.asks_for_others_online(text):
            return self.about(social)
        standard = compared.in_standard_words(text)
        if standard != text:  # "hvem ska a snak mæ for å få sån en"
            return self.answer_question(standard, current=current, current_index=index)
        return None

    def _closing_named(self, text: str) -> str | None:
        """The closing question after a framing (framed.py) when it names its subject
        itself ("… Hvor mange kommuner deltog i undersøgelsen fra 2024?"); None when the
        subject is told only before it ("KL lavede en statusrapport i 2020. Hvor mange
        kommuner svarede?") or the need told is what is asked of ("… Hvad kan man gøre
        med teknologi?")."""
        closing = framed.closing_question(text)
        if closing is None or self._named(closing, (), prefer_topics=True) is None:
            return None
        return closing

    def with_category(self, text: str, reply: Answer | None) -> Answer | None:
        """A technology's own definition, given to a definition asked, with one short
        sentence naming which of KL's categories it falls under (set 56: "hvad er sensorbleer
        for noget" expects hygiejneteknologi). The actions add it where the answer is read
        (the web chat, Teams), not on the speaker, whose answers stay short. The reply as
        it is otherwise."""
        item = self.kb.get(reply.topic) if reply is not None else None
        if reply is None or item is None or item.kind != "technology" or not item.category_id:
            return reply
        owner = self.kb.get(item.category_id)
        if owner is None or not heeded.asks_definition(text):
            return reply
        if not reply.text.startswith(item.summary) or fold(owner.name) in fold(reply.text):
            return reply
        said = f"{reply.text} {replies.falls_under(owner.name)}"
        return replace(reply, text=said)

    def _read_set56(self, text: str, context: Item | None, index: int) -> Answer | None:
        """Set 56's classes (bot/knowledge/heeded.py): the share that did not know, right
        after a survey's figures; what stands on a list the sentence just told names; the
        right to say no, asked last; how many staff will be missing; which technology
        frees most staff time; whether welfare technology lived up to expectations; an
        aid named in a closing "findes der …?"; a worry asked whether anyone thought of
        it. None when none of these is asked."""
        if context is not None and heeded.asks_not_knowing(text):
            for i, sentence in enumerate((context.summary, *context.more)):
                if heeded.says_not_knowing(sentence):
                    return Answer(sentence, context.id, i)
        if context is not None and heeded.asks_on_list(text):
            listed = self._list_just_told(text, context, index)
            if listed is not None:
                return listed
        if heeded.asks_right_to_refuse(text) or heeded.prefers_people(text):
            choice = self.kb.get(CHOICE)
            if choice is not None:
                return self._own_sentence_with(choice, "fravælge") or self.about(choice)
        shortage = self.kb.get(SHORTAGE_TOPIC)
        if shortage is not None and heeded.asks_shortage(text):
            return self.about(shortage)
        plainly = heeded.staff_time_plainly(text)
        if plainly is not None:
            # "sparer mest personaletid" (set 56): asked as the survey's readers know it
            return self.answer_question(plainly, current=context.id if context else None)
        survey = self.kb.get(SURVEY_2024)
        if survey is not None and heeded.asks_expectations_met(text):
            met = self._own_sentence_with(survey, "indfriet")
            if met is not None:
                return met
        closing = heeded.asks_if_exists(text)
        thing = self._aid_in(closing) if closing is not None else None
        if thing is not None:
            return Answer(f"Ja, der findes {lower_first(thing.name)}. {thing.summary}", thing.id, 0)
        if heeded.asks_worry_considered(text):
            ethics = [i for i in self.kb.of_kind("topic") if i.id.startswith("etik_")]
            concern = self._most_alike(text, ethics) or self.kb.get(ETHICS)
            if concern is not None:
                return self.about(concern)
        return None

    def _list_just_told(self, text: str, context: Item, index: int) -> Answer | None:
        """The subject of the list the sentence just told names ("Der er en positivliste
        …" → the positive list's own answer, which names what stands on it); None when
        neither that sentence nor the question names a list of its own."""
        if context.kind == "topic" and any("liste" in fold(n) for n in context.names):
            return self.about(context)  # the list itself just told
        sentences = (context.summary, *context.more)
        just_told = sentences[index] if 0 <= index < len(sentences) else context.summary
        for said in (text, just_told, *sentences):
            if "liste" not in fold(said):
                continue
            named = self._named(said, (), prefer_topics=True)
            if named is not None and named.kind == "topic":
                return self.about(named)
        return None

    def _aid_in(self, sentence: str) -> Item | None:
        """The technology a short sentence names, by its name or said where it is put
        ("alarmer til døren" as "alarm på døren")."""
        for said in (sentence, gleaned.plainly_placed(re.sub(r"\btil\b", "på", sentence))):
            thing = self._thing_named(said)
            if thing is not None and thing.kind == "technology":
                return thing
            named = self._named(said, (), prefer_topics=False)
            if named is not None and named.kind == "technology":
                return named
        return None

    def _read_set55(self, text: str, context: Item | None, index: int) -> Answer | None:
        """Set 55's classes (bot/knowledge/gleaned.py): a bare "og <gevinst>?" right
        after a survey's figures, that line's figure; whether a thing named saves the staff time, what it does for each and what the
        survey says of the labour it frees; a need to train at home, the training
        technology. None when none of these is asked. (What a thing named amid chatter
        is, the fourth, is read last in _read_first.)"""
        line = gleaned.added_line(text)
        if line is not None and context is not None and context.kind == "topic":
            told = self._line_counted(line, context, index)
            if told is not None:
                return told
        if gleaned.asks_staff_time(text):
            thing = self._thing_named(text) or (
                context if context is not None and context.kind != "topic" else None
            )
            if thing is not None:
                return self._time_saved(thing)
        training = self.kb.get(TRAINING)
        if training is not None and gleaned.needs_training_at_home(text):
            thing = self._thing_named(text)
            if thing is None or thing.id == training.id:
                said = f"{training.summary} {training.helps or ''}".strip()
                return Answer(said, training.id, 0)
        return None

    def _line_counted(self, line: str, context: Item, index: int) -> Answer | None:
        """The sentence (else the listed line) of the subject just told that gives the
        figure of the line named ("bedre fysisk arbejdsmiljø"); None when none names it
        with a figure."""
        wanted = set(content_stems(line))
        if not wanted:
            return None
        sentences = (context.summary, *context.more)
        for i, sentence in enumerate(sentences):
            if "%" in sentence and wanted <= set(content_stems(sentence)):
                return Answer(sentence, context.id, i)
        for example in context.examples:
            label, _, figure = example.rpartition(", ")
            if "%" in figure and wanted <= set(content_stems(label)):
                return Answer(f"{label}: {figure}.", context.id, index)
        return None

    def _time_saved(self, thing: Item) -> Answer:
        """What a thing does for the citizen and the staff (its own words), and its own
        sentence on the labour it frees, when it has one."""
        said = thing.helps or thing.summary
        if said.startswith("Det "):
            said = f"{thing.name} {said[4:]}"
        freed = next((s for s in thing.more if re.search(r"arbejdskraft|transport", fold(s))), None)
        return Answer(f"{said} {freed}" if freed else said, thing.id, 0)

    def _read_set53(self, text: str) -> Answer | None:
        """Set 53's classes (bot/knowledge/framed.py): how much money the pool holds, the
        context before the question told or not ("… søge puljen til vendelagener. Hvor
        mange penge er der i den om året?"); what the municipality does to tell citizens
        and relatives what there is: the events Overskud i hverdagen and the technology
        leaflets. None when neither is asked."""
        pool = self.kb.get(POOL)
        if pool is not None and framed.asks_pool_amount(text):
            amount = self._own_sentence_with(pool, "mio")
            if amount is not None:
                return amount
        events, leaflets = self.kb.get(TRY_OUT), self.kb.get(NO_BRANDS_TOPIC)
        if events is not None and leaflets is not None and framed.asks_informing(text):
            first = re.split(r"(?<=\.)\s+", leaflets.summary.strip())[0]
            return Answer(f"{events.summary} {first}", events.id, 0)
        return None

    def _read_set52(self, text: str, context: Item | None, index: int) -> Answer | None:
        """Set 52's classes (bot/knowledge/ranked.py): the barrier asked about by name,
        with its own figure; a figure asked right after a barrier was told, that one's; a
        place of the ranking just told. None when none of these is asked."""
        after_barriers = context is not None and context.id == BARRIERS
        barriers = self.kb.get(BARRIERS)
        key = ranked.barrier_named(text)
        figure = ranked.asks_a_figure(text) or asks_figure(text)
        if (
            barriers is not None
            and key is not None
            and ranked.asks_of_barrier(text, after_barriers)
        ):
            # "hvor stor en andel pegede på økonomi som barriere": økonomi's 47,5 %, not
            # the largest barrier; GDPR asked plainly with its rise after it (sought.py)
            own = (barriers.summary, *barriers.more)
            gives = ranked.TOLD.get(key)
            found = [i for i, s in enumerate(own) if gives and gives.search(resumed.folded(s))]
            if gives is None:
                return Answer(ranked.no_figure(key, barriers.summary), barriers.id, 0)
            if found:
                said = own[found[0]]
                rise = next((s for s in own if ranked.RISE.search(resumed.folded(s))), None)
                if key == "law" and rise is not None and ranked.asks_change(text):
                    return Answer(rise, barriers.id, own.index(rise))
                if key == "law" and not figure and rise is not None:
                    said = f"{said} {rise}"
                return Answer(said, barriers.id, found[0])
        sentences = (context.summary, *context.more) if context is not None else ()
        last = sentences[index] if 0 <= index < len(sentences) else ""
        if after_barriers and ranked.asks_a_figure(text) and "%" in last:
            # "er GDPR en stor barriere?" … "hvor mange procent?": the figure of the
            # barrier just told, not the largest one's
            return Answer(last, BARRIERS, index)
        place = ranked.place_asked(text)
        if place is not None:
            # "og hvad lå på andenpladsen?" right after a ranking: its second
            named = self._named(text, (), prefer_topics=True) if context is None else None
            for item in filter(None, (context, named)):
                lists = ranked.rankings((item.summary, *item.more, *item.examples))
                at = ranked.at_place(place, lists, followed.year_named(text)) if lists else None
                if at is not None:
                    return Answer(at, item.id, index if item is context else 0)
        return None

    def _read_set51(self, text: str, context: Item | None, index: int) -> Answer | None:
        """Set 51's classes (bot/knowledge/pursued.py): when the survey just told was sent
        out; the name of the person just told about; whom the offer just told is for; what
        the principle just told means in practice; whether a thing suits everyone; a
        category asked with the others in it. None when none of these is asked."""
        sentences = (context.summary, *context.more) if context is not None else ()
        told = sentences[index] if 0 <= index < len(sentences) else None
        if context is not None and pursued.asks_when_sent(text):
            # "hvornår blev spørgeskemaet sendt ud, altså i hvilken periode": the dates
            for i, sentence in enumerate(sentences):
                if resumed.DATED.search(resumed.folded(sentence)):
                    return Answer(sentence, context.id, i)
        if context is not None and pursued.asks_name_of_the_told(text):
            # "hvad hed hun?" right after the poem's writer: the sentence that names her
            # (a person's full name first: "kvinde fra Østerbro" names only the place)
            order = sorted(
                range(len(sentences)),
                key=lambda i: (not pointed.names_a_person(sentences[i]), i != index),
            )
            for i in order:
                if pointed.new_names(sentences[i], text):
                    return Answer(sentences[i], context.id, i)
        if (
            context is not None
            and told is not None
            and pursued.asks_for_whom(text)
            and pursued.WHO.search(resumed.folded(told))
        ):
            # "og til hvem er det?" right after "… borgere over 65 år i eget hjem …"
            return Answer(told, context.id, index)
        if (
            context is not None
            and told is not None
            and pursued.asks_in_practice(text)
            and pursued.MEANS.search(told)
        ):
            # "hvad betyder det i praksis" right after what a principle means: that
            # sentence again, not the next one
            return Answer(told, context.id, index)
        if pursued.asks_if_for_everyone(text):
            named = self._named(text, (), prefer_topics=False)
            for item in filter(None, (named, context if named is None else None)):
                for i, sentence in enumerate((item.summary, *item.more)):
                    if pursued.NOT_EVERYONE.search(resumed.folded(sentence)):
                        return Answer(sentence, item.id, i)
        if pursued.asks_category_and_others(text):
            thing = self._thing_here(text, context)
            owner = self.kb.get(thing.category_id) if thing is not None else None
            others = self._others_in_category(thing) if thing is not None else None
            if thing is not None and owner is not None and others is not None:
                said = replies.in_category(thing.name, owner.name)
                return Answer(f"{said} {others.text}", thing.id, CATEGORY_TOLD)
        return None

    def _read_set50(self, text: str, context: Item | None, index: int) -> Answer | None:
        """Set 50's classes (bot/knowledge/resumed.py): what there is of the kind just
        suggested or told; a thing asked after by what it is called; who uses the
        principle just told; which the ethical questions are; when the report just told
        was made; how long the approval just told takes; whether the technology just told
        is instead of the home care; why the municipalities find the technology hard (the
        barriers). None when none of these is asked."""
        if context is not None and resumed.asks_what_there_is(text):
            # "æh hwa er der så at få" right after "det kunne være huske- og
            # påmindelsesløsninger": the things of that kind
            kind = self._of_the_kind(context, resumed.asks_what_else(text) and index >= 0)
            if kind is not None:
                return kind
        name = resumed.name_asked_about(text)
        if name is not None:
            # "hun har hørt om noget der hedder Teknoteket hvad er det": not a sentence
            # that shares "hørt om"
            thing = self._named(name, (), prefer_topics=False)
            if thing is not None:
                return self.about(thing)
        if context is not None and context.kind == "topic" and benefit.asks_where(text):
            # "og hvor finder man det så" right after Teknoteket: its summary says where
            return self.about(context)
        if context is not None and resumed.asks_who_uses(text):
            for i, sentence in enumerate((context.summary, *context.more)):
                if resumed.USES.search(resumed.folded(sentence)) and plain.has_a_name(sentence):
                    return Answer(sentence, context.id, i)
        if resumed.asks_ethical_questions(text) and plain.source_asked(text) is None:
            dilemma = self._dilemma_named(text)  # "… om overvågning og privatliv" (set 45)
            if dilemma is not None:
                return dilemma
            named = self._named(text, (), prefer_topics=True)
            ethics = self.kb.get(ETHICS)
            if ethics is not None and (named is None or named.id == ETHICS):
                questions = self._own_sentence_with(ethics, "dilemmaer")
                if questions is not None:
                    # the lead-in that says what they are, then the four
                    first = re.split(r"(?<=[.!?])\s+", ethics.summary.strip())[0]
                    said = f"{first} {questions.text}"
                    return Answer(said, questions.topic, questions.more_index)
        made = self._when_made(text, context)
        if made is not None:
            return made
        waited = self._approval_takes(text, context, index)
        if waited is not None:
            return waited
        if context is not None and resumed.asks_if_instead_of_care(text):
            # "er det i stedet for at hjemmeplejen kommer?" right after skærmbesøg: its
            # own sentence that it is a supplement, else the documents' topic of it
            for i, sentence in enumerate((context.summary, *context.more)):
                if resumed.SUPPLEMENT.search(resumed.folded(sentence)):
                    return Answer(sentence, context.id, i)
            supplement = self.kb.get(SUPPLEMENT_TOPIC)
            if supplement is not None:
                return self.about(supplement)
        barriers = self.kb.get(BARRIERS)
        if barriers is not None and resumed.asks_why_hard(text):
            return self.about(barriers)
        return None

    def _of_the_kind(self, context: Item, others_only: bool) -> Answer | None:
        """The technologies of the category of the thing just suggested or told (all of
        them, or the others when "ellers" is asked of one told)."""
        if others_only:
            return self._others_in_category(context)
        owner = context if context.kind == "category" else self.kb.get(context.category_id)
        if owner is None or owner.kind != "category":
            return None
        names = [t.name for t in self.kb.technologies_in(owner.id)]
        if not names:
            return None
        return Answer(resumed.in_category(owner.name, names[:MAX_LISTED]), owner.id, 0)

    def _when_made(self, text: str, context: Item | None) -> Answer | None:
        """ "tak, og hvornår blev den lavet" right after a report: its sentence with the
        dates, after its first sentence when that one alone names the report."""
        if context is None or not resumed.asks_when_made(text):
            return None
        sentences = (context.summary, *context.more)
        for i, sentence in enumerate(sentences):
            if resumed.DATED.search(resumed.folded(sentence)):
                if i == 0:
                    return Answer(sentence, context.id, i)
                first = re.split(r"(?<=[.!?])\s+", context.summary.strip())[0]
                return Answer(f"{first} {sentence}", context.id, i)
        return None

    def _approval_takes(self, text: str, context: Item | None, index: int) -> Answer | None:
        """ "hvor lang tid tager det typisk" right after who approves technology under the
        rules of magtanvendelse: the documents' sentence that the council's approval can
        take time."""
        if context is None or not resumed.asks_how_long(text):
            return None
        sentences = (context.summary, *context.more)
        told = sentences[index] if 0 <= index < len(sentences) else context.summary
        if context.id not in (COUNCIL_RULES, CONSENT) and not resumed.COUNCIL.search(
            resumed.folded(told)
        ):
            return None
        for item in filter(None, (self.kb.get(CONSENT), context)):
            for i, sentence in enumerate((item.summary, *item.more)):
                said = resumed.folded(sentence)
                if resumed.TAKES_TIME.search(said) and resumed.COUNCIL.search(said):
                    return Answer(sentence, item.id, i)
        return None

    def _read_set49(
        self, text: str, context: Item | None, current: str | None, index: int
    ) -> Answer | None:
        """Set 49's classes (bot/knowledge/placed.py): a request to be brief, which is no
        map; whether one can get the thing just told where one lives; who helps at the
        offer just told; whether anything exists for a need told; a thing described by
        what it does, asked whether it exists. None when none of these is asked."""
        brief = placed.without_brevity(text)
        if read.asks_shorter(text) and points_back(brief):
            brief = text  # "sig det i én sætning": what was just told, shorter
        if brief != text:  # "hvad er velfærdsteknologi, kort tak": not the "landkort"
            return self.answer_question(brief, current=current, current_index=index)
        here = self._got_where_one_lives(text, context)
        if here is not None:
            return here
        helpers = self._who_helps_here(text, context)
        if helpers is not None:
            return helpers
        if placed.asks_what_exists_for_need(text) and not read.asks_who_decides(text):
            # "ka man få noget hvis man glemmer sin medicin": the things for the need, not
            # how one gets medicinhåndtering
            need = self._suggested(text)
            if need is not None:
                return need
        if placed.asks_if_described_exists(text):
            # "findes der en stol der hjælper en op at stå": the thing so described
            loosely = re.sub(r"\b(en|et|nogle) (\w+) (der|som)\b", r"sådan \1 \2 \3", text)
            thing = self._described(loosely)
            needed = {m.item.id for m in self.search.by_need(text)}
            if thing is not None and thing.id in needed:  # not any "maskine" that cleans
                return self.about(thing)
        return None

    def _got_where_one_lives(self, text: str, context: Item | None) -> Answer | None:
        """ "kan han få det? han bor på nørrebro" right after skærmbesøg: the documents
        say nothing of the place itself; what they say of its municipality, if anything;
        the municipality's visitation decides (with the number to call)."""
        place = placed.asks_to_get_where_one_lives(text)
        if place is None:
            return None
        thing = self._thing_named(text) or context
        if thing is None or thing.kind == "topic":
            return None
        key = placed.COPENHAGEN if placed.in_copenhagen(place) else fold(place.lower())
        own = set(content_stems(thing.name))
        told: str | None = None
        for item in self.kb.items.values():
            for sentence in (item.summary, *item.more):
                if key in fold(sentence.lower()) and own <= set(content_stems(sentence)):
                    told = sentence
                    break
            if told is not None:
                break
        said = placed.offered_where(place, thing.name, told, placed.who_gets_it(text))
        return Answer(said, thing.id, 0, refer=True)

    def _who_helps_here(self, text: str, context: Item | None) -> Answer | None:
        """ "hvem er det der hjælper der, er det kommunen?" right after Nethjælpen: the
        subject's own sentence that names who helps; None unless one does."""
        if context is None or not placed.asks_who_helps(text):
            return None
        for i, sentence in enumerate((context.summary, *context.more)):
            if placed.HELPERS.search(fold(sentence.lower())):
                return Answer(sentence, context.id, i)
        return None

    def asked_after_need(self, text: str, before: str) -> Answer | None:
        """ "hvad er det for nogle skærme" right after "far kan ikke holde styr på, hvornår
        hjemmeplejen kommer", which nothing answered as a subject: the thing for that
        need the question names; None otherwise."""
        if not before or not placed.asks_which_thing(text):
            return None
        board = self.kb.get(DAY_PLAN)
        if followed.tells_not_knowing_when_help_comes(before) and board is not None:
            fitting = [board]
        else:
            fitting = [m.item for m in self.search.by_need(before)]
        said = content_stems(text)
        for item in fitting:
            names = [n for name in item.names for n in content_stems(name)]
            if any(_same_stem(n, w) for n in names for w in said):
                return self.about(item)
        return None

    def _told_again(self, text: str, context: Item | None, index: int) -> Answer | None:
        """ "og hvornår er det så man regner med det" right after "I 2028 forventes …":
        the sentence just told, when it says what is asked (a year, a count, a name);
        None otherwise."""
        if context is None:
            return None
        sentences = (context.summary, *context.more)
        told = sentences[index] if 0 <= index < len(sentences) else context.summary
        asked = retold.asked_again(text, told)
        if asked is None:
            return None
        says = {
            retold.WHEN: bool(read.years_in(told)),
            retold.HOW_MANY: _has_count(told),
            retold.WHO: plain.has_a_name(told),
        }
        return Answer(told, context.id, index) if says[asked] else None

    def _confirmed_detail(self, text: str, context: Item | None) -> Answer | None:
        """ "og er det frivillige, der hjælper?" right after Nethjælpen: the subject's own
        sentence that says the detail asked; None unless one does."""
        detail = followed.confirmed_detail(text) if context is not None else None
        if context is None or detail is None:
            return None
        asked = content_stems(detail)
        for i, sentence in enumerate((context.summary, *context.more)):
            said = set(content_stems(sentence))
            if asked and all(any(w.startswith(a) for w in said) for a in asked):
                return Answer(sentence, context.id, i)
        return None

    def _dilemma_named(self, text: str) -> Answer | None:
        """ "hvilke etiske spørgsmål stiller KL om overvågning og privatliv": the dilemma
        named, not the list of four; None unless a question of ethics names one."""
        ethics = self.kb.get(ETHICS)
        if ethics is None or not followed.asks_ethics(text):
            return None
        said = f" {' '.join(said_words(text))} "
        best: tuple[int, Item] | None = None
        for item in filter(None, map(self.kb.get, ethics.related)):
            if not item.id.startswith("etik_"):
                continue
            hits = sum(f" {' '.join(said_words(n))} " in said for n in item.names)
            if hits and (best is None or hits > best[0]):
                best = (hits, item)
        return self.about(best[1]) if best is not None else None

    def _expected_after_gains(self, text: str, context: Item | None) -> Answer | None:
        """ "og hvad forventer de så fremover" right after the gains of 2020: the five
        technologies the municipalities expected most of that year; None otherwise."""
        expected = self.kb.get(EXPECTED_GAINS)
        if expected is None or not followed.asks_expected(text):
            return None
        year = followed.year_named(text)
        if year is None and (context is None or context.id not in (GAINS, EXPECTED_GAINS)):
            return None
        year = year or _LATEST_GAINS_YEAR
        listed = next((e for e in expected.examples if e.startswith(f"{year}:")), None)
        if listed is None:
            return None
        named = [lower_first(re.sub(r"^\d+\.\s*", "", n.strip())) for n in listed[5:].split(",")]
        said = replies.expected_gains(year, named)
        return Answer(said, expected.id, 0)

    def _need_of_times(self, text: str) -> Answer | None:
        """ "hun kan aldrig finde ud af hvornår hjemmeplejen kommer": a screen or board
        that shows the day's plan; None otherwise."""
        if not followed.tells_not_knowing_when_help_comes(text):
            return None
        board = self.kb.get(DAY_PLAN)
        return self.about(board) if board is not None else None

    def _try_or_apply(self, text: str, context: Item | None) -> Answer | None:
        """ "hvor ka vi prøv sådan noget før vi køber det": Teknoteket; "kan jeg som datter
        søge om det for ham": the municipality decides, and a relative may ask it."""
        if followed.asks_to_try_first(text) and self._thing_named(text) is None:
            borrowing = self.kb.get(BORROWING)
            if borrowing is not None:
                return self.about(borrowing)
        if followed.asks_who_may_apply(text) and not read.on_social_area(text):
            thing = self._thing_here(text, context)
            said = followed.may_apply_for_another(thing.name if thing is not None else None)
            return Answer(said, thing.id if thing is not None else GETTING, 0, refer=True)
        return None

    def _category_of_thing(self, text: str, context: Item | None) -> Answer | None:
        """ "mor bruger rollator, hvilken af de 15 kategorier hører det under": the
        category of the technology named, else of the one just told; None otherwise."""
        if not relayed.asks_which_category(text):
            return None
        thing = self._thing_named(text)
        if thing is None and context is not None:
            thing = context
        if thing is None or thing.kind != "technology" or not thing.category_id:
            return None
        owner = self.kb.get(thing.category_id)
        if owner is None:
            return None
        return _reply(replies.in_category(thing.name, owner.name), thing.id, CATEGORY_TOLD)

    def _most_alike(self, text: str, items: Sequence[Item]) -> Item | None:
        """Of the items, the one whose own words share most with the text (the first of
        equals); None when none shares a word."""
        asked = set(content_stems(text))

        def shared(item: Item) -> int:
            own = " ".join((*item.names, item.summary, item.helps or "", *item.problems))
            return len(asked & set(content_stems(own)))

        ranked = sorted(items, key=shared, reverse=True)
        return ranked[0] if ranked and shared(ranked[0]) > 0 else None

    def _described_by_words(self, text: str) -> Item | None:
        """The technology a sentence describes ("sådan en maskine der …"): of those whose
        names end in the word, the one sharing most words with the description."""
        headed = self._headed_by(text)
        if headed is None:
            return None
        end, fitting = headed
        described = text[end:] if end < len(text) else text
        return self._most_alike(described, fitting)

    def _headed_by(self, text: str) -> tuple[int, list[Item]] | None:
        """Where the word of "sådan en <word> der …" ends, and the technologies whose
        names end in that word (a compound's head); None when the sentence describes no
        thing or the word is too short to tell."""
        found = DESCRIBED.search(" ".join(said_words(text)))
        if found is None or len(found.group(1)) < 4:
            return None
        head = stem(found.group(1))
        fitting = [
            item
            for item in self.kb.of_kind("technology")
            if any(stem(w).endswith(head) for n in item.names for w in said_words(n))
        ]
        return found.end(), fitting

    def _needs_told(self, text: str) -> Answer | None:
        """ "han er blevet glemsom og er faldet to gange … hvad kan han få af hjælp": the
        best technology for the needs together, then the best for each need told, in the
        order told; None when none is found."""
        clauses = relayed.need_clauses(text)
        together = [m.item for m in self.search.by_need(". ".join(clauses))]
        found: list[Item] = together[:1]  # the best for all the needs, first
        for clause in clauses:
            for match in self.search.by_need(clause)[:1]:
                if match.item not in found:
                    found.append(match.item)
        if len(found) < 2:
            found.extend(i for i in together if i not in found)
        if not found:
            return None
        names = [lower_first(item.name) for item in found[:3]]
        return Answer(replies.suggestions(names), found[0].id, NOT_YET_TOLD)

    def _need_in_shorthand(self, text: str) -> Answer | None:
        """The technologies for a need told in clauses ("borgeren falder tit, bor alene"):
        the first clause's suggestions that fall in the category asked for, else the first
        suggestions found."""
        named = self._named(text, (), prefer_topics=False)
        members = (
            {t.id for t in self.kb.technologies_in(named.id)}
            if named is not None and named.kind == "category"
            else set()
        )
        clauses = [c for c in re.split(r"[.,;]\s*", text) if c and not heard.asks_for_technology(c)]
        found = [s for s in map(self.suggest_for_need, clauses) if s is not None]
        fitting = [s for s in found if s.topic in members]
        return (fitting or found)[0] if found else self.suggest_for_need(text)

    def _sentences_with(self, item: Item, words: Sequence[str]) -> Answer | None:
        """An item's own sentences that say each of the words, together; None unless
        every word is said by one."""
        told = [self._own_sentence_with(item, w) for w in words]
        if not told or any(t is None for t in told):
            return None
        found = [t for t in told if t is not None]
        texts = list(dict.fromkeys(t.text for t in found))
        return Answer(" ".join(texts), item.id, max(t.more_index for t in found))

    def _read_pointed(self, text: str, context: Item | None, index: int) -> Answer | None:
        """Set 38's classes (bot/knowledge/pointed.py), whichever way the model took them;
        None when none of them is asked."""
        last = pointed.last_sentence(text)
        if last != text.strip() and KINDS_OF_WELFARE.search(" ".join(said_words(last))):
            # "… jeg vil gerne være forberedt. Hvilke slags velfærdsteknologi er der?"
            return self.list_categories()
        if pointed.name_said_then_asked(text):
            # "hun har hørt om noget der hedder X. Hvad er det?": X itself
            named = self._named(text[: -len(last)], (), prefer_topics=False)
            if named is not None:
                return self.about(named)
        if pointed.asks_to_know_well(text):
            return self._know_well()
        if pointed.asks_against_will(text):
            return self._against_will(text, context)
        if pointed.asks_if_i_decide(text):
            return self._own_decision()
        replaced = None if asks_if_forced(text) else self.replaces_care(text)
        if replaced is not None:  # "bekymret for om teknologien skal erstatte de mennesker"
            return replaced
        if pointed.asks_ethics(text):
            ethics = self._ethics_of(text)
            if ethics is not None:
                return ethics
        if pointed.asks_if_citizen_applies(text):
            return self._about_id(POOL_HOW)  # the municipality's units apply, not citizens
        if pointed.asks_kinds_of_data(text):
            data = self.kb.get(DATA_TOPIC)
            if data is not None:
                return self._own_sentence_with(data, "tre slags") or self.about(data)
        if pointed.asks_shortage(text):
            return self._about_id(SHORTAGE_TOPIC)  # the figure of staff lacking
        if pointed.asks_purpose(text):
            purpose = self._purpose_of(text, context)
            if purpose is not None:
                return purpose
        if pointed.asks_drawbacks(text) and not read.asks_both_sides(text):
            drawback = self._drawback_of(text, context)
            if drawback is not None:
                return drawback
        if pointed.asks_when_began(text):
            began = self._fact_saying(text, lambda s: int(_YEAR.search(s) is not None))
            if began is not None:
                return began
        if pointed.asks_what_it_showed(text):
            named = self._named(text, (), prefer_topics=True)
            if (
                named is not None
                and named.kind == "topic"
                and _SHOWED_RESULT.search(fold(named.summary))
            ):
                return self.about(named)  # "hvad viste evalueringen": its result
        if (
            pointed.asks_where_to_get_it(text)
            and context is not None
            and context.kind == "topic"
            and self._named(text, (), prefer_topics=False) is None
        ):
            return self._where_to_get_told(context, index)  # "hvor får jeg den" after apps
        return None

    def _know_well(self) -> Answer | None:
        """To know from afar that someone is well: screen visits, and the technologies
        that give safety (sensors, alarms)."""
        visits, safety = self.kb.get(SCREEN_VISITS), self.kb.get(SAFETY)
        if visits is None or safety is None:
            return None
        members = [lower_first(t.name) for t in self.kb.technologies_in(safety.id)]
        alarms = [m for m in members if "alarm" in m or "sensor" in m][:2]
        names = [lower_first(visits.name), lower_first(safety.name)]
        return Answer(replies.suggestions(names, alarms), visits.id, NOT_YET_TOLD)

    def _against_will(self, text: str, context: Item | None) -> Answer | None:
        """Put up though he will not: voluntariness, and for a thing under the rules of
        magtanvendelse the consent and the council's approval."""
        choice = self.right_to_choose()
        # "en alarm på hans hoveddør": the thing named without whose it is (set 55)
        about = self._thing_here(gleaned.plainly_placed(text), context)
        rules = self.kb.get(CONSENT)
        if choice is None or rules is None or about is None or not self._needs_approval(about):
            return choice
        first = re.split(r"(?<=[.!?])\s+", choice.text)[0]
        return Answer(f"{first} {rules.summary}", choice.topic, 0)

    def _own_decision(self) -> Answer | None:
        """That one decides oneself: the citizen's wishes, in dialogue, on self-
        determination (Horsens' values)."""
        values = self.kb.get(OWN_WISHES)
        if values is None or not values.more:
            return self.right_to_choose()
        return Answer(f"{values.summary} {values.more[0]}", values.id, 1)

    def _ethics_of(self, text: str) -> Answer | None:
        """The ethics of one technology: of watching for one that keeps an eye on a
        person, of contact for one that replaces a visit; None for another."""
        thing = self._thing_named(text)
        if thing is None:
            return None
        owner = thing.category_id or thing.id
        topic = ETHICS_OF_KIND.get(owner) or ETHICS_OF_KIND.get(thing.id)
        return self._about_id(topic) if topic is not None else None

    def _purpose_of(self, text: str, context: Item | None) -> Answer | None:
        """ "hvad er formålet med den slags teknologi": what its kind is for."""
        thing = self._thing_here(text, context)
        if thing is None:
            return None
        kind = self.kb.get(thing.category_id) if thing.category_id else thing
        return self.about(kind) if kind is not None else None

    def _drawback_of(self, text: str, context: Item | None) -> Answer | None:
        """A thing's drawback: its own sentence saying one, else a subject's sentence
        that says one of it."""
        thing = self._thing_here(text, context)
        if thing is None:
            return None
        own = next((s for s in thing.more if read.tells_drawback(s)), None)
        if own is not None:
            return Answer(own, thing.id, 0)
        stem = fold(thing.name).split()[0][:6]
        for item in self.kb.items.values():
            if item.kind != "topic":
                continue
            for i, sentence in enumerate((item.summary, *item.more)):
                if read.tells_drawback(sentence) and stem in fold(sentence):
                    return Answer(sentence, item.id, i + 1)
        return None

    def _fact_saying(self, text: str, says: Callable[[str], int]) -> Answer | None:
        """The sentence for a question that covers two of its words and says most of
        what is asked (a year; the names not said in the question), the better covering
        first among equals."""
        asked = question_stems(text) - MARKERS
        best: tuple[int, Fact] | None = None
        for match in self.facts.rank(asked):
            if match.score < FACT_SAYING_MIN:
                break
            said = says(match.fact.text) if len(match.matched) >= 2 else 0
            if said and (best is None or said > best[0]):
                best = (said, match.fact)
        if best is None:
            return None
        fact = best[1]
        return _reply(fact.text, fact.item_id, fact.next_index)

    def _where_to_get_told(self, context: Item, index: int) -> Answer | None:
        """ "hvor får jeg den" after a subject's sentence that named a thing: where one
        gets that thing (the municipality)."""
        sentences = (context.summary, *context.more)
        for i in (index, index - 1):
            if 0 <= i < len(sentences):
                thing = self._thing_named(sentences[i])
                if thing is not None:
                    return Answer(practical.how_to_get(thing.name), thing.id, 0, refer=True)
        return None

    def _others_in_category(self, context: Item) -> Answer | None:
        """The rest of the category a technology belongs to, or a category's own."""
        if context.kind == "category":
            owner, others = context, [t.name for t in self.kb.technologies_in(context.id)]
        elif context.kind == "technology" and context.category_id:
            owner = self.kb.items[context.category_id]
            others = [t.name for t in self.kb.technologies_in(owner.id) if t.id != context.id]
        else:
            return None
        if not others:
            return None
        return Answer(replies.others_in_category(owner.name, others[:MAX_LISTED]), owner.id, 0)

    def _thing_here(self, text: str, context: Item | None) -> Item | None:
        """The technology or category a question names, else the one talked about."""
        named = self._named(text, (), prefer_topics=False)
        if named is not None and named.kind != "topic":
            return named
        if context is not None and context.kind != "topic":
            return context
        return None

    def _both_sides(self, item: Item) -> Answer:
        """ "fordele og ulemper ved skærmbesøg" (set 37): what it helps with and what its
        own sentences say against it."""
        good = item.helps or item.summary
        drawback = next((s for s in item.more if read.tells_drawback(s)), None)
        return Answer(replies.both_sides(item.name, good, drawback), item.id, 0)

    def _kind_asked_for(self, text: str) -> Answer | None:
        """ "… ligger meget i sengen … hvilke teknologier findes der til sengen" (set 31),
        "… er der noget smart seng-tech", "hvad er der af hygiejne ting" (set 32): the
        kind of technology for the thing named, when a category is named so; None else."""
        kind = plain.kind_asked_for(text)
        if kind is None:
            return None
        for category in self.kb.categories():
            # "til sengen": sengeteknologi, the thing's stem and "teknologi"
            if re.fullmatch(rf"{re.escape(stem(kind))}[es]?teknologi", fold(category.name)):
                return self.about(category)
        return None

    def _kind_in_remark(self, text: str, told: Answer) -> Answer | None:
        """ "hvad er telemedicin? min mor har KOL" (set 35): the kind of the thing asked
        for that the remark after the question names, when every word of its name is
        said; None else."""
        item = self.kb.get(told.topic)
        if item is None or item.kind == "topic" or told.more_index != 0:
            return None
        owner = item.id if item.kind == "category" else item.category_id
        said = set(content_stems(text))
        for kind in self.kb.technologies_in(owner) if owner else ():
            if kind.id == item.id:
                continue
            for name in kind.names:
                stems = set(content_stems(name))
                if len(stems) >= 2 and stems <= said and not stems <= set(content_stems(item.name)):
                    return self.about(kind)
        return None

    def _question_before_remark(self, text: str) -> str | None:
        """ "hvad er forskellen på X og Y? jeg har set det nævnt et sted" (set 32): the
        question without the statement after it, when it asks a fact or names a subject
        on its own ("hvad kan man gøre? hun falder tit" keeps its need); None else."""
        asked = plain.question_before_remark(text)
        if asked is None:
            return None
        if is_specific_question(asked) or self._named(without_fillers(asked), (), False):
            return asked
        return None

    def _everyday(self, text: str, context: Item | None) -> Answer | None:
        """Questions in everyday words that name no subject of the documents (sets 29-30,
        bot/knowledge/everyday.py): whether this is a program or a person, what welfare
        technology is, whether it is only about saving, a thing asked for in a form right
        after it ("kan man få det som app"), something more right after a subject ("findes
        der også noget til folk med demens" after Teknoteket); None otherwise."""
        if plain.asks_program_or_person(text):
            return Answer(replies.A_PROGRAM, CHATBOTS, 0)
        helped = self._device_help(text)  # "hvor kan jeg få hjælp til min i pad" (set 29)
        if helped is not None:
            return helped
        if plain.asks_what_welfare_is(text):
            return self._about_id(WELFARE_DEFINED)
        if plain.asks_if_only_saving(text) and CARE_OR_TECHNOLOGY.search(fold(text)):
            return self._about_id(SUPPLEMENT_TOPIC)
        if plain.asks_if_lonelier(text):
            # "skal skærmen afløse hjemmeplejen? så ser hun jo færre mennesker" (set 35):
            # instead of people asked, the worry told after it
            return self.replaces_care(text) or self._about_id(LONELINESS)
        if plain.asks_help_when_lonely(text) and not read.asks_if_it_helps(text):
            return self._about_id(SOCIAL_TECHNOLOGY)  # "hun er så alene, hvad findes der"
        if plain.asks_for_cleaning_machine(text):
            return self._about_id(CLEANING)  # "er der en robot der kan vaske gulv"
        if plain.asks_if_camera_allowed(text):
            return self._about_id(VIDEO_RULES)  # "er det lovligt med et kamera i hans stue"
        if plain.asks_if_only_watching(text):
            return self._about_id(WATCHING_ETHICS)  # "er det ikke bare overvågning …"
        told = (
            self._sought(text)
            or self._category_asked(text)
            or self._joined_name(text)
            or self._difference(text)
            or self._kind_asked_for(text)
            or self._more_effort_ahead(text)
            or self._what_is_weighed(text)
            or self._application_contents(text)
        )
        if told is not None:
            return told
        if context is None:
            return None
        wanted = sought.context_sentence_sought(text)
        said = self._own_sentence_matching(context, wanted) if wanted is not None else None
        if said is not None:
            return said  # "hvor gammel var hun" right after the poem (set 33)
        place = sought.place_told(text)
        here = self._related_in(context, place) if place is not None else None
        if here is not None:
            return here  # "vi bor i Horsens, er der noget her" after Teknoteket (set 33)
        if (
            context.kind in ("technology", "category")
            and practical.asks_whom_to_call(text)
            and self._thing_named(text) in (None, context)
        ):
            # "og hvem skal jeg så spørge om det" right after a technology (set 29 more):
            # the way to get it, the municipality
            return _reply(practical.how_to_get(context.name), context.id, 0)
        form = plain.form_asked(text)
        if form is not None and self._named(text, (), prefer_topics=False) is None:
            said = self._own_sentence_with(context, form)
            if said is not None:
                return said
        if plain.asks_a_worry(text):
            worry = self._named(text, (), prefer_topics=True, threshold=1.0)
            if worry is not None and worry.kind == "topic" and worry.id != context.id:
                return self.about(worry)
        return self._also_for(text, context)

    def _difference(self, text: str) -> Answer | None:
        """ "hvad er forskellen på et hjælpemiddel og velfærdsteknologi" (set 29 more):
        what each of the two is, from the subject that names them both (its sentences
        that begin with one of them), else from each one's own summary; None unless
        both sides are found."""
        sides = plain.compared(text)
        if sides is None:
            return None
        whole = self._named(without_fillers(text), (), prefer_topics=True)
        told: list[tuple[str, str, int]] = []
        for side in sides:
            word = side.split()[-1]
            said = None
            if whole is not None:
                for i, sentence in enumerate((whole.summary, *whole.more)):
                    first = said_words(sentence)[:1]
                    if first and _one_word(first[0], word):
                        said = (sentence, whole.id, i)
                        break
            if said is None:
                own = self._named(side, (), prefer_topics=False, threshold=1.0)
                if own is not None and own.kind != "topic":
                    said = (own.summary, own.id, 0)
            if said is None:
                return None
            told.append(said)
        if told[0][0] == told[1][0]:
            return None
        _, topic, index = told[-1]
        return Answer(f"{told[0][0]} {told[1][0]}", topic, index)

    def _sought(self, text: str) -> Answer | None:
        """A question one or two sentences of the documents answer in so many words
        (set 33, bot/knowledge/sought.py): "hvad skiller habilitering fra
        rehabilitering", "hvad står der om mod"; None unless each sentence is found."""
        wanted = sought.sentences_sought(text)
        if wanted is None:
            return None
        told = [self._sentence_saying(pattern, text) for pattern in wanted]
        found = [t for t in told if t is not None]
        if len(found) != len(told) or not found:
            return None
        last = found[-1]
        return Answer(" ".join(t.text for t in found), last.topic, last.more_index)

    def _category_asked(self, text: str) -> Answer | None:
        """A category of KL's overview named by its name (set 33): "hvilke eksempler
        nævner de på hygiejneteknologi", "hvad står der under telemedicin" get its
        examples, "hvad er struktur- og planlægningsteknologi" the category, not one
        technology in it; None unless exactly one category is named."""
        named = [
            c
            for c in self.kb.categories()
            if any(sought.says_name(text, n) for n in c.names if n == c.name or "teknolog" in n)
        ]
        if len(named) != 1:
            return None
        category = named[0]
        if sought.category_contents_asked(text):
            return self.examples(category.id)
        if any(sought.only_what_is(text, n) for n in category.names):
            return self.about(category)
        return None

    def _related_in(self, context: Item, place: str) -> Answer | None:
        """Of the subjects related to the one talked about whose summary names the place,
        the one that shares most of its names ("prøve hjælpemidler" for Teknoteket)."""
        if re.search(rf"\b{place}", fold(context.summary)):
            return None  # the subject is itself of that place: its own sentences answer
        related = [self.kb.get(r) for r in context.related] + [
            i for i in self.kb.items.values() if context.id in i.related
        ]
        there = [i for i in related if i is not None and re.search(rf"\b{place}", fold(i.summary))]
        if not there:
            return None
        ours = set(content_stems(" ".join(context.names)))
        best = max(
            there, key=lambda i: len(ours & set(content_stems(" ".join((i.summary, *i.more)))))
        )
        return self.about(best)

    def _joined_name(self, text: str) -> Answer | None:
        """ "hvad er et skylletoilet" (set 33): a technology whose name of three parts
        ("skylle-tørre-toilet") is said as one word of its first and last; what it is,
        when nothing else is named."""
        if not sought.asks_what_is(text) or self._named(text, (), prefer_topics=False) is not None:
            return None
        said = sought.words_said(text)
        for item in self.kb.of_kind("technology"):
            if any(said & sought.joined_forms(n) for n in item.names):
                return self.about(item)
        return None

    def _own_sentence_matching(self, item: Item, pattern: re.Pattern[str]) -> Answer | None:
        """The first of an item's own sentences that `pattern` reads (folded)."""
        for i, sentence in enumerate((item.summary, *item.more)):
            if pattern.search(fold(sentence)):
                return Answer(sentence, item.id, i)
        return None

    def _more_effort_ahead(self, text: str) -> Answer | None:
        """ "hvor mange kommuner regner med at gøre mere med velfærdsteknologi fremover"
        (set 29 more): the documents' sentence on a larger effort ahead, not on the gains
        expected; None unless more effort ahead is asked."""
        if not plain.asks_more_effort_ahead(text):
            return None
        return self._sentence_saying(LARGER_EFFORT, text)

    def _what_is_weighed(self, text: str) -> Answer | None:
        """ "hvad kigger kommunalbestyrelsen efter, når de vurderer en ansøgning om en
        døralarm" (set 29 more): the sentence that says what the decider looks at, the
        one that fits the question best (a child's views for a child); None otherwise."""
        if not plain.asks_what_is_weighed(text):
            return None
        return self._sentence_saying(LOOKS_AT, text)

    def _sentence_saying(self, pattern: re.Pattern[str], text: str) -> Answer | None:
        """Of the sentences that say what `pattern` reads, the one that covers the
        question best (the first of them if none shares its words)."""
        said = [f for f in self.facts.facts if not f.listing and pattern.search(fold(f.text))]
        if not said:
            return None
        ranked = self.facts.rank(question_stems(text), items={f.item_id for f in said})
        texts = {f.text for f in said}
        fact = next((m.fact for m in ranked if m.fact.text in texts), said[0])
        return _reply(fact.text, fact.item_id, fact.next_index)

    def _application_contents(self, text: str) -> Answer | None:
        """ "hvad skal der stå i ansøgningen" (set 29 more): what the application form
        must hold, the subject named by the application; not the council's approval on
        the social area; None otherwise."""
        if not plain.asks_application_contents(text) or read.on_social_area(text):
            return None
        if COUNCIL.search(fold(text)):
            return None
        named = self._named(text, (), prefer_topics=True)
        if named is None or named.kind != "topic" or not named.examples:
            return None
        return self._contents(named)

    def _in_everyday_words(self, text: str, current: str | None) -> Answer | None:
        """The everyday readings above, for a sentence the model was unsure of, took
        for a wish to hear more or for a need: the question read in its words, then
        where the thing it names (or the one talked about) belongs or what it means."""
        context = self.kb.get(current)
        told = self._everyday(text, context)
        if told is not None:
            return told
        named = self._named(without_fillers(text), (), prefer_topics=False)
        return self._belongs_or_explained(text, named, context)

    def _about_id(self, item_id: str) -> Answer | None:
        item = self.kb.get(item_id)
        return self.about(item) if item is not None else None

    def _source_says(self, text: str) -> Answer | None:
        """ "hvad skriver regionen om samtykke", "hvad siger Horsens om etik" (set 36): the
        sentence of that document's subjects that best says what is asked, not a subject
        of another document that shares its word; None unless one covers it well."""
        asked = plain.source_asked(text)
        if asked is None:
            return None
        source = asked[0]
        question = self._source_question(text)
        if not question - MARKERS:
            return None
        items = [i.id for i in self.kb.items.values() if source in i.sources]
        ranked = self.facts.rank(set(question), items=items)
        if plain.asks_a_name(text):
            # "hvad hedder den træningsapp, rapporten nævner": a sentence with a name in it
            named_one = [
                m for m in ranked if m.score >= SOURCE_MIN and plain.has_a_name(m.fact.text)
            ]
            ranked = named_one[:1] + ranked
        if not ranked or ranked[0].score < SOURCE_MIN:
            # "hvad siger Horsens om etik": the document's one subject named by the word
            named = [
                i
                for i in items
                if any(self.facts.matching(q) & self.facts.names[i] for q in question - MARKERS)
            ]
            return self._about_id(named[0]) if len(named) == 1 else None
        best = ranked[0].fact
        return _reply(best.text, best.item_id, best.next_index)

    def _source_question(self, text: str) -> set[str]:
        """What a question asks of a document named, without the words naming it (the
        markers stay: "hvilke … frigør mest" asks for the most)."""
        asked = plain.source_asked(text)
        question = question_stems(text) - set(content_stems(asked[1] if asked else ""))
        question -= {stem(w) for w in _SOURCE_WORDS}
        if plain.asks_a_name(text):
            question -= {stem(w) for w in _NAME_WORDS}
        return question

    def _good_for(self, text: str) -> Answer | None:
        """ "hvad er sensorgulve gode for ifølge undersøgelsen", "hvad kan træningsapps
        bidrage med" (set 36): what the thing named does good, not a sentence of the
        source it is asked of; None unless a technology or category is named."""
        if not benefit.asks_what_good_for(text):
            return None
        thing = self._thing_named(text)
        return self.advantages(thing) if thing is not None else None

    def _law_here(self, text: str, current: str | None) -> Answer | None:
        """ "må de overhovedet det?", "kan vores kommune så gøre det samme?" right after a
        subject (sets 35-36): the subject's own sentence of the law; None when nothing
        was talked about, the question names a thing, or the subject says no law."""
        context = self.kb.get(current)
        if context is None or not plain.asks_if_allowed_here(text):
            return None
        if self._thing_named(text) not in (None, context):
            return None
        for i, sentence in enumerate((context.summary, *context.more)):
            if plain.tells_the_law(sentence):
                return Answer(sentence, context.id, i)
        return None

    def _own_sentence_with(self, item: Item, word: str) -> Answer | None:
        """The first of an item's own sentences that says a word (or one beginning with it)."""
        wanted = re.compile(rf"\b{re.escape(fold(word))}")
        for i, sentence in enumerate((item.summary, *item.more)):
            if wanted.search(fold(sentence)):
                return Answer(sentence, item.id, i)
        return None

    def _also_for(self, text: str, context: Item) -> Answer | None:
        """ "findes der også noget til folk med demens" right after Teknoteket, which
        tells of a demens-teknotek: the subject's own sentence that names the rare word
        asked; None unless the question asks for "også" something and names nothing."""
        if context.kind != "topic" or "ogsa" not in set(words(text)):
            return None
        if self._named(text, (), prefer_topics=False) is not None:
            return None
        for word in question_stems(text) - MARKERS:
            if len(word) < 5:
                continue
            said = self._own_sentence_with(context, word)
            if said is not None:
                return said
        return None

    def _belongs_or_explained(
        self, text: str, item: Item | None, context: Item | None
    ) -> Answer | None:
        """Where a technology belongs ("hvad hører stemmestyring så under", "hvad hedder
        den gruppe den hører til" right after one), a subject asked to be explained ("hvad
        mener KL med det faglige princip", "forklar det medmenneskelige lidt mere" right
        after the principles) or what the documents say about one ("hvad står der om
        Nethjælpen"): its category, its own summary; None otherwise (sets 29-30)."""
        belongs = plain.asks_where_it_belongs(text) and not asks_if_welfare(text)
        thing = item if item is not None and item.kind == "technology" else None
        if thing is None and item is None and context is not None and points_back(text):
            thing = context if context.kind == "technology" else None
        if thing is not None and belongs and thing.category_id:
            owner = self.kb.get(thing.category_id)
            if owner is not None:
                return _reply(replies.in_category(thing.name, owner.name), thing.id, CATEGORY_TOLD)
        if item is None or item.kind != "topic" or (context is not None and item.id == context.id):
            return None
        if plain.asks_to_explain(text) or plain.asks_what_is_written(text):
            return self.about(item)
        return None

    def _same_of_another(self, text: str, current: str | None, index: int) -> Answer | None:
        """ "og rollatorer?", "hvad med en loftslift da" right after a thing's category
        or what a thing is (set 34): the same question of the other thing named, its
        category or its summary; None unless only another thing is named."""
        context = self.kb.get(current)
        said = read.another_thing_asked(text)
        if context is None or said is None or context.kind not in ("technology", "category"):
            return None
        item = self._said_whole(said)
        if item is None or item.id == context.id or item.kind not in ("technology", "category"):
            return None
        if index == CATEGORY_TOLD:
            owner = self.kb.get(item.category_id) if item.kind == "technology" else None
            if owner is not None:
                return _reply(replies.in_category(item.name, owner.name), item.id, CATEGORY_TOLD)
            if item.kind == "category":
                return _reply(replies.is_a_category(item.name), item.id, CATEGORY_TOLD)
            return None
        if index == 0 and context.kind == item.kind == "technology":
            return self.about(item)  # right after what one thing is: what the other is
        return None

    def _said_whole(self, said: str) -> Item | None:
        """The item one of whose names is all of `said` (folded words; "løftestole" for
        "løftestol"); None if more or less is said."""
        matches = self.search.by_name(said)
        if not matches or matches[0].score < 1.0:
            return None
        item = matches[0].item
        asked = {stem(w) for w in said.split()}
        if any(asked == {stem(w) for w in said_words(n)} for n in item.names):
            return item
        return None

    def practical_follow_up(self, text: str, current: str | None, index: int) -> Answer | None:
        """ "kan man prøve en før man køber?" after a technology, which the model took for
        something the assistant cannot do: the practical answer about that technology.
        Only a sentence that points back and names nothing else."""
        item = self.kb.get(current)
        if item is None or item.kind not in ("technology", "category"):
            return None
        if practical.classify(text) is None or not points_back(text):
            return None
        if self._named(text, (), prefer_topics=False) not in (None, item):
            return None
        return self.answer_question(text, current=current, current_index=index)

    def read_follow_up(self, text: str, current: str | None, index: int) -> Answer | None:
        """The set readers' answer (`_read_first`) about the subject just told ("hvad hed
        hun?", "og til hvem er det?"), for a sentence the model took for a question about
        the assistant or its sources; None when nothing was talked about or none reads it."""
        if self.kb.get(current) is None:
            return None
        return self._read_first(text, current, index)

    def fact_follow_up(self, text: str, current: str | None, index: int) -> Answer | None:
        """ "hvor mange procent svarede det?", "hvor tit mødes de?" right after a subject,
        which the model took for something else (a way to a human, examples): the fact of
        that subject that answers it. Only a question for a figure, a time, how often or a
        paragraph, naming nothing else and no person to talk to; None otherwise."""
        again = self._told_again(text, self.kb.get(current), index) or self._when_made(
            text, self.kb.get(current)
        )
        if again is not None:  # "og hvornår er det så" right after a fact (set 47, 50)
            return again
        if asks_to_refuse_technology(text):
            # "kan jeg sige nej tak til det, jeg vil have et rigtigt menneske" right after
            # skærmbesøg (set 58, taken for a wish to talk to a person): the choice
            refused = self.may_refuse(text)
            if refused is not None:
                return refused
        year = self.year_told(text, current, index)
        if year is not None:  # "og året før?" right after a figure (set 24)
            return year
        # "hun kan aldrig finde ud af hvornår hjemmeplejen kommer" (set 45): a need, not
        # a time asked
        need = self._need_of_times(text)
        if need is not None:
            return need
        item = self.kb.get(current)
        if item is None and placed.asks_if_exists(text):
            # "han vandrer om natten. findes der sensorer i sengen" (set 49, taken for a
            # wish to talk to someone): the thing, when a technology answers
            exists = self.answer_question(text)
            thing = self.kb.get(exists.topic) if exists is not None else None
            if thing is not None and thing.kind in ("technology", "category"):
                return exists
        if not question_stems(text) & _FIGURES or asks(text, *TALK_TO):
            return None
        if item is None:  # "hvor mange kommuner svarede på statusmålingen?" as a first question
            return self.answer_specific(text) if is_specific_question(text) else None
        if self._named(text, (), prefer_topics=False) not in (None, item):
            return None
        found = self._specific(text, item, in_context=True, index=index)
        return self._figure_elsewhere(text, found.reply if found is not None else None, current)

    def categories_asked(self, text: str, current: str | None) -> Answer:
        """ "hvilke kategorier er der?" lists KL's categories; "hvilke typer data skaber
        teknologierne?" (taken for the same) asks a fact, answered when one fits."""
        again = self._same_of_another(text, current, CATEGORY_TOLD) or self._read_first(
            text, current
        )
        if again is not None:  # "og rollatorer?" taken for a question of category (set 34)
            return again
        question = self._question_before_remark(text)
        if question is not None:
            # "hvilke typer data …? der nævnes vist tre kategorier" (set 32): the remark's
            # "kategorier" is no request for the list
            return self.categories_asked(question, current)
        pointing = points_back(text)  # before "hvad er det for en X" is read as "hvad er X"
        text = joined_compounds(text)
        if KINDS_OF_WELFARE.search(" ".join(said_words(text))):
            return self.list_categories()  # "hvilke slags velfærdsteknologi findes der"
        named = self._named(text, (), prefer_topics=False)
        if plain.asks_to_list_categories(text) and (named is None or named.kind == "topic"):
            return self.list_categories()  # "ramse alle femten kategorier op, tak" (set 35)
        if named is not None and named.kind == "technology" and asks_category(text):
            # "hvad for en kategori hører en robotstøvsuger til": its own category
            category = self.answer_question(text)
            if category is not None:
                return category
        context = self.kb.get(current)
        if (
            (named is None or named.kind == "topic")
            and context is not None
            and context.kind == "category"
            and asks_category(text)
            and pointing
        ):
            # "hvad kategori hører det til" right after a category itself (set 19)
            return _reply(replies.is_a_category(context.name), context.id, CATEGORY_TOLD)
        if (
            (named is None or named.kind == "topic")  # "kategori" names the overview
            and context is not None
            and context.kind == "technology"
            and asks_category(text)
            and pointing
        ):
            # "hvad kategori hører det under" right after "hvad er et katapultsæde" (set 15),
            # "hvad er det for en kategori" after a lift chair (set 17): its own category
            owner = self.kb.get(context.category_id)
            if owner is not None:
                told = replies.in_category(context.name, owner.name)
                return _reply(told, context.id, CATEGORY_TOLD)
            category = self.answer_question(text, current=current)
            if category is not None:
                return category
        asked = question_stems(text) - MARKERS - CATEGORY_WORDS
        if asked:
            # "hvilke teknologier hjælper mod tryksår?": what helps with that
            reply = self.answer_specific(text, current) or self.suggest_for_need(text)
            if reply is not None:
                return reply
        return self.list_categories()

    def follow_up(self, text: str, current: str | None, index: int) -> Answer | None:
        """_follow_up, with a technology's "Det hjælper …" named when first told."""
        return self._helps_named(self._follow_up(text, current, index), current)

    def _follow_up(self, text: str, current: str | None, index: int) -> Answer | None:
        """A question about the current topic: a fact it asks for, who it is for, or more."""
        item = self.kb.get(current)
        first = self._read_first(text, current, index)
        if first is not None:
            return first
        if item is None:
            return self.best_fact(text, FACT_MIN_UNNAMED)
        said = (
            self._same_of_another(text, current, index)
            or self._law_here(text, current)
            or self._in_everyday_words(joined_compounds(text), current)
        )
        if said is not None:
            return said
        # "hvad er det godt for", "hvem betal for det", "hvor mange slags er der af det"
        # right after it (set 17, taken for a wish to hear more)
        told = (
            self.benefit_follow_up(text, current, index)
            or self.practical_follow_up(text, current, index)
            or self.kinds_of_it(text, current)
        )
        if told is not None:
            return told
        named = self._named(text, (), prefer_topics=False)
        if named is not None and named.kind != "topic" and named.id != item.id:
            # "hvad koster sådan en rollator så" after the ethics of choice, taken for a
            # wish to hear more of it (set 24): the thing named, not the subject's next
            return self.answer_question(text, current=current, current_index=index)
        if read.asks_who_decides(text):
            decided = self._who_decides_here(text, item)
            if decided is not None:
                return decided
        found = self._specific(text, item, in_context=True, index=index)
        if found is not None:
            return found.reply
        if "hvem" in set(words(text)) and item.helps:
            return Answer(item.helps, item.id, index)
        return self.tell_more(item.id, index)

    def figure_asked(self, text: str, current: str | None = None) -> Answer | None:
        """ "hvor mange tror at manglen på arbejdskraft får alvorlige konsekvenser …",
        taken for a need or not understood (set 18): a subject's sentence with a figure,
        where the question asks one; None otherwise."""
        if not asks_figure(text):
            return None
        found = self.answer_question(text, current=current)
        item = self.kb.get(found.topic) if found is not None else None
        if found is None or item is None or item.kind != "topic" or not _has_figure(found.text):
            return None
        return found

    def unsure_question(self, text: str, current: str | None, index: int) -> Answer | None:
        """A question the model was unsure of and no clear guess answered (sets 19-20):
        "hvor tit bliver det behandlet" after the council, "hvor vigtigt mener kommunerne
        det er": read as a plain question, in the conversation's context, rather than
        "det forstod jeg ikke". Only a question; None otherwise."""
        again = self._same_of_another(text, current, index)
        if again is not None:  # "ok og rollatorer", no question mark (set 34)
            return again
        said = " ".join(said_words(text))
        fragment = current is not None and (
            FRAGMENT.match(said) is not None or VERB_FIRST_AFTER_AND.match(said) is not None
        )
        if not (fragment or is_question(text) or is_question(main_clause(text))):
            return None
        return self.answer_question(text, current=current, current_index=index)

    def watching_asked(self, text: str) -> Answer | None:
        """ "er det ikke bare overvågning", "er det ikke et indgreb i privatlivet" (set 19),
        which the model took for a wish to talk to a person: what the documents say about
        surveillance, privacy and care; None if the sentence says no such thing."""
        if WATCHED.search(f" {fold(text)} ") is None:
            return None
        return self.answer_question(text)

    def kinds_of_it(self, text: str, current: str | None) -> Answer | None:
        """ "hvor mange slags er der af det" right after what welfare technology is: KL's
        categories (set 17); None otherwise."""
        if current not in DEFINITION_TOPICS or not KINDS_OF_IT.search(f" {fold(text)} "):
            return None
        return self.list_categories()

    def benefit_follow_up(self, text: str, current: str | None, index: int) -> Answer | None:
        """ "hvad er det godt for" right after a technology or a subject: what it is good
        for (bot/knowledge/benefit.py); "hvor ligger det" after an offer: where; None if
        the sentence asks no such thing, names something else, or nothing was talked
        about."""
        item = self.kb.get(current)
        if item is not None and item.kind == "topic" and benefit.asks_where(text):
            # "hvor ligger det henne" right after Teknoteket (set 17): its summary says where
            return self.about(item)
        confirmed = self._confirmed_detail(text, item)
        if confirmed is not None:  # "og er det frivillige, der hjælper?" (set 45)
            return confirmed
        helpers = self._who_helps_here(text, item)
        if helpers is not None:  # "hvem er det der hjælper der, er det kommunen?" (set 49)
            return helpers
        if (
            item is not None
            and probed.asks_benefit_weighed(text)
            and self._named(text, (), prefer_topics=False) in (None, item)
        ):
            # "hvad er fordelen for hende ved det i stedet for at de kommer" (set 59)
            return self._benefit_of(item, index)
        if item is None or not benefit.asks_benefit(text):
            return None
        if self._named(text, (), prefer_topics=False) not in (None, item):
            return None
        return Answer(benefit.benefit(item, self.kb.get(item.category_id)), item.id, index)

    def advantages(self, item: Item) -> Answer:
        """What a technology is good for: a subject of the documents about its
        advantages, if one is ("Erfaringer med skærmbesøg", named "fordele ved
        skærmbesøg"), else its own sentences (bot/knowledge/benefit.py)."""
        for other in self.kb.of_kind("topic"):
            if item.id in other.related and any("fordel" in fold(n) for n in other.names):
                return self.about(other)
        return Answer(benefit.benefit(item, self.kb.get(item.category_id)), item.id, 0)

    def who_decides(self, item: Item, text: str) -> Answer | None:
        """ "hvem bestemmer det så?" after a topic: its own sentence that names who
        decides, or else the documents' answer to who decides (set 13: after "video
        er ikke tilladt", the next sentence about it had been told instead)."""
        for i, sentence in enumerate((item.summary, *item.more)):
            if DECIDER.search(fold(sentence)):
                return Answer(sentence, item.id, i)
        for other in filter(None, map(self.kb.get, item.related)):
            for i, sentence in enumerate((other.summary, *other.more)):
                if DECIDER.search(fold(sentence)):
                    return Answer(sentence, other.id, i)
        if item.kind == "technology":  # who decides whether one gets it: the municipality
            return self.practical_follow_up("hvem bevilger den", item.id, 0)
        found = self.answer_question(text)
        return found if found is not None and found.topic != item.id else None

    def _slow_approval(self, text: str) -> Answer | None:
        """ "hvorfor tager det så lang tid at få lov til en alarm" (set 20): the documents'
        sentence on why approval is a long process; None unless the question asks why an
        approval takes long."""
        said = " ".join(said_words(text))
        if TAKES_LONG.search(said) is None or APPROVAL.search(said) is None:
            return None
        for item in self.kb.of_kind("topic"):
            for i, sentence in enumerate((item.summary, *item.more)):
                if LONG_PROCESS.search(fold(sentence)):
                    return Answer(sentence, item.id, i)
        return None

    def _named_in_context(self, text: str, item: Item, context: Item) -> Answer | None:
        """ "hvad med vr" right after a subject whose own sentence names VR among others
        (set 20): that sentence, which says what it is used for there; None otherwise."""
        if not WHAT_ABOUT.search(" ".join(said_words(text))):
            return None
        names = [f" {' '.join(words(n))} " for n in item.names if len(n) >= 2]
        for i, sentence in enumerate((context.summary, *context.more)):
            if any(n in f" {' '.join(words(sentence))} " for n in names):
                return Answer(sentence, context.id, i)
        for example in context.examples:  # "VR til erindringsterapi, mestring, …"
            if any(n in f" {' '.join(words(example))} " for n in names):
                return Answer(replies.examples_of([example]), context.id, 0)
        return None

    def _aid_asked_for(self, text: str) -> Answer | None:
        """ "… skal have støttestrømper på hver morgen, findes der et hjælpemiddel" (set 19):
        ideas asked for, and the need names an aid the documents tell of only as a subject
        (not a technology with needs of its own); None otherwise."""
        if not ASKS_FOR_IDEAS.search(fold(text)):
            return None
        named = self._named(text, (), prefer_topics=False, threshold=1.0)
        if named is None or named.kind != "topic" or not AN_AID.search(fold(named.summary)):
            return None
        return self.about(named)

    def _council_approves(self, text: str) -> Answer | None:
        """ "hvem godkender en sensoralarm til en voksen på et botilbud" (set 20): on the
        social area an alarm, a sensor or a tracker is the council's to approve, whatever
        else the question names; None unless it asks who decides there about one."""
        if not (read.asks_who_decides(text) and read.on_social_area(text)):
            return None
        if ALARMING.search(" ".join(said_words(text))) is None:
            return None
        return self._who_decides_here(text, None)

    def _who_decides_here(self, text: str, item: Item | None) -> Answer | None:
        """Who decides, where the question says: on a care home or a residence
        (socialområdet) an alarm, a sensor or a tracker is the municipal council's to
        approve ("er det kommunen eller regionen der bestemmer om hans søn på bosted kan
        få en sensor", set 22); else who decides about the thing (its visitation)."""
        said = " ".join(said_words(text))
        if read.on_social_area(text) and (
            ALARMING.search(said) or (item is not None and self._needs_approval(item))
        ):
            rules = self.kb.get(COUNCIL_RULES)
            for i, sentence in enumerate((rules.summary, *rules.more) if rules else ()):
                if read.council_decides(sentence):
                    return Answer(sentence, COUNCIL_RULES, i)
        return self.who_decides(item, text) if item is not None else None

    def best_fact(self, text: str, threshold: float) -> Answer | None:
        """The best fact sentence of the whole knowledge base for a question naming
        nothing we know, if it covers enough of it."""
        ranked = self.facts.rank(question_stems(text), lists=asks_for_list(text))
        if not ranked or ranked[0].score < threshold:
            return None
        fact = ranked[0].fact
        return _reply(fact.text, fact.item_id, fact.next_index)

    def _specific(
        self,
        text: str,
        item: Item,
        entities: Sequence[str] = (),
        in_context: bool = False,
        index: int = 0,
        threshold: float = FACT_MIN,
    ) -> _Found | None:
        """The answer to a specific question about `item` (named in it, or talked
        about): a practical answer, or the best fact sentence; None for a question that
        only names it ("hvad er X") or that no sentence answers well."""
        if asks_definition(text) and not in_context:
            if item.kind == "category" and asks(text, "hvad daekker", "hvad indeholder"):
                # "hvad dækker telemedicin over?": a category covers its technologies
                members = [t.name for t in self.kb.technologies_in(item.id)][:MAX_LISTED]
                if members:
                    return _Found(_reply(replies.examples_of(members), item.id, 0), 1.0)
            if item.kind == "category" and read.asks_precisely(text):
                # "hvad betyder telemedicin helt præcist" (set 22): what it is, and what
                # it covers
                members = [lower_first(t.name) for t in self.kb.technologies_in(item.id)]
                if members:
                    said = f"{item.summary} {replies.covers(members[:3])}"
                    return _Found(_reply(said, item.id, 0), 1.0)
            return None  # "hvad betyder telemedicin": what it is, its summary
        if item.kind == "topic" and item.examples and asks_contents(text):
            # "hvad står der på positivlisten?": what the list holds
            return _Found(self._contents(item), 1.0)
        if (
            item.kind == "topic"
            and item.examples
            and not in_context
            and (asks_which_of(text, item) or asks_kinds_of_its_own(text, item))
        ):
            # "hvilke etiske dilemmaer rejser teknologien" (set 27): the subject's own
            # list, not another's sentence that names it
            return _Found(self._contents(item), 1.0)
        if (
            item.kind == "topic"
            and item.examples
            and not in_context
            and (asks_for_things(text) or asks_for_its_own(text, item))
        ):
            # "hvilke teknologier frigør mest arbejdskraft?": the subject's list
            listed = replies.examples_of(item.examples[:MAX_LISTED])
            return _Found(_reply(listed, item.id, len(item.more) + 1), 1.0)
        if item.kind == "category" and not in_context and asks_for_things(text):
            # "hvilke teknologier hører til hygiejne?": the category's technologies
            members = [t.name for t in self.kb.technologies_in(item.id)][:MAX_LISTED]
            if members:
                return _Found(_reply(replies.examples_of(members), item.id, 0), 1.0)
        if item.kind == "technology" and item.category_id and asks_category(text):
            category = self.kb.items[item.category_id]
            said = replies.in_category(item.name, category.name)
            if ASKS_IF_WELFARE.search(" ".join(words(text))):
                said = f"Ja. {said}"  # "er min rollator også velfærdsteknologi": yes first
            return _Found(_reply(said, item.id, CATEGORY_TOLD), 1.0)
        kind = practical.classify(text)
        thing = item.kind in ("technology", "category")
        if kind is Practical.GET and thing and read.asks_who_can_get(text):
            gets = practical.who_may_get(item.name, item.helps)
            return _Found(_reply(gets, item.id, index), 1.0)
        if kind is not None and thing and kind is not Practical.LEGAL:
            return _Found(_reply(practical.unknown(kind, item.name), item.id, index), 1.0)
        names = set(self.facts.names.get(item.id, frozenset()))
        for value in entities:
            names |= set(content_stems(value))
        asked = question_stems(text)
        residual = {q for q in asked if not self.facts.names_cover(q, names)}
        if kind is Practical.LEGAL and thing:
            wider = None if in_context else self._legal_elsewhere(asked, residual, item)
            return _Found(wider or self._legal(asked, item, index), 1.0)
        if not residual and (kind is not None or how_verb(text)) and item.kind == "topic":
            # also "skal vi rapportere noget tilbage …" about the pool, whose names say
            # "afrapportering": what one must do (set 20)
            # "hvordan søger man puljen?" about "Sådan søger man puljen": every word is
            # one of the topic's names, and its own sentences tell how (set 7)
            own = self._own_fact(asked - MARKERS, item, in_context, index, threshold)
            if own is not None:
                return own
        if residual:
            boost = {r: RELATED_BOOST for r in item.related} if in_context else {}
            if in_context and item.kind == "category":
                # a category's technologies are about it too ("og hvor længe har de haft
                # det i København" after skærmbesøg: a screen-visit technology's fact, set 15)
                boost.update({t.id: RELATED_BOOST for t in self.kb.technologies_in(item.id)})
            boost[item.id] = CONTEXT_BOOST if in_context else NAMED_BOOST
            # "hvad siger positivlisten om GPS": the answer must be about both.
            about_both = all(q in self.facts.thing_names for q in residual - MARKERS)
            # what was just said about it: its summary, or the last `more` sentence
            told = frozenset({(item.id, index)}) if in_context else frozenset()
            ranked = self.facts.rank(
                asked,
                boost=boost,
                lists=asks_for_list(text),
                context=names if in_context else (),
                told=told,
            )
            how = how_verb(text) & asked
            if how and not any(m.score >= threshold and how & m.matched for m in ranked):
                how = set()  # no sentence good enough says it: the usual best
            for match in ranked:
                if match.score < threshold:
                    break
                if about_both and not (match.fact.stems & names):
                    continue
                if how and not how & match.matched:
                    continue  # "hvordan søger man penge fra puljen": how one applies
                if match.matched & residual:
                    fact = match.fact
                    return _Found(_reply(fact.text, fact.item_id, fact.next_index), match.score)
        if (
            kind is not None
            and thing  # a subject of the documents is no thing one gets or buys
            and kind is not Practical.LEGAL
            and not self._beyond(text, item)
            and not _reply(item.summary, item.id, 0).refer  # its answer says it already
        ):
            return _Found(_reply(practical.unknown(kind, item.name), item.id, index), threshold)
        return None

    def _contents(self, item: Item) -> Answer:
        """What a topic's list holds: its own sentence that names the things, else the
        things as examples."""
        listed = [fold(e) for e in item.examples]
        for i, sentence in enumerate((item.summary, *item.more)):
            if sum(e in fold(sentence) for e in listed) >= min(2, len(listed)):
                return _reply(sentence, item.id, i)
        return _reply(replies.examples_of(item.examples[:MAX_LISTED]), item.id, len(item.more) + 1)

    def _watching_rules(self, text: str) -> Answer | None:
        """Whether a care home may watch a resident: a camera, a microphone, an alarm or
        a sensor on a room or a door ("må bostedet sætte en sensor på hans dør?"). The
        documents' rules for that (Serviceloven's magtanvendelse), not a technology's
        summary or the social area's benefits (set 7)."""
        if practical.classify(text) is not Practical.LEGAL:
            return None
        said = " ".join(said_words(text))
        if not RESIDENT.search(said):
            return None
        if WATCHING.search(said):
            video = self.kb.get(VIDEO_RULES)
            return self.about(video) if video is not None else None
        if not ALARMING.search(said):
            return None
        named = self._named(text, (), prefer_topics=False, threshold=1.0)
        if named is not None and named.kind == "technology":
            return self._legal(question_stems(text), named, 0)  # its own rules
        rules = self.kb.get(ALARM_RULES)
        return self.about(rules) if rules is not None else None

    def _described(self, text: str) -> Item | None:
        """The technology a sentence describes by its kind and what it does ("sådan et
        toilet der skyller", "sån en stol som løfter"): the one whose names end in that
        word (a compound's head: "skylle-/tørretoiletter"), the best for the need said
        when several do. None when none, or when the word is too short to tell."""
        headed = self._headed_by(text)
        if headed is None:
            return None
        fitting = headed[1]
        if len(fitting) <= 1:
            return fitting[0] if fitting else None
        ranked = [m.item for m in self.search.by_need(text) if m.item in fitting]
        return ranked[0] if ranked else fitting[0]

    def _said_anywhere(self, text: str, context: Item | None = None) -> Answer | None:
        """What a sentence asks wherever it says it, in a remark or in its question (set
        8): small aids to borrow or try first (Teknoteket), and a brand to recommend (the
        municipality may not advertise products; the way to its visitation)."""
        said = " ".join(said_words(text))
        before_buying = plain.asks_to_try_before_buying(text) and (
            context is None or context.kind == "topic"
        )
        if (BORROW.search(said) and (AIDS.search(said) or before_buying)) or (
            sought.asks_to_try_before_deciding(text) and context is None
        ):
            borrowed = self.kb.get(BORROWING)
            return self.about(borrowed) if borrowed is not None else None
        if BRAND.search(said) and RECOMMEND.search(said):
            return Answer(replies.NO_BRANDS, NO_BRANDS_TOPIC, NOT_YET_TOLD, refer=True)
        if FUNDING.search(said) and TRYING_NEW.search(said):
            pool = self.kb.get(POOL)  # money to try out new technology: Horsens' pool
            return self.about(pool) if pool is not None else None
        if read.asks_who_is_behind(text):
            return self._who_is_behind(text, context)
        getting = self._way_to_get(text)
        if getting is not None:
            return getting
        if read.asks_why_technology(text):
            # "hvorfor vil kommunerne bruge mere teknologi, er det kun for at spare" (set 22)
            why = self.kb.get(WHY_TECHNOLOGY)
            return self.about(why) if why is not None else None
        if read.asks_about_vive(text):
            # "VIVE lavede en evaluering …, hvad fandt de ud af" (set 22): its own answer,
            # not the topic of evaluating technology that "evaluering" names
            vive = self.kb.get(EVIDENCE)
            if vive is not None:
                found = self._specific(text, vive)
                return found.reply if found and found.reply.topic == vive.id else self.about(vive)
        if read.asks_for_evidence(text):
            # "er der undersøgelser der viser at teknologien virker" (set 22): the
            # evaluation the documents tell of
            shown = self.kb.get(EVIDENCE)
            return self.about(shown) if shown is not None else None
        return None

    def _way_to_get(self, text: str) -> Answer | None:
        """ "mormor ser dårligt, hvem hjælper os med at skaffe et hjælpemiddel", "afgør
        visitationen hvad for et hjælpemiddel min mor får" (set 27): the way to an aid, the
        municipality's visitation (with the number to call); not what an aid is. Only
        where no technology is named (that one's own practical answer) and not on the
        social area (the council's approval)."""
        asked = read.asks_way_to_aids(text) or read.asks_who_decides_what_one_gets(text)
        if not asked or read.on_social_area(text) or self._thing_named(text) is not None:
            return None
        getting = self.kb.get(GETTING)
        return None if getting is None else _reply(getting.summary, getting.id, 0)

    def _who_is_behind(self, text: str, context: Item | None = None) -> Answer | None:
        """ "statusrapporten fra 2020, hvem står bag den" (set 22): the publisher of the
        document named (the source it has), then what it is. Only a document: a report,
        a survey, a declaration or a strategy with one source. "og hvem har lavet den"
        naming none, right after a document: that one's (set 25)."""
        named = [m.item for m in self.search.by_name(text) if m.score >= 1.0]
        for item in named or ([context] if context is not None else []):
            if item.kind != "topic" or len(item.sources) != 1:
                continue
            if not read.names_a_document(item.names):
                continue
            source = self.kb.sources.get(item.sources[0])
            if source is None:
                continue
            if source.publisher in item.summary:
                # "… CareNet, Danish.Care og Teknologisk Institut står bag den"
                return self.about(item)
            said = replies.behind(source.title, source.publisher, source.year)
            first = re.split(r"(?<=[.!?])\s+", item.summary)[0]
            return Answer(f"{said} {first}", item.id, 0)
        return None

    def _what_is(self, text: str) -> Answer | None:
        """ "hvad er (det der) X som hjemmeplejen altid snakker om", "hvad er et X og
        hvem er det tænkt til": what X is, its summary (and whom it helps, when asked);
        the words of the clause after it only pulled other facts forward (set 10). X
        must be one of our names, said whole."""
        those = self._named_after_de_der(text)
        if those is not None:
            return self.about(those)
        there = read.what_it_is_there(text)
        named = self._said_whole(there) if there is not None else None
        if named is not None:
            return self.about(named)  # "hvad er positivlisten på socialområdet" (set 34)
        found = WHAT_IS_THEN.search(" ".join(said_words(text)))
        if found is None:
            return None
        said = found["x"]
        matches = self.search.by_name(said)
        if not matches or matches[0].score < 1.0:
            return None
        item = matches[0].item
        if " " in said and said not in {" ".join(said_words(n)) for n in item.names}:
            return None  # "hvad er prisen på GPS som ...": more than the name
        told = self.about(item)
        if found["rest"].startswith("og hvem") and item.helps:
            return Answer(f"{item.summary} {item.helps}", item.id, 0)
        return told

    def _named_after_de_der(self, text: str) -> Item | None:
        """ "hvad var den der positivliste man hører om" (set 27): the item one of
        whose names is said whole right after "de der"; what is said after it only
        pulled other sentences forward."""
        rest = read.those_asked(text)
        for n in range(min(len(rest), 4), 0, -1):
            said = " ".join(rest[:n])
            matches = self.search.by_name(said)
            if not matches or matches[0].score < 1.0:
                continue
            item = matches[0].item
            if said in {" ".join(said_words(name)) for name in item.names}:
                return item
        return None

    def _word_meant(self, text: str) -> Answer | None:
        """ "hvad betyder habiliterende i Horsens' strategi?": the one fact sentence that
        uses the word (set 13: the strategy's definition of welfare technology had come
        back). A word of at least eight letters, in the sentences of one item only."""
        found = WORD_MEANT.search(" ".join(said_words(text)))
        if found is None:
            return None
        word = found["word"]
        using = [
            (item, i, sentence)
            for item in self.kb.items.values()
            for i, sentence in enumerate((item.summary, *item.more))
            if word in said_words(sentence)
        ]
        if not using or len({item.id for item, _, _ in using}) > 1:
            return None
        item, i, sentence = using[0]
        return Answer(sentence, item.id, i)

    def _named_by_words(self, text: str) -> Item | None:
        """The technology a sentence names by the words of one of its names, in another
        order or with words between: "en madras med en sensor i" is the "sensormadras"
        (its name "madras med sensor"), "lys der hjælper på døgnrytmen" the "døgnrytme
        lys" (set 10). Names of two or more content words only; the one with most."""
        said = set(content_stems(text))
        best: tuple[int, Item] | None = None
        for item in self.kb.of_kind("technology"):
            for name in item.names:
                stems = set(content_stems(name))
                if len(stems) < 2 or not all(any(_same_stem(n, w) for w in said) for n in stems):
                    continue
                if best is None or len(stems) > best[0]:
                    best = (len(stems), item)
        return best[1] if best is not None else None

    def _clear_need(self, text: str) -> Answer | None:
        if len(set(content_stems(text))) < 3:
            return None  # "jeg har det skidt": a feeling, not a described need
        matches = self.search.by_need(text)
        if not matches or matches[0].score < CLEAR_NEED:
            return None
        return self.suggest_for_need(text)

    def may_refuse(self, text: str) -> Answer | None:
        """Whether one may say no to technology: the documents' sentence on choosing it
        away, and, when a person is wanted instead, that technology is a supplement to
        human care, never instead of it (set 58)."""
        choice = self.kb.get(CHOICE)
        if choice is None:
            return None
        said = self._own_sentence_with(choice, "fravælge") or self.about(choice)
        supplement = self.kb.get(SUPPLEMENT_TOPIC)
        if supplement is None or not noted.wants_people(text):
            return said
        ask = self._own_sentence_with(choice, "spørg din kommune")
        told = f"{said.text} {supplement.summary}"
        return Answer(f"{told} {ask.text}" if ask is not None else told, choice.id, 0)

    def right_to_choose(self) -> Answer | None:
        """Whether one may say no to technology: the documents' topic of voluntariness."""
        choice = self.kb.get(CHOICE)
        return self.about(choice) if choice is not None else None

    def replaces_care(self, text: str) -> Answer | None:
        """ "kan en skærm virkelig erstatte at hjemmehjælperen kommer", "skal teknologien så
        overtage det personalet gør" (set 18): technology as a supplement, never instead
        of people, as the documents say."""
        if surveyed.refuses_machine(text):  # "vil ikke have maskine … må jeg sige nej"
            return self.right_to_choose()
        said = fold(text)
        if (
            not (REPLACES.search(said) and CARE_PEOPLE.search(said))
            and not STILL_VISITS.search(said)
            and not sought.asks_if_instead_of_people(text)
        ):
            return None
        item = self.kb.get(SUPPLEMENT_TOPIC)
        return self.about(item) if item is not None else None

    def _choice(self, text: str, context: Item | None = None) -> Answer | None:
        """ "behøver jeg at tage imod den maskine", naming no subject of the documents:
        whether one may say no is the documents' topic of voluntariness (set 7). Asked
        of a technology under the rules of magtanvendelse (named, or just talked about:
        "skal han ikke selv sige ja til det" after a door alarm, set 19), also what the
        documents say of consent and the municipal council's approval."""
        if not asks_if_forced(text) or asks_device_help(text):
            return None  # "jeg er frivillig og hjælper med tablets": the volunteers
        against_will = consent.asks_against_will(text)
        if not against_will and self._other_ideas(text):
            return None  # "hun nægter at gå med nødkald. hvad findes der ellers": a need
        named = self._named(text, (), prefer_topics=True)
        if named is not None and named.kind == "topic" and not against_will:
            return None  # the usual way: that topic's answer
        choice = self.right_to_choose()
        thing = next(
            (
                m.item
                for m in self.search.by_name(text)
                if m.score >= NAME_THRESHOLD and m.item.kind != "topic"
            ),
            None,
        )
        about = thing or context
        rules = self.kb.get(CONSENT)
        if choice is None or rules is None or about is None or not self._needs_approval(about):
            return choice
        first = re.split(r"(?<=[.!?])\s+", choice.text)[0]
        return Answer(f"{first} {rules.summary}", choice.topic, 0)

    def _part_of_owner(self, text: str, item: Item | None) -> bool:
        """ "hvad er de 3 principper i den fælles erklæring": the topic asked for ("de
        principper") named with the topic it is part of after "i"/"fra": the asked one's
        own answer, not a sentence of the owner that names both (set 22)."""
        return (
            item is not None
            and item.kind == "topic"
            and self._asked_item(text) is item
            and self._owner_after(text)
        )

    def _thing_named(self, text: str) -> Item | None:
        """The technology or category a sentence names, if any (not a topic)."""
        return next(
            (
                m.item
                for m in self.search.by_name(text)
                if m.score >= NAME_THRESHOLD and m.item.kind != "topic"
            ),
            None,
        )

    def _other_ideas(self, text: str) -> bool:
        """Ideas asked for a need told, a refusal of one thing in it ("hun nægter at gå
        med nødkald om halsen. hvad findes der ellers", set 22): the refusal is part of
        the need, not a question whether one may say no."""
        if not ASKS_FOR_IDEAS.search(fold(text)):
            return False
        return any(m.score >= CLEAR_NEED for m in self.search.by_need(text))

    def _needs_approval(self, item: Item) -> bool:
        """The item is on the positive list, or its own sentences put it under consent,
        magtanvendelse or the council's approval."""
        listed = self.kb.get(POSITIVE_LIST)
        on_list = listed is not None and item.id in listed.related
        return on_list or consent.needs_approval((item.summary, *item.more))

    def _near(self, text: str, item: Item) -> Answer | None:
        """A topic named with words of a question no sentence covers well enough, as a
        word new to us weighs like the rarest ("skal vi aflevere en rapport, når vi har
        fået puljemidler"): the sentence of it, or of a topic related to it, that holds
        every word we know of the question. Not its summary, which says none of it."""
        if item.kind != "topic":
            return None
        names = self.facts.names.get(item.id, frozenset())
        asked = question_stems(text) - MARKERS
        known = {q for q in asked if not self.facts.names_cover(q, names) and self.facts.known(q)}
        if not known or known & self.facts.thing_names:
            return None  # "hvad siger positivlisten om GPS": about both, not GPS alone
        related = [self.kb.items[r] for r in item.related if r in self.kb.items]
        scope = [item.id, *(r.id for r in related if r.kind == "topic")]
        question = known | {q for q in asked if self.facts.names_cover(q, names)}
        how = how_verb(text) & asked  # "hvordan søger man ...": a sentence that says how
        for match in self.facts.rank(question, items=scope, boost={item.id: RELATED_BOOST}):
            if known <= match.matched and how <= match.matched:
                fact = match.fact
                return _reply(fact.text, fact.item_id, fact.next_index)
        return None

    def _own_fact(
        self, asked: set[str], item: Item, in_context: bool, index: int, threshold: float
    ) -> _Found | None:
        """The topic's own sentence that covers most of a question made of its names."""
        told = frozenset({(item.id, index)}) if in_context else frozenset()
        ranked = self.facts.rank(asked, items=[item.id], boost={item.id: 0.0}, told=told)
        for match in ranked:
            if match.score >= threshold and match.own > 0:
                fact = match.fact
                return _Found(_reply(fact.text, fact.item_id, fact.next_index), match.score)
        return None

    def _asks_what_named_is(self, text: str, item: Item) -> bool:
        """ "hvad er de tre bundlinjer …": the item named right after "hvad er (de|det)"."""
        head = asked_for(text)
        said = " ".join(said_words(text))
        if head is None or not (ASKS_WHAT_IT_IS.search(said) or read.asks_what_those_are(said)):
            return False
        found = [m for m in self.search.by_name(head) if m.score >= NAME_THRESHOLD]
        return bool(found) and found[0].item.id == item.id

    def _other_topics(self, text: str, first: Item) -> list[Item]:
        matches = self.search.by_name(text)
        return [
            m.item
            for m in matches
            if m.score >= 1.0 and m.item.kind == "topic" and m.item.id != first.id
        ][:1]

    def _short_follow_up(self, text: str) -> bool:
        """A short question in words the knowledge base knows; a word it does not know
        ("hvad er en flyvemaskine?") is a new subject."""
        asked = question_stems(text) - MARKERS
        return len(words(text)) <= SHORT_FOLLOW_UP and all(self.facts.known(q) for q in asked)

    def _beyond(self, text: str, item: Item) -> set[str]:
        """What a question asks beyond practical words and the item's own names."""
        names = self.facts.names.get(item.id, frozenset())
        asked = question_stems(practical.without_practical_words(text)) - MARKERS
        return {q for q in asked if not self.facts.names_cover(q, names)}

    def _legal_elsewhere(self, asked: set[str], residual: set[str], item: Item) -> Answer | None:
        """ "hvilke paragraffer søger man efter for tryghedsskabende teknologi til voksne"
        (set 29 more): a rule asked about more than the thing (whom, how one applies),
        which another subject's sentence on the rules says, all of it; None when nothing
        beyond the rules' own words is asked or no such sentence answers well."""
        beyond = {q for q in residual - MARKERS if q not in practical.LEGAL_STEMS}
        beyond = {q for q in beyond if not any(_same_stem(q, s) for s in practical.LEGAL_STEMS)}
        names = self.facts.names.get(item.id, frozenset())
        # a word no sentence says (a compound of the thing's own name) asks nothing more
        beyond = {
            q for q in beyond if self.facts.matching(q) and not self.facts.matching(q) & names
        }
        if not beyond:
            return None
        for match in self.facts.rank(asked, boost={item.id: NAMED_BOOST}):
            if match.score < FACT_MIN:
                break
            legal = bool(match.fact.stems & practical.LEGAL_STEMS) or PARAGRAPH in match.matched
            if legal and beyond <= match.matched:
                fact = match.fact
                return _reply(fact.text, fact.item_id, fact.next_index)
        return None

    def _legal(self, asked: set[str], item: Item, index: int) -> Answer:
        """Whether a technology may be used: what it (or else its category) says about
        the rules, or that the documents name none."""
        for scope in (item.id, item.category_id):
            if scope is None:
                continue
            legal = asked | practical.LEGAL_STEMS
            for match in self.facts.rank(legal, items=[scope], boost={scope: 0.0}):
                fact = match.fact
                if fact.stems & practical.LEGAL_STEMS:
                    at = fact.next_index if fact.item_id == item.id else index
                    return _reply(fact.text, item.id, at)
        return _reply(practical.no_rules(item.name), item.id, index)

    def _the_question(self, text: str) -> str:
        """Of a question for a fact with a remark beside it that names nothing we know
        ("hvor mange medarbejdere kommer vi til at mangle? jeg har hørt et tal i
        radioen"), the question: the remark's words only pulled other facts forward (set
        6)."""
        parts = [p.strip() for p in re.split(r"(?<=[?.!])\s+", text.strip()) if p.strip()]
        if len(parts) < 2:
            # "hvor mange kommuner har skærmbesøg i socialpsykiatrien, hendes søn får støtte
            # derfra" (set 22): a remark about oneself after a comma
            at = read.remark_after(text)
            if at is None or not is_specific_question(text[:at]) or self.search.by_name(text[at:]):
                return text
            return text[:at]
        questions = [p for p in parts if is_question(p)]
        remarks = [p for p in parts if not is_question(p)]
        if len(questions) != 1 or not is_specific_question(questions[0]):
            return text  # "min mor har demens. hvad kan hjælpe?": the remark is the need
        if any(self.search.by_name(r) for r in remarks):
            return text
        return questions[0]

    def about(self, item: Item) -> Answer:
        """What a thing is, its summary. A category whose summary names none of its own
        technologies ("Telemedicin betyder, at …", set 47) also says a few that it covers,
        as KL's list of categories names them."""
        members = self.kb.technologies_in(item.id) if item.kind == "category" else []
        summary = fold(item.summary)
        if members and not any(fold(n) in summary for t in members for n in t.names):
            named = [t.name if _has_capitals(t.name[1:]) else lower_first(t.name) for t in members]
            covered = replies.covers(named[:_COVERED_NAMED])
            return Answer(f"{item.summary} {covered}", item.id, 0)
        return Answer(item.summary, item.id, 0)

    def _related_named(self, text: str, item: Item) -> Answer | None:
        """A topic named by a question that one of its related topics answers by name:
        "hvordan søger vi om midler fra puljen" names the pool, and "Sådan søger man
        puljen" has "søge puljen" among its names; "skal vi så rapportere tilbage" meets
        its "afrapportering" (set 7). The related topic whose names (beyond the words of
        the named topic's own) the question holds most of, by their weight; its best
        sentence for the question, else its summary. Topics only: a technology's related
        topics are its wider subjects, not its parts."""
        if item.kind != "topic":
            return None
        asked = question_stems(text) - MARKERS
        own = self.facts.names.get(item.id, frozenset())
        best: tuple[float, Item] | None = None
        for rid in item.related:
            other = self.kb.items.get(rid)
            if other is None or other.kind != "topic":
                continue
            weight = 0.0
            for name in other.names[1:]:
                stems = question_stems(name) - MARKERS
                new = {q for q in stems if not self.facts.names_cover(q, own)}
                if new and new <= asked and not new & self.facts.thing_names:
                    weight = max(weight, sum(map(self.facts.weight, new)))
            if weight and (best is None or weight > best[0]):
                best = (weight, other)
        if best is None:
            return None
        other = best[1]
        found = self._specific(text, other)
        if found is not None:
            return found.reply
        ranked = self.facts.rank(asked, items=[other.id], boost={other.id: 0.0})
        for match in ranked:
            if match.own > 0:  # the sentence itself holds a word asked: "afrapportere"
                return _reply(match.fact.text, match.fact.item_id, match.fact.next_index)
        return self.about(other)

    def _keyword_fact(self, text: str, item: Item) -> Answer | None:
        """The one sentence of a topic that a long name of it, said in the question, is
        in: "hvad er det velfærdsteknologiske landkort" names KL's status report by that
        phrase, and is answered by the report's sentence about the map, not its summary
        (set 6). A name its summary holds too is answered by the summary."""

        def plain(sentence: str) -> str:
            return " " + " ".join(re.findall(r"\w+", fold(sentence))) + " "

        said = plain(text)
        named = [plain(n) for n in item.names if plain(n) in said]
        if any(n in plain(item.summary) for n in named):
            return None  # "hvad er de tre bundlinjer": the summary says them
        short = (
            len(words(text)) <= SHORT_FOLLOW_UP
        )  # "hvad med gdpr" (set 22): that word's sentence
        for folded in sorted(named, key=len, reverse=True):
            if len(folded) < (6 if short else 10):
                continue
            holding = [i for i, m in enumerate(item.more) if folded in plain(m)]
            if len(holding) == 1:
                return Answer(item.more[holding[0]], item.id, holding[0] + 1)
        return None

    def _device_help(self, text: str) -> Answer | None:
        """ "hvem kan hjælpe mig med min nye tablet"; "... vil lære at bruge sin iPad ...
        hvor kan han få hjælp til det" (set 7: the device in the sentence before the
        question, taken as a need): where to get help with one's own device."""
        help_with = self.kb.get(DEVICE_HELP)
        if help_with is not None and asks_device_help(text):
            return self.about(help_with)
        return None

    def need_asked(self, text: str) -> Answer | None:
        """A question that names no technology but asks what helps with a need told in
        it ("min mor har demens og går ud om aftenen ... findes der noget teknologi til
        det?", set 13, taken for a question about a technology): what may help."""
        if not asks(text, *ASKS_WHAT_HELPS):
            return None
        return self.suggest_for_need(text)

    def _covers_precisely(self, text: str, entities: Sequence[str] = ()) -> Answer | None:
        """ "telemedicin, hvad er det helt konkret" (set 24): a category named and asked
        precisely, what it is and the technologies it covers; None otherwise."""
        if not read.asks_precisely(text):
            return None
        item = self._named(without_fillers(text), entities, prefer_topics=False)
        if item is None or item.kind != "category":
            return None
        members = [lower_first(t.name) for t in self.kb.technologies_in(item.id)]
        if not members:
            return None
        return _reply(f"{item.summary} {replies.covers(members[:3])}", item.id, 0)

    def _helps_with(self, text: str, entities: Sequence[str] = ()) -> Answer | None:
        """ "er der teknologi mod ensomhed", "kan en robothund hjælpe min far" (set 24):
        the technology named or the ones for that need, not the ethics subject whose
        name the need shares; None unless the sentence asks for help against a need or
        whether a thing named helps."""
        with_a_need = plain.asks_help_with_a_need(text) and not asks_device_help(text)
        if not (read.asks_against_a_need(text) or read.asks_if_it_helps(text) or with_a_need):
            return None
        named = [self.kb.get(e) or self._named(e, (), prefer_topics=False) for e in entities]
        thing = next((n for n in named if n is not None and n.kind != "topic"), None)
        thing = thing or self._thing_named(text)
        if thing is not None:
            return self.about(thing)
        if read.asks_against_a_need(text) or with_a_need:
            return self.suggest_for_need(text)
        return None

    def suggest_for_need(self, text: str) -> Answer | None:
        # "en kunde spørger om der er noget mod uro, …" (set 27): "spørger" is who asks,
        # not a need (the problem "spørger hele tiden hvad vi skal")
        read_first = self._read_first(text, None)
        if read_first is not None:
            return read_first
        return self._suggested(text)

    def _suggested(self, text: str) -> Answer | None:
        """What may help with the need a sentence tells (suggest_for_need, after the
        readers read first)."""
        text = without_frame(plain.without_hedge(text))
        if plain.asks_help_when_lonely(text) and not read.asks_if_it_helps(text):
            # "han sidder alene hele dagen, hvad findes der" (set 35): the social technologies
            social = self._about_id(SOCIAL_TECHNOLOGY)
            if social is not None:
                return social
        kind = self._kind_asked_for(text)
        if kind is not None:
            return kind
        named = self._thing_named(text) if read.asks_if_it_helps(text) else None
        if named is not None:  # "kan en robothund hjælpe min far, han er urolig" (set 24)
            return self.about(named)
        pills = noted.forgets_medicine(text)
        matches = self.search.by_need(noted.plain_medicine(text) if pills else text)
        if not matches:
            return None
        if pills:
            # "han glemmer om han har taget sine morgenpiller" (set 58): the medicine
            # technologies first, before the apps that only plan the day
            matches = sorted(matches, key=lambda m: not self._of_medicine(m.item))
        names = [lower_first(m.item.name) for m in matches]
        first = matches[0].item
        if len(matches) == 1 and first.kind == "category":
            # a category alone says little to a citizen: two of its technologies (set 8)
            members = self.search.need_order(text, self.kb.technologies_in(first.id))
            examples = [lower_first(t.name) for t in members[:2]]
            return Answer(replies.suggestions(names, examples), first.id, NOT_YET_TOLD)
        return Answer(replies.suggestions(names), first.id, NOT_YET_TOLD)

    def _of_medicine(self, item: Item) -> bool:
        """The medicine category or one of its technologies."""
        return MEDICINE in (item.id, item.category_id)

    def best_guess(
        self, text: str, current: str | None = None, current_index: int = 0
    ) -> Answer | None:
        """For a sentence the NLU was unsure about: answer only on a clear name match,
        or with a fact of the current topic (or any) that answers it very well
        (_best_guess); who made a dated subject and when gets its own answer."""
        set53 = self._read_set53(text)
        if set53 is not None:
            return set53
        closing = self._closing_named(text)
        guessed = self.best_guess(closing, current, current_index) if closing else None
        if guessed is not None:
            return guessed  # the closing question after a framing (set 53)
        first = self._read_first(text, current, current_index)
        if first is not None:
            return first
        told = self._best_guess(text, current, current_index)
        told = self._who_and_when(text, self._of_the_source(text, told))
        return self._helps_named(self._figure_elsewhere(text, told, current), current)

    def _best_guess(
        self, text: str, current: str | None = None, current_index: int = 0
    ) -> Answer | None:
        asked = self._question_before_remark(text) or plain.question_after_preamble(text)
        if asked is not None:
            told = self.best_guess(asked, current, current_index)
            if told is not None:
                return told
        text = plain.spoken_years(joined_compounds(text))
        if KINDS_OF_WELFARE.search(" ".join(said_words(text))):
            return (
                self.list_categories()
            )  # "øh hvor mange slags velfærds teknologi er der" (set 15)
        told = (
            self._same_of_another(text, current, current_index)
            or self._law_here(text, current)
            or self._good_for(text)
            or self._in_everyday_words(text, current)
        )
        if told is not None:
            return told
        helped = self._device_help(text)  # the whole text: the device may be said before
        if helped is not None:
            return helped
        whole = text
        told = self._said_anywhere(whole, self.kb.get(current)) or self._what_is(whole)
        if told is not None:
            return told
        council = self._council_approves(whole) or self._slow_approval(whole)
        if council is not None:
            return council
        helping = self._helps_with(whole)  # "… om der er noget imod uro" (set 27, unsure)
        if helping is not None:
            return helping
        text = self._the_question(main_clause(text))
        context = self.kb.get(current)
        rules = (
            self._watching_rules(text) or self._choice(text, context) or self.replaces_care(whole)
        )
        if rules is not None:
            return rules
        thing = self._thing_named(text)
        if thing is not None and read.asks_who_decides(text):
            # "hvem bestemmer om min far kan få en gps": who decides about it (set 14's
            # class, unsure)
            decided = self._who_decides_here(text, thing)
            if decided is not None:
                return decided
        if thing is None and context is not None and read.asks_who_decides(text):
            # "hvem afgør om hun får den i stedet for besøg" right after a dispenser (set
            # 35, unsure): who decides about that, as answer_question says
            decided = self._who_decides_here(text, context)
            if decided is not None:
                return decided
        back = self.context_follow_up(text, context, current_index) if context is not None else None
        if back is not None:
            return back
        aid = self._aid_asked_for(whole)
        if aid is not None:
            return aid
        if ASKS_FOR_IDEAS.search(fold(whole)):
            # "... kan ikke holde styr på ugedagene, nogle ideer til hjælpemidler?": the
            # need, not the word "hjælpemidler"; told before the question, or in it
            need = self.suggest_for_need(whole) or self.suggest_for_need(text)
            if need is not None:
                return need
        item = self._named(
            without_fillers(text), (), prefer_topics=asks_if_forced(text), threshold=1.0
        )
        if item is None and asks(text, "hvad er", "hvad betyder", "hvad hedder"):
            # "hvad er exoskelleter?": a thing asked what it is, misspelt (set 10)
            near = [m for m in self.search.by_name(text) if m.score >= NAME_THRESHOLD]
            item = next((m.item for m in near if m.item.kind != "topic"), None)
        if item is None and ASKS_WHAT_IT_IS.search(" ".join(said_words(text))):
            described = self._named_by_words(text)  # "sådan en madras med en sensor i"
            if described is not None:
                return self.about(described)
        if (
            item is not None
            and item.kind == "topic"
            and context is not None
            and item.id != context.id
            and points_back(text)
        ):
            # "og hvad får de ansatte ud af det" right after a technology (set 19): of
            # "det", when its own sentence answers, not the topic "de ansatte" names
            here = self._specific(text, context, in_context=True, index=current_index)
            if here is not None and here.score >= FACT_MIN_UNNAMED:
                return here.reply
        if item is not None and self._part_of_owner(text, item):
            return self.about(item)  # "hvilke principper står der i erklæringen"
        if item is not None and item.kind != "topic" and benefit.asks_advantages(text):
            return self.advantages(item)
        if item is not None:
            found = self._specific(text, item)
            if found is None:
                return (
                    self._keyword_fact(text, item)
                    # "hvad er de tre bundlinjer man altid snakker om": what it is (set 11)
                    or (self.about(item) if self._asks_what_named_is(text, item) else None)
                    # "hvad betyder mindste indgriben princippet i horsens": its meaning,
                    # not a related topic's that shares the place's name (set 19)
                    or (self.about(item) if defined(text) else None)
                    or self._related_named(text, item)
                    or self._near(text, item)
                    or self.about(item)
                )
            if item.kind == "topic" and found.reply.topic != item.id and asks_if_forced(text):
                # "borgeren spørger om hun kan sige nej tak til en skærm" (set 22): the
                # question of choice, not what the thing it names is
                return self.about(item)
            return found.reply
        if practical.classify(text) is not None:
            # "kan man få sådan en stol der løfter en op af kommunen": the technology
            # described, not named, and the practical answer about it (set 8)
            described = self._described(text)
            if described is not None:
                return self.answer_question(text, entities=[described.name])
        if not is_question(text):
            # a need told in one's own words ("hun glemmer sine piller om aftenen") gets
            # ideas when it clearly matches one (set 7); else "ikke forstået" and 1-1-2
            return self._clear_need(text)
        if context is not None:
            found = self._specific(
                text, context, in_context=True, index=current_index, threshold=FACT_MIN_UNSURE
            )
            if found is not None:
                return found.reply
            if points_back(text):
                # "kan jeg som pårørende søge den" after the pool: how one applies (set 21)
                related = self._related_named(text, context)
                if related is not None:
                    return related
        return self.best_fact(text, FACT_MIN_UNSURE)

    def year_told(self, text: str, current: str | None, index: int) -> Answer | None:
        """ "hvilket år var det" right after a figure: the sentence just told, when it
        names its year; "og året før?": the subject's sentence naming the year before the
        latest one told (set 24). None otherwise."""
        context = self.kb.get(current)
        if context is None:
            return None
        sentences = (context.summary, *context.more)
        told = sentences[index] if 0 <= index < len(sentences) else context.summary
        if read.asks_which_year(text):
            return Answer(told, context.id, index) if read.years_in(told) else None
        if not read.asks_year_before(text):
            return None
        years = read.years_in(told) or read.years_in(context.summary)
        if not years:
            return None
        before = max(years) - 1
        for i, sentence in enumerate(sentences):
            if before in read.years_in(sentence):
                return Answer(sentence, context.id, i)
        return None

    def context_follow_up(self, text: str, context: Item, index: int = 0) -> Answer | None:
        """A short question about what was just told that the model was unsure of (sets
        19-21): "og hvad med frontmedarbejderne" after the citizens' involvement (the
        related subject named), "hvad var tallet i 2022" (the sentence with that year),
        "er det blevet bedre eller værre" (the sentence that says how it changed), "hvem
        bestemmer hvem der får dem" (who decides about it). None otherwise."""
        practical_told = self._practical_in_context(text, context)
        if practical_told is not None:
            return practical_told
        of_year = self.year_told(text, context.id, index)
        if of_year is not None:
            return of_year
        said = " ".join(said_words(text))
        if WHAT_ABOUT.search(said):
            named = [m for m in self.search.by_name(text) if m.score >= NAME_THRESHOLD]
            if named and named[0].item.id != context.id:
                other = named[0].item
                return (
                    self._named_in_context(text, other, context)
                    or self._keyword_fact(text, other)
                    or self.about(other)
                )
        if ASKS_WHAT_IT_DOES.search(said) and context.kind != "topic":
            return self.about(context)  # "hvad gør den så" right after a technology
        if len(words(text)) > FOLLOW_UP_WORDS:
            return None
        year = _YEAR.search(said)
        if year is not None and not self._named(text, (), prefer_topics=False):
            for i, sentence in enumerate((context.summary, *context.more)):
                if year.group(0) in sentence:
                    return Answer(sentence, context.id, i)
        if CHANGE_ASKED.search(said):
            for i, sentence in enumerate((context.summary, *context.more)):
                if CHANGE_TOLD.search(fold(sentence)):
                    return Answer(sentence, context.id, i)
        if read.asks_who_decides(text) and (
            points_back(text)
            or len(words(text)) <= 6
            # "hvem bestemmer om min mor kan få et" after a toilet (set 22): naming nothing
            or self._thing_named(text) is None
        ):
            return self._who_decides_here(text, context)
        return None

    def _practical_in_context(self, text: str, context: Item) -> Answer | None:
        """A follow-up right after a technology or a list, that the model was unsure of
        or took for a need (set 19): "hvilke ting står der så på den" (what the list
        holds), "er der nogen steder han kan få hjælp til at lære det" (where to learn
        it), "hvor skal han ringe hen" (the municipality), "er det noget man kan få
        hjemme" (the practical answer about it). None otherwise."""
        if len(words(text)) > FOLLOW_UP_WORDS:
            return None
        if (
            context.kind == "topic"
            and context.examples
            and asks_contents(text)
            and (points_back(text) or _no_subject(text))
        ):
            return self._contents(context)
        if context.kind not in ("technology", "category"):
            return None
        if practical.asks_where_to_learn(text):
            place = self.kb.get(DEVICE_HELP if digital(context) else TRY_OUT)
            return self.about(place) if place is not None else None
        if practical.asks_whom_to_call(text) and not self._named(text, (), prefer_topics=False):
            return _reply(practical.how_to_get(context.name), context.id, 0)
        if practical.classify(text) is not None and points_back(text):
            return self.practical_follow_up(text, context.id, 0)
        return None

    def answer_specific(self, text: str, current: str | None = None) -> Answer | None:
        """For a sentence taken as a need that asks a specific question and describes
        no need we know ("hvor kan man låne små hjælpemidler?"): a fact or practical
        answer that fits well, never a summary."""
        first = self._read_first(text, current)
        if first is not None:
            return first
        said = self._in_everyday_words(plain.spoken_years(joined_compounds(text)), current)
        if said is not None:
            return said
        text = main_clause(joined_compounds(text))
        if read.asks_who_decides(text):
            # "… vil vide om det er kommunen eller regionen der bestemmer om hans søn kan
            # få en sensor" (set 22): who decides, not the thing
            thing = self._named(text, (), prefer_topics=False)
            if thing is None or thing.kind == "topic":
                thing = self.kb.get(current)
            decided = self._who_decides_here(text, thing)
            if decided is not None:
                return decided
        rules = (
            self._said_anywhere(text)
            or self._watching_rules(text)
            or self._choice(text)
            or self._device_help(text)
        )
        if rules is not None:
            return rules
        context = self.kb.get(current)
        back = self.context_follow_up(text, context) if context is not None else None
        if back is not None:  # "og hvad med frontmedarbejderne", taken for a need (set 19)
            return back
        clear_need = any(m.score >= CLEAR_NEED for m in self.search.by_need(text))
        if words(text)[:2] in KIND_ASKED and not clear_need:
            # "hvad slags data samler teknologierne ind" (set 11): a kind asked, no need
            return self.answer_question(text, prefer_topics=True)
        aid = self._aid_asked_for(text)
        if aid is not None:
            return aid
        if not is_specific_question(text):
            return None
        topic = self._named(text, (), prefer_topics=True, threshold=1.0)
        if topic is not None and topic.kind == "topic":
            # "hvor mange kommuner har svært ved at rekruttere sosu-assistenter": a
            # question about a subject of the documents, whatever need its words share
            found = self._specific(text, topic, threshold=FACT_MIN_UNSURE)
            if found is None and asks_figure(text) and not _has_figure(topic.summary):
                # "hvor mange medarbejdere er det vi kommer til at mangle i plejen": a
                # figure asked, and the topic named by "medarbejdere" has none; the
                # sentence with the figure, if it answers well enough (set 14)
                found = self._specific(text, topic, threshold=FACT_MIN_UNNAMED)
                if found is not None and not _has_figure(found.reply.text):
                    found = None
            return found.reply if found is not None else self.about(topic)
        if self.search.by_need(text):
            return None
        item = self._named(text, (), prefer_topics=False)
        if item is not None:
            found = self._specific(text, item, threshold=FACT_MIN_UNSURE)
            return found.reply if found is not None else None
        context = self.kb.get(current)
        if context is not None:
            found = self._specific(text, context, in_context=True, threshold=FACT_MIN_UNSURE)
            if found is not None:
                return found.reply
        return self.best_fact(text, FACT_MIN_UNSURE)

    def tell_more(self, current: str | None, index: int) -> Answer | None:
        item = self.kb.get(current)
        if item is None:
            return None
        if index < 0:
            return Answer(item.summary, item.id, 0)
        if index < len(item.more):
            return Answer(item.more[index], item.id, index + 1)
        if index == len(item.more) and item.kind == "technology" and item.helps:
            return Answer(item.helps, item.id, index + 1)
        if index == len(item.more) and item.examples and item.kind == "category":
            return Answer(replies.examples_of(item.examples[:MAX_LISTED]), item.id, index + 1)
        return Answer(replies.nothing_more(item.name), item.id, index + 1)

    def examples_asked(
        self, text: str, entities: Sequence[str], current: str | None
    ) -> Answer | None:
        """ "giv mig nogle eksempler på mobilitetsteknologi": of the thing named, else of
        what the conversation is about."""
        told = self._read_first(text, current) or self.benefit_follow_up(text, current, 0)
        if told is not None:  # "hvad er fordelene for ham ved det" (set 25)
            return told
        named = self._named(text, entities, prefer_topics=False)
        if named is not None and named.kind != "topic":
            return self.examples(named.id)
        if named is not None and named.id != current and not asks_examples(text):
            # "hvad var det største problem" right after the survey (set 24): a question
            # naming another subject, not a wish for examples of this one
            told = self.answer_question(text, current=current)
            if told is not None:
                return told
        return self.examples(current)

    def examples(self, current: str | None) -> Answer | None:
        item = self.kb.get(current)
        if item is None:
            return None
        if item.kind == "technology" and item.category_id:
            category = self.kb.items[item.category_id]
            others = [t.name for t in self.kb.technologies_in(category.id) if t.id != item.id]
            text = replies.examples_in_category(category.name, others[:MAX_LISTED])
            return Answer(text, item.id, 0)
        if item.examples:
            listed = (
                item.examples if item.id == CATEGORIES_OVERVIEW_ID else item.examples[:MAX_LISTED]
            )
            return Answer(replies.examples_of(listed), item.id, 0)
        related = [self.kb.items[r].name for r in item.related if r in self.kb.items]
        if related:
            return Answer(replies.examples_of(related[:MAX_LISTED]), item.id, 0)
        return Answer(replies.nothing_more(item.name), item.id, 0)

    def source(self, current: str | None) -> Answer | None:
        item = self.kb.get(current)
        if item is None:
            return None
        titles = [
            replies.source_title(s.title, s.publisher, s.year) for s in self.kb.sources_of(item)
        ]
        return Answer(replies.source_line(titles, own_summary=item.kind != "topic"), item.id, 0)

    def general_source_line(self) -> str:
        publishers = list(dict.fromkeys(s.publisher for s in self.kb.sources.values()))
        return replies.general_sources(len(self.kb.sources), publishers)

    def list_categories(self) -> Answer:
        overview = self.kb.items[CATEGORIES_OVERVIEW_ID]
        return Answer(overview.summary + " Sig »fortæl mere« for hele listen.", overview.id, 0)

    # -- helpers ------------------------------------------------------------

    def _asked_item(self, text: str, threshold: float = NAME_THRESHOLD) -> Item | None:
        """ "hvilke principper bygger KL's erklæring på": of two things named, the one
        after "hvilke" is what is asked for (the principles, not the declaration)."""
        head = asked_for(text)
        if head is None or asks_category(text):
            return None  # "hvilken slags velfærdsteknologi er X": X's category
        matches = [m for m in self.search.by_name(text) if m.score >= threshold]
        wanted = [m for m in self.search.by_name(head) if m.score >= threshold]
        if len(matches) > 1 and wanted and wanted[0].item.id in {m.item.id for m in matches}:
            return wanted[0].item
        return None

    def _in_order(self, text: str, topics: list[Match]) -> list[Match]:
        """ "principperne i KL's fælles erklæring": of two topics named, the one said
        first, with the other after "i", "fra" or "hos", is what is asked (set 20: the
        declaration's summary had come back)."""
        said = " ".join(said_words(text))
        one, two = topics[0], topics[1]
        at_one, at_two = _said_at(said, one.item), _said_at(said, two.item)
        if at_one is None or at_two is None:
            return topics
        (before, first), (after, second) = sorted(
            [(at_one, one), (at_two, two)], key=lambda p: p[0]
        )
        if not re.search(r"\b(?:i|fra|hos|ifolge)(?: \w+){0,2} $", said[: after[0]]):
            return topics
        if said[before[1] : after[0]].count(" ") > 4:
            return topics
        return [first, second, *topics[2:]]

    def _owner_after(self, text: str) -> bool:
        """Two topics named, the second after "i"/"fra" ("principperne i KL's erklæring")."""
        topics = [
            m
            for m in self.search.by_name(text)
            if m.score >= NAME_THRESHOLD and m.item.kind == "topic"
        ]
        return len(topics) >= 2 and self._in_order(text, topics) is not topics

    def _named(
        self,
        text: str,
        entities: Sequence[str],
        prefer_topics: bool,
        threshold: float = NAME_THRESHOLD,
    ) -> Item | None:
        """The item a question names. For a rules question a topic named in the text
        comes first ("må man bruge GPS uden samtykke" is about consent); otherwise an
        extracted technology entity, then any name in the text."""
        matches = [m for m in self.search.by_name(text) if m.score >= threshold]
        topics = [m for m in matches if m.item.kind == "topic"]
        if asks_contents(text):
            # "hvilke alarmer er godkendt på positivlisten": what the list holds, not the
            # kind of technology the question also names (set 9)
            listed = [m for m in topics if m.item.examples]
            if listed:
                return listed[0].item
        head = self._asked_item(text, threshold)
        if head is not None:
            return head
        if len(topics) >= 2:
            topics = self._in_order(text, topics)
        if (
            prefer_topics
            and topics
            and not (asks_category(text) and any(m.item.kind == "technology" for m in matches))
        ):
            # "er min rollator også velfærdsteknologi" names a technology and asks
            # where it belongs: not a rules question, whatever the model read
            return topics[0].item
        for value in entities:
            hits = [m for m in self.search.by_name(value) if m.item.kind != "topic"]
            if hits and hits[0].score >= threshold:
                return hits[0].item
        things = [m for m in matches if m.item.kind != "topic"]
        ranked = things + topics
        if not ranked and asks_for_things(text):
            # "hvilke teknologier hører til hygiejne?": the category "hygiejneteknologi"
            for word in words(text):
                if len(word) >= 4:
                    hits = self.search.by_name(word + "teknologi", kinds=("category",))
                    if hits and hits[0].score >= 1.0:
                        return hits[0].item
        return ranked[0].item if ranked else None


def _no_subject(text: str) -> bool:
    """ "hvor skal han ringe hen": a short question naming no thing, only a person."""
    return len(words(text)) <= SHORT_FOLLOW_UP + 1


def _said_at(said: str, item: Item) -> tuple[int, int] | None:
    """Where in the folded words the first of an item's names is said (start, end)."""
    spans = []
    for name in item.names:
        folded = " ".join(said_words(name))
        found = re.search(rf"\b{re.escape(folded)}", said) if folded else None
        if found is not None:
            spans.append((found.start(), found.end()))
    return min(spans) if spans else None


def _one_word(a: str, b: str) -> bool:
    """Two forms of one word, folded ("hjaelpemiddel" / "hjaelpemidler")."""
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 5 and shared >= min(len(a), len(b)) - 3


def _same_stem(a: str, b: str) -> bool:
    """Stems of one word in two forms ("madra" / "madras")."""
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


def _has_figure(sentence: str) -> bool:
    return re.search(r"\d", sentence) is not None


def _has_capitals(said: str) -> bool:
    """Capitals inside a name ("TeleKOL"): kept as written, not lowered in a sentence."""
    return said != said.lower()


def _has_count(sentence: str) -> bool:
    """A figure that is not a year ("80 af landets 98", not "statusrapport fra 2020")."""
    return re.search(r"\b(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?\b", sentence) is not None


def _reply(text: str, topic: str, index: int) -> Answer:
    refer = practical.MUNICIPALITY in text or "visitation" in text
    return Answer(text, topic, index, refer=refer)
