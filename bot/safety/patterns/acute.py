"""Acute danger: strong signs never suppressed (STRONG), weak ones that a question about
technology, a story or a history suppresses (the rest); bot.safety.detect weighs them."""

from __future__ import annotations

import re

from bot.safety.patterns.words import BREATH, CAN, CANNOT, DEVICE_WORDS, NEG, W, rx

STRONG = rx(
    r"^ (?:(?:du|nu|sa|altsa|hallo|hjaelp|ja|hurtigt) )*ring (?:\w+ ){0,2}(?:112|am ?b[uo]lan[cs]\w*"
    r"|alarmcentral\w*)",
    # not the place that helps: "arbejder på akutmodtagelsen" (set N's near miss)
    r" akut(?!modtag|afdeling|sygeplej|laege|team)\w* ",
    r" cyanoti\w* ",  # blue from lack of oxygen, in a care worker's words (set N)
    # not the word asked about ("hvad SOS betyder", set V)
    r" nod ?situation\w* | nod ?stilfaelde\w* |(?<!hvad) sos (?!betyder|star for)| livsfare\w* | livstruende ",
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
    # someone giving heart massage now, a defibrillator fetched
    r" (?:i gang med|giver|gi'r|gir|laver|starter|startet|begyndt pa) (?:\w+ )?hjerte ?massage\w* ",
    r" (?:hent|henter|hente|hvor er|hvor haenger|find|finde) (?:\w+ ){0,3}hjerte ?starter\w* (?:\w+ ){0,6}hjerte ?massage\w* ",
    r" hjerte ?massage\w* (?:\w+ ){0,8}(?:hent|henter|hvor er|hvor haenger|find) (?:\w+ ){0,3}hjerte ?starter\w* ",
    # unconscious, not breathing, heart
    r" bevid?st ?lo\w* | ikke (?:\w+ )?ved (?:\w+ )?bevidsthed | svimet af | er besvimet ",
    r" besvimer | ved at besvime | lige besvimet | livlos\w* | ingen puls ",
    rf" har {NEG} (?:nogen )?puls ",
    rf" (?:vagner|vagne) {NEG}\b| {CANNOT} {W}{{0,2}}vaekke| ikke til at vaekke| svaer\w* at vaekke",
    r" traekker vejret (?:\w+ ){0,2}(?:uregelm\w*|maerkelig\w*|underlig\w*|tungt|besvaerlig\w*"
    r"|overfladisk\w*|rallende|snorkende)",
    # not "helt blå om fingrene" from picking blueberries (set Z)
    r" (?:er|ligger) helt (?:slap|blalig|bla(?!nk|nd|se|d\b|de\b)|livlos)(?! (?:om|pa|paa) (?:fingrene|haenderne|handerne|taeerne|neglene))",
    r" (?:fundet|funden|liggende|ligger|ligget|lagt|ligge) (?:\w+ ){0,4}pa (?:gulvet|jorden|fortovet)\b",
    # "nu trækker hun ikke vejret": the subject after the verb (a question's word order)
    rf" (?:traekker|trakker|ander|aender) (?:(?:han|hun|hu|den|de|mor|far|borgeren) )?{NEG}"
    r" (?:\w+ )?(?:vejret|vejeret|mere)?",
    # "trækker næsten ikke vejret", "trækker knap nok vejret", "ånder næsten ikke" (set AO)
    rf" (?:traekker|trakker) (?:\w+ )?(?:naesten|nasten|stort set|naermest|knap nok|naeppe)"
    rf" (?:{NEG} )?(?:vejret|vejeret|vejr|veret)\b",
    rf" (?:ander|aander|aender) (?:\w+ )?(?:naesten|nasten|stort set|naermest) {NEG}\b",
    rf"(?: {CANNOT}| {NEG}| svaert ved at| besvaer med at| problemer med at"
    rf"| kaemper for at| {CAN} naesten {NEG}) (?:\w+ )?(?:fa|far|fik|traekke|traekker|trak"
    rf"|trakke|traek|hive|snappe) (?:\w+ )?{BREATH}\b",
    rf" (?:far|fik|traekker|trak|hiver|snapper) {NEG} (?:\w+ )?{BREATH}\b",
    rf" (?:hiver|hive|snapper|snappe|gisper|gispe) (?:\w+ )?efter {BREATH}\b",
    r"(?<! ingen)(?<! uden)(?<! ikke) ande ?nod | forpustet (?!(?:\w+ ){0,4}(?:pa|op ad|af|efter) (?:\w+ )?(?:bakke\w*|trappe\w*|trapper|\w*turen|cykl\w*) )| kvael\w* | kvaler | kvalt | gale hals | bla i (?:hovedet|ansigtet|laeberne|hele) ",
    r" bla (?:om|pa) (?:munden|laeberne) | galt i halsen | fast i halsen ",
    # not pills swallowed whole ("jeg kan ikke synke dem hele", set Y)
    rf" {CANNOT} (?:\w+ )?(?:hoste|synke) (?!(?:dem|den) (?:hele|uden)\b|(?:pillerne|piller\w*|tablet\w*|kapsl\w*)\b)",
    r" vejrtraekning\w* (?:\w+ ){0,3}(?:stop\w*|maerkelig\w*|underlig\w*|uregelm\w*|hvaes\w*)",
    r" (?:uregelm\w*|maerkelig\w*|underlig\w*|rallende|besvaerlig\w*|overfladisk\w*|hvaesende)"
    r" (?:\w+ )?vejrtraekning\w* ",
    # chest pain, heart attack, stroke
    r" (?:ondt|ont|smerte\w*|tryk\w*|trykker|pres\w*|jag\w*|stram\w*|tyngde\w*|knug\w*|klem\w*"
    r"|sviende|braend\w*) (?:\w+ ){0,3}(?:for|i|pa|over|om|bag) (?:\w+ )?(?:bryst\w*"
    r"|hjertet)\b",
    r" bryst ?smerte\w* | (?:ondt|smerte\w*|tryk\w*|stråler|straler) (?:\w+ ){0,5}(?:kaeben|kaebe)",
    r" skaev i (?:ansigtet|munden|hovedet|mundvigen)\b",
    # drooping, not a drawing of three eyes "hængt op i skolen" (a real clip, through HA)
    r" (?:mund\w*|ansigt\w*|ojet|oje|ojne|kind\w*|ojenlag\w*|laebe\w*) (?:\w+ ){0,2}"
    r"haeng(?!\w* op\b)\w*",
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
    r" snovl\w* (?!(?:\w+ ){0,8}(?:taenderne|gebis\w*|\w*protese\w*)\b)| slor\w* tale | taler (?:\w+ )?(?:underligt|maerkeligt|utydeligt|volapyk"
    r"|sludder|helt sort|uforstaeligt)\b",
    # folded, "tåle" is "tale": "jeg kan ikke tåle mælk" is no stroke
    rf" {CANNOT} (?:\w+ )?(?:tale|snakke)(?! (?:med|om|i|til|dansk|engelsk|tysk|sammen|at|det|den"
    r"|dem|ham|hende|noget|lys\w*|lyd\w*|larm\w*|stoj\w*|mad\w*|maelk\w*|gluten|laktose|sol\w*"
    r"|varme\w*|kulde\w*|lugt\w*|kaffe|alkohol\w*|medicin\w*|pille\w*|penicillin\w*|rog\w*|parfume\w*|pollen"
    r"|stov\w*))\b",
    rf" {CANNOT} (?:\w+ )?(?:finde|fa) (?:ordene|ord) ",
    rf" {CANNOT} (?:\w+ )?sige (?:\w+ )?(?:ordentlig\w*|rigtig\w*|forstaelig\w*|tydelig\w*)",
    # sudden loss of sight, a side that will not obey, words gone: stroke
    r" (?:alt|det hele) (?:\w+ )?(?:er )?(?:blevet )?sort | blevet blind | blind pa (?:det ene|\w+ oje)",
    r" pludselig (?:\w+ ){0,4}(?:ikke se|ikke tale|blind|lammet|sort)",
    r" (?:frygtelig\w*|voldsom\w*|eksplosiv\w*|vaerste) hovedpine (?:\w+ ){0,5}pludselig"
    r"| pludselig (?:\w+ ){0,3}(?:frygtelig\w* |voldsom\w* )?hovedpine",
    r" hovedpine\w* (?:\w+ ){0,3}(?:som )?(?:et |en )?tordenskrald| tordenskrald\w* (?:\w+ ){0,4}hovedpine",
    r" (?:arm\w*|ben\w*|hand\w*|side\w*|fod|foden) (?:\w+ ){0,2}vil (?:ikke|ik) (?:\w+ )?lystre",
    r" (?:ene|venstre|hojre) side (?:\w+ ){0,4}(?:tung|svag|lam\w*|folelos\w*|sovet|dod)\b",
    rf" {CANNOT} (?:\w+ )?finde (?:\w+ ){{0,2}}ord| kommer (?:\w+ ){{0,3}}forkert ud ",
    r" ordene (?:\w+ ){0,3}(?:forkert\w*|blandet)",
    # (not "hvis du ikke kan svare": the assistant that cannot answer a question)
    # (nor "kan ikke svare på hendes spørgsmål": a question left unanswered, set Q)
    rf"(?<! du)(?<! assistenten)(?<! programmet) {CANNOT} (?:\w+ )?(?:svare|flytte|bevaege|rore|ror)"
    r"(?! (?:pa|paa) (?:\w+ )?(?:det|mit|mine|sporgsmal\w*|mail\w*|brev\w*|besked\w*))"
    r"(?: (?:mig|sig|ham|hende|mae|os|noget))?\b",
    r" hverken (?:\w+ )?maerke eller bevaege | (?:er|blevet|bliver) (?:\w+ )?(?:helt )?slap ",
    r" hvaes\w* | gaet ud som et lys | ved at ga ud | laegebil\w* | akutbil\w* ",
    r" braekket (?:\w+ )?(?:hoften|laret|lar\w*)| (?:stiv|blaa|bla) af kulde "
    # not a walk or play in the snow ("en gåtur i sneen", set Å): out in it alone is
    r"|(?<! tur)(?<! gatur)(?<! gaatur)(?<! travetur)(?<! skitur)(?<! leget)(?<! legede)(?<! leger)(?<! lege)"
    r"(?<! kaelkede)(?<! kaelket) i sneen ",
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
    r"| (?:fosser|sprojter|vaelder|vaelter|pibler|strommer|lober) (?:\w+ ){0,3}blod| masser af blod | meget blod | blodet (?:fosser|sprojter|loeber|lober"
    r"|stopper|vil)\b| blodbad | pulsare\w* | kaster blod | hoster blod | brakker blod ",
    r" blo(?:der|r|dte|dt|de) (?!lidt|bare lidt|kun lidt|en smule|lige lidt|naeseblod)",
    # fire, smoke, gas
    r" i brand (?!alarm)| ilde ?brand\w* | der er brand | brand i (?:huset|kokkenet|stuen|lejligheden)",
    r" (?:det|der|huset|kokkenet|stuen|komfuret|gryden|panden|gardinet|gardinerne|sengen"
    r"|sofaen|lejligheden|ovnen|juletraeet) (?:\w+ )?braender\b(?! (?:jeg|han|hun|vi|du|de|man|hun) for)"
    # a burning in the throat is no fire ("det brænder i halsen" after a sip, set V)
    r"(?! (?:\w+ )?i (?:halsen|maven|ojnene|huden|fodderne|munden|tungen|naesen)\b)",
    r" braender (?!for |(?:jeg|han|hun|vi|du|de|man) for)(?!(?:\w+ ){0,2}(?:nar|naar) (?:jeg|han"
    r"|hun) tisser)(?!(?:\w+ )?i (?:halsen|maven|ojnene|huden|fodderne|munden|tungen))",
    r" flammer\w* | ryger ind | rog (?!en |et |cigar|pibe|smog|alarm|detektor|melder)| rogen ",
    r" (?:star|stod|staar) (?:\w+ )?i (?:lys )?lue | lys lue ",  # "æ komfur står i lys lue" (set O)
    r" (?:lugter|lugt|lugte|stank) (?:\w+ ){0,2}(?:braendt|brand|rog|gas)\b(?! (?:stov|toast|brod|kage\w*|popcorn|kaffe|sukker|grod)\b)| gaslugt | gas\w* (?:\w+ )?"
    r"(?:siver|strommer|lugter|udslip)| siver (?:\w+ )?gas | eksplo\w* ",
    r" (?:co|kul ?ilte|\w*kulilte) ?alarm\w* (?:\w+ ){0,2}(?:hyler|bipper|larmer|gar|piber|er gaet i gang)",
    r" (?:rog|brand) ?alarm\w* (?:\w+ ){0,2}(?:hyler|larmer|gar af|er gaet i gang|bimler"
    r"|piber hojt|gar og|gar nu|gar her|lyder)",
    # smoke in a carer's words (set N: "røgudvikling i borgerens lejlighed")
    r" rog ?udvikling\w* ",
    # seizures, allergy, other danger
    r" frad\w* | fraad\w* ",
    r" ryster (?:\w+ ){0,3}(?:over hele|voldsomt|ukontrolleret)",
    r" anafylak\w* | (?:hals\w*|tunge\w*|laebe\w*|ansigt\w*|svaelg\w*) (?:\w+ ){0,3}(?:haev\w*"
    r"|svulm\w*|lukker|snorer|snore)\b| haev\w* i halsen | svaert ved at synke ",
    # wheezing as one breathes (set N: "han piber når han trækker vejret")
    r" piber (?:\w+ ){0,2}(?:nar|naar) (?:han|hun|jeg|du|hu) (?:traekker vejret|ander|aander|puster) ",
    # "nogen" a person, not "nogen lamper tændt i huset" (any lamps)
    # not "hun vil ikke have fremmede i huset" (set 18)
    r"(?<!have)(?<! ha)(?<!ikke) (?:fremmed\w*|en mand|nogen(?! (?:\w+ )?(?:lamp\w*|lys\w*|vindu\w*|dor\w*|d\w*re|radiator\w*"
    r"|gardin\w*|apparat\w*|ting)\b)|indbrudstyv\w*|tyv|tyven|tyvene) (?:\w+ ){0,4}(?:i (?:min |mit )?(?:stue|stuen"
    r"|huset|lejligheden|entreen|entre|kokkenet|soveva\w*)|bryde\w* ind|bryder ind|brudt ind)\b",
    r" prover at (?:bryde|abne|komme) (?:\w+ )?ind| prover at (?:abne|bryde op) (?:\w+ )?(?:vinduet"
    r"|doren|ruden|terrassedoren|hoveddoren)| forlanger (?:\w+ )?penge | vil sla mig (?!selv )",
    r" (?:truer|truede) (?:\w+ ){0,3}(?:kniv|vaben|pistol|med at sla)| det haster | haster (?:virkelig|meget)",
    r" insulinchok | sukkerchok ",
    r" overfald\w* | tyv\w* i (?:huset|lejligheden|haven)| nogen i huset ",
    r" truer (?:\w+ ){0,2}(?:kniv|med at sla|med at draebe)",
    r" (?:ved at|skal til at|er ved at) do\b| do nu | dor nu |(?<! en)(?<! den)(?<! min)(?<! din)(?<! sin)(?<! hans)(?<! hendes)"
    r"(?<! vores)(?<! deres)(?<! jeres)(?<! las)(?<! lase)(?<! lase en)(?<! abne) dor (?:lige )?(?:her|for)",
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
    # "det pumper ud af håndleddet": an artery cut (set P)
    r" pumper (?:\w+ ){0,2}(?:ud|blod)\b",
    r" allergisk\w* (?:\w+ )?(?:chok|reaktion og (?:\w+ ){0,3}(?:luft|vejret|haev\w*))| adrenalin ?pen\w* ",
    r" krampe\w* (?:\w+ ){0,3}(?:i over|i mere end|i flere) (?:\w+ )?minut\w*",
    rf" {NEG} (?:\w+ )?(?:vagnet|kommet til sig selv)\b(?! (?:\w+ )?(?:i dag|endnu|rigtigt|ordentligt))",
    r" ryster (?:\w+ ){0,2}over det hele | (?:mand|nogen|fremmed\w*|typ\w*) (?:\w+ ){0,4}med (?:en )?(?:kniv|vaben|pistol|okse|kolle)\b",
)

