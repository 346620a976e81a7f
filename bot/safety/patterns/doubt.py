"""The marks that make a weak sign doubtful (a question about technology or information,
a story, a history, a fall supposed, a figure of speech) and the questions about the
helplines and 1-1-2 that are answered calmly."""

from __future__ import annotations

import re

from bot.safety.patterns.words import CANNOT, DEVICE_WORDS, NEG, PILLS, rx

IF_FALLS = rx(  # a fall feared or supposed, not one that happened
    r" hvis (?:\w+ ){1,5}(?:falder|faldt|er faldet|skulle falde) ",
    r" sa (?:\w+ )?(?:ikke|ik) (?:falder|vaelter|snubler) | var (?:lige )?ved at (?:falde|snuble|vaelte) ",
    r" naede at (?:gribe|tage|holde|fange) ",
    # a fire supposed or to be prevented (set X): "hvis der nu var brand", "så jeg ikke laver ildebrand"
    r" hvis der (?:nu )?(?:var|er|bliver|kommer|skulle (?:komme|vaere|opsta|ga)) (?:\w+ )?(?:brand|ild|ildebrand)\b",
    r" sa (?:jeg|hun|han|vi|man) (?:ikke|ik) (?:\w+ ){0,2}(?:laver|starter|far|kommer til at lave) (?:\w+ )?(?:ildebrand|brand|ild)\b",
    r" (?:bange|angst|nervos|urolig) for | frygter | risiko\w* | kunne ske ",
    # a fire supposed ("slukker den selv, hvis der går ild i gryden", set U)
    r" hvis (?:der|det) (?:\w+ ){0,2}(?:gar|kommer|opstar|bliver|blir|er) (?:\w+ )?(?:ild|brand|rog) ",
    # a warning not to fall ("sagde hun skulle passe på hun ikke faldt", set V)
    r" pas(?:se|ser|sede)? (?:godt )?pa (?:at )?(?:\w+ )?(?:ikke|ik) (?:\w+ )?(?:falder|faldt|glider|gled|snubler|vaelter) ",
    # a watch that says one has fallen every time one claps (set Z)
    r" (?:siger|tror|melder|mener|registrerer) (?:\w+ ){0,3}(?:er )?faldet (?:\w+ ){0,2}hver gang ",
)

PAST = rx(
    r" i gar | i forgars | i morges | sidste (?:uge|maned|ar|gang|vinter|sommer|jul) ",
    r" for (?:\w+ ){1,2}(?:dage|dag|uger|uge|maneder|maned|ar|timer) siden ",
    r" (?:flere|mange|nogle|et par|to|tre) gange | tit | ofte | hele tiden | igen og igen ",
    r" tidligere | for nylig |(?<! ikke)(?<! ik) engang (?!til)| i sommer | i vinter | forrige | i sidste | dengang ",
    r" i (?:foraret|sommers|vinters|efteraret) ",
    r" i (?:mandags|tirsdags|onsdags|torsdags|fredags|lordags|sondags|weekenden) ",
    # a month named for when it happened ("da far faldt i marts", set AC)
    r" (?:da|dengang|tilbage) (?:\w+ ){1,4}i (?:januar|februar|marts|april|maj|juni|juli|august|september|oktober"
    r"|november|december) ",
    r" som (?:dreng|pige|barn|ung|lille)| da jeg var (?:ung|barn|lille|dreng|pige)",
    # a childhood with an age ("faldt ned fra cyklen da jeg var tolv", set U)
    r" da (?:jeg|han|hun|vi) var (?:\w+ )?(?:born|smaa|teenager\w*|ti|elleve|tolv|tretten|fjorten|femten"
    r"|seksten|sytten|atten|\d+)(?: ar)? ",
    r" hvis | risiko | bange for at | nervos for at | frygter | kunne falde | falder (?!af )",
)

INFO = rx(
    r" hvad er (?:en|et|der) | hvad hedder | hvordan (?:virker|fungerer|bruger|far|kan|ser)",
    r" hvad koster | findes der | kan man (?:fa|lane|soge|bruge|ringe) | hvad gor man ",
    # the same said as speech is written ("hva er sån en", "hvor ka jeg prøve sån en")
    r" hva d? ?er (?:\w+ )?(?:sadan|san|sadn) (?:en|et|noget) | (?:sadan|san|sadn) (?:en|et) (?:\w+ )?for noget ",
    r" hvor (?:kan|ka|kand) (?:jeg|man|vi|hun|han) (?:\w+ )?(?:prove|fa|lane|kobe|se|finde|henvende) ",
    r" hvornar (?:skal|kan|bor) man | er det (?:rigtigt|sandt|korrekt) at | passer det at ",
    # "nu er der ikke noget der kan hjælpe os" after falls counted (set 15): a thing asked for
    r" (?:er|findes) (?:der )?(?:ikke )?noget (?:\w+ )?(?:der|som) (?:kan|ka|vil) hjaelpe ",
    # set X: staff writing a procedure or a poster ("hvilke symptomer er der på en blodprop")
    r" procedure\w* | instruks\w* | retningslinje\w* | symptome\w* pa | symptomer\w* | opslag\w* ",
    r" hvad kan hjaelpe | hvad sker der | hvilke\w* (?:\w+ )?(?:teknologi\w*|hjaelpemid\w*|losning\w*|muligheder|app\w*"
    r"|produkt\w*|alarm\w*|ting) | anbefal\w* | fortael (?:mig )?om | laese om | hvor kan ",
    r" teknologi\w* | hjaelpemid\w* | faldalarm\w* | falde ?sensor\w* | nodkald\w* ",
    # things to help asked for ("hvad for nogen ting er der til at hjælpe en i badet", set AI)
    r" hvad for (?:nogen|nogle|noget|slags) (?:\w+ )?(?:ting|hjaelp\w*|redskab\w*|udstyr|muligheder|losning\w*)\b",
    r" (?:ting|redskab\w*|udstyr) (?:\w+ ){0,3}til at hjaelpe ",
    r" \w*alarm\w* | \w*sensor\w* | kommune\w* | komunen\w* | visitat\w* | bevilg\w* | ansog\w* | apps? | appen\w* ",
    # help asked with an application ("… tror tiden er kommet. Kan du hjælpe mig med at
    # søge om en plejehjemsplads til ham", set 40: the model's crisis at 0.99)
    r" (?:soge|soger|sogte) (?:\w+ ){0,2}om (?:en |et )?(?:\w+ )?(?:plads|bolig|hjaelp\w*|tilskud|pension|bevilling) | udfyld\w* ",
    r" tablet\w* | \w*robot\w* | \w*dispenser\w* | \w*doserings\w* | ipad\w* | telefonen | mobil(?!is)\w* | \w*kursus\w* | artikel | film | bog | serie",
    # not the screen as the place it happens ("far faldt om foran fjernsynet")
    r"(?<!foran)(?<! ved)(?<! mod)(?<! sa)(?<! se)(?<! ser)(?<! kigge)(?<! kiggede) (?:tv|fjernsyn\w*) "
    r"| avis\w* | radio\w* | program\w* | undersogelse\w* | statistik",
    r" regler | etik\w* | lov\w* | procent | hvor mange | hvor tit | hvor ofte ",
    r" husk (?:mig|at|pa) | huske (?:mig|at|pa) | paamind\w* | pamind\w* | plan\w* | kalender\w* | minde (?:mig|dig|ham|hende|os) ",
    # whether someone can get the thing just talked about ("ok og kan han få det? han bor
    # på nørrebro", set 49: the model's emergency at 1.0)
    r" (?:kan|ma|far) (?:han|hun|jeg|man|vi|de|min \w+|mor|far) (?:\w+ )?(?:fa|faa) (?:det|den|dem|sadan en|san en)"
    r"(?: \w+)? (?:han|hun|jeg|vi|de) (?:bor|er|har)\b",
    # what one asked the assistant to remember ("… kan ikke holde styr på det hvad er det nu
    # jeg har bedt dig om at huske", set 48: the model's crisis at 0.91)
    r" (?:bedt|bad|beder) dig (?:om )?(?:at )?(?:huske|minde) ",
    # "døren er låst indefra" is no question about locks (set V)
    r" elektronisk\w* | dorl\w* | (?!last (?:\w+ )?(?:indefra|inde)\b)las\w* | nogleboks\w* ",
    # staff asking whether a thing may be put up ("må vi sætte video op på en beboers
    # værelse om natten? bgr. har epilepsi", set 13: the net said 1-1-2)
    r" (?:ma|kan|bor|skal|tor) (?:vi|man|i|de) (?:\w+ ){0,2}(?:saette (?:\w+ ){1,2}op|installere|montere|opsaette) ",
    # what a medicine may do, read on its box ("den kan give svimmelhed", set V)
    r" (?:star|stod|skriver|skrevet) (?:\w+ ){0,4}(?:at )?(?:den|de|det|medicinen|pillerne|tabletterne) kan give ",
    # a leaflet asked for; whether a thing can be used (set Q: the model alone alarmed)
    r" pjece\w* | brochure\w* | folder\w* | brandsikker\w* ",
    r" (?:kan|ma|tor) (?:han|hun|jeg|man|vi|de|mor|far|min \w+) (?:godt |ogsa |egentlig )?bruge (?:en|et|sadan|san|den|det) ",
    # set Y: staff asking whether a rule still holds; how long the ambulance takes, "bare" asked
    r" introduktionsmappe\w* | er det (?:stadig |fortsat )?gaeldende | sporger (?:\w+ )?bare | bare (?:for at )?sporge ",
    r" hvor (?:lang tid|hurtigt|laenge) (?:\w+ ){0,2}(?:ambulancen|en ambulance|brandbilen|brandvaesenet|laegen) (?:om at |at |til at )?(?:komme|er)\b",
)

# An emergency call or alarm pressed: a call for help, not a question about alarms (the
# INFO words "faldalarm", "nødkald" in it are not taken as one), unless by mistake.
PRESSED_ALARM = rx(
    r" (?:trykket|trykkede) pa (?:\w+ ){0,2}\w*(?:nodkald|alarm|nodknap|kaldeknap)\w*(?= )"
)
BY_MISTAKE = rx(r" ved en fejl | kom (?:til|te) at | uden at ville ")

STORY = rx(
    r" ringede | i gar | i forgars | i sidste | sidste (?:uge|maned|ar|sommer|vinter|forar|efterar|jul|gang) ",
    r" for (?:\w+ ){1,2}(?:dage|dag|uger|uge|maneder|maned|ar) siden | forbi | var her ",
    r" har det godt | kom (?:og|hurtigt) | holdt | tidligere |(?<! ikke)(?<! ik) engang | dengang ",
    r" som (?:dreng|pige|barn|ung|lille)| da jeg var (?:ung|barn|lille|dreng|pige)",
    # a childhood with an age ("faldt ned fra cyklen da jeg var tolv", set U)
    r" da (?:jeg|han|hun|vi) var (?:\w+ )?(?:born|smaa|teenager\w*|ti|elleve|tolv|tretten|fjorten|femten"
    r"|seksten|sytten|atten|\d+)(?: ar)? ",
    # the screen as the place it happens is no story: "far faldt om foran fjernsynet",
    # "hun sad og så fjernsyn og så faldt hun om" (found beside set AO)
    r"(?<!foran)(?<! ved)(?<! mod)(?<! sa)(?<! se)(?<! ser)(?<! kigge)(?<! kiggede)"
    r" (?:film\w*|fjernsyn\w*|tv|serie\w*|radio\w*) | avis\w* | bog | roman | i aftes ",
    r" (?:i|fra) (?:19|20)\d\d ",
    # a year said in words ("i totusind og femten"), a decade bare ("i firs"), not a speed (set AM)
    r" (?:i|fra) (?:to ?tusind|totusinde|nitten ?hundrede)(?: og \w+)? ",
    r"(?<! korte)(?<! korer)(?<! kore)(?<! kor) i (?:tres|halvfjerds|firs|halvfems)"
    r"(?! (?:km|kilometer|minut\w*|sekund\w*|time\w*|dage?|uger?|ar|aar|gange|mg|stk|piller|grader)\b) ",
    r" lever i bedste | gar (?:godt|fint) nu | har det (?:godt|fint) nu | hvor tit | skiftes ",
    # a job on the ambulance, a first-aid course: told, not happening
    r" (?:korer|kor|kore|korte) (?:\w+ )?am ?b[uo]lan[cs]\w* | nar (?:han|hun|jeg|du) (?:bliver|blir) stor ",
    r" (?:kort|korer|korte|arbejdet|arbejder|arbejdede) (?:\w+ ){0,2}(?:for|hos|i|pa) (?:falck|redningskorps\w*"
    r"|beredskab\w*|brandvaesen\w*) ",
    r" am ?b[uo]lan[cs]e? ?(?:redder|forer|folk|chauffor|behandler)\w* ",
    r" \w*kurs(?:us|et|er)\w* | laerte (?:\w+ )?(?:at|vi|jeg|man|de) ",
    r" ovede | ovelse\w* | spaendende at se | sagde farvel og (?:korte|gik|tog) ",
    r" i (?:mandags|tirsdags|onsdags|torsdags|fredags|lordags|sondags|weekenden) ",
    # a month named for when it happened, thanks for help given (set AC)
    r" (?:da|dengang|tilbage) (?:\w+ ){1,4}i (?:januar|februar|marts|april|maj|juni|juli|august|september|oktober"
    r"|november|december) ",
    r" tak (?:\w+ ){0,3}for (?:\w+ ){0,3}(?:hjaelp\w*|indsats\w*) ",
)

HISTORY = rx(
    r" efter (?:\w+ )?(?:min|mit|hans|hendes|sin|sit|en|et|den|det) | har haft | havde ",
    r" fik (?:\w+ )?(?:hjertestop|blodprop|slagtilfaelde|hjerteanfald)| lever i bedste ",
    r" fik (?:\w+ )?en | gar fint | har det fint | i (?:\w+ )?(?:atten|nitten|tyve|halvfjerds\w*|\d\d+) ",
    # a year in words ("i totusind og femten", set AM), as "i 2015" is above
    r" i (?:to ?tusind|totusinde|nitten ?hundrede)(?: og \w+)? ",
    r" for (?:\w+ ){1,2}(?:dage|uger|maneder|ar) siden | sidste ar | i fjor | tidligere ",
    r" risiko | bange for | opdage\w* | forebygge\w* | hvis | med epilepsi ",
)

# Said to be well ("jeg har det fint i dag", "det gik fint"): with a history mark, it
# holds the model back however sure it is (nlu/safety.py).
WELL = rx(
    r" glad for (?:mit|sit|hans|hendes) (?:\w+ )?liv\b| glad for livet ",  # set T
    r" gar (?:godt|fint) | gik (?:godt|fint) | har det (?:godt|fint) | lever i bedste ",
    rf" (?:den|de|det|{PILLS}) virker (?:\w+ )?(?:fint|godt|som (?:den|de|det) skal)\b",
    r" klarer (?:mig|sig|os) (?:\w+ )?(?:fint|godt) | (?:sa|ser) (?:\w+ ){0,2}fint ud ",
    r" alt er som det skal (?:vaere|vare) | alt er i (?:den skonneste )?orden | alt var fint ",
    r" (?:ikke|ik) (?:var |er )?noget at (?:vaere )?bekymr\w* | intet at (?:vaere )?bekymr\w* ",
    # "helt smadret efter gåturen, men det var dejligt" (set P: the model alone said urgent)
    r" (?:var|er|har vaeret) (?:\w+ ){0,3}(?:dejlig\w*|hyggelig\w*|skon\w*) ",
    # "a har det skam godt i dag" (set Q); never "har det ikke godt"
    r" har det (?:skam|rigtig|meget|sa|bare|helt|ret|da|jo) (?:godt|fint) ",
    r" (?:sagde|siger|mente|mener|sa) (?:\w+ ){0,2}(?:det|den|alt|han|hun) (?:var|er) (?:helt |heelt )?(?:fint|normalt|i orden|ok|okay)\b",
    # "helt blå om fingrene, men det er bare fordi jeg har plukket blåbær" (set Z)
    r" (?:men )?det er (?:bare|kun) fordi (?:jeg|vi|han|hun) har (?!\w+ (?:faldet|slaet|skaaret|skaret|taget))",
    r" (?:der er|er der) (?:ikke|ik|intet) (?:noget )?galt | der (?:ikke|ik) er noget galt | der er intet galt ",  # set Z
    r" ellers (?:er )?alt (?:er )?(?:godt|fint|vel|i orden) | ellers (?:har jeg det|gar det|har hun det|har han det) (?:godt|fint) ",  # set Y
)

FIGURATIVE = rx(
    # set T: "det er til at dø af" (of the weather), the heart skipped a beat at the
    # grandchild's show, no air into the bicycle tyre
    # swallowed a camel: gave in (set U)
    r" slug\w* (?:\w+ ){0,2}kamel\w* |"
    # "nu brænder det på med julegaverne": a hurry, no fire (set Y)
    r" braender (?:det |den )?pa (?:med|nu med)\b|"
    # set Z: the head about to explode with all the codes; out of one's skin with joy
    r" eksplodere\w* (?:med|af|over) (?:alle |al |de |den |det )| springe ud af (?:\w+ ){0,2}skind |"
    r" til at do af | sprang et slag over | luft (?:\w+ ){0,2}(?:ind )?i (?:\w+ )?(?:cykel\w*|\w*daek\w*"
    r"|slange\w*|bold\w*|\w*madras\w*|ballon\w*)",
    r" do\w* (?:\w+ )?af (?:grin|latter|kedsomhed|nysgerrighed|skam|spaending|misundelse|sult"
    r"|torst|varme|kulde|traethed|kaerlighed|skraek|forskraekkelse)| (?:grin|kedsomhed|nysgerrighed) ",
    r" (?:ved at )?sla\w* (?:mig|dig|os|en) ihjel (?:at|med at) | braender (?:\w+ )?for ",
    # longing, getting out of bed, no misfortune (set O)
    r" braender (?:\w+ )?efter (?:at )?| ud af fjerene | (?:ikke|ik|ingen) (?:nogen |en )?ulykke ",
    r" (?:kv(?:ae|a)l\w*|revne\w*|sprakke\w*) (?:\w+ )?af (?:grin|latter)| vil do (?:i sin|i min|i sit|i mit|i eget|hjemme)",
    r" det haster (?:ik|ikke|ikk) ",
    # food nearly burnt onto the pan, not a burn (set N)
    r" (?:ved at |naer )?braende (?:lidt )?pa (?:i |men )?",
    # "var lige ved at give mig et hjerteanfald", "grinede sig nærmest ihjel" (set N)
    r" (?:ved at|naer|naesten) (?:\w+ )?give (?:mig|ham|hende|os|en) (?:et )?hjerte ?anfald\w* ",
    r" grine\w* (?:sig|mig|os) (?:\w+ ){0,2}ihjel ",
    # "a ku ik få vejret af grin", "ved at blive kvalt i kaffen af grin": laughter
    rf"(?: {CANNOT}| {NEG})? (?:\w+ )?(?:fa |far |fik )?(?:vejret|kvalt|kvael\w*|kvaltes)(?: \w+){{0,5}}"
    r" af (?:grin|latter)\b| haha\w* | hihi\w* ",
    r" ked\w* (?:mig|mae|mej|sig|os|dig) ihjel | give (?:sit|mit|sin|dit|hans|hendes) liv for ",
    # "brænder lyset stadig i gangen": an electric light or a candle that is on, no fire
    r" (?:lys|lyset|lysene|lampe\w*|lamper\w*|paer\w*|stearinlys\w*|loftslampe\w*)"
    # "lyset står og brænder ude i gangen … sluk lyset" (set 59: 1-1-2 for a lamp left on)
    r" (?:(?:stadig|endnu|vist|vel|nok|da|ikke|herinde|derinde|star og|staar og|har staet og|i \w+(?: \w+)?) )?braender\b"
    r"(?! (?:\w+ )?(?:gardin\w*|dug\w*|bord\w*|sofa\w*|seng\w*|taeppe\w*))| braender (?:\w+ )?(?:lys|lyset|lysene"
    r"|lampe\w*|lamper\w*|paer\w*|stearinlys\w*|loftslampe\w*) ",
    r" (?:falder|faldt|faldet|falde) (?:helt |fuldstaendig |totalt |virkelig )?(?:i snak|pladask|for (?!(?:et|en|to|tre|fire|mange|flere|\w+) (?:dogn|timer|time|dage)\b)|i sovn"
    r"|i staver|i tanker|i smag)",
    # laughter first, the breath after ("grinte så meget af Olsen-banden at jeg næsten ikke
    # kunne få vejret"); a racing heart at the thought of something (set V)
    r" (?:grinte|grinede|grinet|griner|lo|ler) (?:sa (?:(?:meget|hojt|hardt) )?)(?:\w+ ){0,12}(?:vejret|kvalt|luft)\b",
    r" (?:hjertebanken|hjerte banken|ondt i maven|kvalme) (?:\w+ ){0,2}(?:ved tanken|bare jeg taenker)\b",
    # the cat or the dog lying on the floor
    r" (?:katten|hunden|kattene|hundene|min kat|min hund|vores kat|vores hund|ae kat|ae hund) (?:\w+ ){0,2}ligg\w*"
    r" (?:\w+ ){0,4}(?:pa|paa) (?:\w+ )?(?:\w*gulv\w*|jorden)\b",
    # settled in; dozed off; a fall in the interest rates
    r" (?:falder|faldt|faldet|falde) (?:godt |rigtig godt |fint |hurtigt |nogenlunde )til\b| faldet til (?:her|i den|i min)\b",
    r" (?:falder|faldt|faldet|falde) hen (?:i (?:stolen|laenestol\w*|sofa\w*|sengen)|foran|under|et ojeblik)\b",
    r" fald i (?:renten|renterne|priserne|prisen|kurse\w*|aktie\w*|temperatur\w*|tallene|antallet|ledighed\w*)",
    # smoke from a stove, as every winter
    r" (?:lugter|lugt) (?:\w+ ){0,2}rog fra (?:\w+ ){0,2}(?:braende ?ovn\w*|pejs\w*|kamin\w*|skorsten\w*)"
    r"(?= (?:\w+ ){0,6}(?:altid|hver (?:vinter|aften|dag)))",
    r" hjerte\w* (?:\w+ ){0,2}oppe i halsen ",
    r" bare (?:ved )?at taenke pa | kv(?:ael\w*|alt) i (?:\w+ ){0,2}(?:papir\w*|arbejde\w*|regninger|post\w*|mail\w*|rod)",
    # not "det er bedre jeg er død" (set AL)
    r"(?<! bedre)(?<! bedre at)(?<! bedre hvis)(?<! bedst hvis) jeg er (?:\w+ )?dod ",
    r" giver mig (?:\w+ )?(?:hjertebanken|mavepine|hovedpine|kvalme|ondt i maven)",
    r" sol\w* (?:\w+ )?braender | braender (?:helt )?inde? | braender pa (?:\w+ ){0,3}med ",
    # a roast that must not burn; dropped out of a video call (set P)
    r" uden at (?:\w+ ){0,2}braender (?:pa|an|fast)\b",
    # confused about a thing ("forvirret over, hvornår hjemmeplejen kommer", set 7): no
    # sudden confusion
    r" forvirret (?:over|omkring|med|af) (?:hvornar|hvad|hvilken|hvilke|hvem|hvor"
    r"|sin|sine|sit|min|mine|mit|tiden|dagene|ugedagene|datoen|aftalerne|planen)\b",
    # tired of the reminders, not of life ("slet alle mine påmindelser jeg gider ikke mere", set 7)
    r" (?:slet|fjern|stop|sluk|aflys)\w* (?:\w+ ){0,4}(?:pamindelse\w*|paamindelse\w*|alarm\w*|plan\w*"
    r"|aftale\w*|nedtaelling\w*|timer\w*|radio\w*|musik\w*|tv|fjernsyn\w*) (?:\w+ ){0,3}(?:jeg|a)"
    r" gider (?:ikke|ik|ikk) (?:mere|mer|hore pa (?:det|dem|den))\b",
    r" (?:falder|faldt|faldet|falde|rog|rogen) ud af (?:\w+ )?(?:\w*opkald\w*|samtale\w*|forbindelse\w*"
    r"|mode\w*|nettet|skaerm\w*|app\w*|program\w*|video\w*|chat\w*)",
    # a person with a sharp tongue, not a poison
    r" (?:hun|han|de|svigerinde\w*|svigermor\w*|svigerfar\w*|nabo\w*|soster\w*|bror\w*|\w*datter\w*"
    r"|\w*son\w*|mand\w*|kone\w*) (?:\w+ )?(?:var|er|blev) (?:\w+ )?giftig (?:ved|over|overfor|mod|i dag"
    r"|i gar|til|pa)\b",
    r" (?:tager|tog) livet af mig(?! selv) ",
    r" til at braekke sig over | grint (?:mig|sig) ihjel | brandvarm\w* pa | ondt af (?:\w+ ){0,3}(?:nabo\w*|hende|ham|dem) ",
    r" slag i ansigtet (?:da|nar|at) ",
    # "min computer er død" (also what doubtful() reads as no emergency)
    rf" {DEVICE_WORDS} (?:\w+ ){{0,2}}(?:er|gik|gar) (?:\w+ )?dod\b",
    r" (?:do|dor) (?:\w+ ){0,2}(?:i mit eget hjem|hjemme|derhjemme) (?:\w+ ){0,3}(?:engang|nar tiden|nar den tid)",
    # A plant or a battery that died; a mouth "in flames" from food; a farewell to a house.
    r" (?:\w*plante\w*|\w*blomst\w*|\w*lilje\w*|rosen|roserne|traeet|haekken|graesset|batteri\w*"
    r"|basilikum\w*|persille\w*|tomat\w*|orkide\w*|kaktus\w*|krydderurt\w*|pelargonie\w*|bregne\w*)"
    r" (?:\w+ ){0,4}(?:helt )?(?:sten)?dodt?\b",
    r" (?:mund\w*|tunge\w*|gane\w*) (?:\w+ ){0,2}(?:stod|star) i flammer",
    # set AF: a mouth that burns from spiced food; "dying for" a cup of coffee (an
    # anglicism), not of anything
    r" (?:chili\w*|wasabi\w*|tabasco\w*|jalapeno\w*|habanero\w*|peberfrugt\w*|staerk (?:mad|karry|chili|sovs|suppe|ret)"
    r"|krydret\w*) (?:\w+ ){0,10}(?:mund\w*|tunge\w*|gane\w*|laeber\w*) (?:\w+ ){0,2}(?:braender|brander|svier|star i (?:lys )?lue)\b",
    r" (?:mund\w*|tunge\w*|gane\w*|laeber\w*) (?:\w+ ){0,2}(?:braender|brander|star i (?:lys )?lue) (?:\w+ ){0,6}(?:af|efter|pga)"
    r" (?:\w+ ){0,2}(?:chili\w*|wasabi\w*|tabasco\w*|jalapeno\w*|peber\w*|krydder\w*|staerk (?:mad|karry|chili|sovs))\b",
    r" (?:kunne |ville |vil )?(?:do|dor|doer|doe) for (?:en |et |lidt |nogle |sadan en )?(?:\w+ ){0,3}(?:kop|kopper|kaffe|te|kage\w*"
    r"|is|ol|glas|cigaret\w*|smog\w*|stykke|bid|slik|chokolade\w*|pizza\w*|sodavand|vin|frikadelle\w*|wienerbrod\w*)\b",
    r" afsked med (?:\w+ ){0,2}(?:sommerhus\w*|huset|bil\w*|lejlighed\w*|have\w*|job\w*|arbejde\w*"
    r"|kolleg\w*)\b",
    r" (?:hvordan|hvor|hvad koster) (?:\w+ ){0,4}testamente\w* ",
    r" kold feber | (?:fa|far|fik) (?:\w+ )?luft i (?:\w*slange\w*|\w*daek\w*|\w*bold\w*|\w*ballon\w*"
    r"|\w*madras\w*|\w*cykel\w*) ",
    # set Q's near misses: a crossword's clue; the weather or a knee "slår mig ihjel";
    # melting in the heat; nearly a heart attack over a bill; breathless at the prices;
    # a basil drowned in water
    r" (?:krydsord\w*|kryds og tvaers|quiz\w*|rebus\w*) (?:\w+ ){0,12}",  # not "gåde": "gade" folded
    r" (?:vejr\w*|det|den|de|du|her|kulde\w*|varme\w*|gigt\w*|\w+en|\w+et) (?:slar|slog|sla) mig (?:\w+ )?ihjel ",
    r" jeg smelter | hvor er det (?:\w+ )?(?:hedt|varmt) ",
    r" (?:lige|lidt|naer|naesten|naermest) (?:for|ved at) (?:jeg |han |hun )?(?:fik|fa|at fa) (?:et )?hjerte ?anfald\w* "
    r"| fik (?:naesten|naer|naermest) (?:et )?hjerte ?anfald\w* ",
    rf"(?: {CANNOT}| {NEG})? (?:\w+ )?(?:fa |far |fik )?vejret nar (?:jeg|man|vi) (?:ser|horer|taenker|laeser|far) ",
    r" drukner (?:den|dem|det|planten|blomst\w*) ",
    # set R's near misses: "den her trappe slår mig ihjel"; blue in the face with laughter;
    # a heart that melts; a stroke nearly had over a price; a drawer fallen off its rail;
    # the bread that will burn; what day it is, asked in confusion
    r" (?:den|det) (?:her |der )?\w+ (?:slar|slog) mig (?:\w+ )?ihjel ",
    r" (?:helt )?bla i (?:hovedet|ansigtet|fjaeset|hovedet) af (?:grin|latter|raseri|vrede|arrigskab)\b",
    r" hjerte\w* (?:\w+ )?smelte\w* | smelter (?:\w+ ){0,2}hjerte\w* ",
    r" brand ?(?:varm\w*|hed\w*|hot) ",
    r" (?:(?:lige|lidt|naer|naesten|naermest) (?:for|ved at)|taet pa at) (?:jeg |han |hun )?(?:fik|fa|at fa)"
    r" (?:et |en )?(?:slag ?tilfaelde|blod ?prop|hjerte ?stop)\w* ",
    r" (?:skuffe\w*|lampe\w*|billede\w*|hylde\w*|gardin\w*|laage\w*|lage\w*|knap\w*|handtag\w*"
    r"|fyldning\w*|hjul\w*|kaede\w*|tagsten\w*|pynt\w*|stjerne\w*|spejl\w*|ur|uret|skilt\w*)"
    r" (?:\w+ ){0,4}(?:er |var )?(?:faldet|faldt|falder) (?:af|ned|ud)\b"
    r"(?! (?:\w+ ){0,2}(?:pa|over) (?:mig|ham|hende|min|mit|hans|hendes)\b)",
    r" (?:ellers )?braender (?:\w+ )?(?:brodet|maden|kagen|kagerne|kartoflerne|groden|risen|stegen"
    r"|bollerne|frikadellerne|sovsen|saucen|maelken|fisken|kodet|pizzaen|toasten)\b",
    r" (?:hvad|hvilken) (?:dag|dato|ugedag) (?:\w+ ){0,7}forvirret\b| forvirret (?:\w+ ){0,4}(?:hvad|hvilken)"
    r" (?:dag|dato|ugedag)\b",
    # set S's near misses: it strikes me that; smitten with a great-grandchild; a heart
    # broken over a shop; perishing in the heat; not to be killed (tough); his lifeline;
    # breathing out in relief; dozing off; a price that fell; a vase or glasses dropped
    # on the floor; a toy fire engine given; burnt on an offer
    r" (?:det )?slar mig (?:at|som|hvor|hvordan|hvad) ",
    r" (?:er|blevet|blev) (?:\w+ )?skudt i (?:mit|min|mine|sit|sin|sine|ham|hende|hinanden|den|det|dem)\b"
    r"(?! (?:\w+ )?(?:arm\w*|ben\w*|mave\w*|bryst\w*|hoved\w*|skulder\w*|lar\w*|fod\w*|hand\w*|ryg\w*))",
    r" hjerte\w* (?:\w+ ){0,2}knust ",
    r" (?:ga|gar|gaet|gik) til af (?:varme|hede|kulde|kedsomhed|grin|latter|sult|torst|traethed"
    r"|nysgerrighed|skam|lede) ",
    r" (?:ikke|ik) til at sla ihjel ",
    r" (?:hans|hendes|min|din|deres|vores|sin) livline ",
    r" (?:ande|andede|ander|aandede|aander) (?:\w+ )?lettet op ",
    r" (?:rog|roget|faldt|falder|faldet) i sovn ",
    r" \w*pris(?:en|erne|er)? (?:\w+ ){0,2}(?:faldet|faldt|falder)\b| (?:renten|renterne|kurse\w*|aktie\w*"
    r"|temperatur\w*|tallene|antallet) (?:\w+ ){0,2}(?:faldet|faldt|falder)\b",
    r" (?:vase\w*|glas|glasset|glassene|tallerken\w*|kop|koppen|kopper\w*|flaske\w*|brille\w*"
    r"|telefon\w*|mobil\w*|fjernbetjening\w*|bogen|potte\w*|skal|skalen|krus\w*|noglerne|tasken"
    r"|pungen|uret|billede\w*|lampe\w*) (?:\w+ ){0,2}(?:rog|roget|faldt|faldet|falder|vaeltede|vaeltet"
    r"|smuttede|gled) (?:ned )?(?:pa|paa|i) (?:gulvet|jorden|flisen|fliserne)\b",
    r" (?:tabte|tabt|taber|tabe) (?!balance|fodfaeste|mig |ham |hende |grebet)(?:min |mit |mine |sin |sit"
    r" |sine |hans |hendes |en |et |den |det |de |nogle )?\w+ (?:\w+ )?(?:pa|paa|i) (?:gulvet|jorden)\b",
    r" (?:brand ?bil\w*|am ?b[uo]lan[cs]\w*|politibil\w*|redningsbil\w*) (?:\w+ ){0,6}(?:i \w*gave\w*"
    r"|legetoj\w*|til (?:jul|fodselsdag\w*))\b| legetojs\w* ",
    r" braendt (?:mig|sig|os|dig) (?:\w+ ){0,2}pa (?:\w+ ){0,3}(?:tilbud\w*|handel\w*|handl\w*|aktie\w*"
    r"|investering\w*|kob\w*|salg\w*|saelger\w*|bilforhandler\w*)\b",
    # set W: a bill that takes the breath, letting oneself go at a birthday, stuck in a
    # knitting pattern, a heart that aches to see something
    r" (?:andenod|hjertestop|hjerteanfald|chok\w*) (?:\w+ ){0,2}(?:nar|naar|hver gang) (?:jeg|man|vi) (?:ser|laeser|far|aabner|abner)"
    r" (?:\w+ ){0,2}\w*(?:regning|pris|lon|skat)\w* ",
    r" (?:slog|sla\w*) (?:mig|os|sig|dig) los ",
    # set X: a heart that bleeds for the horses on TV, the weather that kills one
    r" hjerte\w* bloder for | tage\w* livet af (?:mig|os) (?:\w+ ){0,4}(?:vejr\w*|regn\w*|varme\w*|kulde\w*|larm\w*"
    r"|blaest\w*|naboen|naboer\w*|pris\w*|regning\w*|trafik\w*|bureaukrati\w*) ",
    r" gik (?:helt )?i sta (?:midt )?i (?:\w+ )?(?:\w*opskrift\w*|\w*strik\w*|\w*monster\w*|\w*krydsord\w*|bog\w*|\w*spil\w*"
    r"|regnskab\w*|\w*saetning\w*|sang\w*|salme\w*) ",
    r" ondt i hjertet (?:\w+ )?(?:at|nar|naar) (?:\w+ )?(?:se|hore|taenke|vide|laese) ",
)

# Long ago, and nothing said to be so now ("engang i 2019 var jeg lige ved at blive
# kvalt", "forgiftet af en østers på ferien sidste sommer", set S): a story, even of the
# net's strong words.
LONG_AGO = rx(
    # not "min sidste jul", the one to come (set U)
    r" engang i (?:19|20)\d\d | i (?:19|20)\d\d |(?<! min)(?<! sin)(?<! mit)(?<! sit)(?<! hans)(?<! hendes) sidste (?:sommer"
    r"|vinter|ar|jul|forar|efterar) ",
    # "si den" as the recogniser splits "siden" (set AH)
    r" for (?:\w+ ){1,2}(?:ar|maneder|maned) si ?den | i fjor ",
    # "sidste gang jeg var på skadestuen" (set Z): an occasion told
    r" sidste gang (?:jeg|han|hun|vi|du|mor|far|a) (?:var|fik|havde|tog|skulle) ",
    # a year said in words: "i otteogtres", "i nitten hundrede og tres" (set W), not "i femogtyve minutter"
    r" i (?:nitten ?hundrede (?:og )?)?(?:\w+og)(?:tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems)"
    r"(?! (?:minut\w*|sekund\w*|time\w*|dage?|dogn|uger?|ar|aar|gange|mg|stk|piller|grader)\b) ",
    r" i (?:tyverne|trediverne|fyrrerne|halvtredserne|tresserne|halvfjerdserne|firserne|halvfemserne) ",
    # set AM: a year said as "i totusind og femten", "i to tusind og tre", a decade bare
    # ("faldt ned af stigen i firs"), not a speed ("kørte i firs"); "det er længe siden"
    r" i (?:to ?tusind|totusinde|nitten ?hundrede)(?: og \w+)? ",
    r"(?<! korte)(?<! korer)(?<! kore)(?<! kor) i (?:tres|halvfjerds|firs|halvfems)"
    r"(?! (?:km|kilometer|minut\w*|sekund\w*|time\w*|dage?|uger?|ar|aar|gange|mg|stk|piller|grader)\b) ",
    r" det er (?:\w+ )?(?:laenge|mange ar|flere ar|ar og dag) siden(?! (?:\w+ )?(?:at|han|hun|jeg|a|du|vi|de|der|sidst|hun)\b)",
    # set Y: "da vi var unge", "som barn", polio
    r" (?:da|dengang) (?:vi|jeg|hun|han|a) var (?:unge?|sma|born|barn|lille|pige|dreng|nygift\w*)\b| som (?:barn|born|ung|lille) | polio ",
)
NOW = re.compile(r" (?:nu|lige nu|stadig|endnu|igen|i dag|i aften|i nat|lige nu) ")

