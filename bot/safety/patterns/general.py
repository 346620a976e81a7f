"""Classes read across the opened sets (2026-12-06), written as kinds of sentence, not as
any writer's words: someone fallen over and silent, breath or pulse gone, stroke signs
said in everyday words, blood everywhere, a seizure, a threat at the door, a throat
swelling after a food; a child at the pills, a patch chewed or doubled, someone else's
pills, a dose twice, a bottle mistaken; a means named (a rope, a gun, a bridge, the sea),
treatment stopped to die, letters left for when one is gone, life not worth it; burns
with blisters, a wound that needs stitches or festers, water that hurts or will not
come, a fever said as a number, yellow eyes. Folded forms (bot.safety.detect)."""

from __future__ import annotations

from bot.safety.patterns.words import CANNOT, NEG, PILLS, rx

# -- acute ------------------------------------------------------------------------------
KEELED_OVER = rx(
    r" (?:faldet|faldt|falden|gaet|gik|roget|rog|dejset|dejsede|vaeltet|segnet) (?:\w+ )?(?:om ?kuld|om)"
    r"(?! (?:af grin|af latter|af traethed i sofaen))\b"
)
LYING = rx(r" ligger | ligget | pa gulvet | i sengen | i opgangen ")
SILENT = rx(
    r" (?:siger|sir|sejer) (?:ingenting|intet|ikke noget)$| (?:siger|sir|sejer) (?:ingenting|intet|ikke noget) (?!om |til )",
    rf" {CANNOT} (?:\w+ )?fa (?:liv|kontakt) (?:i|med) ",
    r" (?:giver|gir) ingen lyd\b| rorer (?:sig|sae) (?:ikke|ik)\b| ligger (?:bare|helt) (?:der|stille)\b",
    r" (?:han|hun) er der (?:ikke|ik)\b| reagerer (?:ikke|ik) pa tiltale",
)
NO_PULSE = rx(
    r" (?:ingen|ikke nogen|ik ke nogen) puls\b| hjerte\w* (?:\w+ ){0,2}(?:sat ud|stoppet|staet stille)\b",
    r" puls\w* (?:\w+ ){0,2}svag og uregelmaessig",
)
NO_AIR = rx(
    rf" {CANNOT} (?:\w+ )?ande\b| (?:ingen|ikke nogen) luft i (?:mig|hende|ham)\b",
    rf" far (?:naesten |nasten )?{NEG} (?:\w+ )?luft\b| {CANNOT} (?:\w+ )?fa luft\b",
    r" traekker (?:kun|naesten ikke|nasten ikke) vejret (?:\w+ ){0,2}(?:gang|ind imellem)",
    r" (?:traekker|trakker) (?:ikke|ik) vejret\b| blalig\w* (?:\w+ ){0,2}laeber| laeber\w* (?:er )?bla\w*",
    r" under vandet\b(?! (?:\w+ ){0,3}(?:svom|dyk))| ved at drukne (?:\w+ ){0,6}(?:vejret|brystet)"
    r"| (?:vejret|brystet) (?:\w+ ){0,8}ved at drukne",
)
SPEECH_ODD = rx(
    r" (?:snakker|taler|siger) (?:\w+ ){0,2}(?:maerkelig\w*|sludder|sort|volapyk|forkert raekkefolge)",
    rf" {CANNOT} (?:\w+ )?(?:tale|sige noget)\b| svaert ved at (?:tale|snakke)\b",
)
LIMB_WEAK = rx(
    rf" {CANNOT} (?:\w+ ){{0,3}}(?:lofte|loft|bevaege) (?:\w+ ){{0,3}}(?:arm\w*|ben\w*|kop\w*|hand\w*)",
    r" taber ting| slaeber| skaev\w*| savler| mundvig\w*| snurrer i (?:hojre|venstre)",
    r" (?:hojre|venstre|den ene) side",
)
STROKE_ALONE = rx(
    r" mundvig\w* (?:\w+ )?(?:falder|haenger)| smil\w* (?:\w+ ){0,2}skaev| savler i den ene side",
    r" ansigt\w* (?:\w+ ){0,6}sovet ind",
)
BLOOD_EVERYWHERE = rx(
    r" blod (?:\w+ ){0,2}(?:allevejne|alle vegne|overalt|over det hele)| fuldt? af blod\b| fosser\b",
    r" (?:aareknude|areknude)\w* (?:\w+ ){0,3}(?:sprunget|gaet i stykker|bloder)",
)
SEIZURE_ON = rx(
    r" (?:gaet i|faet|fik|har) kramper?\b(?! i )| har krampet\b| krampeanfald| spjaetter\b",
)
CHEST_HELD = rx(
    r" holder (?:sig|sae) (?:\w+ )?(?:pa|for|om) brystet| hjerte ?tilfaelde\b",
)
THREAT_AT_DOOR = rx(
    r" truer med at (?:komme ind|sla|draebe)| har slaet (?:hende|ham|mig) (?:\w+ ){0,12}(?:stadig|er her|er der)\b",
    r" vil (?:ikke|ik) ga (?:\w+ ){0,6}(?:raber|slaet|slar|banker)",
)
THROAT_AFTER_FOOD = rx(
    r" (?:hals|halsen|tunge|tungen) (?:\w+ ){0,3}(?:tyk|hovner|haever|snorer)",
)
SMOULDERING = rx(r" ulmer\b| cigaret\w* i sengen")
FOOD_STUCK = rx(r" (?:sat|sidder) (?:\w+ ){0,2}fast (?:\w+ ){0,6}(?:halsen|sige noget|tale)")
SENT_FOR = rx(r" sygebil\w*| redningen\b| falck (?:\w+ ){0,4}(?:herud|nu)\b| ambulant sen\b")
# boiling fat on a body part, and the skin white, blistered or all of it (set U: "… ud
# over hånden og armen den er helt hvid og der er kæmpe vabler", the words apart)
BURNT_BADLY = rx(
    r" kogende (?:fedt|olie|vand) (?:\w+ ){0,3}(?:over|pa|ned ad|i) (?:\w+ ){0,2}"
    r"(?:hand\w*|arm\w*|ben\w*|fod\w*|fodder\w*|ansigt\w*|bryst\w*|mave\w*|lar\w*|skulder\w*)"
    r"(?: \w+){0,10}? (?:vabler|hvid|hele|sort)\b"
)

# -- poisoning --------------------------------------------------------------------------
CHILD = rx(r" (?:\w*barn|\w*barnet|\w*barnebarn\w*|knaegt\w*|ungen|drengen|pigen|lille\w*) ")
CHILD_AT_PILLS = rx(
    r" mangler (?:\w+ ){0,4}(?:piller|nogen|nogle|tabletter)| hele flasken\b| (?:baellet|drukket|spist) ",
)
PATCH_WRONG = rx(
    r" (?:\w*plaster\w*) (?:\w+ ){0,4}(?:tygget|i munden)| tygget pa (?:\w+ )?(?:\w*plaster\w*|det)",
    r" (?:\w*plaster\w*) (?:\w+ ){0,6}(?:to gange|tre pa|gamle af|et gammelt og et nyt)",
    r" glemt at tage de gamle af",
)
PATCH = rx(r"plaster")
OTHERS_PILLS = rx(
    rf" (?:bade|baade) (?:\w+ ){{0,4}}og (?:\w+ ){{0,4}}{PILLS}| forbyttet\b| ikke mine piller",
    r" (?:bade|baade) (?:aftenens|morgenens|de gamle) (?:\w+ ){0,3}og ",
    r" (?:anden beboers|min mands|min kones|naboens) (?:\w+ )?(?:medicin\w*|piller\w*|pilleaeske\w*)",
)
TAKEN = rx(r" (?:taget|tog|faet|fik|spist|drukket|slugt) ")
TWICE = rx(
    r" (?:taget|faet|fik|tog) (?:\w+ ){0,4}(?:2|to|tre|3) (?:gange|doser|dosis)\b(?! (?:om|hver|i) )",
    r" (?:to|2|tre|3) doser\b| (?:ti|10|fem|5|to|2|tre|3) (?:\w+ ){0,4}i stedet for (?:en|1)\b",
)
MISTAKEN = rx(
    r" tog fejl af (?:\w+ ){0,2}(?:flask\w*|aesk\w*|pose\w*)| sprojtet (?:\w+ ){0,2}i munden",
)

