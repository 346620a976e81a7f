"""Poisoning: too many pills, the wrong medicine, something poisonous swallowed, carbon
monoxide with its signs."""

from __future__ import annotations

import re

from bot.safety.patterns.words import BREATH, PILLS, rx

SWALLOW = (
    r"(?:taget|tog|spist|spiste|slugt|slugte|indtaget|nappet|knaset|drukket|drak|bidt i|givet|gav"
    r"|drikke|faet"
    r" i sig|fik i sig|smagt pa|smagte pa|tygget|tyggede|sutte\w* pa|slikket pa|slikkede pa)"
)

# "ta den ud igen" (set 42: a plan item taken out, read as a dose taken again): the words
# that make "tage" take something out, off or away, not swallow it
_NOT_OUT = r"(?!ud |af |ned |op |frem |vaek |fra |tilbage |med )"

SIGNS = rx(
    r" over ?dos\w* | \w*forgift\w* | (?:rotte|muse?|myre|snegle|plante|ukrudts?|insekt|svampe)gift\w* | giftig\w* ",
    r" gift ?linje\w* | gift ?linien | slugt (?!dem|den|det|pillen|pillerne|medicinen|tabletten|tabletterne|mine|min|mit)| slikket pa | slikkede pa ",
    rf" (?:faet|taget|tog|fik|givet|spist|spiste) (?:\w+ ){{0,3}}\w+s {PILLS}\b",
    rf" {SWALLOW} (?:\w+ ){{0,2}}(?:[4-9]|\d\d+|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten"
    rf"|tyve) (?:\w+ ){{0,3}}{PILLS}\b| {PILLS} i stedet for (?:en|et|to|1|2) ",
    rf" (?:tog|taget) (?:jeg |han |hun )?(?:dem|dem alle|medicinen|{PILLS}) (?:{_NOT_OUT}\w+ )?igen ",
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
    r" (?:puttet|puttede|haft|stukket|stak|faet|fik) (?:\w+ ){0,6}i munden ",
    r" slurk (?:\w+ ){0,2}(?:af )?\w*(?:olie|middel|rens|syre|sprit|benzin|petroleum|klor|fjerner)\w*",
    # the wrong bottle named later in the sentence ("en slurk af den forkerte flaske ... det
    # var vist afkalkningsmiddel", set V)
    r" slurk (?:\w+ ){0,10}(?:\w*middel\w*|afkalk\w*|\w*rens\w*|klor\w*|\w*fjerner\w*|sprit\w*"
    r"|terpentin\w*|petroleum|lampe ?olie\w*)\b",
    r" \w*plast(?:er|re)\w* (?:\w+ ){0,3}(?:i stedet for|for mange|ekstra)| (?:to|tre|flere) \w*plast(?:er|re)",
    r" (?:drukket|drak|smagt|smagte) (?:\w+ ){0,8}(?:under vasken|i skabet|i skuret|i garagen|kaelder\w*)",
    r" (?:spist|spiste|slugt|tygget|smagt pa) (?:\w+ ){0,3}(?:blade|baer|baerene|planter?|svampe\w*)"
    r"| (?:julestjerne\w*|liljekonval\w*|taks\w*|fingerbol\w*|guldregn\w*|mistelten\w*|kristtorn\w*) ",
    r" (?:spist|spiste|slugt|slugte|drukket|drak|fik|faet) (?:\w+ ){0,2}gift ",
    rf" {SWALLOW} (?:\w+ ){{0,5}}(?:for mange|for meget|alt for|alle (?:\w+ )?{PILLS}"
    rf"|hele (?:\w+ )?(?:glasset|pakken|\w*aesken?|\w*botten|bottlen|posen|kartet|arket|\w*glas)"
    rf"|dobbelt|(?:to|tre) gange(?! (?:om|hver|dagligt|i dognet|i ugen|daglig|nogle|af og til))|ekstra|forkert\w*|en masse|en hel|en handfuld|en hand fuld"
    rf"|flere {PILLS})\b",
    # not tired of them ("så træt af alle de piller", set V), nor kept track of ("hun holdt
    # styr på alle pillerne", set 48: a widower asking for a dispenser got Giftlinjen)
    rf"(?<!traet af)(?<!traette af)(?<!ked af)(?<!styr pa)(?<!styr over)(?<!styr med)(?<!overblik over)"
    rf" (?:alle (?:\w+ )?|en hel (?:masse|del|pakke|aeske"
    rf"|botte) |en handfuld ){PILLS}\b",
    r" dobbelt ?(?:dosis|dose|op|portion|gang)\b",
    # a whole bottle of a medicine (not of juice or water)
    rf" {SWALLOW} (?:\w+ ){{0,3}}(?:hele|halve) (?:\w+ )?flask\w* (?:\w+ ){{0,2}}(?:med )?(?:hostesaft\w*"
    r"|\w*medicin\w*|mikstur\w*|\w*draaber|\w*draber|morfin\w*|metadon\w*|sovemiddel\w*)",
    rf" {PILLS} (?:\w+ ){{0,3}}(?:to|tre) gange(?! (?:om|hver|dagligt|i dognet|i ugen|daglig|nogle|af og til))",
    rf" forkert\w* (?:\w+ ){{0,2}}{PILLS}\b| {PILLS} (?:\w+ ){{0,3}}forkert\w* ",
    rf" {SWALLOW} (?:\w+ ){{0,2}}(?:min mands|min kones|hans|hendes|nabons|andres"
    rf"|en andens|sin mands|sin kones|mors|fars|mormors|morfars|farmors|farfars) {PILLS}\b",
    rf" {SWALLOW} (?:\w+ ){{0,4}}(?:rengoring\w*|klorin|eddike ?syre|opvask\w*|afl[o]?bsrens\w*"
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
    rf" (?:tog|taget|tau|taet|ta) (?:jeg |han |hun |a )?(?:dem|den|medicinen|{PILLS}) (?:{_NOT_OUT}\w+ )?igen ",
    r" (?:kommet|kom) (?:til|te) (?:at|a) ta ",
    rf" {SWALLOW} (?:\w+ ){{0,2}}(?:min mands|min kones|hans|hendes|nabons|andres|en andens"
    rf"|sin mands|sin kones|mors|fars) (?:\w+ )?{PILLS}\b",
    r" ekstra (?:\w+ )?\w*plast(?:er|re)\w*",
    r" (?:spist|spiste|tygget|slugt) (?:\w+ ){0,5}(?:hyacint\w*|julerose\w*|paskelilje\w*|oleander\w*"
    r"|baer|baerene|svampe\w*)\b",
    r" (?:drukket|drak|slugt|faet) (?:\w+ ){0,7}(?:terpentin\w*|\w*sprit|lampe ?olie\w*|petroleum|klor\w*"
    r"|\w*rens\b|\w*rensemiddel|salmiak\w*|eddikesyre|frostvaeske)",
    rf" {PILLS} (?:\w+ ){{0,2}}bade (?:om )?(?:morgenen|aftenen|middag\w*) og ",
    rf" {SWALLOW} (?:\w+ )?(?:mine|min|mit|hans|hendes|andres) (?:\w+ )?{PILLS} i stedet for ",
    r" (?:taget|tog|spist|spiste|slugt) (?:\w+ )?(?:[4-9]|\d\d+|fire|fem|seks|syv|otte|ni|ti) (?:\w+ ){0,5}pa (?:en|et) gang ",
    r" (?:\w*barn\w*|baby\w*|dreng\w*|pige\w*|\w*datter\w*|son|sonnen|\w+son|lille \w+)"
    r" (?:\w+ ){0,9}(?:spist|slugt|drukket) (?:nogle|noget|en|et|flere) (?:af|fra) ",
    # set AO: another's medicine given or taken "ved fejl", "fejlagtigt", "ved en
    # forveksling", also with the owner's "'s" split off ("fået bgr 16's medicin")
    r" (?:faet|taget|tog|drukket|drak|spist|spiste|fik|givet|gav|slugt|slugte) (?:\w+ ){0,6}"
    r"(?:ved fejl|fejlagtigt|ved (?:en )?forveksling|ved et uheld|ved en misforstaelse) ",
    rf" (?:faet|taget|tog|fik|givet|gav|spist|spiste|slugt|slugte) (?:\w+ ){{0,3}}\w+ s (?:\w+ )?{PILLS}\b",
    r" (?:ved (?:en )?fejl|fejlagtigt|ved (?:en )?forveksling) (?:\w+ )?(?:givet|udleveret|doseret|faet|taget)\b",
    # a whole week's dosette or dose roll taken (set AO), not taken along somewhere
    rf" {SWALLOW} (?:\w+ ){{0,2}}(?:hele|en hel|alle) (?:\w+ )?(?:ugens|uges|ugers|maanedens|manedens|maneds"
    r"|maaneds|dagenes) (?:\w+ )?(?:dosett\w*|dosis ?rulle\w*|doserings ?rulle\w*|\w*aeske\w*|dosis ?pose\w*"
    r"|doser|dosis|piller|pillerne|medicin\w*|rulle\w*)\b(?! (?:\w+ ){0,3}med (?:pa|paa|til|hjem)\b)",
)