# Lost in a crossword or a book: "svarer ikke" is not unconsciousness there.
ABSORBED = re.compile(
    r" vil (?:ikke|ik) forstyrres "
    r"|(?:helt )?(?:vaek|opslugt|fordybet) i (?:sin|sit|sine|min|mit|mine|hans|hendes|en|et|den der|det der|den|det)? ?"
    r"(?:\w*bog\w*|avis\w*|\w*tvaers\w*|\w*spil\w*|tv\w*|fjernsyn\w*|serie\w*|puslespil\w*|sudoku\w*|strik\w*)"
    # answering questions, not responding ("hvis det her ikke kan svare på hendes spørgsmål")
    r"| svare\w* pa (?:\w+ ){0,2}(?:sporgsmal\w*|mail\w*|brev\w*|besked\w*|sms\w*)"
)

# Hard of hearing: "svarer ikke, når I ringer" is no unconsciousness (set P), and the
# model's emergency alone is not taken for it. A hearing aid only excuses "svarer ikke"
# (HEARING_AID): its battery swallowed is still poisoning, whatever the model says.
HARD_OF_HEARING = re.compile(
    r" tunghor\w* | horer (?:\w+ )?(?:darligt|skidt|ikke sa godt|ik sa godt) "
)
HEARING_AID = re.compile(r" horeapparat\w* ")

# A pain never had ("jeg har aldrig haft ondt i brystet, men lægen vil ...", set P): the
# model's emergency intent alone is not taken. "Det er ikke akut, men ..." is no such
# mark: the urgent in it still counts.
NEVER_HAD = re.compile(
    r" aldrig (?:\w+ )?(?:haft|havt|faet) (?:\w+ )?(?:smerter|smerte|ondt|trykken|tryk|problemer) "
)

# A film, a book or the news told about: not the teller's emergency.
MEDIA_STORY = re.compile(
    r" i (?:nyhederne|tv avisen|tv|radioen|radion|avisen|fjernsynet|krimien|filmen|serien|romanen|udsendelsen"
    r"|matador|badehotellet|riget|kroniken) "  # told, not happening (set N)
    r"| (?:laes|laeser|laeste|hor|horte|se|sa) (?:\w+ )?nyhed\w* "  # "læs nyhederne højt" (set V)
    r"| (?:film\w*|krimi\w*|serie\w*|bog\w*|roman\w*|avis\w*|program\w*|dokumentar\w*)"
    r" (?:\w+ ){0,5}(?:handlede om|handler om|om en|hvor(?! mange| meget| tit| ofte))\b"
    r"| (?:dokumentar\w*|udsendelse\w*|foredrag\w*) (?:\w+ ){0,3}om "
    # "set et program om rottegift" (set Ø)
    r"| (?:set|sa|saa|horte|hort) (?:\w+ )?(?:et |en )?(?:program\w*|udsendelse\w*|dokumentar\w*|film\w*|indslag\w*) om "
    # "jeg læser en Agatha Christie, hvor de alle sammen bliver forgiftet" (set S)
    r"| (?:laeser|laeste|lytter til|horer) (?:pa )?(?:en|et|i en|i et) (?:\w+ ){1,3}hvor (?!mange| meget| tit| ofte)"
    # "det stod i ugeavisen" (set U)
    r"| (?:stod|star|stand) (?:\w+ ){0,2}i (?:\w*avis\w*|\w*blad\w*|bogen|pjecen)\b"
)

GENERAL_IF = rx(
    # a number asked "ved mistanke om forgiftning", for one's own knowledge (set T)
    r" ved mistanke om (?:\w+ ){0,2}(?:forgiftning\w*|\w+) | (?:bare )?til min egen viden ",
    r" hvad gor man (?:\w+ ){0,2}hvis (?:\w+ ){0,12}",
    # asked for another in a clause ("vil gerne vide, hvad man gør, hvis man finder en
    # person der ikke trækker vejret", set U)
    r" (?:vide|ved|laere|spurgte|sporger) (?:om )?hvad man (?:skal )?gor\w* (?:\w+ ){0,2}hvis (?:\w+ ){0,12}",
    # staff asking for a procedure ("hvad skal vi gøre i personalegruppen, hvis en borger
    # siger ...", set P)
    r" hvad (?:gor|skal) (?:man|vi) (?:\w+ ){0,4}hvis (?:en|nogen|borger\w*|beboer\w*|man) (?:\w+ ){0,12}",
    r" hvilke\w* (?:\w+ )?(?:giftig\w* )?(?:planter|svampe|baer|stoffer) (?:\w+ ){0,6}passe pa (?:\w+ ){0,12}",
    r" (?:vil|ville) (?:gerne )?vaere forberedt ",
    # "hvad er proceduren hvis en beboer får hjertestop om natten" (set X)
    r" (?:procedure\w*|instruks\w*|retningslinje\w*) (?:\w+ ){0,2}(?:hvis|nar|naar|for|ved) (?:\w+ ){0,12}",
    # people in general ("arbejder med dem der har fået slagtilfælde", set V)
    r" (?:med|for|til|om) (?:dem|folk|patienter|borgere|mennesker|personer) (?:der|som) har (?:faet|haft) (?:\w+ ){0,3}",
    # people with a condition, in a question what exists for them (set AF: "hvad findes
    # der til ældre med åndenød")
    r" (?:med|for|til|om) (?:dem|folk|patienter|borgere|mennesker|personer|aeldre|aeldre mennesker) (?:der har |som har |med )"
    r"(?:\w+ ){1,2}",
    # staff asking how an incident is reported ("hvordan indberetter vi det, hvis en
    # borger har fået ...", set R)
    r" hvordan (?:\w+ ){0,3}(?:indberet\w*|rapporter\w*|registrer\w*|dokumenter\w*|melde\w*|handter\w*)"
    r" (?:\w+ ){0,6}(?:hvis|hvor|nar|naar) (?:\w+ ){0,12}",  # "et fald, hvor borgeren ..." (set U)
    # whom one rings when a citizen gets a fever, asked for training (set S)
    r" (?:skal|bor|ma) (?:man|vi|jeg) ringe (?:\w+ ){0,6}(?:nar|naar|hvis) (?:en|nogen|borger\w*|beboer\w*"
    r"|man) (?:\w+ ){0,12}",
)

# Said to be over ("nu har jeg det bedre", "svimmelheden er helt væk"), unless something
# is still there ("stadig", "endnu", "igen").
RESOLVED = rx(
    r" (?:nu|igen) har (?:jeg|han|hun) det (?:\w+ )?bedre | har det (?:\w+ )?bedre (?:nu|igen) ",
    r" (?:svimmelhed\w*|smerte\w*|kvalme\w*|hovedpine\w*|feber\w*|udslaet\w*|hoste\w*|ondt\w*)"
    r" (?:\w+ ){0,3}(?:er|var) (?:nu )?(?:helt )?(?:vaek|gaet over|forsvundet)\b",
    r" (?:svimmelhed\w*|smerte\w*|kvalme\w*|hovedpine\w*|feber\w*|udslaet\w*|hoste\w*|ondt\w*)"
    r" (?:\w+ ){2,16}(?:og |men )?nu er (?:det|den|de) (?:helt )?(?:vaek|gaet over|forsvundet)\b",
    # "i går jeg har haft lidt hovedpine men i dag den er helt væk" (set AP)
    r" (?:svimmelhed\w*|smerte\w*|kvalme\w*|hovedpine\w*|feber\w*|udslaet\w*|hoste\w*|ondt\w*)"
    r" (?:\w+ ){0,12}(?:og |men )?(?:i dag|i morges|til morgen|her til morgen|nu) (?:er )?(?:det|den|de|hun|han)"
    r" (?:er )?(?:helt )?(?:vaek|gaet over|forsvundet|vaek igen)\b",
)
STILL = re.compile(r" stadig | endnu | igen | fortsat | tilbage | vaerre | men nu | begyndt ")

# Over and well now: "var bevidstløs efter operationen i foråret, men nu går det godt".
# The sentence ends saying it is over ("fik kaffen i den gale hals, men nu er det
# overstået", set T): not danger now, though told in the present.
OVER_NOW = re.compile(r" (?:men )?nu er det (?:helt )?overstaet $")

RECOVERED = rx(
    OVER_NOW.pattern,
    r" nu gar det (?:godt|fint) | gar det (?:godt|fint) nu | har det (?:godt|fint) nu ",
    r" er (?:helt )?(?:rask|frisk) (?:nu|igen) | er (?:helt )?(?:god|fin) igen ",
    r" men det gik (?:jo|godt|fint|heldigvis|alligevel)\b",
    # better now, cosy now (set V)
    r" (?:det )?er blevet (?:\w+ )?bedre | bedre (?:nu|igen) ",
    # set Z: home again and much better; the grandchild laughing again
    r" (?:er|og|blevet) (?:nu )?(?:meget|langt|en del|helt) bedre (?!uden)",
    r" nu sidder (?:jeg|vi|han|hun) (?:\w+ )?(?:med|og drikker|og hygger) (?:\w+ ){0,2}(?:kaffe|te|taeppe|kakao|avis\w*)\b",
    # set AC: "nu er han frisk igen"; all clear said by whoever looked ("alt ok, ingen
    # videre tiltag", "ingen gener i dag"); gone since the dose was changed
    r" er (?:han|hun|jeg|vi|mor|far|de) (?:helt )?(?:rask|frisk|fin|god) (?:nu|igen) ",
    # set AH: "men nu er a frisk" (Jutlandic "a" is "jeg")
    r" nu er (?:jeg|a|han|hun|vi|mor|far) (?:helt )?(?:rask|frisk|fin|ok|okay) (?:igen )?$",
    r" (?:er|sidder|star|staar|gar) (?:\w+ )?oppe igen | har rejst (?:sig|mig) (?:igen|selv) ",
    r" alt (?:er |var )?(?:ok|okay|i orden)\b| ingen (?:videre|yderligere) (?:tiltag|behandling|handling)\b",
    r" ingen (?:gener|symptomer|smerter|problemer) (?:i dag|nu|mere|laengere)\b",
    r" (?:nu|og nu) er (?:det|den|de) (?:helt )?(?:vaek|gaet over|forsvundet|overstaet)\b",
)

SUPPOSED = re.compile(
    r" hvis (?:man|de|du|jeg|han|hun|nogen|mor|far) | forhindre\w* | undga\w* | sa (?:hun|han|jeg) ikke "
    r"| for (?:\w+ ){0,2}kommer (?:pa besog )?| inden (?:\w+ ){0,2}kommer "
    r"| kan (?:man|en) (?:\w+ )?blive "  # "kan man blive forgiftet af stråling" (set W)
)

# Asking what a symptom means is a medical question (answered by the refusal), not a call.
ADVICE = rx(
    r" er det (?:\w+ ){0,2}(?:farligt|normalt|en bivirkning|bivirkning\w*|lungebet\w*|tegn pa)",
    r" kan det vaere | hvad fejler | behandle\w* | bivirkning\w* | hvad gor (?:jeg|man) ved | hvad hjaelper mod ",
    r" hvad (?:skal|kan) (?:jeg|man|vi) (?:gore )?ved | skal vi give | hvor meget (?:\w+ )?ma ",
    r" skal (?:han|hun|jeg|vi|man) (?:have|tage|give) | springe (?:\w+ )?over ",
    r" skal (?:han|hun|jeg|vi|man) (?:\w+ )?til laege\w* med | skyldes | hvad skal (?:jeg|han|hun) tage ",
)

# Asking leave to take a medicine before taking it ("må jeg tage to panodiler ekstra"):
# a question for advice (answered: ask the doctor or the pharmacy), not an overdose
# said; the model alone read it as poisoning. A dose already taken is the net's.
ASKS_TO_TAKE = re.compile(
    r"^(?!.* (?:har|havde|allerede) (?:\w+ )?(?:taget|faet|tog|fik) )"  # none taken yet
    r" (?:(?:oh|altsa|og|men|hej|undskyld|du) )*(?:ma|kan|tor|skal|bor) (?:jeg|han|hun|vi|man"
    r"|min \w+|mor|far) (?:godt |gerne |lige |egentlig |bare )?(?:tage|ta|give|fa|faa)"
    rf" (?:\w+ ){{0,6}}{PILLS}\b"  # "ta to af de hvide piller eller kun en" (set 6)
    # asked after what was told ("min far har feber, skal han have en panodil"; tests/nlu)
    r"|^(?!.* (?:har|havde|allerede) (?:\w+ )?(?:taget|faet|tog|fik) (?!feber))"
    r".* (?:ma|kan|skal|bor) (?:jeg|han|hun|vi|man) (?:godt |gerne |lige |bare )?(?:tage|ta|have|ha|fa)"
    rf" (?:\w+ ){{0,3}}(?:{PILLS}|paracetamol|panodil\w*|pamol|ipren|ibuprofen)\b"
)

# Leave to take a medicine asked on someone's behalf ("Borgeren spørger, om hun må tage to
# af sine smertestillende tabletter i stedet for én", set 41: Giftlinjen): advice asked
# (the doctor or the pharmacy), not a dose taken, as long as none is said taken.
LEAVE_ASKED = re.compile(
    r"^(?!.* (?:har|havde|allerede) (?:\w+ )?(?:taget|faet|tog|fik|slugt|givet|gav) )"
    r"(?:.* om (?:jeg|han|hun|vi|man|de|\w+) (?:godt |gerne |lige |bare |egentlig )?(?:ma|kan|tor|skal|bor)"
    r" (?:godt |gerne |lige |bare |egentlig )?(?:tage|ta|give|fa|faa|have|ha)"
    rf" (?:\w+ ){{0,6}}{PILLS}\b"
    # asked straight out, before giving: "kan jeg give karen 3 panodil i stedet for 2" (a
    # home helper in Teams, set 45)
    r"|^ (?:(?:og|men|hej|oh|altsa) )*(?:kan|ma|maa|tor|skal|bor) (?:jeg|vi|man) (?:godt |gerne |lige |bare )?"
    rf"(?:give|gi) (?:\w+ ){{0,6}}{PILLS}\b)"
)

NOT_ACUTE = re.compile(
    # "det er sgu ik akut" (spoken "ik", "itt", "int", set AM)
    r" (?:ikke|ik|ikk|itt|ett|int|ijke|ikkje|intet|ingen) (?:\w+ ){0,2}(?:akut\w*|nod ?situation\w*)| ingen (?:\w+ )?(?:brand|ild)\b"
    r"| (?:aldrig (?:\w+ )?(?:haft|havt|faet)|(?:ingen|ikke nogen|ikke|uden)) (?:\w+ )?(?:smerter|smerte|ondt|trykken|tryk) (?:\w+ ){0,2}(?:i|for)"
    r" (?:brystet|hjertet)\b(?: overhovedet)?| (?:ikke|ik) braender (?:pa )?"
)

# "Det er ingenting": a small cut or bump, said as small.
MINOR = re.compile(
    r" (?:det er|det var|er) (?:\w+ )?(?:ingenting|ikke noget at|ikke farligt)\b"
    # a cold, a little headache with a lamp to dim (set T)
    r"| (?:bare|blot|kun) (?:en )?(?:almindelig )?forkol\w*| lidt hovedpine (?:\w+ ){0,2}(?:kan du|vil du"
    r"|sluk|daemp|skru)\b"
    # a small pain said to pass, both said ("lidt ondt i ryggen ..., men det går over")
    r"| lidt ondt i (?:ryggen|benet|benene|knaeet|knaeene|skulder\w*|nakken|hofte\w*|foden|armen)"
    r"\b(?: \w+){0,12} (?:det )?gar (?:nok |sikkert )?over\b"
    # an itch or a sting said to pass ("det klør lidt men det går nok over", set Æ)
    r"| (?:klor|kloer|svier|prikker|stikker|brander|braender) (?:\w+ )?lidt\b(?: \w+){0,8} (?:det )?gar (?:nok |sikkert |vel )?over\b"
    # a little stiff, sore or tired, said to pass ("ryggen er lidt stiv ..., men det går over", set U)
    r"| lidt (?:stiv|om|mor|trat|ommo|sur|tung|oppustet)\w*\b(?: \w+){0,12} (?:det )?gar (?:nok |sikkert |altid |hurtigt )?over\b"
    # a little cough or a cold, and otherwise well ("lidt snue, men ellers har jeg det godt", set AF)
    r"| (?:lidt|en smule|en lille|en let) (?:hoste|hoster|snue|forkol\w*|ondt i halsen|hovedpine|kvalme|ondt i (?:ryggen|knaeet|benet))"
    r"\b(?: \w+){0,4} men (?:ellers |jeg |ellers jeg )?(?:har det|er|har) (?:\w+ )?(?:fint|godt|frisk|ok|okay)\b"
    # "mine ben er lidt tunge i dag, men det er vejret" (set W)
    r"| lidt \w+ (?:\w+ ){0,6}men det er (?:nok |bare |vel |sikkert |nu |jo )?(?:vejret|alderen|varmen|kulden|trykket)\b"
    # "jeg hoster lidt om morgenen, men det har jeg gjort i fyrre år" (set X)
    r"| det har (?:jeg|han|hun|a) (?:gjort|haft|vaeret) i (?:\w+ ){1,2}ar\b"
    # as always, nothing new; new shoes; no pain anywhere (set Q)
    r"| som (?:altid|sadvanlig\w*|normalt)\b| (?:ikke|ik) noget nyt\b"
    r"| af (?:de|mine|sine|hans|hendes) nye (?:sko|stovler|briller|tand\w*)\b"
    r"| ingen (?:\w+ )?ondt (?:nogen steder|noget sted|overhovedet|i dag)\b"
    # no pain, no dizziness today; the dentist says it is normal (set R)
    r"| ingen (?:\w+ )?(?:smerter|svimmelhed|feber|kvalme|hovedpine) (?:nogen steder|noget sted|overhovedet"
    r"|i dag|mere|laengere)\b(?!.* men )"
    r"| (?:laege\w*|tandlaege\w*|sygeplejerske\w*|doktor\w*) (?:\w+ ){0,2}(?:siger|sagde|mener|synes)"
    r" (?:\w+ ){0,2}(?:det er|det var|at det er) (?:helt )?(?:normalt|fint|ufarligt|harmlost|ikke farligt)\b"
)

HELPLINE_NAMED = re.compile(
    r" (?:gift|livs) ?lin(?:je|ie)\w* | laege ?vagt\w* | vagt ?laege\w* | ved forgiftning\w* "
    # "hvilket nummer ringer man til, hvis man vil tale med en læge, men det ikke haster" (set P)
    r"| laege (?=(?:\w+ ){0,8}(?:(?:ikke|ik|ikk) haster|haster (?:ikke|ik|ikk))\b)"
)

# 1-1-2 itself asked about ("hvad er 112 for et nummer", "kan du ringe 112, hvis der sker
# noget"): answered with what it is, calmly; a call for it is not this.
ABOUT_112 = rx(
    r" (?:laert|laerer|laere|ved hvordan man|kan godt) (?:\w+ ){0,2}(?:at )?ringe (?:til )?112 ",  # set T
    r" hvad (?:skal|siger) (?:jeg|man|vi) (?:\w+ )?(?:sige )?nar (?:jeg|man|vi|du) ringer (?:til )?112 ",
    r" 112 er (?:vel |jo |da |ogsa |ikke )?(?:det samme|samme|et|nummeret|gratis|ogsa|vel)\b",
    # its history ("hvornår blev 112 indført", set Æ)
    r" (?:hvornar|hvorfor|hvordan) (?:\w+ ){0,2}(?:blev|kom|fik) (?:\w+ ){0,2}112 | 112 (?:\w+ ){0,3}(?:indfort|opfundet|indfoert)\b",
    # what to say to 112 one day; ringing it by mistake with a watch (set Ø)
    r" hvad skal (?:jeg|man|vi) sige til 112 | ringe (?:til )?112 (?:\w+ ){0,2}ved en fejl ",
    # the day named for it ("112-dagen, hvad er det for en dag", set Å)
    r" 112 ?dag\w* ",
    # which number one calls for an ambulance here, asked (set AP: "hvilket nummer man
    # ringer i Danmark for ambulance"); not with haste said
    r" (?:hvilket|hvilke|hvad er|hvad hedder|hvad er det for et) (?:\w+ ){0,2}(?:nummer|nummeret|telefonnummer\w*"
    r"|numre|nr) (?:\w+ ){0,8}(?:for|efter|til|pa) (?:en |et |at fa |at faa |at fa en )?(?:am ?b[uo]lan\w*"
    r"|politi\w*|brand ?vaesen\w*|brandbil\w*|redning\w*|alarmcentral\w*)\b"
    r"(?!(?: \w+){0,6} (?:nu|hurtigt|med det samme|straks|skynd\w*)\b)",
    # "er det stadig 112 man ringer, hvis man skal bruge en ambulance" (set R)
    r" er det (?:stadig |stadigvaek |altid |ogsa |nu |vel )?112 (?:man|vi|jeg|en) (?:\w+ )?ringe\w*"
    r"(?: (?:til )?(?:hvis|nar) (?:man|en|jeg|vi) (?:\w+ ){0,3}(?:ambulance\w*|hjaelp|laege\w*))?",
    # whether 112 is the number all over Europe (set U)
    r" 112 (?:\w+ ){0,2}i (?:hele )?(?:europa|eu|udlandet|andre lande|alle lande|spanien|sverige|tyskland"
    r"|norge)\b",
    r" hvorfor (?:hedder|er) (?:det|nummeret) (?:\w+ )?112 (?:\w+ ){0,2}(?:og|i stedet|ikke)\b",  # set W
    # what it is for, asked (set AH)
    r" hvad (?:\w+ ){0,2}112 (?:\w+ )?(?:er til|bruges til|skal bruges til|er for noget)\b",
    r" hvad (?:er|betyder) 112 | 112 (?:\w+ ){0,2}for (?:et nummer|noget)\b| hvornar (?:skal|ma|kan) man ringe (?:til )?112 ",
    # why or how one calls it, asked for its own sake (set N): an emergency beside it is
    # still read (detect() reads the rest)
    r" (?:hvorfor|hvordan) (?:\w+ ){0,4}(?:man|en|folk) (?:\w+ )?ringe\w* (?:til )?112 | hvad (?:\w+ ){0,4}ringer (?:\w+ )?112 for ",
    r" (?:kan|kunne) du (?:\w+ )?ringe (?:til )?112 (?:\w+ ){0,2}hvis (?:der|jeg|noget|nogen) ",
    r" forskel\w* (?:\w+ ){0,4}(?:112|1813|laege ?vagt\w*)(?: (?:og|eller) (?:\w+ )?(?:112|1813|laege ?vagt\w*))? ",
    # whose number it is, asked ("112 er det nummeret til politiet eller ambulancen", set AI)
    r" 112 (?:er det|er) (?:\w+ )?(?:nummeret|nummer|det nummer) (?:til|for) ",
    r" 112 er det (?:\w+ )?(?:til|for) (?:\w+ )?(?:politi\w*|ambulance\w*|brand\w*|laege\w*)",
    r" er (?:det )?112 (?:\w+ )?(?:nummeret |nummer )?(?:til|for) (?:\w+ )?(?:politi\w*|ambulance\w*|brand\w*|laege\w*)"
    r"(?: (?:eller|og) )?",
    # set AJ: which number to call if something happens, asked to know; when one may call;
    # 1-1-2 learnt about at school
    r" hvilke?t? (?:\w+ )?(?:nummer|numre|telefonnummer) (?:\w+ ){0,4}ringer? (?:til )?(?:\w+ ){0,2}(?:hvis|nar|naar|i tilfaelde)\b",
    r" hvilke?t? (?:\w+ )?(?:nummer|telefonnummer) (?=(?:\w+ ){0,16}bare (?:sa|for at) (?:jeg|vi|man|a) ved det\b)",
    r" hvornar (?:ma|skal|bor|kan) (?:man|en|vi|jeg|du|folk) (?:\w+ )?ringe\b(?! (?:\w+ )?(?:nu|efter)\b)",
    r" laerte (?:\w+ ){0,3}om 112 ",
)

HELPLINE_QUESTION = rx(
    r" hvad er | hva er | nummer\w* | numre | telefon\w* | hjemmeside\w* | abent | aben | abningstid\w* ",
    r" for noget | hvornar | hvad hedder | hvordan (?:kontakter|ringer|far) | hvor finder | skrive ",
    r" laese | lase | om (?:gift|livs) ?lin| ringer (?:\w+ )?tilbage | besked | weekend\w* | hvad laver | bruge (?:\w+ ){0,2}til | hvem svarer ",
    r" foredrag\w* | frivillig\w* | (?:hvem|hvor|hvad) ringer (?:jeg|man|vi) (?:til )?",
    r" til for | pa video | over video | i stedet for at (?:tage|kore|ga) ",  # what it is for (set N)
    r" bruges | benyttes ",  # "kan livslinien også bruges hvis man bare er ensom" (set AR)
    # set AJ: its hours asked ("har giftlinjen døgnåbent?")
    r" \w*abent? | \w*abningstid\w* | hele dognet | dognet rundt | (?:lukket|lukker|lukke) | om natten ",
    # its number for a notice board, what it does, whether one may ring it (set AX)
    r" tlf\w* | opslag\w* | hvad gor (?:gift|livs) ?lin| kan man ringe (?:dertil|derhen|til dem|til den) ",
    # what one says to it, whom it is for (set AY)
    r" hvad (?:siger|skal|sir) (?:man|jeg|vi) (?:\w+ )?(?:til|nar|naar|hvis) | (?:er det|er den|kun) (?:kun )?for (?:de )?"
    r"(?:unge|aeldre|gamle|voksne|born|boern|teenagere|pensionister)\b",
)

ANIMAL = re.compile(
    r" (?:kat|katten|hund|hunden|\w*fugl\w*|kanarie\w*|hamster\w*|marsvin\w*|undulat\w*|kanin\w*|hest\w*|papegoj\w*)\b"
)

# A symptom's word inside a medicine's name ("allergipillen", "hostesaften",
# "kvalmestillende") names the medicine, not the symptom: "mind mig om min hostesaft"
# is a reminder. Only the urgent signs are read without them; poisoning keeps them
# ("en hel flaske hostesaft").
MEDICINE_NAME = re.compile(
    r" (?:allergi|hoste|hovedpine|kvalme|smerte|feber|diarre|mave|forstoppelse\w*|svimmel\w*"
    r"|migraene|gigt|blaere|urinvejs)\w*?(?:piller|pillen|pillerne|pille|tablet\w*|saft\w*"
    r"|medicin\w*|spray\w*|draaber|draberne|draber|plaster\w*|stillende|middel\w*|creme\w*"
    r"|salve\w*|pastil\w*|kaps\w*|mikstur\w*|dosis) "
)

# A reminder asked for to call the doctor ("mind mig om at ringe til lægen på mandag"):
# the call is planned, not a sign; the urgent signs are read without it.
CALL_REMINDER = rx(
    r" (?:mind|husk|paamind|pamind)\w* (?:\w+ ){0,2}(?:om|pa) at ringe (?:\w+ )?til (?:\w+ )?laege\w* ",
    # "mind mæ om å ring te æ læge på mandag" (Southern Jutland, set 45)
    r" (?:mind|husk|paamind|pamind)\w* (?:\w+ ){0,2}(?:om|pa) (?:at|a|aa) ring(?:e)? (?:\w+ )?til (?:\w+ )?laege\w* ",
    # what to be reminded of, said as a clause ("at jeg skal ringe til lægen", set 11),
    # or a call planned for a day or an hour
    r"^ (?:(?:og|oh|ja) )*at (?:jeg|vi|han|hun|a) (?:skal|ska) (?:huske at )?ringe (?:\w+ )?til (?:\w+ )?laege\w* ",
    # the thing alone, answering "Hvad skal jeg minde dig om?" ("at ringe til lægen", set 23)
    r"^ (?:(?:og|oh|ja|altsa) )*at ringe (?:\w+ )?til (?:\w+ )?laege\w* ",
    # "glem nu ik å sig te mæ i morgen klokken tre … at a ska ring te æ læge" (Southern
    # Jutland, set 48: lægevagten): told when to call, asked to be reminded
    r" (?:sig|sige|si) (?:\w+ )?(?:til|te) (?:mig|mae|mej|os|ham|hende) (?:\w+ ){0,8}(?:at|a|aa)"
    r" (?:jeg|a|vi|han|hun) (?:skal|ska) (?:huske (?:at|a) )?ring(?:e)? (?:\w+ )?(?:til|te) (?:\w+ )?laege\w* ",
    # "mind karen om 30 min at hun skal ringe til lægen" (set 18)
    r" (?:mind|husk|paamind|pamind)\w* (?:\w+ ){0,5}at (?:jeg|vi|han|hun|a|du|\w+) (?:skal|ska) (?:huske at )?ringe (?:\w+ )?til"
    r" (?:\w+ )?laege\w* ",
    r" (?:skal|ska) (?:huske at )?ringe (?:\w+ )?til (?:\w+ )?laege\w* (?=(?:\w+ ){0,2}(?:i morgen|pa (?:man|tirs|ons"
    r"|tors|fre|lor|son)dag|klokken|kl|i overmorgen|naeste)\b)",
)

# An ordinary request to the assistant: a home command, a reminder or plan request, a
# question about the assistant itself. The model's emergency intent alone is not taken
# for it (DIET has answered "sluk lyset derude i køkkenet" with 0.93 for an emergency);
# what the net matches in it still is ("sluk lyset, jeg er faldet").
ORDINARY = rx(
    # sets 19-21 (the model alone said 1-1-2): who decides, whether an aid can be lent,
    # the assistant called useless
    r"^ (?:og )?hvem (?:bestemmer|afgor|beslutter|betaler|bevilger|visiterer) ",
    r" (?:kan|ka|ma|maa) (?:han|hun|jeg|vi|man|de|mor|far) (?:\w+ )?fa (?:\w+ ){0,2}(?:lant|laant|bevilget|udlant"
    r"|installeret|sat op|afprovet|provet|udleveret)\b",
    r" (?:fuldstaendig |helt |totalt )?ubrugelig\w* | forstar (?:jo )?(?:ikke|ik) (?:en dyt|en skid|en brik|noget som helst)\b",
    # set Z: "jeg kan ikke mere finde ud af den nye fjernbetjening" (the model: Livslinien)
    r" finde ud af (?:\w+ ){0,3}(?:fjernbetjening\w*|telefon\w*|mobil\w*|tablet\w*|ipad\w*|computer\w*|tv\w*"
    r"|fjernsyn\w*|app\w*|mitid|kode\w*|\w*maskin\w*|ur\w*|skaerm\w*)\b",
    # tired of writing to a machine, a person asked for (set 12: the model said Livslinien)
    r" (?:skrive|snakke|tale|chatte) (?:\w+ )?med (?:en |sadan en |den her )?(?:maskine|computer|robot|program)\w* ",
    # set T: the weather forecast asked for; smoking on the balcony; out at bingo, so
    # home alone; the gout no worse than usual
    r" vejret for (?!smert|hoste|angst|panik|slim)\w+ (?:\w+ )?(?:i morgen|i dag|i weekenden|pa \w+dag)\b",
    r" ryger (?:\w+ )?(?:pa|ude pa|i) (?:altanen|terrassen|haven|trappen)\b",
    r" (?:er|er taget|tog) (?:vaek |ude |afsted )?til (?:banko|bingo|bridge|kortspil|gymnastik|\w*klub\w*"
    r"|\w*forening\w*|fodbold|koncert|kor|sy ?klub)\b",
    r" (?:ikke|ik) vaerre end (?:det )?(?:plejer|normalt|sadvanlig\w*)\b",
    # set S: studying to be a paramedic; a working life as a fireman, now retired; a
    # plan refused ("det vil jeg altså ikke være med til")
    r" (?:laeser|laeste|studerer|uddanner sig) til | gar (?:\w+ )?pa pension | pensioneret ",
    r" (?:har vaeret|var|er|blev) (?:\w+ )?(?:brandmand|brandmaend|ambulance ?redder\w*|ambulance ?forer\w*"
    r"|politi ?mand|politibetjent|betjent|sygeplejerske|paramediciner)\b",
    r" (?:vil|ville) (?:\w+ ){0,2}(?:ikke|ik) (?:\w+ )?vaere med til ",
    r" (?:komme|na) op til (?:\w+ ){0,2}(?:hylde\w*|skab\w*|overskab\w*|reol\w*|loft\w*)\b",
    # the room's light or warmth ("det er for lyst i soveværelset, jeg kan ikke sove")
    r" (?:for|lidt|meget|alt for|sa) (?:lyst|morkt|koldt|varmt|hedt) (?:i|her|herinde|derinde|ude)\b",
    r" (?:taend\w*|sluk\w*|skru\w*|daemp\w*|traek\w*|abn\w*|luk|lukke|lukker|las|lase|laas\w*)"
    r" (?:\w+ ){0,4}(?:lys\w*|lamp\w*|varme\w*|radiator\w*|gardin\w*|rullegardin\w*|persienn\w*"
    r"|dor|doren|hoveddor\w*|alarm\w*|termostat\w*|ovn\w*|komfur\w*|kogeplade\w*) ",
    # a thing cancelled or removed ("nej fjern den igen hun har ringet og aflyst", set 6:
    # the model alone called it an emergency)
    r" aflys\w* | fjern (?:den|det|dem|\w+en)\b| slet (?:den|det|dem)\b",
    # a microphone tested by counting ("tester 1 2 3 4 5", a real clip through Home
    # Assistant: the model alone gave it 1-1-2)
    r" (?:tester|test|proever|prover) (?:\w+ )?(?:1 2 3|en to tre|et to tre)\b| 1 2 3 4 ",
    # "prøve prøve kan du høre mig herovre fra sofaen" (set P: the model alone said 1-1-2)
    r" (?:prove|prover|proeve|test|tester) (?:prove|prover|proeve|test|tester) | kan du (?:\w+ )?hore mig ",
    # a fire in the stove, cosily; a death years ago (set P: the model alone alarmed)
    r" (?:god|godt|dejlig) fyr i (?:\w+ )?(?:braende ?ovn\w*|pejs\w*|kamin\w*)",
    r" (?:har|havde) (?:\w+ )?(?:vaeret|varet) dod (?:i|for|siden) ",
    # a duty soon, to be reminded of ("om tyve minutter skal jeg ringe til lægen": the
    # model alone said lægevagten)
    r" om (?:\w+ ){1,2}(?:minutter|minut|min|timer|time|kvarter) (?:skal|ska) (?:jeg|a|vi|du) ",
    # the weather keeps one in; a cake burnt at the edge (set O)
    r" vejret (?:er|var|bliver|blir) (?:\w+ )?(?:darligt|skidt|koldt|varmt|glat|surt|graat|vadt|fint|godt)\b"
    r"| regnvejr\w* | blaesevejr\w* | slud ",
    r" braendte? (?:\w+ ){0,2}(?:kagen|kage|maden|boller\w*|kartofler\w*|grod\w*|steg\w*|toast\w*|brod\w*|sovs\w*|frikadelle\w*)\b",
    r" hvor (?:haenger|er|finder|findes|sidder) (?:\w+ ){0,3}hjerte ?starter\w* ",
    r" snorker (?:sa )?(?:hojt|meget|hele natten|som en) | (?:ikke|ik|ingen) (?:nogen |en )?katastrofe ",
    # a pet asleep; a job at the hospital (set N's near misses)
    r" (?:kat|katten|hund|hunden|kattene|hundene) (?:\w+ ){0,3}sover ",
    r" arbejder (?:\w+ ){0,3}(?:som|pa|i|ved) (?:\w+ ){0,3}(?:akut\w*|skadestue\w*|hospital\w*|sygehus\w*"
    r"|ambulance\w*|redning\w*|brandstation\w*) ",
    # a question about what is kept ("gemmer I det, borgerne skriver her i chatten?",
    # "jeg vil ikke have at I har noget om mig") or about trying a thing ("kan jeg prøve
    # den et sted"): the model alone took each for a crisis or an emergency (issue 21, set 3)
    r" gemmer (?:i|du|den|assistenten) | \w*chat\w* | (?:data|oplysninger|cpr\w*) ",
    r" (?:har|ved|gemmer|gemt|registreret) (?:\w+ ){0,3}om (?:mig|hende|ham|os|borgeren|min \w+|mine \w+) ",
    # frustration with the assistant ("I burde skamme jer over sådan et system", set 7: the
    # model alone said Livslinien): sorry and the way to a person, no crisis
    r" (?:i|du) (?:burde|skulle|ma) (?:\w+ )?skamme (?:jer|dig)\b",
    r" (?:ringe|elendig\w*|ubrugelig\w*|darlig\w*|noget lort) (?:\w+ ){0,3}(?:system\w*|bot\w*|assistent\w*"
    r"|program\w*|service\w*)\b| (?:systemet|botten|assistenten|programmet) (?:\w+ ){0,3}(?:ringe|elendig\w*"
    r"|ubrugelig\w*)\b",
    r" (?:kan|ma|skal) (?:jeg|man|vi|hun|han|de) (?:\w+ )?(?:prove|afprove|lane|teste) (?:den|det|dem|en|et|sadan) ",
    # a thing refused ("hvis jeg nu ikke vil have den", the medicine machine): no wish to die
    r" (?:ikke vil|vil ikke|gider ikke) have (?:den|dem|en|et|sadan\w*|\w+maskine\w*)\b",
    r" \w+maskine\w* ",
    r" lys\w* (?:\w+ ){0,4}(?:ga ud|slukket|taendt|pa i) ",
    r" mind\w* (?:\w+ ){0,2}om | pamindelse\w* | husk\w* mig | (?:i|pa) (?:min|mit|hendes|hans) (?:plan|kalender)\w* ",
    r" (?:er|hedder|hvem er) du (?:\w+ )?(?:mand|kvinde|robot|menneske|computer\w*|maskine|dreng|pige)\b",
    r" hvad hedder du | hvem er du ",
    # the assistant that cannot answer: a person asked for ("hvem kan jeg ringe til, hvis du
    # ikke kan svare på det")
    rf" hvis du (?:\w+ )?{CANNOT} (?:svare|hjaelpe|forsta)| hvis du {CANNOT} (?:svare|hjaelpe|forsta)",
    # a dose taken as it should be, pills dropped and picked up, a cake nearly burnt
    r" har (?:jeg |han |hun |vi )?(?:lige |nu |vist |allerede )?(?:taget|taet|tau) (?:mine|min|mit|sine|sin|sit) \w*(?:piller|pille|medicin|tablet\w*|dosis)\b",
    r" (?:tabt|tabe|tabte) (?:\w+ ){0,2}(?:\w*piller\w*|\w*pille\w*|\w*medicin\w*|\w*tablet\w*) ",
    r" (?:kagen|maden|stegen|brodet|kartoflerne|gryden|panden) (?:\w+ ){0,2}braend\w* (?:\w+ )?(?:pa|paa|fast|an)\b",
    # a question about a thing ("hvad er det for en dims"); a device put up ("kan
    # hjemmeplejen sætte en røgalarm op"); a reminder to call the doctor
    r" hvad er det for (?:en|et|noget|nogle) (?:\w+ )?(?:dims|ting|apparat\w*|maskine\w*|ur|noget) ",
    r" (?:saette|saetter|sat|installere\w*|montere\w*|opsaet\w*) (?:\w+ ){0,3}\w*alarm\w*",
    # a notice asked for ("kan I give mig besked, hvis min mor ikke har taget sine piller")
    r" (?:kan|vil|ma) (?:i|du) (?:\w+ )?(?:give|sende) (?:mig|os) (?:\w+ )?besked ",
    # a visit called off ("han har ringet, han kan ikke komme alligevel")
    rf" {CANNOT} komme (?:\w+ )?(?:alligevel|i dag|i morgen|pa \w+dag|pa besog|til \w+)\b",
    # sleep and things hung on the wall (the model alone took them for urgent or a crisis)
    r" sov (?:\w+ )?(?:darligt|skidt|uroligt|ikke sa godt) ",
    r" (?:ikke|ik) sovet (?:sa |ret |specielt |saerlig )?godt | sovet (?:darligt|skidt|uroligt) | dodtraet\w* ",
    # a mistake owned ("nej stop den igen, jeg tog fejl"), not a wrong pill taken (set 8)
    r" (?:jeg|a|du|vi|hun|han) (?:tog|tager) fejl\b(?! af)",
    # whether someone took the day's pills, asked (staff: "tog Karen sine aftenpiller")
    r"^ (?:og )?tog (?!(?:\w+ )?alle )(?:\w+ ){1,2}(?:sine|sin|sit) \w*(?:piller|pille|medicin|tabletter)(?: i (?:dag|morges|aftes|gar))? $",
    # whether a person is behind it ("er der et menneske bag det her")
    r" er der (?:\w+ ){0,2}(?:menneske|person|nogen) bag\b",
    # a pet that died and is missed; a grandfather who was a fireman (set R: the model alone)
    r" (?:kat|katten|hund|hunden|undulat\w*|kanin\w*|hest\w*|fugl\w*|marsvin\w*) (?:\w+ ){0,2}(?:dode|er dod"
    r"|gik bort|blev aflivet|matte aflives)\b| sadan er livet ",
    r" (?:var|er|blev|arbejdede som|arbejder som) (?:\w+ )?(?:brandmand|brandmaend|ambulance ?redder"
    r"|ambulance ?forer|redder|politibetjent|betjent|sygeplejerske|laege|hjemmehjaelper|sosu\w*)\b",
    # more light asked for ("fuld styrke på lampen, a ka ik se hvad a laver", set 8)
    r" (?:kan|ka) (?:ikke|ik) se hvad (?:jeg|a) (?:laver|gor|skriver|laeser|strikker) ",
    r" (?:talt|snakket|snakkede|talte) (?:\w+ ){0,3}om (?:min |hans |hendes |sin )?begravelse\w* ",
    r" haenge (?:den|det|dem|op|billede\w*|lampe\w*|gardin\w*|toj\w*|vasketoj\w*|julepynt\w*)\b",
    # an ordinary end of the conversation, with a time to come back or "for i dag"
    # ("Så stopper vi her for i dag. Farvel." got Livslinien from the model alone)
    r" (?:stopper|slutter) vi (?:\w+ ){0,2}for (?:i dag|nu|denne gang) ",
    r" (?:farvel|godnat|hej hej|tak) for (?:i dag|nu|denne gang|snakken|hjaelpen) ",
    r" vi (?:ses|snakkes|tales|hores)(?: ved)? (?:i morgen|i aften|senere|snart|en anden dag|pa \w+dag) ",
    # set U: the cold weather, breathing exercises, a dream told
    r" det er (?:\w+ )?(?:bidende |meget |rigtig |sa |frygtelig |hamrende )?\w*koldt (?:\w+ ){0,2}(?:i dag|ude"
    r"|udenfor|derude|i aften|i nat|i morgen)\b",
    r" yoga\w* | meditation\w* | mediter\w* | afspaending\w* | vejrtraekningsovelse\w* | dybt (?:\w+ ){0,3}(?:ind|ned) ",
    r" (?:dromte|drommer|drommen|drommene|drommt|mareridt\w*) ",
    # a will made at the lawyer's, a stomach full (set U: the net had read them)
    r" testamente\w* (?:\w+ ){0,2}(?:hos|ved|med) (?:\w+ )?advokat\w* | (?:proppet|propmaet|maet|overmaet) ",
    # set V: too old to drive, asked; the dead wished alive; playing pharmacy with an empty,
    # washed box; a screen gone black that does not answer a touch
    r" for gammel til at (?!leve|vaere her|vaere til)\w+",
    r" (?:onske|onsker|gid) (?:at )?(?:\w+ ){0,2}(?:stadig |endnu )?levede\b",
    r" lege (?:\w+ )?(?:apotek|doktor|laege|sygehus|hospital|sygeplejerske)\b| tom og (?:vasket|ren|skyllet)\b",
    r" (?:skaerm\w*|telefon\w*|ipad\w*|tablet\w*|mobil\w*|computer\w*|fjernsyn\w*|tv) (?:\w+ ){0,2}(?:gaet|blevet)"
    r" (?:helt )?(?:i )?sort\b| (?:nar|naar) jeg trykker pa ",
    # set 15: what to be reminded of, said as a clause to the form's question ("at jeg skal
    # tage min vanddrivende": the model said Giftlinjen)
    r"^ (?:(?:og|oh|ja|altsa) )*at (?:jeg|vi|han|hun|a) (?:skal|ska) (?:huske at )?(?:tage|ta|have|ha|give) ",
    # set X: the cat sick on the carpet, the last cigarette, beetroot on the fingers, glad to
    # manage alone, the days mixed up
    r"^ (?:(?:oh|altsa|ja|nu|og) )*(?:min |vores )?(?:kat|katten|hund|hunden|fugl\w*|undulat\w*|kanin\w*|marsvin\w*)"
    r" (?:har|er|vil|kaster|hoster|spiser|spiste|drak|ligger)\b",
    r" (?:roget|ryger|rog|rogede) (?:min|mine|sin|sine|en|den|de) (?:sidste |allersidste )?(?:cigaret\w*|smog\w*|pibe\w*"
    r"|cerut\w*|cigar\w*)",
    r" blod pa (?:\w+ )?(?:fingrene|haenderne|handerne|fingre|forklaedet) fra ",
    r" glad for at (?:jeg|a|hun|han) (?:stadig |endnu |selv )?kan klare (?:mig|sig) ",
    r" tog (?:\w+ )?fejl af (?:dag\w*|dato\w*|tid\w*|klokke\w*|ugedag\w*|vej\w*|navne\w*) ",
    # set W: a smoker's years, given up; not moving to a home before a hundred
    r" (?:har|havde) roget (?:i |i over |i hele )?(?:\w+ ){1,2}ar | (?:stoppede|stoppet|holdt|holdte) (?:op )?med at ryge ",
    r" (?:flytte|flytter) (?:\w+ ){0,3}(?:plejehjem\w*|plejebolig\w*)\b(?: \w+){0,4} for (?:jeg|han|hun) fylder ",
    # set Y: numb after the dentist, sore after a vaccine
    r" (?:vaeret|var) (?:\w+ )?(?:hos|til) tandlaege\w* | bedovelse\w* | bedovet | \w*vaccin\w* ",
    r" (?:linje|bus|rute|nummer) 112 | 112 (?:kr\w*|kroner) | synke (?:dem|den|pillerne|piller\w*|tablet\w*) hel\w* ",
    # a place asked for ("hvor ligger det henne", of Teknoteket: the model alone said 1-1-2, set 17)
    r"^ (?:og )?hvor (?:ligger|er) (?:det|den|de|(?!jeg |vi |han |hun |du |a |min |mit |mine )\w+) (?:\w+ )?henne"
    r" | hvor ligger (?:det|den|de) (?:\w+ )?$",
    r" (?:ikke|ik) (?:\w+ )?(?:taenderne|gebis\w*|\w*protese\w*) i | uden (?:mine |sine )?(?:taender\w*|gebis\w*|\w*protese\w*) ",
)