# -- suicide ----------------------------------------------------------------------------
MEANS = rx(
    r" (?:haenger|haengt|ligger|liggende) (?:\w+ ){0,3}(?:et )?reb\b| reb (?:\w+ ){0,3}(?:garagen|kaelderen|loftet|klar)",
    r" (?:jagt ?gevaer|jaggevaer|gevaer)\w* (?:\w+ ){0,8}(?:sig selv|sidste tur|fremme|ikke mere|nede|bruge det)",
    r" (?:ud over|ud fra|ude pa|nede ved) (?:\w+ )?(?:\w*broen|kajkanten|havnekajen|kajen|molen)\b",
    r" (?:ga|gar|gik) ud i (?:\w+ )?(?:fjord\w*|havet|vandet)\b",
    r" slukke for ilten| tage alle (?:\w+ ){0,3}(?:pa en gang|pillerne)",
)
STOP_TO_DIE = rx(
    r" (?:holde op med|holder op med|lade vaere med at tage|stoppe med|stopper med) (?:\w+ ){0,3}"
    r"(?:insulin\w*|medicin\w*|\w*pille\w*|spise)\b(?=.*(?: dor | ordner det sig| ingen | i sta | sig selv ))",
)
GONE_LETTERS = rx(
    r" (?:farvel ?brev|sidste brev|skrevet farvel)",
    r" (?:brev|breve) (?:\w+ ){0,6}(?:nar jeg (?:ikke er her|gar)|nu er jeg klar|jeg er sa traet)",
)
NOT_WORTH = rx(
    rf" gider (?:\w+ )?{NEG} (?:\w+ ){{0,2}}(?:liv|livet) mere| ikke noget liv det her",
    r" (?:ikke|ik) (?:vaerd|vaer) at (?:leve|blive ved)| meningslos\w*",
    r" (?:ingen|ikke nogen) mening (?:i|med) (?:det|det hele)\b(?! \w+ (?:at|med))",
    r" slut for mig\b| (?:skal|ma) (?:bare )?(?:slut|slutte)\b(?! (?:\w+ )?(?:kl|klokken|i morgen|pa))",
    r" (?:ikke|ik) se (?:nogen|nowe) (?:grund|mening)",
    r" venter pa at (?:det )?(?:\w+ ){0,2}(?:er slut|holder op)| lige sa godt (?:\w+ )?vaere dod",
    r" traet af at vaere til| ingen at vaere her for| ingen tilbage\b| ikke (?:noget|mere) tilbage for mig",
    r" ud af det hele\b| det hele (?:\w+ )?(?:snart )?er slut| (?:vorherre|gud|herren) (?:\w+ ){0,4}hente mig\b| fremskynde\b",
    r" slipper for mig| gjort det hele klar| nu er (?:han|jeg|hun) klar\b| finde modet\b",
    # away, not gone: "du skal ikke regne med mig til jul, vi er på ferie"
    r" ikke regne med mig(?!(?: \w+){0,10} (?:ferie\w*|rejs\w*|bortrejst|sommerhus\w*|udlandet|travlt))"
    r"| gore noget ved det| tid for mig at ga| den sidste tur",
    r" vil over til (?:ham|hende)\b| ikke kommer hjem\b(?=.*broen)| mistet modet",
    r" slutter (?:man )?det hele| selv (?:at )?sorge for det\b| (?:ordnet|ordne) det hele (?:med bedemand\w*)?",
    r" bestemme hvornar det skal vaere slut| stoppe det hele| fred (?:for altid)?$",
)

# -- urgent ------------------------------------------------------------------------------
BURN_BLISTER = rx(r" vable\w*| vabler\b")
WOUND_BAD = rx(
    r" (?:\w*sar|finger\w*|neglen|splint\w*) (?:\w+ ){0,8}(?:pus|betaend\w*|dunker|banker|buler|lugter|gult)\b",
    r" (?:pus|betaendt) ",
    r" syes\b| gaber\b| dybt? (?:\w+ )?(?:hak|hul|bid|sar)\b| tryksar\w* (?:\w+ ){0,6}(?:sort|lugter|vaesker)",
)
WATER = rx(
    r" ondt nar (?:jeg|a|han|hun) tisser| svider nar| trang hele tiden| holde pa vandet| holde vand",
    r" (?:kateter ?pose\w*|posen fra (?:\w+ ){0,2}kateter\w*)",
    r" (?:ikke|ik) (?:kommet )?noget i (?:kateter ?pose\w*|posen)",
)
FEVER_SAID = rx(
    r" (?:har|temp\w*|feber|pa) (?:39|40|41) \d\b| glohed\b| hede og kulde| fryser og sveder| kulderystelser",
    r" gul\w* i det hvide| helvedesild\w* (?:\w+ ){0,4}oj\w*| (?:have|brug for) (?:en )?laege i (?:aften|nat)\b",
    r" (?:have|fa) fat i (?:\w+ )?vagtlaege\w*",
    r" sukker\w* (?:\w+ ){0,6}(?:hojt|over (?:20|tyve))\b(?=.*(?:torst|tisser))",
)

# -- set AC's classes (2026-12-06), as kinds of sentence ---------------------------------
# Someone found down (on the floor, outside, in the bath) and cold, stiff or confused, or
# how long they lay not known.
FOUND = rx(
    r" (?:fundet|fandt|finder) (?:\w+ ){0,4}(?:pa gulv\w*|pa badevaerelse\w*|i bad\w*|ude|i haven"
    r"|udenfor|liggende|i sengen|pa trappe\w*|i opgangen)\b"
)
FOUND_SIGN = rx(
    r" (?:kold|iskold|stiv|uklar|forvirret|omtaget|bla\w*|sloj|slov|ukontaktbar)\b",
    r" (?:ved|vides) (?:ikke|ik) hvor (?:laenge|lang tid)| ryster (?:\w+ )?(?:ikke|ik) (?:\w+ )?mere",
)
# Breathing laboured in a care worker's notes, a low oxygen saturation, blue round the mouth.
SATURATION = rx(
    r" (?<!har )(?<!er )(?<!blev )(?:sat|saturation\w*|spo2|iltmaetning\w*) (?:pa |er |var |kun |nu )?(?:[5-8]\d)(?! \d)\b",
)
BREATH_CONTEXT = rx(r" ilt\w*| resp\w*| vejr\w*| luft| bla\w*| andenod| forpustet| hoste\w*")
BREATH_NOTED = rx(
    r" (?:resp|respiration\w*|vejrtraekning\w*) (?:\w+ )?(?:besvaeret|overfladisk|rallende|snappende)",
    r" bla\w* (?:om|omkring|rundt om) (?:munden|laeberne|laeber)\b",
)
# Heat: a day in the sun or a heat wave, and now confused, far away or not drinking.
HEAT = rx(r" (?:i solen|solstik\w*|hedeslag\w*|brandvarm|hedebolge\w*|i varmen|glohed)\b")
HEAT_SIGN = rx(
    r" (?:helt |lidt )?(?:fjern|uklar|forvirret|omtaget|ukontaktbar|svarer (?:ikke|ik)|sloj|besvim\w*)\b"
)
# Blood sugar read as a number under three ("BS 1,8"), or someone who reacts only to pain.
SUGAR_NUMBER = rx(
    r" (?:bs|blodsukker\w*|blodsukkeret) (?:\w+ )?(?:pa |er |var |kun )?(?:[0-2] \d|[0-2])\b(?! (?:timer|dage|gange|mg))",
)
PAIN_ONLY = rx(r" reagerer (?:kun|bare|nasten kun|naesten kun) pa (?:smerte\w*|smertestimul\w*)\b")
# A blow to the head, and clear fluid or blood from an ear or the nose, or still dazed.
HEAD_SIGN = rx(
    r" (?:klart|klar vaeske|vaeske|blod) (?:\w+ ){0,4}(?:fra|ud af|af) (?:\w+ ){0,3}(?:ore|oret|orerne|naesen)\b",
    r" (?:stadig|fortsat|helt|lidt) (?:\w+ )?(?:vaek|fjern|omtaget|uklar|forvirret)\b",
)
# A call for help (an alarm) with no voice, and no way in.
NO_VOICE = rx(r" ingen (?:stemme ?kontakt|tale ?kontakt|kontakt|svar|respons)\b")
ALARM_CALL = rx(r"nodkald|alarm|kaldeanlaeg|kaldeknap")
NO_WAY_IN = rx(
    r" (?:kan|ka) (?:ikke|ik) (?:\w+ )?(?:lase op|komme ind|fa doren op|lukke op)| nogleboks\w* (?:\w+ )?(?:tom|mangler)",
)
# A call gone quiet after something unwell was said ("var i tlf, sagde noget om svimmel,
# og så blev der helt stille").
CALL_CONTEXT = rx(r" (?:i|pa) (?:tlf|telefon\w*|roret)\b| ringede\b| \w*opkald\w*")
GONE_QUIET = rx(r" (?:blev|bliver|er) (?:der )?(?:helt |pludselig |bare )?(?:stille|tavst?)\b")
# Much blood from below or in the toilet, with dizziness or faintness.
BLOOD_BELOW = rx(
    r" blod (?:\w+ ){0,2}(?:bagfra|fra endetarm\w*|i afforing\w*|i toilet\w*|i kummen)| (?:rodt|blodigt|sort) i (?:toilet\w*|kummen)",
    r" (?:kaster|kastet|kastede|brakker) (?:\w+ )?blod",
)
FAINT = rx(r" svimmel| besvim\w*| sort for ojnene| bleg| ma (?:\w+ )?(?:sidde|ligge) ned")
# Vomit and a gurgle: the airway, someone on the back.
GURGLE = rx(r" (?:gurgler|gurglende|rallen|ralle\w*|snapper efter vejret)\b")
AIRWAY = rx(r" (?:kastet|kaster|kastede) op| opkast\w*| pa ryggen| vejret")
# A sting in the tongue or the mouth, or the throat thick after it.
STUNG = rx(r" (?:stukket|stak|stik|bi|hveps\w*|gedehams\w*|bistik|hvepsestik)\b")
THROAT_THICK = rx(
    r" (?:tyk|hoven|haevet|hovner|haever|snaever\w*) (?:\w+ )?i (?:halsen|svaelget|tungen)\b"
)
# A belly swollen and hard, and vomiting: a bowel that is blocked.
BELLY = rx(r" mave\w* (?:\w+ ){0,3}(?:stor og hard|hard og stor|hard|udspilet|oppustet|spaendt)\b")
VOMIT_BAD = rx(r" kaster (?:\w+ )?(?:gront|galde|afforing|op)\b| kastet op| braekker")

# -- poisoning ----------------------------------------------------------------------------
# Wild mushrooms or berries picked and eaten, and the stomach now turned.
PICKED = rx(
    r" (?:plukket|plukkede|samlet|samlede|fundet) (?:\w+ ){0,2}(?:svampe|\w*svampe|bar|baer)\w*\b",
    r" (?:\w*svampe\w*|baer\w*) (?:\w+ ){0,3}(?:plukket|plukkede|samlet|samlede|fandt|fundet)\b",
)
PICKED_SICK = rx(
    r" ondt i maven| kaster (?:\w+ ){0,2}op| kastet op| kvalme| diarre| braekker| darlig\w*"
)
# Headache, nausea or a drowsy animal only while the stove or the fire is lit.
STOVE_ON = rx(
    r" nar (?:\w+ ){0,2}(?:braende ?ovn\w*|pejs\w*|kamin\w*|gasfyr\w*|oliefyr\w*|fyr\w*) (?:er )?(?:taendt|tander|korer)\b"
)