# Carbon monoxide: a source or the alarm, and the signs (or the alarm sounding). It is
# acute as a gas too; Giftlinjen's number is added to 1-1-2.
CO_SOURCE = rx(
    r" (?:co|kul ?ilte|\w*kulilte) ?alarm\w* | kul ?ilte\w* | \w*kulilte\w* | spjaeld\w* ",
    r" rog fra (?:\w+ ){0,2}(?:braende ?ovn\w*|pejs\w*|kamin\w*|oliefyr\w*|gasfyr\w*|fyr\w*) ",
    r" (?:braende ?ovn\w*|pejs\w*|kamin\w*) (?:\w+ ){0,4}(?:ryger|roger|osser|roget ind|oset ind|osset ind|osede ind) ",
    # gas smelt, with the signs (set W: "lugter af gas ... så ondt i hovedet")
    r" (?:lugter|lugt|lugte|stinker) (?:\w+ ){0,2}(?:af )?gas\b| gas ?lugt\w* ",
    # painted or varnished all day with the window shut (set W)
    r" (?:malet|maler|malede|lakeret|lakerede|lakket|terpentin\w*|fortynder\w*|oplosningsmid\w*) (?:\w+ ){0,10}"
    r"(?:vinduet lukket|vinduerne lukket|lukkede vinduer|lukket vindue|uden at lufte ud|uden udluftning)\b",
    r" (?:oliefyr\w*|gasfyr\w*|\w*fyret|fyr\w*rum\w*|gas ?kedel\w*) (?:\w+ ){0,4}(?:lugter|ryger|osser|stinker|siver"
    r"|oser|oset|osede|lugtet|roget)\b",
    # the smoke does not go up the chimney: it comes into the room (set O)
    r" (?:rog|rogen) (?:\w+ ){0,3}(?:traekker|trak|gar|vil) (?:\w+ )?(?:ikke|ik) (?:\w+ )?(?:op|ud)\b",
    r" (?:braende ?ovn\w*|pejs\w*|kamin\w*|skorsten\w*) (?:\w+ ){0,4}(?:traekker|trak) (?:\w+ )?(?:ikke|ik|darligt)\b",
    # a gas appliance with the signs ("noget med gasvandvarmeren, jeg er svimmel", set T)
    r" gas ?(?:vand ?)?varmer\w* | gas ?fyr\w* | gas ?kedel\w* | gas ?ovn\w* | petroleum\w* ",
    r" (?:grill\w*|gasgrill\w*|\w*varmer\w*|generator\w*|motor\w*|bil\w*) (?:\w+ ){0,4}"
    r"(?:inde i|inden ?for|indenfor|i garagen|i kaelderen|i stuen|i kokkenet|i udestuen|i \w*stuen"
    r"|i huset|i sommerhuset|i teltet|i campingvognen|med lukkede (?:vinduer|dore))",
)

CO_SIGNS = rx(
    r" hovedpine | kvalme | svimle | svimmel\w* | slov\w* | sloj\w* | underligt | maerkelig\w* ",
    r" darlig\w* | daarlig\w* | forvirret | kaster op | hyler | bipper | piber | larmer | or | helt or ",
    r" ondt i hovedet ",
)

# Tomorrow's or another person's dose, or today's taken again: a double dose.
DOUBLE_DOSE = rx(
    r" (?:dosisposen|dosisposer|doseringen|pillerne|medicinen|pilleaesken) (?:\w+ ){0,2}for i morgen",
    # not "er Ruths dosisrulle kommet fra apoteket" (set W): a delivery asked about
    r" (?:naboens|andres|en andens|min mands|min kones|hans|hendes|\w+s) (?:\w+ )?(?:dosispose\w*"
    r"|doseringspose\w*|dosis\b)",
    rf" (?:tog|taget|ta|tau) (?:{_NOT_OUT}\w+ ){{0,2}}(?:en gang til|igen|endnu en gang|to gange)\b",
    rf" (?:to|2) gange (?:\w+ ){{0,3}}{PILLS}",
    rf" {PILLS} (?:\w+ ){{0,3}}(?:to|2) gange (?:i dag|i morges|i aften|lige efter)",
    r" forkert\w* (?:\w+ ){0,2}(?:medicin\w*|piller\w*|dosispose\w*|dosis)",
    # a medication error in the care worker's words; pills mixed up, no one knows which
    r" medicin ?fejl\w* | fejl ?medicin\w* | fejl ?dos\w* ",
    r" (?:faet|fat|givet|fik|gav) (?:\w+ ){0,2}\d+ ?(?:mg|milligram|ml|enheder|stk) i stedet for ",
    r" blande\w* (?:\w+ ){0,2}(?:piller\w*|medicin\w*|tablet\w*) (?:\w+ ){0,2}sammen med ",
    r" ved (?:ikke|ik) (?:\w+ ){0,2}hvad (?:\w+ ){0,2}(?:har taget|har faet|har slugt|tog|fik) ",
)

# Something from the cleaning cupboard, the garage or the garden drunk or chewed.
HOUSEHOLD = rx(
    rf" {SWALLOW} (?:\w+ ){{0,3}}(?:af )?(?:\w*middel\w*|\w*midlet|\w*rens\w*|petroleum\w*|terpentin\w*"
    r"|benzin|sprit\w*|klor\w*|lud|afkalk\w*|\w*olie|shampo\w*|\w*saebe\w*|balsam\w*|\w*creme\w*|parfume\w*"
    r"|opvask\w*|vaskepulver\w*|tandpasta\w*|\w*desinfektion\w*|\w*sprit|nikotin\w*|\w*godning\w*|plantenaering)\b",
    # "drukket af blomstervandet der var gødning i" (set X)
    rf" {SWALLOW} (?:\w+ ){{0,3}}(?:af )?(?:blomstervand\w*|vandet fra (?:blomster\w*|vasen))(?: \w+){{0,4}} \w*godning\w*",
    r" flaske (?:\w+ ){0,2}uden (?:maerkat|etiket|label) | smagte af (?:terpentin|benzin|sprit|saebe|klor|petroleum)",
    # chewed on a pain patch or pills ("tygget på et af farfars smerteplastre")
    rf" (?:tygget|tyggede|tygger|slikket|sutter|suttet|suttede) pa (?:\w+ ){{0,4}}(?:\w*plast(?:er|re)\w*|{PILLS})\b",
    r" (?:tygget|tyggede|spist|spiste|smagt) (?:\w+ ){0,3}(?:et |en |nogle )?(?:blad|blade|bladet|stilk\w*|rod|log)"
    r" (?:\w+ ){0,2}(?:fra|af|pa) ",
)

