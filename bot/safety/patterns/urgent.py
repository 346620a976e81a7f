"""Urgent but not life-threatening: needs a doctor (lægevagten), not 1-1-2."""

from __future__ import annotations

import re

from bot.safety.patterns.words import CANNOT, NEG, rx

SIGNS = rx(
    r" feber\w* | hoj temperatur | temperatur pa ",
    # on the smaller model (sets S and T): blood in the stool, something in the eye
    r" blod i (?:\w+ )?(?:afforing\w*|urin\w*|tis\w*|lort\w*)\b| (?:flis|splint|noget|fremmedlegeme\w*|glasskar)"
    r" i (?:ojet|ojnene|mit oje|hans oje|hendes oje)\b",
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
    # not "jeg er ikke syg", "han er aldrig syg" (a set AS writer's near miss)
    rf" (?:er|blevet|bliver) (?!{NEG} |aldrig )(?:\w+ )?syg\b(?! (?:og|af) (?:hjaelp|teknologi))",
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
    # not the medicine for it: "mind mig om at tage hoste medicin" (set 59: lægevagten)
    r" hoster | hoste(?!(?:medicin|saft|mikstur|draaber|drabe\w*|pastil\w*|bolsche\w*)\b"
    r"| (?:medicin|saft|mikstur|pastil\w*|bolsche\w*) )\w* | influenza | urinvejs\w* | blaerebetaendelse | svie\w* ",
    rf" {CANNOT} tisse | blod i (?:urinen|tisset|afforingen)| naeseblod | sar ",
    r" forvirret | konfus | ikke (?:sig selv|helt sig selv)| vrovl\w* | desorient\w* ",
    r" haevet | haever | haevede | haevelse | bistik | hvepsestik | insektstik | foling ",
    r" lavt blodsukker | hojt blodsukker | hjertebanken | hjertet (?:\w+ )?"
    r"(?:banker|hamrer|springer|slar)| uregelmaessig puls ",
    r" krampe i ",
    r" (?:tyk\w*|haev\w*|hoev\w*) og (?:varm\w*|rod\w*|om)\b| prikker (?:\w+ ){0,3}klor ",
    r" (?:ondt|ond|ont) (?:\w+ ){0,5}vil (?:ikke|ik) (?:\w+ )?ga vaek",
    r" \w*(?:ta|taen|taeer|fod|foden|finger|fingeren) (?:\w+ ){0,3}(?:helt )?sort\b",
    rf" {NEG} (?:\w+ )?kunnet tisse | holde (?:noget|ting|mad|vand|drikke) i mig ",
    # a wound or a sore going wrong, a blocked catheter or a tube out, days without a stool, a sore eye
    r" (?:sar\w*|\w*saret|rift\w*|snit\w*|tryksar\w*) (?:\w+ ){0,6}(?:rodt|rod|varmt|varm|siver|pus"
    r"|materie|lugter|storre|betaendt|haevet)\b",
    r" (?:har|ha|er) kast op | kaster (?:\w+ )?op | braekket (?:\w+ )?hele (?:natten|dagen)",
    r" (?:kat(?:eter|eder)\w*|\w*sonde\w*) (?:\w+ ){0,3}(?:stoppet|stop|lukket|blokeret|lakker|sidder fast"
    r"|faldet ud|faldt ud|gledet ud|gled ud|glidt ud|roget ud|rog ud|trukket ud|ude)\b",
    r" (?:ingen|ikke haft|ikke vaeret pa toilet\w*) (?:\w+ ){0,2}afforing (?:\w+ ){0,3}(?:uge|dage|dogn)",
    r" (?:oje|ojet|ojne|ojnene) (?:\w+ ){0,3}(?:rodt|rode|klistrer|klistret|ondt|betaendt|haevet)\b",
)

# A reaction after a new medicine ("udslæt over hele kroppen efter den nye tablet"): read
# even where "tablet" would be a question about a device.
REACTION = re.compile(
    r" (?:udslaet|klo|kloe\w*|klor|haev\w*|kvalme|svimmel\w*|kaster op|knopper) (?:\w+ ){0,6}efter"
    r" (?:\w+ ){0,2}(?:tablet\w*|pille\w*|piller\w*|medicin\w*|kur\w*|sprojte\w*|vaccin\w*)\b"
)