# -- suicide ------------------------------------------------------------------------------
# Walking into the sea after the dead, to stay; cuts to the wrists; a gun taken out on
# a pretext that does not hold.
INTO_THE_SEA = rx(
    r" (?:ga|gar|gik|svomme) ud (?:til (?:\w+ ){1,2})?i (?:\w+ )?(?:havet|vandet|fjord\w*|soen)\b (?:\w+ ){0,3}(?:blive der|blive derude|ikke komme (?:op|tilbage)|forsvinde)",
)
WRISTS = rx(
    r" (?:skaret|skar|skaerer|snittet|ridset) (?:sig|mig|i sig) (?:\w+ ){0,3}(?:handled\w*|pulsar\w*|haandled\w*)"
)
GUN_OUT = rx(
    r" (?:gevaer\w*|jagt ?gevaer\w*|haglgevaer\w*|riffel\w*|rifl\w*|pistol\w*) (?:\w+ ){0,3}(?:ned|frem|op)\b"
    r"(?=.* (?:siger (?:at )?det er til|men (?:\w+ ){0,2}(?:har|er|gar|skyder) (?:ingen|ikke|aldrig)|bekymr\w*|utryg))",
    r" (?:taget|tog|hentet|hentede|fundet|fandt) (?:\w+ )?(?:gevaer\w*|riffel\w*|rifl\w*|pistol\w*) (?:\w+ ){0,3}(?:ned|frem|op)\b"
    r"(?=.* (?:siger (?:at )?det er til|men (?:\w+ ){0,2}(?:har|er|gar|skyder) (?:ingen|ikke|aldrig)|bekymr\w*|utryg))",
)

# -- urgent -------------------------------------------------------------------------------
# Urine that smells strong with a new restlessness or a temperature: an infection in
# someone old.
URINE_SMELL = rx(
    r" (?:staerk|kraftig|grim|slem) (?:\w+ )?urin ?lugt\w*| urin\w* (?:\w+ )?(?:lugter|stinker)"
)
INFECTION_SIGN = rx(r" urolig| forvirret| feber| temp\w* | (?:38|39|40) \d?| river i")


# -- set AD (2026-12-06): a rural night shift --------------------------------------------
# acute: knocked at a door and no answer from inside; a bleed soaking through cloth; eyes
# open and no contact; smoke from an appliance with a cry or sight gone; one side of the
# face that will not smile; an inhaler that does not help; cold through and confused; a
# large bleed in millilitres or a racing pulse with a bleed.
DOOR_SILENT = rx(
    r" (?:svarer|reagerer|siger) (?:han |hun )?(?:ikke|ik|ingenting)\b (?:\w+ ){0,4}(?:banker|banket|kalder"
    r"|kaldt|raber|rabt)\b",
    r" (?:banker|banket|kalder|kaldt|raber|rabt) (?:\w+ ){0,4}(?:svarer|reagerer) (?:\w+ )?(?:ikke|ik)\b",
)
INSIDE = rx(
    r" (?:toilet\w*|badevaerelse\w*|badet|vaerelse\w*|lejlighed\w*|soveva\w*|doren|laast|last)\b"
)
AWAY = rx(r" (?:ferie|ikke hjemme|ude at|tunghor\w*|horeapparat\w*|sover tungt|horer darligt)\b")
SOAKED = rx(
    r" (?:fyldt|gennemblodt|gennemvaedet) (?:\w+ ){0,3}(?:handklaede\w*|viskestykke\w*|\w*rulle\w*"
    r"|lagen\w*|kluder|klude)\b",
)
BLEED = rx(
    r" blod(?!tryk|sukker|prove|fortynd|prop|type)\w*| blo(?:der|dte|ddet|dning\w*)\b| bloe\w*"
)
EYES_BLANK = rx(
    r" (?:ojnene|ojne|oejnene) (?:er )?(?:abne|aabne|aaben|aben) (?:\w+ )?men (?:\w+ ){0,2}(?:ser|kigger|reagerer"
    r"|svarer) (?:\w+ )?(?:ikke|ik)\b",
    rf" {CANNOT} (?:\w+ )?fa (?:\w+ )?kontakt (?:til|med) (?:hende|ham)\b(?! (?:\w+ ){{0,4}}(?:telefon\w*|mobil\w*|sms|mail))",
)
APPLIANCE_SMOKE = rx(
    r" (?:ryger|ry ger|oser|rog|rogen) (?:\w+ ){0,2}(?:fra|ud af|ud fra|i) (?:\w+ )?(?:ovn\w*|komfur\w*|stikkontakt\w*"
    r"|tv\w*|fjernsyn\w*|kokken\w*|stuen|vaskemaskin\w*|torretumbler\w*|elkedel\w*|loft\w*|kontakt\w*)\b",
)
SMOKE_BAD = rx(
    rf" hjaelp\b| {CANNOT} (?:\w+ )?se\b| hele (?:huset|stuen|lejligheden|kokkenet)| flamme\w*| ild\b"
)
FACE_ONE_SIDE = rx(
    rf" {CANNOT} (?:\w+ )?smile (?:\w+ ){{0,3}}(?:ene side|ene halvdel)",
    r" (?:ansigtet|munden|mundvigen|mundvig) (?:\w+ ){0,2}(?:hænger|haenger) (?:\w+ ){0,3}(?:ene side|til den ene)",
)
INHALER_FAILS = rx(
    r" (?:\w*spray\w*|inhalator\w*|ventolin\w*|bricanyl\w*|pust\w*|astmamedicin\w*) (?:\w+ ){0,3}(?:virker|hjaelper)"
    r" (?:\w+ )?(?:ikke|ik)\b",
)
HARDLY_SPEAKS = rx(
    r" (?:kan|ka) (?:knap|knapt|naesten ikke|naesten ik)(?: nok)? (?:tale|snakke|sige noget|fa vejret)\b| astma\w*"
)
COLD_THROUGH = rx(r" kold som is\b| iskold\w*| helt kold\b| gennemkold\w*| underafkol\w*")
CONFUSED_SPEECH = rx(
    r" usammenhaengende\b| forvirret\b| uklar\b| ryster (?:\w+ )?(?:vildt|voldsomt)"
)
BIG_BLEED = rx(
    r" (?:[3-9]\d\d|\d{4}) ml (?:\w+ )?(?:frisk\w* |rodt |rod\w* )?blod\b",
    r" puls (?:pa |er )?(?:1[2-9]\d|[2-9]\d\d)\b",
)
# poisoning: two times' doses taken at once from the dosette, or all of a wrong one;
# paracetamol round the clock at short intervals; drink on top of calming pills.
# "taget morgen og middag" alone is a day's report; both at once is the error
TWO_TIMES_TAKEN = rx(
    r" taget (?:\w+ )?(?:bade |begge )(?:morgen\w*|middag\w*|aften\w*|nat\w*|frokost\w*) (?:\w+ )?og"
    r" (?:\w+ )?(?:morgen\w*|middag\w*|aften\w*|nat\w*|frokost\w*)\b",
    r" taget (?:\w+ )?(?:morgen\w*|middag\w*|aften\w*|nat\w*|frokost\w*) og (?:\w+ )?(?:morgen\w*|middag\w*"
    r"|aften\w*|nat\w*|frokost\w*) (?:\w+ ){0,2}(?:pa en gang|samtidig)\b",
)
DOSETTE = rx(r" doset\w*| dosisrulle\w*| pilleaeske\w*| pillekasse\w*| pilleboks\w*")
DOSETTE_WRONG = rx(r" fejl\w*| forkert\w*| fyldt med| byttet| dobbelt\w*")
TOOK_ALL = rx(r" taget (?:det hele|alt|dem alle|dem allesammen|dem begge|begge)\b")
ROUND_THE_CLOCK = rx(
    r" (?:panodil|pamol|paracetamol|pinex|panodiler)\w* (?:\w+ ){0,3}hver (?:anden|2|tredje|3|time|anden time)\w*"
    r" (?:\w+ ){0,3}(?:hele (?:dognet|natten|dagen og natten|ugen)|dag og nat|i dognet|i flere dage|i dagevis)",
)
DRANK_BOTTLE = rx(
    r" drukket (?:\w+ ){0,5}flaske\w* (?!(?:\w+ )?(?:vand|saft|maelk|juice|cola|sodavand|kildevand|kaffe|te)\b)",
    r" drukket (?:\w+ ){0,3}(?:mange|masser af|en masse|for meget) (?:\w+ )?(?:snaps|vodka|whisky|sprut|vin|ol)\b",
    r" (?:er|var|blevet) (?:helt |godt |meget )?(?:fuld|beruset|stiv)\b(?! af| til)",
)
CALMING_TAKEN = rx(
    r" taget (?:\w+ ){0,2}(?:nervepiller|sovepiller|beroligende|stesolid|oxazepam|sovemedicin|\w*piller)\w*",
)
# suicide: pills gathered with a thought of taking them; death wishes said; a gun in the
# lap while unwell; following the dead; ending it with no meaning left; starving on
# purpose, or wanting to fall asleep for good; a farewell or things handed over while low.
PILLS_GATHERED = rx(
    r" (?:lagt|samlet|talt|gemt) (?:\w+ ){0,2}alle (?:\w+ )?(?:\w*piller|\w*pillerne|\w*tabletter|\w*tabletterne)"
    r" (?:\w+ ){0,8}(?:taenker|overvejer|vil|skal) (?:\w+ ){0,2}tage dem\b(?! med)",
)
DEATH_WISH = rx(
    r" dodsonske\w*| dodstanke\w*",
    # not where one wishes to die ("vil gerne dø hjemme"): a wish for the last days
    r" (?:onsker at|vil gerne) do\b(?! (?:\w+ ){0,2}(?:hjemme|i (?:mit|eget|sit) hjem|pa hospice))",
)
GUN_HELD = rx(
    r" (?:jagtgevaer\w*|gevaer\w*|riffel|riflen|haglgevaer\w*|pistol\w*|revolver\w*) (?:\w+ ){0,2}(?:i skodet"
    r"|i handen|i haenderne|pa bordet foran mig|ved siden af mig)\b",
)
LOW = rx(
    r" har det (?:\w+ )?(?:ikke godt|skidt|darligt|elendigt|forfaerdeligt)| ked af| orker (?:ikke|ik)| ensom\w*"
    r"| kan (?:ikke|ik) mere| (?:ikke|ik) kan mere| langt nede| meget nede| deprim\w*| meningslos\w*"
    r"| (?:ingen|ikke nogen) (?:\w+ )?mening| se (?:\w+ )?(?:mening|menig)\w*",
)
GUN_WORK = rx(
    r" rens\w*| jagt(?:en|saeson\w*|tur\w*)?\b| skyde (?:\w+ )?(?:aender|duer|radyr|fasan\w*)"
)
FOLLOW_DEAD = rx(
    r" (?:kan (?:\w+ )?(?:lige sa godt|ligesa godt)|vil (?:bare |gerne )?|ma (?:hellere )?|burde) folge efter"
    r" (?:dem|ham|hende)?",
)
DEAD_NAMED = rx(r" dode\b| doet\b| dod\b| borte\b| gaet bort| mistet")
END_IT = rx(
    r" (?:taenker pa|overvejer|vil|har lyst til) (?:at )?(?:slutte|ende|afslutte|gore en ende pa)"
    r" (?:det hele|det|livet|mit liv)\b",
)
ON_PURPOSE_STARVING = rx(r" (?:ikke|ik) spist (?:\w+ ){0,5}med vilje\b")
FASTING = rx(r" faste\w*| blodprove\w*| operation\w*| skanning\w*| slank\w*| kur\b")
SLEEP_AWAY = rx(
    r" (?:vil|ville|onsker|onske) (?:bare |gerne |helst )?(?:at )?sove ind\b(?! (?:\w+ ){0,3}(?:igen|om aften\w*|nar|for|uden|hurtig\w*|bedre|lettere|tidlig\w*|kl|klokken))| sove ind for altid\b"
)
FAREWELL = rx(r" (?:sige|siger|sagt) farvel (?:\w+ ){0,4}(?:inden|for|foer) jeg gor det\b")
HANDED_OVER = rx(
    r" pas godt pa (?:\w+ ){0,2}for mig\b(?! (?:\w+ ){0,4}(?:mens|ferie|rejse|hospital\w*|indlagt))",
)
# urgent: a catheter bag empty for hours, a feeding tube or catheter pulled out.
BAG_EMPTY = rx(
    r" (?:pose\w*|urinpose\w*|kateter\w*|kad) (?:\w+ ){0,3}(?:tom|ikke kommet noget|ingenting) (?:\w+ ){0,2}siden\b"
)
TUBE_OUT = rx(
    r" (?:trukket|hevet|revet|rykket) (?:\w+ ){0,2}(?:peg|sonde|kateter|kad|drain|venflon)\w*(?: sonde\w*)? ud\b",
    r" (?:peg|sonde\w*|kateter\w*|kad|drain\w*) (?:\w+ ){0,3}(?:faldet|kommet|gaet) ud\b",
)
# an abscess grown large, throbbing or hot
ABSCESS = rx(
    r" byld\w* (?:\w+ ){0,8}(?:stor som|storre|vokset|blevet stor|banker|dunker|rod og varm|feber)\b",
)
PLANNED = rx(r" planlagt\w*| som aftalt| skulle (?:\w+ )?(?:ud|fjernes)| fjernet af")