HAS_SWALLOWED = re.compile(
    r" (?:har|havde) (?:\w+ ){0,2}(?:spist|drukket|slugt|faet i sig|tygget) "
)

# Too many pills named without anyone said to have taken them ("kan en medicinrobot give
# besked, hvis man tager for mange piller"): not in a question about technology.
NAMED = re.compile(rf" (?:for mange|for meget|alt for mange) (?:\w+ ){{0,3}}{PILLS}\b")

# plurals and more drinks by name: "tre store whiskyer oven i sine piller" (set AS)
DRINK = re.compile(
    r" (?:rodvin|vin|whisky|snaps|ol|alkohol|sprit|glas|cognac|portvin|whiskyer|whiskier|whiskey\w*|snapse|snapsene"
    r"|oller|ollerne|bajer\w*|genstand\w*|vodka\w*|gin|akvavit\w*|brandy\w*|likor\w*|sherry\w*|rodvine)\b"
)

ON_TOP = re.compile(r" (?:oven (?:i|pa)|oveni|sammen med|og sa)\b")

# A medication error in the care worker's words, also where the aid's name (a
# "doseringspose") would make the sentence read as a question about technology (set N).
MED_ERROR = rx(
    r" medicin ?fejl\w* | medicinering\w*fejl\w* | fejl ?medicin\w* ",
    r" (?:fik|faet|givet|gav|taget|tog|spist) (?:\w+ ){0,4}\w+s (?:dosispose|doseringspose|dosis)\w* ",
)


# A dispenser (or a helper) that gave two doses, and both were taken: a double dose,
# though the sentence names a machine ("medicinrobotten gav mig to poser i morges og jeg
# har taget dem begge to", set O).
GAVE_TWO = rx(
    r" (?:gav|givet|gi'et|spyttede|sendte|kom med) (?:\w+ ){0,3}(?:to|2|dobbelt|for mange|flere)"
    r" (?:\w+ )?(?:poser|doser|dosisposer|portioner|piller|pakker)\b",
)
TOOK_THEM = rx(
    r" (?:taget|tog|slugt|slugte|spist|spiste) (?:\w+ ){0,2}(?:begge|dem begge|dem alle|alle sammen|dem begge to)\b"
)

# Set Q's classes.
# A new pain patch put on the old one ("satte et nyt plaster på uden at tage det gamle af").
PATCH = re.compile(r" \w*plast(?:er|re|ret|rene|eret)\b")
PATCH_TOO_MANY = rx(
    r" uden at (?:fjerne|tage|pille) (?:\w+ ){0,3}(?:gamle|forrige|forste|andet)\b",
    r" sidder (?:nu )?(?:\d|to|tre|fire|fem) (?:\w*plastre\w* )?",
    r" (?:to|tre|fire|\d) \w*plastre\w* (?:pa|sidder|samtidig)\b",
)

# Something else put in the eyes, drunk or taken in place of the medicine ("dryppede
# øjnene med neglelakfjerner i stedet for øjendråber").
INSTEAD = re.compile(
    r" (?:dryppet|dryppede|drukket|drak|spist|spiste|slugt|slugte|taget|tog|smurt|smurte|sprojtet|givet|gav)"
    r" (?:\w+ ){0,6}i ?stedet for (?:sine |sin |sit |hendes |hans |mine |min |mit |de |den |det )?"
    r"(?:\w*draaber\w*|\w*draber\w*|\w*medicin\w*|\w*piller\w*|\w*pille\b|\w*tablet\w*|insulin\w*"
    r"|\w*saft\w*|\w*creme\w*|\w*salve\w*|\w*mikstur\w*)"
)

# Many tablets of something taken, counted ("har indtaget ca 20 stk pinex").
COUNTED = re.compile(
    r" (?:indtaget|taget|tog|slugt|slugte|spist|spiste|faet|fik) (?:\w+ ){0,2}(?:ca |cirka |omkring |over |mindst |naesten |vel )?"
    r"(?:[1-9]\d|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tyve|tredive|fyrre|halvtreds)"
    rf" (?:stk|styk|stykker|{PILLS})\b"
)


# A child or a confused person at the pills, how many taken not known (set S: "fundet
# min pilleæske og vi ved ikke hvor mange han har fået").
UNKNOWN_AMOUNT = rx(
    r" (?:ved|aner) (?:ikke|ik) (?:\w+ )?hvor mange (?:\w+ ){0,3}(?:har|havde) (?:\w+ )?(?:faet|taget|spist"
    r"|slugt|fik|tog)\b",
)
PILL_BOX = re.compile(rf" (?:{PILLS}|\w*pilleaeske\w*|\w*medicinaeske\w*|\w*doseringsaeske\w*)\b")


# Cleaning agents mixed and their fumes breathed ("blandede klorin og eddike, og nu svier
# det i lungerne", set U): Giftlinjen, not lægevagten.
MIXED = rx(
    r" (?:blande\w*|blandet|blandede|rorte|rort|haeldte|haelde|haeldt) (?:\w+ ){0,4}(?:klorin\w*|salmiak\w*|ammoniak\w*"
    r"|afkalk\w*|kaustisk\w*|\w*rens\w*|rengoringsmid\w*)",
    r" (?:klorin\w*|salmiak\w*|ammoniak\w*) (?:og|med|i) (?:\w+ )?(?:eddike\w*|syre\w*|salmiak\w*|ammoniak\w*"
    r"|klorin\w*|afkalk\w*|\w*rens\w*|kalkfjern\w*)",
    # insects sprayed indoors, then dizzy or sick (set V)
    r" sprojte\w* (?:\w+ ){0,2}(?:mod|efter|for) (?:\w+ )?(?:myre\w*|insekt\w*|flue\w*|hveps\w*|skadedyr\w*"
    r"|kakerlak\w*|utoj\w*|ukrudt\w*|bladlus\w*)| (?:insekt|myre|flue|hvepse|ukrudts?)(?:spray|middel|gift)\w* ",
)
FUMES_SIGNS = rx(
    r" svi\w* | hoste\w* | lunge\w* | vejret | halsen | ojne\w* | svimmel\w* | kvalme\w* | ondt ",
    r" damp\w* | dunst\w* | roget ",
)


# Set X's classes: a cleaner sprayed in the eyes; an empty box of sleeping pills and no
# one knows how many there were.
IN_THE_EYES = rx(
    r" (?:ovnrens\w*|\w*rens\w*|klorin\w*|kaustisk\w*|rengoringsmid\w*|opvaskemid\w*|maskinopvask\w*|blegemid\w*"
    r"|salmiak\w*|afkalk\w*|\w*spray\w*|lud) (?:\w+ ){0,4}(?:i|ind i) (?:ojnene|ojet|oje|hans oje|hendes oje)\b",
)
EMPTY_BOX = rx(
    r" tom\w* (?:\w+ )?(?:aeske|pakke|glas|pilleglas|flaske|blister\w*|dosispose\w*|boks) (?:\w+ ){0,2}"
    r"(?:piller\w*|pille|tablet\w*|zopiclon\w*|imovane|sovepille\w*|sove ?medicin\w*|morfin\w*|panodil\w*|pamol\w*"
    r"|paracetamol\w*|\w*medicin\w*|oxycodon\w*|tramadol\w*|stesolid\w*)\b",
    r" (?:uvist|usikkert|uklart|ukendt|ingen ved) hvor mange ",
)

