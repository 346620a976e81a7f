"""Thoughts of suicide or of not wanting to live, said straight out or around the point."""

from __future__ import annotations

from bot.safety.patterns.words import CANNOT, NEG, PILLS, rx

SIGNS = rx(
    r" selv ?mord\w* | suicid\w* | livs ?linien | livs ?linjen ",
    # "mit eg et liv": the word split as speech recognition writes it (set O)
    r" tage (?:mit|sit|hans|hendes|dit|mit eget|sit eget) (?:eget |eg et |egt |ejet )?liv",
    r" lyst til at do\b",
    # a goodbye: "skriver undskyld og at vi ikke skal lede efter ham" (set T); medicine
    # stopped on purpose, "det må gerne være slut nu" (set M), on the smaller model
    r" (?:ikke|ik) (?:skal |ma |maa )?lede efter (?:ham|hende|mig)\b| (?:ma|maa) (?:gerne|godt) vaere slut\b",
    # how to die without pain, searched or asked (set T)
    r" (?:do|dor) (?:man |jeg )?(?:\w+ )?smertefrit | smertefri (?:dod|made at do)\b",  # "jeg har lyst til at dø og jeg har en plan" (set O)
    r" (?:tage|tog|tager|ta) li ?vet af ",  # "jeg vil ta li vet af mig" (set P)
    r" (?:sla|slar) (?:mig|sig) selv ihjel| draebe (?:mig|sig) selv ",
    r" (?:vil|ville|skal|kunne|kan|lyst til at|taenker pa at|taenkt pa at|overvejer at) (?:\w+ )?"
    r"(?:sla|draebe) (?:mig|sig) (?:selv )?ihjel",
    r" gore en ende pa | gor en ende pa | ende (?:det hele|mit liv|livet|sit liv|det her)",
    r" afslutte (?:mit|sit|livet|det hele)| gore det af med (?:mig|sig) ",
    # "gøre det af" with a means at hand ("vil gøre det af med jagtgeværet", set AO)
    r" (?:gore|gor|gjorde|gjort) det af (?:med|ved hjaelp af|pa) (?:min |mit |mine |sin |sit |sine |hans |hendes"
    r" |det |den |de |et |en |\w+s )?(?:gamle |ladte )?(?:jagt ?gevaer\w*|gevaer\w*|haglgevaer\w*|riffel\w*|rifl\w*"
    r"|pistol\w*|revolver\w*|reb|rebet|\w*piller\w*|\w*pillerne|\w*tabletter\w*|kniv\w*|barberblad\w*|bil\w*"
    r"|udstodningsgas\w*|gas\w*)\b",
    r" slutte det hele\b(?! (?:af|med)\b)",  # "hvordan kan man slutte det hele" (set V)
    rf" (?:vil|ville|onsker|gider|orker|magter|kan|har lyst til at|har {NEG} lyst til at"
    rf"|har {NEG} lyst at) (?:\w+ ){{0,2}}{NEG} (?:at )?leve\b(?! uden )",  # "... uden min kaffe" (set U)
    rf" {NEG} (?:\w+ )?lyst til (?:at )?leve | {NEG} (?:\w+ )?lev(?:e)? (?:mere|mer|laengere)\b",
    r" (?:vil|ville) (?:(?:bare|helst|gerne|ger ne|hellere|allerhelst|egentlig|bare gerne) )*do\b",
    r" traet af at (?:le ve|leve)\b(?! (?:af|med|pa|i|sadan|som|her|alene|uden|sammen)\b)",
    r" onsker (?:\w+ )?(?:at )?do\b| onske (?:\w+ ){0,2}om at do\b",  # "et ønske om at dø" (set N)
    # how many pills it takes ("hvor mange sovepiller der skal til"): asked to die (set N)
    rf" hvor mange (?:\w+ )?{PILLS} (?:\w+ ){{0,2}}skal (?:der )?til\b",
    r" onske (?:\w+ ){0,2}(?:var|vaere) dod| bedre (?:\w+ ){0,3}(?:var|vaere) dod",
    r" bedre (?:\w+ ){0,2}uden mig| (?:ikke|aldrig) (?:\w+ )?vaere her (?:\w+ ){0,2}(?:mere|laengere)",
    # "nu vil jeg også bare væk fra det hele" (set V); not away on a holiday
    r" vil (?:\w+ ){0,3}vaek fra (?:det hele|livet|alting)\b(?!(?: \w+){0,4} (?:ferie|tur|sommerhus\w*|rejse|uge|weekend))"
    r"| (?:bedst|bedre) (?:\w+ ){0,5}(?:var|vaere) (?:vaek|dod|borte)",
    # not "sove og så vågner jeg nok ved syvtiden" (set V)
    r" (?:sove|falde i sovn) (?:\w+ ){0,2}(?:og|uden at) (?:\w+ ){0,2}(?:vagne|vaagne)\b"
    r"(?! (?:\w+ )?(?:ved|klokken|kl|i morgen|om morgenen|til)\b)",
    # to sleep and not be woken (set AH: "vil bare sove og ikke vækkes")
    r" sove (?:\w+ ){0,2}og (?:\w+ )?(?:ikke|ik|aldrig) (?:\w+ )?(?:vaekkes|blive vaekket)\b",
    r" aldrig (?:\w+ )?vagne\w* (?:op )?(?:igen)?| (?:ikke|aldrig) (?:at )?vagne\w* (?:op )?(?:igen|i morgen|mere)",
    # the word order of a statement: "jeg går i seng og vågner aldrig igen"
    r" (?:jeg|a) (?:\w+ ){0,4}vagner (?:\w+ )?aldrig (?:mere|op igen|igen)\b",
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
    r"(?<! om)(?<! planlagt)(?<! planlaegge)(?<! aftalt)(?<! ordnet) min (?:egen )?begravelse | varer (?:ikke|ik) laenge nu | klar til at (?:ga|do|sige farvel)\b",
    r" (?:sin|min|hans|hendes) egen dod | til besvaer (?:\w+ )?laeng\w* | det sidste (?:\w+ ){0,2}"
    r"(?:horer|ser) (?:fra|til) ",
    r" (?:vaere sammen med|blive hos|hen til|over til|op til) (?:\w+ ){0,4}(?:for altid|i himlen|igen)\b",
    r" nar jeg er borte | jeg er (?:her )?(?:ikke|ik) (?:her )?i morgen | tak for alt ",
    rf" (?:vil|skal|taenker pa at|taenkt pa at|overvejer at|overvejet at) tage alle (?:\w+ )?{PILLS}| kan man do af ",
    r" (?:ingen|ikke nogen) mening (?:\w+ ){0,2}(?:at|med at) (?:fortsaette|leve|vaere her|blive ved|ga videre)\b",
    r" meningslos\w* (?:at|med at) (?:leve|fortsaette|vaere her)\b",
    r" (?:vil|ville|skal|gerne) (?:\w+ ){0,2}sove for altid\b",
    # soon to be with the dead: a farewell ("hun vil snart være hos morfar")
    r" (?:(?:vil|skal|kommer|ga) snart|snart (?:vil|skal)) (?:\w+ ){0,2}(?:vaere|komme) (?:hos|op til|over til) (?:\w+ )?"
    r"(?:morfar|mormor|farfar|farmor|afdode|vorherre|gud)\b",
    r" sag\w* farvel til (?:os |jer |dem )?(?:alle|livet|verden)| ikke mere at leve for ",
    # a farewell sent to everyone; about to jump from a balcony or a bridge (set P)
    r" (?:sendt|sendte|skrevet|skrev|sms\w*) (?:\w+ ){0,2}farvel\w* til (?:\w+ ){0,2}alle\b",
    r" (?:altan\w*|bro|bron|broen|taget|vinduet|vindueskarm\w*|kanten) (?:\w+ ){0,8}(?:vil|ville|truer med at|skal)"
    r" (?:\w+ )?(?:springe|hoppe)\b",
    r" reb (?:\w+ ){0,10}(?:bruge|haenge|taenkt)| (?:kobt|gemt|fundet) (?:et )?reb ",
    # a will made at the lawyer's is paperwork ("fået skrevet testamente hos advokaten", set U)
    r" testamente\w* (?!(?:\w+ ){0,2}(?:hos|ved|med) (?:\w+ )?advokat)| afsked\w* | brev\w* (?:\w+ ){0,12}(?:finder det|bagefter|ligger klar|klar i)",
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
    # not a thing: "ingen ville savne den gamle bil hvis den forsvandt"
    r" ingen (?:\w+ )?(?:vil|ville|vil komme til at) savne (?!(?:\w+ ){0,4}(?:hvis|nar|om) (?:den|det) )| til besvaer for alle | byrde for (?:alle|jer|mine|familien|dem|min)",
    r" sige farvel til (?:alle|livet|verden)| samle\w* (?:\w+ ){0,2}piller | gemt (?:\w+ )?piller ",
    # "jeg vil helst ha at det hele var forbi" (the model's crisis, doubted for "ha" and
    # "forbi"); not a task's end ("… inden jul", "… med flytningen")
    r" (?:vil|ville) (?:helst|hellere|bare|gerne) (?:have|ha) at (?:det hele|alt|livet|alt det her) (?:var|er|blev)"
    r" (?:forbi|slut|overstaet)(?! (?:inden|for|til|med|sa|saa|nar|naar)\b)",
    # whole words after it: "kan ikke mere af den suppe" is full (set U), not "... a ..."
    rf" (?:kan|ka|orker|magter|klarer|gider|vil) (?:\w+ )?{NEG} (?:mere|mer|laengere)(?! at (?:skrive|vente|snakke|tale|chatte|taste|sidde|hore|lytte|gentage|sporge|bruge|prove|kigge|vaske|lave|gore|ga|ringe|lase|laese|se|spise|drikke|tage|bore|bygge|kore|staa|sta)\b)(?= $| (?:og|jeg|a|at|det|nu"
    r"|altsa|rigtig|med (?:livet|noget|det))(?!\w)| (?:\w+ ){0,2}(?:livet|leve|det her liv))",
    rf" {CANNOT} (?:klare|holde) (?:\w+ )?(?:mere|ud|livet|det (?:her|mere|laengere))",
    r" mister (?:\w+ )?lysten til (?:at )?leve | har mistet (?:\w+ )?livslysten | livslyst ",
    r" ingen grund til at blive her | (?:kan|ka) (?:ikke|ik) (?:mere|mer) uden (?:ham|hende)\b",
    r" bange for (?:\w+ ){0,2}(?:hvad|at) (?:\w+ ){0,2}(?:planlaegger|vil gore ved sig selv)",
    r" farvel (?:\w+ ){0,10}for sidste gang | sagt farvel til (?:dem|alle dem) (?:der|som) ",
    r" (?:haber|onsker|beder) (?:\w+ ){0,5}(?:ikke|ik|aldrig) (?:\w+ )?vagne\w*",
    r" sig til (?:\w+ ){0,3}at jeg elsker (?:\w+ ){0,8}(?:skyld|farvel)| rydde op efter mig ",
    r" nar jeg er vaek\b| vaere hos (?:\w+ ){0,2}igen (?:\w+ ){0,3}(?:der|hvor)",
    r" traet af at vaere til besvaer | til besvaer for (?:dem|alle|jer)| fri for mig ",
    # "det bedste var, hvis ..." too (set AF)
    r" (?:bedst|bedste|bedre) (?:\w+ ){0,4}hvis (?:jeg|a) (?:\w+ )?(?:ikke|ik) (?:\w+ )?(?:er|var) (?:her|til)",
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
    # "har ikke tænkt mig at være her ret meget længere" (set R)
    rf" {NEG} (?:taenkt mig|planer om|lyst til|tanker om|taenker) (?:at )?vaere her (?:\w+ ){{0,3}}laenge\w*",
    r" folge (?:\w+ )?efter (?:\w+ ){1,2}snart | snart folge (?:\w+ )?efter ",
    r" (?:min|hans|hendes) tur til at (?:\w+ ){0,3}(?:slippe|ga herfra|do)\b",
    r" (?:de|dem|den|han|hun) (?:der|som) finder mig\b| levet laenge nok ",
    r" vide at (?:\w+ ){0,3}(?:ikke|ik) (?:er )?(?:deres|jeres|din|hans|hendes) skyld ",
    r" breve? (?:\w+ ){0,6}(?:alt|det hele) (?:\w+ )?pa plads\b| hvem der skal have hvad ",
)