# -- set AF's classes (2026-12-06): second-language speakers and their relatives ---------
# suicide: only a burden, said of oneself; the wish said in English beside Danish (folded:
# "doesn't" is "dosn t"); not
# able to live on, in a clause's word order ("skrev, at hun ikke orker at leve mere").
ONLY_BURDEN = rx(
    r" (?:jeg|a) er (?:\w+ )?(?:kun|bare|blot|ikke andet end|intet andet end) (?:\w+ )?(?:en )?byrde\b",
)
# ... with loneliness, sadness or a wish not to be here beside it
BURDEN_WITH = rx(
    r" ensom\w*| alene\b| (?:ikke|ik) (?:\w+ )?(?:var|er) (?:her|til)\b| trist\w*| ked af det| graed\w*| ha?ablos\w*",
)
WISH_IN_ENGLISH = rx(
    r" (?:don ?t|do not|doe?s ?n ?t|doe?s not) want to (?:live|be here|wake up|go on)\b",
    r" (?:want|wants|wanna) to die\b| kill (?:myself|herself|himself)\b| end (?:my|her|his) (?:own )?life\b",
    r" (?:nothing|no reason) to live for\b| better off dead\b| take (?:my|her|his) own life\b",
)
NOT_TO_LIVE = rx(
    rf" {NEG} (?:orker|gider|magter|vil|ville|kan|onsker|har lyst til|har kraefter til) (?:at )?leve\b"
    r"(?! (?:uden|af|for|med|sadan|pa|i|som|her|alene|sammen|op|hjemme|der|sundt|sundere)\b)",
)
# relayed: what the person wrote or said, told by a relative
RELAYED = rx(r" (?:skrev|skrevet|sagde|sagt|smsede|sms ede|ringede) (?:\w+ ){0,4}(?:at|om at)\b")
# the phone not taken since, in either word order ("nu tager hun ikke telefonen")
PHONE_UNTAKEN = rx(
    rf" (?:tager|svarer) (?:hun |han |mor |far |de |min \w+ )?{NEG} (?:\w+ )?(?:telefon\w*|mobil\w*"
    r"|pa (?:\w+ )?(?:telefon\w*|mobil\w*|sms\w*|beskeder))\b",
)
# urgent: hot in the head (fever in everyday words) and will not eat or drink, or drowsy;
# fever said in English
HOT_HEAD = rx(
    r" (?:varm|hed|gloende|brandvarm) (?:\w+ )?(?:i|pa|om) (?:hovedet|panden|kroppen|hele kroppen)\b",
)
OFF_FOOD = rx(
    r" (?:vil|kan|gider) (?:\w+ )?(?:ikke|ik) (?:\w+ )?(?:spise|drikke)\b| (?:spiser|drikker) (?:\w+ )?(?:ikke|ik|intet|ingenting)\b",
    r" (?:slov|sloj|sover hele tiden|forvirret|ryster|sveder|uklar)\w*",
)
FEVER_IN_ENGLISH = rx(
    r" (?:has|have|got|with|running) (?:a )?(?:high |bad )?fever\b| feverish\b| high temperature\b"
)

# -- set AG (2026-12-06) ----------------------------------------------------------------
# acute: the heart racing or uneven and the sight going black; stuck on the toilet or a
# chair with legs that will not carry or for hours.
HEART_UNEVEN = rx(
    r" hjerte\w* (?:\w+ ){0,3}(?:slar|hamrer|banker|galopperer) (?:\w+ ){0,3}(?:ujaevnt|uregelmaessigt|vildt|skaevt)\b",
)
GOING_BLACK = rx(
    r" (?:det |alt )?sortner\b| (?:bliver|blir) sort for (?:\w+ )?ojne\w*",
)
LEGS_FAIL = rx(
    r" (?:benene|ben|mine ben|hans ben|hendes ben) (?:\w+ )?(?:baerer|bar) (?:mig |ham |hende )?(?:ikke|ik|itte)\b"
    r"(?! (?:\w+ )?(?:mere|laengere|som|sa godt|saa godt))",
)
STUCK_HOURS = rx(
    r" (?:siddet|ligget|sidder|ligger) (?:\w+ ){0,3}(?:i|i over) (?:\d+|to|tre|fire|fem|seks|flere|mange) (?:timer|time)\b"
    r"| (?:siddet|ligget|sidder|ligger) (?:\w+ ){0,3}i timevis\b",
)
SLOW_HABIT = rx(
    r" om morgenen | mere | laengere | uden hjaelp | hvilke\w* | hvad kan | plejer ",
    r" op ad | trappe\w* | elevator\w* | op pa | op til ",  # a climb, not a fall or a seat
)
# the sight going black when one stands up, or every time: a habit told, not now
BLACK_HABIT = rx(
    r" (?:nar|naar) (?:jeg|han|hun|man) rejser| hver gang | tit | nogle gange | plejer | ofte "
)
# poisoning: an empty pack found and all of it said taken.
EMPTY_PACK = rx(
    r" tom\w* (?:\w+ )?(?:aeske|pakke|glas|pilleglas|blister\w*|dosispose\w*|boks|doseringsaeske|dosisrulle)\b",
)
TOOK_THEM_ALL = rx(
    r" (?:tog|taget|slugte|slugt|spiste|spist) (?:dem|den|det) (?:\w+ )?(?:alle|allesammen|alle sammen|allihop)\b",
    r" (?:tog|taget|slugte|slugt|spiste|spist) (?:dem )?(?:alle|allesammen|hele (?:pakken|aesken|glasset|bunken))\b",
)
SWEETS = rx(
    r" (?:chokolade\w*|slik\w*|konfekt\w*|\w*kage\w*|smakage\w*|bolsje\w*|lakrids\w*|kiks|flode ?bolle\w*|is|pastiller)\b"
)
# suicide: a goodbye said strangely, or as if for the last time, beside things given
# away or a home sold without a word.
ODD_FAREWELL = rx(
    r" (?:siger|sagde|sagt|sige|sir) farvel (?:\w+ ){0,4}(?:(?:sa |saa |helt )?(?:maerkelig\w*|underlig\w*)"
    r"|som om (?:\w+ ){0,3}sidste gang)\b",
)
MOVING = rx(
    r" (?:flytte\w*|flyttede|plejehjem\w*|plejebolig\w*|aeldrebolig\w*|ferie\w*|rejse\w*|udlandet|udvandre\w*"
    r"|oprydning\w*|rydde\w*|ryddet)\b"
)
SOLD_UNSAID = rx(
    r" (?:sat|saetter|satte) (?:\w+ ){0,2}(?:hus\w*|lejlighed\w*|sommerhus\w*|bil\w*) til salg (?:\w+ ){0,2}"
    r"uden at (?:sige|fortaelle|naevne)\b",
)