# Treated already ("har brækket armen, men han har fået gips på", set U): no doctor to
# call now; the net's urgent signs and the model's urgent alone are not taken.
TREATED = rx(
    r" (?:faet|fik|har) (?:\w+ ){0,2}gips\w* | (?:faet|fik) (?:\w+ )?sting | blevet syet ",
)


# Whether a plant or a thing is poisonous, asked with nothing said to be swallowed ("er
# den der plante giftig for katte", set R): a question, not a poisoning.
TOXIC_QUESTION = rx(
    r"^ (?:er|hvor|hvilke|hvilken|kan|ved du om|mon) (?:\w+ ){0,8}giftig\w*\b",
    r"^ (?:(?:oh|altsa|men|og) )*kan (?:man|en) (?:\w+ )?blive (?:\w+ )?forgiftet af ",  # set W
)


# Set W's marks. An incident to be reported, asked how ("hvor indberetter jeg en
# utilsigtet hændelse, når en beboer har fået forkert medicin"): the poisoning words in
# it are what is reported, not a call. Acute signs in it are still read.
REPORTING = rx(
    r" (?:hvor|hvordan|hvem) (?:\w+ ){0,2}(?:indberet\w*|rapporter\w*|registrer\w*|melder) | utilsigte\w* haendelse\w* ",
)
# A nuisance or a hobby with an emergency's word in it: the neighbour's grill smoke that
# is so annoying, a collection of fire engines. Taken out of what the net reads.
NUISANCE = rx(
    # set 20: "aflys fysioterapien på onsdag, fysioterapeuten er syg": someone's helper ill
    r" (?:\w*terapeut\w*|frisor\w*|frisoer\w*|tandlaege\w*|hjemmehjaelper\w*|chauffor\w*|instruktor\w*"
    r"|underviser\w*|praest\w*|pedicurist\w*|massor\w*) (?:\w+ )?(?:er|blev|er blevet) (?:\w+ )?syg\w* ",
    r" (?:rog|rogen|os|osen) fra (?:\w+ ){0,2}(?:grill\w*|bal\w*|skorsten\w*|braende ?ovn\w*|pejs\w*)"
    r"(?= (?:\w+ ){0,8}(?:irriterende|irriterer|generer|plage\w*|traels\w*|uhyggelig\w* (?:lugt|at lugte)))",
    r" (?:elsker|samler (?:pa )?|samling (?:af|pa) |legetoj\w* |model\w* )(?:\w+ ){0,2}(?:brandbil\w*|ambulance\w*|politibil\w*)",
    # a child wild about fire engines (set AF)
    r" (?:vild|vilde|tosset|toss\w*|skor|begejstret|begejstrede|glad|gal|forelsket) (?:med|efter|i|for) (?:\w+ ){0,2}(?:brandbil\w*"
    r"|ambulance\w*|politibil\w*|redningskoretoj\w*)",
    r" (?:brandbil\w*|ambulance\w*|politibil\w*) (?=(?:\w+ ){0,6}(?:samling|samler|legetoj))",
    # set X: a job at the emergency ward; the last cigarette smoked
    r" (?:job|arbejde|arbejder|ansat|praktik\w*) (?:\w+ )?(?:pa|i|ved) (?:skadestue\w*|akut ?modtagelse\w*|sygehus\w*"
    r"|laege ?vagt\w*|hospital\w*) ",
    r" (?:roget|ryger|rog|rogede) (?:min|mine|sin|sine|en|den|de) (?:sidste |allersidste )?(?:cigaret\w*|smog\w*|pibe\w*"
    r"|cerut\w*|cigar\w*) ",
    # set Y: an accident supposed by a neighbour; a line in the school play; a son's job at
    # Giftlinjen; breath through the nose with a cold; lying on the floor for exercises
    r" (?:trode|troede|troet) (?:at )?(?:der|det) (?:var|havde) (?:sket|gaet|vaeret) (?:\w+ ){0,2}(?:ulykke\w*|galt|brand\w*"
    r"|indbrud\w*)\b",
    r" (?:skole ?komedie\w*|teater ?stykke\w*|skuespil\w*|juleforestilling\w*|forestilling\w*) (?:\w+ ){0,3}(?:skal|skulle) (?:\w+ )?"
    r"(?:rabe|sige|spille|synge) (?:\w+ ){0,5}",
    r" (?:job|arbejde|arbejder|ansat) (?:\w+ )?(?:pa|i|ved) (?:giftlinj\w*|giftlini\w*|livslin\w*|alarmcentral\w*|falck|brandvaesen\w*) ",
    r" (?:\w+ )?(?:vejret|luft) (?:gennem|igennem) naesen\b",
    r" ligger pa (?:gulvet|maatten|matten) (?:\w+ ){0,2}(?:og )?(?:laver|lave|traener|gor) (?:\w+ ){0,3}(?:ovelse\w*|gymnastik\w*|yoga"
    r"|traening\w*|straek\w*)\b",
    # set 18: a next fall feared, "og at ingen opdager det"; a brain injury after an accident
    r" (?:nervos\w*|bange|bekymr\w*|frygt\w*|angst\w*|urolig\w*) (?:\w+ ){0,6}(?:at )?ingen (?:\w+ )?(?:opdage\w*|ser|horer|finder)"
    r" (?:\w+ )?(?:det|ham|hende|dem)\b",
    r" (?:\w*skade\w*|handicap\w*|lammet|amputeret|skadet|invalid\w*) (?:\w+ ){0,2}efter en (?:\w+ )?ulykke\w* ",
)
# A death told as news, a long life lived ("min nabo er lige død, 98 år gammel, han fik
# et godt langt liv"): no one to save now.
DEATH_NEWS = rx(
    r" fik et (?:\w+ ){0,3}liv | levede et (?:\w+ ){0,3}liv | begravelse\w* | bisaettelse\w* | mindeord\w* ",
)

# A fire to be prevented ("kan jeg få en komfurvagt, så jeg ikke laver ildebrand i
# køkkenet", set X): taken out of what the net reads, as a nuisance is.
PREVENTED = rx(
    r" (?:sa|for at) (?:jeg|hun|han|vi|man) (?:ikke|ik|aldrig) (?:\w+ ){0,2}(?:laver|starter|far|kommer til at lave"
    r"|kommer til at starte) (?:\w+ )?(?:ildebrand|brand|ild)\b",
)

# Set Z's false alarms, in the net's folded words.
# A number that fell ("blodtrykket er faldet pænt"): no one fell. Taken out of what the
# net reads, as a nuisance is.
MEASURE_FELL = rx(
    r" (?:\w*blodtryk\w*|tryk\w*|feber\w*|temperatur\w*|vaegt\w*|\w*sukker\w*|tal\w*|pris\w*|kolesterol\w*|puls\w*"
    r"|iltmaetning\w*|vaerdi\w*|rente\w*|aktie\w*) (?:\w+ ){0,2}(?:er |var |har )?(?:faldet|faldt|falder)\b",
)
# Burnt food and nothing more ("toasten er blevet helt sort ... det var bare mig der
# glemte den"): the burnt smell is the toast's.
BURNT_FOOD = rx(
    r" (?:toast\w*|\w*brod\w*|maden|grod\w*|kage\w*|pizza\w*|kartofl\w*|frikadell\w*|bacon|popcorn|gryde\w*|pande\w*)"
    r" (?:\w+ ){0,8}(?:lugter|lugtede|lugtet) (?:\w+ )?braendt\b(?= (?:\w+ ){0,10}(?:bare|kun|glemte|glemt)\b)",
)
# A dream one woke from; a funny story laughed at again.
DREAMT = rx(
    r" (?:dromte|drommer|drommen|drommt|mareridt\w*) (?:\w+ ){0,16}(?:vagnede|vaagnede|vagnet|vaagnet)\b",
)
LAUGHED_AT = rx(
    r" (?:griner|grinede|morer|moret|ler|lo) (?:\w+ ){0,2}(?:af|over) (?:dengang|den gang|historien|hvordan) ",
)
# How the assistant answers a message, asked before it is shown to someone.
HOW_IT_ANSWERS = rx(
    r" (?:hvordan|hvad) (?:reagerer|svarer|gor|siger) (?:\w+ )?(?:assistent\w*|du|den|botten|programmet|robotten|systemet)"
    r" (?:\w+ ){0,2}(?:hvis|nar|naar) (?:\w+ ){0,14}",
)
# A child's fall with a plaster and laughter after it (set Z): no one hurt now.
CHEERFUL = rx(
    r" (?:griner|leger|smiler|ler) (?:han |hun |de |vi )?igen | (?:er|blev) glad igen | (?:fik|faet) (?:et |en )?plaster\w* ",
)
# An amount corrected right after a command ("nej ikke helt kun halvvejs", "nej bare lidt",
# set 23: the model had read it as an emergency): the blind or the lamp, not a person.
AMOUNT_CORRECTED = rx(
    r"^ (?:(?:nej|naej|hov|ah|oh|altsa|ikke) )+(?:(?:ikke|kun|bare|lige|helt) )*"
    r"(?:helt|halvt|halvvejs|halvdelen|lidt|en smule|det halve|til halvdelen|hele vejen|sa meget|sa langt)"
    r"(?: (?:ned|op|ud|ind|af|mere|mindre|lavere|hojere|kun|bare|halvvejs|halvt|lidt))* $",
)

# Set Æ's false alarms.
# Words a recogniser split apart that read as a sign ("få vejr udsigten frem" is the
# weather forecast): taken out before the net reads.
SPLIT_COMPOUND = rx(r" vejr udsigt\w* ")
# Settled in ("slet ikke faldet til på plejehjemmet"), came across ("faldt over en god
# opskrift"): no fall.
NO_FALL = rx(
    r" (?:faldet|faldt|falde|falder) (?:\w+ ){0,2}til (?=(?:pa|i|her|der|hjemme|derude|derinde) )",
    r" (?:faldt|faldet|falder|falde) over (?:en |et |nogle |noget )?(?:\w+ )?(?:opskrift|artikel|bog|tilbud|program"
    r"|udsendelse|annonce|billede|side|app|video|film|sang|digt|gammel|gamle)\w* ",
)
# The heart that jumps at a goal or at the price of butter: excitement, not illness.
EXCITED = rx(
    # "får et hjerteanfald hver gang han ser benzinprisen" (set AI)
    r" (?:hjertebanken|hjertestop|hjerte stop|hjerteflimmer|hjertet i halsen|hjerteanfald|hjerte anfald|slagtilfaelde)"
    r" (?:\w+ ){0,4}(?:hver gang|nar|naar) (?:\w+ ){0,5}"
    r"(?:scorer|vinder|taber|koster|\w*prisen|\w*priserne|\w*regning\w*|kamp\w*|maal|mal)\b",
)
# 1-1-2 to be called if something happens, a plan told: no call now.
CALL_IF = rx(
    r" (?:ringer|ringe|skal ringe|ville ringe|vil ringe) (?:\w+ )?(?:til )?112 (?:hvis|nar|naar) "
)
# To fall very ill one day, supposed ("hvis jeg bliver meget syg en dag").
ILL_SUPPOSED = rx(
    r" hvis (?:jeg|han|hun|man|vi|mor|far) (?:\w+ )?(?:bliver|blir|skulle blive) (?:\w+ )?(?:syg|darlig|daarlig|dement)\w* ",
)
# When a thing is to be done, asked ("hvornår skal den så afleveres", set 20's turn: the
# model had read it as a crisis): a question of time, unless it asks of dying or an end.
WHEN_QUESTION = rx(
    # "hvornår blev den besluttet" of the pool just told (sets 35, 36: the model's crisis)
    r"^ (?:(?:og|men|sa|ok|okay|nej) )*hvornar (?:skal|kan|skulle|bliver|blir|blev|er|var|plejer) (?:den|det|de|man|vi|jeg|han|hun|du|\w+(?:et|en|ne))\b"
    r"(?! (?:\w+ ){0,5}(?:do|doe|dor|dode|slut|ende|ender|faerdig med livet|lov at))",
    # the same asked tersely, the participle first ("besluttet hvornår?" of the pool just
    # told, set 40: the model's crisis)
    r"^ (?:(?:og|men|sa|ok|okay) )*(?:besluttet|vedtaget|bevilget|indfort|startet|oprettet|evalueret|udgivet)"
    r" (?:\w+ )?hvornar $",
)

# Set Ø's false alarms, taken out before the net reads.
HARMLESS_FIRE_FLY_BLOOD = rx(
    # a fire in the fireplace, cosy; a fly swallowed on the bike; the blood said thick
    r" ild i (?:pejsen|braende ?ovnen|kaminen|baalet|balet|grillen) ",
    r" slugt (?:en |et )?(?:flue|myg|insekt|bananflue)\w* ",
    r" (?:mit|hans|hendes|dit) (?:bloder|blod er) (?:for |lidt |meget )?(?:tykt|tyndt|godt|fint|normalt) ",
    # a sting long past that did not swell; no cramps since; settled down
    r" (?:blev|var) (?:slet |overhovedet )?(?:ikke|ik) (?:haevet|hoven\w*|rod) ",
    r" ingen (?:\w+ )?(?:kramper|krampeanfald|anfald|smerter) (?:siden|efter)\b",
    r" (?:faldet|faldt) (?:helt )?til ro ",
    # stuffy in here, "ved at blive kvalt": open the window
    r" (?:lummert|varmt|indelukket|tungt) (?:\w+ ){0,4}(?:ved at blive kvalt|kvalt)\b",
    # on the floor playing; fell asleep on the sofa
    r" ligget pa (?:\w*gulvet|gulv\w*) (?:\w+ ){0,6}(?:leget|leger|legede)\b",
    r" faldt om (?:pa|i) (?:sofaen|sengen|stolen|lænestolen|laenestolen) og sov\b",
    # hard to breathe for her perfume; "slukke ildebrande" at work
    r" (?:fa|faa) vejret for (?:\w+ )?(?:parfume|grin|latter)\w* ",
    r" slukke ildebrande\b",
)
# Marks for the model alone: a heart that turned a somersault; jumped in the air at a
# bill; a reading asked if fine; the good kind of ache; mistook the glasses; "hvis hun en
# dag": supposed.
EVERYDAY_FIGURES = rx(
    r" hjerte\w* (?:slog|sprang|tog) (?:en )?kolbotte\w* ",
    r" sprang (?:naesten |lige )?i luften ",
    r" (?:er|var) (?:det )?fint (?:ikke|ik)\b| er det fint\b",
    r" den gode slags ",
    r" tog fejl af (?:\w+ ){0,3}(?:briller\w*|nogle\w*|sko\w*|jakke\w*|hue\w*|taske\w*|paraply\w*) ",
    r" hvis (?:hun|han|jeg|man|vi) en dag ",
)

# A bag of sweets eaten (kept for an animal: chocolate can poison a dog).
SWEETS_EATEN = re.compile(
    r" (?:spist|spiste|slugt) (?:\w+ ){0,2}(?:hele |en hel |to |tre )?(?:posen|pose|pakken|pakke|aesken|aske|dasen"
    r"|dase|skalen|kassen|bakken|pladen|plade|rullen|glasset) (?:med |af )?(?:vingummi\w*|slik\w*|chokolade\w*"
    r"|bolcher|bolsjer|lakrids\w*|chips|kage\w*|smakager|pebernodder|popcorn|flodeboller|marcipan|karameller"
    r"|nodder|vindruer|jordbaer|kirsebaer)\b"
)

# Set Å's near misses, taken out before the net reads a sentence: out of breath but happy; the blood frozen in the veins at a bill; "blod, sved og
# tårer"; dizzy from a remote's buttons; a word asked for in another language; whether
# the speaker hears one call from the bathroom; a wound healing well; pills said taken in
# answer to a reminder, or asked whether taken; a whole bag of sweets eaten.
HARMLESS_SAYINGS = rx(
    r" forpustet (?:\w+ ){0,2}men (?:det var|det er) (?:\w+ )?(?:dejligt|skont|sjovt|godt|herligt|en fornojelse)\b",
    r" blodet (?:\w+ )?(?:fros|froes|fryser|frose|stivnede|isnede) (?:\w+ ){0,4}(?:arer|aarer|is)\b",
    r" blod sved og (?:tarer|taarer) ",
    r" svimmel af (?:\w+ ){0,3}(?:knapper\w*|tal|tallene|regler\w*|papir\w*|skema\w*|valg\w*|muligheder\w*"
    r"|kode\w*|apps|ord|ordene|nyheder\w*|priser\w*|regning\w*|menu\w*|indstilling\w*|kanaler\w*)\b",
    r" (?:hvordan|hvad) (?:siger|staver|skriver|oversaetter|udtaler|hedder) (?:man|du|jeg|vi|det) (?:\w+ ){0,3}"
    r"pa (?:engelsk|tysk|fransk|svensk|norsk|spansk|italiensk|latin|polsk|arabisk|tyrkisk)\b",
    r" hvad (?:hedder|betyder) (?:\w+ ){1,3}pa (?:engelsk|tysk|fransk|svensk|norsk|spansk|italiensk|latin)\b",
    r" kan (?:hojttaler\w*|hojtaler\w*|assistent\w*|du|den|alexa|robotten|mikrofon\w*|uret|appen) (?:\w+ )?(?:hore"
    r"|hoere|opfange|fange|forsta) (?:det |mig )?(?:hvis|nar|naar) (?:jeg|man|nogen|vi) (?:raber|kalder|siger|taler"
    r"|hvisker) (?:\w+ ){0,3}(?:fra|i|pa) (?:\w+ )?(?:badevaerelse\w*|kokken\w*|sovevaerelse\w*|stuen|gangen"
    r"|entre\w*|haven|kaelder\w*|toilet\w*|badet|altan\w*|terrasse\w*|rum\w*|etage\w*)\b",
    r" (?:mit |hans |hendes |det )?\w*sar\w* (?:\w+ )?(?:heler|er helet|er lukket|lukker sig) (?:\w+ )?(?:fint|godt"
    r"|paent|flot|som det skal)\b",
    r"^ (?:ja|jo|jep|jeps|javel|jamen|ja ja|ja tak) (?:jeg har|har jeg|jeg) (?:\w+ )?taget (?:alle )?(?:mine|dem|de"
    r"|pillerne|medicinen)(?: \w*piller\w*| medicin\w*)?(?: (?:i dag|til morgen|i morges|i aften|nu|alle sammen"
    r"|allesammen))? $",
    r"^ (?:\w+ )?har (?:jeg|han|hun|mor|far) (?:\w+ )?taget (?:mine|sine|hans|hendes|de|dem) (?:\w+ ){0,2}"
    r"(?:\w*piller\w*|medicin\w*|\w*tabletter\w*)(?: (?:i dag|i morges|i aften|til morgen|til middag))?\b"
    r"(?!.*(?: igen| to gange| dobbelt| allerede| ekstra| for mange| en gang til| flere))",
    SWEETS_EATEN.pattern,
)
# For the model alone (the net weighs them itself): a walk or play in the snow; where a
# fire blanket or smoke alarm should hang; a measure said to be good.
SNOW_WALK_GEAR_READING = rx(
    r" (?:tur|gatur|gaatur|travetur|skitur|leget|legede|leger|lege|kaelkede|kaelket) i sneen\b",
    r" hvor (?:\w+ ){0,4}(?:skal|bor|kan) (?:jeg|man|vi) (?:\w+ )?(?:haenge|saette|placere|opbevare|have|montere"
    r"|gemme) (?:\w+ )?(?:mit |min |en |et |den |det )?(?:brandtaeppe\w*|brandslukker\w*|ildslukker\w*|rogalarm\w*"
    r"|rogmelder\w*|brandalarm\w*|forbindskasse\w*|hjertestarter\w*|forstehjaelps\w*)\b",
    r" (?:\w*blodsukker\w*|blodtryk\w*|puls\w*|iltmaetning\w*|saturation\w*|vaerdi\w*|maling\w*) (?:\w+ ){0,8}"
    rf"(?:det er|det var|er|var) (?!(?:\w+ )?{NEG})(?:vist |meget |rigtig |helt |jo |da )*(?:godt|fint|normalt"
    r"|paent|flot|i orden)\b",
)
# The wrong medicine seen before any was taken.
CAUGHT_IN_TIME = rx(
    r" (?:opdagede|opdaget|sa|saa|opdager|fandt ud af|lagde maerke til) (?:\w+ ){0,2}(?:inden|for|foer|forend)"
    r" (?:jeg|han|hun|vi|mor|far) (?:\w+ )?(?:tog|tager|naede at tage|fik taget) (?:noget|nogen|dem|den|det"
    r"|af dem|af den)\b",
)
TAKEN = re.compile(
    r" (?:har|havde) (?:\w+ )?(?:taget|slugt|spist|drukket)\b| tog (?:\w+ )?(?:\d+|to|tre|alle)\b"
)

# A question about who helps ("hvem er det der hjælper", after the assistant explained
# Nethjælpen): the helper asked about, not a cry for help (bot/safety/patterns/cry.py).
ASKS_WHO_HELPS = re.compile(r" hvem (?:\w+ ){0,4}(?:hjaelper|hjaelpes|hjalper|hjelper)\b")

# -- set AC's near misses (2026-12-06), as kinds of sentence ------------------------------
# A comparison drawn and taken back: "man skulle tro han blev kvalt, men han sover bare".
AS_IF = rx(
    r" (?:man|en|du) (?:skulle|ville) tro (?:at )?(?:\w+ ){0,10}?men (?:\w+ ){0,3}(?:bare|kun|faktisk|bare)\b"
)
# What one did not say, corrected ("jeg sagde ikke at jeg var faldet, jeg sagde ...").
CORRECTED = rx(
    r" (?:jeg|a) (?:sagde|sa|mente|skrev) (?:ikke|ik|aldrig) at (?:\w+ ){0,5}(?=(?:jeg|a) (?:sagde|sa|mente|skrev) )",
    r" (?:du har|du) (?:misforstaet|hort forkert)\b",
)
# The assistant's own advice quoted back ("du sagde at jeg skulle ringe til lægen").
QUOTED = rx(
    r" du (?:sagde|sa|skrev) (?:\w+ ){0,2}(?:at )?(?:jeg|vi|han|hun) (?:skulle|skal) (?:\w+ ){0,4}"
    r"(?:ringe (?:\w+ )?til (?:\w+ )?(?:laege\w*|112|giftlinje\w*)|\w+) "
)
# Nobody hurt ("ingen der er kommet noget til"), a thing fallen, not a person.
NO_ONE_HURT = rx(
    r" (?:ingen|ikke nogen) (?:\w+ ){0,3}(?:kommet (?:noget )?til|kom (?:noget )?til|kom til skade|kommet til skade)\b",
)
# Bleeding a little with an everyday act ("bløder lidt når jeg børster tænder").
LITTLE_BLEED = rx(
    r" (?:bloder|blodte|bloede) (?:lidt|en smule|let) (?:\w+ ){0,4}nar (?:jeg|han|hun|man|a) ",
)
# A fright over a price or a bill: a figure of speech.
PRICE_SHOCK = rx(
    r" (?:ved at |naer |naesten )?(?:besvime|besvimede|falde om|faldt om|fa et hjerteanfald|fik et chok|do)"
    r" (?:\w+ ){0,2}(?:da|nar|over) (?:\w+ ){0,5}(?:\w*regning\w*|pris\w*|kvittering\w*|kontoudtog\w*|\w*skat\w*)\b"
)
# A story retold about a fire, a career told ("kan stadig fortælle om den store brand").
RETOLD = rx(
    # a habit of telling, never a report told now ("fortalte om det trykken for brystet")
    r" (?:(?:kan|ka) (?:stadig |godt |altid )?(?:fortaelle|snakke|tale)|(?:plejer|elsker) at (?:fortaelle|snakke|tale)"
    r"|(?:fortaeller|snakker|taler) (?:tit|altid|gerne|stadig)) om (?:den|det|dengang|da|de|sin|sit|sine) (?:\w+ ){0,6}"
)
# The blood said to be an animal's or not blood at all.
NOT_BLOOD = rx(
    r" blod\w* (?:\w+ ){0,8}men det var (?:bare |kun |heldigvis )?(?:\w+(?:ens|ets)|dyrets|rodvin|ketchup|saft|maling|rodbede\w*)\b",
)
# An idiom of dying ("dø med støvlerne på").
DIE_IDIOM = rx(r" (?:do|dor|dode|doe) med stovlerne pa | (?:do|dor|dode) i selen ")
# An alarm pressed as a habit or for company.
FOR_COMPANY = rx(
    r" (?:bare|kun) for at (?:fa|have|fa sig) (?:\w+ )?(?:selskab|en snak|nogen at (?:snakke|tale) med|besog)\b",
    r" \d+ gange (?:i (?:denne|sidste|den) (?:uge|maned)|om (?:ugen|dagen|natten))\b",
)
# Short of breath only on the stairs, asked about an aid.
ON_EXERTION = rx(
    r" (?:let|hurtigt|nemt|lidt) (?:forpustet|andenod|traet) (?:\w+ ){0,2}nar (?:\w+ ){0,2}(?:gar|cykler|gar pa|gar op)\b",
)
# What frightened one turned out to be a thing ("men det var bare en gammel frakke").
ONLY_A_THING = rx(
    r" det var (?:ikke (?:\w+ ){1,2}men )?(?:bare|kun) (?:en|et|noget|nogle|min|mit|mine|vores|hans|hendes) "
)
# Every year the same: an ordinary ache ("sådan er det hvert forår").
EVERY_YEAR = rx(
    r" sadan er det (?:\w+ ){0,2}(?:hvert|hver|altid)\b| som (?:hvert|hver) (?:ar|forar|efterar|vinter|sommer)\b",
    r" det (?:plejer|gor) det (?:altid|hvert ar)\b",
)
# Mushrooms looked over by one who knows.
MUSHROOMS_CHECKED = rx(r" svampe ?(?:kontrol\w*|kyndig\w*|ekspert\w*|konsulent\w*) ")
# A complaint about savings ("en undskyldning for at spare på personalet"): no one in danger.
SAVINGS = rx(
    r" spare\w* (?:\w+ ){0,2}pa (?:\w+ )?(?:personale\w*|penge\w*|hjemmepleje\w*|\w*tid\w*|\w*udgift\w*|\w*budget\w*)\b",
    # "er det ikke bare for at spare penge på hjemmehjælpen" (a smoke test: Livslinien)
    r" (?:spare|sparer|spares|spart|sparede) penge (?:pa|paa|ved|med) ",
    r" spare\w* (?:\w+ ){0,2}pa (?:\w+ )?(?:hjemmehjaelp\w*|plejen|aeldreplejen|aeldre\w*|hjaelp\w*|\w*hjaelpere)\b",
    r" besparelse\w* | nedskaering\w* | sparekniv\w* | undskyldning for at ",
)
# What takes a sentence back or only tells, taken out in this order before the net reads
# (set AC): a comparison, a correction, a story retold, a little bleeding, a price, blood
# that was not blood, an idiom.
TAKEN_BACK = (AS_IF, CORRECTED, RETOLD, LITTLE_BLEED, PRICE_SHOCK, NOT_BLOOD, DIE_IDIOM)
# The rest of set AC's near misses: they only doubt a sentence (the model's intent).
NOTHING_AMISS = (
    QUOTED,
    FOR_COMPANY,
    ON_EXERTION,
    NO_ONE_HURT,
    ONLY_A_THING,
    EVERY_YEAR,
    MUSHROOMS_CHECKED,
    SAVINGS,
)

# What to be reminded of, said alone as "at tage min vanddrivende": a reminder's thing,
# unless a word of danger is in it.
REMINDER_THING = re.compile(
    r"^ (?:(?:og|oh|ja|altsa|nej) )*at (?:huske at )?(?:tage|ta|give|hente|kobe|bestille|ringe|vande|fodre"
    r"|skifte|smore|drikke|spise|saette|laegge|ga) (?:\w+ ){0,5}$"
)
REMINDER_DANGER = re.compile(
    r" (?:alle|hele|mange|for mange|dobbelt|ihjel|livet|mit liv|112|ambulance\w*|akut\w*|overdosis|afsked"
    r"|farvel|sidste)\b"
)


def reminder_thing(norm: str) -> bool:
    """The thing to be reminded of said alone ("at tage min vanddrivende"), no danger in it."""
    return REMINDER_THING.search(norm) is not None and REMINDER_DANGER.search(norm) is None