# Pills gathered and their purpose known ("købt en masse sovepiller, og jeg ved godt, hvad
# de skal bruges til", set S).
PILLS_MEANT = rx(
    rf" {PILLS} (?:\w+ ){{0,8}}ved (?:\w+ )?(?:godt|vel|nok|udmaerket|jo) hvad (?:de|den|det|jeg) skal"
    r" (?:bruges|bruge \w+) til\b",
)


# Set U's classes: leave asked to slip away, said at the end ("jeg vil bare have lov til at
# slippe"); a decision that this is the last Christmas; a farewell sent to all and the
# phone not answered since.
LET_GO = rx(
    r" (?:lov til at|lov at|bare|gerne|helst) slippe (?:(?:nu|for det hele|for alt|vaek|fri) )?$",
)
DECIDED_LAST = rx(
    r" (?:bestemt|besluttet) (?:mig|os|sig) (?:\w+ ){0,8}(?:min|hans|hendes|den|sin) sidste (?:jul|sommer"
    r"|vinter|fodselsdag|dag|nytar|paske|uge|maned)\b",
    r" (?:min|hans|hendes|sin) sidste (?:jul|sommer|vinter|fodselsdag|nytar|paske) (?:\w+ ){0,8}(?:bestemt"
    r"|besluttet) (?:mig|sig)\b",
)
FAREWELL_SENT = rx(
    r" (?:sendt|sendte|skrevet|skrev|sms\w*|besked\w*) (?:\w+ ){0,10}(?:passe (?:godt )?pa hinanden"
    r"|passe pa (?:jer|dig) selv|elsker (?:jer|dig) alle|tak for alt|farvel)\b",
)
NOT_ANSWERING_SINCE = rx(
    r" (?:tager|tog) (?:\w+ )?(?:ikke|ik) (?:\w+ )?telefon\w* | svarer (?:ikke|ik) | (?:kan|ka) (?:ikke|ik) (?:\w+ )?fa fat ",
)