# A urinary catheter that has stopped: read even where a phone is named ("hjemmeplejen
# svarer ikke på telefonen"), which would be a question about a device.
CATHETER = re.compile(
    r" kateter\w* (?:\w+ ){0,3}(?:lober|loeber|virker|drypper) (?:\w+ )?(?:ikke|ik)\b"
    r"| kateter\w* (?:\w+ ){0,3}(?:stoppet|tilstoppet|blokeret|faldet ud)\b"
    # the bag that does not fill ("min pose til urinen bliver ikke fyldt", set U)
    r"| (?:urin ?pose\w*|kateter ?pose\w*|pose\w* (?:til|for) (?:urin\w*|tis\w*|vandet)) (?:\w+ ){0,3}"
    r"(?:(?:bliver|blir) (?:ikke|ik) (?:\w+ )?fyldt|fyldes (?:ikke|ik)|er (?:helt )?tom|stadig tom)\b"
)

# A burn on the body ("jeg brændte mig på tekanden, det svier"): read even where it is
# said to be small, which holds the other urgent signs back.
BURN = re.compile(
    r" (?:braendt|braendte|skoldet|skoldede) (?:mig|sig|ham|hende) (?:\w+ )?(?:pa|paa|i|med)\b"
    r"| brand ?vabel\w* | brand ?saar\w* | brand ?sar\w* "  # "fået en brandvabel på armen" (set N)
)

# A bite: urgent whoever bit (not guarded as talk of animals is).
BITE = re.compile(r" (?:bid|bidt|bed|bet) (?:\w+ ){0,2}af (?:en |et |min |vores |naboens )?\w+")

# A doctor wanted now, out of hours ("hvordan får jeg fat i en læge nu, det er lørdag"),
# asked as a question: read whatever else marks it as one (set Q).
DOCTOR_NOW = rx(
    r" (?:fa|far|faa|faar) (?:jeg |vi |man |hun |han |du )?fat i (?:en |et )?(?:laege\w*|doktor\w*) (?:\w+ ){0,2}(?:nu|i aften|i nat|i weekenden"
    r"|lordag|sondag|helligdag|her til aften)\b",
)


# Set S's classes: no water passed for a day; hardly eaten or drunk for days; seeing
# people who are not there; a doctor asked for now.
NO_URINE = rx(
    r" (?:ikke|ik|intet) (?:\w+ ){0,2}(?:tisset|tisse|lavet vand|vandladning) (?:\w+ ){0,3}(?:siden"
    r"|i (?:et|en|to|tre|hele|over)|hele (?:dagen|dognet))\b",
)
NOT_EATING = rx(
    rf" {NEG} (?:\w+ )?(?:spist|drukket)(?: (?:eller|og|el|elle) (?:\w+ )?(?:spist|drukket))?"
    r" (?:\w+ ){0,3}(?:i|pa|de sidste) (?:\w+ )?(?:dage|dogn)\b",
)
SEEING_THINGS = rx(
    r" (?:ser|sa|horer|horte) (?:\w+ ){0,3}(?:folk|mennesker|personer|dyr|ting|born|nogen|stemmer"
    r"|insekter|edderkopper) (?:\w+ ){0,3}som (?:ikke|ik) er der\b",
)
DOCTOR_ASKED_NOW = rx(
    r" (?:kan|ka) (?:jeg|man|vi|hun|han) (?:\w+ )?(?:fa|komme til) (?:en |et )?(?:laege\w*|doktor\w*)"
    r" (?:\w+ )?(?:nu|i aften|i nat)\b(?! om dagen| til dags)",
)


