"""What is read from any sentence, whatever the model made of it: a person asked for, a
call asked for, frustration, the assistant's name, and questions about what is kept."""

from __future__ import annotations

import re

from bot.core.danish.spoken import standard_word
from bot.core.text import fold, last_sentence, plain

# Frustration with the assistant: it says sorry before the way to a person.
_FRUSTRATED = re.compile(
    # "du forstår jo int en skid" (set 45: Jutlandic "int")
    r"\b(?:forstar (?:jo |du )?ingenting|forstar (?:\w+ )?(?:ikke|ik|int|it) en \w+|dum\w*|irriter\w*"
    # "det her virker slet ikke. jeg har skrevet det samme 3 gange nu" (set 13)
    r"|virker (?:slet |overhovedet |jo |bare )?ikke|(?:skrevet|sagt|spurgt om) det samme (?:\w+ ){0,2}gange?"
    r"|misforst\w*|pis\w*|for helvede|fandeme|fanden|lort\w*|ubrugelig\w*|ordentlig\w*|elendig\w*"
    r"|tosse\w*|idiot\w*|gider ikke|svarer (?:\w+ )?forkert|svarer (?:\w+ ){0,2}ikke pa det)\b"
    # the answers judged, not one's health: "det er simpelthen for dårligt", "du er
    # alt for ringe", "det kan du ikke være bekendt" (set 25)
    r"|^(?:(?:nej|altsa|ah|ej|men|arh)\s+)*(?:det|det her|det der|det her system) er (?:simpelthen |jo |da |altsa |bare |sgu )*"
    r"(?:for|alt for|helt|virkelig) (?:darligt|ringe|skidt|tabeligt|latterligt)(?=[\s.!?]*$)"
    r"|\bdu er (?:simpelthen |jo |da |bare |sgu )*(?:for |alt for |helt |virkelig )?(?:darlig|ringe|ubrugelig|latterlig)\b"
    r"|\bdet kan du (?:ikke|ik) vaere bekendt\b"
    # "det svarer jo overhovedet ikke på mit spørgsmål, … lidt frustrerende" (set 43)
    r"|\bsvarer (?:\w+ ){0,2}(?:ikke|ik) pa (?:mit|mine|det jeg|sporgsmal\w*)|\bfrustre\w*"
    # "det her er altså ikke særlig brugbart, jeg får jo ikke svar på noget" (set 44)
    r"|\b(?:det|det her|det der|du|dine svar|svarene) (?:er|var) (?:\w+ ){0,2}(?:ikke|ik) (?:\w+ )?brugbar\w*"
    r"|\b(?:far|faar|fik) (?:jo |bare |aldrig |stadig )*(?:ikke|ik|aldrig) (?:noget |et )?(?:ordentligt )?svar"
    r" (?:pa|paa) (?:noget|mit|mine|det)\b"
)


# A person asked for in so many words ("er der et telefonnummer, hvis jeg hellere vil tale
# med en fra kommunen", "hvem kan jeg ringe til, hvis du ikke kan svare").
_WANTS_A_PERSON = re.compile(
    r"\b(?:telefonnummer|nummer|ringe til|tale med|snakke med|fat i)\b(?: \w+){0,8}"
    # "et rigtigt menneske" (set 56: read as whether it is a person)
    r" (?:en fra kommunen|nogen fra kommunen|et (?:rigtigt |levende |virkeligt )?menneske|en person|en rigtig"
    r"|en medarbejder"
    r"|en sagsbehandler|kommunen)\b"
    r"|\bhvem kan (?:jeg|vi|man) (?:ringe|tale|snakke) (?:til|med)\b"
    # "hvem skal man snakke med om det", "hvem bør vi så henvende os til" (set 22)
    r"|\bhvem (?:skal|bor|ma|kan) (?:jeg|vi|man|du) (?:sa |saa |egentlig |nu |lige )*"
    r"(?:(?:ringe|tale|snakke|henvende (?:mig|os|sig)) (?:til|med)|kontakte)\b"
    # for someone else, after the assistant said it is a program: "hvem kan hun så
    # snakke med i stedet"; and when one may phone: "hvornår kan man ringe" (set 19)
    r"|\bhvem (?:kan|skal) (?:hun|han|min \w+|borgeren|de) (?:sa |saa )?(?:ringe|tale|snakke) (?:til|med)\b"
    r"|\bhvornar kan (?:jeg|vi|man|hun|han) (?:\w+ )?ringe\b"
    # "Er der ikke nogen, jeg kan ringe til?" (set 38: after "I do not understand your
    # answer", the fallback)
    r"|\ber der (?:ikke )?(?:nogen|et menneske|en person|en rigtig person),? (?:jeg|vi|man|hun|han)"
    r" (?:kan|ma|skal) (?:ringe|tale|snakke) (?:til|med)\b"
    # "er der et nummer jeg kan ringe til" (set 57)
    r"|\ber der (?:et|noget|ikke et) (?:telefon)?nummer,? (?:jeg|vi|man|hun|han) (?:kan|ma|skal) ringe (?:til|pa)\b"
    # "kan jeg ikke bare ringe til nogen" (set 12)
    r"|\b(?:kan|ka|ma) (?:jeg|vi|man) (?:ikke )?(?:bare |lige )?(?:ringe|tale|snakke) (?:til|med) nogen\b"
    # "hvordan kommer hun i kontakt med en", "hvordan får jeg fat i nogen" (set 10)
    r"|\bhvordan (?:\w+ ){0,3}(?:i kontakt med|kontakter?|fat i|kontakt (?:til|med))"
    r" (?:en|nogen|kommunen|et menneske|en person|en medarbejder)\b"
)


