"""The safety net: Danish words and patterns that mean someone needs help now.

Deterministic, so no model change can lose it, and recall first: when in doubt between
"acute" and something milder it says acute. Text is folded first (case, æ/ø/å typed or
not, accents), runs of one letter shortened ("hjææælp"), the ways 1-1-2 is written or
heard made one token ("1 1 2", "et et to", "et hundrede og tolv"), and punctuation
dropped, so typed and speech-recognised sentences meet the same patterns. The patterns
below are written in that folded form: "ø" is "o", "å" is "a", "æ" is "ae".

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
from dataclasses import dataclass

from bot.text import fold

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


# ---- normalisation --------------------------------------------------------------

_RUNS = re.compile(r"(\w)\1{2,}")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_SPACES = re.compile(r"\s+")
# 1-1-2 however written or heard, after folding and punctuation dropped.
_ONE = r"(?:1|en|et|een|eet|een|ene|et)"
_112 = re.compile(
    rf"(?<![0-9a-z])(?:{_ONE} {_ONE} (?:2|to)|11 2|1 12|(?:et )?hundrede? (?:og )?tolv"
    r"|ethundrede?(?:og)?tolv|hundrede?tolv|en hundrede? (?:og )?tolv)(?![0-9a-z])"
)


# Words a speech recogniser splits in two, joined again (folded forms).
_SPLITS = {
    "vej ret": "vejret",
    "a kut": "akut",
    "blo der": "bloder",
    "bevist los": "bevidstlos",
    "bevidst los": "bevidstlos",
    "svim mel": "svimmel",
    "for kerte": "forkerte",
    "i hjel": "ihjel",
    "pil ler": "piller",
    "selv mord": "selvmord",
    "over dosis": "overdosis",
}
_SPLIT = re.compile(r"(?<![0-9a-z])(?:" + "|".join(map(re.escape, _SPLITS)) + r")(?![0-9a-z])")
# Words the patterns lean on: where a recogniser cuts one in two or three ("be vist løs",
# "pil ler", "fald et", "nog en"), the two pieces are joined again. Only into these
# words, so two real words ("for", "kert") are joined only when they make one of them.
_WHOLE = frozenset(
    """bevidstlos bevidstlost bevistlos bevistlost faldet falden piller pillerne pillen tabletter tabletterne
    medicin medicinen medicinerne forkert forkerte forkertes nogen hjaelp hjaelpe hjaelpes
    ambulance ambulancen vejret akut bloder svimmel ihjel selvmord overdosis kastet
    brandalarm brandalarmen brandalarmens rogalarm rogalarmen drukket skyllemiddel
    skyllemidlet kvalt besvimet brystet lammet kramper forgiftet forgiftning giftlinjen
    giftlinien livslinien livslinjen laegevagten dosisposen dosisposer kulilte petroleum
    terpentin hjertepiller sovepiller lykkepiller smertestillende blodfortyndende
    insulin klorin opkast diarre""".split()
)


def _joined(text: str) -> str:
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] not in _WHOLE:
            for n in (3, 2):
                if "".join(words[i : i + n]) in _WHOLE and i + n <= len(words):
                    out.append("".join(words[i : i + n]))
                    i += n
                    break
            else:
                out.append(words[i])
                i += 1
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def normalise(text: str) -> str:
    """Folded, one space between words, split words joined, padded with a space at
    each end."""
    text = _RUNS.sub(r"\1", text.lower()[:2000])
    text = _NON_WORD.sub(" ", fold(text))
    text = _112.sub("112", _SPACES.sub(" ", text).strip())
    text = _joined(_SPLIT.sub(lambda m: _SPLITS[m.group(0)], text))
    return f" {text} "


# ---- building blocks -------------------------------------------------------------

NEG = r"(?:ikke|ik|ikk|ike|ikkeh|it|itte|int|inte)"  # "int": Jutlandic
CAN = r"(?:kan|ka|kand|kunne|ku)"
# "kan ikke", "kan altså ikke", and "ikke kan" in a clause
CANNOT = rf"(?:{CAN} (?:\w+ )?{NEG}|{NEG} {CAN})"
W = r"(?:\w+ )"  # any one word and its space
BREATH = r"(?:vejret|vejeret|vejr|veret|vaeret|vejrt|luft|luften|anden|ande)"
PILLS = (  # also compounds: "sovepillerne", "morfinpiller", "hovedpinetabletter"
    r"(?:\w*(?:piller|pille|tablet|tabletter)(?:ne|en)?|\w*medicin(?:en)?|panodil\w*|pamol\w*"
    r"|paracetamol\w*|ipren\w*|ibuprofen\w*|morfin\w*|sovemedicin|blodfortyndende|insulin"
    r"|dosis|doser)"
)


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


# ---- acute: strong (never suppressed) --------------------------------------------

_ACUTE_STRONG = _rx(
    r"^ (?:(?:du|nu|sa|altsa|hallo|hjaelp|ja|hurtigt) )*ring (?:\w+ ){0,2}(?:112|am ?b[uo]lan[cs]\w*"
    r"|alarmcentral\w*)",
    r" akut\w* (?!modtag)",
    r" nod ?situation\w* | nod ?stilfaelde\w* | sos | livsfare\w* | livstruende ",
    r" ring efter (?:en |nogen |noget )?(?:hjaelp|laege|en laege|nogen)\b",
    r" tilkald (?:\w+ )?hjaelp | send (?:\w+ )?hjaelp | skynd (?:dig|jer) ",
    # cannot get up
    rf" {CANNOT} (?:fa|hjaelpe|lofte|rejse) (?:ham|hende|dem|min \w+|sin \w+|mor|far|nabon"
    r"|borgeren|mormor|morfar|farmor|farfar|konen|manden) (?:\w+ )?op\b",
    rf" kommer {NEG} {W}?op (?:igen|fra|af)\b| kommer {NEG} op $",
    r" ligg\w* (?:\w+ ){0,3}(?:pa|nede pa|ned pa) (?:\w+ )?(?:gulvet|gulv|jorden|trappen"
    r"|fortovet|gaden|vejen|flisen|fliserne|badevaerelse\w*|toilet\w*|kokken\w*|entre\w*"
    r"|gangen|stuen|sovevaerelse\w*)\b",
    r" ligget (?:\w+ ){0,4}(?:hele natten|i timevis|i flere timer|siden)",
    r" (?:i|pa) gulvet (?:\w+ ){0,3}(?:i timevis|i flere timer|hele natten|siden i (?:nat|gar|aftes|morges))",
    r" (?:ring|ringe|ringer|tilkald|tilkalde) (?:\w+ ){0,2}(?:efter |til )?falck\w* ",
    r" knogle\w* (?:\w+ ){0,3}(?:stikker|stak) (?:\w+ )?ud | abent (?:knogle)?brud ",
    r" (?:ryger|oser|gnister|roget|ryget) (?:\w+ ){0,3}(?:fra|ud af|ud fra|i) (?:\w+ )?(?:stikkontakt\w*"
    r"|kontakt\w*|ledning\w*|stik\w*|fjernsyn\w*|tv\w*|komfur\w*|vaskemaskin\w*|toerretumbler\w*"
    r"|torretumbler\w*|oplader\w*|elkedel\w*|lampe\w*|radiator\w*|el ?tavle\w*|maskin\w*)\b",
    r" (?:hals\w*|svaelg\w*|luftroer\w*|luftror\w*) (?:\w+ ){0,3}(?:ved at )?(?:lukke\w* (?:til|sig)|snore\w* sig)",
    r" allergisk\w* (?:\w+ ){0,6}(?:epi ?pen\w*|adrenalin\w*)| (?:epi ?pen\w*|adrenalin ?pen\w*) ",
    r" segne\w* | kollaps\w* | styrte\w* ",
    # unconscious, not breathing, heart
    r" bevid?st ?lo\w* | ikke (?:\w+ )?ved (?:\w+ )?bevidsthed | svimet af | er besvimet ",
    r" besvimer | ved at besvime | lige besvimet | livlos\w* | ingen puls ",
    rf" har {NEG} (?:nogen )?puls ",
    rf" (?:vagner|vagne) {NEG}\b| {CANNOT} {W}{{0,2}}vaekke| ikke til at vaekke| svaer\w* at vaekke",
    r" traekker vejret (?:\w+ ){0,2}(?:uregelm\w*|maerkelig\w*|underlig\w*|tungt|besvaerlig\w*"
    r"|overfladisk\w*|rallende|snorkende)",
    r" (?:er|ligger) helt (?:slap|blalig|bla|livlos)",
    r" (?:fundet|funden|liggende|ligger|ligget|lagt|ligge) (?:\w+ ){0,4}pa (?:gulvet|jorden|fortovet)\b",
    rf" (?:traekker|trakker|ander|aender) {NEG} (?:\w+ )?(?:vejret|vejeret|mere)?",
    rf"(?: {CANNOT}| {NEG}| svaert ved at| besvaer med at| problemer med at"
    rf"| kaemper for at| {CAN} naesten {NEG}) (?:\w+ )?(?:fa|far|fik|traekke|traekker|trak"
    rf"|trakke|traek|hive|snappe) (?:\w+ )?{BREATH}\b",
    rf" (?:far|fik|traekker|trak|hiver|snapper) {NEG} (?:\w+ )?{BREATH}\b",
    rf" (?:hiver|hive|snapper|snappe|gisper|gispe) (?:\w+ )?efter {BREATH}\b",
    r" ande ?nod | forpustet | kvael\w* | kvaler | kvalt | gale hals | bla i (?:hovedet|ansigtet|laeberne|hele) ",
    r" bla (?:om|pa) (?:munden|laeberne) | galt i halsen | fast i halsen ",
    rf" {CANNOT} (?:\w+ )?(?:hoste|synke) ",
    r" vejrtraekning\w* (?:\w+ ){0,3}(?:stop\w*|maerkelig\w*|underlig\w*|uregelm\w*|hvaes\w*)",
    # chest pain, heart attack, stroke
    r" (?:ondt|ont|smerte\w*|tryk\w*|trykker|pres\w*|jag\w*|stram\w*|tyngde\w*|knug\w*|klem\w*"
    r"|sviende|braend\w*) (?:\w+ ){0,3}(?:for|i|pa|over|om|bag) (?:\w+ )?(?:bryst\w*"
    r"|hjertet)\b",
    r" bryst ?smerte\w* | (?:ondt|smerte\w*|tryk\w*|stråler|straler) (?:\w+ ){0,5}(?:kaeben|kaebe)",
    r" skaev i (?:ansigtet|munden|hovedet|mundvigen)\b",
    r" (?:mund\w*|ansigt\w*|ojet|oje|ojne|kind\w*|ojenlag\w*|laebe\w*) (?:\w+ ){0,2}"
    r"haeng\w*",
    r" haenger (?:\w+ ){0,3}(?:mund|ansigt|side|kind)\w*",
    r" lam\w* i (?:den ene|venstre|hojre|armen|benet|ansigtet|siden|halvdelen)\b",
    r" er (?:blevet )?lammet | lammelse\w* | lammet i ",
    r" fol\w*los\w* i (?:den ene|venstre|hojre|ansigtet|armen|siden|halvdelen)\b",
    r" (?:venstre|hojre|ene) (?:side|arm|ben|halvdel)\w* (?:\w+ ){0,4}(?:fol\w*los\w*|lam\w*|lystre"
    r"|haeng\w*|sovet|slap|ikke)\b",
    rf" {CANNOT} (?:\w+ )?maerke (?:\w+ ){{0,2}}(?:venstre|hojre|ene|arm|armen|ben|benet|ansigt\w*"
    r"|side|siden|hand|handen)",
    r" ordene (?:\w+ ){0,2}(?:kommer ikke|vil ikke|forsvinder)| ikke (?:\w+ )?ordene ",
    rf" {CANNOT} (?:\w+ )?sta (?:\w+ )?pa (?:benene|mine ben|sine ben|ben)",
    r" snovl\w* | slor\w* tale | taler (?:\w+ )?(?:underligt|maerkeligt|utydeligt|volapyk"
    r"|sludder|helt sort|uforstaeligt)\b",
    rf" {CANNOT} (?:\w+ )?(?:tale|snakke)(?! (?:med|om|i|til|dansk|engelsk|tysk|sammen))\b",
    rf" {CANNOT} (?:\w+ )?(?:finde|fa) (?:ordene|ord) ",
    rf" {CANNOT} (?:\w+ )?sige (?:\w+ )?(?:ordentlig\w*|rigtig\w*|forstaelig\w*|tydelig\w*)",
    # sudden loss of sight, a side that will not obey, words gone: stroke
    r" (?:alt|det hele) (?:\w+ )?(?:er )?(?:blevet )?sort | blevet blind | blind pa (?:det ene|\w+ oje)",
    r" pludselig (?:\w+ ){0,4}(?:ikke se|ikke tale|blind|lammet|sort)",
    r" (?:frygtelig\w*|voldsom\w*|eksplosiv\w*|vaerste) hovedpine (?:\w+ ){0,5}pludselig"
    r"| pludselig (?:\w+ ){0,3}(?:frygtelig\w* |voldsom\w* )?hovedpine",
    r" (?:arm\w*|ben\w*|hand\w*|side\w*|fod|foden) (?:\w+ ){0,2}vil (?:ikke|ik) (?:\w+ )?lystre",
    r" (?:ene|venstre|hojre) side (?:\w+ ){0,4}(?:tung|svag|lam\w*|folelos\w*|sovet|dod)\b",
    rf" {CANNOT} (?:\w+ )?finde (?:\w+ ){{0,2}}ord| kommer (?:\w+ ){{0,3}}forkert ud ",
    r" ordene (?:\w+ ){0,3}(?:forkert\w*|blandet)",
    rf" {CANNOT} (?:\w+ )?(?:svare|flytte|bevaege|rore|ror) (?:mig|sig|ham|hende|mae|os|noget)?\b",
    r" hverken (?:\w+ )?maerke eller bevaege | (?:er|blevet|bliver) (?:\w+ )?(?:helt )?slap ",
    r" hvaes\w* | gaet ud som et lys | ved at ga ud | laegebil\w* | akutbil\w* ",
    r" braekket (?:\w+ )?(?:hoften|laret|lar\w*)| (?:stiv|blaa|bla) af kulde | i sneen ",
    r" (?:ligget|lagt|lajt|laet) (?:\w+ ){0,4}(?:hele natten|i flere timer|i timevis|ude)\b",
    r" (?:braendeovn\w*|brandeovn\w*|pejs\w*|fyr\w*|ovn\w*) (?:\w+ ){0,3}(?:oset|oser|ryger ind|roget)",
    r" slaet (?:mig|ham|hende) ned | skubbet (?:mig|ham|hende) omkuld | roveri | overfaldet ",
    r" (?:taget|stjalet|revet) (?:\w+ )?(?:min|mit) (?:taske|pung|penge|mobil)",
    r" (?:elefant|sten|band|jern\w*|skruestik) (?:\w+ ){0,4}bryst\w*| bryst\w* (?:\w+ ){0,3}(?:snorer"
    r"|strammer|klemmer|trykker)",
    r" pludselig (?:\w+ ){0,3}(?:forvirret|uklar|omtaget|underlig|vaek)",
    r" slaet (?:\w+ )?hovedet (?:\w+ ){0,8}(?:kaster op|kastet op|underlig|forvirret|sloj|svimmel"
    r"|bevidst\w*|sover)",
    r" (?:far|fik|faar) (?:ingen|ikke nogen|ik noget|intet) (?:luft|vejr)",
    r" vaerste hove?d?pine | sidder fast (?:mellem|i badekar\w*|pa toilet\w*)| komme fri ",
    r" (?:ansigt\w*|mund\w*) (?:\w+ ){0,6}skaev\w*| (?:folelos\w*|dodt|dod|tung|lammet) i (?:venstre"
    r"|hojre|den ene) side",
    r" (?:laeber\w*|laeben) (?:\w+ ){0,2}bla\b| (?:darlig\w*|darli|svaert|tungt) (?:\w+ )?traekke? vejret",
    r" (?:blod (?:\w+ ){0,3}naese\w*|naeseblod) (?:\w+ ){0,10}(?:time|timer|blodfortyndende|stopper ikke)",
    r" (?:ikke|ik) (?:\w+ )?maerke (?:nogen |hans |hendes )?puls| gra i (?:hovedet|ansigtet)",
    r" (?:fik|faet) (?:et )?stod | elektrisk stod | ligger (?:\w+ )?helt stille ",
    # bleeding
    r" blod\w* (?:\w+ ){0,3}(?:pibler|vaelder|strommer|driver|lober)| gennemblodt | blodet ",
    r" (?:kastet|kaster|kastede|brakker|braekker|hoster|hostet) (?:\w+ ){0,4}blod",
    r" bleg (?:\w+ )?(?:og )?klam| kold og klam | klamt svedig",
    r" blod (?:\w+ ){0,3}(?:overalt|alle vegne|fosser|sprojter|stopper ikke|vil ikke"
    r"|ikke stoppe|over det hele)\b| blod (?:\w+ ){0,6}(?:stoppe|stopper)\b"
    r"| (?:fosser|sprojter|vaelder|pibler|strommer|lober) (?:\w+ ){0,3}blod| masser af blod | meget blod | blodet (?:fosser|sprojter|loeber|lober"
    r"|stopper|vil)\b| blodbad | pulsare\w* | kaster blod | hoster blod | brakker blod ",
    r" blo(?:der|r|dte|dt|de) (?!lidt|bare lidt|kun lidt|en smule|lige lidt|naeseblod)",
    # fire, smoke, gas
    r" i brand (?!alarm)| ilde ?brand\w* | der er brand | brand i (?:huset|kokkenet|stuen|lejligheden)",
    r" (?:det|der|huset|kokkenet|stuen|komfuret|gryden|panden|gardinet|gardinerne|sengen"
    r"|sofaen|lejligheden|ovnen|juletraeet|lyset|lysene|stearinlyset) (?:\w+ )?braender\b(?! (?:jeg|han|hun|vi|du|de|man|hun) for)",
    r" braender (?!for |(?:jeg|han|hun|vi|du|de|man) for)(?!(?:\w+ ){0,2}(?:nar|naar) (?:jeg|han"
    r"|hun) tisser)(?!(?:\w+ )?i (?:halsen|maven|ojnene|huden|fodderne|munden|tungen))",
    r" flammer\w* | ryger ind | rog (?!en |et |cigar|pibe|smog|alarm|detektor|melder)| rogen ",
    r" (?:lugter|lugt|lugte|stank) (?:\w+ ){0,2}(?:braendt|brand|rog|gas)\b| gaslugt | gas\w* (?:\w+ )?"
    r"(?:siver|strommer|lugter|udslip)| siver (?:\w+ )?gas | eksplo\w* ",
    r" (?:co|kul ?ilte|\w*kulilte) ?alarm\w* (?:\w+ ){0,2}(?:hyler|bipper|larmer|gar|piber|er gaet i gang)",
    r" (?:rog|brand) ?alarm\w* (?:\w+ ){0,2}(?:hyler|larmer|gar af|er gaet i gang|bimler"
    r"|piber hojt)",
    # seizures, allergy, other danger
    r" frad\w* | fraad\w* ",
    r" ryster (?:\w+ ){0,3}(?:over hele|voldsomt|ukontrolleret)",
    r" anafylak\w* | (?:hals\w*|tunge\w*|laebe\w*|ansigt\w*|svaelg\w*) (?:\w+ ){0,3}(?:haev\w*"
    r"|svulm\w*|lukker|snorer|snore)\b| haev\w* i halsen | svaert ved at synke ",
    r" (?:fremmed\w*|en mand|nogen|indbrudstyv\w*|tyv|tyven|tyvene) (?:\w+ ){0,4}(?:i (?:min |mit )?(?:stue|stuen"
    r"|huset|lejligheden|entreen|entre|kokkenet|soveva\w*)|bryde\w* ind|bryder ind|brudt ind)\b",
    r" prover at (?:bryde|abne|komme) (?:\w+ )?ind| prover at (?:abne|bryde op) (?:\w+ )?(?:vinduet"
    r"|doren|ruden|terrassedoren|hoveddoren)| forlanger (?:\w+ )?penge | vil sla mig ",
    r" (?:truer|truede) (?:\w+ ){0,3}(?:kniv|vaben|pistol|med at sla)| det haster | haster (?:virkelig|meget)",
    r" insulinchok | sukkerchok ",
    r" overfald\w* | tyv\w* i (?:huset|lejligheden|haven)| nogen i huset ",
    r" truer (?:\w+ ){0,2}(?:kniv|med at sla|med at draebe)| ulykke ",
    r" (?:ved at|skal til at|er ved at) do\b| do nu | dor nu | dor (?:lige )?(?:her|for)",
    # said in English by a visitor or a carer: the answer's number is the same
    r" i (?:have )?fallen | i fell | can ?not breathe | cant breathe | heart attack ",
    r" (?:i am|im) dying | call (?:an )?ambulance | emergency | (?:is )?unconscious ",
    r" (?:nodkald\w*|alarm\w*) (?:\w+ ){0,4}(?:ingen|ikke) (?:kommer|svarer)\b",
    r" ikke til at fa kontakt med ",
    # cold: found outside, numb, no heat
    r" iskold\w* (?:\w+ ){0,4}(?:slov|sloj|bleg|ryster|forvirret|svarer|reagerer|vagen)\b",
    rf" fryser (?:\w+ ){{0,8}}{CANNOT} (?:\w+ )?(?:maerke|rejse|komme)\b",
    # violence and threats
    r" (?:slar|slog|sparker|sparkede|taesker|tæsker) (?:hende|ham|mig|os)\b(?! (?:\w+ )?ihjel| (?:i|pa) (?:kort|skak|spil|ludo))",
    r" truer (?:mig|hende|ham|os)\b| stikke (?:mig|hende|ham|os)\b| (?:taget|tog|har) (?:\w+ )?en kniv ",
    # stroke, said around the point
    r" blander (?:\w+ )?ord\w* (?:\w+ )?sammen| ordene (?:\w+ )?blandet sammen",
    r" (?:arm\w*|ben\w*|hand\w*|side\w*|fod|foden) (?:\w+ ){0,4}vil (?:\w+ )?(?:ikke|ik) (?:\w+ )?lystre",
    r" (?:arm\w*|ben\w*|side\w*|hand\w*|ansigt\w*) (?:\w+ )?er (?:\w+ )?lam\b",
    r" (?:mun|munden|mund) (?:\w+ ){0,2}haeng\w*",
    rf" {CANNOT} (?:\w+ )?snak\b",
    rf" {CANNOT} (?:\w+ )?se (?:\w+ ){{0,2}}(?:det ene|venstre|hojre|mit ene|sit ene) oje",
    # not answering, on the floor, choking, heart (spoken forms)
    rf" svar {NEG}\b(?! (?:\w+ )?(?:pa|i) (?:telefon\w*|mobil\w*|sms\w*|mail\w*|beskede\w*))",
    r" ligg\w* (?:\w+ ){0,3}(?:pa|paa) (?:\w+ )?gulve\b| gal i halsen ",
    rf" {CANNOT} (?:\w+ )?traekke (?:\w+ )?vejre\b",
    r" (?:hjerte\w*|bryst\w*) (?:\w+ ){0,3}(?:gor|gjorde) (?:\w+ )?(?:ondt|ond|ont)\b",
    r" bryst\w* (?:\w+ ){0,6}(?:klemt|klemmer|presset|mast|snoret)\b",
    r" fast i (?:\w+ )?sengehest\w*| sengehest\w* (?:\w+ ){0,3}fast ",
    r" (?:gaet|lobet|vandret|gar) (?:\w+ ){0,2}ud (?:\w+ ){0,8}(?:kan|ka) (?:ikke|ik) finde (?:ham|hende)\b",
    r" (?:snakker|taler) (?:\w+ )?(?:sludret|uforstaeligt|volapyk|slor\w*)| (?:armen|arm|hand\w*) (?:\w+ )?haenger\b| ukontaktbar\w* | ikke kontaktbar\w* ",
    r" sprojter (?:ud|blod)\b",
    r" allergisk\w* (?:\w+ )?(?:chok|reaktion og (?:\w+ ){0,3}(?:luft|vejret|haev\w*))| adrenalin ?pen\w* ",
    r" krampe\w* (?:\w+ ){0,3}(?:i over|i mere end|i flere) (?:\w+ )?minut\w*",
    rf" {NEG} (?:\w+ )?(?:vagnet|kommet til sig selv)\b(?! (?:\w+ )?(?:i dag|endnu|rigtigt|ordentligt))",
    r" ryster (?:\w+ ){0,2}over det hele | (?:mand|nogen|fremmed\w*|typ\w*) (?:\w+ ){0,4}med (?:en )?(?:kniv|vaben|pistol|okse|kolle)\b",
)

# A fall from somewhere, or stuck under something: not a cat, not a robot vacuum.
_FALL_FROM = _rx(
    r" faldet ned (?:ad|af|fra) | faldt ned (?:ad|af|fra) ",
    r" sidder fast under ",
)

# ---- acute: weak (not in a question about technology or information) -------------

_CANNOT_GET_UP = _rx(
    rf" {CANNOT} {W}{{0,2}}(?:komme|kom|rejse|sta|rejs|stable) {W}?op\b",
    rf" {CANNOT} {W}?rejse (?:mig|sig|ham|hende)\b",
    rf" {CANNOT} {W}{{0,2}}rejs (?:mig|mae|mej|sig|ham|hende)\b",  # "a ka sgu ik rejs mæ"
)
# "kan ikke komme op af stolen" as a daily need, said without a fall.
_DAILY_NEED = _rx(
    r" (?:af|fra|i|ud af) (?:\w+ )?(?:stolen|stol|sofaen|laenestol\w*|sengen|toilet\w*|brusebad\w*"
    r"|bruseren|bilen|kørestolen|korestolen)\b",
    r" uden hjaelp | mere | laengere | om morgenen | selv | hvad kan | hvilke\w* | efter ",
    r" op pa (?:internet\w*|nettet|net|loft\w*|\w*siden|mitid|hjemmeside\w*|skaerm\w*|\w*portal\w*) ",
)
_FLOOR = re.compile(r" (?:faldet|faldt|falden|gulvet|gulv|jorden|ligger|ligget|vaeltet|gled) ")
_IF_FALLS = _rx(  # a fall feared or supposed, not one that happened
    r" hvis (?:\w+ ){1,3}(?:falder|faldt|er faldet|skulle falde) ",
    r" (?:bange|angst|nervos|urolig) for | frygter | risiko\w* | kunne ske ",
)
_FALL = re.compile(
    r" (?:faldet|falden|faldt|gled|gledet|glidt|snublede|snublet|vaeltede|vaeltet|rog ned|trillet"
    r"|trillede)\b"
)
_FALL_UNHURT = _rx(
    r" ikke (?:\w+ )?(?:slaet|kommet til skade|sket noget|kommet noget til|brukket|braekket)",
    r" (?:er|var) ok | (?:er|var) okay | ok nu | uskadt | ingenting sket | intet sket ",
    r" kom (?:selv |godt |fint )?op | kunne (?:godt |selv )?(?:rejse|komme|sta) ",
    r" (?:er|kom) (?:\w+ )?oppe igen | (?:kom|kommet) (?:\w+ )?op igen | fik (?:\w+ )?rejst "
    r"| rejst (?:mig|sig) ",
    r" har det (?:fint|godt) | klarede (?:mig|sig) | kun (?:et|en|lidt) | bare (?:et|en|lidt) ",
    r" sidder (?:i|pa) (?:stolen|sofaen|sengen|en stol)",
)
_PAST = _rx(
    r" i gar | i forgars | i morges | sidste (?:uge|maned|ar|gang|vinter|sommer|jul) ",
    r" for (?:\w+ ){1,2}(?:dage|dag|uger|uge|maneder|maned|ar|timer) siden ",
    r" (?:flere|mange|nogle|et par|to|tre) gange | tit | ofte | hele tiden | igen og igen ",
    r" tidligere | for nylig | engang | i sommer | i vinter | forrige | i sidste | dengang ",
    r" som (?:dreng|pige|barn|ung|lille)| da jeg var (?:ung|barn|lille|dreng|pige)",
    r" hvis | risiko | bange for at | nervos for at | frygter | kunne falde | falder ",
)
_INFO = _rx(
    r" hvad er (?:en|et|der) | hvad hedder | hvordan (?:virker|fungerer|bruger|far|kan|ser)",
    r" hvad koster | findes der | kan man (?:fa|lane|soge|bruge|ringe) | hvad gor man ",
    r" hvornar (?:skal|kan|bor) man ",
    r" hvad kan hjaelpe | hvad sker der | hvilke\w* (?:\w+ )?(?:teknologi\w*|hjaelpemid\w*|losning\w*|muligheder|app\w*"
    r"|produkt\w*|alarm\w*|ting) | anbefal\w* | fortael (?:mig )?om | laese om | hvor kan ",
    r" teknologi\w* | hjaelpemid\w* | faldalarm\w* | falde ?sensor\w* | nodkald\w* ",
    r" alarm\w* | \w*sensor\w* | kommunen\w* | visitat\w* | bevilg\w* | ansog\w* | apps? | appen\w* ",
    r" tablet\w* | \w*robot\w* | \w*dispenser\w* | \w*doserings\w* | ipad\w* | telefonen | mobil\w* | \w*kursus\w* | artikel | film | bog | serie",
    r" tv | fjernsyn\w* | avis\w* | radio\w* | program\w* | undersogelse\w* | statistik",
    r" regler | etik\w* | lov\w* | procent | hvor mange | hvor tit | hvor ofte ",
    r" husk (?:mig|at|pa) | huske (?:mig|at|pa) | paamind\w* | pamind\w* | plan\w* | kalender\w* | minde (?:mig|dig|ham|hende|os) ",
    r" elektronisk\w* | dorl\w* | las\w* | nogleboks\w* ",
)
# Said in questions ("kan et nødkald ringe 112") and stories ("ambulancen kom i går") too.
_ACUTE_CALLED = _rx(
    r" ild | ilden | ild i ",
    r" brand (?!alarm)| branden | co ?alarm\w* | kul ?ilte\w* | \w*kulilte\w* | indbrud\w* ",
    r" faldt om | falder om (?!natten|morgenen|aftenen|dagen|eftermiddagen)| faldet om ",
    r" trykket pa (?:\w+ ){0,2}(?:nodkald|alarm|knap)\w*| hjerte ?stop\w* ",
    r" 112 | alarmcentral\w* | am ?b[uo]lan[cs]\w* | ambu | brand ?vaesen\w* | brand ?bil\w* ",
    r" brand ?folk\w* | besvim\w* ",
)
_STORY = _rx(
    r" ringede | i gar | i forgars | i sidste | sidste (?:uge|maned|ar|sommer|vinter|gang) ",
    r" for (?:\w+ ){1,2}(?:dage|dag|uger|uge|maneder|maned|ar) siden | forbi | var her ",
    r" har det godt | kom (?:og|hurtigt) | holdt | tidligere | engang | dengang ",
    r" som (?:dreng|pige|barn|ung|lille)| da jeg var (?:ung|barn|lille|dreng|pige)",
    r" film\w* | fjernsyn\w* | tv | serie\w* | radio\w* | avis\w* | bog | roman | i aftes ",
    r" (?:i|fra) (?:19|20)\d\d ",
    r" lever i bedste | gar (?:godt|fint) nu | har det (?:godt|fint) nu | hvor tit | skiftes ",
    # a job on the ambulance, a first-aid course: told, not happening
    r" (?:korer|kor|korte) (?:\w+ )?am ?b[uo]lan[cs]\w* | am ?b[uo]lan[cs]e?(?:redder|forer|folk|chauffor)\w* ",
    r" \w*kurs(?:us|et|er)\w* | laerte (?:\w+ )?(?:at|vi|jeg|man|de) ",
)
# Diagnoses and seizures are named in histories and technology questions too.
_ACUTE_NAMED = _rx(
    r" hjerte ?anfald\w* | blod ?prop\w* | slag ?tilfaelde\w* | apopleksi | stroke ",
    r" hjerne ?blodning\w* | infarkt\w* | krampe ?anfald\w* | kramper (?!i )| epilep(?!\w*alarm)\w* ",
    r" anfald | kram per | har krampe\b(?! i)",
    rf" {CANNOT} (?:\w+ )?lofte (?:\w+ )?(?:arm|armen|hojre|venstre|hand)",
)
_HISTORY = _rx(
    r" efter (?:\w+ )?(?:min|mit|hans|hendes|sin|sit|en|et|den|det) | har haft | havde ",
    r" fik (?:\w+ )?(?:hjertestop|blodprop|slagtilfaelde|hjerteanfald)| lever i bedste ",
    r" fik (?:\w+ )?en | gar fint | har det fint | i (?:\w+ )?(?:atten|nitten|tyve|halvfjerds\w*|\d\d+) ",
    r" for (?:\w+ ){1,2}(?:dage|uger|maneder|ar) siden | sidste ar | i fjor | tidligere ",
    r" risiko | bange for | opdage\w* | forebygge\w* | hvis | med epilepsi ",
)
# A bare "er død" is acute, the death of a husband years ago is not.
_DEAD = re.compile(r" (?:er|ligger) (?:\w+ )?(?:dod|donde)\b| tror (?:\w+ ){0,3}dod\b")
_NOT_ANSWERING = re.compile(
    rf" (?:svarer|svare|reagerer|rorer (?:sig|han|hun)) {NEG}(?! (?:\w+ )?(?:pa|i) (?:telefon\w*|mobil\w*"
    r"|sms\w*|mail\w*|beskede\w*|opkald\w*|doren|klokken))"
)
DEVICE_WORDS = (
    r"(?:tablet\w*|ipad\w*|computer\w*|skaerm\w*|app\w*|telefon\w*|mobil\w*|kommunen"
    r"|hjemmeside\w*|mitid|printer\w*|fjernbetjening\w*|tv|assistent\w*|du|chatbot\w*|robot\w*"
    r"|hojtaler\w*|alexa|siri|google|radio\w*|router\w*|wifi|nettet|internettet|batteri\w*"
    r"|pc\w*|laptop\w*|fjernsyn\w*|bil\w*|lampe\w*|paere\w*|ur\w*)"
)
_DEVICE = re.compile(rf" {DEVICE_WORDS} ")

# ---- poisoning -------------------------------------------------------------------

_SWALLOW = (
    r"(?:taget|tog|spist|spiste|slugt|slugte|indtaget|nappet|knaset|drukket|drak|bidt i|givet|gav"
    r"|drikke|faet"
    r" i sig|fik i sig|smagt pa|smagte pa|tygget|tyggede|sutte\w* pa|slikket pa|slikkede pa)"
)
_POISONING = _rx(
    r" over ?dos\w* | \w*forgift\w* | (?:rotte|muse?|myre|snegle|plante|ukrudts?|insekt|svampe)gift\w* | giftig\w* ",
    r" gift ?linje\w* | gift ?linien | slugt (?!dem|den|det|pillen|pillerne|medicinen|tabletten|tabletterne|mine|min|mit)| slikket pa | slikkede pa ",
    rf" (?:faet|taget|tog|fik|givet|spist|spiste) (?:\w+ ){{0,3}}\w+s {PILLS}\b",
    rf" {_SWALLOW} (?:\w+ ){{0,2}}(?:[4-9]|\d\d+|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten"
    rf"|tyve) (?:\w+ ){{0,3}}{PILLS}\b| {PILLS} i stedet for (?:en|et|to|1|2) ",
    rf" (?:tog|taget) (?:jeg |han |hun )?(?:dem|dem alle|medicinen|{PILLS}) (?:\w+ )?igen ",
    r" (?:kommet|kom) (?:til|te) (?:at|a) (?:tage|spise|drikke|sluge|give) ",
    rf" i stedet for (?:\w+ ){{0,2}}{PILLS}| (?:flere|mere) (?:\w+ ){{0,4}}end (?:han|hun|jeg|man|a) (?:ma|skal|burde)",
    r" flasken er (?:naesten )?tom | blandet (?:\w+ ){0,3}(?:klor\w*|eddike|\w*rens\w*|\w*middel\w*)",
    rf" {PILLS} for (?:i morgen|flere dage|hele ugen)| (?:sat|sat pa) (?:\w+ )?(?:to|tre|flere) (?:nye|ekstra)",
    r" (?:taget|tog|spist|spiste) (?:\w+ ){0,4}(?:flere dage|hele ugen|en hel uge|to dage|tre dage)\w*"
    r" (?:\w+ )?pa (?:en|et) gang ",
    rf" {PILLS} (?:\w+ ){{0,3}}pa (?:en|et) gang | (?:[4-9]|\d\d+|fire|fem|seks|syv|otte|ni|ti|tolv"
    rf"|femten|tyve) {PILLS} ",
    r" (?:faet|taget|tog|drukket|drak|spist|spiste|fik|givet) (?:\w+ ){0,5}ved en fejl ",
    r" trode (?:det|den) var (?:min|mit|hans|hendes|sin|sit) ",
    r" (?:drukket|drak|faet|fik|spist|spiste|smagt) (?:\w+ ){0,8}trode | trode (?:\w+ ){0,3}var"
    r" (?:saft\w*|vand|juice|sodavand|slik|mad|min medicin|hostesaft)",
    r" (?:tomt|tommet|tomte) (?:\w+ ){0,4}(?:\w*dosis\w*|\w*pille\w*|\w*aesk\w*|\w*medicin\w*)"
    r"| (?:rum|rummene|aesken|aesker) (?:\w+ )?er tomme ",
    rf" {PILLS} (?:\w+ ){{0,4}}bade for | for (?:i gar|flere dage) og (?:i dag|i gar)",
    r" (?:fat i|haft fat i) (?:\w+ ){0,3}\w*(?:pille|medicin|dosis|tablet)\w*",
    r" (?:puttet|puttede|haft|stukket|stak|faet|fik) (?:\w+ ){0,4}i munden ",
    r" slurk (?:\w+ ){0,2}(?:af )?\w*(?:olie|middel|rens|syre|sprit|benzin|petroleum|klor|fjerner)\w*",
    r" \w*plast(?:er|re)\w* (?:\w+ ){0,3}(?:i stedet for|for mange|ekstra)| (?:to|tre|flere) \w*plast(?:er|re)",
    r" (?:drukket|drak|smagt|smagte) (?:\w+ ){0,8}(?:under vasken|i skabet|i skuret|i garagen|kaelder\w*)",
    r" (?:spist|spiste|slugt|tygget|smagt pa) (?:\w+ ){0,3}(?:blade|baer|baerene|planter?|svampe\w*)"
    r"| (?:julestjerne\w*|liljekonval\w*|taks\w*|fingerbol\w*|guldregn\w*|mistelten\w*|kristtorn\w*) ",
    r" (?:spist|spiste|slugt|slugte|drukket|drak|fik|faet) (?:\w+ ){0,2}gift ",
    rf" {_SWALLOW} (?:\w+ ){{0,5}}(?:for mange|for meget|alt for|alle (?:\w+ )?{PILLS}"
    rf"|hele (?:\w+ )?(?:glasset|pakken|\w*aesken?|\w*botten|bottlen|posen|kartet|arket|\w*glas)"
    rf"|dobbelt|(?:to|tre) gange(?! (?:om|hver|dagligt|i dognet|i ugen|daglig|nogle|af og til))|ekstra|forkert\w*|en masse|en hel|en handfuld|en hand fuld"
    rf"|flere {PILLS})\b",
    rf" (?:alle (?:\w+ )?|en hel (?:masse|del|pakke|aeske"
    rf"|botte) |en handfuld ){PILLS}\b",
    r" dobbelt ?(?:dosis|dose|op|portion|gang)\b",
    rf" {PILLS} (?:\w+ ){{0,3}}(?:to|tre) gange(?! (?:om|hver|dagligt|i dognet|i ugen|daglig|nogle|af og til))",
    rf" forkert\w* (?:\w+ ){{0,2}}{PILLS}\b| {PILLS} (?:\w+ ){{0,3}}forkert\w* ",
    rf" {_SWALLOW} (?:\w+ ){{0,2}}(?:min mands|min kones|hans|hendes|nabons|andres"
    rf"|en andens|sin mands|sin kones|mors|fars|mormors|morfars|farmors|farfars) {PILLS}\b",
    rf" {_SWALLOW} (?:\w+ ){{0,4}}(?:rengoring\w*|klorin|eddike ?syre|opvask\w*|afl[o]?bsrens\w*"
    r"|lampe ?olie|petroleum|terpentin|benzin|kaustisk|sprit|frostvaeske|kemikalie\w*"
    r"|blegemiddel|salmiak|ammoniak|batteri\w*|svampe\w*|giftsvamp\w*|fluesvamp\w*|baer|baerene"
    r"|vaskemiddel\w*|skyllemiddel|maskinopvask\w*|sæbe|saebe|brun saebe|shampoo|cremen"
    r"|myregift|sneglegift|ukrudt\w*|\w*middel\w*|afkalk\w*|\w*fjerner\w*|\w*rens|klor\w*|\w*kapsel\w*|terpentin\w*|roundup|plante ?gift|mus(?:e)?gift|tusind ?ben)\b",
    r" (?:\w*barn\w*|baby\w*|dreng\w*|pige\w*|\w*datter\w*|son|sonnen|\w+son|lille \w+)"
    r" (?:\w+ ){0,6}(?:spist|slugt|taget|drukket|bidt i|sutter pa|suttet pa|faet fat i|fik fat i)"
    rf" (?:\w+ ){{0,4}}(?:{PILLS}|dem|nogle af dem|noget af det|\w*middel\w*|hostesaft\w*|\w*kapsel\w*)",
    r" (?:rengoring\w*|klorin|afl[o]?bsrens\w*|lampe ?olie|terpentin|kaustisk|blegemiddel"
    r"|opvaskemiddel|vaskemiddel) (?:\w+ ){0,3}(?:i munden|drukket|slugt|spist|pa tungen)",
    r" svampe\w* (?:\w+ ){0,10}(?:kaster op|kastet op|kastede op|ondt i maven|kvalme|braekker)",
    r" igen ved en fejl | insulin (?:\w+ ){0,3}(?:to|2) gang\w*| (?:to|2) gang\w* insulin ",
    rf" (?:tog|taget|tau|taet|ta) (?:jeg |han |hun |a )?(?:dem|den|medicinen|{PILLS}) (?:\w+ )?igen ",
    r" (?:kommet|kom) (?:til|te) (?:at|a) ta ",
    rf" {_SWALLOW} (?:\w+ ){{0,2}}(?:min mands|min kones|hans|hendes|nabons|andres|en andens"
    rf"|sin mands|sin kones|mors|fars) (?:\w+ )?{PILLS}\b",
    r" ekstra (?:\w+ )?\w*plast(?:er|re)\w*",
    r" (?:spist|spiste|tygget|slugt) (?:\w+ ){0,5}(?:hyacint\w*|julerose\w*|paskelilje\w*|oleander\w*"
    r"|baer|baerene|svampe\w*)\b",
    r" (?:drukket|drak|slugt|faet) (?:\w+ ){0,7}(?:terpentin\w*|\w*sprit|lampe ?olie\w*|petroleum|klor\w*"
    r"|\w*rens\b|\w*rensemiddel|salmiak\w*|eddikesyre|frostvaeske)",
    rf" {PILLS} (?:\w+ ){{0,2}}bade (?:om )?(?:morgenen|aftenen|middag\w*) og ",
    rf" {_SWALLOW} (?:\w+ )?(?:mine|min|mit|hans|hendes|andres) (?:\w+ )?{PILLS} i stedet for ",
    r" (?:taget|tog|spist|spiste|slugt) (?:\w+ )?(?:[4-9]|\d\d+|fire|fem|seks|syv|otte|ni|ti) (?:\w+ ){0,5}pa (?:en|et) gang ",
    r" (?:\w*barn\w*|baby\w*|dreng\w*|pige\w*|\w*datter\w*|son|sonnen|\w+son|lille \w+)"
    r" (?:\w+ ){0,9}(?:spist|slugt|drukket) (?:nogle|noget|en|et|flere) (?:af|fra) ",
)

# Carbon monoxide: a source or the alarm, and the signs (or the alarm sounding). It is
# acute as a gas too; Giftlinjen's number is added to 1-1-2.
_CO_SOURCE = _rx(
    r" (?:co|kul ?ilte|\w*kulilte) ?alarm\w* | kul ?ilte\w* | \w*kulilte\w* | spjaeld\w* ",
    r" (?:grill\w*|gasgrill\w*|\w*varmer\w*|generator\w*|motor\w*|bil\w*) (?:\w+ ){0,4}"
    r"(?:inde i|inden ?for|indenfor|i garagen|i kaelderen|i stuen|i kokkenet)",
)
_CO_SIGNS = _rx(
    r" hovedpine | kvalme | svimle | svimmel\w* | slov\w* | sloj\w* | underligt | maerkelig\w* ",
    r" darlig\w* | daarlig\w* | forvirret | kaster op | hyler | bipper | piber | larmer ",
)
# Tomorrow's or another person's dose, or today's taken again: a double dose.
_DOUBLE_DOSE = _rx(
    r" (?:dosisposen|dosisposer|doseringen|pillerne|medicinen|pilleaesken) (?:\w+ ){0,2}for i morgen",
    r" (?:naboens|andres|en andens|min mands|min kones|hans|hendes|\w+s) (?:\w+ )?(?:dosispose\w*|dosis)",
    r" (?:tog|taget|ta|tau) (?:\w+ ){0,2}(?:en gang til|igen|endnu en gang|to gange)\b",
    rf" (?:to|2) gange (?:\w+ ){{0,3}}{PILLS}",
    rf" {PILLS} (?:\w+ ){{0,3}}(?:to|2) gange (?:i dag|i morges|i aften|lige efter)",
    r" forkert\w* (?:\w+ ){0,2}(?:medicin\w*|piller\w*|dosispose\w*|dosis)",
)
# Something from the cleaning cupboard, the garage or the garden drunk or chewed.
_HOUSEHOLD = _rx(
    rf" {_SWALLOW} (?:\w+ ){{0,3}}(?:af )?(?:\w*middel\w*|\w*midlet|\w*rens\w*|petroleum\w*|terpentin\w*"
    r"|benzin|sprit\w*|klor\w*|lud|afkalk\w*|\w*olie)\b",
    r" flaske (?:\w+ ){0,2}uden (?:maerkat|etiket|label) | smagte af (?:terpentin|benzin|sprit|saebe|klor|petroleum)",
    r" (?:tygget|tyggede|spist|spiste|smagt) (?:\w+ ){0,3}(?:et |en |nogle )?(?:blad|blade|bladet|stilk\w*|rod|log)"
    r" (?:\w+ ){0,2}(?:fra|af|pa) ",
)

# Too many pills named without anyone said to have taken them ("kan en medicinrobot give
# besked, hvis man tager for mange piller"): not in a question about technology.
_POISONING_NAMED = re.compile(rf" (?:for mange|for meget|alt for mange) (?:\w+ ){{0,3}}{PILLS}\b")

# ---- suicide ---------------------------------------------------------------------

_SUICIDE = _rx(
    r" selv ?mord\w* | suicid\w* | livs ?linien | livs ?linjen ",
    r" tage (?:mit|sit|hans|hendes|dit|mit eget|sit eget) (?:eget )?liv",
    r" tage livet af | tog livet af | tager livet af ",
    r" (?:sla|slar) (?:mig|sig) selv ihjel| draebe (?:mig|sig) selv ",
    r" (?:vil|ville|skal|kunne|kan|lyst til at|taenker pa at|taenkt pa at|overvejer at) (?:\w+ )?"
    r"(?:sla|draebe) (?:mig|sig) (?:selv )?ihjel",
    r" gore en ende pa | gor en ende pa | ende (?:det hele|mit liv|livet|sit liv|det her)",
    r" afslutte (?:mit|sit|livet|det hele)| gore det af med (?:mig|sig) ",
    rf" (?:vil|ville|onsker|gider|orker|magter|kan|har lyst til at|har {NEG} lyst til at"
    rf"|har {NEG} lyst at) (?:\w+ ){{0,2}}{NEG} (?:at )?leve\b",
    rf" {NEG} (?:\w+ )?lyst til (?:at )?leve | {NEG} (?:\w+ )?lev(?:e)? (?:mere|mer|laengere)\b",
    r" (?:vil|ville) (?:(?:bare|helst|gerne|hellere|allerhelst|egentlig|bare gerne) )*do\b",
    r" onsker (?:\w+ )?(?:at )?do\b",
    r" onske (?:\w+ ){0,2}(?:var|vaere) dod| bedre (?:\w+ ){0,3}(?:var|vaere) dod",
    r" bedre (?:\w+ ){0,2}uden mig| (?:ikke|aldrig) (?:\w+ )?vaere her (?:\w+ ){0,2}(?:mere|laengere)",
    r" vil vaek fra (?:det hele|livet)| (?:bedst|bedre) (?:\w+ ){0,5}(?:var|vaere) (?:vaek|dod|borte)",
    r" (?:sove|falde i sovn) (?:\w+ ){0,2}(?:og|uden at) (?:\w+ ){0,2}(?:vagne|vaagne)",
    r" aldrig (?:\w+ )?vagne\w* (?:op )?(?:igen)?| (?:ikke|aldrig) (?:at )?vagne\w* (?:op )?(?:igen|i morgen|mere)",
    rf" (?:orker|gider|vil) (?:\w+ )?{NEG} (?:at )?vagne | {NEG} (?:orker|gider|vil) (?:at )?vagne "
    r"| faerdig med (?:livet|det hele|at leve)",
    r" (?:hellere|helst) (?:\w+ ){0,2}(?:vaere|var) dod| faet nok af (?:livet|det hele|at leve)",
    r" (?:bedst|bedre|lettere|nemmere|lettelse) (?:\w+ ){0,5}(?:ikke var her|var vaek|var dod"
    r"|ikke var til)",
    r" (?:taenker|taenkt|overvejer|overvejet) (?:\w+ ){0,2}(?:at )?(?:springe|hoppe)\b",
    r" lagt (?:\w+ ){0,2}til rette | klare (?:jer|os|dig|sig) uden (?:mig|ham|hende)",
    r" (?:hvorfor|hvad) (?:\w+ ){0,3}(?:leve videre|blive ved)| ingen grund til at (?:jeg )?sta op ",
    rf" (?:vil|gider|orker) {NEG} (?:\w+ )?vae?re? her\b",
    r" (?:ingen|nogen) grund til at (?:blive ved|leve|fortsaette|vaere her)| meningen med at leve ",
    r" afskeds ?brev\w* | (?:ingen|nogen) vej ud | det hele (?:\w+ )?(?:stopper|slutter|holder op) ",
    r" livet (?:\w+ ){0,2}(?:ingen|ikke nogen) mening | ga (?:ud )?i vandet | drukne (?:mig|sig) ",
    r" ind i (?:et trae|en mur|en lastbil) | med vilje (?:ind|ud|foran) | sa er det overstaet ",
    r" (?:samle\w*|spar\w*|gemt|gemme\w*) (?:\w+ ){0,3}(?:\w*piller\w*|\w*tablet\w*|\w*medicin\w*) ",
    r" (?:jeg|hun|han|a) (?:er )?snart (?:er )?faerdig | snart er (?:jeg|hun|han|a) faerdig ",
    rf" {NEG} (?:\w+ )?(?:far|faar) brug for (?:\w+ ){{0,2}}(?:mere|laengere)",
    r" kore (?:\w+ ){0,3}i (?:havnen|vandet|fjorden|en mur|et trae)| betalt (?:\w+ )?begravelse\w* ",
    r" min (?:egen )?begravelse | varer (?:ikke|ik) laenge nu | klar til at (?:ga|do|sige farvel)\b",
    r" (?:sin|min|hans|hendes) egen dod | til besvaer (?:\w+ )?laeng\w* | det sidste (?:\w+ ){0,2}"
    r"(?:horer|ser) (?:fra|til) ",
    r" (?:vaere sammen med|blive hos|hen til|over til|op til) (?:\w+ ){0,4}(?:for altid|i himlen|igen)\b",
    r" nar jeg er borte | jeg er (?:her )?(?:ikke|ik) (?:her )?i morgen | tak for alt ",
    r" (?:vil|skal|taenker pa at|overvejer at) tage alle (?:\w+ )?\w*piller\w*| kan man do af ",
    r" sag\w* farvel til (?:alle|livet|verden)| ikke mere at leve for ",
    r" reb (?:\w+ ){0,10}(?:bruge|haenge|taenkt)| (?:kobt|gemt|fundet) (?:et )?reb ",
    r" testamente\w* | afsked\w* | brev\w* (?:\w+ ){0,12}(?:finder det|bagefter|ligger klar|klar i)",
    r" gjort klar (?:\w+ ){0,4}(?:banken|brev\w*|testamente\w*)| brevene til (?:born\w*|min\w* \w+)",
    r" (?:givet|giver|foraeret) (?:\w+ ){0,2}(?:alle|alt|alle sine|alle mine) (?:\w+ ){0,2}vaek",
    r" slippe for (?:det hele|livet|alt)| give slip | bare i vejen | i vejen for (?:alle|jer|dem)",
    r" (?:ikke|ingen) (?:\w+ ){0,2}byrde (?:\w+ ){0,3}(?:laengere|mere)| snart (?:\w+ ){0,4}byrde",
    r" (?:sa|og) var det (?:slut|overstaet|forbi)| sa er det overstaet | (?:taenker|tanke\w*|overvejer) (?:\w+ ){0,6}"
    r"tage alle ",
    r" hvis jeg (?:\w+ )?(?:var|blev) (?:vaek|dod|borte)| hvad skal jeg (?:\w+ )?her for ",
    r" (?:ingen|ikke nogen) (?:\w+ ){0,3}(?:savne\w*|opdage\w*|laegge maerke til) (?:\w+ ){0,3}(?:mig|det)",
    r" ga (?:ud )?i (?:havet|fjorden|soen|aen|havnen) | det har jeg sorget for ",
    r" bekymre sig om mig (?:\w+ )?(?:mere|laengere)| hvorfor (?:\w+ ){0,3}bliv\w* ve\w* ",
    rf" livet er (?:\w+ )?(?:{NEG} vaerd|meningslost|slut|forbi)| {NEG} vaerd at leve",
    r" (?:intet|ikke noget|ingenting|ingen grund) (?:\w+ )?(?:at|til at) leve for",
    r" ingen grund til at leve | meningslost at leve | traet af (?:at leve(?! (?:pa|af|for|med|uden|i) )|livet)| livstraet",
    r" (?:hoppe|springe|kaste (?:mig|sig)) (?:ud|foran|i havnen|i vandet|ud fra)",
    r" haenge (?:mig|sig)\b| skyde (?:mig|sig)\b| skade (?:mig|sig) selv | selvskade\w* ",
    r" gore (?:mig|sig) selv (?:\w+ )?(?:fortraed|skade|noget)",
    r" ingen (?:\w+ )?(?:vil|ville|vil komme til at) savne | til besvaer for alle | byrde for (?:alle|jer|mine|familien|dem|min)",
    r" sige farvel til (?:alle|livet|verden)| samle\w* (?:\w+ ){0,2}piller | gemt (?:\w+ )?piller ",
    rf" (?:kan|ka|orker|magter|klarer|gider|vil) (?:\w+ )?{NEG} (?:mere|mer|laengere)(?= $| (?:og|jeg|a|det|nu"
    r"|altsa|rigtig|med (?:livet|noget|det))| (?:\w+ ){0,2}(?:livet|leve|det her liv))",
    rf" {CANNOT} (?:klare|holde) (?:\w+ )?(?:mere|ud|livet|det (?:her|mere|laengere))",
    r" mister (?:\w+ )?lysten til (?:at )?leve | har mistet (?:\w+ )?livslysten | livslyst ",
    r" ingen grund til at blive her | (?:kan|ka) (?:ikke|ik) (?:mere|mer) uden (?:ham|hende)\b",
    r" bange for (?:\w+ ){0,2}(?:hvad|at) (?:\w+ ){0,2}(?:planlaegger|vil gore ved sig selv)",
    r" farvel (?:\w+ ){0,10}for sidste gang | sagt farvel til (?:dem|alle dem) (?:der|som) ",
    r" (?:haber|onsker|beder) (?:\w+ ){0,5}(?:ikke|ik|aldrig) (?:\w+ )?vagne\w*",
    r" sig til (?:\w+ ){0,3}at jeg elsker (?:\w+ ){0,8}(?:skyld|farvel)| rydde op efter mig ",
    r" nar jeg er vaek\b| vaere hos (?:\w+ ){0,2}igen (?:\w+ ){0,3}(?:der|hvor)",
    r" traet af at vaere til besvaer | til besvaer for (?:dem|alle|jer)| fri for mig ",
    r" (?:bedst|bedre) (?:\w+ ){0,4}hvis (?:jeg|a) (?:\w+ )?(?:ikke|ik) (?:\w+ )?(?:er|var) (?:her|til)",
    r" (?:nemmeste|letteste|hurtigste|bedste|sikreste) (?:\w+ ){0,2}(?:made|mode|vej) (?:\w+ ){0,2}(?:at )?do\b",
    r" ta (?:mit|sit|hans|hendes|dit) (?:eget )?liv\b",
    r" (?:lagt|fundet|gjort|hentet) (?:\w+ )?reb\w* (?:\w+ )?(?:frem|klar)\b",
    rf" {NEG} (?:\w+ )?lyst til (?:at )?vaere (?:her|til)\b| forsv(?:a|i)nd\w* for altid ",
    r" (?:taenkt mig|taenker pa|vil|skal) (?:at )?tage dem alle\b| (?:kan|ka) lige sa godt do\b",
    r" hva?d? skal (?:jeg|a) (?:\w+ )?leve for | foran (?:toget|et tog|bussen|en bus|en lastbil|bilerne)\b",
    # warning signs said around the point: affairs set in order, farewells, a means at hand
    r" (?:lettere|bedre|nemmere) (?:\w+ ){0,3}uden (?:mig|ham|hende|far|mor)\b",
    rf" (?:{NEG}|aldrig) (?:\w+ ){{0,2}}(?:et|en) (?:problem|byrde|besvaer) for (?:nogen|jer|dem|andre|nogle)\b",
    r" sidste gang (?:vi|jeg|du) (?:\w+ )?(?:snakker|taler|ses|hores|ser hinanden)\b",
    r" (?:sagt|siger|sige) farvel til (?:\w+ ){1,2}og (?:\w+ ){0,2}(?:givet|foraeret|givet)\b",
    rf" (?:far|faar|fa) {NEG} (?:\w+ )?brug for (?:\w+ ){{0,2}}(?:mere|laengere)\b",
    r" (?:ned fra|ud over|ud fra) (?:\w+ )?(?:altan\w*|bro\w*|tag\w*|vindue\w*|klippe\w*|skraent\w*)"
    r" (?:\w+ ){0,8}(?:nemmest|lettest|bedst|springe|hoppe)\b",
    r" (?:gevaer\w*|jagtgevaer\w*|haglgevaer\w*|pistol\w*|riffel\w*) (?:\w+ ){0,4}(?:ladt|ladet|ladte)\b"
    r"| (?:ladt|ladet|ladte) (?:\w+ ){0,4}(?:gevaer\w*|jagtgevaer\w*|haglgevaer\w*|pistol\w*|riffel\w*)",
    r" om (?:jeg|han|hun|a|vi) lever eller dor\b",
    rf" {NEG} (?:\w+ ){{0,3}}(?:at )?vaere her (?:til|nar|om|i) ",
    r" folge (?:\w+ )?efter (?:\w+ ){1,2}snart | snart folge (?:\w+ )?efter ",
    r" (?:min|hans|hendes) tur til at (?:\w+ ){0,3}(?:slippe|ga herfra|do)\b",
    r" (?:de|dem|den|han|hun) (?:der|som) finder mig\b| levet laenge nok ",
    r" vide at (?:\w+ ){0,3}(?:ikke|ik) (?:er )?(?:deres|jeres|din|hans|hendes) skyld ",
    r" breve? (?:\w+ ){0,6}(?:alt|det hele) (?:\w+ )?pa plads\b| hvem der skal have hvad ",
)

# ---- urgent (weak) ---------------------------------------------------------------

_URGENT = _rx(
    r" feber\w* | hoj temperatur | temperatur pa ",
    r" kaster op | kastet op | kastede op | braekker (?:mig|sig)| braekket (?:mig|sig)",
    r" opkast\w* | diar+e\w* | tynd mave | tyndskid\w* | kvalme | svimmel\w* | svimle ",
    r" uklar | laege ud | vil (?:ikke|ik) drikke | helvedesild | blaere\w* | knopper | gul\w* i (?:ojnene|huden)",
    r" slov | ingen appetit | (?:snakke|tale) med en laege | forstoppe\w* | oppustet | or i hovedet ",
    r" laeggen | tisser (?:naesten )?(?:ikke|ik) | ojet er rodt | klistret | hulter til bulter ",
    r" (?:mavepine|hovedpine|smerte\w*) (?:\w+ ){0,8}(?:ikke vil ga vaek|vil ikke ga vaek|hele dagen|hele natten)",
    r" utilpas | ilde tilpas | (?:skidt|darlig\w*) tilpas | sloj | udslaet | allergi\w* | hovedpine | skaffe (?:\w+ )?laege | utryg\w* (?:\w+ ){0,3}(?:nat|natten|krop|helbred)",
    rf" har det (?:\w+ )?(?:darligt|skidt|elendigt|{NEG} godt|{NEG} sa godt|underligt|maerkeligt"
    r"|rigtig skidt|ad helvede til)\b(?! med at)",
    r" foler (?:mig|sig) (?:\w+ )?(?:darlig|syg|skidt|utilpas|sloj|underlig|maerkelig|elendig)",
    r" (?:er|blevet|bliver) (?:\w+ )?syg\b(?! (?:og|af) (?:hjaelp|teknologi))",
    r" laege ?vagt\w* | vagt ?laege\w* | akut ?telefon\w* | 1813 | skadestue\w* ",
    r" brug for (?:\w+ )?laege | ringe? (?:\w+ )?til (?:\w+ )?laege\w* ",
    r" ondt (?:\w+ ){0,12}(?:bliver (?:ikke bedre|vaerre|bare vaerre)|(?:ikke|ik) (?:gar|vil ga) vaek|gar (?:ikke|ik) vaek"
    rf"|{CANNOT} sove|hele natten|i nat)",
    r" (?:ondt|svier|braender|svie) (?:\w+ ){0,2}(?:nar|naar) (?:jeg|han|hun) (?:\w+ )?tisse\w*"
    r"| tisse hele tiden ",
    r" naesten (?:ikke|ik) ga | holde op med at gore ondt ",
    r" blo\w* (?:lidt|bare lidt|en smule)| rift | skramme ",
    r" ondt (?:\w+ ){0,2}i (?:maven|hovedet|hele kroppen|underlivet|siden|hoften|oret|ojet"
    r"|tanden|halsen)\b",
    r" (?:meget|voldsomt|frygtelig|forfaerdelig\w*|sindssygt|rigtig|vildt|uudholdeligt) ondt ",
    r" smerter | smerte | har slaet (?:mig|sig|hovedet)| slog (?:mig|sig"
    r"|hovedet)| slaet (?:\w+ )?hovedet ",
    r" skaret (?:mig|sig)| skar (?:mig|sig)| braendt (?:mig|sig)| braendt (?:mig|sig)",
    r" forbraend\w* | forstuv\w* | forvred\w* | brukket | braekket (?:\w+ )?(?:armen|benet"
    r"|handleddet|foden|hoften|en finger|ribben\w*)| braekket noget ",
    r" hoster | hoste\w* | influenza | urinvejs\w* | blaerebetaendelse | svie\w* ",
    rf" {CANNOT} tisse | blod i (?:urinen|tisset|afforingen)| naeseblod | sar ",
    r" forvirret | konfus | ikke (?:sig selv|helt sig selv)| vrovl\w* | desorient\w* ",
    r" haevet | haever | haevelse | bistik | hvepsestik | insektstik | foling ",
    r" lavt blodsukker | hojt blodsukker | hjertebanken | hjertet (?:\w+ )?"
    r"(?:banker|hamrer|springer|slar)| uregelmaessig puls ",
    r" krampe i ",
    r" (?:tyk\w*|haev\w*|hoev\w*) og (?:varm\w*|rod\w*|om)\b| prikker (?:\w+ ){0,3}klor ",
    r" (?:ondt|ond|ont) (?:\w+ ){0,5}vil (?:ikke|ik) (?:\w+ )?ga vaek",
    r" \w*(?:ta|taen|taeer|fod|foden|finger|fingeren) (?:\w+ ){0,3}(?:helt )?sort\b",
    rf" {NEG} (?:\w+ )?kunnet tisse | holde (?:noget|ting|mad|vand|drikke) i mig ",
    # a wound or a sore going wrong, a blocked catheter, days without a stool, a sore eye
    r" (?:sar\w*|\w*saret|rift\w*|snit\w*|tryksar\w*) (?:\w+ ){0,6}(?:rodt|rod|varmt|varm|siver|pus"
    r"|materie|lugter|storre|betaendt|haevet)\b",
    r" (?:har|ha|er) kast op | kaster (?:\w+ )?op | braekket (?:\w+ )?hele (?:natten|dagen)",
    r" kateter\w* (?:\w+ ){0,3}(?:stoppet|stop|lukket|blokeret|lakker|sidder fast|faldet ud|ude)\b",
    r" (?:ingen|ikke haft|ikke vaeret pa toilet\w*) (?:\w+ ){0,2}afforing (?:\w+ ){0,3}(?:uge|dage|dogn)",
    r" (?:oje|ojet|ojne|ojnene) (?:\w+ ){0,3}(?:rodt|rode|klistrer|klistret|ondt|betaendt|haevet)\b",
)
# A bite: urgent whoever bit (not guarded as talk of animals is).
_BITE = re.compile(r" (?:bid|bidt|bed|bet) (?:\w+ ){0,2}af (?:en |et |min |vores |naboens )?\w+")

# ---- a bare cry for help ----------------------------------------------------------

_HELP_WORD = re.compile(r"^(?:hj(?:ae|e|a)+(?:l+p*|p+)|hjae|j(?:ae|e|a)+l+p*|[yh]elp)(?:e|er)?$")
_FILLERS = frozenset(
    """mig mae os ham hende ska ha jeg har brug for kan ka nogen noget i der er vil ville please
    lige nu hurtigt venligst hallo halo hej oh ah a eh oh o uh ov av au altsa nej ja gud
    herregud ak min mit kom komme her sa vaer sod at og sig send skal hvem ring nogle
    den det kunne til hvad ohh hm hmm undskyld men okay ok vi dog bruge""".split()
)
_FIGURATIVE = _rx(
    r" do\w* (?:\w+ )?af (?:grin|latter|kedsomhed|nysgerrighed|skam|spaending|misundelse|sult"
    r"|torst|varme|kulde|traethed|kaerlighed)| (?:grin|kedsomhed|nysgerrighed) ",
    r" (?:ved at )?sla\w* (?:mig|dig|os|en) ihjel (?:at|med at) | braender (?:\w+ )?for ",
    r" (?:kv(?:ae|a)l\w*|revne\w*|sprakke\w*) (?:\w+ )?af (?:grin|latter)| vil do (?:i sin|i min|hjemme)",
    r" det haster (?:ik|ikke|ikk) ",
    r" (?:falder|faldt|faldet|falde) (?:i snak|pladask|for |i sovn|i staver|i tanker|i smag)",
    r" bare (?:ved )?at taenke pa | kv(?:ael\w*|alt) i (?:papir\w*|arbejde\w*|regninger|post\w*|mail\w*|rod)",
    r" jeg er (?:\w+ )?dod ",
    r" giver mig (?:\w+ )?(?:hjertebanken|mavepine|hovedpine|kvalme|ondt i maven)",
    r" sol\w* (?:\w+ )?braender | braender (?:helt )?ind | braender pa (?:\w+ ){0,3}med ",
    r" (?:tager|tog) livet af mig(?! selv) ",
    r" til at braekke sig over | grint (?:mig|sig) ihjel | brandvarm\w* pa | ondt af (?:\w+ ){0,3}(?:nabo\w*|hende|ham|dem) ",
    r" slag i ansigtet (?:da|nar|at) ",
    # "min computer er død" (also what doubtful() reads as no emergency)
    rf" {DEVICE_WORDS} (?:\w+ ){{0,2}}(?:er|gik|gar) (?:\w+ )?dod\b",
    r" (?:do|dor) (?:\w+ ){0,2}(?:i mit eget hjem|hjemme|derhjemme) (?:\w+ ){0,3}(?:engang|nar tiden|nar den tid)",
    # A plant or a battery that died; a mouth "in flames" from food; a farewell to a house.
    r" (?:\w*plante\w*|\w*blomst\w*|\w*lilje\w*|rosen|roserne|traeet|haekken|graesset|batteri\w*)"
    r" (?:\w+ ){0,4}(?:helt )?(?:sten)?dod\b",
    r" (?:mund\w*|tunge\w*|gane\w*) (?:\w+ ){0,2}(?:stod|star) i flammer",
    r" afsked med (?:\w+ ){0,2}(?:sommerhus\w*|huset|bil\w*|lejlighed\w*|have\w*|job\w*|arbejde\w*"
    r"|kolleg\w*)\b",
    r" (?:hvordan|hvor|hvad koster) (?:\w+ ){0,4}testamente\w* ",
    r" kold feber | (?:fa|far|fik) (?:\w+ )?luft i (?:\w*slange\w*|\w*daek\w*|\w*bold\w*|\w*ballon\w*"
    r"|\w*madras\w*|\w*cykel\w*) ",
)
# Lost in a crossword or a book: "svarer ikke" is not unconsciousness there.
_ABSORBED = re.compile(
    r" (?:helt )?(?:vaek|opslugt|fordybet) i (?:sin|sit|sine|min|mit|mine|hans|hendes|en|et)? ?"
    r"(?:bog\w*|avis\w*|\w*tvaers\w*|\w*spil\w*|tv\w*|fjernsyn\w*|serie\w*|puslespil\w*|sudoku\w*|strik\w*)"
)
# A film, a book or the news told about: not the teller's emergency.
_MEDIA_STORY = re.compile(
    r" (?:film\w*|krimi\w*|serie\w*|bog\w*|roman\w*|avis\w*|program\w*|dokumentar\w*)"
    r" (?:\w+ ){0,5}(?:handlede om|handler om|hvor en|om en|hvor han|hvor hun)\b"
    r"| (?:dokumentar\w*|udsendelse\w*|foredrag\w*) (?:\w+ ){0,3}om "
)
_SUPPOSED = re.compile(
    r" hvis (?:man|de|du|jeg|han|hun|nogen|mor|far) | forhindre\w* | undga\w* | sa (?:hun|han|jeg) ikke "
)
# Asking what a symptom means is a medical question (answered by the refusal), not a call.
_ADVICE = _rx(
    r" er det (?:\w+ ){0,2}(?:farligt|normalt|en bivirkning|bivirkning\w*|lungebet\w*|tegn pa)",
    r" kan det vaere | hvad fejler | behandle\w* | bivirkning\w* | hvad gor (?:jeg|man) ved | hvad hjaelper mod ",
    r" hvad (?:skal|kan) (?:jeg|man|vi) (?:gore )?ved | skal vi give | hvor meget (?:\w+ )?ma ",
    r" skal (?:han|hun|jeg|vi|man) (?:have|tage|give) | springe (?:\w+ )?over ",
    r" skal (?:han|hun|jeg|vi|man) (?:\w+ )?til laege\w* med | skyldes | hvad skal (?:jeg|han|hun) tage ",
)
_NOT_ACUTE = re.compile(
    r" (?:ikke|intet|ingen) (?:\w+ ){0,2}(?:akut\w*|nod ?situation\w*)| ingen (?:\w+ )?(?:brand|ild)\b"
)
# "Det er ingenting": a small cut or bump, said as small.
_MINOR = re.compile(r" (?:det er|det var|er) (?:\w+ )?(?:ingenting|ikke noget at|ikke farligt)\b")


_HELPLINE_NAMED = re.compile(
    r" (?:gift|livs) ?lin(?:je|ie)\w* | laege ?vagt\w* | vagt ?laege\w* | ved forgiftning\w* "
)
# 1-1-2 itself asked about ("hvad er 112 for et nummer", "kan du ringe 112, hvis der sker
# noget"): answered with what it is, calmly; a call for it is not this.
_ABOUT_112 = _rx(
    r" hvad (?:er|betyder) 112 | 112 (?:\w+ ){0,2}for (?:et nummer|noget)\b| hvornar (?:skal|ma|kan) man ringe (?:til )?112 ",
    r" (?:kan|kunne) du (?:\w+ )?ringe (?:til )?112 (?:\w+ ){0,2}hvis (?:der|jeg|noget|nogen) ",
)
_HELPLINE_QUESTION = _rx(
    r" hvad er | hva er | nummer\w* | numre | telefon\w* | hjemmeside\w* | abent | aben | abningstid\w* ",
    r" for noget | hvornar | hvad hedder | hvordan (?:kontakter|ringer|far) | hvor finder | skrive ",
    r" laese | lase | om (?:gift|livs) ?lin| ringer (?:\w+ )?tilbage | besked | weekend\w* | hvad laver | bruge (?:\w+ ){0,2}til | hvem svarer ",
    r" foredrag\w* | frivillig\w* ",
)


def figurative(text: str) -> bool:
    """The sentence uses an emergency's words as a figure of speech ("jeg brænder for
    min have"): the model's emergency intent is not taken for it either."""
    return _FIGURATIVE.search(normalise(text)) is not None