# Set V's classes: nothing left to get up for since a death, and a wish to come to the
# dead ("siden Inger døde ... hvordan jeg kan komme hen til hende"); papers put in order
# with not being here soon ("har ordnet alle sine papirer ... hvis han ikke er her næste uge").
NOTHING_TO_GET_UP_FOR = rx(r" (?:ikke|intet|ingenting) (?:noget |mere )?at sta op (?:til|for)\b")
TO_THE_DEAD = rx(
    r" hvordan (?:jeg|a) (?:\w+ )?(?:kan|ka|skal|kunne) (?:komme|na) (?:hen|op|over|ind) til (?:hende|ham|dem)\b",
    r" (?:vil|ville|gerne|lyst til at|laenges efter at) (?:\w+ )?(?:komme|vaere) (?:hen |op |over )?"
    r"(?:til|hos|sammen med) (?:hende|ham) (?:\w+ )?(?:igen|deroppe|i himlen)\b",
    # "ventet på at få lov at følge efter ham" (set X)
    r" (?:folge|folger|fulgte) (?:\w+ )?efter (?:ham|hende|dem)\b",
)
DEATH_SAID = rx(r" (?:dode|dod|doede|gik bort|mistede|begravet|begravede) ")
AFFAIRS_IN_ORDER = rx(
    r" (?:ordnet|ordnede|ordner|ryddet op i|gjort op|styr pa) (?:\w+ ){0,2}(?:alle )?(?:sine|mine|hans|hendes)"
    r" (?:papirer|sager|ting|affaerer)\b",
)
NOT_HERE_SOON = rx(
    rf" {NEG} (?:er|vaere|er her|vaere her) (?:her )?(?:\w+ )?(?:naeste|i morgen|til jul|til sommer|om en)\b",
    r" (?:ikke|ik) (?:gor|betyder) (?:\w+ )?(?:noget|nogen forskel) (?:\w+ ){0,2}(?:hvis|om) (?:jeg|han|hun)"
    r" (?:\w+ )?(?:ikke|ik) er her\b",
)


# Set W's classes: "ned til Grethe på kirkegården, jo før jo bedre"; morphine kept from a
# husband's illness and often thought of; sleeping pills saved up.
SOONER_THE_BETTER = rx(
    r" kirkegard\w* (?:\w+ ){0,4}(?:jo for jo bedre|jo hurtigere jo bedre|helst i dag|hellere i dag end i morgen)\b",
    r" (?:jo for jo bedre|jo hurtigere jo bedre) (?:\w+ ){0,4}kirkegard\w*",
)
HOARDED = rx(
    r" (?:samler pa|samlet pa|sparet (?:\w+ )?sammen|samlet (?:\w+ )?sammen|sparer (?:\w+ )?sammen) (?:\w+ ){0,2}"
    r"(?:morfin\w*|sovepille\w*|sove ?medicin\w*|piller\w*|pillerne|tablet\w*|\w*plaster\w*)\b",
    r" (?:gemt|gemmer|gemte) (?:\w+ ){0,2}(?:morfin\w*|sovepille\w*|sove ?medicin\w*|piller\w*|pillerne|tablet\w*"
    r"|\w*plaster\w*)\b(?: \w+){0,8} (?:taenker|taenkt|tanker|til den dag|til en dag|hvis det bliver for\w*)\b",
)


# Set X's classes: a burden lifted if one were gone; how high it is from the top of the
# car park, asked sadly; crying, "så er jeg her ikke" about tomorrow.
BURDEN = rx(
    r" (?:nemmest|lettest|bedst|en lettelse|godt) for (?:dem|alle|jer|familien|bornene|min \w+|mine \w+)(?: \w+){0,3}"
    r" hvis (?:jeg|a) (?:ikke var her|ikke var til|var vaek|var dod|forsvandt|ikke fandtes|ikke var her mere)\b",
)
HEIGHT = rx(
    r" hvor hojt (?:der )?(?:er|var) (?:der )?(?:\w+ )?(?:fra|ned fra|ned|op til|pa) (?:toppen af )?(?:\w+ )?(?:\w*parkeringshus\w*|bro\w*"
    r"|taget|altan\w*|tarn\w*|klint\w*|skraent\w*|\w*hus\w*|\w*etage\w*)",
)
NOT_HERE = rx(r" (?:sa|da) er (?:jeg|a) (?:her )?(?:ikke|ik)(?: her| mere| laengere)?\b")
SAD = rx(r" graed\w* | trist\w* | ked af det | haablos\w* | hablos\w* | opgivet | fortvivl\w* ")