# Set W's classes: water not passed since yesterday; a knee swollen and blue after a
# fall; a fish bone stuck in the throat (breathing well: lægevagten; not: the net's acute).
RETENTION = rx(
    rf" (?:{CANNOT}|har {NEG} kunnet|har {NEG} kunne|kunne {NEG}) (?:\w+ )?(?:komme af med (?:vandet|urinen|tisset)"
    r"|tisse|lade vandet|lave vand)\b",
    r" (?:ikke|ik) (?:kunnet )?(?:tisset|ladet vandet) (?:\w+ ){0,3}siden\b",
)
SWOLLEN = rx(
    r" (?:knae\w*|ankel|anklen|hand\w*|arm\w*|ben\w*|fod\w*|hofte\w*|skulder\w*|albue\w*) (?:\w+ ){0,4}"
    r"(?:helt |meget |sa |rigtig )(?:haevet|tykt|tyk|opsvulmet|blat|bla)\b",
)
STUCK_IN_THROAT = rx(
    r" (?:fiskeben|et ben|en knogle|\w*pille\w*|\w*tablet\w*|et stykke \w+|noget) (?:\w+ )?(?:sidder |sad |stak |"
    r"sidder fast |sad fast |er )?(?:fast )?i (?:halsen|spiseroret)\b(?! (?:\w+ )?(?:af grin|af latter))",
)

# Set X's class: a red streak up the arm after a bite or a wound (blood poisoning).
RED_STREAK = rx(r" rod\w* stribe\w* | rode striber ")

# Set Y's classes: diarrhoea since yesterday with little drunk or dizziness; a knee that
# will not bear weight; pain the pills do not help.
LOOSE = rx(r" diarre\w* (?:\w+ ){0,3}siden\b| (?:tynd ?mave|roven ?ondt) (?:\w+ ){0,3}siden\b")
DRY = rx(
    rf" drikker (?:\w+ )?(?:darligt|daarligt|naesten {NEG}|{NEG}|for lidt)\b| svimmel | slap | tor i munden "
)
NO_WEIGHT = rx(
    rf" (?:kan|ka) (?:han |hun |jeg |vi |de )?(?:slet |overhovedet |altsa )*{NEG} (?:slet |overhovedet )?(?:\w+ )?(?:stotte|sta) pa (?:det|den|benet|foden|knaet|hoften|ben)\b",
)
NOT_HELPING = rx(
    rf" (?:pillerne|piller\w*|smertestillende|medicinen|panodil\w*|pamol\w*|\w*tabletter\w*) (?:\w+ ){{0,4}}hjaelper {NEG}\b",
)
PAIN = rx(r" ondt | smerte\w* | pine\w* ")

# Set Z: a blood sugar meter that reads high ("siger toogtyve"), with thirst.
SUGAR_HIGH = rx(
    r" (?:\w*blodsukker\w*|sukker\w*|\w*maaler\w*|\w*maler\w*) (?:\w+ ){0,2}(?:siger|viser|er pa|er paa|star pa|pa|er)"
    r" (?:\w+ )?(?:\w+ogtyve|tyve|tredive|fyrre|2\d|3\d)\b",
)
THIRST = rx(
    r" torstig\w* | toerstig\w* | tor i munden | drikker og drikker | tisser (?:\w+ )?hele tiden "
)

# Set Æ's classes.
# A wound, after an operation too, warm and red and seeping.
WOUND_INFECTED = rx(
    r" (?:\w*sar\w*|\w*ar|snit\w*|operationssar\w*) (?:\w+ ){0,6}(?:varm\w*|rod\w*|hovent|haevet|ophovnet)"
    r" (?:\w+ ){0,5}(?:siver|pus|vaesker|gult|gul|grimt|lugter)\b",
)
# Something in the eye that hurts and will not open.
EYE_HURT = rx(
    r" (?:i|ind i) (?:ojet|oejet|ojnene|mit oje|hans oje|hendes oje)\b(?= (?:\w+ ){0,10}(?:gor ondt|gor sa ondt|kan (?:ikke|ik) (?:abne|aabne|se)|bloder|lober))",
)

# Set Ø's classes.
# A wound that seeps yellow, after an operation.
WOUND_SEEPING = rx(
    r" (?:\w*sar\w*|\w*saret) (?:\w+ ){0,3}(?:siver|vaesker) (?:\w+ )?(?:gult|gul|pus)\b| siver (?:\w+ )?(?:gult|pus) (?:\w+ ){0,2}fra (?:\w+ )?\w*saret\b"
)
# An animal's bite and the hand swollen.
BITE_SWOLLEN = rx(
    r" (?:bidt|bed) (?:\w+ ){0,4}(?:hand\w*|haand\w*|finger\w*|arm\w*|ben\w*)\b(?= (?:\w+ ){0,8}(?:haevet|haevede|hoven\w*|rod|omme|varm))"
)
# A rash or itch after a new medicine (breathing fine: the doctor, not 1-1-2).
AFTER_MEDICINE = rx(
    r" (?:klo|pletter|udslaet|hoven\w*) (?:\w+ ){0,4}efter (?:\w+ ){0,2}(?:nye )?(?:penicillin\w*|medicin\w*|piller|tabletter|antibiotika|kur)\b"
)