# -- set AH (2026-12-06): West and North Jutland, a second language, split old speech ------
# acute: a fall told in the present tense (a second language: "jeg falder i køkken") and
# cannot get up; blood everywhere said "alle steder" or "over alt".
FALLS_NOW = rx(
    r" (?:jeg|a|han|hun|mor|far|min \w+|hans \w+|hendes \w+) falder (?:ned |om )?(?:i|pa|paa|ned ad|af|fra) ",
)
FALL_HABIT = rx(
    r" tit | ofte | nogle gange | hver gang | plejer | altid | igen og igen | tidligere "
)
BLOOD_ALL_OVER = rx(r" blod (?:\w+ ){0,2}(?:alle steder|over alt|alle vejne|ud over det hele)\b")
# poisoning: someone else's medicine taken in Jutlandic ("æ mands medicin"); a child who
# ate or swallowed pills; an empty pill pack beside someone drowsy or hard to wake.
OTHERS_SPOKEN = rx(
    r" ae (?:mands|kones|konens|mandens|naboens|kuens) (?:\w+ )?(?:medicin\w*|piller\w*|\w*piller|tabletter)",
)
CHILD_ATE = rx(r" (?:spiste|slugte|slugt|tyggede|knaste|puttede) ")
EMPTY_PILLS = rx(
    r" tom\w* (?:\w+ )?(?:\w*pilleaeske\w*|pilleglas\w*|medicinglas\w*|\w*pillebox\w*|pilleboks\w*|\w*blister\w*"
    r"|doseringsaeske\w*|medicinaeske\w*|pakke piller|aeske piller|glas piller)\b",
)
DROWSY = rx(
    r" (?:slov|sloj|omtaget|uklar|dosig|ukontaktbar)\b| (?:svaer|svart|umulig) at vaekke\b",
    rf" {CANNOT} (?:\w+ )?(?:vaekke|vaekkes)\b| sover (?:helt )?tungt\b",
)
# suicide: things given to someone "for I shall not use (them) any more", in a second
# language's word order; a burden said of oneself, relayed, and it will soon be over.
GIVEN_TO = rx(r" (?:givet|gav|giver|foraeret|forarer) (?:\w+ ){1,8}til ")
NOT_TO_USE_MORE = rx(
    rf" (?:fordi|for|da) (?:jeg|a|han|hun) (?:skal |behover |vil )?{NEG} (?:skal |behover )?(?:bruge|have brug for)"
    r" (?:dem |det |den |noget |nogen af delene )?(?:mere|laengere)\b",
)
BURDEN_SAID = rx(
    r" (?:siger|sagde|sir|mener|synes|foler) (?:\w+ ){0,3}(?:han|hun|jeg|a) (?:\w+ )?(?:kun|bare|blot) (?:\w+ )?er (?:\w+ )?(?:en )?byrde\b",
    r" (?:siger|sagde|sir|mener|synes|foler) (?:\w+ ){0,3}(?:han|hun|jeg|a) er (?:\w+ )?(?:kun|bare|blot|ikke andet end) (?:\w+ )?(?:en )?byrde\b",
)
SOON_OVER = rx(
    r" (?:det|det hele) (?:\w+ )?(?:snart|naeste|nok snart) (?:\w+ )?(?:er|bliver) (?:slut|forbi|ovre)\b"
)
# urgent: a small cut that goes on oozing or bleeding.
CUT = rx(r" (?:\w*sar\w*|\w*snit\w*|rift\w*|hak|flaenge\w*|skramme\w*)\b")
KEEPS_OOZING = rx(
    r" (?:bliver|blir) ved (?:med )?at (?:sive|blode|bloe)\b",
    rf" (?:vil|kan) {NEG} (?:holde op|stoppe|stop) (?:med )?at (?:sive|blode|bloe)\b",
    r" (?:holder|stopper) (?:\w+ )?(?:ikke|ik) (?:op )?med at (?:sive|blode|bloe)\b",
)

# -- set AI (2026-12-06): Bornholm, a second language, relatives, home-care staff ---------
# acute: a chest said to be crushed ("det knuser i brystet"); someone shaken who does not
# wake or react; a hand, arm or leg that will not work beside a sight that swims or a
# sudden start (a stroke told in everyday words); found on the floor and cannot get up
# ("kan ikke rejse", a second language's word without "sig").
CHEST_CRUSHED = rx(
    r" bryst\w* (?:\w+ ){0,3}(?:knuser|knuses|knust|mases|moses|klemmes sammen)\b",
    r" (?:knuser|knuses|mases) (?:\w+ ){0,3}(?:i|om|pa|over) (?:\w+ )?bryst\w*",
)
SHAKEN = rx(
    r" (?:rystet|ryster|rystede|ruske|rusker|rusket|ruskede) (?:i )?(?:hende|ham|far|mor|min \w+|hans \w+"
    r"|hendes \w+|beboer\w*|borger\w*)\b",
)
SHAKEN_NOTHING = rx(
    r" (?:intet|ingenting|ikke noget|ingen reaktion|ingen respons|ingen kontakt|ingen livstegn)\b",
    rf" {NEG} (?:\w+ )?(?:vagne|vaagne|vagner|vaagner|vagnede|vaagnede|reagere|reagerer|reagerede|svarer|svarede)\b",
    rf" (?:vagner|vaagner|vagnede|reagerer|reagerede|svarer|svarede) (?:\w+ )?{NEG}",
)
LIMB_NOT_WORKING = rx(
    r" (?:hand|haand|handen|haanden|arm|armen|ben|benet|fod|foden|fingrene|fingre)"
    rf" (?:\w+ )?(?:virker|lystrer|adlyder|vil) (?:\w+ )?{NEG}\b",
    rf" {CANNOT} (?:\w+ )?(?:styre|maerke|fole|bruge) (?:min |mit |hans |hendes |sin )?(?:hand|haand|arm|ben|fod)\w*\b",
)
SIGHT_SWIMS = rx(
    r" (?:sejler|flimrer|svommer|danser|korer rundt) (?:\w+ )?for (?:\w+ )?ojne\w*",
    r" ser (?:\w+ )?dobbelt\b| (?:sloret|taget|taaget|uskarpt?) syn\b| synet (?:\w+ )?(?:er vaek|forsvandt|blev sloret)\b",
)
CANNOT_RISE = rx(rf" {CANNOT} (?:\w+ )?(?:rejse|rejse sig|komme op|sta op|staa op)\b")
# poisoning: a strong pain patch (morphine, fentanyl) put on twice or more, or beside one
# now drowsy ("to morfin plastre på og nu så søvnig")
OPIOID_PATCH = rx(
    r" (?:morfin|mor fin|fentanyl|fenta nyl|opioid|buprenorfin|norspan|durogesic|smerte) ?"
    r"plast(?:er|re|ret|rene|erne|eret)\b",
)
PATCH_COUNTED = rx(
    r" (?:to|tre|fire|fem|flere|\d+|ekstra|et ekstra|en ekstra|dobbelt) (?:\w+ ){0,3}(?:\w*plast(?:er|re)\w*)\b",
)
DROWSY_NOW = rx(
    r" (?:er|blevet|blev|bliver|blir|sa|saa|meget|helt) (?:\w+ )?(?:sovnig|sovning|sloj|slov|omtaget|uklar|dosig)\b",
    rf" (?:svaer|svart|umulig) at vaekke\b| {CANNOT} (?:\w+ )?holde ojnene",
)
# suicide: life worth nothing ("livet er ikke noget værd mere"); no reason for one to live
# on; wishing oneself dead ("a ønsker a var død")
LIFE_WORTHLESS = rx(
    rf" livet er (?:\w+ )?(?:{NEG} (?:noget|nogen|en skid|en dyt|meget|en klap)|intet|ingenting) vaerd\b(?! uden)",
)
NO_REASON_TO_LIVE_ON = rx(
    r" (?:ingen|ikke nogen|ik nogen) (?:\w+ )?grund til at (?:jeg|a|han|hun) (?:\w+ )?(?:lever|lev|leve) "
    r"(?:videre|mere|laengere)\b",
    r" (?:ingen|ikke nogen|ik nogen) (?:\w+ )?grund til at leve videre\b",
)
WISH_SELF_DEAD = rx(
    rf" onsker (?!{NEG})(?:\w+ ){{0,2}}?(?:at )?(?:jeg|a) (?:\w+ )?(?:var|vaere|vaer|er) dod\b",
)
_WHO = (
    r"(?:jeg|a|han|hun|mor|far|(?:min|hans|hendes) (?:mand|kone|mor|far|mormor|morfar|farmor|farfar|datter|son"
    r"|bror|soster|sambo|kaereste|nabo|ven|veninde))"
)
# urgent: hot and freezing at once, at night or "på samme tid" (chills and fever)
HOT_AND_FREEZING = rx(
    rf" {_WHO} (?:er|har det) (?:\w+ )?(?:varm|varmt|hed|glohed|brandvarm) (?:og|men) (?:\w+ )?"
    r"(?:fryser|ryster|klaprer|kold|koldt)\b",
    rf" {_WHO} (?:fryser|ryster) (?:\w+ )?(?:og|men) (?:\w+ )?(?:er |har det )?(?:sa |saa |helt |meget )?"
    r"(?:varm|varmt|hed|glohed|brandvarm|sveder)\b",
)
AT_ONCE_OR_NIGHT = rx(
    r" pa samme tid | samtidig | pa en gang | skiftevis | om natten | i nat | nat | feber\w* | tander\w* klaprer "
)

