"""What kind of question a sentence is, read from its words: a definition, a list's
contents, examples, a category, a figure, what a thing described is, a follow-up
pointing back at what was just told, or a fact rather than a need.

The answerer (bot/knowledge/answers.py) decides what to say; this module only reads.
Patterns match folded words (bot.core.text.fold; "æ" is "ae", "ø" "o", "å" "a").
"""

from __future__ import annotations

import re

from bot.core.text import fold, words
from bot.knowledge import asked as read
from bot.knowledge.facts import MARKERS, asks, in_documents_words, question_stems, said_words
from bot.knowledge.model import Item
from bot.knowledge.search import content_stems, stem

# Words that ask about a thing already named: a question made only of these (and
# function words) is a follow-up about the current topic.
_FOLLOW_UP = frozenset(
    """
    hvem hvordan hvorfor hvornår hvor hvad den det dem denne dette sådan en et de
    virker virke fungerer fungere bruger bruge bruges koster koste pris prisen betaler betale
    får få låne låner købe køber tilbage mere til skal man kan jeg må os
    """.split()
)
_SPECIFIC_STARTS = frozenset({"hvor", "hvornar", "hvem", "hvilke", "hvilken", "hvilket"})
# "hvad slags data samler teknologierne ind" (set 11): a kind of thing asked for
KIND_ASKED = (["hvad", "slags"], ["hva", "slags"], ["hvilken", "slags"], ["hvilke", "slags"])
ASKS_WHICH_IS_THE = re.compile(r"\bhvad (?:der )?er den\b")


EXAMPLES_OF = (
    "eksempler pa", "eksempel pa", "eksempler inden for", "eksempler under",
    # what a category holds ("telemedicin i KL's oversigt, hvad hører med", set 11)
    "hvad horer med", "hvad horer under", "hvad horer der med", "hvad indgar", "hvad daekker",
)  # fmt: skip
# What a request for KL's list of categories says besides question words.
CATEGORY_WORDS = frozenset(
    stem(w)
    for w in """kategori kategorier kategorierne velfærdsteknologi velfærdsteknologier
    teknologi teknologier typer slags former forskellige findes kl kl's oversigt liste
    listen overblik område områder ifølge deler deles delt inddeler inddelt opdelt
    overordnet overordnede generelt bare blot kort tak hurtigt give giv nævn nævne opremse""".split()
)


# A Danish yes/no question begins with its verb: "sparer kommunerne penge på det". Only
# verbs that hardly begin a need told in one's own words ("har svært ved ...", "far
# glemmer ..." folds like "får": not these).
_VERB_FIRST = frozenset(
    {"sparer", "giver", "virker", "fungerer", "gaelder", "findes", "koster", "betaler"}
    | {"bruger", "hjaelper", "bliver", "gor"}
)

# "hvad gør den", "hvad gør det så egentlig" (folded): what the thing just named does.
ASKS_WHAT_IT_DOES = re.compile(
    r"^(?:(?:og|men|ja|ok|okay|sa) )*(?:hvad|hva) (?:gor|laver) (?:det|den|de)"
    r"(?: (?:sa|saa|egentlig|helt praecist|praecist|for noget))*$"
)

# A few words that go on from what was just said (folded): "og for borgerne", "fx om
# natten", "men for de pårørende".
FRAGMENT = re.compile(r"^(?:og|men|eller|fx|for eksempel|ogsa) (?:\w+ ?){1,3}$")

# "og overvejer kommunerne så at …", "men bruger de det" (folded): a question put with
# its verb first, after "og" or "men", going on from what was just said.
VERB_FIRST_AFTER_AND = re.compile(
    r"^(?:og|men) \w+er (?:kommunerne|de|man|det|den|i|folk|alle|flere|mange)\b"
)


_QUESTION_STARTS = (
    _SPECIFIC_STARTS | {"hvad", "hvordan", "hvorfor", "er", "kan", "ma", "og"} | _VERB_FIRST
)


def points_back(text: str) -> bool:
    said = set(words(text))
    return bool(said & {"den", "det", "dem", "denne", "dette", "sadan"}) or asks(
        text, "en for", "prove en", "afprove en", "lane en", "fa en", "sadan en", "en af dem"
    )