# Set Y's classes: a watch and medals given away, "he won't be needing them", strangely
# calm; how many heart pills it takes for the heart to stop; whether the beam will hold
# him; to starve oneself to death; up the church tower and "så er det slut med det hele";
# pills one can die quietly of; going to the Lord tonight.
GAVE_AWAY = rx(r" (?:givet|foraeret|forarer|giver|gav|delt) (?:\w+ ){0,6}(?:vaek|ud)\b")
NO_LONGER_NEEDED = rx(
    rf" {NEG} (?:skal |skulle )?(?:bruge|brug for|fa brug for|have brug for) (?:dem|det|den|noget|nogen af delene)"
    r" (?:\w+ )?(?:mere|laengere)\b| (?:maerkelig|underlig)\w* rolig ",
)
HOW_MANY_TO_DIE = rx(
    r" hvor mange (?:\w+ ){0,5}(?:\w*piller\w*|\w*tablet\w*|\w*pille) (?:\w+ ){0,5}"
    r"(?:hjertet stop\w*|for at do|til at do|man dor|man doer|ikke vagner|ihjel|do af)\b",
    r" (?:\w*piller\w*|\w*tablet\w*) (?:\w+ ){0,3}(?:man|jeg|hun|han) kan do (?:\w+ )?af\b",
)
BEAM = rx(
    r" (?:bjaelke\w*|krog\w*|loftsbjaelke\w*|rebet|et reb|grenen) (?:\w+ ){0,3}(?:kan )?(?:holde|baere) (?:til )?(?:mig|ham|hende|min vaegt)\b",
)
STARVE = rx(r" sulte (?:sig|mig|hende|ham) (?:selv )?ihjel\b")
END_OF_ALL = rx(
    r" (?:sa er det|sa er det hele|sa bliver det|sa er|snart er det|er det snart) slut med (?:det hele|alting|mig)\b(?! (?:\w+ )?(?:for i ar|for i dag|for denne gang))",
)
TO_THE_LORD = rx(
    r" (?:gar|kommer|rejser|tager) (?:op )?til (?:ham|vorherre|vor herre|gud|jesus|\w+ deroppe) i (?:nat|aften|morgen)\b",
)
LORD = rx(r" vorherre | vor herre | gud | jesus | ham deroppe ")

# Set Z's classes: nothing to stay here for, sleeping for ever, letting oneself fall.
NOTHING_TO_STAY_FOR = rx(
    # "hvad er der egentlig at blive her for"
    r" hvad (?:er der|har jeg) (?:\w+ )?(?:egentlig |overhovedet |sa |mere )?(?:at )?(?:blive|leve|vaere) (?:her |til )?for\b",
    # something bought to sleep for ever; to switch oneself off like a radio
    r" (?:sove|falde i sovn) (?:ind )?for altid | slukke (?:for )?(?:sig|mig) selv ",
    # on the bridge, looking down at the water, thinking of letting oneself fall
    r" (?:tanke|taenke|taenkte|taenkt|taenker|overvej\w*) (?:\w+ ){0,3}(?:at )?lade mig (?:falde|glide|synke)\b",
    # all the pills at once, to sleep away
    rf" (?:tog|tager|tage|taget|slugte|sluger) alle (?:\w+ ){{0,3}}{PILLS} (?:\w+ ){{0,10}}(?:sove ind|do|doe|vagne|vaagne|ende)\b",
)

# Set Æ's classes: a means ready (the car in the closed garage, a blade brought out), the
# last autumn decided, goodbye said.
MEANS_READY = rx(
    # in the car in the closed garage, not wanting to go in again
    r" bil\w* (?:\w+ ){0,4}garage\w* (?:\w+ ){0,3}(?:porten|doren|alt) (?:\w+ )?lukket\b(?= (?:\w+ ){0,10}"
    r"(?:ikke lyst|ik lyst|vil ikke|orker ikke|motoren|ga ind igen))",
    # a means found and brought out, thought of all day
    r" (?:fundet|taget|lagt|hentet|fandt|tog) (?:\w+ ){0,4}(?:barberblad\w*|reb|rebet|pistol\w*|gevaer\w*|jagtgevaer\w*)"
    r" (?:\w+ ){0,2}frem\b",
    # the last autumn, decided; goodbye said to those it should be
    r" mit sidste (?:efterar|forar|sommer|jul|ar|vinter)\b(?= (?:\w+ ){0,8}(?:besluttet|bestemt|sagt farvel))",
    r" sagt farvel til (?:dem|alle|de) (?:\w+ ){0,2}(?:jeg skal|der betyder)\b",
)

# Set Ø's classes: letting go, lying down in the snow, those who find one, affairs settled.
LETTING_GO = rx(
    # to be let go: "noget så hun kan slippe", "hun ikke orker mere"
    r" noget (?:\w+ )?sa (?:hun|han|jeg) (?:kan|ma|maa|kunne) slippe\b| (?:hun|han|jeg) (?:ikke|ik) orker mere\b",
    # to lie down to sleep out in the snow
    r" (?:laegge|laeg|lagge|ligge) (?:mig|sig) (?:\w+ ){0,3}(?:ude )?i sneen\b",
    # how to do it so it does not hurt, and for those who find one
    r" (?:synd|slemt|forfaerdeligt) for (?:dem|den|de) der finder (?:en|mig|ham|hende)\b",
    # affairs settled: the paper cancelled, the cat given away, nothing more to do
    r" (?:opsagt|afmeldt) (?:\w+ ){0,2}(?:avis\w*|abonnement\w*)\b(?= (?:\w+ ){0,12}(?:ikke mere at gore|givet|sagt farvel))",
)

# Set Å's classes: a means in mind and then "slut", treatment stopped to spare others, how
# long before one is found, harm to oneself.
# Others spared of one, or one dead: what stopping a treatment is for, said.
_SPARED = (
    r"(?:slipper (?:\w+ ){0,3}for (?:at have |at se |at passe |at passe pa )?mig\b|fri for mig\b|en byrde"
    r"|til besvaer|til last|haengende|sa dor jeg|dor jeg bare|vil do\b|sa er det (?:\w+ )?slut\b(?! med))"
)
MEANS_OR_HARM = rx(
    # a means in the mind, "så er det vel bare slut"
    r" (?:taender|taende|abner|aabner|skruer op) (?:\w+ ){0,2}(?:for )?gas(?:sen)?\b(?= (?:\w+ ){0,12}"
    r"(?:slut|forbi|overstaet|sover (?:\w+ )?ind|vagner|vaagner))",
    r" hvis (?:jeg|a) (?:\w+ ){0,10}(?:gas\w*|pillerne|alle \w*piller\w*|reb\w*|kniv\w*|broen|toget|skinnerne"
    r"|havet|soen|laegger mig|lagger mig|hopper|springer) (?:\w+ ){0,8}(?:sa|saa) er det (?:\w+ ){0,2}(?:slut"
    r"|forbi|overstaet)\b(?! med (?!det hele|alting|mig\b))",
    # treatment that keeps one alive stopped, so others are spared
    r" (?:holder op|stopper|hopper af|dropper|melder mig ud) (?:med )?(?:\w+ )?(?:dialyse\w*|ilt\w*|insulin\w*"
    r"|behandling\w*|kemo\w*|medicin\w*)\b(?= (?:\w+ ){0,10}" + _SPARED + ")",
    rf" (?:tager|tage) {NEG} (?:mere |flere )?(?:insulin|medicin\w*|piller\w*)\b(?= (?:\w+ ){{0,10}}"
    + _SPARED
    + ")",
    # planned for when no one comes, how long before someone finds one
    r" (?:gore|goere|gor) det (?:\w+ ){0,10}(?:hvor lang tid|hvor lang|hvornar) (?:\w+ ){0,4}(?:for|inden|til)"
    r" (?:nogen|de|man|hjemmeplejen|familien) (?:\w+ )?finder mig\b",
    # to cut oneself, to harm oneself
    r" (?:skaere|skaerer|snitte|snitter|rispe|risper) i mig selv\b",
    r" (?:taenker|taenkt|lyst|overvejer|overvejet|trang) (?:\w+ ){0,2}(?:at )?(?:skade|skaere|gore skade pa"
    r"|gore mig selv fortraed|gore mig fortraed) (?:i )?mig selv\b",
)