# A fall from somewhere, or stuck under something: not a cat, not a robot vacuum.
FALL_FROM = rx(
    r" faldet ned (?:ad|af|fra) | faldt ned (?:ad|af|fra) ",
    r" sidder fast under ",
)

CANNOT_GET_UP = rx(
    rf" {CANNOT} {W}{{0,2}}(?:komme|komma|kom|rejse|sta|rejs|stable) {W}?op\b",  # "komma": set U
    rf" {CANNOT} {W}?rejse (?:mig|sig|ham|hende)\b",
    rf" {CANNOT} {W}{{0,2}}rejs (?:mig|mae|mej|sig|ham|hende)\b",  # "a ka sgu ik rejs mæ"
    rf" {CANNOT} {W}{{0,2}}komme pa (?:benene|ben|mine ben|sine ben)\b",  # set O
)

# "kan ikke komme op af stolen" as a daily need, said without a fall.
DAILY_NEED = rx(
    r" (?:af|fra|i|ud af) (?:\w+ )?(?:stolen|stol|sofaen|laenestol\w*|sengen|toilet\w*|brusebad\w*"
    r"|bruseren|bilen|kørestolen|korestolen)\b",
    r" uden hjaelp | mere | laengere | om morgenen | selv | hvad kan | hvilke\w* | efter ",
    r" op ad | elevator\w* | trappe\w* (?:til|op til) ",
    r" op pa (?:internet\w*|nettet|net|loft\w*|\w*siden|mitid|hjemmeside\w*|skaerm\w*|\w*portal\w*) ",
    r" op til (?:\w+ ){0,2}(?:hylde\w*|skab\w*|overskab\w*|reol\w*|loft\w*|kasse\w*)\b",  # set S
)

# Very unwell now: with "kan ikke rejse mig fra toilettet" it is not a daily need.
UNWELL_NOW = rx(
    r" har det (?:\w+ )?(?:meget|virkelig|rigtig|sa|frygtelig\w*|helt) (?:darligt|skidt|elendigt)\b",
    r" (?:benene|ben) (?:\w+ )?vil (?:ikke|ik)(?! (?:\w+ )?(?:mere|laengere|som))",
)

FLOOR = re.compile(r" (?:faldet|faldt|falden|gulvet|gulv|jorden|ligger|ligget|vaeltet|gled) ")

# Not a thing that fell out ("sonden er faldet ud", "tanden faldt ud"); a person who fell
# out of something ("faldet ud af sengen") is a fall.
FALL = re.compile(
    r" (?:faldet|falden|faldt|gled|gledet|glidt|snublede|snublet|vaeltede|vaeltet|rog ned|trillet"
    r"|trillede)\b(?! ud (?!af |over ))"
)

FALL_UNHURT = rx(
    r" ikke (?:\w+ )?(?:slaet|kommet til skade|sket noget|kommet noget til|brukket|braekket)",
    r" (?:er|var) ok | (?:er|var) okay | ok nu | uskadt | ingenting sket | intet sket ",
    r" kom (?:selv |godt |fint )?op | kunne (?:godt |selv )?(?:rejse|komme|sta) ",
    r" (?:er|kom) (?:\w+ )?oppe igen | (?:kom|kommet) (?:\w+ )?op igen | fik (?:\w+ )?rejst "
    r"| rejst (?:mig|sig) ",
    r" har det (?:fint|godt) | klarede (?:mig|sig) | kun (?:et|en|lidt) | bare (?:et|en|lidt) ",
    r" sidder (?:i|pa) (?:stolen|sofaen|sengen|en stol)",
)
# A staff note of a fall tonight: "ingen synlige skader, mobiliseret" (set AP); not taken
# beside a question or a habit ("faldet 3 gange i sept., ingen skader. Hvordan søger vi").
FALL_NOTED_UNHURT = rx(
    r" (?:ingen|uden) (?:\w+ )?(?:skade|skader|tegn pa skade\w*)\b| mobiliseret | mobiliseres ",
)

# Said in questions ("kan et nødkald ringe 112") and stories ("ambulancen kom i går") too.
CALLED = rx(
    r" ild | ilden | ild i ",
    r" brand (?!alarm|varm\w*|hot |hed\w*|godt |god |dyr\w*|nyt |ny |billig\w*|smart\w*|flot\w*)| branden | co ?alarm\w* | kul ?ilte\w* | \w*kulilte\w* | indbrud\w* ",
    r" faldt om | falder om (?!natten|morgenen|aftenen|dagen|eftermiddagen)| faldet om ",
    r" klap(?:pet|per|pede) (?:\w+ )?sammen(?! (?:\w+ )?(?:af grin|af latter|som en))| (?<!ikke skal)(?<!ikke ma)(?<!ikke vil)(?<!ikke)(?<!af)(?<!om) genopliv\w* (?!\w* ?fravalg)",
    r" trykket pa (?:\w+ ){0,2}\w*(?:nodkald|alarm|knap)\w*| hjerte ?stop\w* ",
    # not a fare or a bus ("112 kroner på rejsekortet", "linje 112", set Y)
    r"(?<!linje)(?<!bus)(?<!nummer)(?<!nr)(?<!rute)(?<!side) 112 (?!kr\w*|kroner|km|gram|meter|sider|stk)| alarmcentral\w* | am ?b[uo]lan[cs]\w* | ambu | brand ?vaesen\w* | brand ?bil\w* ",
    r" rednings ?vogn\w* | rednings ?koretoj\w* ",  # the ambulance in older words (set T)
    r" brand ?folk\w* | besvim\w* ",
    # a fire named by where it burns ("det er en skorstensbrand")
    r" (?:skorstens|kokken|fedt|hus|kamin|pejse|tag|loft|loftet|kaelder|villa|lejligheds)brand(?:en)? ",
)