def doubtful(text: str) -> bool:
    """The sentence reads as a figure of speech, a question about technology or help, a
    story, a history or a fall supposed: the marks the net itself weighs before taking
    a weak signal. The model's emergency intent alone is not taken for such a sentence
    (nlu/safety.py); what the net matches is taken whatever this says."""
    norm = normalise(text)
    return any(
        rx.search(norm)
        for rx in (
            _FIGURATIVE,
            _INFO,
            _STORY,
            _HISTORY,
            _IF_FALLS,
            _MEDIA_STORY,
            _ABSORBED,
            _ABOUT_112,
        )
    )


def detect(text: str) -> Detection | None:
    """The kinds of emergency a sentence says, or None."""
    norm = normalise(text)
    if not norm.strip():
        return None
    if _ABOUT_112.search(norm):
        rest = _detect(_ABOUT_112.sub(" ", norm))
        return rest or Detection(frozenset({HELPLINE}), (norm.strip(),))
    if _HELPLINE_NAMED.search(norm) and _HELPLINE_QUESTION.search(norm):
        # Only a question about the line, if nothing else in it is an emergency.
        rest = _detect(_HELPLINE_NAMED.sub(" ", norm))
        return rest or Detection(frozenset({HELPLINE}), (norm.strip(),))
    return _detect(norm)