# Set Å's classes.
# Legs swelling and kilos gained in days: water (the heart).
LEGS_THICKER = rx(
    r" (?:ben\w*|ankl\w*|fodder\w*|fodderne) (?:\w+ ){0,4}(?:tykkere|haevede|haevet|haever|opsvulmede|svulmet"
    r"|svulmer)\b",
)
WEIGHT_FAST = rx(
    r" (?:taget|tage|tager) (?:\w+ )?(?:\d+|et|en|to|tre|fire|fem|seks|halvandet|et par|flere) (?:\w+ )?(?:kilo|kg)"
    r" pa (?:\w+ ){0,2}(?:siden|pa|i lobet af|de sidste|pa bare|pa en|pa to|pa tre)\b",
)
# A blood sugar meter reading "HI", over what it can measure.
METER_HI = rx(
    r" (?:\w*maler\w*|\w*maaler\w*|blodsukker\w*|sensor\w*) (?:\w+ ){0,3}(?:skriver|viser|siger|star|staar|blinker)"
    r" (?:\w+ )?(?:bare |kun )?(?:hi|high)\b",
)
# Hardly able to stand on a foot or a leg.
HARDLY_WEIGHT = rx(
    rf" (?:kan|ka) (?:han |hun |jeg |vi |de )?(?:naesten {NEG}|knap|knap nok|darligt|daarligt) (?:\w+ )?(?:stotte"
    r"|sta|ga) pa (?:det|den|benet|foden|knaet|hoften|ben|anklen)\b",
)

# Confusion or strangeness that is new, today set against yesterday ("hun ved ikke hvor
# hun er, det var hun ikke i går", "hun kan ikke huske at far er død, det kunne hun godt i
# går", set AN): for lægevagten. Confusion long known (dementia, forgetfulness for years)
# says no such change and is not read.
CONFUSED_PERSON = rx(
    r" (?:er|blevet|bliver|blir|virker|var) (?:\w+ ){0,2}(?:forvirret|konfus\w*|uklar|omtaget|desorient\w*"
    r"|underlig|underligt|maerkelig|maerkeligt|sloret|fjern|fraevaerende|ikke sig selv)\b",
    rf" (?:ved|vidste|aner) (?:hun |han |mor |far )?{NEG} (?:\w+ )?(?:hvor|hvem|hvilken|hvad) (?:\w+ )?(?:hun|han|jeg|vi|dag|tid|ar"
    r"|aar|det er)\b",
    rf" {CANNOT} (?:\w+ )?(?:huske|genkende|finde rundt|kende)\b| kender (?:mig|os|ham|hende|\w+) {NEG}\b"
    rf"| genkender {NEG}\b",
    # set AO: confusion named as a noun ("nyopstået forvirring"), delirium's picking at the
    # duvet or the air
    r" (?:forvirring|konfusion|desorientering|delir|delirium|delirisk\w*)\b",
    r" (?:plukker|pilleri|piller|rager|famler) (?:\w+ )?(?:ved|i|pa|efter) (?:dynen|lagenet|lagnet|taeppet"
    r"|sengetojet|sengetoejet|luften|tojet|toejet|dyne\w*)\b",
)
_WHO = r"(?:hun|han|mor|far|de|min mand|min kone|manden|konen|borgeren|beboeren)"
CHANGED_SINCE_YESTERDAY = rx(
    rf" (?:det|sadan|saadan|sa|saa|den slags) (?:var|gjorde|kunne|vidste|huskede) {_WHO}"
    r" (?:jo |da |altsa |helt )?(?:ikke |ik |godt |fint |sagtens |udmaerket )?i (?:gar|forgars)\b",
    rf" i (?:gar|forgars|morges) (?:\w+ ){{0,2}}(?:var|kunne|vidste|huskede) {_WHO} (?:\w+ ){{0,2}}(?:fin|fint"
    r"|klar|sig selv|normal|godt|sagtens|frisk|udmaerket|som (?:hun|han) plejer)\b",
    rf" (?:plejer|plejede) {_WHO} (?:jo |da |slet )?(?:ikke|ik)\b| (?:ikke|ik) (?:som|sadan|saadan|sa) {_WHO} plejer\b",
    r" (?:helt )?anderledes end (?:i gar|normalt|ellers)\b| fra den ene dag til den anden | fra i gar til i dag ",
    r" det er (?:helt )?nyt ",
    # set AO: "nyopstået forvirring", "akut opstået uro", "kendte os fint i går"
    r" (?:nyopstaet|nyopstaaet|ny opstaet|nytilkommen|nytilkommet|nyopstaede|pludselig opstaet|akut opstaet"
    r"|akut indsaettende|pludselig indsaettende|akut) (?:\w+ )?(?:forvirring|konfusion|desorientering|uro"
    r"|delir\w*|forvirret|konfus)\b",
    r" (?:kendte|genkendte|vidste|huskede|kunne kende) (?:\w+ ){0,3}(?:fint |godt |sagtens |udmaerket )?i (?:gar|forgars)\b",
)