# -- set AD's near misses (2026-12-06) ---------------------------------------------------
# A dream told with how it felt; a thing one was told to do on television; a stay in
# hospital over and home again; a plant dying; confusion last night and as usual today;
# smoke from a grill; gums that bleed at the brush; a blood pressure read as "X over Y";
# a cramp in the leg that passed; "det brænder jeg for"; a small cut with a plaster on;
# "if one day ... who do we call"; no bleeding noted; a game; sad at a licence lost.
DREAM_FELT = rx(
    r" (?:dromte|drommer|drommen|drommt|mareridt\w*) (?:\w+ ){0,16}(?:det var|sa|saa) (?:\w+ )?"
    r"(?:uhyggeligt|underligt|maerkeligt|ubehageligt|skraemmende|slemt)\b",
)
TOLD_ON_TV = rx(
    r" (?:set|hort|laest|sa|saa) (?:\w+ )?(?:i|pa) (?:fjernsynet|tv|tv et|radioen|avisen|nettet)"
    r" at man skal (?:\w+ ){0,14}(?:hvis man|nar man) (?:\w+ ){0,5}",
)
HOME_AGAIN = rx(
    r" (?:var|har vaeret|blev) indlagt (?:\w+ ){0,5}men (?:\w+ ){0,3}(?:kommet hjem|udskrevet)"
    r" (?:\w+ ){0,3}(?:har det godt|har det fint|er frisk|er rask)\b",
)
PLANT_DYING = rx(
    r" (?:\w*plante\w*|blomst\w*|roser|rosen|\w*traeet|haek\w*|graesset|basilikum\w*|orkide\w*)"
    r" (?:\w+ )?(?:er ved at do|dor|er doet|doer)\b",
)
AS_USUAL_NOW = rx(
    r" var (?:\w+ ){1,5}men (?:i dag|nu) (?:er|har) (?:\w+ ){0,2}(?:som (?:hun|han|vi) plejer"
    r"|sig selv igen|det godt igen)\b",
)
GRILL_SMOKE = rx(
    r" rog (?:\w+ )?fra (?:\w+ )?(?:grill\w*|bal|balet|rogeovn\w*)(?! (?:\w+ ){0,3}(?:brand|flamme))"
)
GUM_BLEED = rx(
    r" blo\w* (?:lidt |en smule )?(?:fra|i) tandkod\w*(?: (?:\w+ ){0,6}(?:borste\w*|tandtrad\w*|tit|altid))?"
)
BP_READING = rx(
    # a reading in the ordinary range only: a high one is no near miss
    r" (?:9\d|1[0-4]\d) over (?:[5-9]\d|tres|halvfjerds|firs|halvfems|\w+ og (?:tres|halvfjerds|firs|halvfems))\b",
)
CRAMP_PASSED = rx(
    r" krampe i (?:laeg\w*|fod\w*|foedder\w*|faedder\w*|taeer\w*|ben\w*|lar\w*)"
    r"(?= (?:\w+ ){0,10}(?:gik over|er gaet over|forsvandt|strakte))",
)
BURN_FOR = rx(r" (?:det|den|noget|sadan noget) braender (?:jeg|vi) (?:\w+ )?for\b")
SMALL_CUT = rx(
    r" (?:skar|snittede|stak|ridsede) mig (?:lidt |en smule )?(?:i )?(?:\w+ )?(?:finger\w*|tommel\w*|hand\w*)"
    r"(?= (?:\w+ ){0,10}plaster)",
)
IF_ONE_DAY = rx(
    r" hvis (?:\w+ ){0,4}(?:en dag|en nat|engang|nogensinde|pludselig) (?:bliver|blir|skulle blive)"
    r" (?:\w+ ){0,2}(?:forvirret|syg|darlig|urolig)\w*(?: (?:og )?(?:gar|vandrer|laber) (?:ud|vaek|rundt))?",
)
# a blood sugar with a decimal ("BS 7,2" folds to "bs 7 2"): the 2 is no reading
SUGAR_DECIMAL = rx(r" (?:bs|blodsukker\w*) (?:er |pa |paa )?(?:[4-9]|1[0-2]) \d\b")
NONE_NOTED = rx(r" (?:ingen|ikke nogen|ik nogen) (?:blodning|bloedning|bem|bemaerkninger)\b")
GAME = rx(r" (?:leget|leger|lege|spillet|spiller|spille) (?:\w+ )?mord i (?:morke|moerke)\b")
LICENCE_LOST = rx(
    r" ked af at (?:hun|han|mor|far) (?:\w+ )?ikke (?:ma|maa|kan) (?:\w+ )?(?:kore|koere|cykle) (?:\w+ )?(?:mere|laengere)\b",
)
# food burnt on the pan and the smell after it ("kom til at brænde frikadellerne på")
FOOD_BURNT_ON = rx(
    r" (?:brande|braende|braendt|braendte|brandt|brandte) (?:\w+ ){0,2}(?:frikadelle\w*|maden|kartofle\w*|grod\w*"
    r"|kaffen|maelken|saucen|sovsen|risen|kodet|boffe\w*|\w*kage\w*|pande\w*|gryde\w*) (?:\w+ )?pa\b",
)
# Where one wishes to die, said of the end of a life ("mor vil gerne dø hjemme og ikke
# på hospitalet"): a wish for care at home, not thoughts of suicide; not with a "now".
DIE_WHERE = rx(
    r" (?:do|doe) (?:\w+ )?(?:hjemme|derhjemme|i (?:eget|sit eget|mit eget|hendes eget|hans eget) hjem"
    r"|i (?:sin|min|hendes|hans) egen seng|pa (?:et )?hospice|hjemme i (?:sin|min|hendes|hans) \w+)\b"
    r"(?! (?:\w+ )?(?:i nat|i aften|i dag|nu|snart|inden))",
)
# A dose asked about by staff ("har karen taget hendes medicin i dag", set 31: Giftlinjen):
# the whole sentence whether the citizen's own dose was taken.
DOSE_STATUS = rx(
    r"^ (?:har|fik|tog) (?:\w+ ){1,2}(?:taget|faet|fat|spist|fet) (?:sin|sine|hendes|hans|deres|min|mine)"
    r" (?:\w+ )?(?:medicin|piller|pille|pillerne|tabletter|tabletterne|morgenpiller|aftenpiller"
    r"|morgenmedicin|aftenmedicin|middagsmedicin|dosis|insulin|\w+dosis)"
    r"(?: (?:i dag|i morges|i aften|i gar|endnu|til morgen|til aften|til middag|nu))? ?$",
)
EVERYDAY_NEAR_MISSES = (
    DIE_WHERE,
    DOSE_STATUS,
    FOOD_BURNT_ON,
    DREAM_FELT,
    TOLD_ON_TV,
    HOME_AGAIN,
    PLANT_DYING,
    AS_USUAL_NOW,
    GRILL_SMOKE,
    GUM_BLEED,
    BP_READING,
    CRAMP_PASSED,
    BURN_FOR,
    SMALL_CUT,
    IF_ONE_DAY,
    SUGAR_DECIMAL,
    NONE_NOTED,
    GAME,
    LICENCE_LOST,
)

# Set AF's classes (second-language speakers and their relatives), taken out of what the
# net reads: 1-1-2 practised at the day centre, no ambulance where one grew up, a death
# of an illness told, a lamp that switches itself off.
PRACTISED_112 = rx(
    r" (?:over|ovede|ovet|ove|traener|traenede|traenet|traene|laerer|laerte|laere) (?:os |dem |jer |sig |hende |ham )?"
    r"(?:i )?(?:at )?(?:ringe|ringer|ring) (?:til )?(?:112|alarmcentral\w*)",
    r" (?:ovelse|traening|kursus|rollespil) i at ringe (?:til )?(?:112|alarmcentral\w*)",
)
NONE_WHERE_FROM = rx(
    r" (?:havde|fandtes) (?:vi |de |man |der |jo |dengang )*(?:ikke|ingen|ik) (?:nogen |en |noget )?(?:ambulance\w*|brandbil\w*"
    r"|brandvaesen\w*|112|alarmcentral\w*|laegevagt\w*|skadestue\w*)",
)
DIED_OF = rx(
    r"(?<! lige) (?:dode|doede) (?!lige |nu |pludselig )(?:\w+ ){0,2}af (?:et |en |sit |sin )?(?:\w+ )?(?:slag ?tilfaelde|blod ?prop|hjerte ?anfald"
    r"|hjerte ?stop|hjerne ?blodning|infarkt|kraeft|stroke)\w*\b"
    r"(?! (?:\w+ ){0,3}(?:nu|lige nu|i nat|i dag|i morges|her|i armene))",
)
SWITCHES_ITSELF_OFF = rx(
    r" (?:lys\w*|lampe\w*|lamper\w*|paere\w*|tv\w*|fjernsyn\w*|radio\w*|ovn\w*|komfur\w*|\w*maskine\w*|\w*kedel\w*"
    r"|varme\w*|skaerm\w*|computer\w*|\w*apparat\w*|stik\w*) (?:\w+ ){0,3}slukke\w* (?:af )?(?:sig )?selv\b",
)
SAID_IN_PASSING = (PRACTISED_112, NONE_WHERE_FROM, DIED_OF, SWITCHES_ITSELF_OFF)

# Set AF's model false alarms, no emergency said: a husband's snoring, fasting before a
# test, the difference between two aids asked.
SNORING = rx(
    r" snork\w* (?:\w+ ){0,6}(?:ikke|ik) (?:kan |kunne )?(?:sove|falde i sovn)\b"
    r"| snork\w* (?:\w+ ){0,4}(?:holder mig vagen|vaekker mig)\b",
)
FASTING_ASKED = rx(
    r" (?:skal|ma|maa|bor|behover) (?:jeg|man|hun|han|vi|mor|far) (?:\w+ )?faste\b",
    r" (?:blodprove\w*|blodproeve\w*|operation\w*|scanning\w*|skanning\w*|koloskopi\w*|undersogelse\w*) (?:\w+ ){0,8}"
    r"(?:faste\w*|fastende)\b",
)
DIFFERENCE_ASKED = rx(
    r"^ (?:og )?(?:hvad|hvor) er (?:\w+ )?forskellen (?:pa|mellem) (?:\w+ ){1,4}og (?:\w+ ){1,4}$",
)
ORDINARY_CARE = (SNORING, FASTING_ASKED, DIFFERENCE_ASKED)

# Set AG's near misses (Bornholm, Southern Jutland, Copenhagen speakers, home-care staff),
# taken out of what the net reads: a plant wilting, a fall last summer and well now,
# laughter that nearly killed or choked one ("a grin" is "af grin"), "til at få
# hjertestop af", worked to death in the garden, a cake that died and fell, a film with
# fire in it, a mosquito bite that itches, a cut with only a plaster, how an alarm calls
# an ambulance, someone who talked of their old illness, tired of the rain.
PLANT_WILTING = rx(
    r" (?:\w*plante\w*|blomst\w*|roser|rosen|\w*traeet|haek\w*|graesset|basilikum\w*|orkide\w*|tomat\w*"
    r"|agurk\w*|\w*busk\w*|krydderurt\w*|kaktus\w*|pelargonie\w*|stedmoder\w*|tulipan\w*)"
    r" (?:\w+ ){0,3}(?:er ved at (?:do|ga ud|visne)|dor|doer|er doet|gar ud|er gaet ud|visner)\b",
)
FELL_THEN_WELL = rx(
    r" (?:faldt|faldet|vaeltede|vaeltet|styrtede|styrtet|gled) (?:\w+ ){0,4}(?:i sommer|i foraret|i vinter"
    r"|i efteraret|sidste (?:ar|aar|maned|uge|sommer|vinter|jul)|for (?:\w+ )?(?:ar|aar|maneder|uger) siden"
    r"|i (?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december))"
    r" (?:\w+ ){0,3}men (?:\w+ ){0,3}(?:har det (?:fint|godt)|er (?:frisk|rask|kommet sig|helt ok))\b",
)
LAUGHED_NEARLY = rx(
    r" tage livet af (?:mig|os|ham|hende|dig) (?:\w+ ){0,2}(?:at grine|af grin\w*|af latter|med grin)\b",
    r" kv(?:ae|a)l\w* (?:\w+ )?(?:a|ad) (?:grin|latter)\b",
)
ENOUGH_TO = rx(
    r" (?:er|var) (?:\w+ )?til at fa (?:et |en )?(?:hjertestop|hjerteanfald|slagtilfaelde|blodprop|chok"
    r"|nervesammenbrud|kramper|gra har) af\b",
)
WORKED_TO_DEATH = rx(
    r" (?:slar|sla|slaa|slide|slider|sled|arbejde\w*|knokle\w*) (?:mig|dig|sig|os) (?:selv )?ihjel (?:med|pa|paa)"
    r" (?:alt det |al den |alle de |det |den |de )?(?:\w*arbejde\w*|\w*have\w*|\w*rengoring\w*|\w*slaeb\w*"
    r"|traening\w*|motion\w*|sne\w*|\w*job\w*|\w*gaest\w*|\w*projekt\w*)",
)
_BAKE = (
    r"(?:\w*kage\w*|brodet|\w+brodet|souffle\w*|dejen|boller\w*|flodeskum\w*|marengs\w*|kringle\w*)"
)
BAKE_FAILED = rx(
    rf" {_BAKE} (?:\w+ ){{0,2}}(?:dode|doede|er dod|doet|(?:faldt|er faldet|klappede|sank) sammen)\b"
    r"(?: (?:\w+ ){0,6}(?:faldt|er faldet|klappede|sank) sammen\b)?",
)
_ON_SCREEN = r"(?:brand\w*|eksplosion\w*|ild\w*|mord\w*|skyderi\w*|ulykke\w*|biljagt\w*)"
FILM_WITH_FIRE = rx(
    rf" (?:\w*film\w*|serie\w*|krimi\w*|dokumentar\w*|program\w*|udsendelse\w*) (?:\w+ ){{0,3}}med"
    rf" (?:\w+ ){{0,3}}{_ON_SCREEN}(?: og (?:\w+ )?{_ON_SCREEN})?",
)
GNAT_ITCH = rx(
    r" (?:bidt|stukket|stak|bed) (?:\w+ ){0,2}(?:af )?(?:en |et |nogle |mange |masse |en masse )?(?:myg|myggen|myggene|knot\w*|lopper?)"
    r" (?:\w+ ){0,8}(?:klor|kloer|klode)\b",
)
CUT_PLASTERED = rx(
    r" (?:skar|snittede|stak|ridsede|skaaret|skaret) (?:mig|sig) (?:lidt |en smule )?(?:i|pa|paa|med) (?:\w+ ){0,2}"
    r"(?:\w*kniv\w*|saks\w*|glas\w*|dase\w*|papir\w*)(?= (?:\w+ ){0,10}(?:plaster|plastre))",
)
ALARM_HOW = rx(
    r" (?:ringer|kommer|tilkalder|sender|kontakter) (?:\w+ )?(?:ambulancen|ambulance|112|alarmcentralen|hjemmeplejen"
    r"|nogen|de|den) (?:\w+ )?(?:selv )?(?:nar|naar|hvis) man (?:trykker|trykke|har trykket)"
    r" (?:pa|paa) (?:\w+ )?(?:\w*armband\w*|\w*knap\w*|nodkald\w*|\w*alarm\w*|halskaede\w*|snor\w*)",
)
TALKED_OF_ILLNESS = rx(
    r" (?:snakke\w*|talte|taler|tale|fortalte|fortaeller|brokke\w*|pralede|praler) (?:\w+ ){0,3}om (?:sin|sit|sine|hans|hendes|deres)"
    r" (?:\w+ )?(?:blodprop\w*|hjerteanfald\w*|hjertestop\w*|slagtilfaelde\w*|operation\w*|infarkt\w*)\b",
)
TIRED_OF_WEATHER = rx(
    r" (?:traet|traette|led|lede) af (?:den |det |de |al den |alt det |alle de |denne |dette )?(?:regn\w*|vejr\w*|blaest\w*|sne"
    r"|slud|stoj\w*|byggeri\w*|reklame\w*|trafik\w*|vejarbejde\w*|elpris\w*|politik\w*"
    r"|valgkamp\w*|fodbold\w*) (?:\w+ ){0,4}?(?:gider|orker) (?:ikke|ik|itte|ikk) (?:mere|mer)\b"
    r"(?! (?:\w+ ){0,3}(?:leve|livet|vaere her))",
)
# "bløde" the adjective, not the verb: "de skal være bløde" (soft-boiled eggs, set 34:
# "Ring 1-1-2 nu" to a timer's correction), "bløde kartofler"; not "at bløde", "bløder".
SOFT = rx(
    r" (?:vaere|er|var|blive|bliver|blevet|blev) (?:\w+ )?(?:helt |lidt |ret |for |meget |sa |saa |dejligt? )?blode\b",
    r" blode (?:aeg\w*|kartof\w*|sko|puder?|hynder?|boller?|kager?|karamel\w*|gront\w*|tomat\w*|haender|hander"
    r"|stole?|stoffer|tæpper|taepper|trojer|hvedebrod\w*|brod\w*|tyggegummi)\b",
)
SAID_OF_SMALL_THINGS = (
    SOFT,
    PLANT_WILTING,
    FELL_THEN_WELL,
    LAUGHED_NEARLY,
    ENOUGH_TO,
    WORKED_TO_DEATH,
    BAKE_FAILED,
    FILM_WITH_FIRE,
    GNAT_ITCH,
    CUT_PLASTERED,
    ALARM_HOW,
    TALKED_OF_ILLNESS,
    TIRED_OF_WEATHER,
)

# Set AG's model false alarms, no emergency said: a trait "he has always had", a hobby
# gone wrong, lost in the football, a shop's opening hours asked.
ALWAYS_SO = rx(
    r" men det har (?:han|hun|jeg|vi|de|mor|far) (?:jo |nu |vel )?altid (?:vaeret|gjort)\b",
)
HOBBY_WRONG = rx(
    r" (?:gik|gar|er gaet) (?:helt |fuldstaendig |totalt |lidt )?(?:galt|i ged|skaevt) (?:med|for) (?:mit|min|mine|vores|det|den|de)"
    r" (?:\w+ )?(?:\w*tvaers\w*|sudoku\w*|kabale\w*|puslespil\w*|strik\w*|\w*kage\w*|\w*opskrift\w*|bagning\w*"
    r"|syning\w*|\w*broderi\w*|\w*spil\w*|\w*quiz\w*|\w*maleri\w*|\w*tegning\w*|\w*haekl\w*)",
)
LOST_IN_SPORT = rx(
    r" (?:helt )?(?:vaek|opslugt|fordybet) i (?:\w+ )?(?:\w*fodbold\w*|\w*handbold\w*|\w*kampen|\w*sport\w*"
    r"|\w*cykellob\w*|\w*tennis\w*|\w*golf\w*)",  # a match; a book or the tv is ABSORBED
)
# the pharmacy only: the model takes its medicine words for a poisoning; a shop's hours
# it does not confuse
_OPENS = r"(?:\w*apotek\w*|apoteksudsalg\w*)"
# asked, not told: "apoteket har lukket og jeg mangler mine piller" is a need, not a question
OPENING_HOURS = rx(
    rf"^ (?:og |men )?(?:har|er|holder) (?:\w+ ){{0,2}}{_OPENS} (?:\w+ ){{0,2}}(?:abent|aben)\b",
    rf"^ (?:og |men )?(?:hvornar|hvornaar|hvad tid) (?:\w+ ){{0,2}}(?:abner|lukker|har|er) (?:\w+ ){{0,2}}{_OPENS}\b",
)
ORDINARY_REMARKS = (ALWAYS_SO, HOBBY_WRONG, LOST_IN_SPORT, OPENING_HOURS)

# Set AH's near misses (West and North Jutland, a second language, split old speech,
# grandchildren's texts, neighbours and home helpers), taken out of what the net reads: a
# stove burning as it should, an animal that does not answer a call, breath or choking
# said of the heat and laughed at or the heating turned down, someone who does not answer
# because they are out, an office's phone not answered, a dream told, "død træt", an
# emergency in a television series, a burnt smell said to be only a grill or a bonfire, a
# dose given on time to be logged.
STOVE_BURNING = rx(
    r" (?:braende ?ovn\w*|pejs\w*|kamin\w*|bal|balet|baal\w*|stearinlys\w*|lysene|fyret|ovnen)"
    r" (?:\w+ )?braender (?:\w+ )?(?:godt|fint|hyggeligt|lystigt|flot|dejligt)\b",
)
ANIMAL_UNANSWERING = rx(
    r" (?:kat|katten|\w*hund|\w*hunden|kanin\w*|undulat\w*|papegoj\w*|hest\w*)"
    r" (?:\w+ )?(?:svarer|reagerer|kommer|lystrer|hører) (?:\w+ )?(?:ikke|ik|it|itte|ikk)\b"
    r"(?: (?:\w+ ){0,3}(?:kalder|kaldt|kaldte|raber|flojter))?",
)
_HEAT_LAUGHED = (
    r"(?=.*(?: ha ha | har har | haha\w* | hehe\w* | lol | (?:saenke|saenk|skru\w* ned for|skrue ned for|sluk\w*) (?:\w+ ){0,2}"
    r"(?:varmen|radiator\w*|gulvvarme\w*) | (?:abne|aabne|abn|luk\w* op) (?:\w+ )?(?:vindue\w*|doren|altandor\w*) ))"
)
HEAT_BREATH = rx(
    r" (?:kvael\w*(?: es)?|kvalt|ande|fa vejret|faa vejret|fa luft|faa luft|traekke vejret) (?:\w+ ){0,2}(?:af|i|for)"
    r" (?:\w+ ){0,2}(?:varme|varmen|hede|heden|\w*sommer\w*|solen|hedebolge\w*)\b" + _HEAT_LAUGHED,
)
_OUT_AT = (
    r"(?:ude at \w+|ude og \w+|ovre (?:ved|hos) (?:\w+ )?\w+|hos (?:\w+ )?(?:naboen|frisor\w*|veninde\w*|datter\w*|son\w*"
    r"|laege\w*|tandlaege\w*|fysioterapeut\w*)|til (?:banko|bingo|\w*gymnastik|frisor\w*|fodselsdag\w*|\w*mode|tandlaege\w*"
    r"|laege\w*|fysioterapi\w*|\w*traening|koncert\w*|kor|\w*klub\w*|kortspil|bridge|whist|gudstjeneste\w*|dans\w*"
    r"|yoga|svomning|fest\w*)|pa (?:arbejde|ferie|indkob|biblioteket|cafe\w*|besog|tur)|i (?:byen|kirke\w*|brugsen|netto"
    r"|fotex|supermarked\w*|banken|svommehal\w*))"
)
OUT_UNANSWERING = rx(
    # "… svarer ikke på døren men hun er på ferie" (set AH, the model's alarm)
    r" (?:svarer|svare|tager|abner|aabner) (?:\w+ )?(?:ikke|ik|it|itte|ikk) (?:\w+ ){0,2}(?:for|fordi|da|men) (?:hun|han|de)"
    rf" (?:jo |nok )?(?:er|var) {_OUT_AT}\b",
)
_OFFICE = (
    r"(?:lae ?ge\w*|tandlaege\w*|kommune\w*|apotek\w*|klinik\w*|kontor\w*|sygehus\w*|hospital\w*|borgerservice"
    r"|bank\w*|laegehus\w*|sundhedshus\w*|forsikring\w*|skat|udbetaling ?danmark|frisor\w*)"
)
OFFICE_UNANSWERING = rx(
    r" (?:svarer|svare|tager) (?:\w+ )?(?:ikke|ik|it|itte|ikk) (?:\w+ ){0,2}(?:tele ?fon\w*(?: en)?|tlf)"
    rf" (?:hos|pa|paa|i|fra) (?:\w+ )?{_OFFICE}\b",
    rf" {_OFFICE} (?:\w+ )?(?:svarer|svare|tager) (?:\w+ )?(?:ikke|ik|it|itte|ikk)\b(?: (?:\w+ )?(?:telefon\w*|tlf))?",
)
DREAM_TOLD = rx(
    r" (?:dromte|har dromt|drommer|drommen var) (?:\w+ ){0,3}?(?:om )?at (?:(?!nu |og sa |men )\w+ ){0,12}$",
)
DEAD_TIRED = rx(r" dod (?:traet|traette|sulten|kedelig\w*|nervos|sikker|forelsket)\b")
# wind after cabbage is no breathing (set AH, the model's alarm)
WIND = rx(r" (?:luft|vind|oppustet) i (?:maven|maven\w*|tarmene)\b")
_ON_SCREEN_HARM = (
    r"(?:hjertestop|hjerteanfald|blodprop\w*|slagtilfaelde|ulykke\w*|brand\w*|eksplosion\w*|mord\w*|drukn\w*"
    r"|skyderi\w*|ildebrand\w*|dor|dode|doer)"
)
SCREEN_HARM = rx(
    r" (?:\w*film\w*|\w*serie\w*|krimi\w*|dokumentar\w*|program\w*|udsendelse\w*) (?:hvor|med|om)"
    rf" (?:\w+ ){{0,6}}?{_ON_SCREEN_HARM}\b",
)
SMELL_EXPLAINED = rx(
    r" lugter (?:\w+ )?(?:af )?(?:braendt|rog|brand|os) (?:\w+ ){0,6}?(?:men )?det er (?:\w+ )?(?:bare|kun|nok|sikkert)"
    r" (?:\w+ ){0,2}(?:grill\w*|bal|balet|baal\w*|braende ?ovn\w*|pejs\w*|skorsten\w*|toast\w*|mad\w*|popcorn|bacon"
    r"|ukrudt\w*|afbraend\w*|halm\w*|blade\w*)\b",
)
DOSE_LOGGED = rx(
    r" (?:givet|gav) (?:\w+ ){1,2}(?:hendes|hans|sine|sin|sit) (?:\w+ )?(?:piller|pillerne|\w*medicin\w*|tabletter\w*"
    r"|\w*piller|dosis|insulin)\b(?: (?:kl|klokken) \d+(?: \d+)?)?"
    r"(?= (?:\w+ ){0,2}(?:kan|vil) du (?:\w+ )?(?:registrere|notere|dokumentere|kvittere|skrive|afkrydse|markere)\b)"
    r"(?!.*(?: to gange| dobbelt| igen | for mange| forkert| fejl))",
)
# Hands or legs that will not any more (set 37: "hænderne vil ikke mere" got Livslinien);
# swallowing long hard, or asked about with the tablets (set 37: "svært ved at synke. Må
# han knuse tabletterne" got 1-1-2).
BODY_WORN = rx(
    r" (?:haenderne|haender|benene|ben|armene|knaeene|fingrene|fodderne|ryggen|hofterne"
    r"|skuldrene|ojnene|stemmen) (?:\w+ )?(?:vil|kan|gider) (?:\w+ )?(?:ikke|ik|it) (?:mere|laengere)\b",
    r" (?:efterhanden|efterhaanden|altid|i lang tid|i flere (?:ar|aar|maneder|maaneder)|mere og mere)"
    r" (?:\w+ ){0,3}svaert ved at synke ",
    r" svaert ved at synke (?=(?:\w+ ){0,12}(?:knuse|knust|tablet\w*|pille\w*|medicin\w*|yoghurt|mos|gele|flydende)\b)",
)
# Set AI's near misses (Bornholm, a second language, relatives, home-care staff), taken
# out of what the net reads: a small burn said to be nothing; food burnt on, burnt in the
# pan, or feared to burn on while cooking; a fall weeks ago told with how well one walks now.
SMALL_BURN_NOTHING = rx(
    r" (?:braendt|braendte|brandt|brandte|skoldet|skoldede) (?:mig|sig) (?:lidt|en smule|bare lidt|kun lidt)"
    r" (?:\w+ ){0,5}?(?:men )?(?:det er|det var|er det) (?:\w+ )?(?:ikke noget|ingenting|ikke slemt|ikke farligt"
    r"|ikke noget at tale om|ikke noget saerligt)\b",
)
_FOOD = (
    r"(?:\w*frikadelle\w*|maden|mad|kartofle\w*|grod\w*|kaffen|maelken|saucen|sovsen|risen|kodet|boffe\w*|\w*kage\w*"
    r"|pande\w*|gryde\w*|flaesk\w*|bacon|fisken|suppe\w*|toast\w*|brodet|pizza\w*|aebleskive\w*|vafl\w*|boller\w*|lasagne\w*|bunden|stegen|loget)"
)
FOOD_BURNT = rx(
    # the food before the verb: "kartoflerne er brændt lidt på i bunden"
    rf" {_FOOD} (?:er|blev|var|er blevet|bliver|blir) (?:\w+ ){{0,2}}(?:braendt|braendte|brandt|brandte)\b"
    r"(?: (?:\w+ )?pa\b)?",
    # the verb before the food, no one burnt: "brændte pandekagerne lidt"
    rf" (?:braendte|brandte|braendt|brandt) (?!mig |sig |ham |hende |os |dig )(?:\w+ )?{_FOOD}\b",
    # feared or kept from burning on while cooking: "bange det brænder på", "så det ikke brænder på"
    r" (?:bange|nervos|angst|frygter|for at|sa|saa|uden at|hvis|inden) (?:for )?(?:at )?(?:det|den|de|maden|\w+)"
    r" (?:ikke |ik )?braender (?:\w+ )?pa\b",
    r" (?:braender|braendt) (?:\w+ )?pa i bunden\b",
)
FELL_WEEKS_AGO_FINE_NOW = rx(
    r" (?:faldt|faldet|vaeltede|vaeltet|styrtede|styrtet|gled) (?:\w+ ){0,4}(?:i sidste (?:uge|maned)"
    r"|sidste (?:uge|maned|ar|aar|sommer|vinter|jul|efterar|forar)|i (?:sommer|foraret|vinter|efteraret)"
    r"|for (?:\w+ )?(?:uger|maneder|ar|aar) siden)(?: \w+){0,24}? nu (?:gar|har|er) (?:han|hun|jeg|a|det|vi|mor|far)"
    r" (?:det )?(?:\w+ )?(?:fint|godt|frisk|rask|ok|okay)\b",
)
SAID_CALMLY = (SMALL_BURN_NOTHING, FOOD_BURNT, FELL_WEEKS_AGO_FINE_NOW)

# Set AJ's near misses (dialect, a grandchild, aphasia, night-shift notes, understatement),
# taken out of what the net reads and doubted in the model's reading too: the weather or
# work that "tager livet af mæ" (dialect); a bulb "brændt over"; a stroke as a history
# ("altid siden blodprop", "tidl. apopleksi, nu stabil"); a crime story or a film about
# poisoning; a course about acute conditions; food burnt on said to be nothing; a sad
# anniversary "men det går nu"; a will one wants help with.
LIFE_TAKEN_FIGURE = rx(
    r" (?:det|den|de|dette|vejret|varmen|heden|kulden|regnen|blaesten|larmen|arbejdet|jobbet|trappen|trapperne"
    r"|trafikken|ungerne|bornebornene|chefen|naboen|hunden|\w*arbejde\w*) (?:\w+ ){0,2}(?:tager|tar|tog|ta)"
    r" livet af (?:mig|mae|mej|maj|os)(?! selv)\b",
    r" (?:tager|tar|tog) livet af (?:mig|mae|mej|maj|os) (?:\w+ ){0,3}(?:vejr\w*|varme\w*|hede\w*|kulde\w*|regn\w*"
    r"|blaest\w*|larm\w*|arbejde\w*|job\w*|trafik\w*|trappe\w*|pris\w*|regning\w*|skat\w*|bureaukrati\w*)\b",
)
BULB_BURNT_OUT = rx(
    r" (?:\w*paere\w*|\w*lampe\w*|lyset|lysstofror\w*|\w*spot\w*|sikring\w*|glodetrad\w*|paer\w*)"
    r" (?:\w+ ){0,3}(?:braendt|brandt|braend|sprunget|gaet) over\b",
    r" (?:braendt|brandt|sprunget) (?:\w+ ){0,2}(?:\w*paere\w*|sikring\w*|\w*lampe\w*|paer\w*) over\b",
)
_STROKE = (
    r"(?:blod ?prop\w*|apopleksi\w*|slag ?tilfaelde\w*|hjerne ?blodning\w*|stroke|hjerne ?infarkt\w*"
    r"|hjerte ?anfald\w*|hjerte ?stop\w*|infarkt\w*)"
)
STROKE_HISTORY = rx(
    rf" (?:altid|lige|helt) siden (?:min |sin |hans |hendes |den |en |et |sidste )?{_STROKE}",
    rf" (?:tidl|tidligere|tdl|gl|gammel|gamle|kendt|kendte) (?:\w+ )?{_STROKE}"
    r"(?=(?: \w+){0,4} (?:nu )?(?:stabil\w*|habituel\w*|velbehandl\w*|velreguler\w*|uden (?:\w+ )?men\w*|rehab\w*))",
)
FICTION_ABOUT = rx(
    r" (?:krimi\w*|film\w*|serie\w*|roman\w*|dokumentar\w*|podcast\w*|lydbog\w*|afsnit\w*|gyser\w*|thriller\w*"
    r"|hoerespil\w*|horespil\w*|teaterstykke\w*|forestilling\w*) (?:\w+ ){0,2}(?:om|med|hvor|der handler om|som handler om)"
    r" (?:\w+ ){0,3}(?:forgift\w*|gift\w*|\w*mord\w*|drab\w*|brand\w*|ulykke\w*|hjerte ?anfald\w*|selvmord\w*"
    r"|overdosis|overdoser|doden|dod|akut\w*)\b",
)
COURSE_ABOUT = rx(
    r" (?:\w*kursus\w*|\w*kurset|\w*kurser|undervisning\w*|foredrag\w*|oplaeg\w*|temadag\w*|e ?laering\w*|modul\w*"
    r"|workshop\w*|\w*uddannelse\w*|introduktion\w*|opfriskning\w*) (?:\w+ ){0,5}(?:om|i) (?:\w+ ){0,3}(?:akut\w*"
    r"|forstehjaelp\w*|genopliv\w*|hjerte ?stop\w*|hjerte ?lunge\w*|nod ?situation\w*|forgiftning\w*|selvmord\w*"
    r"|blod ?prop\w*|apopleksi\w*|brand\w*|\w*beredskab\w*)\b",
    r" (?:akut|forstehjaelps|genoplivnings|hjertestarter|hjertelunge)\w*kurs\w* ",
)
FOOD_BURNT_ON = rx(
    r" (?:braendte|brandte|braendt|brandt) (?!mig |sig |ham |hende |os |dig |mae )(?:\w+ )?\w*(?:grod|suppe|sovs|sauce"
    r"|kage|kager|mad|maden|ris|risen|kartofl\w*|frikadelle\w*|steg|stegen|flaesk\w*|bacon|toast\w*|brod|brodet|pizza\w*"
    r"|lasagne\w*|boffer|boffen|pandekage\w*|kaffe\w*|maelk\w*|gryderet\w*|kodet|fisk\w*|aeble\w*|pasta\w*)\w* (?:\w+ )?pa\b",
)
_ANNIVERSARY = (
    r"(?:\w*fodselsdag\w*|dodsdag\w*|\w*arsdag\w*|bryllupsdag\w*|mindedag\w*|begravelse\w*|jul\w*|nytar\w*|morsdag"
    r"|farsdag|helligaften)"
)
_SAD = r"(?:tungt|tung|trist|svaert|hardt|traels|vemodig\w*|savn\w*|savner|tomt|ensomt|ked af det)"
_BUT_OK = r" men (?:det|jeg|vi|a) (?:gar|klarer|kommer|gar jo|klarer mig|klarer os)\b"
SAD_DAY_BUT_OK = rx(
    rf" {_SAD} (?:\w+ ){{0,8}}{_ANNIVERSARY}\b(?=(?: \w+){{0,10}}{_BUT_OK})",
    rf" {_ANNIVERSARY} (?:\w+ ){{0,8}}{_SAD}\b(?=(?: \w+){{0,10}}{_BUT_OK})",
)
WILL_PAPERS = rx(
    r" testamente\w* (?=(?:\w+ ){0,8}(?:hvem|hvordan|hvad koster|advokat\w*|notar\w*|kan du hjaelpe|hjaelp\w*"
    r"|papir\w*|familieretshus\w*|borger ?service|blanket\w*|skabelon\w*))",
    r" (?:have styr pa|styr pa|lave|skrive|oprette|aendre|rette|opdatere|fornye|tinglyse) (?:\w+ ){0,2}testamente\w* ",
    r" (?:advokat\w*|notar\w*|jurist\w*) (?:\w+ ){0,3}(?:til|om|med|for) (?:\w+ )?testamente\w* ",
)
# Taken out of what the net reads. A story about poisoning is not taken out but read as
# told (FICTION_ABOUT): what the story says ("forgiftet med rottegift") is the story's.
ORDINARY_SAID = (
    LIFE_TAKEN_FIGURE,
    BULB_BURNT_OUT,
    STROKE_HISTORY,
    COURSE_ABOUT,
    FOOD_BURNT_ON,
    SAD_DAY_BUT_OK,
    WILL_PAPERS,
)
TOLD_OR_ORDINARY = (*ORDINARY_SAID, FICTION_ABOUT)  # doubt marks for the model's reading

HEARD_AT_HOME = (
    STOVE_BURNING,
    ANIMAL_UNANSWERING,
    HEAT_BREATH,
    OUT_UNANSWERING,
    OFFICE_UNANSWERING,
    DREAM_TOLD,
    DEAD_TIRED,
    WIND,
    BODY_WORN,
    SCREEN_HARM,
    SMELL_EXPLAINED,
    DOSE_LOGGED,
)