# The assistant asked to make a call ("kan du ringe op til min datter for mig").
_CALL_FOR_ME = re.compile(
    # spoken "ka du", "gider du" as well (set 8)
    r"\b(?:kan|ka|vil|ma|gider|kunne) du (?:\w+ )?ringe\b(?: op)?(?: \w+){0,2} (?:til|for|efter) (?!112\b)"
    r"|\bring (?:op )?til (?:min|mit|mine) \w+ for mig\b"
    # a bare order to phone someone ("ring op til min datter", "ring lige til Ole")
    r"|^(?:(?:oh|du|vil du|kan du) )?ring (?:lige |nu )?(?:op )?til (?!112\b|1 1 2\b)\w+"
)


def wants_a_person(text: str) -> bool:
    """A human asked for plainly, whatever the model made of the sentence."""
    return _WANTS_A_PERSON.search(" ".join(fold(text).split())) is not None


def asks_me_to_call(text: str) -> bool:
    """The assistant asked to phone someone: it cannot, and says so first."""
    return _CALL_FOR_ME.search(" ".join(fold(text).split())) is not None


# Slower speech asked ("kan du ikke tale lidt langsommere jeg hører ikke så godt", set 43).
_SLOWER = re.compile(
    r"\b(?:tal|tale|taler|sig|sige|snak|snakke|laes|laese)\b(?: \w+){0,3} (?:langsom\w*|roligere)\b"
    r"|\b(?:du|det) (?:taler|snakker|gar) (?:\w+ )?for (?:hurtigt|staerkt)\b"
)


def asks_slower(text: str) -> bool:
    return _SLOWER.search(plain(text)) is not None


# A request said last, after the story that leads to it, as a widower at his speaker says
# it (set 48: "jeg går op på kirkegården til min kone hver tirsdag og nogle gange glemmer
# jeg det … så vil du minde mig om at gå på kirkegården hver tirsdag klokken to om
# eftermiddagen"): what to remember, when and the plan item's title are the request's
# own. The story's times ("dem skal jeg have en gang om dagen") and words stay out.
_REQUEST_AFTER = re.compile(
    r"(?:^|[\s,.;!?])(?:og )?(?:så|saa|sa)(?: derfor)?[\s,]+"
    # "… så du må minde mig om …" (set 59: a Lolland widower)
    r"(?=(?:(?:vil|kan|kunne|gider|må|maa|ma) (?:du|de)\b[\w ]{0,20}?|(?:du|de) (?:må|maa|ma|skal|ska) )?"
    r"\b(?:mind|minde|husk|huske|skriv|skrive|sæt|saet|sætte|saette|tilføj|tilfoj|tilføje|tilfoje"
    r"|noter|notér|notere)\b)",
    re.IGNORECASE,
)
# A request that opens without "så" after the story: "… så jeg har fået en tid hos
# fodterapeuten kan du skrive fodterapeut i min kalender på torsdag klokken ti", "… det er
# jo det sjoveste jeg ved skriv banko i min plan på tirsdag" (set 59: the whole story had
# been the plan item's title). Asked with "kan du", or an imperative with "mig" or with
# the plan named, so a story's own "kan du tro" or "jeg kan ikke huske" is no request.
_REQUEST_OPENS = re.compile(
    r"(?<=[\s,.;!?])(?="
    r"(?:kan|kunne|vil|gider) (?:du|de)\b(?: \w+){0,2}? (?:minde|huske|skrive|sætte|saette|tilføje|tilfoje"
    r"|notere)\b"
    r"|(?:mind|husk|påmind|pamind) (?:mig|os)\b"
    r"|(?:skriv|sæt|saet|tilføj|tilfoj|noter|notér)\b(?: [\w-]+){1,4}? (?:i|på|paa|pa|ind i) (?:min|mit|vores"
    r"|planen|kalenderen|dagsplanen)\b)",
    re.IGNORECASE,
)
# When a request opens without "så", the story must say no time and the request must
# (a day said in the story, a clock time in the request, is one time said in two places:
# the whole is read then, as before set 59).
_TIME_WORD = re.compile(
    r"\b(?:klokken|kl|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|lordag|søndag|sondag|i morgen"
    r"|imorgen|i overmorgen|i aften|i eftermiddag|i formiddag|i nat|hver|weekend\w*|om \w+ (?:minutter|timer|dage))\b",
    re.IGNORECASE,
)
# the request points back into the story ("så mind mig om det", "skriv det i planen")
_POINTS_INTO_STORY = re.compile(r"\b(?:det|den|dem|dette|denne|der)\b")
STORY_WORDS = 5


def request_after_story(text: str) -> str:
    """The request said last after a story of at least STORY_WORDS words, as said; else
    the text. Only a reminder or a plan request ("mind", "husk", "skriv", "sæt", "tilføj",
    "notér") after "så", or opening with "kan du" or an imperative (`_REQUEST_OPENS`),
    that does not point back into the story ("så mind mig om det")."""
    found = list(_REQUEST_AFTER.finditer(text))
    opens = [] if found else list(_REQUEST_OPENS.finditer(text))
    if not found and not opens:
        return text
    cut = (found or opens)[-1]
    story, request = text[: cut.start()], text[cut.end() :]
    if opens and (_TIME_WORD.search(story) or not _TIME_WORD.search(request)):
        return text
    if len(plain(story).split()) < STORY_WORDS or _POINTS_INTO_STORY.search(plain(request)):
        return text
    return request.strip()


# A part of the last answer asked again ("hvad for en dag sagde du", "hvilket klokkeslæt
# var det du sagde", "sagde du tirsdag?", set 47: a hard-of-hearing man; the model's
# repeat at 0.33): the last answer said again. Not "hvad sagde du om …" (a new question
# about a subject) nor what someone else said ("hvad sagde lægen").
_SAID_AGAIN = re.compile(
    r"^(?:(?:oh|ah|undskyld|hvad|hva|ja|nej|men|og|altsa) )*"
    r"(?:(?:hvad|hva|hvilken|hvilket|hvilke|hvornar|hvor mange|hvor meget|hvem)(?: for en| for et| for)?"
    r"(?: \w+){0,2} (?:var det )?(?:(?:du|de) sagde|sagde (?:du|de))(?: lige| nu| der| egentlig)*"
    r"|sagde (?:du|de) (?!om\b|at\b)(?:\w+ ){0,2}\w+)$"
)


