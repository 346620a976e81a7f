"""Sentence-level retrieval: the one fact sentence that answers a specific question.

Every sentence the knowledge base can say (an item's answer, its `more` sentences, who
it helps, a topic's list of examples) is indexed by its content stems. A question that
asks for something specific ("hvor mange ...", "hvem afgør ...", "hvor tit mødes de?")
is answered with the sentence whose stems cover most of the question's, weighted by
rarity. A stem in the question matches a stem in a sentence when they are equal, when
one begins the other (svar / svared), when a compound ends with it (pulj /
velfaerdsteknologipulj) or when it is a close typo. A few markers stand for what the
question words ask for: a number (hvor mange, procent), a year (hvornår), a frequency
(hvor tit) or a paragraph of the law.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.core.text import fold, words
from bot.knowledge.model import Item, KnowledgeBase
from bot.knowledge.replies import examples_of
from bot.knowledge.search import content_stems, stem

NUMBER = "#tal"
YEAR = "#aar"
FREQUENCY = "#tit"
PARAGRAPH = "#paragraf"
MARKERS = frozenset({NUMBER, YEAR, FREQUENCY, PARAGRAPH})

SUPERLATIVE = "#mest"
LISTING = "#liste"  # "hvilke ...?" asks for a list; a sentence that names several things
DONT_KNOW = "#vedikke"  # the surveys' "ved ikke" answers
MARKERS = frozenset({NUMBER, YEAR, FREQUENCY, PARAGRAPH, SUPERLATIVE, LISTING, DONT_KNOW})

# Words that ask about the thing itself, not a fact about it ("hvad er X", "fortæl om
# X", "hvem kan bruge den"), and question words the stop list lacks; folded.
GENERIC_WORDS = frozenset(
    fold(w)
    for w in """
    fortæl fortælle forklar forklare betyder betyde betyd hedder hedde kaldes kaldet
    mere mer uddyb uddybe videre andet andre nyt beskriv beskrive tænk tænker ved vide
    virker virke fungerer fungere bruger bruge får få fået fik del hvornår hvilket gælder gælde
    egentlig egentligt lige sige siger sagt sagde nævn nævne nævner dem der paragraf paragraffer
    andel andelen antal antallet høre hører lære snakke tale spørge spørger
    info information informationer oplysninger oplysning interesseret gerne vil ville kunne
    noget nogle lidt mig os emnet emne ting tingen ny nye altså altsa øh
    genererer generere producerer producere
    står stå stod
    ske sker skete sket her al lyder lyde lød fandt fundet
    ingen intet
    lejlighed lejligheden lejligheder
    bagefter efterfølgende derefter overhovedet
    """.split()
)
_MARKER_WEIGHT = 1.5
_WANTED = frozenset({NUMBER, FREQUENCY, PARAGRAPH, YEAR})
_WITHOUT_WANTED = 0.8
_CONTEXT_SHARE = 0.25
_LEAN_NAMES = 2  # at most this many of the topic's names lean a follow-up to a sentence
_OTHER_FORM = 0.9
_RARE_HEAD = 5  # a head word said in at most this many sentences
# "hvilke teknologier frigør mest tid" asks for a ranking: as telling as a rare word.
_SUPERLATIVE_WEIGHT = 5.0
_SUPERLATIVES = frozenset(
    fold(w) for w in "mest flest oftest størst største bedst bedste hyppigst hyppigste".split()
)

_SHARE_WORD = re.compile(
    r"\b(?:en |et )?(?:tredjedel|fjerdedel|halvdel|halvdelen|flertal|flertallet)\b"
)
_YEAR_RE = re.compile(r"\b(19|20)\d\d\b")
_FREQ_RE = re.compile(r"\b(gange?|årligt|om året|hver måned|om måneden|ugentligt|dagligt)\b")
# A paragraph, or a law by name; not "Servicelovens regler", which names no paragraph.
_PARA_RE = re.compile(r"§|\bparagraf|\blov om\b")


@dataclass(frozen=True)
class Fact:
    item_id: str
    text: str
    next_index: int  # the `more_index` after saying it: where "fortæl mere" goes on
    stems: frozenset[str]
    listing: bool = False  # a topic's examples read as a list: only for "hvilke ...?"


@dataclass(frozen=True)
class FactMatch:
    fact: Fact
    score: float  # share of the question's weight the sentence (and its item's names) covers
    own: float  # share covered by the sentence alone
    matched: frozenset[str]  # the question's stems the sentence itself covers


# Words for one thing that questions and the documents say differently.
_SAME = {
    stem(w): canonical
    for canonical, said in (
        ("afgor", "afgør afgøre afgører bestemmer bestemme beslutter beslutte"),
        ("mod", "mødes møder samles"),
        ("peng", "penge pengene kroner kr mio millioner midler midlerne"),
        ("svar", "svarede svaret svarer svar besvaret deltog deltaget deltage deltager"),
        ("stig", "steget steg stiger stigning stigningen stige"),
        ("rekrutter", "rekruttere rekrutterer rekruttering rekrutteringen skaffe ansætte"),
        # "hvor mange hænder kommer vi til at mangle" (set 15): the staff
        ("medarbejd", "medarbejdere medarbejderne personale personalet ansatte hænder"),
        ("forslag", "foreslå foreslår forslag forslagene"),
        # "formålet med rehabilitering": the strategy's "arbejder rehabiliterende" (set 36)
        ("rehabilit", "rehabilitering rehabiliteringen rehabiliterende rehabilitere"),
        ("men", "mener mente synes syntes tror troede"),
        # "hvad er grundtankerne i erklæringen": its principles (set 24)
        (
            "princip",
            "princip principper principperne grundtanke grundtanker grundtankerne",
        ),  # "hvor mange synes ...": the survey's "mener"
        ("slag", "slags typer type typerne former"),  # "hvilke typer data": "tre slags data"
        # "hvor længe har man snakket om velfærdsteknologi": the seed's "talt om" (set 14)
        ("snak", "talt talte snakket snakke snakker snakkede"),
        # "hvilket mærke skal jeg købe": the documents' "produkter" (set 15)
        ("produkt", "produkt produkter produktet produkterne mærke mærker mærket mærkerne"),
        # "hvordan ansøger man", "skal vi rapportere": the pool's "ansøgning", "afrapportere"
        ("ansog", "ansøge ansøger ansøgt ansøgning ansøgningen ansøgninger"),
        (
            "rapport",
            "rapport rapporten rapportere rapporterer afrapportere afrapporterer "
            "afrapportering afrapporteringen rapportering",
        ),
        # "hvor mange penge har de sat af": "afsætter" (set 22)
        ("afsaet", "afsætter afsætte afsat afsatte afsættes"),
        # "gemmer kommunen data fra sensorerne": the documents' "samler data"
        ("saml", "samler samle samlet indsamler indsamle indsamlet gemmer gemme logger logge"),
    )
    for w in said.split()
}


# Words whose stem another word shares: "besluttet" (adopted, a date) is not
# "beslutter" (decides, a who).
_SAME_WORD = {
    "besluttet": "vedtaget",
    "besluttede": "vedtog",
    # "øget arbejdsglæde" asks for "forøget arbejdsglæde" (set 3)
    "forøget": "øget",
    "foroget": "oget",
    "forøgede": "øgede",
    # "ka puljen bruges til …": the spoken "kan" (set 20)
    "ka": "kan",
}


# Phrases that mean another word: "kan det betale sig?" asks for the gain, not a price.
_SAME_PHRASE = re.compile(r"\b(betale|betaler|betalt) sig\b", re.IGNORECASE)


# "forklar det kort", "kort fortalt": briefly, not a map ("det velfærdsteknologiske
# landkort" answered "hvad er velfærdsteknologi, forklar det kort").
_BRIEFLY = re.compile(
    r"\b((?:forklar|fortæl|fortael|sig|beskriv)\w*(?: \w+){0,2}) (?:helt )?kort\b"
    r"|\bkort (?:fortalt|sagt|og godt)\b",
    re.IGNORECASE,
)


# Everyday words for the documents' own (set 8): "de gamle" are the citizens, "et bedre
# liv" is quality of life, "ældreplejen" the care sector, "de næste år" no subject.
_EVERYDAY = (
    (
        re.compile(r"\b(?:de gamle|de gamle mennesker|gamle mennesker|de ældre|de aeldre)\b", re.I),
        "borgerne",
    ),
    (
        re.compile(r"\b(?:et |)(?:bedre|godt|rigere) liv\b|\bbedre livskvalitet\b", re.I),
        "livskvalitet",
    ),
    (
        re.compile(r"\b(?:ældreplejen|aeldreplejen|plejesektoren|omsorgssektoren)\b", re.I),
        "sektoren",
    ),
    (re.compile(r"\b(?:de|i de) (?:næste|naeste|kommende) (?:år|aar|mange år)\b", re.I), ""),
    # who says it is no part of what is asked ("… ifølge KL"); "hvor har du det fra?" is
    (
        re.compile(
            r"[,\s]+(?:ifølge|ifoelge|if\.) (?:KL|Horsens Kommune|Region Midtjylland)\b", re.I
        ),
        "",
    ),
    # "et botilbud", "et bosted": the documents' social area (set 20)
    (
        re.compile(
            r"\b(?:på|paa) (?:et |sit |vores |jeres |deres )?(?:botilbud|bosted)(?:et|ene)?\b", re.I
        ),
        "på socialområdet",
    ),
    # "noget vi allerede har i drift": the pool's "allerede i brug" (set 20)
    (
        re.compile(r"\b(?:har|haft|kører|koerer|kørende|koerende)(?: \w+)? i drift\b", re.I),
        "har i brug",
    ),
    # "hvorfor tager det så lang tid": the documents' "lang proces", "forsinke"
    (
        re.compile(
            r"\b(?:tager|tage|tog|varer|vare) (?:\w+ ){0,3}?(?:lang|lange|længe|laenge) tid\b"
            r"|\b(?:tager|tage|varer) (?:\w+ ){0,2}?så (?:længe|laenge)\b",
            re.I,
        ),
        "er en lang proces",
    ),
    # "hvor mange kommuner gør det": "gør det" stands for what was just said (set 19);
    # not "har med velfærd at gøre"
    (re.compile(r"\b(?:gør|gor|gjorde) (?:det|de|dem|man)(?= *\??\s*$)", re.I), ""),
    # "velfærdsteknologierne" are the documents' "teknologierne"
    (re.compile(r"\bvelfærdsteknologierne\b", re.I), "teknologierne"),
    # "overvejer de at bruge mere teknologi", "tænker kommunerne på at satse mere på det":
    # the survey's "overvejer at bruge mere teknologi for at afhjælpe personalemangel"
    # (sets 19-20), not the larger effort expected (below)
    (
        re.compile(
            r"\b(?:overvejer|overveje|overvejet|tænker|taenker|tænke|taenke|tænkt|taenkt)"
            r"(?: (?:\w+ ){0,2}?(?:på |paa |om )?at (?:bruge|satse|tage|investere|gøre|gore))?"
            r" (?:\w+ ){0,2}?(?:mere|flere)(?= (?:\w+ ){0,2}(?:velfærds|velfaerds)?teknologi)",
            re.I,
        ),
        "overvejer at afhjælpe personalemangel med mere",
    ),
    # "bruge mere teknologi fordi de mangler personale": the same consideration
    (
        re.compile(
            r"\b(?:bruge|satse på|satse paa|tage) (?:\w+ ){0,1}mere (?:\w+ ){0,1}?(?:velfærds|velfaerds)?"
            r"teknologi(?= (?:\w+ ){0,1}(?:fordi|pga|på grund af|paa grund af|mod|for at afhjælpe)"
            r" (?:\w+ ){0,3}mangl)",
            re.I,
        ),
        "overvejer at afhjælpe personalemangel med mere teknologi",
    ),
    # "hvad mener kommunerne at teknologien giver": the survey's gains (set 19)
    (
        re.compile(
            r"\b(?:mener|tror|synes|oplever) (?:\w+ ){0,3}?at (?:velfærds|velfaerds)?teknologi\w* giver\b",
            re.I,
        ),
        "hvilke gevinster giver teknologien",
    ),
    # "hvad betyder manglen for de ældre", "hvad går det ud over": the survey's
    # "konsekvenser for ældre og syge borgere" (set 19)
    (
        re.compile(
            r"\b(?:betyder|betyde|vil betyde|gør ved|goer ved|gøre ved|går ud over|gaar ud over"
            r"|rammer|ramme|sker der for|får af følger for|faar af foelger for)"
            r"(?= (?:\w+ ){0,2}(?:borgerne|ældre|aeldre|syge|gamle)\b)",
            re.I,
        ),
        "får konsekvenser for",
    ),
    # "regner kommunerne med at bruge mere eller mindre velfærdsteknologi": the survey's
    # "forventer, at indsatsen bliver større" (set 10: not the gains expected)
    (
        re.compile(
            r"\b(?:bruge|bruger|satse|satser|investere|investerer|lave|laver|gore|gor) (?:mere|mindre)"
            # "bruge mere af det der teknologi fremover" (set 11)
            r"(?: eller (?:mere|mindre))?(?: på| paa| i| af| med)?(?= (?:\w+ ){0,3}(?:velfærds|velfaerds)?teknologi)",
            re.I,
        ),
        "have en større eller mindre indsats med",
    ),
    (re.compile(r"\b(?:regner|regne) (\w+ )?med(?= at\b)", re.I), r"forventer \1"),
    # "rapportere noget tilbage bagefter", "melde tilbage": the documents' "afrapportere"
    # (set 10: "tilbage" and "bagefter" outweighed "rapportere")
    (
        re.compile(
            r"\b(?:rapportere|rapporterer|melde|melder|berette|beretter)(?: \w+)? tilbage"
            r"(?: bagefter| efterfølgende| efterfoelgende| senere)?\b",
            re.I,
        ),
        "afrapportere",
    ),
    # "skal man aflevere en rapport bagefter", "skriver de en rapport": the same (set 22)
    (
        re.compile(
            r"\b(?:aflevere|afleverer|skrive|skriver|lave|laver|indsende|indsender|sende|sender"
            r"|udarbejde|udarbejder)(?: så| saa| også| ogsaa)? (?:en |et |nogen |noget )?"
            r"(?:rapport\w*|afrapportering\w*|skriftlig \w+)"
            r"(?: bagefter| efterfølgende| efterfoelgende| senere| til sidst"
            r"| når (?:\w+ ){1,2}er (?:slut|færdigt?|faerdigt?|afsluttet|ovre|forbi))?\b",
            re.I,
        ),
        "afrapportere",
    ),
    # "oplysninger fra sensorerne": the documents' data from the technologies (set 22)
    (
        re.compile(
            r"\b(?:oplysninger|oplysningerne|informationer|info)(?= (?:fra|om|af) (?:\w+ ){0,2}"
            r"(?:sensor|teknolog|alarm|gps|måler|maaler|skærm|skaerm|tracker))",
            re.I,
        ),
        "data",
    ),
    # "om året", "hvert år": how often money is set aside says nothing of what is asked
    (re.compile(r"\b(?:om året|om aaret|hvert år|hvert aar|årligt|aarligt)(?=\W*$)", re.I), ""),
    # "hvad er det for data de samler ind": what kinds ("tre slags data")
    (
        re.compile(
            r"\bhvad er det for (?:nogle |noget |nogen )?(?=\w+ (?!\w+ (?:for|til)\b))", re.I
        ),
        "hvilke slags ",
    ),
    # "hvor mange penge har de sat af": the documents' "afsætter" (set 22)
    (re.compile(r"\b(?:sat|sætter|saetter|sætte|saette|satte) (?:\w+ ){0,2}?af\b", re.I), "afsat"),
    # "det største problem", "den største udfordring": the surveys' "største barriere"
    (
        re.compile(
            r"\b(største|stoerste|værste|vaerste|sværeste|svaereste) (?:problem\w*|udfordring\w*"
            r"|hindring\w*|forhindring\w*)",
            re.I,
        ),
        "største barriere",
    ),
    # "hvorfor er det så svært for kommunerne at indføre det": the barriers
    (
        re.compile(
            r"\b(?:svært|svaert|vanskeligt|besværligt|besvaerligt) (?:for (?:\w+ ){1,2})?at "
            r"(?:indføre|indfoere|implementere|bruge|tage (?:\w+ ){1,2}i brug|få (?:\w+ ){1,3}i brug)\b",
            re.I,
        ),
        "største barriere implementering",
    ),
    # "har levet op til forventningerne": the survey's "indfriet sit potentiale" (set 22)
    (
        re.compile(
            r"\b(?:levet|leve|lever|levede|lev) op til (?:\w+ )?(?:forventning\w*|løfte\w*|loefte\w*)"
            r"|\bindfri\w* (?:\w+ )?forventning\w*|\bholdt,? hvad (?:det|den|de) lovede\b",
            re.I,
        ),
        "indfriet sit potentiale",
    ),
    # "en gammel dame", "en ældre kvinde": the documents' "97-årig kvinde"
    (
        re.compile(r"\b(?:gammel|ældre|aeldre) (?:dame|kone|kvinde)\b", re.I),
        "kvinde",
    ),
    # where one heard it is no part of the question ("har hørt det i radioen")
    (
        re.compile(
            r"\b(?:jeg |vi |hun |han )?(?:har |havde )?(?:hørt|hoert|læst|laest|set) (?:det |om det |noget om det )?"
            r"(?:i|på|paa) (?:radioen|tv|fjernsynet|avisen|nettet|facebook|nyhederne)\b",
            re.I,
        ),
        "",
    ),
)


def in_documents_words(text: str) -> str:
    """A question with everyday phrases put in the documents' words ("melde tilbage" →
    "afrapportere")."""
    return _phrases(text)


# Staff's short words, read before the phrases that look for the long ones: "tek" and
# "vt" for (welfare) technology (set 20).
_SHORT_WORDS = (
    (re.compile(r"\btek\b", re.I), "teknologi"),
    (re.compile(r"\bvt\b", re.I), "velfærdsteknologi"),
    # a network named in one word: "magtanvendelsesnetværket" is the network on
    # magtanvendelse (set 37's terse questions)
    (re.compile(r"\b(\w{4,}?)s?(netværk\w*)", re.I), r"\1 \2"),
)


def _phrases(text: str) -> str:
    text = _BRIEFLY.sub(lambda m: m.group(1) or "", text)
    for pattern, said in _SHORT_WORDS:
        text = pattern.sub(said, text)
    for pattern, said in _EVERYDAY:
        text = pattern.sub(said, text)
    return _SAME_PHRASE.sub("gevinst", text)


def _plain(text: str) -> str:
    return " ".join(_SAME_WORD.get(w.lower(), w) for w in text.replace("%", " procent ").split())


def _canonical(stems: Iterable[str]) -> set[str]:
    return {_SAME.get(s, s) for s in stems}


def sentence_stems(text: str) -> frozenset[str]:
    found = _canonical(content_stems(_plain(text)))
    lowered = text.lower()
    if set(words(text)) & _SUPERLATIVES:
        found.add(SUPERLATIVE)
    if text.count(",") + text.count(" og ") >= 2:
        found.add(LISTING)
    if _dont_know(text):
        found.add(DONT_KNOW)
    if any(ch.isdigit() for ch in text) or _SHARE_WORD.search(lowered):
        found.add(NUMBER)  # "næsten en tredjedel af kommunerne" answers "hvor mange" too
    if _YEAR_RE.search(text):
        found.add(YEAR)
    if _FREQ_RE.search(lowered):
        found.add(FREQUENCY)
    if _PARA_RE.search(lowered):
        found.add(PARAGRAPH)
    return frozenset(found)


_YEAR_NOUN = re.compile(r"(?<= )(arstal(?:let)?|\w*periode(?:n)?|tidsperiode\w*)(?= )")
_FREQUENCY_NOUN = re.compile(r"(?<= )(\w*frekvens(?:en)?|\w*hyppighed(?:en)?)(?= )")


def question_stems(text: str) -> set[str]:
    """The question's content stems, and markers for what its question words ask for."""
    tokens = [_SAME_WORD.get(w, w) for w in words(_phrases(text).replace("%", " procent "))]
    said = [
        w
        for i, w in enumerate(tokens)
        if w not in GENERIC_WORDS and not (w == "stor" and i and tokens[i - 1] == "hvor")
    ]
    folded = " " + " ".join(words(text)) + " "
    found = _canonical(content_stems(" ".join(said)))
    if set(said) & _SUPERLATIVES:
        found = {s for s in found if s not in {stem(w) for w in _SUPERLATIVES}}
        found.add(SUPERLATIVE)
    if any(
        p in folded
        for p in (" hvor mange ", " hvor meget ", " hvor stor ", " procent", " andel", " antal")
    ):
        found.add(NUMBER)
    if " hvornar " in folded or " hvilket ar " in folded or " hvilket arstal " in folded:
        found.add(YEAR)
    if " hvor laenge " in folded or " hvor lang tid " in folded:
        # "hvor længe har de haft det i København": since a year (set 15)
        found.add(YEAR)
        found -= {stem("længe"), stem("tid")}
    # a figure asked in a noun phrase, without a question word (set 37's terse
    # questions): "…: årstal og antal kommuner", "…, mødefrekvens?", "…, dataindsamlingsperiode"
    if _YEAR_NOUN.search(folded):
        found.add(YEAR)
        found -= {stem(w) for w in _YEAR_NOUN.findall(folded)}
    if _FREQUENCY_NOUN.search(folded):
        found.add(FREQUENCY)
        found -= {stem(w) for w in _FREQUENCY_NOUN.findall(folded)}
        if any(w.startswith("mode") for w in _FREQUENCY_NOUN.findall(folded)):
            found.add(_SAME.get(stem("mødes"), "mod"))  # "mødefrekvens": how often they meet
    if any(p in folded for p in (" hvor tit ", " hvor ofte ", " hvor mange gange ")):
        found.add(FREQUENCY)
        found.discard(NUMBER)
    if any(p in folded for p in (" paragraf", " § ", " hvilken lov ", " hvilke love ")):
        found.add(PARAGRAPH)
    if "§" in text:
        found.add(PARAGRAPH)
    if asks_for_list(text):
        found.add(LISTING)
    if _dont_know(text):
        found.add(DONT_KNOW)
    return found