# -- set AQ (2026-12-07) ------------------------------------------------------------------
# "Det bedste er, hvis jeg/han bare dør i nat og ikke vågner": a wish to die, said by one
# or told of another ("Arne siger i dag at det bedste er hvis han bare dør i nat").
_DIES = (
    r"(?:do|dor|dode|doede|sov ind|sover ind|faldt i sovn|ikke vagner|ikke vaagner|aldrig vagner|aldrig vaagner"
    r"|ikke vagnede|ikke vaagnede|var dod|er dod|var vaek|slap|ikke var her|ikke var til)"
)
_NOT_PEACEFUL = (
    r"(?! (?:\w+ ){0,2}(?:hjemme|her hjemme|i (?:mit|sit|hans|hendes) (?:eget )?hjem|i fred|stille og roligt"
    r"|pa hospice\w*|uden smerter|smertefrit))"
)
BEST_IF_DEAD = rx(
    rf" (?:det )?(?:bedste|bedst|nemmeste|letteste) (?:\w+ )?(?:er|var|ville vaere|vil vaere|blir|bliver)?"
    rf" ?(?:at |hvis |om |nar )?(?:jeg|a) (?:bare )?(?:\w+ )?{_DIES}\b{_NOT_PEACEFUL}",
    rf" (?:siger|sagde|sir|skrev|skriver|gentager|fortaeller|fortalte) (?:\w+ ){{0,5}}(?:det )?"
    rf"(?:bedste|bedst|nemmeste|letteste) (?:\w+ )?(?:er|var|ville vaere|vil vaere|blir|bliver)? ?(?:at |hvis |om"
    rf" |nar )?(?:han|hun) (?:bare )?(?:\w+ )?{_DIES}\b{_NOT_PEACEFUL}",
)