def asks_what_was_said(text: str) -> bool:
    return _SAID_AGAIN.search(plain(text)) is not None


# A text asked written for one ("Kan du skrive ansøgningen til kommunen for mig", "kunne du
# skrive et kort notat til mine kolleger", "kan du skrive business casen", sets 40, 43).
_WRITE_FOR_ME = re.compile(
    r"\b(?:kan|ka|vil|gider|kunne|ville) (?:du|i) (?:\w+ ){0,2}(?:skrive|lave|udfylde|formulere|udarbejde)"
    r" (?:\w+ ){0,3}(?:ansogning\w*|notat\w*|brev\w*|mail\w*|e ?mail\w*|skema\w*|klage\w*"
    r"|business ?case\w*|dokument\w*|referat\w*|indstilling\w*|rapport\w*|oplaeg\w*"
    # "kan du ikke bare skrive min opgave for mig" (set 44): a student's assignment
    r"|opgave\w*|stil|stilen|eksamensopgave\w*|hjemmeopgave\w*|essay\w*)\b"
)

# Something asked sent on to someone ("kan du sende et referat af det her til min chef",
# set 44: a phone number): it sends nothing anywhere.
_SEND_FOR_ME = re.compile(
    r"\b(?:kan|ka|vil|gider|kunne|ville) (?:du|i) (?:\w+ )?(?:sende|maile|videresende|e ?maile|dele)"
    r" (?:\w+ ){0,5}(?:til|med) (?:min|mit|mine|vores|hans|hendes|\w+s|chefen|lederen|kommunen"
    r"|kollega\w*|laegen|datter\w*|son\w*|familie\w*)\b"
)


def asks_me_to_send(text: str) -> bool:
    return _SEND_FOR_ME.search(plain(text)) is not None


def asks_me_to_write(text: str) -> bool:
    return _WRITE_FOR_ME.search(plain(text)) is not None


def frustrated(text: str) -> bool:
    """The sentence is frustration with the assistant ("du forstår jo ingenting")."""
    return _FRUSTRATED.search(fold(text)) is not None


_MY_NAME = re.compile(
    r"\b(?:hvad (?:er det nu )?(?:hed|hedder) du|hvad var (?:det nu )?dit navn|hvad er dit navn|hvem er du"
    r"|hvad er du (?:egentlig |nu |sa |saa )?for (?:en|et|noget)"
    # who is behind it (set 19: "er det kommunen der står bag det her")
    r"|hvem (?:star|er) bag (?:dig|det her|den her|denne|chatten)"
    r"|er det (?:\w+ ){1,2}der (?:star bag|har lavet|har udviklet) (?:dig|det her|den her|chatten)"
    # "er du så selv en af dem" after chatbots (set 19)
    r"|er du (?:sa |saa |selv |ogsa |egentlig )+(?:en af dem|sadan en|en chatbot|en chat bot)"
    # "hvad er det her for en tjeneste", asked by a volunteer beside a citizen (set 11)
    r"|hvad er (?:det her|dette) for (?:en|et) (?:tjeneste|program|side|chat|noget)"
    # whether it is a person ("er det et rigtigt menneske jeg snakker med", set 11)
    r"|er (?:det|du|det her|dette) (?:et |en )?(?:rigtigt |rigtig |levende |virkeligt )?(?:menneske|person)"
    r" (?:jeg|vi|man|hun|han) (?:snakker|taler|skriver|chatter) med"
    # "Er det her en bot, eller sidder der en fra digitaliseringsenheden og svarer?", "om
    # hun taler med en person", "sidder der nogen fra kommunen og læser med" (set 40)
    r"|er (?:det her|dette) (?:en |et )?(?:bot|robot|chatbot|chat bot|computer|maskine|program|ai)\b"
    r"|er det (?:en |et )?(?:bot|robot|chatbot|chat bot|computer|maskine|program|ai)(?:,? eller\b|\s*$)"
    r"|(?:taler|snakker|skriver|chatter) (?:jeg|vi|man|hun|han) (?:med )?(?:en|et) (?:rigtig |rigtigt )?(?:person|menneske)"
    r"|\bom (?:jeg|vi|man|hun|han) (?:taler|snakker|skriver|chatter) med (?:en|et) (?:rigtig |rigtigt )?(?:person|menneske)"
    r"|sidder (?:der )?(?:en|nogen|et menneske)(?: \w+){0,3} og (?:svarer|skriver|laeser med|laeser|lytter med)"
    # "er det et menneske der svarer her?" (set 34: a phone number)
    r"|er det (?:et |en )?(?:rigtigt |rigtig |levende |virkeligt )?(?:menneske|person) (?:der|som)"
    r" (?:svarer|skriver|sidder|taler)"
    # "er jeg i kontakt med en medarbejder fra kommunen, eller er det en maskine, der
    # svarer?" (set 38: a phone number)
    r"|er det (?:et |en )?(?:maskine|computer|robot|program|computerprogram|chatbot),? (?:der|som)"
    r" (?:svarer|skriver|sidder|taler)"
    r"|er du (?:et |en )?(?:rigtigt |rigtig |levende |virkeligt )?(?:menneske|person|robot|computer)\b)\b"
)