# Set AP: someone to look at one after a fall, asked for tonight ("hun faldt ud af sengen
# i går aftes ... bør nogen kigge på hende i aften?"): urgent, though a story is told.
LOOK_ASKED = rx(
    r" (?:bor|skal|burde|skulle|ma|mon|kan) (?:\w+ ){0,2}(?:nogen|en laege|laegen|lagen|vagtlaegen|laegevagten"
    r"|en sygeplejerske|sygeplejersken|hjemmeplejen|nattevagten|aftenvagten|en|i|du|vi) (?:\w+ ){0,2}"
    r"(?:kigge|kikke|se|tilse|tjekke|undersoge)(?: (?:pa|til|efter))? (?:\w+ ){0,3}(?:i aften|i nat|nu|i dag"
    r"|inden natten|med det samme)\b",
)


# -- set AS (2026-12-07) ------------------------------------------------------------------
# Things seen that are not there ("ser ting der ikke er der"); restlessness at night that is
# new ("meget urolig ..., det er nyt, det har han aldrig gjort før"): delirium, for lægevagten.
SEEING_NOT_THERE = rx(
    r" (?:ser|sa|saa|horer|horte|snakker med|taler med) (?:\w+ ){0,3}(?:folk|mennesker|personer|dyr|ting|born"
    r"|nogen|stemmer|insekter|edderkopper|syner|mus|rotter|orme|myrer|fremmede|mand|kvinde|damer|maend)"
    r" (?:\w+ ){0,3}(?:der|som|de) (?:ikke|ik|it|ikk) (?:er|var) (?:der|til)\b",
)
RESTLESS = rx(
    r" (?:er|blevet|bliver|blir|virker|var) (?:\w+ ){0,2}(?:urolig\w*|rastlos\w*|uklar|forvirret|konfus\w*"
    r"|desorient\w*|ophidset|rodet|vild i blikket)\b",
)
NEWLY = rx(
    r" det er (?:helt |noget )?nyt | aldrig (?:\w+ ){0,2}(?:gjort|vaeret|set|haft|sagt|oplevet) (?:sadan |saadan |det )?"
    r"(?:for|foer)\b| (?:er|var) (?:helt )?ny(?:t)? for (?:ham|hende|os)\b| pludselig\w* ",
)
# Alcohol stopped and now shaking or sleepless ("stoppede med at drikke i forgårs og nu
# ryster jeg"): withdrawal, for a doctor today.
WITHDRAWAL = rx(
    r" (?:stoppede|stoppet|stopper|holdt op|holder op|hort op|horte op|ophort|ophorte|droppet|droppede|sluttet"
    r"|sluttede|stopt) (?:\w+ ){0,2}(?:med )?(?:at |a )?(?:drikke|druk|sprut\w*|alkohol\w*|spiritus|ollerne"
    r"|bajerne|flasken|drukket)\b(?! (?:kaffe|te|the|cola|sodavand|maelk|juice|saft|vand)\b)"
    r"(?= (?:\w+ ){0,14}(?:ryst\w*|skaelv\w*|sved\w*|sveder|kramp\w*|ser ting|hallucin\w*|urolig\w*|kan (?:ikke|ik)"
    r" sove|hjertebanken|angst\w*|delir\w*)\b)",
)
# Blood sugar high for long, with thirst or passing water all the time, or a whole day
# ("blodsukkeret har været over tyve hele dagen og jeg tisser hele tiden"; set AS).
_SUGAR_WORD = r"(?:bs|\w*blodsukker\w*|blod sukker\w*|sukkeret|sukker|glukose\w*)"
_SUGAR_VALUE = (
    r"(?:1[5-9]|[2-4]\d|femten|seksten|sytten|atten|nitten|tyve|\w+ogtyve|tredive|tredve|fyrre)(?: \d)?\b"
    r"(?! (?:\w+ )?(?:ar|aar|timer|dage|gange|min|minutter|kr|kroner|procent|mg|stk)\b)"
)
SUGAR_HIGH_LONG = rx(
    rf" {_SUGAR_WORD} (?:\w+ ){{0,2}}(?:har vaeret|har ligget|ligger|la|laa|er|var|holder sig|har holdt sig|blevet"
    rf"|er blevet|star|staar|stod|viser|viste|siger|sagde|har vist) (?:pa |paa |over |omkring |oppe pa |oppe over"
    rf" |helt oppe pa |helt oppe over |hojere end |mere end |langt over )?{_SUGAR_VALUE}",
    rf" {_SUGAR_WORD} (?:\w+ ){{0,2}}(?:har vaeret|er|var|har ligget|ligger|bliver ved med at vaere|holder sig)"
    r" (?:meget |helt |alt for |for |sa |saa |skide |pisse )?(?:hojt|hoejt|skyhojt|tarnhojt)\b",
    r" (?:hojt|hoejt|meget hojt|alt for hojt|for hojt|skyhojt) (?:\w+ )?blodsukker\w*\b",
)
SUGAR_THIRST_OR_LONG = rx(
    r" tisse\w* (?:\w+ ){0,2}(?:hele tiden|hver time|hvert kvarter|konstant|meget|hele dagen|hele natten)\b"
    r"| (?:pa|paa|ud pa) (?:toilettet|toilet|wc) (?:\w+ )?(?:hele tiden|hvert|konstant)\b| torst\w*| toerst\w*"
    r"| tor i munden| drikker (?:\w+ ){0,2}(?:hele tiden|og drikker|liter\w*|konstant|meget mere)\b"
    # "jeg drikker meget vand" (set AY)
    r"| drikker (?:\w+ )?(?:meget|masser af|mange|litervis af|sa meget|saa meget|vildt meget) (?:vand|glas|liter\w*|saft)\b",
    r" hele (?:dagen|natten|formiddagen|eftermiddagen|dognet|doegnet|ugen)\b| i (?:flere|mange|to|tre|et par|over et)"
    r" (?:dage|dogn|doegn|timer)\b| siden (?:i morges|i gar|i gaar|i nat|i formiddags)\b| i (?:timevis|dagevis)\b",
)
# the sugar in a question about a case ("hvad gør man hvis blodsukkeret er over 20 hele dagen")
SUGAR_IF = rx(rf" (?:hvis|nar|naar|om|skulle) (?:\w+ ){{0,3}}{_SUGAR_WORD} ")