# Set Z's classes.
# Much of a medicine drunk or taken at once: half a bottle of cough syrup with codeine.
BOTTLE_OF = rx(
    rf" {SWALLOW} (?:\w+ ){{0,2}}(?:en )?(?:halv|hel|hele|halvdelen af) (?:\w+ )?(?:flaske\w*|pakke\w*|aeske\w*|ask\w*|glas|rulle\w*)"
    r" (?:\w+ ){0,3}(?:hoste ?saft\w*|\w*medicin\w*|kodein\w*|morfin\w*|\w*piller|\w*tablet\w*|sove\w*|smerte\w*|nerve\w*)",
)
# A double dose given: last week's on top of the new, "fået dobbelt".
DOUBLED = rx(
    r" (?:faet|fat|fik|givet|gav|taget|tog) (?:\w+ ){0,2}dobbelt (?:dosis |op )?(?:i dag|i morges|i aften|nu|her)\b",
    rf" (?:sidste|forrige|gamle|gardagens) (?:\w+ )?(?:\w*dosis|{PILLS}|doseringspose\w*|dosispose\w*)"
    r" (?:\w+ ){0,2}oven (?:i|pa) ",
)
# A corrosive or a cleaner swallowed, in the mouth or breathed in.
CORROSIVE = (
    r"(?:eddike ?syre|eddike ?essens|syre|lud|kaustisk\w*|afloebsrens\w*|aflobsrens\w*|\w*afkalk\w*|skimmel ?rens\w*"
    r"|klor(?:in|holdig|rens|vand|tablet)\w*|ammoniak\w*|ovnrens\w*|toiletrens\w*|maskinopvask\w*|frostvaeske\w*|rodsprit|kemikali\w*)"
)
CORROSIVE_SWALLOWED = rx(
    rf" {SWALLOW} (?:\w+ ){{0,10}}(?:det )?(?:var|er|viste sig at vaere) (?:\w+ )?{CORROSIVE}",
    rf" {CORROSIVE} (?:\w+ ){{0,6}}(?:i munden|i ojnene|i oejnene|i halsen|i svaelget|i ansigtet)\b",
    r" svier (?:\w+ ){0,2}(?:hele vejen ned|i halsen|i svaelget|i spiseroret)\b",
)
CORROSIVE_BREATHED = rx(
    rf" {CORROSIVE} (?=(?:\w+ ){{0,14}}(?:hoster|hoste|svier|indaandet|indandet|damp\w*|svaert ved at traekke vejret|{BREATH}))",
)

# Set Æ's classes.
# Exhaust breathed in a garage with the engine running, and drowsy or a headache.
EXHAUST = rx(
    r" (?:udstodning\w*|motoren (?:\w+ )?(?:korende|korte|kort|i gang)|bilen (?:\w+ )?(?:korende|i gang)) ",
)
# Spirits on top of strong pills, the pill word split by the recogniser ("smerte piller").
ON_TOP_SPLIT = rx(
    r" (?:snaps\w*|ol|vin|whisky|cognac|drinks?|genstande) (?:\w+ ){0,2}(?:oven i|oveni|sammen med) (?:\w+ ){0,3}(?:piller|pillerne|tabletter|tabletterne|medicin\w*)\b",
)
# Hand sanitiser or spirits drunk, the bottle found empty.
SANITISER = rx(
    r" (?:tom|tomme) (?:\w+ )?flaske\w* (?:\w+ )?(?:af |med )?(?:\w*desinfektion\w*|\w*sprit\w*|\w*rens\w*|\w*middel)\b",
)
# Someone's strong medicine got hold of, how many taken not known.
HOW_MANY_NOT_KNOWN = rx(
    r" (?:ved|aner|veed) (?:ikke|ik) hvor mange (?:\w+ ){0,2}(?:han|hun|de|jeg|mor|far) (?:har )?(?:taget|tog|slugt|spist|faet)\b",
    r" (?:faet|fik|faaet) fat i (?:\w+ ){0,2}(?:oxycodon\w*|morfin\w*|sovepiller\w*|pillerne|medicinen|tramadol\w*|fentanyl\w*|metadon\w*)\b",
)
# Paracetamol every second or third hour for days: more than the day's most.
PARACETAMOL_DAYS = rx(
    r" (?:panodil|pamol|paracetamol|pinex|panocod)\w* (?:\w+ ){0,3}hver (?:anden|tredje|andet|time|2|3)"
    r"(?: time)?\b(?= (?:\w+ ){0,3}(?:i|de sidste|i over) (?:\w+ )?(?:dage|dogn|uge)\b)",
)

# Set Ø's classes.
# An animal's medicine taken by mistake.
ANIMAL_MEDICINE = rx(
    r" (?:taget|tog|slugt|spist|faet|fik) (?:\w+ ){0,2}(?:kattens|hundens|dyrets|hestens) (?:\w+ )?(?:ormekur\w*|loppe\w*|medicin\w*|piller|tabletter)\b",
    r" (?:taget|tog|slugt|spist) (?:\w+ ){0,2}(?:ormekur\w*|loppemiddel\w*|loppedraab\w*|loppedrab\w*)\b",
)
# Pills found by a child, how many missing not known.
NONE_COUNTED = rx(
    r" (?:ved|aner) (?:ikke|ik) hvor mange (?:der )?(?:mangler|er taget|er vaek|der er taget)\b"
)
# A weekly medicine taken daily.
WEEKLY_DAILY = rx(
    r" hver dag (?:\w+ ){0,4}i stedet for (?:en|et|én) gang om ugen\b",
    r" (?:methotrexat|metotrexat|metoject)\w* (?:\w+ ){0,3}hver dag\b",
)

# Set Å's classes.
# A poison named first, then a sip of it drunk or licked (from a soda bottle, spilt).
NAMED_THEN_DRUNK = rx(
    r" (?:petroleum\w*|lampe ?olie\w*|terpentin\w*|benzin\w*|\w*sprit|frostvaeske\w*|kolervaeske\w*|klor\w*"
    r"|ukrudt\w*|\w*rensemiddel\w*|\w*rensevaeske\w*|ovnrens|toiletrens|aflobsrens|afkalk\w*|\w*fjerner\w*"
    r"|salmiak\w*|ammoniak\w*|lud|taendvaeske\w*|roundup)"
    r" (?:\w+ ){0,12}(?:har |havde )?(?:drukket|drak|slugt|slugte|slikket|slikkede|slikker|smagt pa|faet i sig)\b"
    # of it: a sip, a mouthful, "af den", or nothing more said
    r"(?= (?:en |et )?(?:slurk|tar|taar|mundfuld|skvat)\b| af (?:den|det|flasken|glasset|dunken)\b"
    r"| (?:den|det|lidt|noget|halvdelen|resten|hele)\b| (?:og|men|sa) | $)",
    r" (?:slikket|slikkede|slikker|drukket|drak) (?:\w+ ){0,2}(?:af |pa )?(?:den |det |noget )?(?:frostvaeske\w*"
    r"|kolervaeske\w*|petroleum\w*|lampe ?olie\w*|terpentin\w*|taendvaeske\w*|\w*sprit)\b",
)
# A poisonous plant or bulb cooked or eaten for something else, or eaten and sick.
PLANT = rx(
    r" (?:\w*paskelilje\w*|\w*pinselilje\w*|narcis\w*|hyacint\w*|tulipan ?log\w*|blomster ?log\w*|liljekonval\w*"
    r"|fingerbol\w*|oleander\w*|julerose\w*|guldregn\w*|kristtorn\w*|stormhat\w*|skarntyde\w*|gifttyde\w*"
    r"|belladonna|galnebaer\w*|taksbaer\w*)\b",
)
PLANT_EATEN = rx(
    r" (?:spist|spiste|hakket|hakkede|kogt|kogte|stegt|tygget|smagt|slugt|i suppen|i maden|i salaten|i gryden"
    r"|kastet op|kaster op|ondt i maven|kvalme|braekker)\b",
)