def asked_for(text: str) -> str | None:
    """The words after "hvilke"/"hvilken"/"hvilket", or after "hvad er de/det" ("hvad
    er de grundlæggende principper i den", set 11): what the question asks for."""
    said = words(text)
    for i, word in enumerate(said[:-1]):
        if word in ("hvilke", "hvilken", "hvilket"):
            return " ".join(said[i + 1 : i + 3])
        if said[i : i + 3] in (["hvad", "er", "de"], ["hvad", "er", "det"]):
            return " ".join(said[i + 3 : i + 6]) or None
        if said[i : i + 3] in (["hvad", "er", "den"], ["hvad", "der", "er"]):
            # "… om hvad der er den største barriere" (set 32): the thing after it, not
            # the survey the question names as its source
            rest = said[i + 3 : i + 7]
            if rest[:1] in (["den"], ["de"], ["det"]):
                rest = rest[1:]
            return " ".join(rest[:3]) or None
    return None


def defined(text: str) -> bool:
    """ "hvad betyder X", "X, hvad var de nu": the meaning of the thing named."""
    return asks_definition(text) or WHAT_WERE_THEY.search(" ".join(said_words(text))) is not None


# "de 3 bundlinjer KL snakker om hvad var de nu" (folded)
WHAT_WERE_THEY = re.compile(r"\bhvad (?:var|er) (?:de|det|den) (?:nu|igen|nu igen)$")


def asks_definition(text: str) -> bool:
    return asks(
        text, "hvad daekker", "hvad betyder", "hvad menes med", "hvad forstas ved",
        "hvad indebaerer", "hvad gar", "hvad handler",
    ) and not asks(text, "hvad gar galt", "hvad gar det", "hvad gar man")  # fmt: skip


# "hvad står der egentlig på positivlisten", "hvilke er med på den liste": what a list
# holds (set 7: "står" met "start" in another topic's sentence).
_CONTENTS = re.compile(
    r"\b(?:hvad|hvem|hvilke|hvilken) (?:\w+ ){0,2}(?:star|er|kommer|taeller) (?:\w+ ){0,2}"
    r"(?:pa|med pa)\b"
    # "hvad skal der stå i ansøgningen" (set 19)
    r"|\b(?:hvad|hvilke) (?:\w+ ){0,2}(?:star|sta) (?:\w+ ){0,2}i\b"
)


def asks_contents(text: str) -> bool:
    return _CONTENTS.search(" ".join(said_words(text))) is not None


def asks_for_things(text: str) -> bool:
    """ "hvilke teknologier ...", "hvilke velfærdsteknologier ...": a list of things,
    not "hvilke andre ..." beyond the list."""
    head = asked_for(text)
    if head is None or "andre" in head.split():
        return False
    said = head.split()
    if said[0] in ("slags", "typer", "former", "sorter") and len(said) > 1:
        said = said[1:]  # "hvilke slags træningsteknologi"
    return stem(said[0]) in _THINGS or said[0].endswith("teknologi")


def asks_for_its_own(text: str, item: Item) -> bool:
    """ "hvilke råd giver kommunerne", "hvilke barrierer nævner de udover …" (set 19):
    "hvilke" and a word of the subject's own name, so its list; not "hvilke andre"."""
    said = words(text)
    head = asked_for(text)
    if head is None or "andre" in head.split() or not {"hvilke", "hvilken"} & set(said):
        return False
    first = head.split()[0]
    if first.endswith("e"):
        return False  # "hvilke etiske dilemmaer": a word that describes, not the subject
    asked = stem(first)
    own = {stem(w) for name in item.names for w in words(name) if len(w) >= 3}
    return asked in own


_KIND_WORDS = frozenset({"slags", "typer", "former", "sorter", "kategorier", "arter"})


def asks_kinds_of_its_own(text: str, item: Item) -> bool:
    """ "hvilke typer af data skaber teknologierne" (set 32): "hvilke" and a word for
    kinds, then a word of the subject's own name, so the kinds it lists."""
    said = words(text)
    for i, word in enumerate(said[:-2]):
        if word in ("hvilke", "hvilken") and said[i + 1] in _KIND_WORDS:
            rest = [w for w in said[i + 2 : i + 4] if w not in ("af", "for")]
            own = {stem(w) for name in item.names for w in words(name) if len(w) >= 3}
            return bool(rest) and stem(rest[0]) in own
    return False