_MY_DATA = re.compile(
    r"\b(?:kopi|udskrift|indsigt|oversigt|slet\w*|fjern\w*)\b(?: \w+){0,6}"
    r" (?:om mig|om min \w+|om hende|om ham|mine data|mine oplysninger|gemt|gemmer|registreret)\b"
    r"|\bhvad (?:har|ved|gemmer) (?:i|du|i egentlig|du egentlig) (?:\w+ )?(?:om mig|gemt)\b"
    # "hvad gemmer I om de borgere der skriver herinde" (set 13)
    # "hvad gemmer I om vores borgere" (staff, set 33)
    r"|\bhvad (?:har|gemmer) (?:i|du) (?:\w+ )?om (?:de |dem |alle |vores |mine |jeres )?(?:borgere|borgerne|brugere|brugerne|folk|os"
    r"|dem der)\b"
    r"|\bhvad (?:bliver|blir|gemmes) (?:der )?(?:\w+ )?(?:gemt )?om (?:borgerne|mig|os|dem|folk)\b"
    # "hvad gemmer i egentlig om det jeg skriver her" (set 18), "hvor bliver det jeg siger
    # af" (set 17)
    r"|\bhvad (?:gemmer|gemmes|gemte|opbevarer|logger|registrerer|husker) (?:i |du )?(?:\w+ )?om (?:det|hvad|alt det)"
    r" (?:jeg|vi|man|borgeren) (?:skriver|siger|fortaeller|taler om)\b"
    r"|\bhvor (?:bliver|blir|ender|havner|gar) (?:det|alt det|alt hvad) (?:jeg|vi|man) (?:siger|skriver|fortaeller)\b"
    # a volunteer for the citizens: "hvad sker der med de oplysninger de taster ind" (set 19)
    r"|\bhvad (?:sker|skal|gor i|gor du) (?:der )?(?:sa |saa |egentlig )?(?:med|ved) (?:de |det |alle |dem |den )?"
    r"(?:oplysning\w*|data|information\w*|beskeder|beskederne|tekst\w*|svar\w*|det|alt det)"
    r"(?: \w+)? (?:de|jeg|vi|man|borgerne|borgeren|folk|hun|han) (?:har )?(?:skriver|siger|taster|fortaeller|sender|giver"
    r"|skrevet|sagt|tastet|fortalt|sendt|givet)\b"
    # "Bliver det gemt nogen steder? Og kan det slettes igen?", "Når vi lukker vinduet
    # her, bliver samtalen så slettet?" (set 40)
    r"|\bbliver (?:det|samtalen|beskederne|det hele|alt det|chatten|det vi skriver)(?: \w+)? (?:gemt|slettet|logget)\b"
    # "Bliver det jeg skriver her gemt et sted?", "gemmes det vi siger" (set 56): what is
    # written asked about first
    r"|\b(?:bliver|blir) (?:det|alt det|hvad) (?:jeg|vi|man|hun|han|de)"
    r" (?:skriver|siger|taster|fortaeller|har skrevet)(?: \w+){0,2} (?:gemt|slettet|logget|opbevaret)\b"
    r"|\b(?:gemmes|logges|opbevares|slettes) (?:det|alt det|hvad) (?:jeg|vi|man|hun|han|de)"
    r" (?:skriver|siger|taster|fortaeller|har skrevet)\b"
    # "hun er bange for at det vi skriver her bliver gemt et sted" (set 44): said first
    r"|\b(?:det|alt det|hvad) (?:jeg|vi|man|hun|han|de) (?:skriver|siger|taster|fortaeller|har skrevet)"
    r"(?: \w+){0,2} (?:bliver|blir|er blevet) (?:\w+ )?(?:gemt|slettet|logget|gemmes|opbevaret)\b"
    # "hvem kan se det jeg skriver til dig her i teams" (set 43)
    r"|\bhvem (?:kan|ka|far|faar) (?:\w+ )?(?:se|laese|hore|adgang til) (?:det|hvad|alt det) (?:jeg|vi|man) (?:skriver|siger)\b"
    r"|\bkan (?:det|samtalen|beskederne|det hele|chatten) (?:\w+ )?slettes\b"
    # "Gemmer du mine spørgsmål, og i hvor lang tid?" (set 38: the fallback)
    r"|\b(?:gemmer|gemmes|opbevarer|logger|husker) (?:du|i) (?:\w+ )?(?:mine|vores|hans|hendes|borgernes|det|de)?"
    r" ?(?:sporgsmal|beskeder|samtaler|samtalen|oplysninger|svar|data|det jeg|det vi|hvad jeg)\b"
    r"|\bhvor (?:lang tid|laenge) (?:gemmer|gemmes|opbevarer|husker) (?:du|i|det|de|I)\b"
)


def asks_about_my_data(text: str) -> bool:
    """ "kan jeg få en kopi af alt det I har om mig": what is stored, and how to get it
    or have it deleted (the privacy answer)."""
    folded = spoken_standard(plain(text))
    return asks_to_delete_what_was_written(text) or any(
        p.search(folded)
        for p in (_MY_DATA, _KEPT_ABOUT_ME, _WRITTEN, _LISTENING, _ID_NUMBER, _WHO_I_AM)
    )


# "hun vil gerne have slettet det hun lige har skrevet om sin mand", "kan du fjerne det
# jeg sagde før" (set 31): what was written in the chat deleted, not a reminder cancelled
_DELETE_WRITTEN = re.compile(
    r"\b(?:slet\w*|fjern\w*|glem\w*|visk\w* ud)\b(?: \w+){0,2}? (?:det|alt det|hvad|de ting|det der)"
    r" (?:jeg|hun|han|vi|du|de|borgeren|min \w+)(?: \w+){0,2}? (?:skrevet|skrev|sagt|sagde|fortalt|fortalte"
    r"|tastet|tastede|skriver|siger)\b"
)


# "Jeg har skrevet om min sygdom tidligere i samtalen, og det fortryder jeg. Kan De
# slette det?" (set 38): what was written said first, its deletion asked after
_WRITTEN_THEN_DELETE = re.compile(
    r"\b(?:jeg|hun|han|vi) (?:har |havde )?(?:skrevet|skrev|sagt|sagde|fortalt|fortalte)\b"
    r"(?: \w+){0,14}? (?:slet\w*|fjern\w*|glem\w*|visk\w* ud)(?: \w+)? (?:det|det igen|det hele)\s*$"
    # "jeg har skrevet en masse om min far her, kan det blive slettet igen?" (set 44)
    r"|\b(?:jeg|hun|han|vi) (?:har |havde )?(?:skrevet|skrev|sagt|sagde|fortalt|fortalte)\b"
    r"(?: \w+){0,14}? (?:kan|ka|skal|vil|bliver|blir) (?:det|det hele|alt det|de|dem) (?:\w+ )?"
    r"(?:blive |blir )?(?:slettet|fjernet|slettes|fjernes)(?: igen)?\s*$"
)