# -- set AP (2026-12-07) ------------------------------------------------------------------
# Two days' dose bags or doses taken at once ("har taget både mandagens og tirsdagens
# poser", "dosisposerne for både i går og i dag", "to dages poser", "morgendagens pose
# også"); not two times of one day ("formiddagens og eftermiddagens piller").
_GEN_DAY = r"(?:(?:man|tirs|ons|tors|fre|lor|son|gar|morgen)?dagens)"
_DAY = r"(?:i gar|i dag|i morgen|i forgars|(?:man|tirs|ons|tors|fre|lor|son)dag)"
_DOSE = (
    r"(?:\w*pose\w*|\w*poser|dosis\w*|doser|dosette\w*|\w*rulle\w*|piller\w*|pillerne|tablet\w*|medicin\w*"
    r"|\w*aeske\w*)"
)
_TAKEN = r"(?:taget|tog|spist|spiste|faet|fik|givet|gav|slugt|indtaget)"
# not brought along or delivered ("fået to dages poser med hjem")
_NOT_BROUGHT = r"(?! (?:\w+ ){0,2}(?:med|leveret|udleveret|bragt|hjem|hjemme|i tasken|pa ferie)\b)"
TWO_DAYS_TAKEN = rx(
    rf" {_TAKEN} (?:\w+ ){{0,4}}(?:bade )?{_GEN_DAY} (?:og|samt|plus) (?:\w+ )?{_GEN_DAY}\b{_NOT_BROUGHT}",
    rf" {_TAKEN} (?:\w+ ){{0,3}}{_DOSE} (?:for|fra|til) (?:bade )?{_DAY} (?:og|samt|plus) (?:\w+ )?{_DAY}\b",
    r" (?:taget|tog|spist|spiste|slugt|indtaget) (?:\w+ ){0,4}(?:to|2|tre|3|flere|et par) dag(?:es|s)"
    rf" {_DOSE}\b{_NOT_BROUGHT}",
    rf" (?:ogsa|med|oveni|allerede) (?:\w+ )?{_TAKEN} (?:\w+ )?(?:morgendagens|naeste dags) {_DOSE}\b",
    rf" {_TAKEN} (?:\w+ )?(?:morgendagens|naeste dags) {_DOSE} (?:\w+ )?(?:ogsa|med|oveni)\b",
)
# A household product found open and drunk of ("en åben flaske opvaskemiddel, og vi tror
# hun har drukket af den").
_PRODUCT = (
    r"(?:opvask\w*|\w*middel\w*|\w*midlet|\w*rens\w*|klor\w*|lud|afkalk\w*|petroleum\w*|terpentin\w*|sprit\w*"
    r"|\w*saebe\w*|shampo\w*|vaskepulver\w*|skyllemiddel\w*|desinfektion\w*|plantenaering|\w*godning\w*)"
)
PRODUCT_DRUNK_FROM = rx(
    rf" (?:flaske\w*|dunk\w*|beholder\w*|pakke\w*|spand\w*|glas|kop|bottle|doseringsflaske\w*) (?:\w+ ){{0,2}}{_PRODUCT}"
    r" (?:\w+ ){0,10}(?:drukket|drak|drikket|slugt|smagt|sutter|suttet|suttede|spist|faet) (?:\w+ )?(?:af|pa|noget af"
    r"|lidt af) (?:den|det|dem|flasken|dunken|indholdet|det der)\b",
)
# A houseplant eaten or chewed, with the mouth burning or drooling, or a houseplant named
# ("har spist af potteplanten (dieffenbachia), savler, brænden i munden").
PLANT_CHEWED = rx(
    r" (?:spist|spiste|tygget|tyggede|gnavet|gnavede|slugt|bidt|smagt|slikket) (?:\w+ ){0,2}(?:af|pa|i) (?:\w+ ){0,2}"
    r"(?:\w*potteplant\w*|\w*stueplant\w*|plante|planten|planterne|planter|blomsten|blomsterne|bladene|blade|bladet"
    r"|\w*baer|\w*baerene|dieffenbachia\w*|julestjerne\w*|monstera\w*|gummitrae\w*|filodendron\w*|fredslilje\w*"
    r"|efeu\w*|vedbend\w*|aloe\w*|kaktus\w*|oleander\w*)\b",
)
PLANT_IRRITATION = rx(
    r" savl\w* | (?:braend\w*|brander|svie\w*|svier|prikker|stikker) (?:\w+ ){0,3}(?:i |om )?(?:mund\w*|tunge\w*"
    r"|hals\w*|laeber\w*|gane\w*)\b| (?:mund\w*|tunge\w*|laeber\w*|hals\w*) (?:\w+ ){0,2}(?:braender|svier|haev\w*"
    r"|hoven\w*)\b| kaster op | kastet op | braekk\w* | kvalme | ondt i maven | potteplant\w* | stueplant\w*"
    r" | dieffenbachia\w* | oleander\w* ",
)