def _detect(norm: str) -> Detection | None:
    matched: list[str] = []
    kinds: set[str] = set()

    def hit(kind: str, pattern: re.Pattern[str], where: str = norm) -> bool:
        found = pattern.search(where)
        if found:
            kinds.add(kind)
            matched.append(found.group(0).strip())
        return found is not None

    scan = _NOT_ACUTE.sub(" ", norm)  # "det er ikke akut" says the opposite
    scan = _FIGURATIVE.sub(" ", scan)
    info = _INFO.search(scan) is not None
    hit(ACUTE, _ACUTE_STRONG, scan)
    if not (info or _STORY.search(scan) or _IF_FALLS.search(scan)):
        hit(ACUTE, _ACUTE_CALLED, scan)
    if _SUGAR.search(scan) and _SUGAR_DANGER.search(scan):
        hit(ACUTE, _SUGAR_DANGER, scan)
    if re.search(PILLS, scan) and _DRINK.search(scan) and _ON_TOP.search(scan):
        hit(POISONING, _ON_TOP, scan)
    if not _IF_FALLS.search(scan) and (_FLOOR.search(scan) or not _DAILY_NEED.search(scan)):
        hit(ACUTE, _CANNOT_GET_UP, scan)
    if not (info or _HISTORY.search(scan) or _IF_FALLS.search(scan)):
        hit(ACUTE, _ACUTE_NAMED, scan)
    if not (_ANIMAL.search(scan) or _STORY.search(scan) or _DEVICE.search(scan)):
        hit(ACUTE, _FALL_FROM, scan)
    told = _MEDIA_STORY.search(scan) is not None
    pet = _ANIMAL.search(scan) and (_STORY.search(scan) or _PAST.search(scan))
    if not (told or pet or (info and _SUPPOSED.search(scan))):
        hit(POISONING, _POISONING, scan)
    if not (info or _IF_FALLS.search(scan) or _SUPPOSED.search(scan)):
        hit(POISONING, _POISONING_NAMED, scan)
    if _CO_SOURCE.search(scan) and _CO_SIGNS.search(scan) and not (told or _SUPPOSED.search(scan)):
        hit(POISONING, _CO_SOURCE, scan)
    if not (info or told or _ADVICE.search(scan)):
        hit(POISONING, _DOUBLE_DOSE, scan)
        hit(POISONING, _HOUSEHOLD, scan)
    if not told:
        hit(SUICIDE, _SUICIDE, scan)
    fall = _FALL.search(scan)
    if fall and ACUTE not in kinds and not (_IF_FALLS.search(scan) or _ANIMAL.search(scan)):
        if _FALL_UNHURT.search(scan) and not _STORY.search(scan):
            kinds.add(URGENT)
            matched.append(fall.group(0).strip())
        elif not (info or _PAST.search(scan)):
            kinds.add(ACUTE)
            matched.append(fall.group(0).strip())
    if not info and ACUTE not in kinds:
        if _DEAD.search(scan) and not _PAST.search(scan):
            hit(ACUTE, _DEAD, scan)
        if not (_DEVICE.search(scan) or _ABSORBED.search(scan)):
            hit(ACUTE, _NOT_ANSWERING, scan)
    if not (info or _ADVICE.search(scan) or _ANIMAL.search(scan) or _MINOR.search(scan)):
        hit(URGENT, _URGENT, scan)
    if not info:
        hit(URGENT, _BITE, scan)
    if not kinds and _bare_help(norm):
        kinds.add(HELP)
        matched.append(norm.strip())
    if not kinds:
        return None
    return Detection(frozenset(kinds), tuple(matched))