# -- set AJ (2026-12-07): Vendsyssel and Funen, a grandchild, aphasia, night shift, understatement
# acute, said in broken words (aphasia, no breath for a whole sentence), the words often
# said twice ("kan ikk luft luft", "bryst bryst ondt ondt"): no air, the chest hurting, an
# arm or the words "væk" beside a "kan ikke", lying on the floor and cannot rise.
TELEGRAPHIC_NO_AIR = rx(
    rf" {CANNOT} (?:luft|luften|vejret|vejr|ande|aande)\b(?! (?:ud|ind) (?:af|i) )"
)
TELEGRAPHIC_CHEST = rx(r" bryst\w* ondt\b| ondt bryst\w*\b")
TELEGRAPHIC_GONE = rx(
    r" (?:arm|armen|ben|benet|hand|handen|haand|haanden|ord|ordene|tale|talen|sprog\w*|ansigt\w*) vaek\b"
)
CANNOT_SAID = rx(rf" {CANNOT}(?: |$)")
FORGETTING = rx(r" husk\w* | glem\w* | navn\w* | demen\w* ")
LYING_FLOOR = rx(r" ligger (?:pa |paa )?(?:\w*gulv\w*|jorden|fliserne|badevaerelse\w*)\b")
# poisoning: too many said after the pills, in broken words ("piller piller for mange
# taget"); a whole strip, blister card or pack "of the white ones" taken
TOO_MANY_TAKEN = rx(
    r" (?:for mange|alt for mange|for meget|alt for meget) (?:\w+ ){0,2}(?:taget|tog|slugt|slugte|indtaget|spist|spiste)\b"
)
WHOLE_PACK_TAKEN = rx(
    r" (?:taget|tog|tager|slugt|slugte|nappet|nappede|spist|spiste) (?:\w+ ){0,2}hele (?:\w+ )?(?:\w*strip\w*|\w*blister\w*"
    r"|\w*pillekort\w*|\w*tabletkort\w*|dosisrulle\w*|\w*pilleglas\w*|\w*pilleaeske\w*|\w*pilleboette\w*)\b",
    r" (?:taget|tog|tager|slugt|slugte|nappet|nappede) (?:\w+ ){0,2}hele (?:\w+ )?(?:kort\w*|pakke\w*|aeske\w*|glas\w*"
    r"|boette\w*|botte\w*|dase\w*|daase\w*|rulle\w*|bakke\w*) (?:af|med) (?:\w+ )?(?:de|dem|mine|sine|hans|hendes)"
    r" (?:\w+ )?(?:hvide|rode|gule|bla|blaa|lyserode|orange|gronne|sma|smaa|store|runde|ovale|staerke|\w*piller\w*"
    r"|\w*tablet\w*)\b",
    rf" (?:taget|tog|slugt|slugte) (?:\w+ ){{0,2}}hele (?:\w+ )?(?:kort|pakke|aeske|glas|boette|botte|dase|rulle)\w*"
    rf" (?:af |med )?(?:\w+ )?{PILLS}\b",
)
# urgent: a wound red, warm or swollen and a fever beside it, even said to be nothing
# ("det er sikkert ingenting, men mit sår er rødt og varmt, og jeg har feber")
WOUND_RED_HOT = rx(
    r" (?:\w*sar|\w*saret|\w*sarene|snit\w*|arret|\w*stikstedet|\w*bidet) (?:\w+ ){0,6}(?:rod|rodt|varm|varmt|hoven\w*"
    r"|haevet|ophovnet|betaendt\w*)\b",
    r" (?:rod|rodt|varm|varmt|hoven\w*|haevet|ophovnet|betaendt\w*) (?:\w+ ){0,3}(?:omkring|rundt om|ved|i) (?:\w+ )?"
    r"(?:\w*sar|\w*saret|arret|snittet)\b",
)
FEVER_BESIDE = rx(r" feber\w*| febril\w*| kulderystelse\w*| (?:38|39|40) (?:\d )?grader\b")
# suicide: goodbye said to the children or the family, and it is "enough now"
FAREWELL_TO_FAMILY = rx(
    r" (?:sagt|sagde|siger|sige) (?:\w+ )?farvel (?:\w+ ){0,2}(?:til|med) (?:\w+ ){0,2}(?:born\w*|\w*born|familie\w*"
    r"|alle|datter\w*|dotre\w*|son|sonner\w*|ungerne|mine \w+)\b"
)
ENOUGH_NOW = rx(
    r" (?:er det|det er|ved at vaere|vaere) (?:\w+ ){0,3}?nok(?= ?$| nu\b| for mig\b| (?:med|af) (?:det hele|livet|mig)\b)",
    r" min tid er (?:kommet|inde)\b| tid (?:for mig )?at (?:ga|gaa|slutte)\b| klar til at (?:ga|gaa|do)\b",
)