# -- staff in Teams (2026-12-07) ---------------------------------------------------------
# Two false alarms of a conversation set, the net's "er syg" and "forvirret" beside the
# model's report_illness: someone else's illness told as the reason a plan item is off
# ("frisøren har meldt sig syg, så kan du flytte hendes tid"), and confusion told as a
# pattern beside a question about medicine or reminders ("hun bliver tit forvirret når
# det bliver mørkt; får hun sin aftenmedicin?"). Only the urgent signs are read without
# them (what else the sentence says, a fever, a fall, the pills all taken, is read as
# before), and the model's emergency intent alone is not taken for them. The citizen's
# own illness ("mor er syg, aflys frisøren") and confusion that is sudden or new
# ("pludselig forvirret", "forvirret siden i morges") stay.
_HELPER = (
    r"(?:\w*terapeut\w*|frisor\w*|frisoer\w*|tandlaege\w*|laegen|\w*hjaelper\w*|\w*hjaelperske\w*"
    r"|hjemmepleje\w*|sygeplejerske\w*|sosu\w*|assistent\w*|chauffor\w*|chauffoer\w*|taxa\w*"
    r"|pedicurist\w*|fodpleje\w*|massor\w*|massoer\w*|instruktor\w*|instruktoer\w*|traener\w*"
    r"|underviser\w*|praest\w*|kontaktperson\w*|besogsven\w*|ledsager\w*|vikar\w*|medarbejder\w*"
    r"|kollega\w*|rengoring\w*|frivillig\w*|datter|datteren|dottre|dotrene|son|sonnen|sonner"
    r"|svigerdatter\w*|svigerson\w*|barnebarn\w*|bornebornene|nabo\w*|veninde\w*|ven|vennen)"
)
# what lies between the helper and the illness: a call or a message told, nothing else
# ("fysioterapeuten har lige ringet og er syg", "datteren skrev at hun er blevet syg")
_TOLD = (
    r"(?:(?:har|havde|lige|netop|i dag|i morges|desvaerre|nu) )*(?:ringet|ringede|ringer|skrevet|skrev"
    r"|skriver|sms\w*|sagt|sagde|siger|fortalt|fortalte|meddelt|meldt afbud|meldte afbud|givet besked"
    r"|gav besked|aflyst|aflyste|meldt fra|meldte fra)(?: (?:til|os|mig|kontoret|i dag|lige|nu|desvaerre"
    r"|og|sagt|sagde|fortalt|skrevet|besked|om))* (?:at |fordi |da |for )?(?:hun |han |de )?"
)
ILL_HELPER = re.compile(
    r"(?<! hos)(?<! til)(?<! med)(?<! ved)(?<! aflys)(?<! flyt)(?<! ryk)"
    rf" {_HELPER}(?: (?:fra|hos|i) \w+)? (?:{_TOLD})?(?:desvaerre |ogsa |selv |nu )?"
    r"(?:er|blev|er blevet|bliver|blir|har meldt sig|har meldt|meldte sig|melder sig)"
    r"(?: (?:desvaerre|blevet|lige|nu|ogsa|selv|pludselig|meldt))? syg\b"
)
# a plan item or a reminder asked to be cancelled, moved or removed
PLAN_CANCELLED = re.compile(
    r" (?:aflys\w*|annuller\w*|flyt|flytte|flytter|flyttes|flyttet|ryk|rykke|rykker|rykkes|rykket"
    r"|udskyd\w*|udsaet\w*|slet|slette|sletter|slettes|fjern|fjerne|fjerner|fjernes|stryg|stryge"
    r"|tag (?:\w+ ){0,4}(?:af|ud af) (?:\w+ )?(?:plan\w*|kalender\w*|skema\w*))\b(?! (?:sig|mig)\b)"
)
# confusion as a pattern: often, in the evening, when it gets dark
_OFTEN = (
    r"(?:tit|ofte|tiere|oftere|altid|gerne|sommetider|somme tider|nogle gange|nogen gange|af og til"
    r"|i perioder|en gang imellem|ind imellem|let)"
)
_WHEN = (
    r"(?:om (?:aftenen|aftnen|morgenen|natten|eftermiddagen|formiddagen)|hver (?:aften|morgen|nat|dag"
    r"|eftermiddag)|sidst pa dagen|ved aftenstid|i skumringen|nar (?:det bliver|det blir|det er|det"
    r" begynder at blive) (?:\w+ )?morkt|nar solen gar ned|nar (?:hun|han|mor|far) (?:er|bliver) traet)"
)
CONFUSED_AS_A_HABIT = rx(
    rf" {_OFTEN} (?:\w+ ){{0,2}}forvirret\b",
    r" (?:virker|er|bliver|blir|vaere|blive|virke) (?:\w+ )?(?:(?:lidt|noget|godt|ret|temmelig|meget"
    rf"|helt) )?forvirret (?:\w+ ){{0,2}}{_WHEN}",
    rf" {_WHEN} (?:\w+ ){{0,3}}forvirret\b",
)
# confusion told as a little ("hun lød lidt forvirret", set 53: a staff member's question
# whether Karen had taken her medicine got lægevagten's number only)
CONFUSED_A_LITTLE = rx(
    r" (?:lod|lyder|lyd|virkede|virker|var|er|blev|bliver|blir|syntes) (?:\w+ )?(?:lidt|en smule"
    r"|en anelse|lidt usikker og|lidt traet og) forvirret\b",
)
# what makes confusion sudden, new or worse, or more than confusion
CONFUSED_NOW = rx(
    r" pludselig\w* | lige nu | nu | i dag forvirret | forvirret (?:\w+ )?(?:i dag|i aften|i nat|nu)\b",
    r" siden | i gar | i morges | i nat | i aftes | (?:de|den) sidste (?:par )?(?:dage|dogn|timer|tid) ",
    r" end (?:normalt|ellers|hun plejer|han plejer|saedvanlig\w*) | vaerre | mere og mere | ny\w* ",
    r" sludder | vrovl\w* | volapyk | usammenhaeng\w* | kender (?:\w+ )?(?:ikke|ik) | akut\w* ",
)
# an aid or a technology asked about ("hjælper det noget med særlig belysning?", set 60)
AID_ASKED = re.compile(
    r" (?:hjaelper det|vil det hjaelpe|findes der|er der noget|kan (?:man|vi|hun|han) fa|teknologi\w*"
    r"|velfaerdsteknologi\w*|belysning\w*|dognrytmelys\w*|hjaelpemid\w*)\b"
)
# a question or a request about medicine, reminders or the plan
MEDICINE_OR_PLAN = re.compile(
    r" (?:\w*medicin\w*|\w*pille\w*|\w*piller\w*|tablet\w*|dosis|doser\w*|dosisrulle\w*|paamind\w*"
    r"|pamind\w*|husk\w*|mind|minde\w*|plan\w*|dagsplan\w*|kalender\w*|aftale\w*)\b"
)


# Illness as a time something is hard, beside medicine or a reminder: "jeg har så svært
# ved at huske min medicin når jeg er syg" (set 59: lægevagten). "nu når jeg er syg" is
# an illness now, and stays.
ILL_WHENEVER = re.compile(
    r"(?<! nu)(?<! sa) (?:nar|hvis) (?:jeg|a|han|hun|man|vi|mor|far) (?:er|bliver|blir) (?:\w+ )?syg\b"
)


def _staff_context(norm: str) -> list[re.Pattern[str]]:
    """The marks of staff context in a sentence (see ILL_HELPER, CONFUSED_AS_A_HABIT,
    ILL_WHENEVER)."""
    found = []
    if PLAN_CANCELLED.search(norm) and ILL_HELPER.search(norm):
        found.append(ILL_HELPER)
    if MEDICINE_OR_PLAN.search(norm) and ILL_WHENEVER.search(norm):
        found.append(ILL_WHENEVER)
    if (MEDICINE_OR_PLAN.search(norm) or AID_ASKED.search(norm)) and not CONFUSED_NOW.search(norm):
        found += [m for m in (CONFUSED_AS_A_HABIT, CONFUSED_A_LITTLE) if m.search(norm)]
    return found


def staff_context(norm: str) -> bool:
    """Someone else's illness as the reason a plan item is off, or confusion as a
    pattern or a little beside a question about medicine or reminders (staff passing on
    context)."""
    return bool(_staff_context(norm))


def without_staff_context(norm: str) -> str:
    """The sentence with the marks of `staff_context` taken out (for the urgent signs)."""
    for mark in _staff_context(norm):
        norm = mark.sub(" ", norm)
    return norm


# -- set AK (2026-12-08): near misses of Lolland-Falster, a second language, a man with
# dementia, a neighbour, Teams notes; taken out of what the net reads and doubted in the
# model's reading too: a child playing ambulance who says "ring 112" over and over; a
# little cold "men det er ikke noget"; a grandchild's small fall with a small wound and
# well now; an animal (a cow, a dog, a cat) that fell and was got out.
PLAYS_EMERGENCY = rx(
    r" (?:leger|legede|leget|lege|leg|spiller|spillede) (?:\w+ ){0,2}(?:ambulance\w*|brand ?mand\w*|brand ?folk\w*"
    r"|brand ?bil\w*|politi\w*|redder\w*|doktor\w*|laege\w*|sygehus\w*|hospital\w*|112|alarmcentral\w*|falck\w*)\b"
    r"(?:(?: (?!men |nu |pludselig |faldt |faldet |slog |bloder |falder )\w+){0,10}? (?:siger|sir|raber|sagde|rabte"
    r"|lader som om|leger|synger) (?:\w+ ){0,2}(?:ring|ringe|ringer) (?:til |efter )?(?:112|am ?b[uo]lan\w*"
    r"|alarmcentral\w*)\b(?: hele tiden| igen og igen| hele dagen| hver gang| hele eftermiddagen| hele tiden igen)?)?",
    r" (?:leger|legede|leget|lege) (?:at|ligesom|som om) (?:\w+ ){0,3}(?:ringer|ringe|ring) (?:til |efter )?"
    r"(?:112|am ?b[uo]lan\w*)\b",
    r" (?:legetojs ?ambulance\w*|legetojs ?brandbil\w*|lege ?ambulance\w*|ambulance ?leg\w*)\b",
)
COLD_NOTHING = rx(
    r" (?:lidt|en smule|en lille|en let|bare|kun|lidt af en) (?:\w+ )?(?:snue|forkol\w*|hoste|hoster|ondt i halsen"
    r"|halsbetaend\w*|tilstoppet naese|snot\w*|nys\w*|hovedpine|kvalme)\b"
    rf"(?: \w+){{0,6}}? (?:men )?(?:det er|det var|er det|det) (?:vel |nu |jo |sikkert |altsa )?(?:{NEG} (?:noget|slemt"
    r"|farligt|noget at tale om|noget saerligt|noget at gore vaesen af)|ingenting|intet)\b",
)
SMALL_FALL_FINE_NOW = rx(
    r" (?:falde|faldt|faldet|falder|vaeltede|vaeltet|vaelte|styrtede|styrtet|gled|glide) (?:\w+ ){0,8}?"
    r"(?:kun|bare|blot|lille|sma|smaa|bitte) (?:\w+ ){0,2}(?:sar|skramme\w*|rift\w*|hudafskrabning\w*|bule\w*"
    r"|plaster\w*|skrab\w*|blat maerke|blaa maerke|blaat maerke)\b"
    r"(?: \w+){0,5}? (?:nu (?:er (?:\w+ )?)?(?:godt|fint|ok|okay|glad|frisk|rask|i orden)|(?:er|har det) (?:\w+ )?"
    r"(?:fint|godt|glad|frisk) (?:igen|nu)|gar (?:godt|fint) nu|(?:hun|han) griner igen)\b",
)
_BEAST = (
    r"(?:ko|koen|koerne|kalv\w*|kvie\w*|tyr|tyren|gris|grisen|grise\w*|hest\w*|pony\w*|hund|hunden|hunde\w*|hvalp\w*"
    r"|kat|katten|kattene|killing\w*|kanin\w*|hone\w*|hons\w*|gaasen|gasen|kvaeg\w*|dyret|dyrene|faret|farene|lammet"
    r"|lammene|geden|gederne)"
)
ANIMAL_GOT_OUT = rx(
    rf" {_BEAST} (?:\w+ ){{0,3}}(?:faldt|faldet|falder|gled|gledet|rog|roget|vaeltede|plumpede|plumpet|hoppede|sprang"
    r"|gik|korte) (?:\w+ ){0,2}(?:i|ned i|ud i|ned ad|ned fra|gennem|igennem|under|ind i|pa) (?:\w+ ){0,2}\w+"
    r"(?: \w+){0,8}? (?:fik|faet|fa|traekke|trak|traekket|hev|hevet|hive|hivede|hjalp|hjulpet|hentede|hentet|reddede"
    r"|reddet|halede|halet|bar|baret|loftede|loftet) (?:\w+ ){0,2}(?:den|dem|ham|hende|det|dyret|\w+en|\w+et)"
    r" (?:\w+ )?(?:op|ud|fri|hjem|i land|pa land|tilbage)\b",
)
# A diagnosis in a staff note that asks for technology ("pt. m. apopleksi, kan ikke spise
# selv. tekn.?", set 43: 1-1-2): what the citizen has, not what happens now, as long as
# nothing in the note is now, sudden or acute.
DIAGNOSIS_FOR_AIDS = re.compile(
    r"(?<= )(?:pt|borger\w*|beboer\w*|patient\w*) (?:m|med|har|med kendt) (?:kendt )?"
    r"(?:apopleksi\w*|blod ?prop\w*|hjerne ?blodning\w*|slag ?tilfaelde)(?= )"
    r"(?=.* (?:tekn\w*|\w*teknologi\w*|hjaelpemid\w*|relevante|forslag\w*)\b)"
    r"(?!.* (?:nu|pludselig\w*|akut\w*|ring\w*|i nat|i morges|lige nu|netop)\b)"
)
NEAR_MISSES_AK = (
    PLAYS_EMERGENCY,
    COLD_NOTHING,
    SMALL_FALL_FINE_NOW,
    ANIMAL_GOT_OUT,
    DIAGNOSIS_FOR_AIDS,
)


# -- set AL (2026-12-08): near misses of staff notes, grandchildren and Jutlandic speech;
# taken out of what the net reads and doubted in the model's reading too: an animal that
# died ("naboens hund er død"); smoke said to be only from the toast; the day's pills
# taken as they should be; a bus one cannot get up into alone; a fall played at; a garden
# fire burning well; "død sød" (very sweet); laughing so much one nearly dies.
_PET = (
    r"(?:hund|hunden|hunde\w*|hvalp\w*|kat|katten|kattene|killing\w*|kanin\w*|hamster\w*|marsvin\w*|undulat\w*"
    r"|kanarie\w*|\w*fugl\w*|papegoj\w*|hest|hesten|heste\w*|pony\w*|ko|koen|kalv\w*|gris|grisen|hone\w*|hons\w*"
    r"|guldfisk\w*|fisk\w*|skildpad\w*|dyr|dyret)"
)
PET_DIED = rx(
    rf" {_PET} (?:\w+ ){{0,2}}?(?:er|var|blev) (?:\w+ )?(?:dod|doed|aflivet|slaet ihjel|sovet ind|kort ihjel)\b",
    rf" {_PET} (?:\w+ ){{0,2}}?(?:dode|doede|dod|dor|doer|sov ind|er sovet ind|blev aflivet|matte aflives"
    r"|skulle aflives)\b",
)
SMOKE_ONLY_FOOD = rx(
    r" (?:rog|rogen|rok|os|oset|osen)(?: \w+){0,4}? (?:var|er|kom|kommer)? ?(?:kun|bare|blot|nok bare|nok kun)"
    r" (?:fra|af|pga|pa grund af) (?:\w+ )?(?:toast\w*|brod\w*|ristet \w+|rister\w*|panden|stegepanden|bacon\w*"
    r"|maden|kogeplade\w*|ovn\w*|frikadel\w*|popcorn|pizza\w*|kage\w*|braendt mad|gryde\w*|grillen|grill)\b",
)
PILLS_TAKEN_RIGHT = rx(
    rf" (?:taget|tog|tager|faet|fik|givet|gav) (?:\w+ )?alle (?:\w+ )?{PILLS}(?: \w+){{0,4}}? (?:korrekt\w*"
    r"|rigtigt|som (?:hun|han|jeg|de|den|man) skal|som (?:aftalt|ordineret|foreskrevet|planlagt)|efter planen"
    r"|til tiden|efter (?:dosisaesk\w*|doseringsaesk\w*|aesk\w*|skema\w*|planen))\b",
)
BUS_STEP = rx(
    rf" {CANNOT} (?:\w+ ){{0,2}}(?:komme|stige|kravle|ga) (?:op|ind) i (?:en |den |\w+s )?(?:bus\w*|tog\w*"
    r"|taxa\w*|taxi\w*|flextrafik\w*|telebus\w*|minibus\w*|handicapbus\w*|flexbus\w*)(?: alene| selv)?\b",
)
PLAYS_HURT = rx(
    r" (?:leger|legede|leget|lege|leg|spiller|spillede) (?:at|ligesom|som om|lidt) (?:\w+ ){0,3}(?:er |var |bliver"
    r" )?(?:faldet|faldt|falder|besvimet|besvimer|bevidstlos|syg|dod|skadet|kvalt|saaret|saret|ramt)\b",
)
FIRE_BURNS_WELL = rx(
    r" (?:balet|bal|baal|baalet|lejrbal\w*|sankthansbal\w*|\w*balfad\w*|\w*baalfad\w*|pejs\w*|braendeovn\w*"
    r"|kamin\w*|grill\w*|kul\w*|lys\w*|kaminen|ilden|flammerne)(?: \w+){0,4}? braender (?:\w+ ){0,2}(?:godt|fint"
    r"|flot|lystigt|dejligt|hyggeligt|rigtig godt|som det skal)\b",
)
DEAD_AS_VERY = rx(
    r" dod(?= (?:sod|sodt|sode|sjov|sjovt|sjove|god|godt|laekker|laekkert|flot|flott|nem|nemt|kedelig\w*|glad|stolt"
    r"|smuk|smukt|dejlig\w*|sej|sejt|kaer|irriterende|billig\w*|fed|fedt|nuttet|nuttig\w*|charmerende|hyggelig\w*"
    r"|cool|lang|langsom\w*)\b)",
)
LAUGHS_TO_DEATH = rx(
    r" (?:griner|grinede|griner|ler|lo|grine|le) (?:\w+ ){0,3}(?:at|sa) (?:\w+ ){0,2}(?:naesten|lige ved at|ved at"
    r"|er ved at|var ved at) (?:\w+ )?(?:do|dor|doer|dode|revne|revner|tisse|tisser|kvales|kvaeles|blive kvalt)\b",
    r" (?:do|dor|doer|dode) (?:\w+ )?af (?:grin|latter)\b",
)
NEAR_MISSES_AL = (
    PET_DIED,
    SMOKE_ONLY_FOOD,
    PILLS_TAKEN_RIGHT,
    BUS_STEP,
    PLAYS_HURT,
    FIRE_BURNS_WELL,
    DEAD_AS_VERY,
    LAUGHS_TO_DEATH,
)
# doubted in the model's reading only (what the net reads is left as it is): an animal
# limping or hurt in a paw; an ache explained as only from a long walk or work
PET_AILING = rx(
    rf" {_PET} (?:\w+ ){{0,8}}?(?:halter|haltede|halte|pote\w*|klo\w*|dyrlaege\w*|dyrlaegen)\b",
    rf" (?:halter|haltede|pote\w*) (?:\w+ ){{0,4}}{_PET}\b",
)
ACHE_EXPLAINED = rx(
    r" (?:ondt|omme|omt|stiv\w*|traet\w*|smerte\w*|muskelom\w*) (?:\w+ ){0,10}?(?:men )?(?:det er|det var|er det)"
    r" (?:nok |vel |sikkert |jo |da )?(?:bare|kun|blot) (?:fordi|efter|pga|pa grund af)\b",
)
SAID_CALMLY_AL = (PET_AILING, ACHE_EXPLAINED)

# -- set 44's model false alarms (2026-12-07): questions said in a conversation ------------
# Doubted in the model's reading only; what the net reads is left as it is. Across every
# held-out emergency set none of these marks is on a sentence only the model caught.
# A practical question about an aid: borrowing, trying it before applying, applying for
# it for someone, saying no to it ("kan jeg som datter søge om det for ham")
ASKS_ABOUT_AN_AID = rx(
    r" (?:lane|laane|lan|laan) ",
    r" (?:prove|afprove|teste)\w* (?:\w+ ){0,4}(?:af|for|inden) ",
    r" (?:soge|soger|sogte) (?:\w+ )?om ",
    r" ansog\w* ",
    r" sige (?:fra|nej|ja) ",
)
# Frustration with the assistant's answers ("det her er altså ikke særlig brugbart")
UNHELPFUL_ASSISTANT = rx(
    r" (?:ikke )?(?:saerlig |ret |meget |sa )?(?:brugbar\w*|ubrugelig\w*) ",
    r" (?:far|fik) (?:jo )?(?:ikke|ik|aldrig) (?:noget )?svar ",
    r" svar pa noget ",
)
# A glad remark ("Hun er glad.", "han er godt tilfreds med den")
GLAD = rx(r" (?:er|blev|var) (?:\w+ ){0,2}(?:glad|glade|tilfreds\w*) ")
# Only fillers ("øh ja nå men altså hvad var det nu øh")
FILLERS_ONLY = re.compile(
    r"^(?: (?:oh|ohm|oh|eh|ehm|ja|na|nu|men|altsa|hvad|var|det|sa|nej|hm+))+ $"
)
# A habit told and advice asked ("er faldet to gange om natten … hvad kan man gøre")
HABIT_ADVICE = rx(
    r" (?:to|tre|flere|mange) gange (?:\w+ ){0,20}hvad (?:kan|ka) (?:man|vi|jeg) (?:gore|gor) ",
    r" (?:midt )?om natten (?:\w+ ){0,20}hvad (?:kan|ka) (?:man|vi|jeg) (?:gore|gor) ",
)
ASKED_IN_CONVERSATION = (ASKS_ABOUT_AN_AID, UNHELPFUL_ASSISTANT, GLAD, FILLERS_ONLY, HABIT_ADVICE)  # noqa: E501

# -- set AM's classes (2026-12-08) ------------------------------------------------------
# Heat, air, a smell or a mood said to be stifling ("en kvælende varme i bussen"): no one
# choking. Only the phrase is taken out, so a breath said gone beside it is still read.
STIFLING = rx(
    r" kvaelende (?:\w+ )?(?:varm\w*|hede\w*|hedebolge\w*|luft\w*|stemning\w*|lugt\w*|stank\w*"
    r"|atmosfaere\w*|fugtig\w*|tavshed\w*|dag\w*|sommer\w*|sommerdag\w*|kedsomhed\w*)\b",
    r" (?:varme\w*|heden|luft\w*|lugt\w*|stank\w*|stemning\w*|tavshed\w*) (?:\w+ ){0,3}(?:var|er|blev|bliver)"
    r" (?:helt |ret |sa |lidt |naesten |nu )?kvaelende\b",
    r" kvaelende (?:varmt|hedt|lummert|fugtigt|taet|tungt)\b",
)
# A staff note that says there is nothing to watch ("hoster lidt, afebril, intet at obs"):
# the mild sign noted is no doctor now (the urgent signs only; acute ones are still read)
NOTHING_TO_WATCH = rx(
    r" (?:intet|ikke noget|ingenting|ikke andet) (?:\w+ )?(?:at |til at )?(?:obs|obse|observere|bemaerke"
    r"|holde oje med|foretage sig|gore ved|handle pa|rapportere|reagere pa)\b",
    r" intet (?:nyt )?(?:at )?obs\w* | uden (?:anmaerkning|bemaerkning)\w* ",
)
# A plant dead or withered (too much sun or too little water): the model's poisoning is
# not taken for it (the net reads nothing here; a child who ate of it is still read)
PLANT_WITHERED = rx(
    r" (?:blomst\w*|\w*plante\w*|\w*planter|rose\w*|tomat\w*|krydderurt\w*|basilikum\w*|graes\w*|plaen\w*"
    r"|haekk?\w*|orkide\w*|pelargonie\w*|geranie\w*|kaktus\w*|stedmoder\w*)"
    r" (?:\w+ ){0,5}(?:er|var|blev|bliver|ser) (?:\w+ ){0,2}(?:dode|dod|visne|vissen|visnet|visnede|udtorret"
    r"|udtorrede|braendt|braendte|svedne|svedet|gule|slatne)\b",
    r" (?:blomst\w*|\w*plante\w*|\w*planter|rose\w*|tomat\w*|krydderurt\w*|graes\w*|plaen\w*)"
    r" (?:\w+ ){0,8}(?:for meget|for lidt) (?:sol|solskin|vand|lys|regn|varme)\b",
)
# A fracture healed: the cast off, the bone grown together ("for 2 måneder siden ... nu
# er gipsen væk"): joined to TREATED
HEALED = rx(
    r" (?:gips\w*|skinne\w*|bandage\w*|slynge\w*|stingene|sting) (?:\w+ ){0,2}(?:er |blev |kom |var )?(?:helt )?"
    r"(?:vaek|fjernet|taget af|taget|klippet af|af igen|pillet af)\b",
    r" (?:er|blev|var) (?:\w+ )?(?:helet|groet sammen|vokset sammen)\b(?! (?:\w+ )?(?:forkert|skaev\w*))",
)
# A request for a reminder, then something new said in the same message ("påmindelse om
# pillerne klokken tolv og så er jeg faldet"): the part after it is read on its own, as
# if said alone, for the reminder's information mark does not reach it
REMINDER_ASKED = rx(
    r" (?:pamind\w*|paamind\w*|minde (?:mig|os|dig|ham|hende)|mind (?:mig|os|ham|hende)|husk (?:mig|os)"
    r"|huske (?:mig|os)|alarm til|vaekning)\b",
)
THEN_NEW = rx(
    r" (?:og sa|og nu|men forst|men nu|men altsa|men|forresten|nej vent|vent lige) ",
    r" (?:oh|ohm|ehm|hm|oh nej) (?=(?:jeg|a|je|ja|han|hun|mor|far|min|mit) )",  # a hesitation (set AX)
)


def after_reminder(norm: str) -> str | None:
    """What is said after a reminder asked and a turn to something new (" og så ", " men
    først "), with the space before it, or None."""
    asked = REMINDER_ASKED.search(norm)
    if asked is None:
        return None
    turn = THEN_NEW.search(norm, asked.end() - 1)
    if turn is None:
        return None
    tail = " " + norm[turn.end() :]
    return tail if tail.strip() else None


# Pills missing from the box and more asked for ("der mangler fem piller i æsken, kan
# apoteket sende flere"): a supply to refill, not pills taken, when no one is said to
# have taken or eaten them (noticed beside set AM's classes).
SUPPLY_ASKED = re.compile(
    r"^(?!.* (?:taget|tog|spist|spiste|slugt|slugte|faet|fik|givet|gav) )"
    rf".* mangler (?:\w+ ){{0,3}}{PILLS} (?:\w+ ){{0,10}}(?:apotek\w*|recept\w*|bestil\w*|sende flere"
    r"|hente flere|fornye\w*|ny pakke|nye) "
)

# A sentence of nothing but a home command's words, as a stroke or a dialect may say it
# ("nej i æ køkken" right after a light in the hallway: 1-1-2 at 0.97; "varmere… lidt…
# sove… værelset": lægevagten; set 46). Doubted in the model's reading only.
_HOME_WORD = (
    r"(?:nej|ja|jo|og|ogsa|sa|i|pa|ae|a|at|lidt|mere|mer|mindre|helt|halvt|tak|undskyld|vent|nu"
    r"|varmere|koldere|lysere|morkere|varm|kold|lys|lyset|lyse|lampe\w*|varme|varmen|radiator\w*"
    r"|gardin\w*|rullegardin\w*|stue|stuen|kokken|kokkenet|sove|soveværelse\w*|sovevaerelse\w*"
    r"|vaerelse\w*|vaerelset|bad|badet|badevaerelse\w*|gang|gangen|entre\w*|doren|dor|hoveddoren"
    r"|taend|sluk|skru|saet|rul|luk|abn|las|op|ned|herinde|herinne|derinde|derude|her|der"
    r"|grader|procent|[0-9]+)"
)
HOME_WORDS_ONLY = re.compile(rf"^(?: {_HOME_WORD})+ $")
# A home command's follow-up naming only a room, with "og", "å", "også", "osse" or "med"
# ("og i køkkenet også", "å i gangen osse", "i stuen med"; set AS).
_ROOM = (
    r"(?:stue\w*|kokken\w*|sove ?vaerelse\w*|sove vaerelse\w*|\w*vaerelse\w*|bad|badet|bade ?vaerelse\w*|gang|gangen"
    r"|entre\w*|kontor\w*|kaelder\w*|bryggers\w*|spise ?stue\w*|alrum\w*|toilet\w*|garage\w*|udestue\w*"
    r"|vinterhave\w*|gaeste ?vaerelse\w*|loft\w*|hall\w*|vindfang\w*)"
)
ROOM_FOLLOW_UP = re.compile(
    r"^ (?:og |a |ogsa |osse |nej |ja |jo |sa |og sa |og ogsa )*(?:i|pa|ude i|inde i|ud i|ind i|derude i"
    rf"|derinde i|herinde i) (?:ae |den |det |min |mit |vores )?{_ROOM}(?: (?:ogsa|osse|ossa|med|og|tak|lige|nu"
    r"|sa|saa|a))* $"
)
HOME_ONLY = (HOME_WORDS_ONLY, ROOM_FOLLOW_UP)


# -- set AN (2026-12-07) ------------------------------------------------------------------
# A turn away from what was said ("hvordan bestiller man en ny nødkaldsknap... ligemeget,
# min mor er lige faldet"): what is said after it is read on its own, out of the doubt of
# the question before it; and what is said before it, when a question about technology
# comes after it ("min mor er faldet, glem det, hvordan virker en faldalarm"). Not "lige
# meget hvad/om/for mig" ("no matter what", "it's all the same to me").
BREAK_OFF = re.compile(
    r" (?:nej )?(?:ligemeget|lige meget|ligegyldigt|glem det(?: nu| der| igen)?|forresten|for resten"
    r"|i ovrigt|nej vent|vent lige|vent vent|nej hov|hov hov"
    # "hvornår kommer hjemmeplejen.. vent han er lige faldet om" (set AY)
    r"|vent(?= (?:han|hun|jeg|mor|far|min|mit|der|nu|naboen|manden|konen)\b)"
    # "Husk vagtplanen. Nå ja, bgr 9 trækker næsten ikke vejret" (set AO)
    r"|na ja|naa ja|nah ja|naeh ja|apropos)"
    r"(?! (?:hvad|hvor|hvem|hvordan|hvornar|hvilke\w*|hvis|om|for|med|at|hvad enten|men|nar)\b)(?= )"
)


def around_break_off(norm: str) -> tuple[str, str] | None:
    """What is said before and after a turn away (`BREAK_OFF`), each with its spaces, or
    None when there is none or nothing after it."""
    turns = [t for t in (BREAK_OFF.search(norm), QUESTION_TURN.search(norm)) if t is not None]
    if not turns:
        return None
    # the first turn; a turn inside a question ("ved I i øvrigt om ...", set AP) too
    turn = min(turns, key=lambda t: t.start())
    head, tail = norm[: turn.start()] + " ", " " + norm[turn.end() :]
    if not tail.strip() or not head.strip():
        return None
    return head, tail


# Out of breath as one always is after a chore, in training and glad, or over again ("jeg
# bliver altid forpustet når jeg har været ude med skraldet ... det er gået over", "hun var
# forpustet men glad"): taken out, unless worse, still or more is said ("kan ikke få luft").
_CHORE = (
    r"(?:\w*traening\w*|gymnastik\w*|ovelse\w*|ovelser|motion\w*|fysioterapi\w*|\w*tur|\w*turen"
    r"|skrald\w*|indkob\w*|handle\w*|trapp\w*|bakke\w*|have\w*|stov\w*|gulv\w*|cykl\w*|svomm\w*"
    r"|dans\w*|rejse (?:sig|mig)|rejst (?:sig|mig)|gaet|gar|gik|gaaet|gaar|lobet|lobe|lober)"
)
BREATHLESS_ORDINARY = rx(
    r" (?:altid|tit|ofte|gerne|sommetider|nogle gange|somme tider) (?:\w+ )?forpustet"
    r" (?:\w+ ){0,2}(?:nar|naar|efter|af|hvis|under|pa|paa)\b",
    r" forpustet (?:\w+ ){0,2}men (?:\w+ ){0,2}(?:glad|glade|tilfreds|frisk|smilende|i godt humor|fin|ok|okay"
    r"|stolt)\b",
    rf" {_CHORE} (?:\w+ ){{0,12}}(?:var|blev|er|bliver|blir) (?:\w+ )?forpustet\b(?= (?:\w+ ){{0,3}}men )",
    r" forpustet (?:\w+ ){0,14}(?:og|men) (?:nu )?(?:det|den|vejret) (?:er|gik|gar) (?:nu )?(?:helt )?"
    r"(?:gaet )?over\b",
)
# what says it is more than that: still, worse, no air, blue, cannot speak
BREATH_WORSE = rx(
    r" stadig | endnu | vaerre | naesten (?:ikke|ik) | kan (?:ikke|ik) | bla\w* | gisper | hiver ",
    r" (?:ikke|ik) (?:\w+ )?(?:gaet|gar|vil ga) over| ondt | tryk\w* | bryst\w* | luft | vejret ",
    # new or with more: "benene er blevet tykke på få dage", "pludselig"
    r" pa (?:fa|et par|nogle) dage | de sidste | tyk\w* | haev\w* | pludselig\w* | hoster ",
)

# A visit to the emergency room, the doctor on call or the hospital told as done and
# well, the one taken there home again ("det gik godt med min mor på skadestuen og hun er
# hjemme", "han er kommet hjem fra sygehuset"): taken out, unless worse is said after.
_CARE_PLACE = (
    r"(?:skadestue\w*|laegevagt\w*|sygehus\w*|hospital\w*|akutmodtag\w*|akutklinik\w*|1813"
    r"|modtagelse\w*)"
)
VISIT_DONE = rx(
    rf" (?:gik|er gaet|gaet) (?:\w+ )?(?:godt|fint) (?:\w+ ){{0,5}}(?:pa|paa|hos|ved|i|pa vej fra)"
    rf" (?:\w+ )?{_CARE_PLACE}(?= )",
    rf" {_CARE_PLACE} (?:\w+ ){{0,5}}(?:og|men|sa|saa|nu) (?:nu )?(?:er|kom) (?:hun|han|de|vi|jeg|mor|far)"
    r" (?:nu )?(?:hjemme|hjem)(?: igen)?(?= )",
    rf" (?:er|kom|kommet|blev|blevet) (?:\w+ ){{0,2}}(?:hjem|udskrevet|sendt hjem|hjem igen) (?:\w+ ){{0,2}}fra"
    rf" (?:\w+ )?{_CARE_PLACE}(?= )",
)
VISIT_WORSE = rx(
    r" vaerre |(?<!hjemme)(?<!hjem) igen | stadig | alligevel | nu har | tilbage | feber\w* | ondt | smerte\w* | kaster ",
    rf" {CANNOT} | {NEG} (?:\w+ )?godt | darlig\w* | skidt | faldet | faldt ",
)

# A fire that is over: put out, everyone out, the fire brigade gone again ("naboens lade
# brændte i nat, men de kom alle ud, og brandvæsenet er kørt igen"): the fire brigade and
# the signs it is over taken out, unless the fire is said to burn or smoke now.
FIRE_DONE = rx(
    r" brand ?(?:vaesen\w*|folk\w*|bil\w*|maend\w*|mand\w*) (?:\w+ ){0,3}(?:er |var |blev )?"
    r"(?:kort|koert|taget|tog) (?:\w+ )?(?:igen|hjem|vaek|derfra|herfra)\b",
    r" (?:branden|ilden|baalet|det hele) (?:\w+ )?(?:er|blev|var|fik de|fik den) (?:\w+ )?(?:slukket|slukt"
    r"|under kontrol)\b| slukkede (?:branden|ilden)\b",
    r" (?:kom|slap|er kommet|kommet) (?:\w+ ){0,2}(?:alle|allesammen|begge|heldigvis|godt|uskadt\w*)"
    r" (?:\w+ ){0,2}ud\b",
    r" ingen (?:kom|er kommet|blev) (?:\w+ )?til skade\b",
)
FIRE_SERVICE = re.compile(r" brand ?(?:vaesen\w*|folk\w*|bil\w*|maend\w*|mand\w*)(?= )")
FIRE_NOW = rx(
    r" (?:braender|ryger|roger|blusser|flammer)\b| (?:nu|stadig|endnu) ",
    r" (?:er|sidder|star) (?:\w+ )?(?:inde|fanget)\b| kan (?:ikke|ik) (?:\w+ )?komme ud\b| 112 | ring\w* ",
    r" brandsar\w* | forbraend\w* | rog\w*forgift\w* | bevid?st ?lo\w* | ambulance\w* ",
)


def _out(norm: str, mark: re.Pattern[str], worse: re.Pattern[str]) -> str:
    """`norm` with `mark` taken out, unless what is left says worse."""
    if mark.search(norm) is None:
        return norm
    left = mark.sub(" ", norm)
    return norm if worse.search(left) else left


def calm_an(norm: str) -> str:
    """Set AN's calm sayings taken out: breathlessness of a chore, a visit done and well,
    a fire that is over (its fire brigade too)."""
    norm = _out(norm, BREATHLESS_ORDINARY, BREATH_WORSE)
    norm = _out(norm, VISIT_DONE, VISIT_WORSE)
    if FIRE_DONE.search(norm) and not FIRE_NOW.search(FIRE_DONE.sub(" ", norm)):
        norm = FIRE_SERVICE.sub(" ", FIRE_DONE.sub(" ", norm))
    return norm


# The model's false alarms of set AN, doubted (the net reads nothing in them): smoke from
# a grill or a stove one lit oneself; a doctor's visit with a good word; an ache as it is
# every year; the weather that is "ved at slå mig ihjel".
OWN_FIRE_SMOKE = rx(
    r" (?:taendt|taender|taendte|fyret|fyrer|fyrede|tander|tandt) (?:(?:\w+ )?op (?:i|pa|paa) |et |en )(?:\w+ )?"
    r"(?:grill\w*|pejs\w*|braende ?ovn\w*|bal\w*|baal\w*|ovn\w*|kamin\w*|kakkelovn\w*|ildsted\w*|rogeovn\w*)"
    r"(?= (?:\w+ ){0,10}(?:bare|kun|lidt|helt normalt|som det skal|hyggeligt?|polser\w*|bof\w*|kod\w*))",
    r" (?:grill\w*|pejs\w*|braende ?ovn\w*|baal\w*|bal|balet|ildsted\w*|rogeovn\w*) (?:\w+ ){0,8}(?:ryger|oser|roger)"
    r" (?:\w+ ){0,3}(?:bare|kun|lidt|en smule)\b",
)
VISIT_FINE = rx(
    r" (?:vaeret|var|kommer|kom) (?:\w+ )?(?:til|hos|pa|paa|ved) (?:\w+ )?(?:\w*laege\w*|kontrol\w*|undersogelse\w*"
    r"|sygehus\w*|hospital\w*|ambulatori\w*|scanning\w*|tjek\w*|eftersyn\w*)"
    r" (?:(?!ikke |ik |men )\w+ ){0,8}(?:helt |rigtig |meget |alt )?(?:fint|fin|godt|normalt|normal|i orden"
    r"|ok|okay|ingenting at se)\b",
)
USUAL_ACHE = rx(
    r" (?:ondt|om|omme|stiv\w*|smert\w*|verk\w*|gigt\w*|trael\w*) (?:\w+ ){0,8}(?:det er |det var )?(?:det|den)"
    r" (?:samme|sadan|saadan) (?:\w+ )?(?:hvert|hver|som altid|altid)\b",
    r" (?:ondt|om|omme|stiv\w*|smert\w*|verk\w*) (?:\w+ ){0,8}(?:det|den) (?:plejer|pleje) (?:det|den|at)\b",
)
WEATHER_KILLS = rx(
    r" (?:det|den|de) (?:er|bliver|blir) (?:ved|lige ved) at (?:sla|slaa) (?:mig|mae|os) ihjel"
    r"(?= (?:\w+ ){0,3}(?:vejr\w*|varme\w*|hede\w*|regn\w*|torke\w*|kulde\w*|blaest\w*|storm\w*|larm\w*"
    r"|stoj\w*|arbejde\w*|host\w*|trafik\w*|papir\w*|skema\w*|trapp\w*|bakke\w*|ukrudt\w*|sne\w*|fugt\w*"
    r"|myg\w*|fluer|tv|reklame\w*|ventetid\w*|telefonko\w*) )",
    r" (?:vejr\w*|varme\w*|hede\w*|regn\w*|torke\w*|kulde\w*|blaest\w*|larm\w*|stoj\w*) (?:\w+ ){0,2}(?:er|bliver|blir)"
    r" (?:ved|lige ved) at (?:sla|slaa) (?:mig|mae|os) ihjel ",
)
MODEL_CALM_AN = (OWN_FIRE_SMOKE, VISIT_FINE, USUAL_ACHE, WEATHER_KILLS)