# Diagnoses and seizures are named in histories and technology questions too.
NAMED = rx(
    r" hjerte ?anfald\w* | blod ?prop\w* | slag ?tilfaelde\w* | apopleksi | stroke ",
    r" hjerne ?blodning\w* | infarkt\w* | krampe ?anfald\w* | kramper (?!i )| epilep(?!\w*alarm)\w* ",
    r" anfald | kram per | har krampe\b(?! i)| ser (?:jeg |han |hun |du )?(?:pludselig )?dobbelt ",
    rf" {CANNOT} (?:\w+ )?lofte (?:\w+ )?(?:arm|armen|hojre|venstre|hand)",
)

# A bare "er død" is acute, the death of a husband years ago is not.
DEAD = re.compile(r" (?:er|ligger) (?:\w+ )?(?:dod|donde)\b| tror (?:\w+ ){0,3}dod\b")

NOT_ANSWERING = re.compile(
    # "han reagerer sgu ik"; in a clause, "at Jens ikke reagerer på tiltale"
    rf"(?: (?:svarer|svare|reagerer|rorer (?:sig|han|hun)) (?:(?:sgu|jo|bare|slet|altsa|da|fandme) )?{NEG}"
    rf"| {NEG} (?:\w+ )?(?:svarer|reagerer|rorer sig)\b)"
    r"(?! (?:\w+ )?(?:pa|i) (?:telefon\w*|mobil\w*"
    r"|sms\w*|mail\w*|beskede\w*|opkald\w*|doren|klokken))"
)

DEVICE = re.compile(rf" {DEVICE_WORDS} ")

# A blow to the head, then vomiting or drowsiness: a bleed in the brain is feared.
HEAD_BLOW = re.compile(
    r" (?:slaet|slog|slar|stodt|stodte) (?:\w+ ){0,2}(?:hovedet|hoved|panden|baghovedet)\b"
    # "fik skabslågen lige i hovedet", "blev ramt i hovedet" (set O)
    r"| (?:fik|faet|ramt|ramte) (?:\w+ ){0,3}(?:i|pa) (?:hovedet|panden|baghovedet)\b"
)
HEAD_DANGER = re.compile(
    r" (?:kaste\w* op|kastet op|kaster (?:\w+ )?op|braekke\w*|slov\w*|omtaget|forvirret|bevidst\w*"
    r"|svaer\w* at vaekke|sover hele tiden|doser|uklar|ser (?:\w+ )?dobbelt)\b"
)

SUGAR = re.compile(r" (?:\w*blodsukker\w*|sukker\w*|diabetiker\w*|insulin\w*|sukkersyge)\b")

SUGAR_DANGER = re.compile(
    r" (?:helt vaek|forvirret|omtaget|svedig|sveder|ryster|i bund|bevidst\w*|taenke klart|reagerer"
    r"|uklar|klam|vagne)\b"
)

# An accident: acute, unless told from the news or a programme (set N's near miss).
ACCIDENT = re.compile(r" ulykke ")

# Set Q's classes, in the net's folded words.
# The heart racing and about to faint ("hjertet hamrer, og det sortner for øjnene").
BLACKING_OUT = re.compile(r" sortner (?:\w+ ){0,2}(?:for )?(?:mine |hans |hendes )?ojne\w* ")
HEART_RACING = re.compile(
    r" hjerte\w* (?:\w+ ){0,2}(?:hamrer|galopperer|raser|slar (?:\w+ )?(?:vildt|skaevt|kolbotter)|springer)\b"
    r"| hjertebanken | (?:ondt|trykken|smerte\w*) i brystet "
)

# Someone gone, said in panic ("åh gud, han er væk, han er helt væk"): not lost in a book.
GONE = rx(
    r" (?:ah gud|gud|nej nej|hjaelp|kom nu|vagn op) (?:\w+ ){0,3}(?:han|hun) er (?:helt )?vaek\b(?! i )",
    r" (?:han|hun) er (?:helt )?vaek (?:\w+ ){0,2}(?:han|hun) er (?:helt )?vaek\b(?! i )",
)

# Not reached, and feared for ("tager ikke telefonen, hjemmeplejen kom ikke ind, jeg er
# bange for, der er sket noget").
NOT_REACHED = rx(
    rf" tager {NEG} (?:\w+ )?(?:telefon\w*|mobil\w*|den)\b| lukke\w* {NEG} op\b| {NEG} (?:\w+ )?lukke\w* op\b",
    rf" svarer {NEG} (?:pa|nar) (?:\w+ )?(?:doren|telefon\w*|klokken|ringer\w*|banker)\b",
    rf" (?:abnet|abner|abnede|lukket op) {NEG} (?:\w+ )?(?:doren|dor|hoveddoren)\b"
    rf"| {NEG} (?:\w+ )?(?:abnet|abner|abnede) (?:\w+ )?(?:doren|dor|hoveddoren)\b",
)
FEARED_FOR = rx(
    r" sket (?:ham |hende |dem |noget med \w+ )?noget\b| sket (?:noget|en ulykke)\b| noget (?:er )?galt\b",
    # not seen or heard for days (set R): "har ikke åbnet døren i to dage"
    r" (?:i|de sidste|i over|i hele|i et par) (?:\w+ )?(?:to|tre|fire|flere|par|2|3|4) (?:dage|dogn)\b"
    r"| siden (?:i )?(?:forgars|i gar morges)\b",
    # an illness that makes it dangerous ("han har hjerteproblemer", set W)
    r" (?:har|lider af) (?:\w+ )?(?:hjerte\w*|sukkersyge|diabet\w*|epilep\w*|kol|demen\w*)\b",
    # rung at the door for hours, the television on inside (set S)
    r" i (?:\w+ )?(?:to|tre|fire|flere|mange|par|2|3|4) timer\b| i timevis ",
    r" (?:tv|tv et|fjernsyn\w*|radio\w*) (?:\w+ ){0,2}(?:derinde|inde|korer|star pa|er taendt)\b",
)

# A bad burn ("brændt sig slemt på komfuret, huden er hvid og hænger i laser").
SEVERE_BURN = rx(
    r" (?:braendt|braendte|skoldet|skoldede) (?:sig|mig|ham|hende|dig) (?:\w+ )?(?:slemt|grimt|alvorligt|voldsomt|rigtig slemt)\b",
    r" hud\w* (?:\w+ ){0,4}(?:haenger i laser|forkullet|helt hvid|helt sort)\b",
    # scalded, the skin coming off ("kogende vand ud over benene og huden går af", set T)
    r" hud\w* (?:\w+ ){0,2}(?:gar af|falder af|er gaet af|gik af|skaller af)\b",
)

# Bleeding that does not stop, though pressed ("blødningen stopper ikke trods tryk").
BLEEDING_ON = re.compile(
    rf" (?:\w*blodning\w*|bloder|blodet|blod) (?:\w+ ){{0,8}}(?:stopper|standser|holder op) {NEG}"
    rf"| (?:\w*blodning\w*|bloder|blodet) (?:\w+ ){{0,8}}{CANNOT} (?:\w+ )?(?:stoppe|standse|stop)\b"
    rf"| \w*blodning\w* (?:\w+ ){{0,2}}(?:der|som) {NEG} (?:\w+ )?(?:stopper|standser|holder op)\b"
)

# A face gone crooked, a car called for ("ring efter en vogn, han er skæv i fjæset").
STROKE_SIGNS = rx(
    r" skaev\w* i (?:fjaeset|ansigtet|ansigt|munden|kaeften|hovedet|smilet)\b",
    r" (?:mund\w*|ansigt\w*|fjaes\w*) (?:\w+ ){0,3}(?:haenger|skaev\w*)\b",
    r" ring (?:nu |lige |dog )?efter en vogn ",
    r" har det (?:\w+ )?(?:darligt|skidt) i brystet ",
)


# Set R's classes. The assistant asked to call 1-1-2, or the phone out of reach ("kan du
# ringe 112, jeg kan ikke selv nå telefonen"): no question about what it can do.
ASK_TO_CALL = rx(
    r" (?:kan|ka|kunne|vil|ville|gider) du (?:ikke )?(?:lige |godt |hurtigt |venligst |please )?ringe"
    r" (?:\w+ )?(?:til |efter )?(?:112|am ?b[uo]lan\w*|falck\w*|alarmcentral\w*|en vogn)\b"
    r"(?! (?:\w+ ){0,3}hvis )",
)
PHONE_OUT_OF_REACH = rx(
    rf" {CANNOT} (?:selv )?(?:na|rakke|komme (?:hen )?til|fa fat i|na hen til|na op til)"
    r" (?:\w+ )?(?:telefon\w*|mobil\w*|nodkald\w*|nodkaldsknap\w*)\b",
)
# Speech gone wrong with a hand that will not hold, or begun minutes ago: a stroke's signs
# said in everyday words ("snakker usammenhængende og kan ikke holde på koppen").
GARBLED_SPEECH = rx(
    r" (?:snakker|taler|snakke|tale|siger) (?:\w+ ){0,2}(?:usammenhaengende|volapyk|vrovl\w*|sludder"
    r"|uforstaeligt|utydeligt|rodet|forvirret|noget vrovl)\b| vrovler | sludrer ",
)
STROKE_WITH = rx(
    rf" {CANNOT} (?:\w+ )?(?:holde|holde fast|gribe|lofte|fa fat) (?:pa |i |om )?(?:\w+ )?(?:\w*kop\w*|glas\w*"
    r"|gaffel\w*|gafl\w*|kniv\w*|ske\w*|tingene|ting|noget|pen\w*|avis\w*)\b",
    r" (?:startede|begyndte|kom|skete|opstod) (?:\w+ ){0,3}for (?:\w+ ){0,2}(?:min|minutter|minut|kvarter"
    r"|time|timer) siden\b| pludselig ",
)