# -- set AT (2026-12-07) ------------------------------------------------------------------
# A fall a day or two ago, got up alone, and limping or in pain today ("faldt i går aftes
# over dørtrinnet, kom selv op, ... men han halter i dag").
FELL_RECENTLY = rx(
    r" (?:faldt|faldet|gled|snublede|vaeltede|faldt om)\b(?: \w+){0,6}? (?:i gar|i aftes|i nat|i forgars|i morges"
    r"|for (?:to|tre|2|3) dage siden|i weekenden)\b",
    r" (?:i gar|i aftes|i nat|i forgars|i morges)(?: \w+){0,3}? (?:faldt|faldet|gled|snublede)\b",
    # a staff note's noun ("fald i går uden synlig skade", set AX)
    r"^ (?:bgr |borger |borgeren )?fald (?:i gar|i aftes|i nat|i forgars|i morges)\b",
)
PAIN_TODAY = rx(
    r" (?:halter|halte|humper|hinker|har ondt|gor ondt|smerter|haevet|haevede|kan (?:ikke|ik) (?:stotte|belaste"
    r"|traede|ga|sta) pa)\b(?: \w+){0,4}? (?:i dag|nu|stadig|i morges|mere og mere)\b",
    r" (?:i dag|nu|stadig|i morges)(?: \w+){0,2}? (?:halter|halte|humper|hinker|har ondt|gor ondt|smerter|haevet"
    r"|kan (?:ikke|ik) (?:stotte|belaste|traede|ga|sta) pa|omhed\w*|smerte\w*)\b",
    # "min hofte gør stadig så ondt at jeg næsten ikke kan gå på den" (set AY)
    r" (?:gor|gjor|har) (?:stadig|nu|i dag|endnu) (?:sa |saa |meget |mega |vildt |forfaerdelig |sindssygt )?ondt\b",
)