def asks_to_delete_what_was_written(text: str) -> bool:
    """ "slet det jeg lige skrev om min mand": the chat's words deleted."""
    said = spoken_standard(plain(text))
    return _DELETE_WRITTEN.search(said) is not None or _WRITTEN_THEN_DELETE.search(said) is not None


# What it can do, asked as speech says it ("hva ka du egentlig sådan en som dig", set 7).
_WHAT_I_DO = re.compile(
    r"^(?:(?:oh|altsa|og|men|sa|nej|hej|hejsa|goddag|ok|okay) )*hvad? (?:ka|kan) (?:du|sadan en|san en)"
    r"(?: (?:egentlig|sa|san|sadan|overhovedet|lave|gore|hjaelpe (?:mig |os )?med|bruges til|for noget"
    r"|sadan en som dig|san en som dig|en som dig))*"
    # "... hjælpe mig med som sosu i hjemmeplejen" (set 12): asked from one's job
    r"(?: som \w+(?: \w+)?(?: i \w+)?)?$"
    # "hvad kan du egentlig hjælpe sådan en gammel mand som mig med" (set 34): the one
    # asking described between "hjælpe" and "med"
    r"|^(?:(?:oh|altsa|og|men|sa|nej|hej|hejsa|goddag|ok|okay) )*hvad? (?:ka|kan) (?:du|i)"
    r"(?: (?:egentlig|sa|san|overhovedet|lige))* hjaelpe (?:\w+ ){1,6}med$"
    # "hvad er det egentlig du kan hjælpe mig med" (set 47, after "jeg er helt ny i det her")
    r"|^(?:(?:oh|altsa|og|men|sa|nej|hej|hejsa|goddag|ok|okay) )*hvad? er det (?:egentlig |sa |lige )?"
    r"(?:du|i) (?:ka|kan)(?: (?:egentlig|hjaelpe (?:mig |os )?med|gore|lave|bruges til))*$"
)

# The day, the date or the time asked for at the end of a remark ("a har helt tabt tråden
# hvilken dag er det i dag", set 7): the orientation answer, not a plan question. Also as
# Himmerland says it: "hva er æ klokke nu", "hva for en dag er det i dag" (set 42).
_ORIENTATION = re.compile(
    r"\b(?:(?:hvilken|hvad? for en|hvad|hva) (?:dag|dato|ugedag|maned)(?: er det| er de)?(?: egentlig| lige)?(?: i dag| nu)?"
    # "hvad er (?:ae klokke|klokken) egentlig nu" (set 34)
    r"|(?:hvad|hva|hvor mange) er (?:ae klokke|klokken)(?: egentlig| lige| nu)*)$"
    # the hour asked as speech says it: "hva tid er det nu", "hvor meget er (?:ae klokke|klokken) blevet"
    r"|\b(?:hvad|hva) (?:tid|tidspunkt) er (?:det|den)(?: nu)?(?: blevet)?(?: nu)?$"
    r"|\b(?:hvad|hva|hvor meget|hvor mange) er (?:ae klokke|klokken)(?: nu)? blevet$"
    # the day or the hour, then a remark about oneself ("... jeg kan ikke huske noget"):
    # only with "i dag", "nu" or "blevet", so "hvilken dag er det jeg skal til lægen"
    # stays a plan question
    # "hvilken dag er det egentlig i dag a ka ik huske det" (set 58), "hvilken dag er de i
    # dag jeg har ligget i sengen hele ugen" (set 59: a cold, "det" heard as "de")
    r"|\b(?:(?:hvilken|hvad? for en|hvad|hva) (?:dag|dato|ugedag) er (?:det|de) (?:egentlig |lige |sa )?(?:i dag|nu|blevet)"
    r"|(?:hvad|hva) (?:tid|tidspunkt) er det (?:nu|blevet)|(?:hvad|hva) er (?:ae klokke|klokken)(?: nu| blevet)+)"
    r" (?:(?:for|og|men) )?(?:jeg|a|man) (?:er|har|kan|ka|bliver|ved|aner)\b"
)

# A goodbye said around other words ("så er det farvel og tak for snakken", set 7).
_GOODBYE = re.compile(r"\b(?:farvel|pa gensyn|hej hej|godnat|god nat|vi ses|vi snakkes|vi hores)\b")


# What it cannot do ("hvad kan du og hvad kan du ikke", "hvad kan du ikke hjælpe med",
# set 22), and why one asks ("…, så jeg kan forklare det til borgeren"): the question.
_WHAT_I_CANNOT = re.compile(
    r"\bhvad? (?:ka|kan) du (?:\w+ )?ikke\b|\bhvad (?:er|kender du) (?:dine|til dine) (?:begraensninger|graenser)\b"
    r"|\bhvad (?:ka|kan) du (?:og|eller) (?:hvad )?(?:ka|kan) du ikke\b"
)
_WHY_I_ASK = re.compile(
    r",? (?:sa|for at|sadan at) (?:jeg|vi) (?:kan|ved|skal kunne) (?:forklare|fortaelle|sige|vise)"
    r"(?: \w+){0,5}$"
)


def asks_what_i_do(text: str) -> bool:
    # "hvad kan du hjælpe med? jeg sidder med en borger" (set 31): the question, then who asks
    first = re.split(r"[?!]\s+", text.strip(), maxsplit=1)[0]
    # "Goddag, jeg er helt ny i det her … Hvad er det egentlig du kan hjælpe mig med?"
    # (set 47): who asks first, then the question
    return any(
        _WHAT_I_DO.search(_WHY_I_ASK.sub("", plain(said))) is not None
        for said in dict.fromkeys((text, first, last_sentence(text)))
    ) or asks_what_i_cannot(text)