# Set S's classes: someone sunk down; blood spurting; choking gone quiet or dark; the
# throat swelling after a sting; someone gone missing in the cold.
COLLAPSED = rx(
    r" (?:sunket|sank|synker|segnet|klasket|klaskede|faldet|faldt|falden) (?:\w+ ){0,2}sammen\b"
    r"(?! (?:\w+ )?(?:af grin|af latter|som en))",
)
SPURTING = rx(r" sprojte\w* (?:\w+ ){0,2}blod\b| blod\w* (?:\w+ ){0,3}sprojte\w*")
CHOKING_QUIET = rx(
    r" hoster (?:ikke|ik) (?:\w+ )?(?:mere|laengere)\b",
    r" (?:mork|morkt|lilla|blalilla) i (?:hovedet|ansigtet|laeberne|hele ansigtet)\b",
)
THROAT_SWELLING = rx(
    r" haev\w* (?:\w+ ){0,2}(?:halsen|tungen|svaelget)\b| (?:halsen|tungen|svaelget) (?:\w+ ){0,3}haev\w* op\b",
)
MISSING = rx(
    r" (?:er|blevet) (?:\w+ )?(?:forsvundet|vaek fra|gaet fra|stukket af|lobet (?:\w+ )?(?:vaek|hjemmefra|fra)"
    r"|vandret (?:\w+ )?(?:vaek|ud|hjemmefra))\b",
    r" (?:kan|ka) (?:ikke|ik) finde (?:ham|hende|mor|far|mormor|morfar|farmor|farfar|min mor|min far"
    r"|min mand|min kone)\b",
    # "er ikke på sin stue, sidst set kl 21" (set V)
    r" (?:er|var) (?:\w+ )?(?:ikke|ik) (?:pa|i) (?:sin|sit|hendes|hans) (?:stue|vaerelse|seng|lejlighed|bolig)\b",
    r" sidst set ",
    # "beboer m. demens gået fra afd. i nat, ikke fundet endnu" (set W)
    r" gaet fra (?:afd\w*|plejehjem\w*|plejecent\w*|bosted\w*|hjemmet|huset|stuen)\b",
    r" (?:ikke|ik) (?:blevet )?fundet (?:\w+ )?(?:endnu|igen)\b",
)
COLD = rx(
    r" det sner | sneen | frost\w* | minus ?grader | minus \d+ | isnende | bare skjorte ",
    r" (?:i|kun i) (?:natkjole|nattoj|pyjamas|hjemmesko|undertoj)\w* | uden (?:jakke|frakke|overtoj|sko) ",
    r" kun (?:\w+ )?(?:natkjole|nattoj|pyjamas|undertoj)\w* pa ",
)


# Set T's classes: sent for now, someone calling for help behind a door, a fire begun,
# someone not waking, missing with a risk (hours, dementia, diabetes, dark).
SEND_NOW = rx(
    r" send (?:nogen|en|folk|hjaelp|nogle) (?:\w+ )?(?:hurtigt|nu|straks|med det samme)\b"
)
CALLING_FOR_HELP = rx(
    r" (?:raber|rabte|skriger|skreg|kalder|kaldte) (?:\w+ ){0,2}(?:om |pa )hjaelp\b",
)
FIRE_BEGUN = rx(r" (?:begyndt|begynder|begyndte|startet|startede) (?:at )?braende\b(?! for)")
THIRD = rx(
    r" (?:han|hun|mor|far|min mand|min kone|mormor|morfar|farmor|farfar|borger\w*|bebo\w*|bebor\w*)\b"
)
NOT_WAKING = rx(
    rf" (?:vil|kan|ka) {NEG} (?:\w+ )?vagne\b(?! (?:\w+ ){{0,3}}(?:i morgen|igen|mere|op igen))"
)
MISSING_MORE = rx(
    r" (?:er|var) (?:\w+ )?ikke kommet hjem\b| mangler (?:\w+ ){0,2}siden\b",
    r" (?:kan|ka) (?:ikke|ik) finde (?:\w+ )?(?:ham|hende|mor|far|min mand|min kone|beboer\w*|bebor\w*)\b",
)
MISSING_RISK = rx(
    r" (?:\w+ )?timer siden | siden (?:kl|klokken) \d+ | demen\w* | dement\w* | sukkersyge | diabet\w* ",
    r" morkt | morke\w* | det fryser | bare tofler | i nat | koldt ",
    # gone from where she is cared for and not found (set 12's near class)
    r" plejehjem\w* | plejecent\w* | afdeling\w* | bosted\w* | aflastning\w* ",
)


# Set U's classes. An arm and a leg gone limp on one side, of a sudden ("min arm og mit
# ben i venstre side er pludselig helt slatne"): a stroke's sign.
ONE_SIDED = rx(
    r" (?:venstre|hojre) side\w* (?:\w+ ){0,5}(?:slap\w*|slatne|slatten|lam|lammet|lammede"
    r"|folelseslos\w*|sovet ind|vil (?:ikke|ik)|kan (?:ikke|ik))\b",
    r" (?:slap\w*|slatne|slatten|lam|lammet|lammede|folelseslos\w*) (?:\w+ ){0,5}(?:i )?(?:venstre|hojre)"
    r" side\b",
)
SUDDEN = rx(r" pludselig\w* | lige nu | med et | lige (?:her|nu) | for (?:lidt|et ojeblik) siden ")


# Set V's classes. Breath so short that a whole sentence will not come, the oxygen no
# longer helping ("ilten hjælper ikke og jeg kan ikke sige en hel sætning").
BREATH_GONE = rx(
    rf" {CANNOT} (?:\w+ ){{0,2}}(?:sige|tale|snakke|fa sagt) (?:\w+ ){{0,2}}(?:en hel|hele|i hele) saetning\w*",
    r" ilt(?:en|apparatet|flasken|koncentratoren)? (?:\w+ )?hjaelper (?:ikke|ik|ikke laengere|ikke mere)\b",
)
# A thing that fell down ("den gamle er faldet ned fra loftet", the smoke alarm): no one fell.
THING_FELL = rx(r" (?:den|det|de) (?:\w+ )?(?:er|var) (?:faldet|faldt) ned (?:fra|af) ")


# Set W's classes. A headache of a sudden, the worst ever ("så frygtelig ondt i hovedet
# lige pludselig, værre end nogensinde"): a bleed in the brain is feared.
HEADACHE = rx(r" ondt i (?:hovedet|hoved) | \w*hovedpine\w* ")
WORST_EVER = rx(
    r" vaerre end (?:\w+ )?(?:nogensinde|nogen sinde|jeg har provet)\b| vaerste (?:\w+ ){0,2}(?:nogensinde|i mit liv"
    r"|jeg har haft)\b| aldrig (?:\w+ )?(?:haft|havt) (?:\w+ )?(?:sa|saa) (?:\w+ )?ondt\b| som (?:et|en) (?:lyn|slag|hammer)\w* ",
)


# Set X's classes. Purple spots with a fever or drowsiness (meningitis, blood poisoning).
RASH = rx(
    r" (?:lilla|rode|mork\w*|bla\w*|sorte) (?:\w+ )?(?:prikker|pletter|plamager|blodpletter)\b"
)
RASH_DANGER = rx(
    r" skoldhed\w* | feber\w* | glodende | brandvarm | slov\w* | forvirret | uklar | svaer\w* at vaekke ",
)
# Clothes or hair caught fire ("ærmet fangede ild"), the skin white and hard after.
CAUGHT_FIRE = rx(
    r" (?:fangede|fanget|har fanget) ild\b",  # not "fik ild i brændeovnen": lit it
    r" (?:gik|gaet|er gaet) ild i (?:\w+ )?(?:aermet|toj\w*|haret|kjole\w*|bukser\w*|troje\w*|skjorte\w*|nattoj\w*)\b",
)
# Someone with a weapon who wants in or threatens.
WEAPON = rx(r" (?:med|har) (?:en |et )?(?:kniv|pistol|gevaer|vaben|okse|balltra|kolle|jernstang)\b")
THREAT = rx(
    r" vil ind | truer | truede | prover at komme ind | bryder ind | banker pa | star (?:\w+ ){0,3}(?:trappen|doren|udenfor|vinduet)\b",
)
# One side of the body strange of a sudden ("underligt i hele venstre side"): a stroke's sign.
ONE_SIDE = rx(r" (?:i )?(?:hele )?(?:venstre|hojre) (?:side|kropshalvdel)\b")
ONE_SIDE_ODD = rx(
    r" underlig\w* | maerkelig\w* | folelseslos\w* | slap\w* | sovet ind | lam\w* | tung\w* | dod\w* ",
)
# Gone from the care home on a scooter, searched for an hour ("kørt fra plejecentret").
GONE_FROM_CARE = rx(
    r" (?:er )?(?:kort|koert|gaet|cyklet|lobet|forsvundet) (?:\w+ )?fra (?:plejecent\w*|plejehjem\w*|afd\w*|bosted\w*"
    r"|aflastning\w*|dagcent\w*)\b",
    r" (?:har )?(?:ledt|sogt|letet) (?:\w+ ){0,2}i (?:en|to|tre|flere|over en|halvanden) (?:time|timer)\b",
)