def story_not_now(norm: str) -> bool:
    """A story told, and nothing said of now."""
    return STORY.search(norm) is not None and NOW.search(norm) is None


# -- set AO (2026-12-07) ------------------------------------------------------------------
# A word or term asked about ("hvad betyder ordet åndenød", "et andet ord for åndenød med
# fem bogstaver", "hvordan staves hjertestop"): the word itself taken out of what the net
# reads, and the model's reading doubted.
WORD_ASKED = rx(
    r" (?:hvad|hva|hvorfor) (?:betyder|betyr|betod|er|hedder|menes med|mener man med) (?:\w+ )?(?:ordet|udtrykket"
    r"|begrebet|betegnelsen|fagordet|fagudtrykket|ord|det ord|det der ord|det udtryk) \w+",
    r" (?:et andet|andet|et nyt|et fint|et finere|et paenere|det latinske|det danske|det engelske)"
    r" (?:ord|udtryk|navn) (?:for|til|pa) \w+",
    r" (?:ordet|udtrykket|begrebet|fagordet) \w+ (?:betyder|betyr|staves|stavet|hedder|star|stod|kommer|brugt)\b",
    r" (?:hvordan|hvorda) (?:staver|staves|stavet|udtaler|udtales|skriver|skrives) (?:man |du |jeg |en |de )?(?:ordet )?\w+",
    r" (?:hvad|hva) (?:betyder|betyr) (?!det |den |de |at |hvis |nar |naar |om )\w+(?= (?:\w+ ){0,3}(?:i avisen|i bogen"
    r"|i brevet|pa sedlen|i journalen|i teksten|egentlig|for noget|pa dansk)\b)",
    r" \w+ (?:med|pa) (?:[2-9]|1[0-9]|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv) bogstaver\b",
)

# A screen's or a story's event ("der brænder en bil i filmen", "i serien dør han"), a
# compound of a programme's name ("akutdokumentar", "brandserien"): taken out, with the
# event, of what the net reads.
_SCREEN = (
    r"(?:filmen|serien|krimien|romanen|bogen|dokumentaren|programmet|afsnittet|udsendelsen|spillet"
    r"|horespillet|hoerespillet|radiospillet|tegnefilmen|gyseren|thrilleren|westernen|fjernsynet|tv"
    r"|radioen|teaterstykket|forestillingen)"
)
ON_SCREEN = rx(
    r" (?:der |det )?(?:braender|brander|brandte|braendte|ryger|eksploderer|eksploderede|styrter|styrtede"
    r"|dor|dode|doer|skyder|skod|druknede|drukner|forgifter|forgiftede|myrder|myrdede|draeber|draebte)"
    rf" (?:\w+ ){{0,3}}i {_SCREEN}(?! stue\w*| rum\w*)\b",
    rf" i {_SCREEN}(?! stue\w*| rum\w*) (?:\w+ ){{0,2}}(?:braender|brander|brandte|braendte|ryger|eksploderer"
    r"|styrter|falder|faldt|dor|dode|skyder|druknede|drukner|forgifter|myrder|draeber|bloder)(?: \w+){0,2}",
)
# the programme's name read as its kind ("akutdokumentar" is a "dokumentar")
SCREEN_COMPOUND = re.compile(
    r" (?:akut|ambulance|brand|skadestue|rednings|redning|politi|nod|alarm|hospitals|sygehus|laege|katastrofe)\w*?"
    r"((?:dokumentar|serie|film|program|udsendelse|afsnit|krimi|roman|podcast)\w*)(?= )"
)

# Fire as a habit: the neighbour's grill that burns every Sunday, the stove that burns
# every evening; taken out unless the fire is said to spread or to be where it should not.
HABIT_FIRE = rx(
    r" (?:\w*grill\w*|\w*baal\w*|bal|balet|\w*pejs\w*|braende ?ovn\w*|kamin\w*|stearinlys\w*|\w*fakkel\w*"
    r"|ild ?sted\w*|baalfad\w*|ildfad\w*|terrassevarmer\w*|brande?ovn\w*)"
    r" (?:\w+ ){0,2}(?:braender|brander|ryger|roger|oser|osser|flammer)"
    r" (?:\w+ ){0,2}(?:hver|hvert|altid|tit|ofte|jaevnligt|hele (?:tiden|aftenen|dagen|sommeren|weekenden)"
    r"|om (?:aftenen|sondagen|lordagen|fredagen|sommeren)|hver weekend|sondag\w*|lordag\w*)\b",
    r" (?:hver|hvert|altid|tit|ofte) (?:\w+ ){0,2}(?:braender|ryger|oser) (?:\w+ )?(?:naboens |deres |vores |min |hans"
    r" )?(?:\w*grill\w*|\w*baal\w*|bal|\w*pejs\w*|braende ?ovn\w*|kamin\w*)\b",
    r" (?:braender|ryger|oser|roger) (?:\w+ )?(?:altid|tit|ofte|hver \w+|hvert \w+) (?:\w+ ){0,3}(?:\w*grill\w*"
    r"|\w*baal\w*|bal|\w*pejs\w*|braende ?ovn\w*|kamin\w*|skorsten\w*)\b",
)
FIRE_SPREADS = rx(
    r" (?:har )?fat i | spred\w* | (?:ild|brand) i (?!grill\w*|pejs\w*|bal\w*|baal\w*|ovn\w*)\w+"
    r"| huset | hus | taget | haekken | kokkenet | 112 | ring\w* | flammer\w* | kan (?:ikke|ik) ",
    r" nu | lige nu | stadig | ud af kontrol| inde | fanget | rog ?forgift\w* ",
)

# Out of breath "på den gode måde", of joy or of laughter.
BREATHLESS_GOOD = rx(
    r" forpustet (?:\w+ ){0,2}(?:pa|paa) (?:den|en) (?:gode|god|rare|rar|sunde|sund|dejlige|dejlig) made\b",
    r" (?:gode|god|rare|sunde|dejlige) (?:made|slags) (?:at vaere )?forpustet\b",
    r" forpustet (?:\w+ ){0,2}af (?:glaede|grin|latter|begejstring|spaending|lykke)\b",
)

# "Det tager livet af mig/hende at <something everyday>" ("det tager livet af hende at
# vente på bussen"); the weather or work that takes the life of her or him (a figure).
LIFE_TAKEN_DOING = rx(
    r" (?:det|den|dette|de|\w+) (?:\w+ ){0,2}(?:tager|tar|tog|ta) livet af (?:mig|mae|mej|hende|ham|os|dem|dig|jer)"
    r" (?:\w+ )?(?:at|a) (?!leve|le ve|vaere til|vaere her|vaere i live|fortsaette)\w+",
    r" (?:vejret|varmen|heden|kulden|regnen|blaesten|larmen|arbejdet|jobbet|trappen|trapperne|trafikken|ungerne"
    r"|bornebornene|chefen|naboen|hunden|ventetiden|koen|koerne|bussen|toget|krydsord\w*|sudoku\w*|kabale\w*"
    r"|papirarbejde\w*|\w*arbejde\w*) (?:\w+ ){0,2}(?:tager|tar|tog|ta) livet af (?:mig|mae|mej|hende|ham|os|dem)(?! selv)\b",
)

# Driven mad: "driver mig/hende til vanvid", "gør mig helt tosset" (a figure).
DRIVEN_MAD = rx(
    r" (?:driver|drev|drevet|drive|driv) (?:\w+ ){0,2}(?:mig|mae|hende|ham|os|dem|dig|jer|folk|alle|\w+)"
    r" (?:\w+ )?til (?:vanvid|vanvittighed|sindssyge|raseri|desperation|tosseri)\b",
    r" (?:gor|gjorde|gore) (?:mig|mae|hende|ham|os|dem|dig) (?:\w+ )?(?:vanvittig\w*|tosset|skor|sindssyg\w*"
    r"|skaldet|gal|galn\w*)\b",
)

# Well again after yesterday's sign ("kastede op én gang i går, i dag spiser og drikker
# hun normalt"; "er rask igen efter influenza, nu spiser hun godt"): the urgent sign is not
# read, unless worse is said after.
_SOME = r"(?:(?!ikke |ik |ikk |aldrig |slet |knap )\w+ )"  # a word, not a negation
WELL_AGAIN = rx(
    rf" (?:i dag|nu|i formiddag|i morges|her til morgen|siden) {_SOME}{{0,2}}(?:spiser|drikker|spiste|drak)"
    rf" (?:og (?:drikker|spiser|drak|spiste) )?{_SOME}{{0,2}}(?:normalt|godt|fint|som (?:hun|han|vi|jeg|normalt)"
    r"(?: plejer)?|igen|med god appetit|helt normalt)\b",
    r" (?:er|blevet|blev) (?:helt )?(?:rask|frisk|sig selv|fin|ovenpa) igen (?:\w+ ){0,2}(?:efter|ovenpa)\b",
    rf" (?:i dag|nu) {_SOME}{{0,2}}(?:er|har) {_SOME}{{0,2}}(?:rask|frisk|fin|upavirket|helt sig selv"
    r"|det godt|det fint|det som normalt) (?:igen)?\b",
)
WELL_BEFORE = re.compile(
    r" (?:i gar|i forgars|i nat|i aftes|forleden|i weekenden|efter \w+|sidste uge) "
)
WELL_STILL = re.compile(r" stadig | vaerre | nu (?:har|er) | lige nu | fortsat ")
WELL_WORSE = rx(
    r" men (?!(?:\w+ ){0,2}(?:nu|i dag) )| stadig | vaerre | feber\w* | kaster (?:\w+ )?op | bloder | blod\w* ",
    r" (?:ikke|ik) (?:\w+ )?(?:spise|drikke|spiser|drikker|tisse|tisset) | sloj\w* | slov\w* | forvirret ",
    rf" {CANNOT} | ondt | smerte\w* | darlig\w* | tor (?:i munden|mund)| kvalme ",
)


def well_again(norm: str) -> bool:
    """Well again, said after the sign of yesterday, and nothing worse said (set AO)."""
    found = WELL_AGAIN.search(norm)
    if found is None or WELL_BEFORE.search(norm) is None:
        return False
    return WELL_WORSE.search(norm[found.end() - 1 :]) is None and not WELL_STILL.search(
        norm[: found.start() + 1]
    )


# A word or a few said twice by a voice that stumbles ("er ved at dø af dø af
# kedsomhed"): read once, for the marks.
_REPEATED = re.compile(r"(?<= )((?:\w+ ){2,3})\1+")


def said_once(norm: str) -> str:
    """`norm` with a run of two or three words said again at once read once (set AO)."""
    return _REPEATED.sub(r"\1", norm)


def calm_ao(norm: str) -> str:
    """Set AO's calm sayings taken out of what the net reads: a word asked about, a
    screen's event, a fire as a habit, breath lost in the good way, a figure of life taken
    by an everyday thing, of being driven mad."""
    norm = SCREEN_COMPOUND.sub(r" \1", said_once(norm))
    norm = _out(norm, HABIT_FIRE, FIRE_SPREADS)
    norm = _out(norm, BREATHLESS_GOOD, BREATH_WORSE)
    for mark in (WORD_ASKED, ON_SCREEN, LIFE_TAKEN_DOING, DRIVEN_MAD):
        norm = mark.sub(" ", norm)
    return norm


# -- set AP (2026-12-07) ------------------------------------------------------------------
# A turn inside a question ("Ved I i øvrigt om kommunen udlåner GPS-ure?"): what is said
# before it is read on its own when the question is about technology (detect._parts).
QUESTION_TURN = re.compile(
    r" (?:ved|kender|har|kan|gad|vil|veed) (?:i|du|man|vi|nogen) (?:mon )?(?:i ovrigt|forresten|for resten"
    r"|ogsa lige)(?= )"
)

# A stove or fireplace lit and said to be cosy with fire ("tændt op i brændeovnen, det er
# så hyggeligt med ild"): taken out, unless the fire is said to spread.
_STOVE = (
    r"(?:braende ?ovn\w*|brande?ovn\w*|pejs\w*|kamin\w*|kakkelovn\w*|ild ?sted\w*|baalfad\w*|ildfad\w*|baal\w*"
    r"|bal|balet|stearinlys\w*|lejrbal\w*)"
)
_COSY = r"(?:hyggelig\w*|dejlig\w*|skont|rart|lunt|koseligt|hygge)"
COSY_FIRE = rx(
    rf" {_STOVE}(?: \w+){{0,10}}? (?:sa |saa |rigtig |virkelig |helt |bare )?{_COSY} (?:\w+ )?(?:med|af|ved)"
    r" (?:lidt |den |en |noget )?(?:ild|ilden|flammer\w*|lue|luerne)\b",
    rf" {_COSY} (?:\w+ )?(?:med|af|ved) (?:lidt |den |en )?(?:ild|ilden|flammer\w*) (?:i|pa|fra) (?:\w+ )?{_STOVE}\b",
)

# Out of breath after a walk or a chore, said by the doctor to be normal or usual for
# one ("lægen siger det er helt normalt i hendes alder", "sat 95 efter 2 min, vanligt for
# ham"): taken out, unless worse is said.
_NOT_NEG = r"(?:(?!ikke |ik |ikk |aldrig |slet |knap |mere |unormalt )\w+ )"
BREATHLESS_USUAL = rx(
    rf" (?:let |lidt |en smule |noget )?forpustet {_NOT_NEG}{{0,14}}(?:laegen|lagen|laege|doktoren|sygeplejersken"
    rf"|fysioterapeuten|hjertelaegen) {_NOT_NEG}{{0,2}}(?:siger|sagde|mener|synes|har sagt) {_NOT_NEG}{{0,4}}"
    r"(?:helt |ganske )?(?:normalt|naturligt|alderen|fint|i orden|som det skal vaere)\b",
    rf" (?:let |lidt |en smule |noget )?forpustet {_NOT_NEG}{{0,12}}(?:vanligt|vanlig|habituelt|habituel|som vanligt"
    r"|som altid|som hun plejer|som han plejer|hans vanlige|hendes vanlige)(?: for (?:ham|hende|borger\w*|beboer\w*))?\b",
)

# Medicine given for a complaint, with good effect ("fik PN Panodil kl 23 mod hovedpine,
# god effekt, sover nu"): taken out, the complaint with it.
GIVEN_WITH_EFFECT = rx(
    r" (?:fik|faet|givet|gav|taget|tog|indtaget) (?:\w+ ){0,4}(?:mod|for|pga|pa grund af|grundet) (?:\w+ ){0,4}?"
    r"(?:hovedpine\w*|smerte\w*|ondt(?: \w+){0,3}?|uro\w*|kvalme\w*|sovnbesvaer\w*|feber\w*|gigt\w*|kramp\w*"
    r"|angst\w*|hoste\w*)(?: \w+){0,3}? (?:med )?(?:god|fin|tilfredsstillende|rigtig god|ok|okay|paen|fuld)"
    r" (?:effekt|virkning)\b",
    r" (?:fik|faet|givet|gav|taget|tog) (?:\w+ ){0,6}(?:mod|for|pga) (?:\w+ ){0,3}(?:hovedpine\w*|smerte\w*|ondt"
    r"|uro\w*|kvalme\w*|feber\w*)(?: \w+){0,3}? (?:og )?(?:det |den )?(?:hjalp|virkede|har hjulpet|har virket)"
    r"(?: (?:godt|fint|hurtigt|med det samme))?\b",
)
EFFECT_WORSE = rx(
    r" stadig | vaerre | (?:ingen|uden) (?:\w+ )?effekt | ikke (?:\w+ )?(?:hjulpet|virket|hjalp|virkede) | igen ",
    r" bevid?st ?lo\w* | vaagner ikke | vagner ikke | slov\w* | kan (?:ikke|ik) | for mange | dobbelt ",
)

# An illness of months ago recovered from ("indlagt i marts med en blodprop i hjernen,
# men hun er kommet sig rigtig flot"): taken out, unless a new one or worse is said.
ILLNESS_GOT_OVER = rx(
    r" (?:indlagt|havde|fik|ramt af|haft|ramt|syg) (?:\w+ ){0,8}?(?:blodprop\w*|slagtilfaelde\w*|hjerneblodning\w*"
    r"|apopleksi\w*|hjerteanfald\w*|hjertestop\w*|infarkt\w*|lungebetaend\w*|blodforgift\w*|sepsis|brud\w*"
    r"|hoftebrud\w*)(?: \w+){0,8}? (?:men |og )?(?:(?:nu )?(?:hun|han|jeg|mor|far|de|vi) (?:er|har)"
    r"|(?:nu|sa) (?:er|har) (?:hun|han|jeg|mor|far|de|vi)) (?:nu )?"
    r"(?:kommet sig|kommet over det|frisk igen|rask igen|sig selv igen|det godt igen|det fint igen|fin igen"
    r"|helt rask|helt frisk)(?: (?:rigtig |helt |meget |utrolig |godt )?(?:flot|godt|fint|hurtigt|igen))?\b",
)
ILLNESS_AGAIN = rx(
    r" ny | nyt | igen (?:har|er|faet)| nu har | pludselig\w* | lige nu | skaev\w* | lammet | slaser | sloret ",
    rf" {CANNOT} (?:tale|ga|sta|rejse|lofte|bevaege|fa luft|traekke vejret)\b| ondt i brystet ",
)

# A game or an app in which one calls 112 ("et spil hvor man skal ringe 112 og redde
# folk"): taken out.
GAME_112 = rx(
    r" (?:\w*spil\w*|app\w*|leg|legen|lege|spillet) (?:\w+ ){0,2}(?:hvor|som|der|med at|om at) (?:man|du|jeg|vi|de"
    r"|han|hun|spilleren|\w+ )?(?:\w+ ){0,2}(?:ringe|ringer|ring) (?:til |efter )?(?:112|am ?b[uo]lan\w*"
    r"|alarmcentral\w*|brandvaesen\w*)\b(?: og (?:\w+ ){0,2}(?:redde|redder|hjaelpe|hjaelper|slukke|slukker)"
    r"(?: \w+)?)?",
)

# A fire supposed, with a device to warn of it ("en røgalarm der sender besked, hvis det
# brænder hos morfar"): taken out, unless a fire is said to burn now.
FIRE_SUPPOSED = rx(
    r" (?:hvis|nar|naar|i tilfaelde af at|i fald|skulle) (?:det|der) (?:\w+ )?(?:braender|brander|gar ild|er ild"
    r"|er brand|opstar brand|bryder ild|kommer ild|bliver brand|skulle braende)\b(?! (?:nu|lige nu|stadig)\b)",
)
FIRE_SUPPOSED_NOW = rx(
    r" (?:braender|ryger|roger|blusser|flammer)\b| (?:nu|stadig|endnu) | ring (?:til )?112 ",
    r" (?:er|sidder|star) (?:\w+ )?(?:inde|fanget)\b| kan (?:ikke|ik) (?:\w+ )?komme ud\b",
    r" brandsar\w* | forbraend\w* | rog\w*forgift\w* | bevid?st ?lo\w* ",
)
FIRE_DEVICE = re.compile(r" \w*alarm\w* | \w*sensor\w* | \w*detektor\w* | \w*melder\w* ")

# Well readings of a round, nothing complained of ("BT 132/78, puls 72, sat 97 på atm.
# luft, ingen klager"): the model's alarm doubted (the net reads the numbers itself).
_VITAL = r"(?:bt|blodtryk\w*|puls|p|sat|saturation|spo2|temp\w*|t|resp\w*|rf|bs|blodsukker)"
VITALS_WELL = rx(
    rf" {_VITAL} \d+ (?:\d+ )?(?:\w+ ){{0,6}}{_VITAL} \d+ (?:\w+ ){{0,10}}(?:ingen klager|ingen gener|ingen symptomer"
    r"|upavirket|upaavirket|upafaldende|velbefindende|alt (?:normalt|fint|i orden)|ua|vanlig\w*|habituel\w*|stabil\w*"
    r"|normale|i normalomradet|fine vaerdier|ingen bemaerkninger)\b",
)

# A dose box filled and checked ("dosisæsken til næste uge fyldt og dobbelttjekket af to"):
# a routine, the model's poisoning doubted, when nothing is said to be taken.
DOSE_BOX_READY = rx(
    r" (?:\w*dosis ?aeske\w*|dosette\w*|\w*pilleaeske\w*|\w*doserings ?aeske\w*|\w*dosisrulle\w*|ugeaeske\w*|\w*aesken"
    r"|medicinen|medicin) (?:\w+ ){0,5}(?:fyldt|doseret|dosseret|dispenseret|lagt op|pakket|gjort klar|klargjort)"
    r"(?: op)?(?: (?:og|samt) (?:\w+ )?(?:dobbelt ?tjekket|tjekket|kontrolleret|talt|optalt|signeret))?\b",
    r" (?:dobbelt ?tjekket|dobbeltkontrol\w*|kontrolleret|tjekket) af (?:to|2|en kollega|kollega\w*|sygeplejersk\w*)\b",
)
DOSE_TAKEN = re.compile(
    r" (?:taget|tog|spist|spiste|slugt|indtaget|for mange|dobbelt dosis|to gange|forkert\w*|forbyttet|ved en fejl) "
)


def calm_ap(norm: str) -> str:
    """Set AP's calm sayings taken out of what the net reads: a stove lit and cosy with
    fire, breathlessness the doctor calls normal, medicine given with good effect, an
    illness of months ago got over, a game of calling 112, a fire supposed for an alarm."""
    norm = _out(norm, COSY_FIRE, FIRE_SPREADS)
    norm = _out(norm, BREATHLESS_USUAL, BREATH_WORSE)
    norm = _out(norm, GIVEN_WITH_EFFECT, EFFECT_WORSE)
    norm = _out(norm, ILLNESS_GOT_OVER, ILLNESS_AGAIN)
    norm = GAME_112.sub(" ", norm)
    if FIRE_DEVICE.search(norm):
        norm = _out(norm, FIRE_SUPPOSED, FIRE_SUPPOSED_NOW)
    return norm


def model_calm_ap(norm: str) -> bool:
    """Set AP's sayings the model alone had alarmed on: a round's well readings, a dose
    box filled and checked."""
    if VITALS_WELL.search(norm):
        return True
    return DOSE_BOX_READY.search(norm) is not None and DOSE_TAKEN.search(norm) is None


# -- set AQ (2026-12-07) ------------------------------------------------------------------
# No breath for laughing ("kan ikke få vejret for bare grin"): taken out, unless worse.
LAUGHING_BREATHLESS = rx(
    rf" {CANNOT} (?:\w+ )?(?:fa|faa) (?:vejret|vejr|luft|luften|anden) (?:\w+ ){{0,2}}(?:for|af|pga)"
    r" (?:bare |ren |lutter |bar |bare bare )?(?:grin\w*|latter\w*|fnis\w*|morskab|flacken)\b",
    r" (?:grin\w*|griner|grinte|lo|ler) (?:\w+ ){0,3}(?:sa|saa|til) (?:\w+ ){0,2}"
    rf"{CANNOT} (?:\w+ )?(?:fa|faa) (?:vejret|vejr|luft|luften)\b",
)
# Something everyday said to be "akut" ("det er vist akut at få vasket tøjet"): a chore.
_CHORE_DONE = (
    r"(?:vasket|ordnet|kobt|handlet|gjort rent|gjort|lavet|skiftet|klippet|malet|repareret|ryddet|slaet"
    r"|betalt|pakket|flyttet|fejet|stovsuget|redt|strøget|stroget|hangt|haengt|vandet|syet|lappet"
    r"|bagt|tomt|tommet|ryddet op|sorteret|skrevet|booket|fornyet|opdateret|installeret|indleveret)"
)
AKUT_CHORE = rx(
    r" (?:er|var|bliver|blir|begynder at blive) (?:\w+ ){0,2}akut (?:at|a) (?:fa|faa|komme til at|ha|have|faa)"
    rf" {_CHORE_DONE}\b(?! (?:\w+ ){{0,2}}(?:laege\w*|ambulance\w*|112|hjaelp\w*|sar\w*|blod\w*))",
    r" akut (?:at|a) (?:fa|faa) (?:\w+ ){0,3}(?:vasketoj\w*|toj\w*|tojet|haven|graes\w*|plaen\w*|vinduer\w*"
    r"|indkob\w*|skrald\w*|opvask\w*|bilen|cyklen|frisor\w*|regning\w*|julegave\w*|gaver)\b",
)
# A smoke alarm that goes off whenever one cooks ("røgalarmen hyler hver gang vi
# steger"): taken out unless a fire or smoke is said now.
SMOKE_ALARM_COOKING = rx(
    r" \w*(?:rog|brand)alarm\w* (?:\w+ ){0,3}(?:hyler|hylede|bipper|bippede|piber|peb|larmer|larmede|gar af|gik af"
    r"|gar i gang|gik i gang|ringer|hyle|pibe|bippe|lyder)"
    r" (?:\w+ ){0,2}(?:hver gang|hver eneste gang|altid|tit|ofte|hele tiden|nar|naar|sa snart)"
    r" (?:\w+ ){0,3}(?:steger|stegte|laver mad|lavede mad|koger|kogte|bager|bagte|rister|ristede|griller|brygger"
    r"|tander (?:\w+ )?lys|bader|tager bad|vi har gaester|der er damp)\b",
)
SMOKE_ALARM_FIRE = rx(
    r" (?:braender|brander|ryger|roger|flammer\w*|ild|ilden|brand|branden|blusser) | rog | roegen | rogen ",
    r" 112 | ring\w* | lige nu | stadig | kan (?:ikke|ik) (?:\w+ )?(?:slukke|fa luft|komme ud|traekke vejret) ",
)
# A candle or a stove that burns all day, asked about ("stearinlys på bordet som brænder
# hele dagen, er det ok for brandsikkerheden?"): a habit, taken out unless it spreads.
CANDLE_ALL_DAY = rx(
    r" (?:stearinlys\w*|\w*lys|lysene|kerte\w*|fyrfadslys\w*|braende ?ovn\w*|pejs\w*|kamin\w*|olielampe\w*)"
    r" (?:\w+ ){0,5}(?:braender|brander|star og braender|er taendt|lyser) (?:\w+ )?(?:hele (?:dagen|tiden|aftenen"
    r"|natten|weekenden)|altid|hver dag|hver aften|dagen lang|fra morgen til aften)\b",
)
# A series, film or book about an emergency ward or service ("serie om akut afdeling på
# tv"): the ward named as its subject, taken out.
_WARD = (
    r"(?:akut\w*|skadestue\w*|ambulance\w*|brand\w*|redning\w*|hospital\w*|sygehus\w*|laegevagt\w*|politi\w*)"
    r"(?: (?:afdeling\w*|modtagelse\w*|station\w*|folk\w*|maend\w*|laeger|laege|sygeplejersk\w*|reddere))?"
)
SCREEN_ABOUT = rx(
    r" (?:\w*serie\w*|\w*film\w*|\w*program\w*|dokumentar\w*|udsendelse\w*|krimi\w*|bog|bogen|roman\w*|podcast\w*"
    r"|afsnit\w*) (?:\w+ ){0,2}om (?:en |et |det |den |de |livet pa |livet paa )?(?:\w+ )?"
    rf"{_WARD}(?: (?:og|eller) (?:en |et |det |den |de )?(?:\w+ )?{_WARD})*\b",
)
# A thing's battery or a device that is dying ("høreapparatet bipper når batteriet er
# ved at dø", "telefonen er død"): taken out.
DEVICE_DYING = rx(
    r" (?:\w*batteri\w*|\w*telefon\w*|mobil(?!is)\w*|computer\w*|pc\w*|ipad\w*|tablet(?!ter)\w*|\w*apparat\w*"
    r"|fjernbetjening\w*|\w*ur|uret|\w*paere\w*|lampe\w*|bil|bilen|printer\w*|router\w*|hoejttaler\w*"
    r"|hojttaler\w*|hoere ?apparat\w*|hore ?apparat\w*|lader\w*|strom\w*)"
    r" (?:\w+ ){0,2}(?:er (?:\w+ )?ved at|er lige ved at|er ved a|begynder at) (?:do|doe|sla fra|lobe tor)\b",
    r" (?:\w*batteri\w*) (?:\w+ ){0,2}(?:er |var |blev )?(?:dod|dodt|dode|flad\w*|brugt op|tomt|tom)\b",
)
# A sign of before explained by the doctor as harmless ("var hos lægen med brystsmerter,
# men det var bare musklerne"): the sign and the explanation taken out, unless worse now.
EXPLAINED_HARMLESS = rx(
    r" (?:\w+ ){1,12}?(?:men )?(?:det|den|de) (?:(?:var|viste sig at vaere|blev vist at vaere) (?:heldigvis )?"
    r"(?:bare|kun|blot|ikke andet end|intet andet end|ingenting|ikke noget farligt)|viste sig at vaere) (?:\w+ ){0,2}"
    r"(?:muskl\w*|muskel\w*|ingenting|nerv\w*|stress\w*|luft\w*|halsbrand\w*|mavesyre\w*|gigt\w*|forkol\w*"
    r"|spaending\w*|fibersprae\w*|en forstrakning|forstraek\w*|angst\w*|uro|mavekatar\w*|influenza|en virus"
    r"|virus|ryggen|nakken|falsk alarm|farligt|alvorligt|noget)\b",
)
EXPLAINED_WORSE = rx(
    r" nu | igen | stadig | lige nu | vaerre | (?:har|er) (?:\w+ )?(?:ondt|smerte\w*) | i dag | i nat ",
    r" kan (?:ikke|ik) | bla\w* | svimmel | sveder | kaster ",
)
# A firefighter or an ambulance worker as one's job or family ("min nevø er brand mand"):
# the split job word taken out, unless a fire is said now.
FIRE_JOB = rx(
    r" (?:er|var|blev|bliver|arbejder som|arbejdede som|uddannet|uddanner sig til|som|vil vaere|ville vaere)"
    r" (?:\w+ )?(?:brand ?(?:mand|kvinde|svend|chef|fogd|medarbejder|redder)\w*|ambulance ?(?:redder|behandler"
    r"|folk|mand|forer|chauffor)\w*|redder|politibetjent\w*|betjent\w*)\b",
)
# A question about an alarm or an aid, with a fall or a floor supposed for anyone ("hvordan
# virker nødkaldet, hvis man ligger på gulvet og ikke kan nå knappen"): what follows the
# generic "hvis man" taken out.
HOW_IF_ANYONE = rx(
    r" hvis (?:man|en|nogen|folk) (?:\w+ ){0,3}(?:ligger|falder|er faldet|ikke kan|ik kan|kan ikke|bliver|blir"
    r"|er|far|faar|ma|skulle)(?: \w+){0,10}",
)
HOW_ASKED = rx(
    r" (?:hvordan|hvorda|hvorledes|hvad) (?:virker|fungerer|bruger|gor|skal|kan|ka|foregar|sker) ",
    r" (?:nod ?kald\w*|nodkald\w*|alarm\w*|knap\w*|armband\w*|halskaede\w*|sensor\w*|ur|uret) ",
)
# Life taken by one's habit, said by another and laughed at ("min kone siger jeg er ved at
# tage livet af hende med min snorken"): a figure, taken out.
KILLING_BY_HABIT = rx(
    r" (?:tage|tager|tar|tog|taget) livet af (?:hende|ham|os|dem|mig|dig|jer|naboen|naboerne|\w+) med"
    r" (?:min|mit|mine|sin|sit|sine|hans|hendes|din|dit|dine|deres|vores|al|alt|alle|de|den|det|sa|saa) (?:\w+ )?"
    r"(?!kniv\w*|pude\w*|gift\w*|piller|pille\w*|medicin\w*|tablet\w*|reb\w*|vaaben\w*|vaben\w*|pistol\w*|gevaer\w*"
    r"|hammer\w*|bil\w*|benzin\w*|gas\w*|hagl\w*|insulin\w*|morfin\w*|stok\w*|slag\w*|haender\w*|haenderne)"
    r"(?:snork\w*|\w+)\b",
)
LAUGHED = re.compile(
    r" (?:ha ha|haha\w*|hihi\w*|hehe\w*|ha|lol|griner|grinte|for sjov|i sjov|spog\w*|sjov\w*) "
)
# Not able to "live with" a thing, a programme or a service ("gider ikke leve med den her
# tv-pakke"): the complaint taken out when a thing is named.
_THING = (
    r"(?:\w*pakke\w*|\w*kanal\w*|tv|fjernsyn\w*|telefon\w*|mobil(?!is)\w*|app\w*|internet\w*|wifi|router\w*"
    r"|fjernbetjening\w*|tapet\w*|farve\w*|gardin\w*|sofa\w*|stol\w*|seng\w*|madras\w*|larm\w*|stoj\w*"
    r"|musik\w*|lugt\w*|kaffe\w*|mad\w*|madordning\w*|menu\w*|abonnement\w*|avis\w*|bus\w*|kore\w*|system\w*"
    r"|computer\w*|skaerm\w*|radio\w*|ur|uret|lampe\w*|lys\w*|vejr\w*|regn\w*|kulde\w*|varme\w*|frisure\w*"
    r"|hat\w*|bil\w*|naboens \w+|hund\w*|kat\w*|hojttaler\w*|hoejttaler\w*|hoereapparat\w*|horeapparat\w*)"
)
LIVE_WITH_THING = rx(
    rf" (?:gider|kan|vil|orker|gad|ku) (?:\w+ )?{NEG} (?:\w+ )?(?:leve|lev|le ve|leva) med (?:den|det|de|denne|dette"
    rf"|disse|den her|det her|de her|den der|det der|sadan|saadan|sadan en|sadan et|hans|hendes|naboens|min|mit"
    rf"|vores|deres|en|et)? ?(?:\w+ )?{_THING}\b",
)
# Breath got back after a chore ("var forpustet efter trapperne, men nu har jeg fået
# pusten igen"): taken out, and the model's alarm doubted.
BREATH_BACK = rx(
    r" (?:forpustet|andepusten|stakaandet|stakandet|ude af vejret|mangler pusten|mistede pusten|tabte pusten)"
    r"(?: \w+){0,10}? (?:men |og )?(?:nu )?(?:har|fik|faet|fat|er) (?:jeg|han|hun|vi|mor|far)? ?(?:nu )?"
    r"(?:faet |fat )?(?:pusten|vejret|luften|andedraettet|vejrtraekningen) (?:igen|tilbage)\b",
    r" (?:pusten|vejret|andedraettet|vejrtraekningen) (?:er )?(?:kommet )?(?:igen|tilbage)(?: nu)?\b",
)
BREATH_BACK_WORSE = rx(
    r" stadig | vaerre | naesten (?:ikke|ik) | bla\w* | gisper | hiver | ondt | tryk\w* | bryst\w* ",
    r" pludselig\w* | besvim\w* | svimmel ",
)
# In hospital last week with an illness, home now and well ("var på sygehuset med en
# blodprop, men hun er hjemme og har det godt nu"): taken out unless a new one is said.
ILLNESS_HOME_WELL = rx(
    r" (?:blodprop\w*|slagtilfaelde\w*|hjerneblodning\w*|hjerteanfald\w*|hjertestop\w*|infarkt\w*|lungebetaend\w*"
    r"|blodforgift\w*|sepsis|brud\w*|hoftebrud\w*|operation\w*|opereret|indlagt|indlaeggelse\w*)"
    r"(?: \w+){0,4}? (?:men |og |sa |saa )(?:nu )?(?:hun|han|jeg|mor|far|de|vi|min \w+) (?:er|kom|blev) (?:nu )?"
    r"(?:hjemme|hjem|udskrevet)(?: igen)?(?: nu)? (?:og )?(?:har det|er) (?:\w+ )?(?:godt|fint|frisk|rask|ovenpa|fin)"
    r"(?: igen| nu)?\b",
)


# A fall feared, not had (set 50: "a er bange for å fald om natten og ligge på æ gulv
# uden nowwen ved det findes der nowwet te det" asked for a fall alarm and got 1-1-2):
# the fear's clause taken out, unless the sentence tells a fall now.
FEAR_OF_FALLING = rx(
    r" (?:er |blir |bliver )?(?:bange|angst|raed|nervos|utryg|bekymret)\w* (?:for )?(?:at|a|aa) "
    r"(?:jeg |han |hun |a |man |mor |far )?(?:skal |vil |ska )?(?:falde|fald|faldet|vaelte|snuble)\b"
    r"(?: (?!nu\b|lige\b|er\b|ligger\b)\w+){0,12}",
    r" (?:frygter|frygte) (?:at|a) (?:\w+ ){0,2}(?:falde|fald|vaelte)\b(?: (?!nu\b|lige\b|ligger\b)\w+){0,12}",
)
FALL_NOW = rx(
    r" (?:er faldet|faldt|ligger|la|laa|kan ikke (?:komme|rejse)|ka ikke (?:komme|rejse)|nu|lige nu)\b",
)


# A fear told, then what happened now ("hun er bange for at falde, og i nat faldt hun og
# kan ikke komme op"): the fear's doubt ("bange for") had covered the fall told after it.
_FEARED = re.compile(r" (?:bange|angst|raed|nervos|utryg|bekymret|frygter) ")
_NOW_TOLD = re.compile(
    r" (?:og|men|nu|sa) (?:i nat|i morges|i aftes|i aften|i dag|nu|lige nu|her til morgen|her i nat)"
    r"(?= \w)"
)