_SUGAR = re.compile(r" (?:\w*blodsukker\w*|sukker\w*|diabetiker\w*|insulin\w*|sukkersyge)\b")
_SUGAR_DANGER = re.compile(
    r" (?:helt vaek|forvirret|omtaget|svedig|sveder|ryster|i bund|bevidst\w*|taenke klart|reagerer)\b"
)
_DRINK = re.compile(r" (?:rodvin|vin|whisky|snaps|ol|alkohol|sprit|glas|cognac|portvin)\b")
_ON_TOP = re.compile(r" (?:oven (?:i|pa)|oveni|sammen med|og sa)\b")
_ANIMAL = re.compile(
    r" (?:kat|katten|hund|hunden|fugl\w*|undulat\w*|kanin\w*|hest\w*|papegoj\w*)\b"
)
_ANYONE = re.compile(
    r" er der (?:ikke )?nogen(?: (?:der|som) (?:kan )?(?:hore|horer|hjaelpe) mig)? "
)


def _bare_help(norm: str) -> bool:
    """Only a cry for help: help words and fillers, or "er der nogen (der kan høre mig)"."""
    said = _ANYONE.sub(" hjaelp ", norm).split()
    return any(_HELP_WORD.match(w) for w in said) and all(
        _HELP_WORD.match(w) or w in _FILLERS for w in said
    )