# Set Y's classes. A relative not answering the phone since yesterday, the curtains still
# drawn; blood that pours out ("det vælter ud", the tea towel red through, "blod over hele
# badeværelset"); white as a sheet with a pain like a knife; the line gone quiet in the
# middle of a call; a chimney glowing and sparks from the roof; one pupil larger than the
# other; through the ice; a burnt smell for minutes and no one opens; the dog home alone,
# a husband gone since five; a citizen not home at the morning visit, with dementia.
NO_CONTACT = rx(
    rf" {NEG} (?:\w+ )?(?:taget|tager|svaret|svarer) (?:\w+ )?(?:pa )?(?:telefon\w*|mobil\w*|roret)"
    r" (?:\w+ )?siden (?:i gar|i forgars|i aftes|igar|\w+ dage|i \w+ dage)\b",
)
NO_CONTACT_SIGN = rx(
    r" gardin\w* (?:\w+ ){0,3}(?:trukket for|nede|rullet ned)\b| avis\w* (?:\w+ ){0,3}(?:ligger|staar|star|haenger)\b",
    rf" lukker {NEG} op | {NEG} lukker op | nabo\w* | bekymr\w* | ikke set \w+ ",
)
POURING = rx(
    r" (?:det|blodet) (?:\w+ )?(?:vaelter|fosser|strommer) (?:\w+ )?ud\b",
    r" (?:viskestykke\w*|handklaed\w*|klud\w*|forbinding\w*|plaster\w*|serviet\w*|kokkenrulle\w*) (?:\w+ ){0,3}"
    r"(?:helt |allerede |gennem ?)*(?:rodt|rod|gennemblodt|fuld af blod|gennemvaedet)\b",
    r" blod over (?:hele|det hele|alt)\b",
)
WOUND = rx(
    r" skar\w* | skaret | saar\w* | sar | flaekke\w* | blod\w* | bloder | kniv\w* | (?:slaet|slog) sig | glas\w* "
)
PALE = rx(
    r" (?:hvid|bleg|gra|graa) som (?:et |en )?(?:lagen|kalk|vaeggen|vaeg|spogelse|lig)\b| ligbleg\w* | kridhvid\w* | askegra\w* ",
)
PALE_WITH = rx(
    r" ondt | smerte\w* | kniv | jag\w* | tryk\w* | svimmel | svedig | kold ?sved\w* | besvim\w* | darlig\w* | utilpas ",
)
LINE_SILENT = rx(
    r" (?:blev|bliver|var|er) (?:der )?(?:\w+ ){0,2}stille i (?:roret|telefonen|den anden ende)\b",
    r" (?:roret|telefonen|forbindelsen) (?:blev|gik|er) (?:\w+ )?(?:stille|dod|tavs)\b",
)
UNWELL = rx(
    r" darlig\w* | skidt | ondt | svimmel | utilpas | faldet | faldt | hjaelp | syg | maerkelig\w* "
)
CHIMNEY = rx(
    r" skorstensbrand\w* | skorsten(?:en)? (?:\w+ ){0,2}(?:glo\w*|braender|star i (?:lys )?lue|flammer|gnister|ild)\b",
    r" gnister (?:\w+ ){0,4}(?:fra|op fra|ud af|ud fra|over) (?:\w+ )?(?:taget|skorsten\w*|tagrenden)\b",
)
PUPIL = rx(
    r" pupil\w* (?:\w+ ){0,5}(?:storre|mindre|forskellig\w*|ulige)\b| (?:forskellig\w*|ulige) (?:store )?pupil\w* ",
)
IN_THE_WATER = rx(
    r" (?:gaet|faldet|plumpet|braekket|kort|kortt|kommet) (?:\w+ ){0,2}(?:gennem|igennem|ned gennem|ned i) isen\b",
    r" (?:faldet|falder|faldt|gaet|glidet|gled|vaeltet|vaeltede) (?:\w+ )?(?:i|ned i|ud i) (?:vandet|soen|havnen|aen|aaen"
    r"|dammen|havet|kanalen|fjorden|gadekaeret|mosen)\b",
)
THING_IN_WATER = rx(
    r" (?:mobil\w*|telefon\w*|brille\w*|nogle\w*|bold\w*|horeapparat\w*|tegnebog\w*|hat\w*|kasket\w*|stok\w*) "
)
SMELT_BURNT = rx(r" lugtet (?:\w+ )?(?:braendt|af rog|rog|gas)\b")
NOT_OPENING = rx(
    rf" lukker {NEG} op | {NEG} lukker op | svarer {NEG} | {NEG} (?:abner|aabner)\b| (?:\w+ )?minutter "
)
DOG_HOME_ALONE = rx(
    r" hund\w* (?:\w+ ){0,3}(?:kommet|kom|staar|star) (?:\w+ )?hjem (?:\w+ )?(?:alene|uden (?:ham|hende|ejer\w*))\b",
)
SOMEONE_MISSED = rx(
    r" mangler (?:min|vores|mor|far) (?:\w+ )?(?:mand|kone|far|mor|mormor|morfar|farmor|farfar|nabo|son|datter)\b"
    r"(?! (?:\w+ ){0,4}(?:bort|dod|dode|savn\w*|hver dag))",
)
MISSED_SINCE = rx(r" (?:klokken|kl) \w+ | timer | i nat | morkt | i morges | siden ")
NOT_HOME_AT_VISIT = rx(
    rf" {NEG} hjemme (?:\w+ ){{0,3}}(?:\w*besog\w*|da vi kom|da jeg kom)\b",
)

# Set Z's classes, in the net's folded words.
# On the floor and the legs will not carry one up; "gået i gulvet" (fallen).
FLOOR_NO_LEGS = rx(
    rf" (?:ben|benet|benene|bena|bentoejet) (?:\w+ )?(?:vil|kan|ka) {NEG} (?:\w+ )?(?:baere|bare|holde)"
    r" (?:mig|ham|hende)\b(?= (?:\w+ ){0,2}op\b)",
    r" (?:gaet|gaaet|gik|ramlet|ramlede|dumpet|dumpede) (?:\w+ )?i (?:gulvet|jorden)\b",
)
ON_THE_FLOOR = rx(r" (?:sidder|sad|ligger|laa|la) (?:\w+ ){0,3}pa (?:\w*gulvet|\w*gulv)\b")
# Stroke signs said as a relative sees them: a crooked mouth, speech as if drunk, a text
# message of jumbled letters.
CROOKED = rx(
    r" skaev\w* (?:i )?(?:mund\w*|ansigt\w*)| (?:mund\w*|ansigt\w*) (?:\w+ ){0,3}(?:skaev\w*|hael\w*)\b",
    r" (?:taler|snakker|lyder) (?:\w+ )?som om (?:\w+ ){0,3}(?:fuld|beruset|drukket|har faet for meget)\b",
    r" (?:sms\w*|besked\w*|mail\w*) (?:\w+ ){0,6}(?:hulter til bulter|volapyk|uforstaa?elig\w*|ingen mening|bare bogstaver"
    r"|rent vrovl|sludder)\b",
)
# A seizure that goes on, rescue medicine that did not help.
SEIZURE = rx(
    r" kramp(?:et|ede|er) (?:\w+ ){0,2}i (?:\d+|\w+) (?:min|minutter)\b",
    r" (?:buccolam|stesolid|midazolam)\w* (?:\w+ ){0,3}(?:uden (?:\w+ )?effekt|virker (?:ikke|ik)|hjalp (?:ikke|ik))\b",
)
# Someone who does not answer through the door, an alarm gone off and no way in,
# someone heard calling inside who does not open.
AT_THE_DOOR = rx(
    rf" svarer {NEG} (?:\w+ ){{0,2}}(?:gennem|igennem|bag|inde bag|indefra) (?:\w+ )?(?:doren|doeren|dor)\b",
    r" (?:hore|hor|horer|horte|kan hore) (?:\w+ ){0,3}(?:kalde|rabe|raabe|jamre|stonne|klynke|kald)\w* (?:\w+ ){0,4}"
    r"(?:bag|inde bag|indenfor|gennem|derinde) ",
    rf" (?:nodkald\w*|alarm\w*|kaldet|faldalarm\w*) (?:\w+ ){{0,2}}(?:er gaet|er gaaet|gik|gaet|har kaldt)\b"
    rf"(?= (?:\w+ ){{0,12}}(?:{CANNOT} (?:\w+ )?komme ind|svarer {NEG}|lukker {NEG} op))",
)
# A watch or an alarm that has sent word of a fall, and the phone not answered.
ALERT_SENT = rx(
    r" (?:ur|uret|\w*alarm\w*|sensor\w*|\w*armband\w*|nodkald\w*|app\w*) (?:\w+ ){0,8}(?:sendt|sender|sendte|givet|gav|slaet|slog)"
    r" (?:\w+ ){0,4}(?:besked|alarm\w*|signal)\b",
    r" (?:ur\w*|alarm\w*|sensor\w*) (?:\w+ ){0,3}(?:er gaet|gik|har kaldt|ringer|ringede)\b",
)
PHONE_UNANSWERED = rx(
    rf" (?:tager|taget|tog) (?:\w+ )?{NEG} (?:\w+ )?(?:telefon\w*|mobil\w*|roret)| {NEG} (?:\w+ )?(?:tager|taget) (?:\w+ )?telefon\w*",
    rf" svarer {NEG} (?:\w+ )?(?:pa|i) (?:telefon\w*|mobil\w*)\b",
)
NO_WORD_SINCE = rx(
    rf" {NEG} (?:\w+ )?(?:hort|horte|hoert) (?:noget |et ord )?fra (?:\w+ ){{0,2}}siden (?:\w+ ){{0,2}}\w+",
)
HEAPED_UP = rx(r" hober sig op | (?:ligger|star|staar) (?:\w+ )?(?:i|pa) (?:\w+ )?stak\w* ")
# A fall and after it: no memory of it, vomiting (signs after a blow to the head).
AFTER_A_FALL = rx(
    rf" {CANNOT} (?:\w+ )?huske (?:hvad der (?:skete|er sket)|noget|at (?:hun|han|jeg) faldt)\b",
    r" (?:kastet|kaster|kastede|braekket|braekker) (?:\w+ )?op | har braekket sig ",
)
# Lying still on the floor, seen on a camera from afar.
STILL_ON_FLOOR = rx(
    r" ligg\w* (?:\w+ ){0,3}pa (?:\w*gulvet|\w*gulv|jorden) (?:\w+ ){0,5}(?:uden at (?:rore|bevaege) sig|i (?:en|to|tre|flere) time\w*)\b",
    r" (?:ligget|ligger|laa|la) (?:\w+ ){0,6}uden at (?:rore|bevaege) sig\b",
)
# A belly hard as a board; a leg gone cold and white.
BOARD = rx(
    r" (?:mave\w*) (?:\w+ ){0,2}(?:hard|haard|stiv) som (?:et |en )?(?:braet|sten)\b",
    r" (?:ben\w*|arm\w*|fod|foden|hand|haand|handen|haanden) (?:\w+ ){0,3}(?:kold|koldt|kolde) og (?:hvid\w*|bleg\w*|bla\w*)\b",
)
# No contact with someone beside one: they mumble, say nothing, their eyes strange.
NO_CONTACT_WITH = rx(
    rf" {CANNOT} (?:\w+ ){{0,2}}(?:fa|opna) (?:\w+ )?kontakt (?:med|til) (?:ham|hende|min (?:mand|kone|mor|far|nabo)|mor|far)\b",
)
EYES_STRANGE = rx(
    r" (?:ojne\w*|oejne\w*|ojnene|blik\w*) (?:\w+ ){0,3}(?:maerkelig\w*|underlig\w*|stive|stift|tomme|tomt|glasagtig\w*|ruller\w*)\b",
)
SAYS_NOTHING = rx(
    rf" {NEG} (?:\w+ )?sagt (?:noget|et ord)\b| siger {NEG} (?:noget|et ord)\b| mumler\w* | reagerer {NEG} ",
)