def facts_of(item: Item) -> list[Fact]:
    """What an item can say, in the order "fortæl mere" says it."""
    out = [Fact(item.id, item.summary, 0, sentence_stems(item.summary))]
    for i, text in enumerate(item.more):
        out.append(Fact(item.id, text, i + 1, sentence_stems(text)))
    after = len(item.more) + 1
    if item.helps:
        out.append(Fact(item.id, item.helps, after, sentence_stems(item.helps)))
    if item.kind == "topic" and item.examples:
        listed = examples_of(item.examples)
        out.append(Fact(item.id, listed, after, sentence_stems(listed), listing=True))
    return out


def name_stems(item: Item) -> frozenset[str]:
    return frozenset(_canonical(s for name in item.names for s in content_stems(name)))


class FactIndex:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.facts: list[Fact] = [f for item in kb.items.values() for f in facts_of(item)]
        self.names = {item.id: name_stems(item) for item in kb.items.values()}
        # Names of the technologies and categories: "GPS" in "hvad siger positivlisten
        # om GPS" is another thing, not something asked about the list.
        self.thing_names = frozenset(
            s for item in kb.of_kind("technology", "category") for s in self.names[item.id]
        )
        df: Counter[str] = Counter()
        for f in self.facts:
            df.update(f.stems)
        n = max(len(self.facts), 1)
        self._df = df
        self._idf = {s: math.log(1 + n / c) for s, c in df.items()}
        for names in self.names.values():
            for s in names:
                self._idf.setdefault(s, math.log(1 + n))
        self._vocab = tuple(s for s in self._idf if s not in MARKERS)
        self._matches: dict[str, frozenset[str]] = {}
        self._unknown = math.log(1 + n)

    def weight(self, q: str) -> float:
        if q in (SUPERLATIVE, DONT_KNOW):
            return _SUPERLATIVE_WEIGHT
        if q in MARKERS:
            return _MARKER_WEIGHT
        # A word the knowledge base does not know is as telling as the rarest it does:
        # "vejret" keeps "hvordan bliver vejret i morgen" from matching "morgen".
        if q in self._idf:
            return self._idf[q]
        known = self.matching(q)
        return max((self._idf[v] for v in known), default=self._unknown)

    def matching(self, q: str) -> frozenset[str]:
        """The known stems a question stem counts as."""
        if q in MARKERS:
            return frozenset({q})
        cached = self._matches.get(q)
        if cached is not None:
            return cached
        found = {q} if q in self._idf else set()
        if len(q) >= 4:
            found.update(v for v in self._vocab if _related(q, v) or self._head_of(q, v))
        result = frozenset(found)
        if len(self._matches) < 20_000:
            self._matches[q] = result
        return result

    def _head_of(self, q: str, v: str) -> bool:
        """A compound in the question ending in a rare long word: "coronanedlukning" is a
        "nedlukning". Not a short or common head: a "flyvemaskine" is no "maskine" of
        ours, and "teknologi" ends too many words to tell anything."""
        return (
            len(v) >= 8
            and len(q) >= len(v) + 3
            and q.endswith(v)
            and self._df.get(v, 0) <= _RARE_HEAD
        )

    def known(self, q: str) -> bool:
        return q in MARKERS or bool(self.matching(q))

    def names_cover(self, q: str, names: Iterable[str]) -> bool:
        """True if a question stem is one of an item's own names (or a typo of one);
        "sensor" is not the name "sensordata", so it still asks for something."""
        if q in MARKERS:
            return False
        return any(
            q == n or (len(q) >= 5 and (fuzz.ratio(q, n) >= 85 or n.startswith(q))) for n in names
        )  # "implement" is the name "implementering"

    def rank(
        self,
        question: set[str],
        items: Iterable[str] | None = None,
        boost: dict[str, float] | None = None,
        lists: bool = False,
        context: Iterable[str] = (),
        told: frozenset[tuple[str, int]] = frozenset(),
    ) -> list[FactMatch]:
        """Facts best first by weighted cover of the question.

        Only facts that share a content stem with the question count, or, for facts of
        a boosted item (the one named or talked about), a marker ("hvornår?").
        `context` holds the names of what is talked about: they count a quarter, so a
        follow-up ("hvem sidder i det?") leans to that topic's sentences.
        """
        boost = boost or {}
        weights = {q: self.weight(q) for q in question}
        for c in context:
            if c not in weights:
                weights[c] = _CONTEXT_SHARE * self.weight(c)
        # The topic's names lean a follow-up to it, as much as two of them: a sentence
        # full of its keywords (a poem's title, its author) does not outweigh what is
        # asked ("hvor mange kommuner gør det", set 19). A bare "hvornår?" leans wholly.
        leaning = set(weights) - question if question - MARKERS else set()
        lean_cap = _LEAN_NAMES * max((weights[c] for c in leaning), default=0.0)
        total = sum(weights.values())
        if not total or not (question - MARKERS or boost):
            return []
        wanted = set(items) if items is not None else None
        wants = question & _WANTED
        out = []
        for fact in self.facts:
            if (wanted is not None and fact.item_id not in wanted) or (fact.listing and not lists):
                continue
            if not wants and (fact.item_id, fact.next_index) in told:
                continue  # just said; a figure asked for may be in it, nothing else new
            names = self.names.get(fact.item_id, frozenset())
            own = with_names = by_names = leaned = 0.0
            matched: set[str] = set()
            for q, w in weights.items():
                hits = self.matching(q)
                if hits & names:
                    by_names += w
                if hits & fact.stems:
                    # the word itself counts a little more than another form of it
                    got = w if q in fact.stems else _OTHER_FORM * w
                    own += got
                    with_names += got
                    matched.add(q)
                    if q in leaning:
                        leaned += got
                elif hits & names:
                    with_names += w
            excess = max(0.0, leaned - lean_cap)
            own -= excess
            with_names -= excess
            asked = matched & question
            if not (asked - MARKERS or (asked and fact.item_id in boost)):
                continue
            # A sentence of the topic that is about what is asked wins a tie.
            score = (0.6 * own + 0.4 * with_names + 0.1 * by_names) / total
            if wants - fact.stems:
                score *= _WITHOUT_WANTED  # "hvor mange ...?" is rarely answered without a number
            score += boost.get(fact.item_id, 0.0)
            out.append(FactMatch(fact, score, own / total, frozenset(asked)))
        out.sort(key=lambda m: (-round(m.score, 4), m.fact.next_index))
        return out