# -- set AS (2026-12-07) ------------------------------------------------------------------
# Indifferent whether one wakes up tomorrow ("det kunne være det samme om jeg vågnede i
# morgen eller ej", "lige meget om a vågner igen").
_I = r"(?:jeg|jae|ja|je|a)"
_WAKES = (
    r"(?:vagner|vagnede|vaagner|vaagnede|vagne|vaagne|lever|levede|er her|var her|star op|stod op|overlever"
    r"|overlevede)"
)
INDIFFERENT_TO_WAKING = rx(
    rf" (?:ligegyldigt|ligegyldig|ligemeget|lige meget|(?:det|de) samme|ligeglad|underordnet|egal|hip som hap)"
    rf" (?:\w+ ){{0,2}}(?:om|hvis|om sa) {_I} (?:\w+ )?{_WAKES}(?: i morgen| igen| mere)?"
    r" (?:eller (?:ej|ikke|ik|it|ikk|ej)|eller om (?:jeg|a) (?:ikke|ik) (?:gor|gjorde))\b",
    rf" (?:ligegyldigt|ligegyldig|ligemeget|lige meget|(?:det|de) samme|ligeglad|underordnet|egal)"
    rf" (?:\w+ ){{0,2}}(?:om|hvis|om sa) {_I} (?:\w+ )?{_WAKES} (?:i morgen|igen|mere)\b",
    rf" (?:gor|gjorde|ville) (?:\w+ )?(?:ikke|ik|it) (?:\w+ )?(?:noget|nogen forskel) (?:\w+ )?(?:om|hvis) {_I}"
    r" (?:\w+ )?(?:ikke|ik|it|aldrig) (?:\w+ )?(?:vagner|vaagner|vagnede|vaagnede|vagne|vaagne)\b",
)
# Drinking oneself to death, meant for tonight ("tror jeg drikker mig ihjel i aften, så er
# der ro"); not a drink one is "dying" of ("drikker mig ihjel i kaffe").
_NOT_A_DRINK = r"(?! (?:\w+ )?(?:i|pa|af) (?:kaffe\w*|te|the|vand|saft|sodavand|cola|juice|maelk|kakao|smoothie\w*))"
DRINK_TO_DEATH = rx(
    rf" (?:drikker|drikke|drik|drak) (?:mig|mae|mi) (?:bare |helt |sgu )?ihjel\b{_NOT_A_DRINK}"
    r"(?=(?: \w+){0,3} (?:i aften|i nat|nu|i dag|snart|sa er|saa er|i morgen|inden|for sa|sa slipper))",
    rf" (?:vil|ville|skal|ska|tror (?:jeg|a)|gar hen og|tager og|lige sa godt|har taenkt mig at|taenker pa at"
    rf"|vil bare|har lyst til at|gider ikke andet end at) (?:\w+ ){{0,2}}(?:drikke|drikker|drik) (?:mig|mae|mi)"
    rf" (?:bare |helt |sgu )?ihjel\b{_NOT_A_DRINK}",
)
# No reason to get up any more ("der er ikke nogen grund til at jeg står op i morgen eller
# nogen anden dag"); not a plan for one morning ("ingen grund til at stå op før ti").
NO_REASON_TO_GET_UP = rx(
    r" (?:ikke|ik|it|ingen) (?:nogen |noget |en |nogen som helst )?(?:grund|mening|formal|formaal|meningen) (?:med|til)"
    r" (?:at|a) (?:jeg |a |jae )?(?:\w+ )?(?:star|sta|staa|staar|rejser|rejse) (?:mig |mae )?op\b"
    r"(?= (?:\w+ ){0,4}(?:mere|nogen anden dag|nogensinde|nogen sinde|laengere|overhovedet|igen|nogen dag"
    r"|nogen flere dage|eller nogen)\b)",
    r" hvorfor (?:skulle|ska|skal) (?:jeg|a|jae) (?:overhovedet |egentlig |dog )?(?:sta|staa) op (?:\w+ ){0,3}"
    r"(?:mere|nogensinde|igen|nogen anden dag|nogen sinde)\b",
)
# A farewell in a letter to one's family ("skrevet et brev til børnene hvor han siger
# farvel"); goodbye said for good ("sagt farvel for altid"), not to a guest leaving.
FAREWELL_LETTER = rx(
    r" (?:skrevet|skrev|skriver|efterladt|efterlod|lagt|lagde|fundet|fandt) (?:\w+ ){0,2}(?:brev|brevet|breve"
    r"|besked|beskeden|seddel|sedlen|mail|sms|kort) (?:\w+ ){0,8}(?:siger|sagt|sagde|skriver|skrevet|skrev|tager"
    r"|taget|tog|star|staar|stod) (?:\w+ ){0,2}(?:farvel|afsked)\b"
    r"(?! (?:\w+ ){0,2}(?:for i dag|for nu|for denne gang|for sidst|vi ses|tak for (?:i dag|sidst|besoget|nu|maden"
    r"|hjaelpen|snakken|turen)))"
    r"(?! (?:\w+ ){0,3}(?:inden|for|da|nar|fordi) (?:\w+ ){0,2}(?:rejs\w*|flytt\w*|tog|tager|korte|korer|gik))",
    r" (?:sagt|sagde|siger|sige|sir|tage|taget|tog|tager) (?:\w+ ){0,2}(?:farvel|afsked) (?:til (?:os|jer|mig|dem|alle"
    r"|bornene|familien|sine born|sin familie|\w+ born|\w+) )?(?:for altid"
    r"|for evigt|for good|for sidste gang|en sidste gang|som om (?:\w+ ){0,2}(?:aldrig|ikke skulle|ikke ser))\b",
)
# Nobody would miss one if one disappeared, said of oneself or told of another ("der er
# ikke nogen der ville savne hende hvis hun bare forsvandt"); not a thing ("den gamle sofa").
NOBODY_WOULD_MISS = rx(
    r" (?:ingen|ikke (?:\w+ )?nogen|ik (?:\w+ )?nogen|ikk (?:\w+ )?nogen) (?:\w+ ){0,3}(?:ville|vil|ku|kunne|ville"
    r" komme til at|vil komme til at)? ?(?:savne|opdage|laegge maerke til|bemaerke|sorge over|savner|opdager)"
    r" (?:det )?(?:mig|mae|ham|hende|os)? ?(?:\w+ )?(?:hvis|om|nar) (?:jeg|a|han|hun|vi) (?:bare |nu |ikke |ik"
    r" |engang |en dag |pludselig )*(?:forsvandt|forsvinder|var vaek|er vaek|var dod|dode|dor|ikke var her"
    r"|ikke er her|ikke var til|ikke var mere|var borte|gik bort|tog (?:mit|sit) liv|holdt op med at leve)\b",
    r" (?:ikke|ik|ikk) (?:\w+ )?nogen (?:\w+ ){0,2}(?:ville|vil|ku|kunne) (?:\w+ )?(?:savne|opdage) (?:mig|mae)\b",
)
# Not being here at Christmas, next year or much longer, said while not ill ("skal ikke
# regne med ham til jul, han er her ikke til den tid, og han er ikke engang syg").
_NOT_HERE = (
    r" (?:jeg|a|jae|han|hun) (?:\w+ )?(?:(?:er|bliver|blir) (?:her )?(?:nok |sgu |altsa |jo |sikkert )*(?:ikke|ik|ikk|it)"
    r" (?:her )?|(?:ikke|ik|ikk) (?:er|bliver|blir) (?:her )?|(?:vil|kommer) (?:ikke|ik) (?:til at )?(?:vaere|va) her )"
    r"(?:til jul\w*|til den tid|til naeste ar|naeste ar|naeste jul|til foraret|til sommer\w*|til nytar"
    r"|til (?:min|hans|hendes|sin|\w+s) fodselsdag|meget laengere|ret meget laengere|sa meget laengere"
    r"|saa meget laengere|sa laenge endnu|laenge endnu)\b"
)
_NOT_ILL = (
    r"(?:ikke engang syg|ik engang syg|ikke syg|ik syg|(?:ikke|ik) er (?:\w+ )?syg|fejler (?:ikke noget|ingenting|ik noget|intet)"
    r"|er (?:helt |ellers )?rask|ikke engang (?:daarlig|darlig))"
)
NOT_HERE_NOT_ILL = rx(
    rf"{_NOT_HERE}(?= (?:\w+ ){{0,16}}{_NOT_ILL}\b)",
    rf" {_NOT_ILL}(?: \w+){{0,12}}?{_NOT_HERE}",
    rf" (?:ikke|ik|ikk) (?:skal |ska )?regne med (?:mig|mae|ham|hende)(?: \w+){{0,12}}?{_NOT_HERE}",
)
# away, not gone: travelling, staying with family, at work or in hospital then
AWAY = rx(
    r" (?:rejs\w*|ferie\w*|udland\w*|spanien|thailand|mallorca|tyrkiet|sverige|norge|tyskland|frankrig|italien"
    r"|graekenland|kanarie\w*|gran canaria|sommerhus\w*|krydstogt\w*|flytte\w*|flytter|hos|indlagt|hospital\w*"
    r"|sygehus\w*|plejehjem\w*|arbejde\w*|vagt\w*|bortrejst|udstationeret|aflosning|aflosningsplads)\b",
)
# Asked to help one end it all ("beder mig hjælpe ham med at få en ende på det hele"), or
# wishing to; not an end to a mess ("få en ende på det rod i køkkenet").
_IT_ALL = (
    r"(?:det hele|livet|mit liv|sit liv|hans liv|hendes liv|alting)(?= $| (?:jeg|a|han|hun|nu|og|for|inden|sa|saa"
    r"|men|ikke|ik|fordi|altsa|sgu|snart|for altid|hvad|hvordan|i aften|i nat|i dag|med det samme|hurtigt)\b)"
)
HELP_TO_END = rx(
    r" hjaelp\w* (?:mig |mae |ham |hende )?(?:\w+ )?(?:med |til )?(?:at |a )?(?:(?:fa|faa|gore|gor|lave) (?:\w+ )?en ende"
    rf" pa (?:{_IT_ALL}|det(?: her)?(?= $| (?:jeg|a|han|hun|nu|og|for|men|fordi|hvad|inden|sa)\b))"
    rf"|(?:afslutte|slutte|ende) {_IT_ALL})",
    rf" (?:jeg|a|jae|han|hun) (?:vil|ville|skal|ska|ma|maa) (?:bare |gerne |helst |nu )*(?:have|ha|fa|faa|gore) en ende"
    rf" pa {_IT_ALL}",
)