def asks_which_of(text: str, item: Item) -> bool:
    """ "hvilke etiske dilemmaer …": "hvilke" and then one of the subject's own names of
    two words or more, whole: what the subject lists."""
    head = read.which_asked(text)
    if head is None:
        return False
    said = f"{head} "
    return any(
        len(name) >= 2 and said.startswith(" ".join(name) + " ")
        for name in (said_words(n) for n in item.names)
    )


_THINGS = frozenset(
    stem(w)
    for w in """teknologier teknologi velfærdsteknologier velfærdsteknologi hjælpemidler
    løsninger produkter""".split()
)


# "hvordan søger man", "hvordan kan vi søge", "hvordan man søger" (folded): the verb a
# how-question asks about; a sentence that does not say it tells something else (set 10).
_HOW_VERB = re.compile(
    r"\bhvordan (?:(?:man|vi|jeg|du|de|hun|han|en) )?"
    r"(?:(?:kan|skal|ma|bor|vil) (?:\w+ ){0,3}?(?=\w{3,}e\b))?(\w{4,})"
    # "skal man så rapportere noget tilbage": what one must do
    r"|\bskal (?:man|vi|jeg|du|de|hun|han) (?:sa |ogsa |selv )?(\w{4,}e)\b"
)
_NO_HOW_VERB = frozenset({"kan", "skal", "ma", "bor", "vil", "gor", "far", "er", "har", "kommer"})


def how_verb(text: str) -> set[str]:
    found = _HOW_VERB.search(" ".join(said_words(in_documents_words(text))))
    verb = found and (found.group(1) or found.group(2))
    if not verb or verb in _NO_HOW_VERB:
        return set()
    return question_stems(verb) - MARKERS


# "hvad er det", "hvad er det for noget", "hvad hedder den", "hvad skal det gøre godt
# for" (folded): what a thing described is.
ASKS_WHAT_IT_IS = re.compile(
    r"\bhvad (?:er|hedder|kaldes) (?:det|den|de)\b(?! (?:\w+ )?(?:der|som) )"
    r"|\bhvad (?:skal|kan) (?:det|den) (?:\w+ )?(?:gore godt for|bruges til)\b"
)


# "hvad er (det der) X som/der …", "hvad er et X og hvem …" (folded): a thing asked what
# it is, with a clause after it about something else.
WHAT_IS_THEN = re.compile(
    r"\bhvad er (?:(?:det|den|de) der |(?:sadan|saadan|san) (?:en|et) |en |et )?"
    r"(?P<x>\S+(?: \S+){0,2}?) (?P<rest>(?:som|der) \S.*|og hvem\b.*)$"
)


# A thing described by its kind and what it does: "sådan et toilet der skyller".
DESCRIBED = re.compile(r"\b(?:sadan|saadan|san|sadn) (?:en|et) (?:\w+ )?(\w+) (?:der|som)\b")


# Ideas asked for a need told before: "nogle ideer til hjælpemidler", "har du forslag".
ASKS_FOR_IDEAS = re.compile(
    r"\b(?:ideer|ide|forslag|gode rad|tips|nogen bud)\b(?: \w+){0,2}"
    r"(?: (?:til|pa) (?:\w+ )?(?:hjaelpemid\w*|teknologi\w*|losning\w*|ting\w*|noget))?"
    # "hva ka man få til det", "findes der en slags alarm eller sensor" (set 6)
    r"|\bhvad? (?:kan|ka) (?:man|jeg|vi|hun|han) (?:\w+ )?(?:fa|bruge|gore) (?:til|ved) det\b"
    r"|\bfindes der (?:\w+ ){0,3}(?:alarm\w*|sensor\w*|hjaelp\w*|teknologi\w*|ting|noget)\b"
    r"|\ber der (?:\w+ ){0,2}noget (?:der|som) kan hjaelpe\b"
    # "er der noget teknologi der kan hjælpe mod ensomhed" (set 18)
    r"|\b(?:noget|nogen|en|et) (?:\w+ )?(?:teknologi\w*|hjaelpemid\w*|losning\w*) (?:der|som) (?:kan|vil) hjaelpe\b"
    # "hvad kan man gøre med teknologi", "hvad findes der af hjælpemidler" after a need
    # told at length (set 8)
    r"|\bhvad? (?:kan|ka) (?:man|jeg|vi) (?:\w+ )?(?:gore|bruge|fa)(?: \w+){0,2} (?:med|af|i)"
    r" (?:teknologi\w*|velfaerdsteknologi\w*|hjaelpemid\w*)\b"
    r"|\bhvad? (?:findes|er) der (?:\w+ )?af (?:teknologi\w*|velfaerdsteknologi\w*|hjaelpemid\w*)\b"
    r"|\bhvilke muligheder (?:er der|findes der|har (?:man|vi|jeg))\b"
    # "… hun ved ikke om det er mandag el torsdag. hvad findes der?" (set 15)
    r"|\bhvad? (?:findes|fins|gives) der(?: (?:sa|egentlig|af ting|til det|ellers|andet|ogsa))*\W*$"
    # something else than what she will not have ("… nægter nødkald. hvad findes der
    # ellers", set 22)
    r"|\b(?:andre|flere) (?:muligheder|losninger|ideer|forslag|alternativer)\b"
    r"|\ber der (?:ikke )?(?:noget|nogen|nogle) (?:andet|andre|alternativ\w*)\b|\balternativ\w*\b"
    # "hva hedder det der ur man ka ha ..." names a thing by what it does (set 7)
    r"|\bhvad? hedder (?:det|den|de)(?: nu| nu igen| igen)? (?:det |den |de )?(?:der|som)\b"
)