def _dont_know(text: str) -> bool:
    folded = " " + " ".join(words(text)) + " "
    # "hvor mange ved det slet ikke", "hvor mange er i tvivl" (set 19)
    return (
        re.search(r" (?:ikke ved|ved (?:det |det slet |slet |dog )?ikke|i tvivl) ", folded)
        is not None
    )


def _related(q: str, v: str) -> bool:
    """A question stem and a known stem that are forms of one word: one begins the
    other, a compound ends with it, or a close typo."""
    if (
        min(len(v), len(q)) >= 4
        and abs(len(v) - len(q)) <= 3
        and (v.startswith(q) or q.startswith(v))
    ):
        return True
    if len(v) >= len(q) + 2 and v.endswith(q):
        return True
    return len(q) >= 5 and fuzz.ratio(q, v) >= 90


def asks_for_list(text: str) -> bool:
    said = set(words(text))
    return bool(said & {"hvilke", "eksempler", "liste"})


# Spoken spellings new users write as they talk ("hvor ka man få sån en", "hva hedder
# det"), as the written word the phrases below are made of; folded.
_SPOKEN = {"ka": "kan", "hva": "hvad", "san": "sadan", "sanne": "sadanne", "ta": "tage"}


def said_words(text: str) -> list[str]:
    """Folded words of a text, spoken spellings written out."""
    return [_SPOKEN.get(w, w) for w in words(text)]


def said_text(text: str) -> str:
    """The folded words of a text as one string, spoken spellings written out: what the
    follow-up readers' patterns match."""
    return " ".join(said_words(text))


# The small words a follow-up may open with ("og", "æh", "nå", "altså", "nej"), folded: a
# reader's pattern that must match the whole sentence starts with these.
OPENERS = r"^(?:(?:og|men|ok|okay|aeh|aah|oh|oeh|ah|eh|na|sa|ja|tak|jamen|hmm|altsa|nej) )*"


def asks(text: str, *phrases: str) -> bool:
    """True if the folded text contains one of the folded phrases as whole words."""
    folded = " " + " ".join(said_words(text)) + " "
    return any(" " + " ".join(words(p)) + " " in folded for p in phrases)


def folded_words(text: str) -> set[str]:
    return set(said_words(text))