# -- set AU (2026-12-07) ------------------------------------------------------------------
# A stroke survivor's halting fragments: better dead than like this ("bedre død end sådan
# her"), tired of all and to sleep and not wake ("vil sove øh ikke vågne"), a burden and
# better gone ("byrde for poul bedre jeg væk"), thinking every day of ending it.
HALTING_WISH = rx(
    r" (?:bedre|hellere|helst) (?:\w+ )?(?:dod|doed|vaek|borte) end (?:sadan|saadan|san|sa|saa|det her|dette|at leve"
    r"|at leve sadan|at ligge sadan|at vaere sadan|at sidde sadan|det)\b",
    r" (?:vil|ville|gerne|bare) (?:bare |gerne |helst )?sove (?:\w+ ){0,2}(?:ikke|ik|it|ikk|aldrig) (?:mere )?"
    r"(?:vagne|vaagne|vagn|vaekkes)\b",
    r" bedre (?:hvis |at |om )?(?:jeg|a|jae) (?:bare )?(?:vaek|dod|borte|vaek fra det hele|ikke her)(?= $| (?:\w+ )?"
    r"(?:for|og|sa|saa|nu|bare|alle|end|ikke|hvis)\b)",
    r" (?:taenker|taenkte|taenkt|tanker om|overvejer|overvejet) (?:pa |paa )?(?:at |a )?(?:ende|slutte|stoppe|afslutte)"
    r" (?:det|det hele|livet|alt)\b(?= $| (?:\w+ )?(?:hver|hele|tit|ofte|altid|nu|igen|snart|hver dag|tiden|jeg|men"
    r"|og|om)\b)",
)
# Something done to oneself so as not to be sad any more ("tænkt på at gøre noget ved mig
# selv"); no reason to wake any more, or very far down ("ser ikke nogen grund til at vågne
# mere, hun er meget langt nede").
HARM_ONESELF = rx(
    r" (?:taenkt|taenker|taenkte|overvejer|overvejet|lyst til|kan finde pa|kunne finde pa|bange for (?:at )?(?:jeg|hun"
    r"|han)|vil|ville|har lyst til) (?:pa )?(?:at )?(?:\w+ )?(?:gore|gor|gjorde|gjort) (?:noget|nogen ting|en ting)"
    r" (?:ved|mod) (?:mig|sig|mae|mi) selv\b",
)
NO_REASON_TO_WAKE = rx(
    r" (?:ikke|ik|ingen|ser ikke) (?:\w+ )?(?:nogen |noget )?(?:grund|mening|formal) (?:til|med) (?:at |a )?"
    r"(?:vagne|vaagne)(?: op)? (?:\w+ )?(?:mere|laengere|nogensinde)\b",
)
# Gone soon: for when one is not here any more, and "it will not be long" beside it
# ("... så de har dem, når jeg ikke er her mere. Jeg tror ikke, det varer længe").
NOT_HERE_NOT_LONG = rx(
    r" (?:nar|naar|hvis) (?:jeg|a|jae) (?:ikke|ik) (?:er|er her|er til|lever)(?: \w+){0,2}? (?:mere|laengere)\b"
    r"(?= (?:\w+ ){0,4}(?:(?:tror|regner|forventer) (?:\w+ )?(?:ikke|ik) (?:det|at det) (?:varer|bliver|tager) (?:sa |saa )?laenge"
    r"|det (?:varer|tager) (?:nok |vist |sikkert )?(?:ikke|ik) (?:sa |saa )?laenge))",
)

# -- set AV (2026-12-07) ------------------------------------------------------------------
# No reason to be here any more, nothing to be here for ("nu hvor Aksel er borte er der
# ingen grund til at ja er her mere"; "a har ikke noget at være her for mere").
NOTHING_TO_BE_HERE_FOR = rx(
    r" (?:ingen|ikke (?:nogen|noget|nogen som helst)|ingen som helst) (?:grund|mening) (?:til|med) at (?:jeg|a|ja)"
    r" (?:er|bliver|skal vaere|skal blive|vaere) her (?:mere|laengere)\b",
    r" (?:ikke noget|ikke nogen|intet|ingenting|ingen) (?:\w+ )?at (?:vaere|blive|leve) her for\b",
)
# Others relieved of one soon, with one who cannot go on beside it ("siger han ikke
# gider mere og at vi snart slipper for ham").
RELIEVED_OF = rx(
    r" (?:snart|sa|nu|endelig|da) (?:\w+ )?(?:slipper|slippe|er fri|bliver fri) (?:\w+ )?for (?:mig|mae|ham|hende)\b"
)
CANNOT_GO_ON = rx(
    r" (?:gider|orker|kan|ka) (?:ikke|ik|ente) (?:\w+ )?(?:mere|mer|leve|laengere)\b",
    r" (?:ikke|ik|ente) (?:gider|orker) (?:\w+ )?(?:mere|mer|leve|laengere)\b",
)
# Things given away with no need for them any more or a farewell to everyone ("har
# givet hunden væk ... Siger han ikke får brug for dem").
GIVEN_AWAY = rx(r" (?:givet|foraeret|forarede|gav|delt) (?:\w+ ){0,4}?(?:vaek|bort|ud)\b")
GIVEN_AWAY_WHY = rx(
    r" (?:ikke|ik|ente) (?:far|faar|faa|kommer til at (?:fa|have)) brug for (?:dem|den|det|noget)(?: mere| laengere)?"
    r"(?! (?:\w+ )?(?:nu hvor|fordi|da|nar|naar|for|efter|pa plejehjem|i (?:\w+ )?(?:sommer|vinter|ferien)))\b",
    r" (?:siger|sagt|sagde|tager|tog) (?:\w+ )?(?:farvel|afsked) (?:til|med) (?:os|jer) alle(?: sammen)?"
    r"(?! (?:\w+ ){0,3}(?:inden|for|da|nar|fordi) )",
)
# Easier for the others if one were not here ("det ville nok være lettere for dem alle
# sammen hvis a ik var her"); not here for a while is no such wish.
EASIER_WITHOUT_ME = rx(
    r" (?:lettere|bedre|nemmere|lettest|bedst|nemmest) for (?:\w+ ){0,4}?hvis (?:jeg|a|ja) (?:bare |ba )?(?:ikke|ik|ente)"
    r" (?:var her|fandtes|levede|var til)"
    r"(?: mere| laengere)?(?= $| og | men | sa )",
)
# Out to sea, or away, one last time and not back ("tænkt på at sejle ud en sidste gang
# og ik komme ind igen").
OUT_NOT_BACK = rx(
    r" (?:sejle|ro|svomme|ga|gaa|kore|vandre) (?:\w+ ){0,2}?ud (?:\w+ ){0,2}?(?:en|for) sidste gang og (?:ikke|ik|ente|aldrig) (?:komme|vende)"
    r" (?:ind|tilbage|hjem|op|i land)(?: igen)?(?= $| og | men )",
)
# Who would miss one asked, with a letter left beside it ("Hvem ville overhovedet savne
# mig? Jeg har lagt et brev til min søn, hvis der sker noget").
WHO_WOULD_MISS = rx(
    r" hvem (?:\w+ ){0,2}?(?:ville|vil|skulle) (?:\w+ ){0,2}?(?:savne|sorge over|opdage) (?:mig|mae)\b"
)
LETTER_LEFT = rx(
    r" (?:lagt|skrevet|efterladt|skrev|lagde|efterlod) (?:\w+ ){0,2}(?:brev|breve|brevet|seddel|besked|afskedsbrev)\b"
)