def after_fear(norm: str) -> str | None:
    """What is told after a fear and a turn to now, to be read on its own, or None."""
    feared = _FEARED.search(norm)
    if feared is None:
        return None
    now = _NOW_TOLD.search(norm, feared.end())
    return None if now is None else " " + norm[now.start() :].split(" ", 2)[-1]


def calm_aq(norm: str) -> str:
    """Set AQ's calm sayings taken out of what the net reads: no breath for laughing,
    "akut" said of a chore, a smoke alarm that goes off when one cooks, a candle that burns
    all day, a series about an emergency ward, a battery dying, a sign of before explained
    as harmless, a rescuer as one's job, what follows a generic "hvis man" in a question
    about an alarm, life taken by a habit (laughed at), a thing one cannot "live with",
    breath got back, a hospital stay over and well at home."""
    norm = _out(norm, LAUGHING_BREATHLESS, BREATH_WORSE)
    norm = AKUT_CHORE.sub(" ", norm)
    norm = _out(norm, SMOKE_ALARM_COOKING, SMOKE_ALARM_FIRE)
    norm = _out(norm, CANDLE_ALL_DAY, FIRE_SPREADS)
    norm = SCREEN_ABOUT.sub(" ", norm)
    norm = DEVICE_DYING.sub(" ", norm)
    norm = _out(norm, EXPLAINED_HARMLESS, EXPLAINED_WORSE)
    norm = _out(norm, FIRE_JOB, FIRE_NOW)
    if HOW_ASKED.search(norm):
        norm = HOW_IF_ANYONE.sub(" ", norm)
    if LAUGHED.search(norm) or re.search(r" (?:siger|sagde|sir|mener|synes|pastar) ", norm):
        norm = KILLING_BY_HABIT.sub(" ", norm)
    norm = LIVE_WITH_THING.sub(" ", norm)
    norm = _out(norm, BREATH_BACK, BREATH_BACK_WORSE)
    norm = _out(norm, ILLNESS_HOME_WELL, ILLNESS_AGAIN)
    if FALL_NOW.search(norm) is None:  # the whole sentence: the fear's clause may run on
        norm = FEAR_OF_FALLING.sub(" ", norm)
    return norm


# The model's false alarms of set AQ, doubted (the net reads nothing in them): someone
# made sad by another's illness or death; a question whether a saying is the dementia;
# old food one asks whether to throw out; a team "dead" or "killed" in a match.
MADE_SAD = rx(
    r" (?:har gjort|gjorde) (?:\w+ ){0,2}(?:ked af det|kede af det|trist\w*|bedrovet|nedtrykt"
    r"|ulykkelig\w*|rystet|sorgmodig\w*)\b",
)
DEMENTIA_ASKED = rx(
    r" (?:er|kan) (?:det|det vaere) (?:\w+ )?(?:demens\w*|alzheimer\w*|alderdom\w*|alderen|sygdommen|medicinen)\b",
    r" (?:bliver|blir) ved (?:med )?(?:at|a) (?:sige|snakke|tale|fortaelle|sporge|spoerge|rabe|kalde)\b"
    r"(?= (?:\w+ ){0,14}(?:demens\w*|alzheimer\w*|forvirr\w*|husker|glemsom\w*))",
)
THROW_OUT_ASKED = rx(
    r" (?:ma|maa|kan|ka|skal|bor|burde) (?:jeg|vi|man|hun|han|i) (?:\w+ ){0,3}(?:smide|smid|kassere|kaste)"
    r" (?:\w+ ){0,2}(?:ud|vaek)\b",
)
SPORTS = rx(
    r" (?:fodbold\w*|handbold\w*|haandbold\w*|halvleg\w*|landshold\w*|superliga\w*|holdet|hold|spillerne|dommeren"
    r"|kampen|modstander\w*|ishockey\w*|tennis\w*|badminton\w*|golf\w*|fck|brondby|agf|fcm|aab)"
    r" (?:\w+ ){0,12}(?:dodt|dod|dode|ihjel|slaet ihjel|smadret|tevet|knust|massakreret|begravet|kvalt)\b",
)


def model_calm_aq(norm: str) -> bool:
    """Set AQ's sayings the model alone had alarmed on."""
    return any(
        mark.search(norm)
        for mark in (MADE_SAD, DEMENTIA_ASKED, THROW_OUT_ASKED, SPORTS, BREATH_BACK)
    )


# -- set AR (2026-12-07) ------------------------------------------------------------------
# A fire in a stove gone out ("æ ild i æ brændeovn er gået ud", "ilden i pejsen gik ud").
FIRE_GONE_OUT = rx(
    r" (?:ild|ilden|baalet|balet|flammerne|ae ild)(?: i (?:ae |den |min |vores |\w+ )?(?:braende ?ovn\w*|pejs\w*"
    r"|kamin\w*|ovn\w*|kakkelovn\w*|fyr\w*))? (?:er |var )?(?:gaet|gat|gik|gaaet) ud\b",
)
# Not getting up before the morning's coffee, as a habit ("a ka it rejse mæ før a har fået
# kaffen"): the habit taken out, unless a fall or the floor is said.
UP_AFTER_COFFEE = rx(
    r" (?:kan|ka|kunne) (?:ikke|ik|it|itte|aldrig) (?:rigtig )?(?:rejse|komme op|sta op|staa op)\w*"
    r" (?:mig |mae |mi |sig |os )?(?:for|foer|inden) (?:jeg |a |han |hun |vi |mor |far )?(?:har |har faet |far |faar "
    r"|har drukket |drikker |har spist |har fat |fat )?(?:\w+ )?(?:min |mi |ae |den |en )?(?:kaffe\w*|morgenkaffe\w*"
    r"|morgenmad\w*|te|teen|the|havregrod\w*|avis\w*|rundstykk\w*|kop\w*)\b",
)
UP_WORSE = rx(r" faldet | faldt | gulvet | ligger | hjaelp ")
# An animal that collapsed or died ("dyrlægen sagde at koen var segnet om i nat").
ANIMAL_COLLAPSED = rx(
    r" (?:ae |vores |min |den |naboens )?(?:ko(?! ne\b)|koen|koer|koerne|kalv\w*|hest\w*|hoppe\w*|fole\w*|gris\w*|so|soen"
    r"|faar|faaret|faret|ged\w*|hone\w*|hane\w*|kat|katten|hund|hunden|tyr\w*|kvie\w*|lam|lammet|kanin\w*)"
    r" (?:\w+ ){0,2}(?:segnet|faldet|falden|faldt|segnede|kollaps\w*|besvim\w*) (?:om|sammen)\b",
    r" dyrlaege\w* (?:\w+ ){0,4}(?:segnet|faldet|kollaps\w*|dod|dode) (?:om|sammen)?",
)
# "helt død i hovedet" of a poor night's sleep: a figure of speech.
DEAD_IN_HEAD = rx(
    r" (?:er|var|foler mig|foeler mig|foles|blir|bliver) (?:\w+ )?(?:dod|doed|dode|dodt) i (?:ae |er |mit |mine |min )?"
    r"(?:hoved\w*|knold\w*|hjerne\w*|hode\w*|paere\w*|pare\w*|kolbe\w*)\b",
)
DEAD_IN_HEAD_WORSE = rx(
    r" lam\w* | skaev\w* | kan ikke (?:tale|snakke|bevaege)| ondt i (?:hovedet|ae hoved) "
)
# Life taken by a habit or a feast, every time ("æ kaffebord tager livet af mæ hver gang der
# er fødselsdag").
KILLING_EVERY_TIME = rx(
    r" (?:tager|tar|ta r) livet af (?:mig|mae|mi|os|ham|hende|dem) (?:\w+ )?(?:hver gang|hver eneste gang|hvert ar"
    r"|hver jul|hver fodselsdag|hver sommer|hver vinter|hver weekend)\b",
    r" (?:\w*bord\w*|\w*kage\w*|\w*mad\w*|\w*fest\w*|\w*fodselsdag\w*|\w*jul\w*|trappe\w*|borneborn\w*|barnebarn\w*"
    r"|ungerne|born|bornene|larm\w*|vejr\w*|varme\w*|kulde\w*|politik\w*|nyhed\w*|tv|fjernsyn\w*|reklame\w*)"
    r" (?:\w+ ){0,2}(?:tager|tar) livet af (?:mig|mae|mi|os)\b",
)
# "blodet løber mig til hovedet": anger, a figure of speech.
BLOOD_TO_HEAD = rx(
    r" blod(?:et)? (?:lober|loeber|stiger|farer|fosser|strommer|lob|steg) (?:mig|mae|mi|ham|hende|os|en|dem)"
    r" (?:helt )?(?:til|op i|te) (?:ae |mit )?(?:hoved\w*|kinder\w*|ansigt\w*|hode\w*)\b",
)
# Breathless long ago and well now ("for et år siden ... kunne ikke få vejret, men nu har
# jeg det heldigvis meget bedre").
LONG_AGO_WELL_NOW = rx(
    r" (?:for (?:et|\w+) (?:ar|aar|maned\w*|maaned\w*|halvt ar|uger) siden|sidste (?:ar|aar|vinter|sommer|efterar|forar"
    r"|jul)|i fjor|sidste gang)(?: \w+){0,20}? men (?:nu )?(?:har|er) (?:jeg|han|hun|a|mor|far|vi) (?:det )?(?:nu )?"
    r"(?:heldigvis )?(?:meget |langt |helt |rigtig )?(?:bedre|godt|fint|rask|frisk|ovenpa|okay|ok)(?: igen| nu)?\b",
)
# only the breath lost then is taken out: the time said stays for the other marks
PAST_BREATH = rx(
    r" (?:kunne|ku|kunn) (?:jeg |han |hun |a |mor |far )?(?:ikke|ik|it) (?:fa|faa) (?:vejret|luft\w*|pusten|ilt)\b",
    r" (?:havde|fik) (?:svaert ved at (?:fa|faa) vejret|andenod\w*|aandenod\w*|andenoed\w*)\b",
)
WELL_NOW_WORSE = rx(
    r" igen (?:i dag|nu|i nat)| stadig | lige nu | vaerre | i dag (?:kan|har)| bla\w* | ondt i brystet "
)
# Breathlessness as a known habit of the lungs ("jeg får tit åndenød når jeg går op ad
# trappen, det er KOL'en, det ved lægen godt").
BREATHLESS_HABIT = rx(
    r" (?:far|faar|har|bliver|blir) (?:jeg |han |hun |a |mor |far )?(?:tit|ofte|altid|tit og ofte|somme tider|nogle gange"
    r"|af og til|hver gang|jo) (?:lidt )?(?:andenod\w*|aandenod\w*|andenoed\w*|forpustet|andepusten|stakandet"
    r"|stakaandet|kort andedraet|svaert ved at (?:fa|faa) vejret)(?: \w+){0,3}? (?:nar|naar|nar jeg|hvis|efter)"
    r" (?:jeg |han |hun |a |man )?(?:gar|gaar|kommer|cykler|baerer|gor|laver|skal|bliver|har gaet|har vaeret|gar op"
    r"|gaar op|trapper\w*|trappen|gaatur\w*|gatur\w*)\b(?: \w+){0,5}",
)
BREATHLESS_WORSE = rx(r" nu | lige nu | vaerre | bla\w* | slet ikke | ondt i brystet | tryk\w* ")
# Too many pills in the dose roll, not taken ("der er to i stedet for én. Jeg har ikke
# taget dem"): the amount taken out when nothing is said taken.
NOT_TAKEN = rx(
    r" (?:jeg|a|han|hun|mor|far|vi|de) (?:har|havde|har heldigvis|har altsa) (?:heldigvis )?(?:ikke|ik|it|endnu ikke"
    r"|ikke naet at) (?:taget|spist|slugt|faet|fat|tat|givet hende|givet ham) (?:dem|den|nogen af dem|nogle af dem|af dem"
    r"|de ekstra|de hvide|pillerne|tabletterne|nogen|nogle)\b(?! (?:\w+ )?(?:dage|dogn|uger|med vilje))",
)
TOO_MANY_IN_BOX = rx(
    rf" (?:for mange|to|tre|dobbelt|flere|ekstra) (?:\w+ )?(?:{PILLS}|af de \w+)\b",
)
TAKEN_TOLD = rx(
    r" (?:har|havde|er kommet til at) (?:\w+ )?(?:taget|spist|slugt|drukket) | tog | slugte | spiste "
)
# Dying of an exam or work, laughed at ("jeg er ved at dø, har eksamen i morgen ... haha").
DYING_OF_CHORE = rx(
    r" (?:er|var) (?:\w+ )?ved (?:at|a) (?:do|doe)\b(?= (?:\w+ ){0,8}(?:eksamen\w*|eksamener|lektier\w*|opgave\w*"
    r"|deadline\w*|kedsomhed|stress\w*|arbejde\w*|travlhed|haha\w*|hahaha\w*|lol|grin\w*|opgaven|afleverings?\w*))",
)
DYING_WORSE = rx(r" ondt | bryst\w* | vejret | blod\w* | faldet | hjaelp | ambulance | 112 ")
# A heart stopping or a fall seen in a series or a film ("så Grey's Anatomy hvor en fik
# hjertestop"): what the show showed taken out.
SHOW_SEEN = rx(
    r" (?:sa|saa|ser|har set|kigger pa|kiggede pa|fulgte|folger) (?:pa )?(?:\w+ s \w+|\w*serie\w*|\w*afsnit\w*"
    r"|\w*film\w*|\w*program\w*|tv|fjernsyn\w*|netflix|krimi\w*|dokumentar\w*|tv2|dr|dr1)(?: \w+){0,3}?"
    r" (?:hvor|hvori|der) (?:\w+ ){0,3}(?:fik|faar|far|havde|dor|dode|faldt|falder|blev|bliver|gik)(?: \w+){1,3}",
)


def _breath_then(norm: str) -> str:
    """The breath lost long ago taken out of a sentence that says one is well now."""
    found = LONG_AGO_WELL_NOW.search(norm)
    if found is None or WELL_NOW_WORSE.search(norm[found.end() :]):
        return norm
    span = PAST_BREATH.sub(" ", found.group(0))
    return norm[: found.start()] + span + norm[found.end() :]


def calm_ar(norm: str) -> str:
    """Set AR's calm sayings taken out of what the net reads: a stove's fire gone out, not
    getting up before the coffee, an animal collapsed, "død i hovedet", a feast that "tager
    livet af" one every time, blood running to the head, breathless long ago and well now,
    breathlessness a known habit on the stairs, too many pills in the dose roll not taken,
    dying of an exam, a heart stopping in a series."""
    norm = FIRE_GONE_OUT.sub(" ", norm)
    norm = _out(norm, UP_AFTER_COFFEE, UP_WORSE)
    norm = ANIMAL_COLLAPSED.sub(" ", norm)
    norm = _out(norm, DEAD_IN_HEAD, DEAD_IN_HEAD_WORSE)
    norm = KILLING_EVERY_TIME.sub(" ", norm)
    norm = BLOOD_TO_HEAD.sub(" ", norm)
    norm = _breath_then(norm)
    norm = _out(norm, BREATHLESS_HABIT, BREATHLESS_WORSE)
    if (
        NOT_TAKEN.search(norm)
        and TOO_MANY_IN_BOX.search(norm)
        and not TAKEN_TOLD.search(NOT_TAKEN.sub(" ", norm))
    ):
        norm = TOO_MANY_IN_BOX.sub(" ", norm)
    norm = _out(norm, DYING_OF_CHORE, DYING_WORSE)
    norm = SHOW_SEEN.sub(" ", norm)
    return norm


# The model's false alarms of set AR, doubted (the net reads nothing in them): death played
# at in a game; tiredness or an ache put down to age, the weather or as always.
PLAYED_DEAD = rx(
    r" (?:spillede|spiller|lod som om (?:hun|han|jeg) var|lader som om (?:hun|han|jeg) er) (?:\w+ )?(?:dod|doed|dodt)\b",
)
AS_ALWAYS = rx(
    r" (?:som|ligesom) (?:jeg|a|han|hun|mor|far) (?:jo )?altid (?:har|gor|er|far|faar)\b",
    r" (?:men )?det er (?:jo |nok |bare |vel |sikkert |nu )*(?:alderen|vejret|regnvejret|gigten|kulden|fugten)\b",
    r" (?:nar|naar) det (?:regner|blaeser|er koldt|er fugtigt|skifter)\b",
)
AS_ALWAYS_WORSE = rx(
    r" (?:ikke|ik) (?:kan|ka) | kan (?:ikke|ik) | bryst\w* | vejret | blod\w* | faldet | faldt | pludselig\w* | bla\w* "
    r"| kaster op | besvim\w* | lam\w* | skaev\w* | forvirr\w* "
)


def model_calm_ar(norm: str) -> bool:
    """Set AR's sayings the model alone had alarmed on."""
    if PLAYED_DEAD.search(norm):
        return True
    return (
        AS_ALWAYS.search(norm) is not None
        and AS_ALWAYS_WORSE.search(AS_ALWAYS.sub(" ", norm)) is None
    )


# An understatement after vomiting told ("har kastet op et par gange. Det er sikkert
# ingenting"): the downplay is no doubt of what is told.
UNDERSTATED = rx(
    r" det er (?:sikkert|nok|vel|garanteret|formentlig|bare|nok bare|sikkert bare) (?:ingenting|ikke noget)\b"
)
VOMITED_TOLD = rx(
    r" (?:har |er )?(?:kastet op|kaster op|kastede op|(?:braekket|braekker|brakket|brakker) (?:mig|sig|mae))"
    r"(?: \w+){0,3}? (?:flere|et par|tre|to|mange|hele|igen|i nat|hver)\b",
)


def minor(norm: str) -> bool:
    """`MINOR`, unless its one mark is an understatement after vomiting told."""
    if MINOR.search(norm) is None:
        return False
    if VOMITED_TOLD.search(norm) and UNDERSTATED.search(norm):
        return MINOR.search(UNDERSTATED.sub(" ", norm)) is not None
    return True


# -- set AS (2026-12-07) ------------------------------------------------------------------
# Wind or cold so strong one could hardly breathe ("det blæste så man næsten ikke kunne få
# vejret"): the weather's breath taken out, unless a sign now is said beside it.
WIND_BREATH = rx(
    r" (?:blaeste|blaeser|blaest\w*|storm\w*|blaesevejr\w*|vinden|kuling\w*|orkan\w*|vindstod\w*|koldt|kulden"
    r"|frost\w*|isnende)(?: \w+){0,12}? (?:at |sa |saa )?(?:man (?:naesten |nasten |knap )?|en (?:naesten |knap )?"
    r"|(?:jeg|a|jae|vi) (?:naesten|nasten|knap) )(?:ikke |ik |it |ikk )?(?:kunne|ku|kan|ka) (?:\w+ )?(?:fa|faa|traekke"
    r"|trække) (?:vejret|luft|luften|pusten|anden)\b",
)
WIND_WORSE = rx(
    r" nu | stadig | lige nu | ondt | bryst\w* | bla\w* | gisper | hiver | besvim\w* | ligger | faldet | faldt "
)
# A sign said in jest ("sagde at han var ved at blive kvalt i alle de piller, men han sagde
# det for sjov og grinede"; "siger for sjov at han er ved at dø af ..."): what the jest
# covers taken out, the clause before it or the one it introduces.
JOKED = rx(
    r" (?:sagde|sagt|siger|sir|mente|skrev|skriver) (?:\w+ ){0,2}(?:det |det bare |bare |kun |jo )?(?:for sjov"
    r"|i sjov|for at drille|som en spog|som en joke|for gas|for grin|for at vaere sjov)\b",
    r" (?:det|de) var (?:bare |kun |jo |nu |selvfolgelig )*(?:for sjov|i sjov|for gas|for grin|en spog|en joke)\b",
)
JOKED_WORSE = rx(
    r" nu | lige nu | stadig | ligger | 112 | ambulance\w* | bla\w* | besvim\w* | bevidstlos\w* | svarer (?:ikke|ik) "
    r"| faktisk | rigtig\w* | men (?:nu|i dag|her) | (?:kan|ka) (?:ikke|ik) "
)
# A jest denied ("det er ikke noget jeg siger for sjov", set AW): no jest.
NOT_JOKING = rx(
    r" (?:ikke|ik|ente|aldrig) (?:\w+ ){0,3}(?:for sjov|i sjov|for gas|for grin|en spog|en joke|for at drille)\b",
)
# what a jest says when it follows the jest ("siger for sjov at ...")
JOKED_SAID = re.compile(r" (?:at|a) (?:\w+ ){0,12}")
# A heart attack or a stroke "had" at a bill or a price ("fik sgu et hjerteanfald da jeg
# så regningen fra varmeværket"): a figure of speech.
SHOCK_AT_BILL = rx(
    r" (?:fik|far|faar|fa|faa|naesten fik|naer fik|nar fik|var ved at fa|var ved at faa|var lige ved at fa"
    r"|var lige ved at faa) (?:sgu |da |lige |nok |naesten |sa |altsa )*(?:et |en )?(?:lille |mindre |halvt )?"
    r"(?:hjerteanfald|hjertestop|slagtilfaelde|blodprop|chok|infarkt)\b(?= (?:\w+ ){0,6}(?:regning\w*|\w+regning\w*"
    r"|pris\w*|\w+pris\w*|nota\w*|kvittering\w*|restskat\w*|skat\w*|beloeb\w*|belob\w*|opkraevning\w*"
    r"|girokort\w*|bonnen|husleje\w*|\w*afgift\w*|kontoudtog\w*|saldo\w*|varmevaerk\w*|elselskab\w*))",
)
SHOCK_WORSE = rx(r" ondt | bryst\w* | vejret | arm\w* | kaeb\w* | svimmel | besvim\w* | nu har ")


def calm_as(norm: str) -> str:
    """Set AS's calm sayings taken out of what the net reads: wind that took one's
    breath, a sign said in jest, a heart attack at a bill."""
    norm = _out(norm, WIND_BREATH, WIND_WORSE)
    joked = JOKED.search(norm)
    if joked is not None and JOKED_WORSE.search(norm) is None and NOT_JOKING.search(norm) is None:
        said = JOKED_SAID.match(norm, joked.end())
        if said is not None:  # "siger for sjov at han er ved at dø af ...": what follows
            norm = norm[: joked.start() + 1] + norm[said.end() :]
        else:  # "... men han sagde det for sjov": what came before
            norm = " " + norm[joked.end() :]
    norm = _out(norm, SHOCK_AT_BILL, SHOCK_WORSE)
    return norm


# The model's false alarm of set AS, doubted (the net reads nothing in it): a place in a
# ranking asked about in a knowledge conversation ("og hvad lå på andenpladsen?").
PLACE_IN_RANKING = rx(
    r" (?:forste|anden|tredje|fjerde|femte|sjette|syvende|ottende|niende|tiende|sidste|1|2|3) ?plads(?:en|erne)?"
    r"(?= $| i | ved | efter | til | og )",
)


def model_calm_as(norm: str) -> bool:
    """Set AS's sayings the model alone had alarmed on."""
    return PLACE_IN_RANKING.search(norm) is not None


# -- set AT (2026-12-07) ------------------------------------------------------------------
# Something seen on a screen ("vi så en dokumentar om ældre der ligger på gulvet i
# timevis"; "jeg så i fjernsyn hus brænder i århus"): what it shows taken out, unless a
# sign here and now is said beside it.
SEEN_ON_SCREEN = rx(
    r" (?:sa|saa|set|sag) (?:\w+ )?(?:en |et |i |pa |paa )(?:dokumentar\w*|udsendelse\w*|tv ?program\w*"
    r"|reportage\w*|indslag\w*|fjernsyn\w*|tv|tv2)(?: \w+){0,2}? (?:om|hvor|at|med|\w+ braender|\w+ brandt)\b"
    r"(?: \w+){0,16}",
)
SCREEN_WORSE = rx(
    r" nu | lige nu | her hjemme | hos (?:mig|os|far|mor) | ring\w* | 112 | hjaelp | ambulance\w* | min (?:mand|kone"
    r"|far|mor) | jeg (?:ligger|er faldet) | (?:kan|ka) (?:ikke|ik) | (?:og|men) (?:sa|nu) "
)
# An ambulance that came on someone's last night, remembered ("Ambulancen kom efter Inger
# den sidste nat. Jeg tænker meget på det.").
LAST_NIGHT_REMEMBERED = rx(
    r" (?:ambulance\w*|redningsvogn\w*|laegen|laegevagten|praesten) (?:kom|korte|hentede|var her)\b(?: \w+){0,3}?"
    r" (?:den|hendes|hans|deres) (?:allersidste|sidste) (?:nat|dag|aften|morgen|gang|time)\b",
)
REMEMBERED_WORSE = rx(r" nu | lige nu | igen | i dag | ring\w* | 112 | hjaelp ")


def calm_at(norm: str) -> str:
    """Set AT's calm sayings taken out of what the net reads: something seen on a screen,
    an ambulance on someone's last night remembered."""
    if SCREEN_WORSE.search(norm) is None:  # what follows is taken too: worse is read whole
        norm = SEEN_ON_SCREEN.sub(" ", norm)
    return _out(norm, LAST_NIGHT_REMEMBERED, REMEMBERED_WORSE)


# The model's false alarms of set AT, doubted (the net reads nothing in them): an alarm
# button one has or should have, asked about ("hwa er det for en nød kalds knap", "hvad er
# nød kald knap kızım siger jeg skal have"); a blood test by the nurse ("tager blod
# prøve"); thanks with "do" for "du" ("tak skal do ha do er sød"); grief told calmly
# ("døde i foråret, men han klarer sig"); fire-safety guidance asked about.
ALARM_BUTTON = rx(r" nod ?kalds? ?knap\w*")
BUTTON_ASKED = rx(
    r"^ (?:hvad|hwa|hva|hvordan|hvorfor|hvem|hvornar|hvilken|hvilke|kan|skal|er) ",
    r" (?:skal|bor|burde|ma) (?:\w+ )?(?:have|ha|faa|fa) ",
    r" har (?:sadan|san|sån) en ",
)
BLOOD_TEST = rx(
    r" (?:sygeplejerske\w*|hjemmesygeplejerske\w*|hjemmeplejen|laboranten|laegen) (?:\w+ ){0,2}(?:og )?(?:tager|tage"
    r"|tog|taget|kommer og tager|skal tage) (?:en |et |min |mine )?blod ?prove\w*",
)
THANKS = rx(
    r"^ tak (?:skal (?:du|do|dou|dui) (?:ha|have)|for (?:i dag|hjaelpen|det))\b",
    r" (?:du|do) er (?:sa )?sod\b",
)
DIED_COPING = rx(
    r" (?:dode|dod|gik bort|mistede \w+)\b(?: \w+){0,10}? (?:men|og) (?:\w+ )?(?:klarer|klare|klarede) (?:sig|mig|os)\b",
    r" (?:dode|dod|gik bort|mistede \w+)\b(?: \w+){0,10}? men det (?:gar|gaar|gar nok|gar jo)\b",
)
FIRE_SAFETY = rx(
    r" brand ?(?:sikring|sikkerhed|forebyggelse|forebyggende|sikre|vejledning|regler)\w*"
)
MODEL_CALM_WORSE = rx(
    r" leve | ihjel | selvmord | ende pa | folge efter | ikke vaere her | orker ikke | ligger | faldet | kommer ikke"
    r" | svarer ikke | bloder | ondt | 112 | ambulance\w* | braender | ild i | rog | hjaelp mig | trykket | trykker pa "
)


def model_calm_at(norm: str) -> bool:
    """Set AT's sayings the model alone had alarmed on."""
    if MODEL_CALM_WORSE.search(norm):
        return False
    return bool(
        (ALARM_BUTTON.search(norm) and BUTTON_ASKED.search(norm))
        or BLOOD_TEST.search(norm)
        or THANKS.search(norm)
        or DIED_COPING.search(norm)
        or FIRE_SAFETY.search(norm)
    )


# -- set AU (2026-12-07) ------------------------------------------------------------------
# Breathlessness in advice told ("lungelægen siger jeg skal gå hver dag, også selvom jeg
# bliver lidt forpustet"): what the advice allows, not a sign now.
ADVISED_BREATHLESS = rx(
    r" (?:\w*laege\w*|sygeplejerske\w*|fysioterapeut\w*|\w*terapeut\w*|sagde|siger|sir|anbefal\w*|rad\w*|raad\w*)"
    r"(?: \w+){0,14}? (?:selvom|selv om|ogsa selvom|ogsa selv om|ogsa hvis|ogsa nar|hvis|nar|naar) (?:jeg|man|du|hun"
    r"|han|vi|a) (?:bliver|blir|bli|er|kommer til at vaere) (?:lidt |en smule |noget |godt |lidt mere )?(?:forpustet"
    r"|andenod|aandenod|stakaandet|stakandet|ude af pusten)\b",
)
ADVISED_WORSE = rx(
    r" nu | lige nu | stadig | ondt | bryst\w* | (?:kan|ka) (?:ikke|ik) | meget forpustet | bla\w* | besvim\w* | 112 "
)
# Food burnt so the home smells of smoke ("frikadellerne blev brændt på, så hele huset
# lugter af røg"); burnt food laughed at ("kage brændt ha ha").
_FOOD = (
    r"(?:frikadell\w*|kage\w*|\w*kagen|maden|mad|toast\w*|\w*brod\w*|grod\w*|pizza\w*|kartofl\w*|bacon|popcorn"
    r"|steg\w*|kod\w*|kyllinge?\w*|fisk\w*|pandekage\w*|bof\w*|deller\w*|gryde\w*|pande\w*|aeble\w*|risen|ris"
    r"|suppe\w*|sovs\w*|vafl\w*|boller\w*|kiks|pizzaen|lasagne\w*|polse\w*)"
)
_BURNT = r"(?:braendte|brandte|braendt|brandt|branket|sveden|svedet|sort\w*|forkullet)(?: pa| fast| an| i bunden)?"
FOOD_SMOKE_SMELL = rx(
    rf" (?:braendte|brandte|branket|svedede|brandt|braendt) (?:\w+ ){{0,2}}{_FOOD} (?:pa |fast |an )?(?:\w+ ){{0,8}}?"
    r"(?:lugter|lugtede|stinker|stank|oser|osede) (?:\w+ ){0,2}(?:af |helt af )?(?:rog|braendt|os)\b",
    rf" {_FOOD} (?:\w+ ){{0,4}}{_BURNT}\b(?: \w+){{0,8}}? (?:lugter|lugtede|stinker|stank|oser|osede|ryger)"
    r" (?:\w+ ){0,2}(?:af |helt af )?(?:rog|braendt|os)\b",
)
FOOD_SMOKE_WORSE = rx(
    r" ild | flamme\w* | brand | brandvaesen\w* | brandbil\w* | braender | ring\w* | 112 | hjaelp | (?:kan|ka) (?:ikke|ik)"
    r" | svaert ved | hoster | besvim\w* | svimmel | ondt "
)
BURNT_LAUGHED = rx(
    rf" {_FOOD} (?:\w+ ){{0,3}}{_BURNT}\b(?= (?:\w+ ){{0,6}}(?:ha ha|haha\w*|hehe\w*|hihi|lol|griner|grinede"
    r"|grin|grinet|sjovt|pinligt)\b)",
)
# A rule taught ("i skolen lærte vi at man skal ringe 112 hvis der er brand"): what one
# should do if, not what is happening.
TAUGHT_RULE = rx(
    r" (?:laerte|laert|laerer|underviste|undervist) (?:\w+ ){0,3}(?:at |a )?(?:man|vi|du|en|jeg|a|de|i) (?:skal|skulle"
    r"|ska|ma|maa|matte|bor|burde) (?:altid |helst |selvfolgelig )?(?:\w+ ){0,10}(?:hvis|nar|naar|om) (?:\w+ ){0,8}",
)
TAUGHT_WORSE = rx(
    r" nu | lige nu | her | hos (?:mig|os) | hjaelp | kom | ligger | faldet | ambulance\w* kommer | (?:kan|ka) (?:ikke|ik) "
)


def calm_au(norm: str) -> str:
    """Set AU's calm sayings taken out of what the net reads: breathlessness in advice
    told, food burnt so the home smells of smoke, a rule taught, burnt food laughed at."""
    norm = _out(norm, ADVISED_BREATHLESS, ADVISED_WORSE)
    norm = _out(norm, FOOD_SMOKE_SMELL, FOOD_SMOKE_WORSE)
    norm = _out(norm, BURNT_LAUGHED, FOOD_SMOKE_WORSE)
    return _out(norm, TAUGHT_RULE, TAUGHT_WORSE)


# A preference asked about, another's way of being helped ("men hvis han nu hellere vil
# have at de kommer rigtigt?", set 55: after screen visits instead of home care, the
# model's crisis at 1.0): what one would rather have, not rather be dead. The net's own
# "hellere død" is read whatever this says.
PREFERENCE_ASKED = rx(
    r" (?:hellere|helst) (?:vil|ville|vel) (?:\w+ )?(?:have|ha) (?:at )?(?!doden |det hele |alt )"
    r"(?:de|han|hun|nogen|\w+en|\w+erne) (?:\w+ )?(?:kommer|komme|besoger|besoge|hjaelper|hjaelpe)\b",
    r" (?:hellere|helst) (?:vil|ville|vel) (?:\w+ )?(?:have|ha) (?:besog|hjaelp|nogen hjem)\b",
    r" (?:foretraekker|foretrak) (?:\w+ )?(?:at )?(?!doden )(?:de|nogen|\w+en|\w+erne) (?:\w+ )?(?:kommer|komme|besoger)\b",
)


# -- set AV (2026-12-07) ------------------------------------------------------------------
# Dying of worry, shame or boredom: a figure, not a death ("jeg er ved at dø af bekymring
# for ham, men der er ikke sket noget i dag").
DYING_OF_FEELING = rx(
    r" (?:er|var) (?:\w+ )?ved at (?:do|doe|do ud) af (?:bare )?(?:bekymring|skam|grin|nervositet|nervosit\w*|kedsomhed"
    r"|spaending|nysgerrighed|latter|misundelse|jalousi|utalmodighed|forlegenhed|angst for \w+)\b",
)
DYING_OF_WORSE = rx(
    r" (?:kan|ka) (?:ikke|ik) (?:fa|faa) (?:vejret|luft) | bryst\w* | ligger | faldet | bevidstlos | 112 | ambulance\w* "
)
# A fall in a named month or season still talked about, well now ("faldt i december og
# snakker stadig om det, men han har det fint nu").
_MONTHS = (
    r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|sommer|sommers"
    r"|foraret|efteraret|vinter|vinters|julen|paasken|pasken)"
)
FALL_IN_MONTH_WELL = rx(
    rf" (?:faldt|var faldet|er faldet) (?:\w+ ){{0,3}}?i (?:\w+ )?{_MONTHS} (?:\w+ ){{0,10}}?(?:har det|er) "
    r"(?:helt )?(?:fint|fin|godt|frisk|ok|okay)(?: igen)?(?: nu)?\b",
)
# A ride in an ambulance a season or a year ago, over now ("fik en tur i ambulancen i
# sommers for en nyresten men det er overstået", set AV)
AMBULANCE_LONG_AGO = rx(
    r" (?:tur|turen|kort tur|en tur) (?:i|med) (?:en |den )?ambulance\w*(?: \w+){0,6}? (?:i sommers|i vinters|i foraars"
    r"|i efteraars|i fjor|sidste (?:ar|sommer|vinter|jul|maned)|for (?:\w+ ){1,2}(?:ar|maneder|uger) siden)"
    r"(?: \w+){0,6}? (?:overstaet|ovre|fint|fin|godt|rask)\b",
)
FALL_MONTH_WORSE = rx(
    r" ondt | blod\w* | ligger | (?:kan|ka) (?:ikke|ik) | i dag | i morges | lige nu | igen faldet "
)
# A film or programme about a fire or a wreck watched ("vi ser en film om et skib der
# brænder på Nordsøen").
SCREEN_DISASTER = rx(
    r" (?:ser|sa|saa|set|kigger pa|kiggede pa|viser|se|vi ser|fulgte|folger) (?:\w+ ){0,2}?(?:en |et |den |det )?"
    r"(?:film|filmen|dokumentar\w*|serie\w*|udsendelse\w*|program\w*|krimi\w*|afsnit\w*) (?:om|hvor|med) (?:\w+ ){0,8}?"
    r"(?:braender|braendte|brand|ild|synker|sank|forliser|forliste|eksploderer)(?: \w+){0,4}",
)
SCREEN_DISASTER_WORSE = rx(
    r" nu | her | hos (?:os|mig) | ring\w* | rog | i (?:kokkenet|stuen|huset|lejligheden) "
)
# A death expected, reported by staff with the doctor coming to certify it ("Hr. P døde
# i nat, forventet, vagtlæge kommer og konstaterer").
EXPECTED_DEATH = rx(
    r" (?:dode|doede|sov ind|er sovet ind|afgik ved doden|er dod|er doed) (?:\w+ ){0,4}?(?:forventet|ventet|som ventet"
    r"|fredeligt|stille og roligt)\b(?:(?: \w+){0,3} (?:vagtlaege\w*|laege\w*|laegen) (?:kommer|er tilkaldt|tilkaldt"
    r"|kontaktet|ringet)(?: og| for at| til at)? (?:konstaterer|konstatere|ligsyn|skriver dodsattest)\w*)?",
)
EXPECTED_DEATH_WORSE = rx(
    r" ikke forventet | uventet\w* | pludselig\w* | politi\w* | 112 | ambulance\w* "
)
# A small burn said to be nothing ("brændte mig lidt på bradepanden, bare en rød plet,
# ikke noget").
SMALL_BURN = rx(
    r" (?:braendte|brandte|braendt|brandt|skoldede|skoldet) (?:mig|sig|ham|hende) (?:lidt |let )?(?:pa|paa|ved|i)"
    r" (?:\w+ ){0,4}?(?:bare|kun|blot) (?:en |et )?(?:lille |lillebitte )?(?:rod |lyserod )?(?:plet|prik|maerke|streg)\b"
    r"(?: (?:\w+ ){0,2}?(?:ikke noget|ingenting|intet|ikke noget at tale om))?",
)
SMALL_BURN_WORSE = rx(
    r" vable\w* | stor\w* | ansigt\w* | oj\w* | hele | svier meget | meget ondt | skadestue\w* "
)
# A faint supposed "en dag" with a question about technology or an aid for it ("Hvad
# hvis jeg besvimer en dag og ingen finder mig? Hvilken teknologi findes der til det?").
SUPPOSED_FOR_AID = rx(
    r" hvad (?:nu )?hvis (?:jeg|han|hun|min \w+|mor|far) (?:\w+ ){0,2}?(?:besvimer|falder|falder om|bliver syg|far et"
    r" ildebefindende)(?: \w+){0,8}? (?=(?:hvilken|hvilke|hvad|findes|kan man|er der) (?:\w+ ){0,3}?(?:teknologi\w*"
    r"|hjaelpemid\w*|alarm\w*|findes|fas|kan man fa|kan jeg fa|ting|losning\w*))",
)
SUPPOSED_FOR_AID_WORSE = rx(r" nu | lige nu | er besvimet | ligger | er faldet | kan ikke ")