# -- set AK (2026-12-08): Lolland-Falster and Zealand, a Turkish-born woman and her son, a
# man with dementia whose emergency is buried mid-sentence, a neighbour, Teams notes -------
# acute: an arm, hand or leg that "will not" or hangs heavy beside a mouth, face or speech
# gone strange, buried among other words ("… og min arm den vil ikke og munden er mærkelig …")
LIMB_WONT = rx(
    r" (?:arm|armen|hand|handen|haand|haanden|ben|benet|fod|foden|fingrene|fingre)"
    rf" (?:\w+ ){{0,2}}(?:vil|virker|lystrer|adlyder|kan|ka|gider) (?:\w+ )?{NEG}\b",
    r" (?:arm|armen|hand|handen|haand|haanden|ben|benet) (?:\w+ ){0,2}(?:er|blevet|bliver|blir|foles|fols)"
    r" (?:helt |ligesom |sa |saa |pludselig )?(?:tung|slap|dod|lam|lammet|folelseslos|som en klods|vaek|kraftlos)\b",
)
MOUTH_ODD = rx(
    r" (?:mund|munden|mundvig\w*|ansigt|ansigtet|laebe\w*|tunge|tungen|tale|talen|stemme\w*|kaeft\w*|fjaes\w*)"
    r" (?:\w+ ){0,2}(?:er|blevet|bliver|blir|foles|fols|virker|ser) (?:\w+ ){0,2}(?:maerkelig\w*|underlig\w*|sjov|sjovt"
    r"|forkert|anderledes|skaev\w*|slap|sloret|tyk|dod|lam|lammet|folelseslos|helt vaek)\b",
    r" (?:mund|munden|mundvig\w*|ansigt\w*|laebe\w*) (?:\w+ ){0,2}(?:haenger|falder ned|er faldet ned)\b",
    r" (?:snakker|taler|siger|lyder|snakke|tale) (?:\w+ ){0,2}(?:maerkelig\w*|underlig\w*|sloret|utydelig\w*|grodet)\b",
)
# heavy bleeding that goes on despite pressure, in a clinical note too ("kraftig blødning
# …, fortsætter trods tryk")
BLEEDING_DESPITE = rx(
    r" (?:\w*blodning\w*|bloder|blodet|blod) (?:\w+ ){0,10}(?:trods|pa trods af|selv om|selvom|selv med|uanset)"
    r" (?:\w+ ){0,3}(?:tryk\w*|trykke\w*|forbinding\w*|kompres\w*|klud\w*|handklaede\w*|haandklaede\w*)\b",
    r" (?:trykket|trykker|holdt tryk|holder tryk|lagt tryk|trykforbinding\w*|kompres\w*) (?:\w+ ){0,8}(?:men|og)"
    r" (?:\w+ ){0,2}(?:bloder|blodningen|blodet) (?:\w+ ){0,3}(?:stadig|fortsat|fortsaetter|bliver ved|blir ved"
    r"|gennem|igennem|lige meget)\b",
    r" (?:kraftig\w*|voldsom\w*|massiv\w*|stor\w*) (?:\w+ )?(?:blodning\w*|bloder) (?:\w+ ){0,10}(?:fortsaetter|fortsat"
    r"|bliver ved|blir ved|vil ikke stoppe|stopper ikke|kan ikke stoppes)\b",
)
# someone who does not answer, in a second language's word order ("min mand ikke svare"),
# lying with the eyes closed
NOT_ANSWER_SAID = rx(
    r" (?:han|hun|min \w+|hans \w+|hendes \w+|mor|far|mormor|morfar|farmor|farfar|naboen|manden|konen)"
    rf" {NEG} (?:svare|svar|reagere|reager|vagne|vaagne|vagner|tale|snakke)\b",
)
EYES_SHUT_LYING = rx(
    r" ojne\w* (?:\w+ )?(?:lukket|lukkede|i|lukke)\b| (?:ligge|ligger) (?:\w+ ){0,2}(?:pa|i) (?:\w*sofa\w*|\w*seng\w*"
    r"|\w*gulv\w*|\w*stol\w*)\b",
)
# a limb that stands crooked or wrong after a fall or with screaming (a fracture)
LIMB_CROOKED = rx(
    r" (?:ben|benet|benene|arm|armen|fod|foden|hofte\w*|skulder\w*|hand|handen|haand|haanden|knae\w*|handled\w*)"
    r" (?:\w+ ){0,2}(?:star|staar|vender|sidder|ligger|peger|er) (?:\w+ ){0,2}(?:skaevt|skaev|forkert|unaturlig\w*"
    r"|den forkerte vej|udad|bagud|i en maerkelig vinkel)\b",
)
FALL_OR_SCREAM = rx(
    r" fald\w*| styrt\w*| vaelt\w*| gled\w*| snuble\w*| skriger| hyler| jamrer| stonner| ondt| smert\w*"
)
# poisoning: all the pills of a box taken (not a day's compartment)
_BOX = (
    r"(?:\w*aesken|\w*aeske|\w*glasset|\w*pakken|\w*boksen|\w*bakken|\w*beholderen|\w*dosetten"
    r"|\w*botten|\w*boetten|\w*rullen|\w*posen|\w*poserne)"
)
_NOT_A_DAY = (
    r"(?! (?:for|til|i) (?:i dag|i aften|i morges|i morgen|i nat|mandag\w*|tirsdag\w*|onsdag\w*|torsdag\w*"
    r"|fredag\w*|lordag\w*|sondag\w*|morgen\w*|middag\w*|frokost\w*|aften\w*|nat\w*|dagen)\b)"
)
ALL_FROM_BOX = rx(
    rf" (?:taget|tog|slugt|slugte|spist|spiste|indtaget|nappet|nappede) (?:\w+ ){{0,2}}(?:{PILLS}|dem)"
    rf" (?:fra|i|af|ud af|ud fra) (?:\w+ )?{_BOX}(?: \w+){{0,3}}? (?:allesammen|alle sammen|alle(?! sammen)|hver eneste"
    rf"|det hele)\b{_NOT_A_DAY}",
    rf" (?:taget|tog|slugt|slugte|spist|spiste|indtaget) (?:\w+ )?(?:alle|allesammen|alle sammen|samtlige"
    rf"|hver eneste) (?:\w+ )?(?:{PILLS}|dem|de \w+) (?:fra|i|af|ud af) (?:\w+ )?{_BOX}\b{_NOT_A_DAY}",
    rf" (?:taget|tog|slugt|slugte|spist|spiste) (?:\w+ )?(?:{PILLS}|dem) (?:allesammen|alle sammen|alle(?! sammen))"
    rf" (?:fra|i|af|ud af) (?:\w+ )?{_BOX}\b{_NOT_A_DAY}",
)
# someone else's pills got in place of one's own ("har fået mine piller i stedet for sine egne")
OTHERS_INSTEAD = rx(
    r" (?:faet|fik|taget|tog|givet|gav|slugt|slugte|spist|spiste) (?:\w+ ){0,2}(?:mine|min|hans|hendes|sine|sin"
    rf"|naboens|\w+s) (?:\w+ )?{PILLS} (?:\w+ ){{0,2}}i ?stedet for (?:sine|sin|sit|mine|min|mit|hans|hendes"
    r"|de|den|det|hendes|sine) ?(?:egne|egen|eget|\w+)?\b",
)
# someone else's pills taken believing them one's own ("jeg tog dem, jeg troede de var mine")
THOUGHT_OWN = rx(
    r" (?:troede|trode|troet|tro|regnede med|mente|taenkte) (?:at )?(?:de|det|den|dem|pillerne|medicinen"
    r"|tabletterne|aesken|glasset) (?:\w+ )?(?:var|er|vaer) (?:mine|min|mit|hans|hendes|sine|sin|vores|til mig)\b",
)
TOOK_THEM_SAID = rx(
    r" (?:tog|taget|slugte|slugt|spiste|spist|fik|faet|nappede|nappet|drak|drukket) ",
)
# sleeping pills eaten believed to be something else ("spist de små blå … nej det var
# vist sovepiller")
WAS_PILLS_AFTER_ALL = rx(
    r" (?:det|de|den) var (?:vist|nok|maske|maaske|sikkert|faktisk|i virkeligheden|jo|da|vist nok)"
    rf" (?:\w+ )?{PILLS}\b",
    rf" (?:troede|trode|troet|tro) (?:at )?(?:det|de|den) var (?:\w+ ){{1,3}}(?:men|mens) (?:det|de|den) var (?:\w+ ){{0,2}}{PILLS}\b",
)
ATE_SAID = rx(
    r" (?:spist|spiste|slugt|slugte|tygget|tyggede|taget|tog|drukket|drak|puttet|puttede|smagt|smagte) "
)
# pills mixed with (a lot of) alcohol, and strange now
PILLS_WITH_DRINK = rx(
    rf" (?:blandet|blandede|blande|blander|taget|tog|slugt|slugte|skyllet|skyllede) (?:\w+ ){{0,3}}{PILLS}"
    r" (?:\w+ ){0,2}(?:med|og|sammen med|i|ned med|oven i|oveni) (?:\w+ ){0,3}(?:vodka|sprut|sprit|alkohol|snaps"
    r"|whisky|whiskey|rodvin|hvidvin|vin|ol|cognac|gin|rom|brandy|likor|portvin|akvavit|bajer\w*)\b",
    r" (?:vodka|sprut|sprit|alkohol|snaps|whisky|rodvin|vin|cognac|gin|rom) (?:\w+ ){0,3}(?:blandet|sammen) med"
    rf" (?:\w+ ){{0,2}}{PILLS}\b",
)
ODD_OR_MUCH = rx(
    r" (?:er|virker|blevet|bliver|blir|helt) (?:\w+ ){0,2}(?:underlig|maerkelig|sloj|slov|uklar|fjern|omtaget|forvirret"
    r"|sovnig|dosig|helt vaek|fraevaerende|ukontaktbar|svaer at vaekke|bevidstlos|sjov|underligt|maerkeligt)\b",
    r" snovler| vakler| kan (?:ikke|ik) (?:sta|staa|ga|gaa|vaekkes|vagne)\b| en masse | meget | en hel | hele | flaske\w* ",
)
# suicide: better I died (a second language: "bedre jeg dø"); only a problem for one's
# child; the thought of ending one's life ("jeg tænke hele tiden at slutte mit liv"); a
# letter found in which she says goodbye to all
BETTER_I_DIE = rx(
    r" bedre (?:at |hvis |om |for alle hvis |for alle at )?(?:jeg|a) (?:bare |bare var |)?(?:do|dor|dode|doede|var dod"
    r"|er dod|var vaek|ikke var her|ikke er her|ikke var til|forsvinder|forsvandt)\b"
    r"(?! (?:\w+ ){0,2}(?:hjemme|her hjemme|i mit (?:eget )?hjem|end pa|i min egen seng|i fred|pa hospice\w*))",
)
ONLY_A_PROBLEM = rx(
    r" (?:jeg|a) (?:er )?(?:kun|bare|blot|ikke andet end|intet andet end) (?:et |en )?(?:problem|besvaer|byrde|til besvaer"
    r"|til last|til ulejlighed|en klods om benet) (?:for|til)\b",
)
END_MY_LIFE = rx(
    r" (?:slutte|afslutte|ende|stoppe|gore en ende pa|gor en ende pa) (?:\w+ )?(?:mit|sit|hans|hendes) (?:eget )?liv\b"
    r"(?! (?:\w+ ){0,3}(?:hjemme|i mit (?:eget )?hjem|pa plejehjem\w*|i fred|i ro|med vaerdighed|i danmark|i tyrkiet"
    r"|her|blandt|omgivet))",
)
THINKS_OF = rx(
    r" taenk\w* | overvej\w* | vil | ville | lyst | planlaeg\w* | besluttet | tanke\w* | gerne | drommer | onsker "
)
LETTER_FAREWELL = rx(
    r" (?:brev|brevet|breve|seddel|sedlen|besked|beskeden|note|noten|sms\w*) (?:\w+ ){0,6}(?:skriver|skrevet|skrev"
    r"|star|staar|stod|siger|sagde) (?:\w+ ){0,3}farvel (?:til )?(?:alle|os|familien|bornene|jer|mig|dem|hver\w*"
    r"|sine|hans|hendes)\b",
)
# urgent: a fever with shaking or chills; confusion and a fever (a note: "konfus, temp
# 38,5"), or a urinary infection's signs with confusion; a high blood sugar number with
# thirst or tiredness, or the own doctor closed
FEVER_AND_SHAKES = rx(
    r" feber\w* (?:\w+ ){0,2}(?:og|med) (?:\w+ ){0,2}(?:ryster|rystelser|kulderystelser|fryser|klaprer|skaelver"
    r"|sitrer)\b",
    r" (?:ryster|fryser|skaelver) (?:\w+ ){0,2}(?:og|med) (?:\w+ ){0,2}(?:har )?feber\w*",
)
CONFUSED_NOTED = rx(r" (?:konfus\w*|forvirr\w*|delir\w*|desorienter\w*|omtaget|usammenhaeng\w*)\b")
FEVER_NOTED = rx(
    r" (?:temp\w*|t) (?:\w+ )?(?:3[89]|4[01])(?: \d)?\b| (?:3[89]|4[01]) (?:\d )?(?:grader|gr)\b| feber\w*| febril\w*",
)
UTI = rx(r" uvi\w*| urinvejsinf\w*| blaerebetaend\w*| cystit\w*| nyrebaekken\w*")
SUGAR_HIGH_NOTED = rx(
    r" (?:bs|blodsukker\w*|blod sukker\w*|glukose\w*|p glukose) (?:er |pa |paa |var |maalt |malt |pa hele )?"
    r"(?:1[7-9]|[2-4]\d)(?: \d)?\b(?! (?:\w+ )?(?:ar|aar|timer|dage|min|minutter|kr|kroner))",
)
SUGAR_SIGNS = rx(
    r" torst\w*| toerst\w*| tor i munden| traet\w*| slov\w*| tisser (?:\w+ )?(?:meget|hele tiden)| kvalme\w*",
    r" kaster op| acetone\w*| drikker (?:\w+ )?(?:meget|hele tiden)| (?:egen )?laege\w* (?:\w+ )?(?:lukket|lukker)\b",
)
# -- set AL (2026-12-08) ------------------------------------------------------------------
# acute: a headache that is the worst of a life (in English too, in a staff note), or a
# severe headache with a stiff neck, a fever or vomiting beside it (a bleed or meningitis)
WORST_HEADACHE = rx(
    r" (?:hovedpine\w*|headache\w*|ondt i hovedet) (?:\w+ ){0,3}(?:worst|vaerste|vaerre end nogensinde)"
    r" (?:\w+ ){0,2}(?:in|of|i|nogensinde) ?(?:her|his|my|their|hendes|hans|mit|sit|hele)? ?(?:\w+ )?(?:life|liv\w*)?\b",
    r" worst (?:headache )?(?:in|of) (?:her|his|my|their) (?:whole |entire )?life\b",
    r" (?:severe|sudden|thunderclap) headache\b",
)
HEADACHE_ANY = rx(r" \w*hovedpine\w*| ondt i (?:hovedet|hoved)\b| headache\w*")
STIFF_NECK = rx(
    r" (?:nakke\w*|neck) (?:\w+ ){0,2}?(?:er |is |var |bliver |blevet )?(?:helt |meget |sa )?(?:stiv\w*|stiff)\b",
    r" (?:stiv\w*|stiff) (?:i )?(?:nakke\w*|neck)\b",
    rf" {CANNOT} (?:\w+ )?(?:boje|bevaege|dreje|bukke) (?:\w+ )?(?:nakken|hovedet)\b",
)
HEADACHE_GRAVE = rx(
    r" (?:voldsom\w*|frygtelig\w*|eksplosiv\w*|uudholdelig\w*|ulidelig\w*|kraftig\w*|massiv\w*|heftig\w*"
    r"|forfaerdelig\w*|severe|worst|vaerste|pludselig\w*) (?:\w+ )?(?:hovedpine\w*|ondt i hovedet|headache\w*)",
    r" feber\w*| febril\w*| kaster op| kastet op| kastede op| opkast\w*| braekker sig| braekket sig| vomit\w*"
    r"| lysky\w*| (?:kan ikke|kan ik) (?:\w+ )?(?:taale|tale) lys\w*| sloj\w*| sovnig\w*| forvirr\w*| konfus\w*",
)
# acute: someone who does not answer "me" when spoken to, pale or slumped beside it
NOT_ANSWERING_ME = rx(
    rf" (?:svarer|svare|reagerer|reagere) (?:mig|os) (?:\w+ )?{NEG}\b"
    r"(?! (?:\w+ )?(?:pa|i) (?:\w+ )?(?:telefon\w*|mobil\w*|sms\w*|mail\w*|beskede\w*|opkald\w*|sporgsmal\w*|brev\w*))",
)
SPOKEN_TO_OR_PALE = rx(
    r" nar (?:jeg|vi|a) (?:taler|snakker|siger noget|kalder|raber|rusker|prikker) (?:\w+ )?(?:til |pa |i )?(?:ham|hende)\b",
    r" bleg\w*| gra i (?:ansigtet|hovedet|huden)| gra og | gusten\w*| klam\w*| kold og | kolde? svedig\w*"
    r"| haenger | slap\w* | ligger (?:bare |helt )?(?:der|stille)\b| stirrer\w*",
)
# ... not one who sulks, plays or looks at a screen
SULKS_OR_BUSY = rx(
    r" sur\w*| fornaermet\w*| ignorer\w*| teenager\w*| telefon\w*| mobil\w*| skaerm\w*| ipad\w*| spil\w*"
    r"| tv\w*| fjernsyn\w*| avis\w*| horebof\w*| horetelefon\w*| koncentrer\w*| travl\w*",
)
# suicide: how one takes one's life, asked (painless, by someone low); better I were dead,
# relayed of him or her ("han siger det er bedre han var død")
HOW_TO_TAKE_LIFE = rx(
    r" hvordan (?:man|jeg|a|hun|han|de) (?:\w+ )?(?:tager|tage|kan tage) (?:sit|mit|sig|hans|hendes) (?:eget )?liv\b"
    r"(?! (?:\w+ ){0,2}(?:tilbage|op|i egne|alvorligt|med ro|i haanden|i handen|i hand))",
    r" hvordan (?:man|jeg|a|hun|han) (?:\w+ )?(?:kan )?(?:sla|slar|slaa|slaar) (?:sig|mig) (?:selv )?ihjel\b",
    r" hvordan (?:man|jeg|a|hun|han) (?:\w+ )?(?:kan )?(?:begar|begaar|bega|begaa) selvmord\b",
    r" hvordan (?:kan )?(?:begar|begaar|bega|begaa|slar|slaar) (?:man|jeg|a|hun|han) (?:selvmord|sig selv ihjel)\b",
    r" hvordan (?:kan )?(?:tager|tage) (?:man|jeg|a|hun|han) (?:sit|mit) (?:eget )?liv\b"
    r"(?! (?:\w+ ){0,2}(?:tilbage|op|i egne|alvorligt|med ro|i haanden|i handen|i hand))",
    r" (?:do|tage sit liv|tage mit liv|sla sig ihjel|slaa sig ihjel) uden (?:at )?(?:det )?(?:gor|goer) ondt\b",
)
RELAYED_BETTER_DEAD = rx(
    r" (?:siger|sagde|sir|mener|synes|skrev|skriver|gentager) (?:\w+ ){0,4}bedre (?:at |hvis |om )?(?:han|hun)"
    r" (?:bare )?(?:var dod|er dod|dode|doede|do|dor|var vaek|ikke var her|ikke var til)\b"
    r"(?! (?:\w+ ){0,2}(?:hjemme|her hjemme|i (?:sit|hans|hendes) (?:eget )?hjem|end pa|i (?:sin|hans|hendes) egen seng"
    r"|i fred|pa hospice\w*))",
)