# Set Æ's classes, in the net's folded words.
# Pain or burning that runs out into the left arm or shoulder, the jaw: the heart.
PAIN_SPREADING = rx(
    r" (?:ondt|smerte\w*|svier|braender|trykker|straaler|straler|jager|stikker|klemmer) (?:\w+ ){0,6}"
    r"(?:ud|op|ned|over) i (?:den |min |hans |hendes )?(?:venstre (?:arm|skulder|side)|kaeben|kaebe)\b",
)
# Speech that will not come, said through a recogniser that split the words ("ta le or
# dent ligt or dene de kom mer ik"): read with the spaces gone.
SPEECH_SQUASHED = re.compile(
    r"kan(?:ikke|ik)(?:rigtig|rigtigt)?(?:tale|snakke)(?:ordentlig|tydelig|rigtig)"
    r"|ordene(?:de|han|hun)?(?:kom|kommer)(?:mer)?(?:ikke|ik)|kan(?:ikke|ik)(?:finde|fa)ordene"
)
# A voice gone slurred; sounding drunk while never drinking.
SLURRED = rx(
    r" (?:stemme\w*|tale\w*) (?:\w+ ){0,3}(?:slor\w*|snovl\w*|grodet|utydelig\w*)\b",
    r" (?:lyder|virker|taler|snakker) (?:\w+ ){0,2}(?:fuld|beruset|plorefuld)\b(?= (?:\w+ ){0,6}(?:drikker|drak) (?:\w+ )?(?:slet |jo |aldrig |ikke|ik))",
)
# Signs at the door that something is wrong: water or light or the radio going, the
# post not taken in.
DOOR_SIGN = rx(
    r" (?:vand|lys|radio\w*|tv|fjernsyn\w*) (?:\w+ ){0,4}(?:ud |ud under |under |fra )(?:\w+ )?(?:dor\w*|hoveddor\w*)\b",
)
DOES_NOT_OPEN = rx(r" (?:abner|aabner|lukker) (?:\w+ )?(?:ikke|ik)\b| svarer (?:ikke|ik)\b")
# A smoke alarm going off with someone confused, coughing or not getting out.
SMOKE_ALARM = rx(
    r" (?:rog|brand)alarm\w* (?:\w+ ){0,3}(?:hyler|bipper|piber|larmer|er gaet|gik|ringer)\b| hyler (?:\w+ )?(?:en |et )?(?:rog|brand)alarm\w* "
)
SMOKE_VICTIM = rx(
    r" forvirret | hoster | host\w* | kan (?:ikke|ik) (?:komme|finde) ud | svarer (?:ikke|ik) "
)
# Calling from the floor; falling out of a video call and not answering.
FROM_THE_FLOOR = rx(
    r" (?:ringede|ringer|ringet|rabte|raabte|kaldte|kalder) (?:\w+ ){0,4}(?:nede )?fra (?:\w*gulvet|jorden)\b",
    r" (?:faldt|falder|gled|forsvandt) (?:\w+ ){0,2}ud af billedet\b(?= (?:\w+ ){0,12}svarer (?:\w+ )?(?:ikke|ik))",
)
# An alarm pressed and no answer, the door locked from inside.
PRESSED_NO_ANSWER = rx(
    r" (?:trykket|trykkede|trykker|aktiveret) (?:\w+ )?(?:pa )?(?:\w*nodkald\w*|\w*alarm\w*)\b"
    r"(?= (?:\w+ ){0,8}(?:ingen svar|svarer (?:ikke|ik)|last indefra|laast indefra|kaede\w*))",
)
# Vomiting what looks like coffee grounds, or blood: bleeding inside.
INNER_BLEEDING = rx(r" \w*kaffegrums\w* | kaster (?:\w+ )?blod (?:\w+ )?op | blod\w* opkast\w* ")
# The left or right side that cannot be made to move.
SIDE_WONT_MOVE = rx(
    rf" {CANNOT} (?:\w+ ){{0,2}}(?:fa|bevaege|rore|lofte|styre) (?:\w+ )?(?:min |mit |hans |hendes |sin |sit )?(?:venstre|hojre) (?:side|arm|ben|hand|haand|fod)\b",
)

# Set Ø's classes, in the net's folded words.
# Found cold on the floor, hard to wake.
HARD_TO_WAKE = rx(
    r" (?:svaert|svart|svaer|svar|daarligt|darligt) (?:\w+ )?(?:vaekbar|vaekke\w*|at vaekke)\b"
)
# A pacemaker or defibrillator that has given shocks.
SHOCKS = rx(
    r" (?:pacemaker\w*|icd\w*|hjertestarter\w*|defibrillator\w*) (?:\w+ ){0,8}(?:stod|stodet|stodene)\b",
    r" (?:givet|gav|giver|faet|fik) (?:mig|ham|hende) (?:\w+ ){0,2}stod\b(?= (?:\w+ ){0,6}(?:halv time|time|minut\w*|i dag|i nat|nu))",
)
# Someone with dementia not home, out in the cold.
OUT_IN_THE_COLD = rx(
    r" (?:ikke kommet hjem|ikke vendt tilbage|vaek siden|forsvundet|gaet|gaaet) (?:\w+ ){0,8}(?:\d+ grader|frost\w*|sne\w*|tofler|toffel\w*|kulde\w*|koldt|is\w*)\b",
    r" (?:\d+ grader|frost\w*|sne\w*|tofler|kulde\w*) (?:\w+ ){0,8}(?:ikke kommet hjem|vaek siden|forsvundet)\b",
)
# A blow to the head on blood thinners, then sleepy or vomiting.
THINNED_HEAD = rx(r" (?:marevan|eliquis|xarelto|pradaxa|lixiana|warfarin|blodfortynd\w*)\b")
THINNED_HEAD_SIGN = rx(
    r" (?:sovnig|sovning|sloj|slov|forvirret|kastet op|kaster op|braekket sig|hovedpine)\b"
)
# A threat to one's life at the door.
THREATENED = rx(
    r" (?:sla|slaa|slar|slaar|draebe|draeber|myrde|myrder) (?:\w+ )?(?:mig|os|hende|ham) (?:\w+ )?ihjel\b",
)
THREAT_PRESENT = rx(
    r" (?:sparker|hamrer|banker|raber|raaber|truer|star|staar|udenfor|doren|doeren)\b"
)
# A button battery swallowed: acute (burns inside), as well as poison.
BATTERY = rx(
    r" (?:knap ?batteri\w*|knapcelle\w*|(?:runde|lille|lille runde|smaa|sma) batteri\w*) (?:\w+ ){0,6}(?:slugt|i munden|munden|savler|vaek)\b",
    r" (?:slugt|puttet) (?:\w+ ){0,4}(?:knap ?batteri\w*|knapcelle\w*|batteri\w*)\b",
)
# Words that did not hang together, said of a sudden.
WORDS_WRONG = rx(
    r" ord (?:der|som) (?:ikke|ik) (?:hang|haenger|haengte) sammen\b| (?:noget|ord) helt forkert\b(?= (?:\w+ ){0,8}(?:pludselig|lagde pa))| pludselig (?:\w+ ){0,3}(?:noget|ord) helt forkert"
)
# An alarm pressed and no way in, someone calling inside.
NO_WAY_IN = rx(
    r" (?:trykket|trykkede|aktiveret) (?:\w+ )?(?:pa )?(?:\w*nodkald\w*|\w*alarm\w*)\b(?= (?:\w+ ){0,10}(?:kan (?:ikke|ik) komme ind|raber|raaber|kalder))",
)
# Fallen long ago and only now reached the phone; the line cut.
FALLEN_LONG = rx(
    r" (?:faldet|faldt|ligget|ligger) (?:\w+ ){0,2}for (?:et dogn|et dagn|\w+ timer|mange timer|hele natten|i gar) siden\b",
    r" (?:faldet|faldt) (?:\w+ ){0,6}(?:forbindelsen (?:blev )?afbrudt|lagt pa)\b",
)
# Blood in the catheter bag, grey and drowsy.
CATHETER_BLOOD = rx(
    r" (?:kun |bare )?blod i (?:\w*kateter\w*|\w*posen|urinposen)\b(?= (?:\w+ ){0,8}(?:gra|graa|slov|bleg|sloj|klam))"
)
# Not opened for a visitor, the car there, the phone not taken.
NOT_OPENED_FOR = rx(r" (?:ikke|ik) (?:abnet|aabnet|lukket op|aabnede|abnede) for (?:\w+ ){0,2}\w+")
# Stuck in bed, nothing to drink since yesterday.
NOTHING_TO_DRINK = rx(
    r" (?:ikke faet|intet faet|ingenting faet) (?:noget )?(?:at )?(?:drikke|spise) (?:\w+ )?siden (?:i gar|i morges|i nat|\w+dag)\b",
)
STUCK_IN_BED = rx(r" (?:ud over sengekanten|ud af sengen|op af sengen|op fra sengen)\b")
# A pulse of thirty and dizzy or blacking out.
SLOW_PULSE = rx(
    r" puls\w* (?:\w+ ){0,2}(?:er |pa |var |paa )?(?:[1-3]\d)\b(?! (?:ar|aar|grader|procent|kilo))"
)
SLOW_PULSE_SIGN = rx(r" svimmel | sort for (?:mine )?ojne\w* | besvim\w* | sortner ")