def asks_what_i_cannot(text: str) -> bool:
    """ "hvad kan du ikke": what the assistant cannot do, too."""
    return _WHAT_I_CANNOT.search(plain(text)) is not None


# A record asked to be read ("kan du se hvad hjemmeplejen har skrevet i min fars
# journal", set 22): the assistant has no access to records.
_RECORDS = re.compile(
    r"\b(?:journal\w*|sagsakt\w*|min sag|hans sag|hendes sag|sagen om|notat\w*|medicinliste\w*|medicinkort\w*"
    r"|borgerens sag|plejeplan\w*|dokumentation\w*)\b"
    r"|\bhvad (?:hjemmeplejen|personalet|kommunen|sygeplejersken|laegen|plejehjemmet) (?:\w+ )?(?:har )?"
    r"(?:skrevet|noteret|registreret|skrev)\b"
)
_SEES_IT = re.compile(
    r"\b(?:se|laese|kigge|tjekke|finde|abne|vise|sla|fa adgang|adgang|hente|give mig|skaffe)\b"
)


def asks_for_records(text: str) -> bool:
    """A record, a case or what the care staff wrote asked to be seen or fetched."""
    said = plain(text)
    return _RECORDS.search(said) is not None and _SEES_IT.search(said) is not None


# The assistant itself or this conversation: "du", "I", "chatten", "det jeg skriver".
_ABOUT_ME = re.compile(
    r"\b(?:du|dig|din|dit|dine|jer|jeres|chatten|samtalen|samtalerne|programmet|assistenten"
    r"|hojttaleren|herinde|det jeg skriver|det vi skriver|det jeg siger|cpr\w*)\b"
    # "I" the pronoun, not "i" the preposition ("i min mors lejlighed"): by its verb
    r"|\b(?:gemmer|gemte|har|kan|vil|ved|ma|skal|bruger|deler|sletter|registrerer|logger|far|gor"
    r"|optager|lytter|horer|ser|laeser|husker) i\b|^i \w+er\b"
)


# Data kept by others, from their technology ("bruger kommunen data fra sensorerne",
# "hvad med gdpr", set 22): the documents' subject, not what this conversation keeps.
_OTHERS_DATA = re.compile(
    r"\b(?:kommune\w*|hjemmepleje\w*|plejehjem\w*|plejecent\w*|bosted\w*|botilbud\w*|personalet"
    r"|region\w*|sensor\w*|\w*alarm\w*|gps\w*|\w*teknologi\w*|gdpr|databeskyttelse\w*|kamera\w*"
    r"|videoovervag\w*|overvag\w*)\b"
)


def about_others_data(text: str) -> bool:
    """The sentence asks about the data of the municipality or its technology, not
    about this conversation."""
    return _OTHERS_DATA.search(plain(text)) is not None and not about_me(text)


def about_me(text: str) -> bool:
    """The sentence speaks of the assistant or this conversation (not of the
    municipality's data from its technologies)."""
    return _ABOUT_ME.search(plain(text)) is not None


def asks_orientation(text: str) -> bool:
    return _ORIENTATION.search(plain(text)) is not None


def says_goodbye(text: str) -> bool:
    """A goodbye in a short sentence with nothing else asked."""
    said = plain(text)
    return _GOODBYE.search(said) is not None and len(said.split()) <= 12 and "?" not in text


def asks_my_name(text: str) -> bool:
    """ "hvad hedder du nu igen": the assistant's name, not a repeat of its last words."""
    return _MY_NAME.search(spoken_standard(fold(text))) is not None


# Jutlandic words as the speaker hears them: "hvem er do egentlig", "lytter do hele
# tiden med på hva a siger" (set 31: Livslinien from the model, and "forstod ikke"),
# read by the readers about the assistant itself (bot.core.danish.spoken).
def spoken_standard(folded: str) -> str:
    return re.sub(r"\b\w+\b", lambda m: standard_word(m.group(0), m.group(0)), folded)


_LISTENING = re.compile(
    # "lytter du egentlig med hele tiden" (set 51): a word of doubt between
    # "lytter den højttaler hele tiden?" (set 54): a thing named after "den"
    r"\b(?:lytter|lytte|horer) (?:du|i|(?:den|det|denne|dette)(?: der)?(?: (?:hojttaler\w*|tingest\w*|dims\w*|boks\w*|maskine\w*|assistent\w*|apparat\w*|ting))?"
    r"|assistenten|hojttaleren)"
    r" (?:(?:egentlig|virkelig|faktisk|nu|ogsa|sadan|saadan) )*(?:med|efter)? ?(?:hele tiden|altid|til alt|pa alt|med)\b"
    # "lytter den med på alt hvad vi snakker om, også når vi sover" (set 9's class)
    r"|\b(?:lytter|horer) (?:du|i|den|assistenten|hojttaleren) (?:med|efter) (?:\w+ ){0,5}"
    r"(?:hele tiden|altid|om natten|om natte|hele dognet|nar (?:jeg|vi) sover)\b"
    r"|\b(?:optager|optage|aflytter|aflytte|overvager) (?:du|i|den|assistenten|hojttaleren|mig|os)\b"
    # "hører du hvad vi siger hele tiden" (set 52): what is said, then all the time
    r"|\b(?:lytter|horer) (?:du|i|den|assistenten|hojttaleren) (?:med |efter |til )?(?:pa )?(?:alt )?"
    r"(?:hvad|det) (?:jeg|vi|man|de) (?:siger|snakker|taler)(?: \w+){0,3}"
    r" (?:hele tiden|altid|hele dognet|om natten|nar (?:jeg|vi) sover)\b"
    # "hører du efter alt hvad vi siger herinde" (set 11)
    r"|\b(?:lytter|horer) (?:du|i|den|assistenten|hojttaleren) (?:med |efter )?(?:pa )?alt\b"
    r"|\b(?:du|den|assistenten|hojttaleren) (?:\w+ ){0,2}(?:lytter|optager|aflytter) (?:med|altid|hele|alt)\b"
    # "du hører hele tiden hvad jeg siger i min hus" (set 32); not "du hører ikke hvad …"
    # "kan du høre hvad jeg siger til min søster i telefonen" (set 37)
    r"|\b(?:du|den|assistenten|hojttaleren) (?:horer|hore|lytter til|lytte til) (?:(?!ikke\b|ik\b|ikk\b|aldrig\b)\w+ ){0,3}"
    r"(?:hvad|alt hvad|alt det) (?:jeg|vi|man) (?:siger|snakker|taler)\b"
    # "kan de ovre på kommunen høre hvad jeg siger til dig" (set 29): heard by others
    r"|\b(?:kan|ka|ma|maa) (?:de|nogen|andre|kommunen|personalet|hjemmeplejen|min \w+)"
    r" (?:\w+ ){0,4}?(?:hore|lytte med pa|lytte med|lytte til)"
    r" (?:hvad|det|alt det|alt hvad) (?:jeg|vi) (?:siger|fortaeller|taler om)\b"
)