# Getting up from a chair only with help, told as a habit beside a question about an aid
# ("Inger er faldet sammen i knæene, og når hun sidder i sin lænestol, kan hun ikke komme
# op igen uden at jeg trækker i hende … Findes der en stol der kan hjælpe?", set 56: 1-1-2);
# "faldet sammen i knæene" is age, not a collapse.
UP_ONLY_WITH_HELP = rx(
    r" (?:nar|naar) (?:hun|han|jeg|min \w+|\w+) (?:sidder|har siddet|sætter sig|saetter sig|ligger)(?: \w+){0,5}?"
    r" (?:kan|ka) (?:hun|han|jeg|\w+) (?:ikke|ik) (?:komme|rejse sig|rejse mig) op (?:igen )?uden (?:at )?"
    r"(?:jeg|vi|nogen|hjaelp|min \w+)(?: (?:traekker|hjaelper|hjaelpe|lofter|loefter|tager fat)"
    r"(?: (?:i|pa|under) (?:hende|ham|armen|armene))?)?",
    r" faldet sammen i (?:knaeene|knaene|benene|ryggen|hofterne)\b",
)
UP_ONLY_WORSE = rx(
    r" ligger (?:\w+ )?(?:pa|paa|i) (?:gulvet|jorden|badevaerelse\w*|sengen)| (?:i dag|nu|lige nu) (?:\w+ ){0,3}(?:faldet|faldt)\b"
    r"| bevidstlos | svarer (?:ikke|ik) | blod\w* "
)


def calm_av(norm: str) -> str:
    """Set AV's calm sayings taken out of what the net reads: dying of worry, a fall in
    a named month and well now, a film about a fire or a wreck, a death expected and
    certified, a small burn said to be nothing, a faint supposed with an aid asked for."""
    norm = _out(norm, DYING_OF_FEELING, DYING_OF_WORSE)
    norm = _out(norm, FALL_IN_MONTH_WELL, FALL_MONTH_WORSE)
    norm = _out(norm, AMBULANCE_LONG_AGO, FALL_MONTH_WORSE)
    norm = _out(norm, UP_ONLY_WITH_HELP, UP_ONLY_WORSE)  # set 56
    norm = _out(norm, SCREEN_DISASTER, SCREEN_DISASTER_WORSE)
    norm = _out(norm, EXPECTED_DEATH, EXPECTED_DEATH_WORSE)
    norm = _out(norm, SMALL_BURN, SMALL_BURN_WORSE)
    return _out(norm, SUPPOSED_FOR_AID, SUPPOSED_FOR_AID_WORSE)


# A short seizure told, and awake again after it ("havde et kort krampeanfald, nu er han
# vågen og snakker igen"): what follows is read as after the seizure (urgent.AFTER_SEIZURE),
# not as a seizure now.
SEIZURE_OVER = rx(
    r" (?:et |en )?(?:kort|kortvarigt|kortvarig|lille|mindre) (?:krampeanfald|anfald|krampe|epileptisk anfald)"
    r"(?: \w+){0,3}? (?:nu |men nu |og nu |bagefter )?(?:er|var) (?:(?:han|hun|jeg|hr \w+|fru \w+) )?(?:vagen|vaagen|vagnet"
    r"|vaagnet|kommet til sig selv|kommet til bevidsthed|sig selv)(?: igen)?(?: og (?:snakker|taler|svarer)(?: igen)?)?\b",
)
SEIZURE_OVER_WORSE = rx(
    r" (?:ny|nyt|nye|et nyt|igen et|andet) (?:krampe)?anfald | kramper igen | (?:kan|ka) (?:ikke|ik) (?:fa|faa) (?:vejret|luft)"
    r" | bla\w* | bevidstlos | vagner ikke | reagerer ikke | over fem minutter | 5 minutter "
)


def seizure_over(norm: str) -> str:
    """A short seizure over and awake again, told as "efter anfaldet" (set AV)."""
    if SEIZURE_OVER.search(norm) is None or SEIZURE_OVER_WORSE.search(SEIZURE_OVER.sub(" ", norm)):
        return norm
    return SEIZURE_OVER.sub(" efter anfaldet", norm)


# The model's false alarms of set AV, doubted: a little loneliness played down ("a er
# bare lidt alene her om aftenen det er nok ikke noget") unless a wish to die is said
# beside it; an ache known and usual ("ondt i fingrene når ded er koldt men ded er
# gigten ded plejer ded").
LONELY_PLAYED_DOWN = rx(
    r" (?:lidt |bare lidt |bare )?(?:alene|ensom|ene) (?:\w+ ){0,5}?(?:det|ded) er (?:nok |vel |sikkert )?(?:ikke|ik|ente)"
    r" (?:noget|noget saerligt|sa slemt|noget at tale om)\b(?! liv)",
)
ACHE_USUAL = rx(
    r" ondt i (?:\w+ ){0,8}?(?:det|ded) er (?:bare |nok |jo )?(?:gigten|slidgigten|kulden|vejret|alderen)\b"
    r"(?: (?:\w+ ){0,3}?(?:plejer|som altid|som det plejer))?",
)
MODEL_CALM_AV_WORSE = rx(
    r" do\w* | dod\w* | ikke (?:\w+ )?leve\w* | liv | blive ved | hvorfor | ikke vagne | ikke vaagne | slut | selvmord\w* | ende det | tage mit liv"
    r" | mere ondt end | (?:kan|ka) (?:ikke|ik) (?:fa|faa) (?:vejret|luft) | bryst\w* | pludselig "
)


def model_calm_av(norm: str) -> bool:
    """Set AV's sayings the model alone had alarmed on."""
    if MODEL_CALM_AV_WORSE.search(norm):
        return False
    return bool(LONELY_PLAYED_DOWN.search(norm) or ACHE_USUAL.search(norm))


# Set AW's calm sayings: a language question ("hvordan siger man på dansk når man har ondt i
# maven"), the sign only a phrase to be put into words; a neighbour's grill smoke smelt
# with a complaint asked about.
LANGUAGE_QUESTION = rx(
    r" hvordan (?:siger|skriver|udtaler|staver|oversaetter|forklarer) (?:man|jeg|du|vi) (?:\w+ ){0,2}"
    r"(?:pa (?:dansk|engelsk|tysk|svensk|norsk|arabisk|tyrkisk|polsk|\w+sk) )(?:\w+ ){0,10}",
    r" hvad hedder (?:det|\w+) pa (?:dansk|engelsk|tysk|svensk|norsk|arabisk|tyrkisk|polsk|\w+sk) (?:\w+ ){0,10}",
)
LANGUAGE_WORSE = rx(
    r" lige nu | 112 | ambulance\w* | hjaelp | meget ondt | kan (?:ikke|ik) (?:fa|faa) (?:vejret|luft) | besvim\w* "
)
NEIGHBOUR_GRILL_SMOKE = rx(
    r" (?:nabo\w*|genbo\w*|underbo\w*|overbo\w*) (?:\w+ ){0,3}(?:griller|grillede|har grill\w*|fyrer|braender"
    r" (?:\w+ )?(?:haveaffald|blade|bal))\b(?: \w+){0,12}? (?:rog|rogen|os|osen|stanken)\b"
    r"(?= (?:\w+ ){0,8}(?:klage\w*|kommune\w*|irriter\w*|generer|lovligt|ma man|maa man|ma de|maa de|politi))",
)
NEIGHBOUR_GRILL_SMOKE_WORSE = rx(
    r" brand\w* | flamme\w* | ild | 112 | ambulance\w* | brandvaesen\w* | hoster | kan (?:ikke|ik) (?:fa|faa) (?:vejret|luft) "
)


def calm_aw(norm: str) -> str:
    """Set AW's calm sayings taken out of what the net reads: a language question, a
    neighbour's grill smoke complained of."""
    norm = _out(norm, LANGUAGE_QUESTION, LANGUAGE_WORSE)
    return _out(norm, NEIGHBOUR_GRILL_SMOKE, NEIGHBOUR_GRILL_SMOKE_WORSE)


# -- set AX (2026-12-07) ------------------------------------------------------------------
# Calm sayings: a figure of anger ("a ku slå ham ihjel"), a small ache dismissed ("men
# det er ik noget"), nearly choking in a drink at a remark, "akut" of finding a code, a
# scene on a screen, an ambulance that took one who is in hospital now, a risk of food
# going the wrong way with an aid asked about, pills hidden in a flower pot so as not to
# take them.
COULD_KILL_HIM = rx(
    r" (?:jeg|a|je|ja) (?:ku|kunne|kunn|kunde) (?:\w+ )?(?:have |ha |godt )?(?:sla|slaa|slaet|slaaet|kvale|kvalt)"
    r" (?:ham|hende|dem|den|det|ham der|hende der|\w+) (?:\w+ )?ihjel\b",
)
COULD_KILL_WORSE = rx(
    r" kniv\w* | vaaben | vaben | politi\w* | 112 | truer | truede | slar mig | slog mig "
)
ACHE_DISMISSED = rx(
    r" (?:lidt|en smule|bare) (?:om|ondt|stiv|mor|ommo|oem)\w*(?: \w+){0,8}? (?:men )?det er (?:ikke|ik|ikk|itt|int|ente)"
    r" (?:noget|nowe|nogen ting)(?: at tale om| at snakke om| saerligt)?(?= $| og | men )",
)
ACHE_WORSE = rx(
    r" meget | ring\w* | 112 | laege\w* | kan (?:ikke|ik) | bryst\w* | blod\w* | faldet | faldt "
)
NEARLY_CHOKED_ON_DRINK = rx(
    r" (?:blev|var) (?:\w+ )?(?:naesten|naer|lige ved at blive|nasten) kvalt i (?:min |mit |sin |sit |hans |hendes |den |det )?"
    r"(?:cola\w*|kaffe\w*|te|teen|vand\w*|ol|ollen|sodavand\w*|vin\w*|juice\w*|maelk\w*|saft\w*|drink\w*)\b",
)
CHOKED_WORSE = rx(
    rf" {CANNOT} (?:\w+ )?(?:fa|faa) (?:vejret|luft) | bla | 112 | ambulance\w* | hjaelp | hoster stadig "
)
AKUT_TO_FIND = rx(
    r" (?:er|var|bliver) (?:\w+ ){0,2}akut (?:at|a) (?:jeg|vi|du|han|hun|man|a) (?:\w+ ){0,2}(?:finder|far|faar|husker"
    r"|kober|ordner|fixer|skifter|henter) (?:\w+ ){0,3}(?:wifi\w*|\w*kode\w*|\w*koden|password\w*|oplader\w*"
    r"|fjernbetjening\w*|nogle\w*|noegle\w*|briller\w*|billet\w*|pung\w*|tv\w*|remote\w*|gave\w*|sko)\b",
)
AKUT_WORSE = rx(
    r" laege\w* | ambulance\w* | 112 | hjaelp | medicin\w* | piller | ondt | blod\w* | faldet "
)
SCREEN_SCENE = rx(
    r" (?:ham|hende|manden|kvinden|konen|fyren|pigen|drengen|helten|skurken|en|et|de|dem|\w+) i (?:tv ?serie\w*|serie\w*"
    r"|\w*serien|film\w*|\w*filmen|krimi\w*|\w*spillet)(?: \w+){0,14}",
    r" (?:vild|vildt|sindssyg|fed|god|uhyggelig|klam|voldsom|sej) scene ",
)
SCREEN_SCENE_WORSE = rx(
    r" ring\w* | 112 | ambulance\w* | hjaelp | jeg | mig | min | mit | mine | hjemme | her "
)
AMBULANCE_TOOK_ADMITTED = rx(
    r" ambulance\w* (?:\w+ ){0,2}(?:hentede|hentet|korte|kort|tog|bragte|kom og hentede) (?:\w+ ){0,6}?"
    r"(?:og )?(?:er )?nu (?:\w+ )?(?:indlagt|pa sygehuset|pa hospitalet|pa \w+ sygehus|pa \w+ hospital|pa ouh|pa rigshospitalet)"
    r"(?: \w+)?",
)
ADMITTED_WORSE = rx(
    r" 112 | ring\w* | hjaelp | igen | stadig | lige nu | ondt | blod\w* | faldet | bevidstlos\w* "
)
RISK_WRONG_WAY = rx(
    r" (?:risiko|fare|bange) for at (?:\w+ ){0,4}(?:gar|kommer|ryger|galt) (?:\w+ )?i (?:den )?gale hals\b",
    r" (?:risiko|fare) for (?:at \w+ )?fejl ?synk\w*",
)
RISK_WORSE = rx(
    rf" {CANNOT} (?:\w+ )?(?:fa|faa) (?:vejret|luft) | bla | 112 | ambulance\w* | hoster | lige nu | nu sidder "
)
PILLS_HIDDEN_UNTAKEN = rx(
    r" (?:gemt|gemte|gemmer|puttet|smidt|skjult|skjulte|skjuler) (?:sine|hans|hendes|mine|dine|de|alle|\w+s) "
    r"(?:piller|pillerne|tabletter|tabletterne|medicin|morgenpiller|aftenpiller)(?: i|i) (?:blomsterpot\w*|potteplant\w*"
    r"|urtepot\w*|skraldespand\w*|skralde\w*|toilet\w*|sofa\w*|lommen|lommerne|servietten|kaffekoppen)\b",
)
PILLS_HIDDEN_WORSE = rx(
    r" samle\w* | spare\w* | til den dag | do | doe | dod | leve | selvmord\w* | ihjel "
)
# A jest reported: the words said, then "men han grinte" (suicide's words, no wish).
JEST_REPORTED = rx(
    r" (?:sagde|sagt|siger|skrev|sa) (?:\w+ ){1,18}men (?:han|hun|de|vi|\w+) (?:grinte|grinede|griner|lo|smilede|smiler"
    r"|blinkede|sagde det for sjov|mente det ikke)(?= $| og | da | af )",
)
JEST_WORSE = rx(r" alvor\w* | mente det | mener det | igen i dag | bange ")


def calm_ax(norm: str) -> str:
    """Set AX's calm sayings taken out of what the net reads."""
    norm = _out(norm, COULD_KILL_HIM, COULD_KILL_WORSE)
    norm = _out(norm, NEARLY_CHOKED_ON_DRINK, CHOKED_WORSE)
    norm = _out(norm, AKUT_TO_FIND, AKUT_WORSE)
    norm = _out(norm, SCREEN_SCENE, SCREEN_SCENE_WORSE)
    norm = _out(norm, AMBULANCE_TOOK_ADMITTED, ADMITTED_WORSE)
    norm = _out(norm, RISK_WRONG_WAY, RISK_WORSE)
    return _out(norm, PILLS_HIDDEN_UNTAKEN, PILLS_HIDDEN_WORSE)


def model_calm_ax(norm: str) -> bool:
    """Set AX's sayings the model alone had alarmed on: a small ache dismissed, a jest
    reported with the laugh after it."""
    ache = ACHE_DISMISSED.search(norm) is not None and ACHE_WORSE.search(norm) is None
    return ache or (JEST_REPORTED.search(norm) is not None and JEST_WORSE.search(norm) is None)


# Told beforehand to say it if it happened, and now saying it ("min datter sagde jeg
# skulle sige det til dig hvis det skete, jeg kan ikke løfte armen"): what follows is
# read on its own, out of the "hvis".
TOLD_TO_SAY_IF = rx(
    r" (?:sagde|sagt|bad|bedt|har sagt) (?:\w+ ){0,6}(?:sige|fortaelle|skrive|ringe|melde)\w* (?:\w+ ){0,4}"
    r"hvis det (?:skete|sker|skulle ske|nu skete|kom|skulle komme)(?: igen)? ",
)
# A history, then "men nu": what is said after it is now ("har haft rystelser i mange
# år ... men nu har han kramper i hele kroppen").
BUT_NOW = rx(r" men nu (?=(?:har|er|kan|ligger|sidder|falder|siger|svarer|reagerer|traekker) )")


def after_told_or_now(norm: str) -> str | None:
    """What is said after being told to say it if it happened, or after "men nu" that
    follows a history, with the space before it, or None."""
    told = TOLD_TO_SAY_IF.search(norm)
    if told is not None:
        return " " + norm[told.end() :]
    now = BUT_NOW.search(norm)
    if now is not None and HISTORY.search(norm[: now.start() + 1]):
        tail = " " + norm[now.end() :]
        return tail if tail.strip() else None
    return None


# -- set AY (2026-12-07) ------------------------------------------------------------------
# Calm sayings: smoke from cooking dismissed ("det røg lidt men vinduet er åbent", "det var
# bare panden", "meget røg men det er normalt"); garden waste burnt with its legality asked;
# a cat fallen from the roof ("taget" is the roof, not "taken"); admitted after an illness
# and now back and stable; a crime series or a film watched.
_COOKING = (
    r"(?:stegt\w*|steger|stegte|steg|lavede|laver|lavet|griller|grillede|grill\w*|bager|bagte|koger|kogte|brunede"
    r"|frikadell\w*|flaesk\w*|bacon|panden|pande|ovnen|maden|fisk\w*|bof\w*|kod|kodet|lam|grillkul)"
)
COOKING_SMOKE = rx(
    rf" {_COOKING}(?: \w+){{0,8}}? (?:det |der )?(?:\w+ )?(?:rog|rogen|os|osede|oser|osen)\b(?: \w+){{0,8}}? (?:men|og)"
    r" (?:\w+ ){0,4}(?:vinduet er (?:abent|aabent|abnet|aabnet|pa klem)|(?:det|den) er (?:helt )?(?:fint|fin|ok|okay"
    r"|normal\w*|godt nu|vaek nu|forbi)|det var bare|det var kun|bare panden|luftet ud|emhaetten)\b(?: \w+)*",
)
COOKING_SMOKE_WORSE = rx(
    r" brand\w* | ild | ilden | flamme\w* | 112 | brandvaesen\w* | hoster | kan (?:ikke|ik) (?:fa|faa) (?:vejret|luft) "
    r"| ambulance\w* | besvim\w* | svimmel | brander | braender | hjaelp ",
)
GARDEN_BURN_ASKED = rx(
    r" (?:braender|braende|brander|brande|afbraender) (?:\w+ ){0,2}(?:haveaffald|blade|bladene|grene|kvas|affald|hakafklip"
    r"|haekafklip|ukrudt|halm)\w*(?: \w+){0,8}? (?:er det lovligt|er det tilladt|ma man|maa man|ma han|maa han|ma de"
    r"|maa de|ma hun|maa hun|lovligt|tilladt|forbudt)\b(?: \w+)*",
)
GARDEN_BURN_WORSE = rx(
    r" huset | hus | brand\w* | 112 | brandvaesen\w* | ud af kontrol | spredt | spreder | hoster | kan (?:ikke|ik) "
    r"| ambulance\w* | hjaelp | lige nu ",
)
# the roof ("faldet ned fra taget", "sidder oppe på taget")
ROOF = rx(r" (?:ned fra|ned af|fra|oppe pa|oppe paa|op pa|op paa|pa|paa|over|hen over) taget\b")
ROOF_TAKEN = rx(
    r" (?:har|hun|han|jeg|de|vi|a) (?:\w+ )?(?:pa|paa) taget\b"
)  # "hun har på taget": no
ADMITTED_STABLE = rx(
    r" (?:var|har vaeret|blev|har veret) indlagt (?:\w+ ){0,3}(?:efter|med|pga|for|grundet|pa grund af) (?:\w+ ){0,5}?"
    r"(?:og )?(?:er )?(?:nu |nu er |er nu )?(?:tilbage|hjemme|hjem|udskrevet|kommet hjem)\b(?: \w+){0,3}?"
    r" (?:og )?(?:stabil|stabilt|fin|frisk|har det godt|har det fint|velbefindende|upaavirket|upavirket)\b",
)
ADMITTED_STABLE_WORSE = rx(
    r" igen | 112 | akut\w* | ring\w* | ambulance\w* | lige nu | pludselig | men nu | nu har | ondt | bevidstlos\w* "
    r"| falder | faldet | faldt | ustabil\w* | svarer (?:ikke|ik) ",
)
SCREEN_WATCHED = rx(
    r" (?:ser|sa|saa|kigger pa|kigger paa|glor pa|glor paa|se|sidder og ser) (?:\w+ ){0,2}(?:krimi\w*|film\w*|\w*filmen"
    r"|serie\w*|\w*serien|tv|fjernsyn\w*|dokumentar\w*|\w*program\w*|\w*udsendelse\w*|netflix|youtube)\b(?: \w+){0,18}",
)
SCREEN_WATCHED_WORSE = rx(
    r" ring\w* | 112 | hjaelp | mig | mae | min | mit | mine | pludselig | og nu | men nu | selv | faldet | faldt | falder "
    r"| rorer | reagerer | svarer | bevidstlos\w* | kan (?:ikke|ik) | ondt | blod\w* | besvim\w* | kramp\w* | bla ",
)
# The model's false alarm: a cake burnt black in the oven, a new one to bake.
FOOD_BURNT = rx(
    r" (?:\w*taerte\w*|\w*kage\w*|\w*brod\w*|boller|bollerne|\w*steg\w*|maden|pizza\w*|\w*gryde\w*|frikadell\w*"
    r"|kartofl\w*|\w*grod\w*|kyllingen|fisken|toast\w*|\w*tarte\w*) (?:\w+ ){0,2}(?:er|blev|var|er blevet) (?:\w+ ){0,2}"
    r"(?:braendt|brandt|branket|braenket|sort|kulsort)\b",
)
FOOD_BURNT_WORSE = rx(
    r" brand\w* | ild | flamme\w* | 112 | brandvaesen\w* | hoster | kan (?:ikke|ik) (?:fa|faa) (?:vejret|luft) "
    r"| ambulance\w* | rog\w* | hjaelp | braender | brander | forbraend\w* ",
)


def calm_ay(norm: str) -> str:
    """Set AY's calm sayings taken out of what the net reads: cooking smoke dismissed,
    garden waste burnt with its legality asked, an admission over and stable, something
    watched on a screen."""
    norm = _out_whole(norm, COOKING_SMOKE, COOKING_SMOKE_WORSE)
    norm = _out_whole(norm, GARDEN_BURN_ASKED, GARDEN_BURN_WORSE)
    norm = _out_whole(norm, ADMITTED_STABLE, ADMITTED_STABLE_WORSE)
    return _out_whole(norm, SCREEN_WATCHED, SCREEN_WATCHED_WORSE)


def _out_whole(norm: str, mark: re.Pattern[str], worse: re.Pattern[str]) -> str:
    """`norm` with `mark` taken out, unless the sentence says worse anywhere (the marks of
    set AY reach to the sentence's end, so what is left would not show it)."""
    if mark.search(norm) is None or worse.search(norm):
        return norm
    return mark.sub(" ", norm)


def roof(norm: str) -> str:
    """ "taget" read as the roof it is after "fra", "på" (set AY): no doubt mark, for a fall
    from a roof is as real as any, only no pills "taget igen"."""
    return norm if ROOF_TAKEN.search(norm) else ROOF.sub(" fra tagryggen", norm)


def model_calm_ay(norm: str) -> bool:
    """Set AY's sayings the model alone had alarmed on: food burnt in the oven."""
    return FOOD_BURNT.search(norm) is not None and FOOD_BURNT_WORSE.search(norm) is None


# -- set 60 (2026-12-08): a grandson's need and a living situation --------------------------
# Forgetting one's medicine, or taking it twice, told as a habit with the forgetting
# ("mormor glemmer også sin medicin, eller tager den to gange": Giftlinjen for a need).
FORGETS_OR_TWICE = rx(
    r" (?:glemmer|glemte|glem) (?:\w+ ){0,4}?(?:eller|og|ellers) (?:hun |han |de |jeg |a )?(?:tager|tar|tog) (?:den|dem|det|\w+)"
    r" (?:\w+ ){0,2}?(?:to|2|flere) gange\b",
)
FORGETS_OR_TWICE_WORSE = rx(
    r" i dag | i morges | i aftes | i nat | lige nu | nu | lige | for lidt siden | svimmel | sloj\w* | darlig\w* "
)
# Where someone lives told and nothing more ("hun bor alene i en lejlighed på 2. sal": the
# model's emergency at 1.0). The net's own reading of a sentence is not touched.
ONLY_WHERE_ONE_LIVES = rx(
    r"^ (?:og |men |ja |nej )?(?:\w+ ){0,2}?(?:bor|boede) (?:(?:alene|selv|stadig|nu|for sig selv|sammen med \w+"
    r"|i (?:en |et |sin |sit |hendes |hans |egen |eget )?\w+|pa (?:\w+ )?\w+ sal|pa \w+|uden elevator|med \w+"
    r"|ude pa landet|i byen) ?){1,4}$",
)


def calm_60(norm: str) -> str:
    """Set 60's calm sayings taken out of what the net reads: forgetting one's medicine
    or taking it twice, told as a habit."""
    return _out_whole(norm, FORGETS_OR_TWICE, FORGETS_OR_TWICE_WORSE)


def model_calm_60(norm: str) -> bool:
    """Set 60's sayings the model alone had alarmed on: where someone lives, told alone."""
    return ONLY_WHERE_ONE_LIVES.search(norm) is not None


# -- set AZ (2026-12-08) ------------------------------------------------------------------
# What is worse anywhere in the sentence keeps a set AZ calm from being taken out.
_AZ_WORSE_CORE = (
    r" hjaelp | pludselig | men nu | og nu | lige nu | bevidstlos\w* | besvim\w* "
    r"| reagerer (?:ikke|ik) | svarer (?:ikke|ik) | kan (?:ikke|ik) (?:fa|faa) (?:vejret|luft) | blaa? i (?:ansigtet|hovedet) "
    r"| kramp\w* | svimmel | ondt i brystet (?:nu|lige)| blod\w* (?:\w+ )?(?:fosser|pumper|sprojter) "
)
_AZ_WORSE = r" ring\w* (?:efter )?(?:en )?112 |" + _AZ_WORSE_CORE
# A stove or fireplace burning well ("det brænder godt i brændeovnen i dag").
STOVE_BURNING_WELL = rx(
    r" (?:det|ilden|baalet|branden|kaminen|ovnen|braendeovnen|pejsen) braender (?:\w+ )?(?:godt|fint|lystigt|dejligt|flot"
    r"|hyggeligt|rigtig godt) i (?:\w+ )?(?:braendeovn\w*|pejs\w*|kamin\w*|baal\w*|bilaeggerovn\w*|braendeovn\w*"
    r"|stoven|masseovn\w*|kakkelovn\w*)\b(?: i dag| i aften)?",
)
STOVE_WORSE = rx(
    _AZ_WORSE,
    r" rog\w* (?:\w+ ){0,3}(?:stuen|huset|alle vegne)| gardin\w* | sofa\w* | taeppe\w* | vaeggen | ild i ",
)
# Food burnt as a habit ("jeg brænder altid sværen").
BURNS_FOOD_HABIT = rx(
    r" braender (?:altid|tit|ofte|som regel|hver gang|gerne|nogle gange|altid lidt) (?:\w+ )?(?:svaer\w*|mad\w*|kage\w*|steg\w*"
    r"|toast\w*|brod\w*|grod\w*|kartof\w*|log\w*|pizza\w*|frikadel\w*|bunden|boller\w*|ris\w*|sovs\w*|flaesk\w*)\b",
)
# Someone seen to fall on a screen ("a så en mand der faldt om i krimien i fjernsynet").
SCREEN_FALL = rx(
    r" (?:sa|saa|ser|set) (?:\w+ ){0,4}?(?:der |som )?(?:faldt om|faldt|faldet om|dode|dor|blev skudt|blev kvalt|blev forgiftet"
    r"|besvimede|fik et hjerteanfald|brandt inde) (?:\w+ ){0,2}?(?:i|pa) (?:krimi\w*|film\w*|\w*filmen|serie\w*|\w*serien|fjernsyn\w*|tv\w*"
    r"|\w*programmet|nyhed\w*|youtube|netflix)\b(?: \w+){0,6}",
    r"^ (?:\w+ )?(?:krimi\w*|film\w*|\w*filmen|serie\w*|\w*serien|\w*afsnit\w*)(?: i (?:aftes|gar|gaar))? (?:\w+ ){1,10}?"
    r"(?:forgift\w*|dræbt\w*|draebt\w*|myrdet\w*|myrde\w*|skud\w*|faldt om|kvalt\w*|stak\w*)\b(?: \w+){0,14}",
)
SCREEN_FALL_WORSE = rx(_AZ_WORSE, r" min | mit | mine | mig | mae | mor | far | han er | hun er ")
# A burn told with its year and talked of ever since ("brændte sig på kaffen i 1983 og
# har talt om det lige siden").
TALKED_OF_SINCE = rx(
    r"^(?: \w+){0,10}? (?:i|tilbage i|engang i) (?:19|20)\d\d (?:\w+ ){0,4}?(?:talt|snakket|fortalt|mumlet|brokket sig) (?:\w+ )?om (?:det|den|dem)"
    r" (?:lige |lige )?siden\b",
)
# How a fall detector knows one has fallen ("hvordan ved sådan et faldur, at man er faldet").
HOW_DEVICE_KNOWS_FALL = rx(
    r" hvordan (?:ved|kan|opdager|registrerer|marker|maerker|finder|kender) (?:\w+ ){0,5}?(?:at|om|nar|hvornar) (?:man|jeg"
    r"|brugeren|borgeren|personen|folk|den aeldre) (?:\w+ )?(?:er faldet|falder|faldt)\b(?: \w+){0,14}",
)
# Sarcasm: something ordinary run out of and an ambulance asked for it ("katastrofe: jeg
# er løbet tør for kaffe. Skal jeg ringe efter en ambulance?").
RUN_OUT_AMBULANCE = rx(
    r" (?:lobet|lob|lobe|er) tor for (?:\w+ )?(?:kaffe\w*|te|the|kage\w*|ol|vin|smor|maelk|slik|chokolade|toiletpapir|brod"
    r"|cigaret\w*|smakager|smaakager|kiks|is|rodvin|snaps|lakrids\w*|avis\w*)\b(?: \w+){0,4}? (?:skal|sku|ska|burde|ma) "
    r"(?:jeg|vi|man|a) (?:\w+ )?ring\w* (?:efter )?(?:en |et )?(?:ambulance\w*|112|redningsvogn\w*|brandvaesen\w*|politi\w*)\b",
)
RUN_OUT_WORSE = rx(
    r" ondt | svimmel | faldet | faldt | blod\w* | kan (?:ikke|ik) | besvim\w* | bevidstlos\w* | reagerer "
)
# Nearly choked and fine now ("hun næsten blev kvalt i en kiks i formiddags, men hun har
# det fint").
NEARLY_CHOKED_FINE = rx(
    r" (?:naesten|nasten|nar|naer|lige ved at) (?:var ved at )?(?:blev|ble|blive|var ved at blive|sad fast|fik) (?:kvalt|galt i halsen"
    r"|noget i den gale hals)\b(?: \w+){0,10}? (?:men|og) (?:\w+ )?(?:hun|han|jeg|a|de|vi|det|mor|far) (?:har det|er|gar det"
    r"|har) (?:(?!ikke |ik |slet )\w+ )?(?:fint|godt|ok|okay|helt fint|fint nu|godt nu|helt ok|ovenpa)\b",
)
NEARLY_CHOKED_WORSE = rx(_AZ_WORSE, r" stadig (?:svaert|svart|hoster|kan) | blaa? ")
# A nurse's advice of when to ring 112 quoted and a plan asked for ("sygeplejersken sagde
# hun skal ringe 112 hvis hun får ondt i brystet igen. kan den besked ligge i hendes plan").
ADVICE_112_IF = rx(
    r" (?:sagde|siger|sagt|har sagt|sa|skrev|anbefalede|mener) (?:\w+ ){0,3}?(?:skal|skulle|ma|bor|burde) ringe (?:til )?"
    r"(?:112|alarmcentral\w*|laegevagt\w*|lagevagt\w*|ambulance\w*|efter en ambulance) (?:hvis|nar|sa snart) (?:\w+ ){1,8}?"
    r"(?:igen|nogensinde|en dag|engang)\b",
)
ADVICE_112_WORSE = rx(
    r" og nu | men nu | lige nu | nu har | har (?:\w+ )?(?:det )?nu | i dag har | pludselig | bevidstlos\w* | reagerer (?:ikke|ik) "
)
# A rule about ringing 112 asked to be checked ("min kollega siger man altid skal ringe
# 112 før sygeplejersken hvis det er alvorligt, passer det?").
RULE_112_ASKED = rx(
    r" (?:siger|sagde|mener|pastar|paastar|har hort|horte|laerte|laert) (?:at )?man (?:\w+ ){0,2}?(?:skal|skulle|ma|bor|burde)"
    r" ringe (?:til )?(?:112|alarmcentral\w*|ambulance\w*)\b(?: \w+){0,10}? (?:passer det|er det rigtigt|er det rigtig|er det"
    r" sandt|stemmer det|er det korrekt|har (?:han|hun|de) ret)\b",
)
# A word misheard and corrected ("hvad siger du faldet nej det er bladene der er faldet af
# træerne"; "kvalt nej jeg sagde kaffe"): the echo and the thing said instead.
MISHEARD_CORRECTED = rx(
    r"^ (?:hvad siger du |hva siger du |hvad |hva |hvabehar |undskyld )?(?:faldet|faldt|falder|fald|kvalt|kvaeles|kvaelt|brand"
    r"|ild|ilden|blod|bloder|dod|doed|doende|gift|forgiftet|hjerteanfald|ambulance|besvimet|bevidstlos|krampe|kramper)"
    r" nej (?:nej )?(?:jeg sagde|a sagde|jeg"
    r" mente|det er|det var|det er jo|jeg siger)\b",
)
MISHEARD_THING = rx(
    r" (?:bladene|blade|blad|aeblerne|aebler|paerer|paererne|kogler|sneen|regnen|temperatur\w*|prisen|priserne|kursen"
    r"|solen|bladet) (?:der )?(?:er|var|blev) faldet (?:\w+ ){0,3}?(?:af|ned fra|fra|ned af) (?:\w+ )?(?:traeer\w*|trae"
    r"|grenen|grenene|himlen)?\b",
)


def calm_az(norm: str) -> str:
    """Set AZ's calm sayings taken out of what the net reads: a stove burning well, food
    burnt as a habit, a fall or a poisoning on a screen, a burn told
    with its year and talked of since, how a fall detector knows, an ambulance asked for
    in jest, nearly choked and fine now, a nurse's advice of when to ring 112, a rule
    about 112 asked about, a word misheard and corrected."""
    norm = _out_whole(norm, STOVE_BURNING_WELL, STOVE_WORSE)
    norm = _out_whole(norm, BURNS_FOOD_HABIT, STOVE_WORSE)
    norm = _out_whole(norm, SCREEN_FALL, SCREEN_FALL_WORSE)
    norm = _out_whole(norm, TALKED_OF_SINCE, _AZ_WORSE_RX)
    norm = _out_whole(norm, HOW_DEVICE_KNOWS_FALL, _AZ_WORSE_RX)
    norm = _out_whole(norm, RUN_OUT_AMBULANCE, RUN_OUT_WORSE)
    norm = _out_whole(norm, NEARLY_CHOKED_FINE, NEARLY_CHOKED_WORSE)
    norm = _out_whole(norm, ADVICE_112_IF, ADVICE_112_WORSE)
    norm = _out_whole(norm, RULE_112_ASKED, rx(_AZ_WORSE_CORE))
    if MISHEARD_CORRECTED.search(norm) and not _AZ_WORSE_RX.search(norm):
        norm = MISHEARD_THING.sub(" ", MISHEARD_CORRECTED.sub(" ", norm))
    return norm


_AZ_WORSE_RX = rx(_AZ_WORSE)

# The number to ring when someone has eaten something wrong, asked to be written down
# ("hvad det der nummer er man ringer til når man har spist noget forkert"): Giftlinjen's
# number, calmly (helpline), not a poisoning.
HELPLINE_BY_NEED = rx(
    r" (?:hvad|hva|hvilket|hvilken|det) (?:\w+ ){0,4}?nummer\w* (?:\w+ ){0,3}?(?:man|jeg|hun|han|vi|a) (?:skal |kan )?ringe\w*"
    r" (?:til )?(?:\w+ )?(?:nar|hvis|nar man|nar|om) (?:man|jeg|hun|han|nogen|et barn|ens barn|barnebarnet|vi|a) (?:har |er kommet til at )?"
    r"(?:spist|slugt|drukket|faet|taget|indtaget|spiser|sluger|drikker) (?:noget|for mange|for meget|nogle|af) (?:\w+ ){0,2}?"
    r"(?:forkert\w*|giftig\w*|galt|farlig\w*|forkerte|piller|medicin)\b",
)

# An emergency told after a question and "men" ("jeg skulle bare spørge hvordan man
# kvitterer i dosisdispenseren, men fru Hansen er lige faldet om i køkkenet og reagerer
# ikke"): what follows is read on its own too, when it says now.
_QUESTION_BUT = re.compile(
    r"^(?P<head>.*?(?:sporge|sporger|spurgte|hvordan|hvad|hvornar|hvilken|hvilket|hvorfor) .*?) men (?P<tail>.*)$"
)
_TAIL_NOW = re.compile(r" (?:lige|nu|lige nu|netop|pludselig|just) ")


def after_question_but(norm: str) -> str | None:
    """What is said after a question and "men" when it says now, with the space before
    it, or None."""
    found = _QUESTION_BUT.match(norm)
    if found is None:
        return None
    tail = " " + found.group("tail")
    return tail if _TAIL_NOW.search(tail) else None