# Set Å's classes.
# A blow to the head told as what just happened, then double sight or vomiting now.
HEAD_NOW = rx(
    r" (?:slaet|slog|slar|stodt|stodte) (?:\w+ ){0,2}(?:hovedet|hoved|panden|baghovedet)\b"
    r"(?= (?:\w+ ){0,8}(?:nu|siden) (?:\w+ ){0,4}(?:ser (?:\w+ )?dobbelt|kast\w* op|kaster (?:\w+ )?op"
    r"|braekk\w*|sloj|slov\w*|forvirret|omtaget|doser|uklar)\b)",
)
# Breathing not seen, heard or felt in someone else.
NO_BREATH_SEEN = rx(
    rf" {CANNOT} (?:\w+ )?(?:se|hore|hoere|maerke|fole|foele) (?:\w+ ){{0,2}}(?:at|om) (?:han|hun|hu|de|mor|far"
    r"|min \w+|borgeren|\w+) (?:\w+ )?(?:(?:traekker|trakker) (?:\w+ )?(?:vejret|vejr|veret)|ander|aander)\b",
    rf" tror {NEG} (?:at )?(?:han|hun|hu|mor|far|borgeren) (?:\w+ )?(?:traekker vejret|ander|aander)\b",
)
# Someone who said on the phone that they lay on the floor.
REPORTED_FLOOR = rx(
    r" (?:sagde|siger|fortalte|fortaeller|rabte|raber|raabte) (?:\w+ ){0,3}(?:at )?(?:hun|han|hu|de|mor|far)"
    r" (?:la|laa|ligger|har ligget|havde ligget) (?:\w+ ){0,2}(?:pa|paa) (?:\w+ )?(?:gulvet|gulv|jorden|fliserne"
    r"|trappen|badevaerelse\w*|\w+gulvet)\b",
)
# A call from someone unwell that was cut or put down, or not taken after.
CALL_CUT = rx(
    r" forbindelsen (?:\w+ )?(?:blev |var |er |gik )?(?:afbrudt|tabt|vaek|dod|doed)\b",
    r" lagde (?:hun|han|hu|mor|far) (?:\w+ )?pa\b| (?:hun|han|hu) lagde (?:\w+ )?pa\b",
)
CALL_UNWELL = rx(
    r" forvirret | klam\w* | kaster (?:\w+ )?op | kastet op | (?:la|laa|ligger) (?:\w+ ){0,2}pa (?:\w+ )?gulvet"
    r" | svimmel | uklar | sloret | utydelig | maerkelig\w* | underlig\w* | faldet | faldt | ikke vejret ",
)
# An alarm gone off (a bed or fall alarm, a sensor) and no answer.
ALARM_WENT = rx(
    r" \w*(?:alarm|sensor|nodkald)\w* (?:\w+ ){0,3}(?:har|er) (?:\w+ ){0,2}(?:gaet|gaaet|lydt|bippet|kaldt"
    r"|ringet|udlost|udloest|sendt)\b(?! i stykker| ud\b| tabt)",
    r" \w*(?:alarm|sensor)\w* (?:\w+ ){0,3}(?:bippede|kaldte|sendte|hylede|gik) (?!i stykker|ud\b)",
)
NO_ANSWER = rx(
    rf" (?:svarer|svarede|reagerer|reagerede) {NEG}\b(?! (?:\w+ )?(?:pa|i) (?:sms\w*|mail\w*|besked\w*|brev\w*))",
    rf" (?:tager|tog) (?:hun|han|hu|de|mor|far)? ?(?:\w+ )?(?:den|telefonen|mobilen|roret) {NEG}\b",
)
# A blood sugar low (an alarm, a sensor, "hypo") and no answer.
SUGAR_LOW = rx(
    r" (?:lavt|lav|faldende|for lavt) (?:\w+ )?\w*blodsukker\w*| \w*blodsukker\w* (?:\w+ ){0,3}(?:lavt|i bund|for lavt"
    r"|under [1-3])\b| hypo\w* | foling\w* ",
    r" (?:\w*maler\w*|\w*maaler\w*|sensor\w*|app\w*) (?:\w+ ){0,3}(?:skriver|viser|siger|star|staar|blinker) (?:\w+ )?(?:bare |kun )?(?:lo|low)\b",
)
# Cannot get in, and someone inside calls, has fallen or does not answer.
NO_ENTRY = rx(
    rf" (?:kommer {NEG}|{CANNOT} (?:\w+ )?komme) (?:\w+ )?ind\b(?= (?:\w+ ){{0,16}}(?:raber|rabte|raaber|kalder"
    rf"|kaldte|jamrer|stonner|svarer {NEG}|(?:han|hun|hu|mor|far|borgeren|beboeren) (?:\w+ ){{0,2}}(?:faldet|faldt)"
    r"|ligger (?:\w+ ){0,3}(?:pa|paa) (?:\w+ )?(?:gulv\w*|jorden|trappen)))",
)
# Fire, as a recogniser or a hurried hand writes it ("der er brænd i køkkenet").
FIRE_SAID = rx(
    r" (?:der er|det er) (?:\w+ )?braend (?:i|pa|ude)\b| braend i (?:kokken\w*|huset|stuen|lejlighed\w*|gryde\w*"
    r"|pande\w*|ovn\w*|gardin\w*)\b",
)
# Pain or pressure running out into the arm, the jaw or up the throat, with a sign of
# the heart beside it (pressure, cold sweat, vomiting).
RADIATING = rx(
    r" (?:straaler|straler|jager|trykker|klemmer|smerte\w*|ondt) (?:\w+ ){0,4}(?:ud|ned|op) i (?:den |min |hans"
    r" |hendes |venstre |hojre )?(?:arm|armen|armene|skulder\w*|kaebe\w*|kaeben|halsen)\b",
)
HEART_SIGN = rx(
    r" trykken | trykker | klemmer | brystet | bryst | klam\w* | koldsved\w* | sveder | svedig | kaster (?:\w+ )?op"
    r" | kastet op | kvalme | forpustet | hjertet ",
)
# Breath hard to get ("a ka dårligt få vejret"), the heart named with its pressure.
BREATH_HARDLY = rx(
    rf" {CAN} (?:\w+ )?(?:darligt|daarligt|naesten {NEG}|knap|knap nok|ikke rigtig) (?:\w+ )?(?:fa|faa|traekke"
    rf"|trakke) (?:\w+ )?{BREATH}\b",
)
HEART_SAID = rx(
    r" (?:tror|tror at|tror nok|bange for at|mon) det er (?:hjertet|et hjerteanfald|en blodprop)\b"
    r"(?= (?:\w+ ){0,6}(?:trykker|klemmer|gor ondt|smerter|jager|strammer))",
)


# Blood that comes in pulses or spurts out of a wound, or a lot of it ("blod kommer meget
# og pulserende fra håndled", set AN); not the blood one feels pulse in the ears.
BLEEDING_HEAVY = rx(
    r" (?:blod\w*|bloder|bloede\w*|blodning\w*|det) (?:\w+ ){0,4}(?:pulser\w*|i stod|i stode|i straler"
    r"|i en strale|i strale|stodvis|i pulser|i sprojt)\b(?= (?:\w+ ){0,3}(?:fra|ud af|ud gennem|ud(?! i)|af saret)\b)",
    r" (?:pulser\w*|stodvis\w*|sprojtende|pumpende|voldsom\w*|kraftig\w*) (?:\w+ )?blodning\w*",
    r" blod\w* (?:kommer|lober|loeber|flyder|siver|vaelder|driver|drypper) (?:\w+ )?(?:meget|voldsomt|kraftigt"
    r"|vildt|helt vildt|i stride strommer|i litervis)\b",
)

# -- set AP (2026-12-07) ------------------------------------------------------------------
# Gas smelt in the home, in any tense and with a word or more between ("det lugter helt
# vildt af gas", "komfuret har lugtet af gas hele morgenen"): acute (1-1-2: leave, no
# sparks), as well as the poisoning its signs add.
GAS_SMELL = rx(
    r" (?:lugter|lugtet|lugtede|lugt|lugte|stank|stinker|stinket|dufter|duftede) (?:\w+ ){0,4}(?:af |til )?gas\b"
    r"(?! ?(?:regning\w*|pris\w*|selskab\w*|maaler\w*|maler\w*|flaske\w*)\b)",
    r" (?:gas ?lugt\w*|lugt\w* af gas) ",
)
# Bleeding that cannot be stopped ("blod kommer hele tiden og jeg kan ikke stoppe det",
# "det vil ikke holde op med at bløde"): acute.
BLEEDING_UNSTOPPED = rx(
    r" (?:blod\w*|bloder|blodte|bloede\w*|blodning\w*|skaret|skar|snittet|flaenge\w*|flaekket|saret|saaret)"
    rf" (?:\w+ ){{0,10}}(?:kan|kunne|ka) {NEG} (?:\w+ ){{0,2}}(?:stoppe|standse|stande|stoppet|standset|stille)"
    r"\b(?! med\b)(?! (?:\w+ )?(?:at grine|grinet|hosten|snakken))",
    rf" (?:vil|ville) {NEG} (?:holde op|stoppe|stop|standse|holde inde) (?:med )?(?:at )?(?:blode|blo)\b",
    rf" (?:holder|holdt) {NEG} op med at (?:blode|blo)\b| (?:bliver|blev) ved (?:med )?at (?:blode|blo)\b",
    r" blodning\w* (?:\w+ )?(?:stopper|standser|vil) (?:ikke|ik)\b",
)
# Stridor, not said to be absent ("stridor", not "ingen stridor", "obs for stridor"), and
# a face or lips swollen with the breath whistling or short: acute (the airway).
STRIDOR = rx(
    r"(?<!ingen)(?<!ikke)(?<! ej)(?<!uden)(?<! neg)(?<! for)(?<! obs)(?<! tidl) stridor\w*"
    r"(?! (?:nej|neg|ikke|ingen|0|negativ)\b)",
    r" (?:haevet|haevede|hoven\w*|opsvulm\w*|svulmet|haevelse\w*) (?:\w+ ){0,4}(?:ansigt\w*|laebe\w*|laeber\w*"
    r"|tunge\w*|ojne\w*|oje\w*|hals\w*) (?:\w+ ){0,8}(?:hvaes\w*|piber|pibende|pibelyd\w*|andenod|aandenod"
    r"|svaert ved at (?:traekke vejret|synke|fa luft|faa luft)|kan (?:ikke|ik) (?:synke|fa luft|traekke vejret))\b",
)
# A staff note of a stroke's signs: a drooping mouth corner beside speech gone wrong or
# "pludselig" ("pludselig hængende mundvig hø. side + taleforstyrrelse").
MOUTH_DROOPING = rx(r" (?:haengende|hangende|faldende|skaev\w*|slap|slappe) mundvig\w*\b")
STROKE_BESIDE = rx(
    r" tale ?forstyr\w*| tale ?besvaer\w*| afasi\w*| dysartri\w*| utydelig tale| sloret tale| snovl\w*",
    r" pludselig\w* | akut opstaet\w* | debut ",
)


# -- set AS (2026-12-07) ------------------------------------------------------------------
# On the floor, and the relative cannot get them up ("har prøvet at hjælpe ham op flere
# gange men vi kan ikke"), however they play it down ("han siger selv han er ok").
NOT_GOT_UP = rx(
    r" (?:provet|proevet|forsogt|forsoegt|provede|forsogte|prover|forsoger) (?:at |a )?(?:hjaelpe|fa|faa|traekke"
    r"|lofte|loefte|hive|rejse|baere) (?:ham|hende|mor|far|min mand|min kone|manden|konen|\w+) (?:op )?(?:\w+ ){0,4}"
    r"(?:men|og) (?:vi|jeg|a|hun|han|de|det) (?:\w+ )?(?:kan|ka|kunne|ku|magter|orker|lykkes|lykkedes|gar|gik)"
    r" (?:\w+ )?(?:ikke|ik|it|ikk)\b",
    r" (?:kan|ka|kunne|ku) (?:\w+ )?(?:ikke|ik|it|ikk) (?:fa|faa|lofte|loefte|hive|traekke|hjaelpe) (?:ham|hende|mor"
    r"|far|min mand|min kone) (?:\w+ )?op\b",
)
# On a floor, in any room ("siddet på toiletgulvet").
ANY_FLOOR = rx(r" \w*gulv(?:et)? ")