_ID_NUMBER = re.compile(r"\b(?:cpr\w*|personnummer\w*)\b")
# "skal jeg logge ind eller skrive mit navn for at bruge chatten" (set 37): who one must
# say one is (the privacy answer: the chat is anonymous, no names)
_WHO_I_AM = re.compile(
    r"\b(?:logge? ind|login|logind|mitid|mit id|nemid)\b"
    r"|\b(?:skrive|oplyse|give|angive|opgive|sige) (?:mit|sit|dit|hans|hendes) (?:fulde )?navn\b"
)


def asks_who_i_must_be(text: str) -> bool:
    """ "skal jeg logge ind eller skrive mit navn": whether one must say who one is."""
    return _WHO_I_AM.search(spoken_standard(plain(text))) is not None


_KEPT_ABOUT_ME = re.compile(
    r"\b(?:i|du) (?:\w+ ){0,2}(?:har|ved|vide|gemmer|gemme|registrerer) (?:\w+ ){0,2}om (?:mig|hende|ham|os|borgeren)\b"
    # about a relative ("hvad ved I om min far"), asked as a question (set 8)
    r"|\bhvad (?:har|ved|gemmer|registrerer) (?:i|du)(?: \w+){0,2} om (?:min|mine) (?:mor|far|mand|kone"
    r"|datter|son|sonner|dotre|foraeldre|svigermor|svigerfar|bedstemor|bedstefar|kaereste|samlever)\b"
    # all of it deleted ("kan jeg få det hele slettet", "kan I slette alt om os")
    r"|\b(?:fa|faa) (?:det hele|alt det|alt|alle oplysning\w*|oplysning\w*|mine data|data\w*) (?:\w+ )?slettet\b"
    r"|\bslette (?:det hele|alt|alle oplysning\w*|mine data|data\w*) (?:\w+ ){0,2}om (?:mig|os|hende|ham|min \w+)\b"
    r"|\bgemmer (?:i|du) (?:det|noget|alt|samtalen|samtalerne|hvad)\b"
    # what one wrote, deleted: "kan I slette det hele igen", "slet det jeg skrev" (set 22)
    r"|\b(?:kan|vil|ma|skal|gider) (?:i|du) (?:godt |ikke |lige |venligst )*(?:slette|fjerne|glemme)"
    r" (?:det hele|alt|alt det|det|dem|hvad|samtalen|chatten|mine beskeder|beskederne)\b"
    r"|\b(?:slet|fjern|glem) (?:lige |venligst )?(?:det hele|alt|alt det|det|hvad) (?:\w+ )?(?:jeg|vi) (?:har )?(?:skrev|skrevet|sagt|sagde|fortalt)\b"
    r"|\b(?:skrevet|skrev|fortalt|sagt) (?:\w+ ){0,8}(?:slette\w*|slettet|fjerne\w*|fjernet)\b"
)


_WRITTEN = re.compile(
    r"\bhvad sker der med (?:\w+ ){0,2}(?:oplysning\w*|data|det) (?:jeg|vi|man) (?:skriver|siger|taster)"
    # how long what one writes is kept, and who reads it (set 9's class)
    r"|\bhvor (?:lang tid|laenge) (?:\w+ ){0,3}(?:det|hvad|alt det|samtalen\w*|beskeder\w*)"
    r" (?:jeg|vi|man) (?:skriver|siger|taster|fortaeller)\b"
    r"|\bhvem (?:kan|ma|far) (?:\w+ )?(?:laese|se|hore) (?:med|samtalen\w*|chatten|beskeder\w*"
    r"|(?:det|alt det|hvad) (?:jeg|vi|man) (?:skriver|siger|taster))\b"
    r"|\b(?:oplysning\w*|data) (?:jeg|vi|man) (?:skriver|siger|giver) (?:her|til dig)"
    # "hvad gemmer I af det jeg skriver herinde", "kan de ovre på kommunen høre hvad jeg
    # siger til dig" (set 29): kept of it, or heard by others
    r"|\bhvad (?:gemmer|gemmes|gemte|opbevarer|logger|registrerer|husker|skriver) (?:i |du |der )?(?:\w+ )?"
    r"(?:af|om|ned af) (?:det|hvad|alt det|alt hvad) (?:jeg|vi|man|borgeren) (?:skriver|siger|fortaeller|taler om)\b"
    r"|\b(?:kan|ka|far|faar|ma|maa) (?:de|nogen|andre|kommunen|personalet|hjemmeplejen|min \w+)"
    r" (?:\w+ ){0,4}?(?:se|laese|fa at vide|faa at vide|at vide)"
    r" (?:hvad|det|alt det|alt hvad) (?:jeg|vi) (?:siger|skriver|fortaeller|taler om)\b"
)


def asks_about_listening(text: str) -> bool:
    """ "lytter du med hele tiden?": when the speaker listens and where the sound goes."""
    return _LISTENING.search(plain(text)) is not None