# -- set AQ (2026-12-07) ------------------------------------------------------------------
# Another's pills taken by mistake for one's own ("kom til at tage Egons piller i stedet for
# mine", "tog naboens medicin i stedet for min egen").
OTHERS_PILLS_INSTEAD = rx(
    rf" (?:tage|ta|taget|tog|sluge|slugt|slugte|spise|spist|spiste|faet|fik|givet|gav|give|gi) (?:\w+ ){{0,2}}"
    rf"(?:\w+s|hans|hendes|andres|naboens|min mands|min kones|sin mands|sin kones) (?:\w+ )?{PILLS}"
    r" (?:\w+ ){0,2}(?:i stedet for|istedet for|i steden for|for) (?:mine|min|mit|sine|sin|sit|egne|hans|hendes"
    r"|de rigtige|den rigtige|\w+s)\b",
    rf" (?:kom|kommet|kommer) til (?:at|a) (?:tage|ta|sluge|spise|give|gi) (?:\w+ ){{0,2}}(?:\w+s|hans|hendes|andres"
    rf"|naboens|min mands|min kones|forkerte|den forkerte|de forkerte|en andens) (?:\w+ )?{PILLS}",
)
# A dose box eaten of, its compartments for the week or days empty ("har spist af
# doseringsæsken, alle rummene for hele ugen er tomme"; "taget hele ugens piller").
_BOX = (
    r"(?:\w*dosis ?aesk\w*|\w*doserings ?aesk\w*|dosette\w*|\w*pille ?aesk\w*|ugeaesk\w*|\w*dosisrull\w*"
    r"|\w*medicin ?aesk\w*|aesken|aesker|rummene|rum|laagerne|lagerne|poserne)"
)
_TAKEN_FROM = r"(?:spist|spiste|taget|tog|slugt|slugte|tomt|tommet|tommede|indtaget|nappet|guffet)"
BOX_EMPTIED = rx(
    rf" {_TAKEN_FROM} (?:\w+ ){{0,3}}(?:af |fra |i )?(?:\w+ )?{_BOX}(?: \w+){{0,12}}? (?:alle|hele|samtlige|resten"
    r"|flere|de andre) (?:\w+ ){0,5}(?:uge\w*|dage\w*|rum\w*|lag\w*|laag\w*|poser\w*|doser\w*) (?:\w+ ){0,3}"
    r"(?:er |var )?(?:tomme|tom|tomt|vaek|spist|taget)\b",
    rf" {_TAKEN_FROM} (?:\w+ ){{0,3}}(?:hele ugens|hele uges|en hel uges|flere dages|alle dagenes|resten af ugens"
    r"|hele ugen|alle ugens|hele maanedens|hele manedens|to ugers|2 ugers) (?:\w+ )?(?:piller|medicin\w*|doser"
    r"|tabletter|pose\w*|rum|dosis\w*)\b",
)
# Much of a liquid medicine drunk, or its bottle near empty since yesterday ("drukket
# meget af sin flydende morfin, flasken var halv fuld i går, nu næsten tom").
_LIQUID = (
    r"(?:\w*morfin\w*|\w*mikstur\w*|hostesaft\w*|\w*medicin\w*|oxynorm\w*|metadon\w*|methadon\w*|oramorph\w*"
    r"|draaber|draber|dropper|sovemiddel\w*|\w*saft med kodein|kodein\w*|laksantia|lactulose|flydende \w+)"
)
LIQUID_DRUNK = rx(
    rf" (?:drukket|drak|drikket|slugt|slugte|taget|tog|bundet|tomt|tommet) (?:\w+ ){{0,2}}(?:meget|det meste|halvdelen"
    rf"|en hel|hele|store mangder|store maengder|resten|en masse|alt|alt hvad) (?:\w+ ){{0,4}}{_LIQUID}",
    rf" {_LIQUID} (?:\w+ ){{0,10}}(?:halv ?fuld|halvt fuld|fuld|ny|nyabnet|abnet) (?:\w+ ){{0,6}}(?:nu )?"
    r"(?:naesten |helt |sa godt som )?(?:tom|tomt)\b",
)


# -- set AR (2026-12-07) ------------------------------------------------------------------
# Another's old pills taken, named by the genitive ("taget nogle af Oles gamle piller"), the
# day's or the doctor's own dose not among them; drowsiness told now after pills taken.
_NOT_ANOTHER = (
    r"(?!(?:dagens|aftenens|morgenens|middagens|nattens|ugens|formiddagens|eftermiddagens"
    r"|weekendens|gardagens|apotekets|laegens|laegernes|sygehusets|hospitalets|mandagens"
    r"|tirsdagens|onsdagens|torsdagens|fredagens|lordagens|sondagens|dens|dets|hans|hendes)\b)"
)
ANOTHERS_OLD_PILLS = rx(
    rf" {SWALLOW} (?:nogle af |et par af |flere af |nogen af |af )?(?:min |mit |mine |sin |sine |vores |deres )?"
    rf"{_NOT_ANOTHER}\w+s (?:gamle |gammel |gaml )(?:\w+ )?{PILLS}\b"
    # not pills taken along or out ("taget min mors gamle piller med til apoteket", set AS)
    r"(?! (?:\w+ ){0,4}(?:med (?:til|pa|paa|hen|hjem|ud|ind|ned|tilbage)|til apotek\w*|ud af|tilbage til))",
)
DROWSY_NOW = rx(
    r" nu (?:er|bliver|blir|foler|foeler) (?:jeg|a|han|hun|mor|far) (?:mig )?(?:\w+ )?(?:dosig|doesig|sovnig|soevnig"
    r"|slov|sloev|omtaget|omtaaget|sloj|svimmel|uklar)\w*",
)