# Set AW: no wish to wake tomorrow, been here long enough ("har ikke lyst til at vågne i
# morgen", "har levet længe nok").
NO_WISH_TO_WAKE = rx(
    rf" {NEG} (?:\w+ )?lyst til (?:at )?(?:vagne|vaagne)\b(?! (?:\w+ )?(?:klokken|kl|tidligt|til|for at))",
    r" (?:jeg|a|ja) har (?:vaeret her|levet) (?:\w+ )?laenge nok\b",
)
# No meaning in going on ("kan ikke se meningen med at blive ved"), not with a chore.
NO_MEANING = rx(
    rf" {NEG} (?:\w+ ){{0,2}}(?:meningen|nogen mening|mening) (?:i|med) at (?:blive ved|leve|fortsaette|vaere her)"
    r"(?: (?:mere|laengere|uden (?:hende|ham)))? $",
)
# ... said after a loss ("nu hvor Grethe er væk").
LOSS_TOLD = rx(
    r" (?:nu|efter|siden) (?:hvor |at |da )?(?:\w+ ){1,3}(?:er|blev|dode|doede) (?:vaek|borte|dod|doed|gaet bort|gaaet bort)\b"
    r"| efter (?:\w+ ){0,2}(?:dod|doed|begravelse)\b",
)
# Who is to have one's things told, with a strange farewell beside it.
WHO_GETS_THINGS = rx(
    r" hvem der skal (?:have|arve|fa|faa) (?:\w+ ){0,2}(?:smykke\w*|ting|tingene|ur\w*|ring\w*|mobler\w*|maleri\w*"
    r"|hus\w*|bil\w*|penge\w*)\b",
)
FAREWELL_SAID = rx(
    r" (?:sagt|sagde|siger|sige|tog|tager|taget) (?:\w+ ){0,2}(?:farvel|afsked)\b",
)
# How many sleeping pills are "enough", asked.
PILLS_ENOUGH = rx(
    rf" hvor mange (?:\w+ ){{0,3}}{PILLS} (?:\w+ ){{0,3}}(?:er|var|ville vaere|vil vaere|skal der til for at vaere) nok\b",
    # "hvor mange af hendes sovepiller man skal tage for at det er nok" (set AW)
    rf" hvor mange (?:\w+ ){{0,3}}{PILLS} (?:\w+ ){{0,3}}(?:skal|ma|skulle) (?:\w+ )?tage (?:\w+ )?for at (?:det|de) (?:er|var|bliver) nok\b",
)
PILLS_ENOUGH_FEARED = rx(
    r" sove\w* | morfin\w* | bange | forskraekket | skraemt | nervos | urolig | bekymret "
)
# Not going to wait for an illness to kill one ("KOL slår en ihjel til sidst, jeg har bare
# ikke tænkt mig at vente så længe").
NOT_WAITING = rx(
    rf" {NEG} (?:\w+ )?(?:taenkt mig at|taenkt at|tenkt mig at|tanker at|vil|gider|orker) vente (?:sa|saa) laenge\b",
    rf" (?:vil|gider|orker) {NEG} (?:\w+ )?vente (?:sa|saa) laenge\b",
)
DEATH_COMING = rx(r" ihjel | dor | doer | do | doden | dod | slutter | ender ")
# The oxygen turned down for good and lain down to sleep.
OXYGEN_OFF = rx(
    r" (?:skrue|skruer|skruet|slukke|slukker|slukket|lukke|lukker|lukket|sla|tage|tager) (?:\w+ ){0,2}"
    r"(?:helt )?(?:ned for|af for|for|af) (?:\w+ )?ilt\w*\b(?= (?:\w+ ){0,6}(?:sove|sov|ind|do|slut|for altid|for godt"
    r"|lukke ojnene|lagge mig|laegge mig))",
)
# Not sad, just finished, with a farewell said ("jeg er bare færdig. har sagt farvel til
# hunden").
JUST_DONE = rx(
    r" (?:jeg|a|ja) er (?:bare |simpelthen |helt |bare helt )?faerdig\b(?! (?:med|for|nu med|i dag|om|til|at) )",
)


# -- set AY (2026-12-07) ------------------------------------------------------------------
# A wish to die said as a prayer ("Vorherre må gerne tage mig nu"); someone who wants to lie
# down and die ("han vil bare lægge sig og dø nu hvor konen er væk"); talk of taking the
# pills with a death wish beside it.
GOD_TAKE_ME = rx(
    r" (?:vorherre|vor herre|gud|herren|den gode gud|var herre|varherre) (?:\w+ )?(?:ma|maa|matte|maatte|kan|skal|ma godt"
    r"|maa godt|gid|burde) (?:\w+ )?(?:gerne |bare |godt |snart |nu )?(?:tage|ta|hente|kalde) (?:mig|mae|mej)(?: hjem)?"
    r"\b(?! (?:\w+ )?(?:med|i kirke|til (?:\w+ )?fest))",
)
LIE_DOWN_AND_DIE = rx(
    r" (?:vil|ville|vel|skal|ma|maa|onsker|har lyst til at|har lyst at) (?:\w+ )?(?:bare |helst |hellere )?(?:laegge|lagge|legge)"
    r" (?:sig|mig|mae|mej) (?:ned )?(?:og|a|for at) (?:do|doe|sove ind for altid)\b",
)
TALKED_OF_PILLS = rx(
    r" (?:snakket|snakker|talt|taler|talte|snakkede|sagt|siger|sagde) (?:\w+ ){0,2}om at (?:tage|ta|sluge)"
    r" (?:alle )?(?:pillerne|sine piller|hans piller|hendes piller|sovepillerne|dem alle|dem allesammen)\b",
)
DEATH_WISH_NEAR = rx(r" (?:do|doe|dod|doden|ihjel|ikke leve|ikke vil leve|vaere her|vaek|herfra)\b")