# English words, and Danish words no English sentence has: "I want to order a pizza"
# (the model read it as Danish it did not understand).
_ENGLISH = frozenset(
    "the want you please what how help me order with are need where when your would "
    "like hello can do this could does dont im am".split()
)
# English words that are Danish ones too ("is i fryseren", "to kaffe", "a ka ik")
_ENGLISH_OR_DANISH = frozenset("i to a is my for of and it an have".split())
_DANISH = frozenset(
    "jeg du er og det at en et pa med kan vil ikke hvad hvor min mit mig til om har skal "
    "hej tak ja nej".split()
)


def other_language(text: str) -> bool:
    """A sentence in English (most of its words English, one at least only English, none
    only Danish): answered "jeg forstår kun dansk" rather than "det forstod jeg ikke"."""
    said = re.findall(r"[a-z]+", fold(text).replace("'", ""))
    if len(said) < 2 or set(said) & _DANISH:
        return False
    only = sum(w in _ENGLISH for w in said)
    either = sum(w in _ENGLISH_OR_DANISH for w in said)
    return only >= 1 and only + either >= max(2, 0.6 * len(said))


# An everyday ailment told, not asked about ("jeg har ondt i ryggen som altid", "min
# hofte driller igen"): the safety net found no emergency in it, and no technology or
# advice is asked for, so "forstod ikke" would be the answer.
_AILMENT = re.compile(
    r"\b(?:ondt|ont|smerter|hovedpine|kvalme|svimmel|gigt|gigten|vaerker|driller|stiv|stivhed"
    r"|hold i (?:ryggen|nakken|laenden))\b"
)
_ASKS = re.compile(
    r"\b(?:hvad|hvordan|hvilke|hvilken|hvor|hvorfor|kan man|findes|hjaelp\w*|noget til|noget mod"
    r"|teknologi\w*|hjaelpemid\w*|skal jeg|ma jeg|bor jeg|tage|pille\w*|medicin\w*"
    r"|mind\w*|husk\w*|pamind\w*|ring\w*|plan\w*|kalender\w*)\b"
)


def tells_ailment(text: str) -> bool:
    """An everyday ailment told in a short statement, with nothing asked."""
    said = plain(text)
    return (
        "?" not in text
        and len(said.split()) <= 16
        and _AILMENT.search(said) is not None
        and _ASKS.search(said) is None
    )


# Asked whether it can do some other thing ("kan du også læse avisen højt", set 21): what
# it cannot do, and what it can; not a call or help asked for (the readers before).
_CAN_YOU = re.compile(
    r"^(?:(?:og|men|sa|nej|ok|okay) )*(?:kan|ka) du (?:ogsa |godt |egentlig |fx |for eksempel )*"
    r"(?!hjaelpe|ringe|tilkalde|sende|huske|minde|komme|tage)\w+"
)


def asks_if_i_can(text: str) -> bool:
    """ "kan du også læse avisen højt": a question whether the assistant can do something."""
    return _CAN_YOU.search(plain(text)) is not None


# Where its knowledge comes from ("hvor har du dine oplysninger fra", set 19 and 21),
# which the model reads as a question about what is kept.
_SOURCE = re.compile(
    r"\bhvor (?:har|far|henter|ved) (?:du|i) (?:\w+ ){0,3}(?:oplysning\w*|viden|information\w*|tal|tallene"
    r"|svar\w*|data|fakta|det) fra\b"
    # "hvor kommer dine oplysninger om teknologierne fra?" (set 55): what they are about between
    r"|\bhvor kommer (?:\w+ ){0,2}(?:oplysning\w*|viden|information\w*|tal|tallene|svar\w*)(?: \w+){0,3} fra\b"
    # "er dine svar fra kommunens egne retningslinjer eller hvor fra?" (set 37)
    r"|\b(?:er|kommer) (?:dine|jeres) (?:svar|oplysning\w*|tal|viden|fakta|informationer)"
    r" (?:\w+ ){0,2}fra\b(?=.*\bhvor ?fra\b|.*\bhvad\b|.*\bhvem\b)"
)


def asks_my_sources(text: str) -> bool:
    """ "hvor har du alle dine oplysninger fra": the documents it answers from."""
    return _SOURCE.search(plain(text)) is not None


_POINTS_BACK = re.compile(r"\b(?:om|til|med|for|af) (?:det|den|dem|sadan en|sadan et)\b")


def points_back(text: str) -> bool:
    """ "hvem skal man snakke med om det": the sentence is about what was just told."""
    return _POINTS_BACK.search(plain(text)) is not None


# "nej, jeg mente den fra 2020, ikke den fra 2024" (set 38), "og i 2021?" (set 37): the
# last question asked again of another year.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ANOTHER_YEAR = re.compile(
    r"^(?:(?:nej|na|ok|okay|og|men|sa|saa|hvad|hvad sa|hvad med|hvordan med|jeg mente|jeg taenkte pa"
    r"|undskyld)\s+)*(?:(?:den|det|dem|undersogelsen|tallet|tallene|rapporten)\s+)?"
    r"(?:fra\s+|i\s+|for\s+)?((?:19|20)\d\d)(?:\s+ikke\s+(?:den\s+|det\s+)?(?:fra\s+|i\s+)?(?:19|20)\d\d)?$"
)


def another_year(said: str, previous: str) -> str | None:
    """The previous question asked of the year `said` names instead ("og i 2021?"), or
    None when `said` is more than a year asked about or nothing was asked before."""
    found = _ANOTHER_YEAR.match(plain(said))
    if found is None or not previous.strip():
        return None
    year = found.group(1)
    before = _YEAR.search(previous)
    if before is None:
        return f"{previous.rstrip(' ?.')} fra {year}?"
    return previous.replace(before.group(0), year)


def asks_another_year(said: str) -> bool:
    """ "og i 2021?", "hvad så i 2020", "nej, jeg mente den fra 2020": a year asked about
    with a word before it that points back (a bare year may answer a form's question)."""
    folded = plain(said)
    return _ANOTHER_YEAR.match(folded) is not None and _YEAR.match(folded) is None