# -- set AS (2026-12-07) ------------------------------------------------------------------
# Pills found and taken, said after to be another's ("taget nogle piller der lå i skuffen,
# de var vist min søsters og ikke mine"; "det var min mands piller jeg tog").
_ANOTHERS = (
    rf"(?:(?:min|mit|mine|mi|hans|hendes|sin|sit|sine|vores|jeres|deres) {_NOT_ANOTHER}\w+s|naboens|nabons|genboens|genbons"
    r"|andres|en andens|fremmedes"
    rf"|{_NOT_ANOTHER}\w+s (?:og )?(?:ikke|ik|it|ikk) (?:mine|min|mit|hans|hendes|sine)"
    r"|(?:ikke|ik|it|ikk) (?:mine|min|mit|mine egne|hans egne|hendes egne|hans|hendes))"
)
PILLS_FOUND_ANOTHERS = rx(
    rf" {SWALLOW} (?:\w+ ){{0,3}}{PILLS} (?:\w+ ){{0,10}}(?:de|den|det|dem|di) (?:var|er|va) (?:vist |nok |sikkert"
    rf" |vel |faktisk |jo |vist nok |sgu |altsa )*{_ANOTHERS}\b",
    rf" (?:det|de|den) (?:var|va) (?:vist |nok |sikkert |jo )*(?:min|mit|hans|hendes|sin) \w+s (?:\w+ )?{PILLS}"
    r" (?:jeg|a|jae|han|hun|mor|far) (?:har |havde |kom til at )?(?:tog|taget|tage|slugte|slugt|spiste|spist|fik|faet)\b",
)
# Ten or more of something taken at once, named by "af de der X" when the medicine's name
# is misheard ("taget tyve af de der pamodil"), or "af dem" beside a medicine word.
_MANY = (
    r"(?:[1-9]\d|\d{3}|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tyve|enogtyve"
    r"|femogtyve|tredive|tredve|fyrre|halvtreds|halvtres|en hel masse|en masse|en handfuld|en haandfuld"
    r"|en hand fuld)"
)
_NO_MEDICINE = (
    r"(?!(?:billede\w*|foto\w*|\w*kage\w*|bolche\w*|bolsje\w*|slik\w*|chokolade\w*|ol|oller\w*|bajer\w*|cigaret\w*"
    r"|smog\w*|kort|kortene|frimaerke\w*|blad\w*|avis\w*|bog|boger\w*|stykker|skridt|minutter|timer|dage|ar|kroner"
    r"|trin|trapper|kilo|gram|vitamin\w*|rundstykk\w*|pebernod\w*|nodder|jordbaer\w*|aeble\w*|kiks\w*|mandler"
    r"|rosiner|karamel\w*|lakrids\w*|nye|gamle|sma|store|rejer|sild|kartofl\w*|blomme\w*|baer\w*|tomat\w*"
    r"|poser|aesker|sko|bukser|skjorter|ting|tingester|kugler|ord|sider|opskrift\w*)\b)"
)
MANY_OF_THOSE = rx(
    rf" (?:taget|tog|tat|slugt|slugte|nappet|kylet|kastet) (?:lige |vist |nok |sgu |altsa |maske |sa )*{_MANY}"
    rf" (?:stk |styk |stykker )?af (?:de|dem|di) (?:(?:der|her|dersens) )?(?!der |her |dersens ){_NO_MEDICINE}\w+",
)
MANY_OF_THEM = rx(
    rf" (?:taget|tog|tat|slugt|slugte) (?:lige |vist |nok |sgu |altsa |maske |sa )*{_MANY} (?:af dem|stk|styk"
    r"|stykker)\b",
)
# A dose taken two or three times over ("taget mine piller både i morges og nu igen";
# "og så dem fra i går oveni").
_EARLIER = r"(?:i morges|i formiddags|til morgen|her til morgen|i aftes|til middag|tidligere|for lidt siden|i gar)"
_AGAIN_NOW = r"(?:nu|lige nu|nu her|for lidt siden|i aften|her til aften|lige fra)"
DOSES_OVER = rx(
    rf" {_TAKEN} (?:\w+ ){{0,3}}{PILLS} (?:\w+ ){{0,2}}(?:bade )?{_EARLIER} og (?:\w+ ){{0,2}}{_AGAIN_NOW}"
    r" (?:\w+ )?igen\b",
    rf" {_TAKEN} (?:\w+ ){{0,14}}(?:dem|dosen|pillerne|medicinen|doserne|posen|dosisposen|tabletterne)"
    r" fra (?:i gar|i forgars|i morges|i aftes) (?:\w+ )?(?:oveni|oven i|oven pa|ogsa|attpa|osse)\b",
)
# A caustic or a cleaning product drunk ("kom til at bunde af den der flaske afløbsrens",
# "drak noget opvaskemiddel"): poisoning, whatever else the burning says.
_CAUSTIC = (
    rf"(?:{CORROSIVE}|\w*opvaske ?middel\w*|\w*rengorings ?middel\w*|\w*vaske ?middel\w*|\w*rens|klor|salmiak\w*"
    r"|brun saebe|husholdningssprit|\w*sprit|petroleum|lampe ?olie\w*|terpentin\w*|white spirit|skyllemiddel\w*"
    r"|\w*fjerner|kalkfjern\w*|blegemiddel\w*|\w*spray)"
)
_DRUNK = (
    r"(?:drukket|drak|drikket|bundet|bunde|bundede|slugt|slugte|tyllet|tyllede|smagt pa|smagte pa"
    r"|(?:fik|faet) (?:\w+ )?i (?:mig|sig|halsen))"
)
_FILLER = (
    r"(?:af|noget|lidt|en|et|den|det|der|de|dem|flaske|flasken|dunk|dunken|slurk|tar|taar|glas|mundfuld|fra|vist"
    r"|nok|sgu|mig|sig|i|kop|koppen|gammel|gamle|ny|nye|hele|helt|halvdelen|resten|lille|stor|god|ordentlig)"
)
CAUSTIC_DRUNK = rx(
    rf" {_DRUNK} (?:{_FILLER} ){{0,6}}{_CAUSTIC}\b",
    rf" {_CAUSTIC} (?:\w+ ){{0,8}}(?:drukket|drak|bundet|bundede|slugt|slugte) (?:af|noget af|lidt af|en slurk"
    r"|en tar|en taar) (?:den|det|flasken|dunken|det der)\b",
)
# A caustic or cleaning product that was in the bottle drunk from, named in a later clause
# ("drukket af en flaske ..., men der var vist rengøringsmiddel i den"); burning in the
# throat or mouth after drinking from a wrong or unknown bottle (set AS).
_BOTTLE = r"(?:\w*flaske\w*|\w*dunk\w*|beholder\w*|\w*glas|glasset|kop|koppen|\w*dase|\w*daase|\w*kande\w*|bottle)"
CAUSTIC_IN_BOTTLE = rx(
    rf" {_DRUNK} (?:\w+ ){{0,3}}{_BOTTLE} (?:\w+ ){{0,12}}(?:der|det) (?:var|va|er|viste sig at vaere)"
    r" (?:vist |nok |sikkert |jo |faktisk |altsa |sgu |maske |vist nok )*(?:noget |lidt |rester af |en rest )?"
    rf"{_CAUSTIC}\b",
    rf" {_DRUNK} (?:\w+ ){{0,3}}{_BOTTLE} (?:\w+ ){{0,12}}(?:var|va|viste sig at vaere) (?:vist |nok |sikkert |jo"
    rf" |faktisk |altsa |sgu |maske |vist nok )*(?:fyldt med |med |noget |en )?{_CAUSTIC}\b",
)
WRONG_BOTTLE_BURNS = rx(
    rf" {_DRUNK} (?:\w+ ){{0,3}}(?:forkert\w*|gal|gale|ukendt\w*|umaerket\w*|fremmed\w*) {_BOTTLE}"
    r"(?= (?:\w+ ){0,14}(?:braend\w*|brand\w*|brander|svie\w*|svier|aetse\w*|gor (?:det |sa |saa )*ondt)"
    r" (?:\w+ ){0,3}(?:i |om )?(?:hals\w*|mund\w*|svaelg\w*|spiseror\w*|mave\w*|tunge\w*)\b)",
    rf" {_DRUNK} (?:\w+ ){{0,3}}(?:forkert\w*|gal|gale|ukendt\w*|umaerket\w*|fremmed\w*) {_BOTTLE}"
    r"(?= (?:\w+ ){0,14}(?:hals\w*|mund\w*|svaelg\w*|tunge\w*) (?:\w+ ){0,2}(?:braender|svier|gor ondt|aetser))",
)


# -- set AT (2026-12-07) ------------------------------------------------------------------
# A handful or a great many pills got into one ("a fik en hel håndfuld af de hvide piller i
# mig"; "har taget mange piller for hovedpine måske ti stykker"): a count, not a dose.
HANDFUL_TAKEN = rx(
    r" (?:en )?(?:hel |stor )?handfuld\b(?: \w+){0,4}? " + PILLS,
    r" (?:fik|faet|fat|faaet|proppet|puttet|slugt|spist|taget|tog|indtaget) (?:\w+ ){0,2}(?:hel |stor )?"
    r"(?:mange|masse|en masse|bunke|en bunke|for mange|alt for mange|rigtig mange|vildt mange|sa mange) "
    r"(?:\w+ ){0,2}?"
    + PILLS
    + r"(?= (?:\w+ ){0,4}(?:i mig|i sig|i mae|i ham|i hende|\w+ stykker|stk|pa en gang"
    r"|pa en gang|for \w+|mod \w+|af dem|i dag|i nat|i aften|i morges|nu)\b| $)",
)


# -- set AU (2026-12-07) ------------------------------------------------------------------
# One's pills taken at two times close together and perhaps once more ("har taget mine
# hjertepiller både kl. 8 og kl. 9 og måske en gang til"); with forgetfulness told, the two
# times alone (`FORGETFUL`).
_AT = r"(?:kl|klokken) (?:\d+|otte|ni|ti|elleve|tolv|syv|seks|fem)"
TAKEN_AT_TIMES = rx(
    rf" {_TAKEN} (?:\w+ ){{0,3}}{PILLS} (?:\w+ ){{0,2}}(?:bade )?{_AT} (?:\w+ )?(?:og|og sa|og saa|og igen) {_AT}\b",
)
ONCE_MORE = rx(r" (?:en gang til|endnu en gang|igen|en tredje gang|tre gange)\b")
FORGETFUL = rx(
    r" glemsom\w* | glemmer | glemt\w* | (?:kan|ka) (?:ikke|ik) huske | husker (?:ikke|ik) "
)