# Asked what helps ("findes der noget til det", "noget der kan hjælpe").
ASKS_WHAT_HELPS = (
    "findes der",
    "noget til det",
    "noget til ham",
    "noget til hende",
    "noget der kan",
    "noget som kan",
    "kan hjaelpe",
    "teknologi til",
    "hjaelpemidler til",
    "hvad kan man gore",
)
# The kinds of welfare technology there are ("hvilke slags velfærdsteknologi findes der",
# set 12: a fact about 3D-printed food had come back): KL's categories.
KINDS_OF_WELFARE = re.compile(
    r"^(?:\w+ ){0,2}(?:hvilke|hvad for nogle|hva for nogle|hvad for|hvilken|hvor mange|hvormange)"
    r" (?:forskellige )?(?:slags|typer"
    r"|former|kategorier|sorter|arter)(?: af| for)? velfaerds?tekn\w*(?: (?:findes|fins|er|har|bruger|kender"
    r"|gives|der|i|man|kommunerne|kommunen|vi|du|egentlig|overhovedet|nu|sa|da|mon"
    # "…, sådan overordnet, bare en liste tak" (set 22): how it is to be told
    r"|sadan|overordnet|generelt|helt|kort|bare|blot|en|et|liste|listen|oversigt|tak|hurtigt|det|hele|taget"
    r"|give|giv|mig|os|gerne|venligst))*"
    # "…, er der en liste over det et sted" (set 12)
    r"(?: (?:er|findes) der (?:en |nogen )?(?:liste|oversigt)\b.*)?$"
    r"|^(?:\w+ ){0,2}hva?d? findes der (?:af|af forskellig) velfaerds?tekn\w*$"
)

# "hvor mange slags er der af det" right after what welfare technology is (set 17)
KINDS_OF_IT = re.compile(
    r" (?:hvor mange|hvilke|hvad for (?:nogle|nogen)) (?:forskellige )?(?:slags|typer|former|kategorier|sorter|arter)"
    r"(?: (?:er|findes|fins|gives) der)?(?: (?:af|i) (?:det|den|dem))? "
)

# "hvad betyder habiliterende", "hvad menes der med …" (set 13)
WORD_MEANT = re.compile(
    r"^(?:\w+ ){0,2}(?:hvad betyder|hvad menes der med|hvad mener (?:i|de|man) med|hvad vil det sige)"
    r" (?:ordet |begrebet |at vaere |at arbejde )?(?P<word>\w{8,})\b"
)
# "og hvad med frontmedarbejderne", "hvad så med os frontpersonale" (folded)
WHAT_ABOUT = re.compile(r"^(?:(?:og|men|ja|nej|ok|okay) )*(?:hvad|hva) (?:sa |nu )?med\b")
# how a figure changed, asked (folded)
CHANGE_ASKED = re.compile(
    r"\b(?:bedre eller vaerre|vaerre eller bedre|blevet (?:\w+ )?(?:bedre|vaerre|mindre|storre|flere|faerre)"
    r"|steget|faldet|aendret sig|udviklet sig|gaet (?:op|ned))\b"
)