# -- set AM's classes (2026-12-08) ------------------------------------------------------
# acute: someone fallen or lying who does not move ("ligger på gulvet og bevæger sig
# ikke", "bevæger han sig ikke"); not one who does not move about much or go out
MOTIONLESS = rx(
    rf" (?:bevaeger|bevaegede) (?:(?:han|hun|ham|hende|far|mor) )?(?:sig|sae) (?:overhovedet |slet |mere |laengere )?{NEG}\b"
    r"(?! (?:\w+ )?(?:meget|nok|ret|sa|ud|udenfor|ude|hjemmefra|ofte|tit|rundt|uden|med|nar|naar|efter|for|fra"
    r"|af|i|pa|til|hen|ind|frem|op|ned|lige|saerlig|specielt|heller)\b)",
)
# poisoning: a child (or a grandchild) eating, swallowing or chewing someone's pills, said
# in a second language's infinitive or in the present ("barnebarn spise mine piller")
CHILD_EATS_PILLS = rx(
    r" (?:spise|spiser|sluge|sluger|tygge|tygger|putte|putter) (?:\w+ ){0,2}(?:mine|min|hans|hendes|farmors|mormors"
    rf"|farfars|morfars|oldemors|oldefars|vores|\w+s|nogle|nogen|flere|mange|de|dem|\d+) (?:\w+ )?{PILLS}\b",
)
OWN_PILLS_SAID = rx(r" (?:sine|sin|sit) ")
# poisoning: pills found and some taken, or counted missing ("har fundet mine sovepiller
# ... der mangler fem stykker"), with someone said to have taken them
PILLS_MISSING = rx(
    r" (?:der )?mangler (?:\w+ ){0,2}(?:nogle|flere|mange|en del|et par|to|tre|fire|fem|seks|syv|otte|ni|ti"
    r"|elleve|tolv|femten|tyve|[2-9]|\d\d) (?:stykker|styk|stk|af dem|af pillerne|af tabletterne"
    rf"|(?:af )?(?:mine |hans |hendes |\w+s )?{PILLS})\b",
    rf" fundet (?:\w+ ){{0,3}}{PILLS} (?:\w+ ){{0,10}}(?:taget|tog|spist|spiste|slugt|slugte) (?:\w+ )?"
    r"(?:flere|nogle|mange|en del|en masse|et par|adskillige) (?:af )?(?:dem|pillerne|tabletterne)\b",
)
PILLS_TAKEN_BY = rx(r" (?:taget|tog|spist|spiste|slugt|slugte|faet|fik|nappet|nappede) ")
# poisoning: a dishwasher or washing tablet in the mouth or chewed ("fundet med
# opvasketabs i munden, har tygget på én")
WASHING_TAB = rx(
    r" (?:\w*opvask\w*|\w*vaske ?tab\w*|\w*tabs|\w*vaskekaps\w*|\w*vaskekapsl\w*|\w*vaskepod\w*|pods"
    r"|maskin ?tab\w*|\w*vaskemiddel\w*) (?:\w+ ){0,4}(?:i munden|tygget|tyggede|tygger|bidt|slikket"
    r"|slugt|slugte|spist|spiste)\b",
    r" (?:tygget|tyggede|tygger|bidt|slikket|sutter|suttet|suttede) (?:pa |i )?(?:\w+ ){0,3}(?:\w*opvask\w*"
    r"|\w*vaske ?tab\w*|\w*tabs|\w*vaskekaps\w*|\w*vaskekapsl\w*|\w*vaskepod\w*|pods|maskin ?tab\w*)\b",
)
# poisoning: a weekly medicine (methotrexate, "Metex") given daily, or any dose daily in
# place of weekly ("fået Metex dagligt i stedet for ugentligt")
WEEKLY_GIVEN_DAILY = rx(
    r" (?:dagligt|daglig|hver dag|hver morgen|hver aften|alle dage) (?:\w+ ){0,2}i ?stedet for"
    r" (?:ugentligt|ugentlig|en gang om ugen|1 gang om ugen|en gang ugentligt|hver uge|om ugen)\b",
    r" (?:methotrexat|metotrexat|metoject|metex|emthexat|trexan)\w* (?:\w+ ){0,4}(?:dagligt|hver dag|alle dage"
    r"|flere dage i traek|hver morgen|hver aften)\b",
)
# a time within the day ("i aftes", "i nat", "i morges"): a medicine error then is still
# for Giftlinjen now, though told as a story
WITHIN_THE_DAY = rx(
    r" i (?:aftes|nat|morges|formiddags|eftermiddags|gar aftes|gar aften)\b| for (?:lidt|en time|et par timer|to timer) siden\b",
)