# -- set AV (2026-12-07) ------------------------------------------------------------------
_LIQUOR = (
    r"(?:whisky|snaps|vin|ol|oel|alkohol|sprut|vodka|rom|cognac|gin|bajer\w*|rodvin|hvidvin|akvavit|flaske\w*"
    r"|glas|genstand\w*|dram\w*)"
)
# Antabus taken and drink on top of it ("tog min Antabus i morges og har drukket en halv
# flaske whisky oven i"), either order; a drink not taken or asked about is no taking.
ANTABUS_DRINK = rx(
    rf" antabus\w* (?:\w+ ){{0,12}}?(?<!ikke )(?:har drukket|drukket|drak|har faet|fik|faet) (?!ikke |ik |aldrig |noget )"
    rf"(?:\w+ ){{0,4}}?{_LIQUOR}\b",
    rf" (?<!ikke )(?:har drukket|drukket|drak) (?!ikke |ik |aldrig )(?:\w+ ){{0,4}}?{_LIQUOR} (?:\w+ ){{0,8}}?"
    r"(?:selvom|selv om|skont|oven i|ovenpa|oven pa) (?:\w+ ){0,4}?antabus\w*",
)
# Pills taken again for not remembering whether they were ("ku ik huske om a havde
# taget dem ... så a tog nogle flere og så nogle flere"), or more and more again.
TOOK_MORE_FORGETTING = rx(
    r" (?:huske|husker|huskede|kan huske) (?:om|hvorvidt) (?:jeg|a|at|ja|han|hun) (?:havde|har|allerede havde) (?:\w+ )?taget"
    r" (?:\w+ ){0,8}?(?:sa|og sa|og) (?:jeg|a|ja|han|hun) (?:tog|har taget|tager) (?:nogle|et par|en|to|nogen|lidt)?"
    r" ?(?:flere|mere|til|ekstra|igen)\b",
    r" (?:tog|tager|har taget) (?:nogle|et par|en|to) (?:flere|til|mere) og (?:sa )?(?:nogle|et par|en|to) (?:flere|til|mere)\b",
)
# A dose box for days found empty and all of it taken, as a note has it ("Dosisæske for
# hele ugen fundet tom ..., borger har formentlig taget det hele").
BOX_FOUND_EMPTY = rx(
    r" dosis ?(?:aeske|aesken|aesker|rulle|rullen|pose|poser|dispenser\w*|aeskens) (?:\w+ ){0,6}?(?:fundet |er |var |helt )?"
    r"(?:tom|tomt|tomme|tommet)\b(?: \w+){0,10}? (?:taget|spist|slugt) (?:det hele|alt|alle|dem alle|dem allesammen"
    r"|hele ugens|samtlige|alle sammen)\b",
)


# Set AW: an empty pill box found beside one who cannot say how many she took; a dose of
# one prescribed and many taken ("lægen sagde 1 ... og jeg tog 6").
EMPTY_PACK = rx(
    r" (?:tom|tomme|tomt) (?:\w+ )?(?:\w*aeske\w*|\w*glas|\w*pakke\w*|pakning\w*|blister\w*|\w*emballage|\w*bote)\b",
    # the pack named first ("i morges var pakken tom", set AX)
    r" (?:\w*aesken|\w*glasset|\w*pakken|pakningen|blisteren|\w*boten) (?:\w+ )?(?:var|er|blev|stod) (?:\w+ )?"
    r"(?:tom|tomt|tomme)\b",
    r" (?:var|er|blev|stod) (?:\w*aesken|\w*glasset|\w*pakken|pakningen|blisteren|\w*boten) (?:helt )?(?:tom|tomt|tomme)\b",
)
HOW_MANY_UNKNOWN = rx(
    r" (?:ikke|ik|ente) (?:\w+ )?(?:huske\w*|ved|vide|sige) (?:\w+ )?hvor mange\b| lyder (?:\w+ )?(?:maerkelig\w*|sloret|uklar)"
    r" | er (?:\w+ )?(?:omtaget|uklar|sloj) ",
)
DOSE_EXCEEDED = rx(
    r" (?:sagde|sagt|skulle|ordineret|ordinerede|ma|maa|skal|star der|stod der) (?:\w+ ){0,2}(?P<told>1|2|en|et|to|1 2|en halv) (?:\w+ ){0,6}?"
    r"(?:og|men) (?:jeg|han|hun|a|ja|mor|far) (?:har )?(?:tog|taget|tager|slugte) (?P<took>\d+|fem|seks|syv|otte|ni|ti"
    r"|alle|hele)\b",
)


# Set AX: a week's doses, or the whole dose box, taken at once ("bgr har taget ugens
# dosering på én gang"), in staff shorthand too ("dispenser tømt").
WEEK_AT_ONCE = rx(
    r" (?:taget|tog|tager|spist|spiste|slugt|slugte) (?:\w+ )?(?:hele )?(?:ugens|en uges|to ugers|14 dages|hele ugens"
    r"|alle ugens|alle dagenes|hele dosis ?aeske\w*|hele dispenser\w*|hele doseringsaeske\w*)"
    r" (?:\w+ )?(?:dosering\w*|doser|dosis|piller|pillerne|medicin\w*|tabletter|tabletterne|portioner|poser|posene)?"
    r" ?(?:pa en gang|pa een gang|pa 1 gang|pa en gang|i en omgang|pa samme tid|i et hug|pa en gang)\b",
)


# -- set AY (2026-12-07) ------------------------------------------------------------------
# A dose error in staff shorthand, a medicine given or taken twice ("dosisfejl st 24: fået
# aftenmedicin 2x", "fik morgenpillerne to gange").
GIVEN_TWICE = rx(
    r" (?:faet|fat|fik|givet|gav|taget|tog|indtaget) (?:\w+ ){0,2}(?:\w*medicin\w*|\w*piller\w*|\w*pillerne|\w*dosis|\w*tablet\w*"
    r"|\w*insulin\w*|\w*dosen) (?:\w+ )?(?:2|3|to|tre) ?(?:x|gange)\b"
    r"(?! (?:\w+ )?(?:dagligt|daglig|om dagen|i dognet|i doegnet|om ugen|hver|om maaneden|om maneden|ifolge|som ordineret))",
    # a dose error noted, the medicine and the times after it ("dosisfejl st 3 aftenmedicin 2x")
    r" (?:dosisfejl|doseringsfejl|medicinfejl|fejlmedicinering|fejldosering) (?:\w+ ){0,5}?(?:\w*medicin\w*|\w*piller\w*"
    r"|\w*tablet\w*|\w*insulin\w*) (?:\w+ )?(?:2|3|to|tre) ?(?:x|gange)\b",
)


# -- set AZ (2026-12-08) ------------------------------------------------------------------
# The count of pills lost with a great many said ("a har tabt tællingen på sovepillerne i
# aften, det er vist en hel del").
COUNT_LOST = rx(
    r" (?:tabt|mistet|glemt|tabte|mistede|glemte) (?:\w+ )?(?:taelling\w*|tal\w*|overblik\w*) (?:\w+ ){0,2}?(?:pa|over|af|med) "
    r"(?:\w+ ){0,2}?"
    + PILLS
    + r"\b(?= (?:\w+ ){0,8}?(?:en hel del|en del|mange|en masse|rigtig mange|flere|en handfuld"
    r"|et helt|hele|alle)\b)",
)
# A dangerous amount asked about and a number taken told after it ("hvor mange sovepiller
# er for mange? jeg har nemlig taget otte"): the question is no doubt of the taking.
ASKED_THEN_TAKEN = rx(
    r" hvor (?:mange|meget) (?:\w+ ){0,2}?(?:er for (?:mange|meget)|er farlig\w*|er (?:det )?for (?:mange|meget)"
    r"|skal der til|kan man (?:tale|taale|tage)|ma man tage|er max|er maks\w*)\b(?: \w+){0,6}? (?:jeg|han|hun|mor|far|a"
    r"|vi|ja|min \w+|mit \w+) (?:har |ha |hat )?(?:(?:nemlig|allerede|lige|vist|jo|altsa|sa|da) )*(?:taget|tog|slugt"
    r"|slugte|spist|spiste|indtaget|faet|fik) (?:\d+|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten|tyve|hele|alle|en hel)\b",
)