# -- set AT (2026-12-07) ------------------------------------------------------------------
# Motionless and not responding, seen on a camera or heard through a speaker ("sidder
# helt ubevægelig ... han reagerer ikke når jeg råber gennem højttaleren"): the device
# words that doubt "svarer ikke" are how it was seen, not who does not answer.
MOTIONLESS_NOT_RESPONDING = rx(
    r" (?:ubevaegelig\w*|bevaeger (?:\w+ )?(?:sig )?(?:ikke|ik)|rorer (?:\w+ )?(?:sig )?(?:ikke|ik)|helt stille|livlos\w*)\b(?: \w+){0,16}?"
    r" (?:reagerer|reagere|svarer|svare|reagerede|svarede) (?:\w+ )?(?:ikke|ik|it|ikk)\b",
    r" (?:reagerer|reagere|svarer|svare|reagerede|svarede) (?:\w+ )?(?:ikke|ik|it|ikk)\b(?: \w+){0,16}?"
    r" (?:ubevaegelig\w*|bevaeger (?:\w+ )?(?:sig )?(?:ikke|ik)|rorer (?:\w+ )?(?:sig )?(?:ikke|ik)|livlos\w*)",
)
# Cannot rise from a floor, in second-language Danish ("kan ikke rejse fra gulv"), however
# played down after ("men ikke så slemt").
CANNOT_RISE_FROM_FLOOR = rx(
    r" (?:kan|ka|kunne|ku) (?:\w+ )?(?:ikke|ik|it|ikk) (?:rejse|rejs|sta|staa|komme|kom|stige) (?:mig |sig |mae |op )*"
    r"(?:fra|af|op fra|op af) (?:det |den )?\w*gulv(?:et)?\b",
)
# Stroke signs in clinical shorthand with a recent debut ("Facialisparese ve. side +
# dysartri, debut ca 30 min siden").
STROKE_CLINICAL = rx(
    r" (?:facialis ?parese|facialisparese|hemiparese|hemiplegi|dysartri|afasi|parese|faciale? ?asymmetri)\w*",
)
STROKE_RECENT = rx(
    r" debut\w* (?:\w+ ){0,2}(?:ca |cirka |for |kl )?(?:\d+|en|et|en halv|halv) (?:min\w*|t|time|timer|timers)\b",
    r" (?:ca |cirka )?\d+ (?:min\w*|t|time|timer) siden\b",
    r" (?:nyopstaet|nyt?opstaet|akut opstaet|pludselig\w*|opstaet (?:i dag|i morges|i nat|nu|lige))\b",
    r" debut (?:i dag|i morges|i nat|i aftes|nu|kl)\b",
)
# "ring 112" with an address, even after a phone that does not connect ("Kan ikke få
# forbindelse på min mobil, ring 112 til Søndergade 8 st. tv.").
CALL_TO_ADDRESS = rx(
    r" ring (?:\w+ )?(?:112|1 1 2|en en to|et hundrede og tolv|efter (?:en )?ambulance\w*|en ambulance)"
    r"(?: \w+){0,3}? (?:til|pa|paa|ud til) \w*(?:vej|gade|alle|straede|plads|vaenge\w*|vaenget|parken|torv\w*"
    r"|bakke\w*|have|haven|park|sti\w*|boulevard) \d+",
)


# -- set AU (2026-12-07) ------------------------------------------------------------------
# Someone who cannot be got to answer and just sits or lies staring ("jeg kan ikke få
# mormor til at svare, hun sidder bare i stolen og kigger"): not a phone unanswered.
_NO_ANSWER_GOT = (
    r" (?:kan|ka|kunne|ku) (?:\w+ )?(?:ikke|ik|it|ikk) (?:fa|faa) (?:\w+ ){1,3}til at (?:svare|reagere|sige noget"
    r"|tale|snakke|kigge pa mig)\b"
)
_STARING = (
    r" (?:sidder|ligger|star|staar|sad|la) (?:bare |kun |helt |stille |der )*(?:\w+ ){0,4}(?:og|ag) (?:bare )?"
    r"(?:kigger|kigge|stirrer|stirre|glor|glo|ser ud i luften|ser tomt)\b"
    r"| (?:stirrer|kigger|glor) (?:bare )?(?:tomt|ud i luften|ud i ingenting|lige frem|ind i vaeggen)\b"
)
NOT_GOT_TO_ANSWER_STARING = rx(
    rf"{_NO_ANSWER_GOT}(?=(?: \w+){{0,12}}?(?:{_STARING}))",
    rf"(?:{_STARING})(?: \w+){{0,12}}?{_NO_ANSWER_GOT}",
)
# The chest pressing or squeezing, said in fragments, with cold sweat or nausea beside it
# ("trykker brystet øh kold sved kvalme"): acute, not just unwell.
_CHEST_PRESSED = (
    r" (?:trykker|trykken|tryk|trykkende|presser|pres|klemmer|klemmen|snorer|strammer|ondt|smerte\w*)"
    r" (?:sig )?(?:sammen )?(?:i |pa |for |over |om )?(?:\w+ )?bryst\w*\b| bryst\w* (?:\w+ )?(?:trykker|trykken|tryk|presser|klemmer|snorer|strammer"
    r"|ondt|gor ondt|smerter)\b"
)
_SWEAT_OR_SICK = r" (?:kold ?sved\w*|koldsved\w*|klam ?sved\w*|sveder|svedig|klam|klamtsvedig|kvalme\w*|kaster op|brakker)\b"
CHEST_WITH_SWEAT = rx(
    rf"(?:{_CHEST_PRESSED})(?=(?: \w+){{0,8}}?{_SWEAT_OR_SICK})",
    rf"{_SWEAT_OR_SICK}(?: \w+){{0,8}}?(?:{_CHEST_PRESSED})",
)

# -- set AV (2026-12-07) ------------------------------------------------------------------
# Words gone all of a sudden (a stroke sign): the words not found, and the tongue that
# will not, "pludselig" or "hvad er der med mig" beside it ("ja ka ente finde ordene ...
# tungen vil ikke"). Words not found to thank someone are no sign.
WORDS_GONE = rx(
    rf" {CANNOT} (?:\w+ )?(?:finde|fa fat i|faa fat i|komme pa|komme paa|fa fat pa) (?:de rigtige |mine |nogen )?"
    r"(?:ord|ordene)\b(?! (?:\w+ )?(?:for|til at|der kan|som kan|pa hvor|paa hvor|til hvor))",
)
WORDS_GONE_SUDDEN = rx(
    r" tungen (?:\w+ ){0,2}(?:ikke vil|vil ikke|vil ente|ente vil|lystrer ikke|adlyder ikke|er tung|sidder fast)\b",
    r" (?:lige )?pludselig | hvad er der (?:galt )?med (?:mig|mae|ham|hende) | hvad sker der (?:med (?:mig|mae) )?",
    r" munden (?:\w+ ){0,2}(?:ikke vil|vil ikke|haenger)\b| snovler\b| taler (?:sloret|utydeligt|mærkeligt)\b",
)


# Set AW: an ambulance asked for someone elsewhere ("hvordan får jeg en ambulance ud til
# min mor i Thisted"); an alarm that called with nothing said when one rings back.
AMBULANCE_TO_SOMEONE = rx(
    r" (?:hvordan|hvorda|hvor|kan) (?:far|faar|skaffer|bestiller|sender|ringer) (?:jeg|man|vi|du) (?:\w+ )?"
    r"(?:en )?ambulance\w* (?:\w+ )?(?:ud |hen |over |op |ned )?til (?:min|mit|mine|hende|ham|far|mor|farmor|farfar"
    r"|mormor|morfar|bedste\w*)\b(?! (?:\w+ ){0,4}(?:hvis|en dag|engang|i fremtiden))",
)
ALARM_SILENT = rx(
    r" (?:nodkald\w*|nodalarm\w*|sikkerhedsalarm\w*|personalarm\w*|alarm\w*|faldalarm\w*) (?:\w+ ){0,5}"
    r"(?:ringet|ringede|ringer|gaet i gang|gik i gang|kaldt|kaldte|aktiveret)\b(?= (?:\w+ ){0,10}"
    rf"(?:siger (?:hun |han )?(?:ingenting|intet|{NEG} noget)|svarer (?:hun |han )?{NEG}|intet svar|ingen svarer"
    rf"|tager (?:hun |han )?{NEG} (?:den|telefonen)|horer (?:ingenting|intet)))",
)


# Fainted, and no answer since, however it is heard ("min mor besvimede mens jeg talte
# med hende, hun svarer ikke når jeg råber ind i telefonen", set AW: the phone had made
# it a question about a device)
FAINTED_NOT_ANSWERING = rx(
    r" (?:besvimede|besvimet|besvimer|faldt om|segnede|kollapsede|klappede sammen)\b(?: \w+){0,10}?"
    r" (?:svarer|svarede|reagerer|reagerede|siger) (?:ikke|ik|ingenting|intet)\b",
)


# Set AX: a seizure of the whole body now, or no response for minutes, however long a
# tremor has been known ("har haft rystelser i mange år ... men nu har han kramper i hele
# kroppen"). Foam at the mouth alone is no sign here: a caustic drunk gives it (poisoning).
SEIZURE_NOW = rx(
    r" (?:kramper|krampe|krampetraekninger|traekninger) i hele (?:kroppen|kroppn|kroppe)\b",
    r" (?:ikke|ik|ikk) (?:\w+ )?reageret i (?:flere|mange|adskillige|\w+) minutter\b",
)


# -- set AY (2026-12-07) ------------------------------------------------------------------
# A side of the body that does not work, in a learner's word order ("en side af kroppen
# ikke virker"): a stroke sign. A seizure now in staff shorthand with its minutes ("st 4
# krampe nu >5 min").
SIDE_NOT_WORKING = rx(
    r" (?:en|den ene|ene|venstre|hojre|halve|halvdelen af|den halve) (?:side|halvdel)\w* (?:af|i|pa) (?:kroppen|kroppn"
    r"|krop|ansigtet|ham|hende|mig|mae) (?:\w+ ){0,2}(?:virker (?:ikke|ik|ente|itte)|(?:ikke|ik|ente|itte) virker"
    r"|vil (?:ikke|ik)|er (?:helt )?(?:lam|slap|dod|tung|vaek|borte)|lystrer (?:ikke|ik))\b",
    r" (?:arm\w*|ben\w*|hand\w*|side\w*) (?:\w+ ){0,2}(?:ikke|ik|ente) (?:\w+ )?virker\b(?= (?:\w+ ){0,6}(?:pludselig"
    r"|svimmel|munden|taler|snovler|slor\w*|hovedpine))",
)
SEIZURE_MINUTES = rx(
    r" (?:krampe\w*|kramper|anfald\w*|krampeanfald\w*) (?:\w+ ){0,2}(?:nu |stadig |fortsat )(?:\w+ )?(?:over |i over |mere end"
    r" |i mere end |i |>)?(?:[3-9]|[1-5]\d|tre|fire|fem|seks|syv|otte|ti|et kvarter) ?(?:min|minutter|minut|m)\b",
)


# -- set AZ (2026-12-08) ------------------------------------------------------------------
# Someone on the phone stopped in the middle of a sentence and then nothing ("hun var midt i
# en sætning og så ingenting, jeg kan bare høre tv'et").
STOPPED_MID_SENTENCE = rx(
    r" midt i (?:en |sin |sit |hans |hendes |vores |et )?(?:saetning\w*|samtale\w*|ord\w*|snak\w*|svar\w*) (?:\w+ ){0,4}?"
    r"(?:sa |saa )?(?:ingenting|intet|helt stille|tavshed|tavs|stille|forsvandt hun|forsvandt han|holdt (?:hun |han )?op"
    r"|stoppede (?:hun |han )?)(?: |$)",
)