# "er X også velfærdsteknologi", "tæller X som velfærdsteknologi": a yes-or-no question.
ASKS_IF_WELFARE = re.compile(
    r"^(?:(?:oh|altsa|men|og|sa) )*(?:er|taeller|regnes|horer)\b.* velfaerdsteknologi\w*\b"
)


_EXAMPLES_ASKED = re.compile(r"\beksempl\w*|\beksempel\w*|\bfx\b|\bfor eksempel\b")


def asks_examples(text: str) -> bool:
    """The sentence asks for examples in so many words."""
    return _EXAMPLES_ASKED.search(fold(text)) is not None or asks(text, *EXAMPLES_OF)


def asks_category(text: str) -> bool:
    """ "hvilken kategori hører stemmestyring til", "hvilken slags velfærdsteknologi er
    en robotstøvsuger"."""
    said = set(words(text))
    if said & {"velfaerdsteknologi", "velfaerdsteknologisk"} and (
        said & {"ogsa", "taeller", "regnes", "horer", "rigtig"} or fold(text).startswith("er ")
    ):
        return True  # "er min rollator egentlig også velfærdsteknologi": where it belongs
    return bool(said & {"kategori", "kategorien", "kategorier"}) or asks(
        text,
        "hvilken slags",
        "hvad slags",
        "hvilken type",
        "hvilken gruppe",
        "hvilket omrade",
        "hvad for en slags",
        "hva for en slags",
        "hvad for en type",
    )


_WHAT_IS = re.compile(
    r"^(?:(?:oh|altsa|og|hej|nå|na|men) )*(?:hvad er (?:en|et|det for en|det for et|sadan en|sadan et)"
    r"|hvad betyder|hvad bruger man (?:en|et)|hvad er det for noget med)\b"
)


def asks_what_it_is(text: str) -> bool:
    """ "hvad er en fald alarm": what a thing is, never a command or a question about
    the home (the home's model took it for the burglar alarm's state)."""
    return _WHAT_IS.search(" ".join(words(text))) is not None


def is_question(text: str) -> bool:
    said = said_words(text)  # "hva hedder det ..."
    while said and said[0] in ("oh", "altsa", "og", "men"):
        said = said[1:]  # "øh hvem kan ...": a filler first
    return (
        "?" in text
        or (bool(said) and said[0] in _QUESTION_STARTS)
        # "skal man så aflevere en rapport bagefter" (set 22): a verb, then its subject
        or (said[:1] in (["skal"], ["har"], ["vil"], ["bliver"]) and said[1:2] in _SUBJECTS)
    )


_SUBJECTS = tuple([w] for w in ("man", "jeg", "vi", "du", "i", "de", "hun", "han", "det", "den"))


def asks_figure(text: str) -> bool:
    """ "hvor mange …", "hvor stor en andel …", "hvor meget …": a number asked for."""
    return (
        re.search(r"\bhvor (?:mange|meget|stor|store|hoj|mange procent)\b", fold(text)) is not None
    )


def is_specific_question(text: str) -> bool:
    """A question that asks for a fact, not for help with a need."""
    said = words(text)
    while said and said[0] in ("og", "men", "sa", "oh", "altsa"):
        said = said[1:]  # "og hvor mange sagde ...": a follow-up's "og"
    return bool(said) and (
        said[0] in _SPECIFIC_STARTS
        or "procent" in said
        or _ABOUT_THE_SECTOR.match(" ".join(said)) is not None
    )


# A yes-or-no question about the municipalities or the sector ("mangler kommunerne
# hænder", "har ældreplejen svært ved ..."): a fact asked, not a need of one's own (set 9).
_ABOUT_THE_SECTOR = re.compile(
    r"(?:har|mangler|er|bliver|kan|oplever|bruger|far|sparer|gar|gemmer|samler|indsamler|registrerer"
    r"|logger) (?:de )?(?:danske |fleste |mange )?"
    r"(?:kommunerne|kommuner|kommunen|sektoren|aeldreplejen|aeldresektoren|plejecentrene|plejehjemmene"
    r"|sundhedssektoren|omsorgssektoren)\b"
)


def refers_back(text: str) -> bool:
    asked = words(text)
    return bool(asked) and not (set(content_stems(text)) - {stem(w) for w in _FOLLOW_UP})


def asks_if_welfare(text: str) -> bool:
    """ "hører en badestol også til velfærdsteknologi": whether it is one ("Ja. …")."""
    return ASKS_IF_WELFARE.search(" ".join(said_words(text))) is not None