# -- set AV (2026-12-07) ------------------------------------------------------------------
# A short seizure over, awake again, and the tongue bitten or worn out after it (urgent,
# not acute): `doubt.seizure_over` leaves "efter anfaldet" where the seizure was told.
AFTER_SEIZURE = rx(
    r" efter anfaldet (?:\w+ ){0,14}?(?:bidt (?:sig|mig) i tungen|bed (?:sig|mig) i tungen|udmattet|helt smadret"
    r"|forvirret|tisset i \w+|tissede i \w+|ondt i hovedet|sover tungt)\b",
)


# Set AW: a red, warm patch that grows (infection); a fall yesterday and now a joint big
# and blue.
RED_WARM_GROWING = rx(
    r" (?:rod|rodt|rode|varm|varmt|hed|hedt)(?: og)? (?:rod|rodt|rode|varm|varmt|hed|hedt|haevet) (?:\w+ )?"
    r"(?:plet\w*|plamage\w*|omrade\w*|sted\w*|hud\w*|haevelse\w*|stribe\w*)\b(?= (?:\w+ ){0,8}"
    r"(?:storre|vokser|breder sig|spreder sig|bliver vaerre))",
)
FALL_JOINT_SWOLLEN = rx(
    r" (?:faldt|faldet|styrtede|snublede|gled) (?:\w+ ){0,14}(?:knae\w*|ankel\w*|anklen|handled\w*|albue\w*|skulder\w*"
    r"|fod\w*|hofte\w*) (?:er |blevet |er blevet )?(?:helt )?(?:stort|stor|haevet|haevede|tyk|tykt|hoven|opsvulmet)"
    r"(?: og (?:bla|blat|blaa|blaat|misfarvet|sort))?\b",
)


# -- set AZ (2026-12-08) ------------------------------------------------------------------
# A fever of 38.5 or more with drowsiness ("borgeren har 38,7 og er lidt sløv"): urgent
# whatever is asked of whom to call (lægevagten in the evening).
FEVER_DROWSY = rx(
    r" (?:har|haft|pa|maalt|malt|temp\w*|feber\w*) (?:\w+ )?(?:38 [5-9]|39(?: \d)?|40(?: \d)?|41)(?: grader)?\b(?: \w+){0,5}?"
    r" (?:slov|sloj|sovnig|uklar|forvirret|omtaget|apatisk|dosig|svaer at vaekke|svaer at fa kontakt)\b",
    r" (?:slov|sloj|sovnig|uklar|forvirret|omtaget|apatisk|dosig)\b(?: \w+){0,5}? (?:har|maalt|malt|pa|feber\w*) "
    r"(?:\w+ )?(?:38 [5-9]|39(?: \d)?|40(?: \d)?|41)\b",
)
# After a recent fall (`FELL_RECENTLY`), pain now with someone named between ("og nu har
# jeg ondt i armen, når jeg løfter den").
PAIN_NOW = rx(
    r" (?:nu|i dag|stadig|her til morgen) (?:har|gor|ha) (?:jeg|han|hun|mor|far|det|a|hende|ham|ja) (?:\w+ )?(?:ondt|smerter"
    r"|sa ondt|meget ondt|vildt ondt)\b",
)
