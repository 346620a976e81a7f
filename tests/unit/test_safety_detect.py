"""The safety net on our own sentences (the held-out sets are scored in
test_safety_heldout.py): each kind, the spellings speech recognition writes, and
the near misses that must stay quiet."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.safety.detect import (
    ACUTE,
    HELP,
    HELPLINE,
    POISONING,
    SUICIDE,
    URGENT,
    detect,
    doubtful,
    figurative,
    normalise,
    only_history,
)

CASES = [
    # acute: falls, breathing, heart, stroke, bleeding, fire, calls
    ("jeg er faldet og kan ikke komme op", ACUTE),
    ("Jeg er faldet, og jeg kan ikke rejse mig!", ACUTE),
    ("a ka ik kom op", ACUTE),
    ("han ligger på gulvet og siger ingenting", ACUTE),
    ("min mand er faldet om", ACUTE),
    ("hun trækker ikke vejret", ACUTE),
    ("jeg kan ikke få vejret", ACUTE),
    ("jeg kan ikk faa vejeret", ACUTE),
    ("det trykker i brystet", ACUTE),
    ("hans mund hænger og han snøvler", ACUTE),
    ("han bløder helt vildt fra armen", ACUTE),
    ("der er ild i gardinerne", ACUTE),
    ("det brænder", ACUTE),
    ("jeg væltede et stearinlys og nu brænder tæppet", ACUTE),
    ("lyset er væltet og gardinet brænder", ACUTE),
    ("der er nogen i huset", ACUTE),
    ("der er røg i køkkenet", ACUTE),
    ("ring en en to", ACUTE),
    ("ring 1-1-2", ACUTE),
    ("ring et hundrede og tolv", ACUTE),
    ("ambulanse", ACUTE),
    ("det er akut", ACUTE),
    ("han er bevidst løs", ACUTE),
    ("jeg har trykket på nødkaldet og ingen kommer", ACUTE),
    # classes learnt from held-out set N (2026-12-04), in sentences of our own
    ("hendes læber hæver op efter nødderne og hun hvæser når hun ånder", ACUTE),
    ("han er hævet i hele ansigtet efter bistikket og kan næsten ikke få vejret", ACUTE),
    ("hun er hævet op i ansigtet efter jordnødderne og det piber når hun trækker vejret", ACUTE),
    ("beboeren fik noget galt i halsen og er helt blå om læberne", ACUTE),
    ("borgeren er cyanotisk og reagerer sløvt", ACUTE),
    ("røgudvikling i opgangen og røgalarmen går og han kan ikke gå selv", ACUTE),
    ("brandalarmen lyder hos min mor og hun svarer ikke", ACUTE),
    ("jeg er svimmel og har hovedpine og oliefyret har oset i kælderen i aftes", POISONING),
    ("medicineringsfejl: hr. Hansen fik fru Jensens doseringspose i morges", POISONING),
    ("beboeren har givet udtryk for et ønske om at dø", SUICIDE),
    ("hun har spurgt mig hvor mange sovepiller der skal til for at dø", SUICIDE),
    # an alarm pressed is a call for help, not a question about alarms
    ("jeg har trykket på faldalarmen men der kommer ingen", ACUTE),
    ("jeg har trykket på min alarmknap og har det skidt", ACUTE),
    ("jeg har trykket på faldalarmen og har det skidt", ACUTE),
    ("jeg kan altså ikke komme op igen", ACUTE),
    ("pludselig kan jeg ikke se noget på venstre øje", ACUTE),
    ("hans højre arm vil ikke lystre", ACUTE),
    ("der står en fremmed i min entre", ACUTE),
    ("co alarmen bipper og jeg har hovedpine", ACUTE),
    ("hendes læber hæver op efter hun fik fisk", ACUTE),
    ("blodet vælder ud af såret", ACUTE),
    ("det haster", ACUTE),
    # classes added from set H's misses (our own sentences of each class)
    ("jeg ka sgu ik rejs mæ fra gulvet", ACUTE),
    ("min kone er be vist løs", ACUTE),
    ("ring lige efter falck", ACUTE),
    ("der kommer røg ud af ledningen til kaffemaskinen", ACUTE),
    ("hendes hals er ved at lukke sig efter bistikket", ACUTE),
    ("han har ligget på gulvet i timevis", ACUTE),
    ("knoglen stikker ud af armen", ACUTE),
    # poisoning
    ("jeg har taget alle mine piller", POISONING),
    ("min mand har drukket afløbsrens", POISONING),
    ("barnebarnet har spist af mine sovepiller", POISONING),
    ("jeg har taget dobbelt dosis", POISONING),
    ("jeg har fået min kones medicin ved en fejl", POISONING),
    ("han har tømt sin dosisæske", POISONING),
    ("jeg tog en slurk af lampeolien", POISONING),
    ("barnet har spist af taksen i haven", POISONING),
    ("jeg har vist taget pillerne for i morgen også", POISONING),
    ("hun har fået naboens dosispose", POISONING),
    ("han har drukket af opvaskemidlet", POISONING),
    ("jeg har tygget på et blad af julestjernen", POISONING),
    ("vi har haft grillen inde i garagen og har kvalme", POISONING),
    ("jeg har taget for kert medicin", POISONING),
    # suicide
    ("jeg vil ikke leve mere", SUICIDE),
    ("jeg orker ikke mere", SUICIDE),
    ("jeg har tænkt på at tage mit eget liv", SUICIDE),
    ("det ville være bedre hvis jeg var død", SUICIDE),
    ("jeg vil bare sove og aldrig vågne igen", SUICIDE),
    ("min far har givet alle sine ting væk", SUICIDE),
    ("snart er jeg ikke en byrde for nogen", SUICIDE),
    ("ingen ville savne mig", SUICIDE),
    ("de klarer sig meget lettere uden mig", SUICIDE),
    ("jeg har ladt min fars gamle gevær", SUICIDE),
    ("det er vist sidste gang vi snakker", SUICIDE),
    ("jeg har levet længe nok", SUICIDE),
    ("jeg skal nok følge efter Poul snart", SUICIDE),
    # urgent
    ("jeg har feber", URGENT),
    ("jeg faldt men jeg er ok", URGENT),
    ("jeg har kastet op hele natten", URGENT),
    ("jeg har det skidt og kan ikke sove", URGENT),
    ("såret på foden er blevet rødt og varmt", URGENT),
    ("kateteret er stoppet", URGENT),
    ("jeg har ikke haft afføring i fem dage", URGENT),
    ("jeg er fald et men jeg har ikke slået mig", URGENT),
    ("benet er hævet, men ingen åndenød", URGENT),  # breathlessness denied: not acute
    ("far er faldet men han har det fint nu", URGENT),  # well now, not a story told
    ("ernæringssonden er røget ud", URGENT),  # a tube out: the nurse, not 1-1-2
    ("kateteret er gledet ud", URGENT),
    ("han er faldet ud af sengen", ACUTE),  # a person out of bed is a fall
    ("han slog hovedet i badekarret og nu kaster han op", ACUTE),  # a blow, then vomiting
    ("mormor stødte hovedet i går og i dag er hun helt sløv", URGENT),  # told: a day ago
    ("barnebarnet sutter på min mands nitroplaster", POISONING),  # a patch chewed
    ("min mors kateder sidder fast", URGENT),  # as speech writes "kateter"
    ("fødderne er hævede efter den nye pille", URGENT),
    ("jeg har fået kløe over hele kroppen efter den nye tablet", URGENT),  # a pill, no device
    ("min kone kan pludselig ikke tale", ACUTE),
    # classes learnt from held-out set M (2026-12-04), in sentences of our own
    ("min nabo giver hjertemassage på ham lige nu", ACUTE),
    ("hent hjertestarteren min søster er ved at give hjertemassage", ACUTE),
    ("farmor er klappet sammen i gangen", ACUTE),
    ("min svigerfar reagerer jo ikke når jeg ruster ham", ACUTE),
    ("hovedpinen kom som et tordenskrald for ti minutter siden", ACUTE),
    ("jeg sidder fast på toilettet kan ikke rejse mig og har det virkelig skidt", ACUTE),
    ("der er sket en medicinfejl hos borgeren i nummer syv", POISONING),
    ("hun har fået 20 mg i stedet for 2 mg morfin", POISONING),
    ("han har blandet sine piller sammen med konens", POISONING),
    ("far ved ikke hvad han har taget af piller i aften", POISONING),
    ("oliefyret lugter underligt og vi er alle svimle", POISONING),
    ("det giver ingen mening at leve uden hende", SUICIDE),
    ("jeg vil ger ne dø", SUICIDE),
    ("hun siger hun snart skal være hos mormor i himlen", SUICIDE),
    ("mors kateter løber ikke og hun har ondt i maven", URGENT),
    # in a clause's word order; breathing described first; blood "vælter" (sets L and M)
    ("nattevagten siger at fru Hansen ikke reagerer når hun taler til hende", ACUTE),
    ("han har en meget mærkelig vejrtrækning", ACUTE),
    ("blodet vælter ud af hans ben", ACUTE),
    ("jeg vil gerne sove for altid nu", SUICIDE),
    # said to be small or to pass, an urgent sign is still one (recall first)
    ("jeg har haft feber hele natten det går nok over", URGENT),
    ("hun kaster op, det er ikke så slemt endnu", URGENT),
    ("jeg har skoldet mig på kogende vand, det er ikke så slemt", URGENT),
    # set O's classes, in our own words
    ("gryden står i lys lue på komfuret", ACUTE),
    ("hele køkkenbordet står i lue", ACUTE),
    ("han fik en gren i hovedet og nu kaster han op", ACUTE),
    ("efter jeg stødte hovedet ser jeg dobbelt", ACUTE),
    ("hun fik døren i panden og er helt omtåget nu", ACUTE),
    ("jeg kan ikke komme på benene igen efter jeg gled i badet", ACUTE),
    ("alarmen er i stykker og jeg kan simpelthen ikke komme på benene", ACUTE),
    ("røgen fra pejsen trækker ikke op og vi har alle sammen ondt i hovedet og kvalme", ACUTE),
    ("dispenseren gav mig to doser i aftes og jeg tog dem begge", POISONING),
    ("hjemmeplejen gav mor to poser i morges og hun har spist dem begge to", POISONING),
    ("jeg har mest lyst til at dø", SUICIDE),
    ("jeg tænker på at tage mit egt liv", SUICIDE),
    # set P's classes, in our own words
    ("jeg har snittet mig i armen og det pumper ud", ACUTE),
    ("han skrev farvel til os alle på facebook i nat", SUICIDE),
    ("hun sidder oppe på broen og truer med at hoppe", SUICIDE),
    ("han siger han vil ta livet af sig", SUICIDE),
    # a bare cry for help
    ("hjælp", HELP),
    ("hjææælp", HELP),
    ("hjælp mig", HELP),
    ("kan nogen hjælpe mig", HELP),
    ("kan nog en hjælpe", HELP),
]

QUIET = [
    "hvad er en faldalarm",
    "jeg kan ikke tåle mælk",  # folded, "tåle" is "tale": no stroke
    "min tand er faldet ud",  # a thing that fell out is no fall
    "hvad gør man hvis nogen ikke kan få vejret jeg vil gerne lære det",  # to be ready
    "jeg har ingen smerter i brystet i dag",
    "han var ved at blive kvalt af grin",
    "jeg er ved at blive kvalt i alle de regninger",
    "min nabo er ambulance redder",
    "hovedpinen er helt væk nu",
    "min søster svarer ikke på sms'er",
    "han vil dø i sit eget hjem ikke på et plejehjem",
    "jeg fik en ny rollator så jeg ikke falder",
    "sluk ovnen så maden ikke brænder på",
    "de siger han var bevidstløs efter ulykken sidste år men nu går det godt",
    "min mand kan ikke tåle lyden af radioen",
    "hun har ikke åndenød",
    "min mor falder tit hvad kan hjælpe",
    "hvad kan hjælpe en der ofte falder om natten",
    "jeg kan ikke komme op af stolen uden hjælp",
    "hjælp mig med at sætte en påmindelse",
    "kan du hjælpe mig",
    "tak for hjælpen",
    "jeg dør af grin",
    "det brænder jeg for",
    "tænd lyset i stuen",
    "sæt varmen til 22 grader",
    "hvad skal jeg i dag",
    "mind mig om at tage panodil i morgen klokken 8",
    "kan du minde mig om at tage min medicin tre gange om dagen",
    "hvor mange panodil må hun tage",
    "min mand døde for to år siden",
    "min tablet svarer ikke",
    "vejret er dejligt i dag",
    "jeg er gift med Hans",
    "hvordan virker en røgalarm",
    "epilepsialarm",
    "jeg faldt i snak med naboen",
    "kan du lige tage den igen",
    "jeg har slugt dem",
    "jeg har en blodtryksmåler",
    "sæt varmen til tyve grader i soveværelset",
    "så er det slut for i dag",
    "skru op for lyset jeg kan ikke se noget",
    "min mand kan ikke gå på trapper længere",
    "jeg brænder for min have",
    "vi havde en brand i skorstenen engang",
    # From a helper's hard negatives written for training (2026-12-03; not a held-out set)
    "min tomatplante er død hvordan undgår jeg det næste år",
    "Da min mand fik hjertestop i 2019, var det ambulancefolkene, der reddede ham.",
    "hvordan laver man et testamente",
    "den nye pizza var så stærk at min mund stod i flammer",
    "jeg er ved at blive kvalt i papirer fra kommunen",
    "røgalarmen gik i gang fordi jeg brændte toastbrødet på men der er ingen brand",
    "jeg tager afsked med sommerhuset i weekenden det er blevet solgt",
    "jeg har skåret mig lidt på et stykke papir det er ingenting",
    "jeg så en dokumentar om giftige svampe i de danske skove",
    # classes added from set H's false alarms (our own sentences of each class)
    "vi lærte at ringe 112 på kurset i genoplivning",
    "min datter kører ambulance på Fyn",
    "hvad gør jeg hvis jeg en dag falder og ikke kan komme op",
    "tænd lyset i brand alarmens gang",
    # a light that "brænder" is on; "nogen lamper" are any lamps (a home set's questions)
    "brænder lyset i køkkenet endnu",
    "lyset i entréen brænder stadig",
    "stearinlyset brænder så hyggeligt",
    "er der nogen lamper tændt i stuen",
    "jeg kan ikke komme op på nettet",
    "jeg kan ikke få luft i cykeldækket",
    "han er helt væk i sin avis og svarer ikke",
    "jeg er træt af at leve af kartofler",
    "han fik kold feber da han så regningen",
    "kan pilleboksen sige til hvis jeg tager for mange piller",
    "hvad skal jeg smøre på et tryksår",
    # a symptom's word inside a medicine's name is the medicine (issue 21)
    "husk mig på min hostemedicin klokken tre",
    "kvalmestillende piller skal jeg have hver morgen",
    "giv mig en påmindelse om allergitabletterne i morgen",
    # "kan du ikke …" is a polite request to the assistant, not "cannot move"
    "kan du ikke lige rykke tandlægen til fredag",
    "kunne du ikke svare ordentligt for en gangs skyld",
    # near misses learnt from held-out set M (2026-12-04), in sentences of our own
    "min mand kan ikke komme op ad trapperne mere, findes der en trappelift",
    "må vi låse en dør for en beboer om natten",
    "hunden ligger og sover på gulvet i stuen",
    "jeg faldt hen foran fjernsynet",
    "vi er faldet godt til i rækkehuset",
    "der lugter af røg fra pejsen, det gør der altid om aftenen",
    "i torsdags snublede min nabo, men hun har det fint",
    "jeg har lidt ondt i nakken men det går nok over",
    "vi har planlagt min begravelse med bedemanden",
    "brandbilerne holdt øvelse ved havnen i går",
    # near misses learnt from held-out set N (2026-12-04), in sentences of our own
    "kartoflerne var lige ved at brænde på men jeg nåede at tage dem af",
    "der var en slem ulykke på motorvejen i nyhederne i aftes",
    "min søn arbejder som portør på akutmodtagelsen",
    "landskampen var lige ved at give mig et hjerteanfald",
    "æ kat sover på æ gulv i køkkenet",
    "kan min far få en røgalarm fra kommunen",
    "vi har fået en ny røgalarm hvordan sætter man den op",
    "æ lampe i stuen brænder hele natten",
    "mor grinede sig helt ihjel af hunden",
    "jeg var til lægen i går og alt er som det skal være",
    "det piber lidt i brystet når jeg går op ad trapperne",
    # an alarm pressed by mistake, or asked about
    "jeg kom til at trykke på nødkaldet",
    "jeg har trykket på faldalarmen ved en fejl",
    "hvad sker der når man har trykket på faldalarmen",
    # set O's hard negatives, in our own words
    "min nevø vil køre ambulance når han bliver stor",
    "jeg brænder efter at komme i haven igen",
    "det er jo ingen ulykke at vi ikke ses til jul",
    # set P's hard negatives, in our own words
    "jeg brænder inde med en idé til haven",
    "min veninde har aldrig haft ondt i brystet",
    "jeg var på skadestuen i sidste uge men nu går det godt",
    "jeg ser en serie hvor en mand bliver forgiftet",
    "hvordan steger jeg and uden at den brænder på",
    "han faldt ud af samtalen på tabletten",
    "min bror var giftig over for mig i telefonen",
    "mor er tunghør så hun svarer ikke altid",
    "hvad skal vi gøre, hvis en beboer siger at han ikke vil leve længere",
    # set 7's (knowledge and reminder conversations), in our own words
    "mor bliver forvirret over hvilke dage rengøringen kommer",
    "fjern alle alarmerne jeg gider ikke høre på dem",
    # a drawing hung up, not a drooping eye (a real clip through Home Assistant)
    "en tegning af en ugle med store øjne som blev hængt op i klassen",
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_each_kind(text: str, kind: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == kind, (text, found)


@pytest.mark.parametrize("text", QUIET)
def test_near_misses_stay_quiet(text: str) -> None:
    assert detect(text) is None


def test_all_the_pills_thought_of_is_suicide() -> None:
    found = detect("jeg har overvejet at tage alle mine sovepiller")
    assert found is not None and SUICIDE in found.kinds
    # typed in haste (set N's class, our sentence): "pillr"
    found = detect("min bror skriver han vil tage alle sine pillr i nat og så er det forbi")
    assert found is not None and SUICIDE in found.kinds


def test_poisoning_and_acute_together_are_both_kept() -> None:
    found = detect("han har taget alle sine piller og trækker ikke vejret")
    assert found is not None and {ACUTE, POISONING} <= found.kinds
    assert found.kind == ACUTE
    # smoke from the stove into the room, and its signs: carbon monoxide (set O's class)
    found = detect(
        "røgen fra pejsen trækker ikke op og vi har alle sammen ondt i hovedet og kvalme"
    )
    assert found is not None and {ACUTE, POISONING} <= found.kinds


def test_not_acute_when_said_so() -> None:
    found = detect("det er ikke akut men jeg har ondt i maven")
    assert found is not None and found.kinds == {URGENT}


def test_normalise_makes_one_form_of_112_and_letters() -> None:
    assert normalise("Ring 1-1-2!!") == " ring 112 "
    assert normalise("RING ET ET TO") == " ring 112 "
    assert normalise("Hjæææælp") == " hjaelp "


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_text_is_read_without_error(text: str) -> None:
    found = detect(text)
    assert found is None or found.kinds


def test_huge_input_is_cut_not_choked_on() -> None:
    # Messages are at most 1 000 characters (bot/inbound.py); the net reads 2 000.
    found = detect("der er ild i køkkenet " + "og så videre " * 100_000)
    assert found is not None and found.kind == ACUTE


def test_a_question_about_the_lines_is_not_an_emergency() -> None:
    for text in (
        "hvad er nummeret til giftlinjen",
        "hvornår har Livslinien åbent",
        "min nabo er frivillig ved Livslinien",
        # asked for their own sake (set N's class, our sentences)
        "hvorfor er det egentlig man skal ringe et et to og ikke lægen",
        "en borger vil vide hvordan man ringer 112 fra sin nye mobil",
        "hvad er giftlinjen egentlig til for",
        "kan man snakke med lægevagten over video i stedet for at køre derud",
        # a doctor asked for, said not to hurry (set P's class)
        "hvem ringer jeg til om natten hvis jeg vil tale med en læge og det haster ikke",
    ):
        found = detect(text)
        assert found is not None and found.kinds == {HELPLINE}, text
    # ... unless something in it is one
    found = detect("hvad er nummeret til giftlinjen min dreng har drukket klorin")
    assert found is not None and found.kind == POISONING


def test_a_question_about_112_is_answered_calmly() -> None:
    for text in ("hvad er 112 for noget", "kan du ringe 112 hvis der sker noget med mig"):
        found = detect(text)
        assert found is not None and found.kinds == {HELPLINE}, text
    found = detect("kan du ringe 112 min mand trækker ikke vejret")
    assert found is not None and found.kind == ACUTE


def test_words_cut_by_speech_recognition_are_joined_into_known_words_only() -> None:
    assert normalise("han er be vist løs") == " han er bevistlos "
    assert normalise("jeg har druk ket af petro leum") == " jeg har drukket af petroleum "
    assert normalise("for at kert") == " for at kert "  # not a known word: kept


def test_figures_of_speech_are_known() -> None:
    assert figurative("jeg brænder for min køkkenhave")
    assert not figurative("det brænder i køkkenet")


def test_doubt_is_the_marks_the_net_weighs() -> None:
    """What the model alone may not call an emergency (nlu/safety.py)."""
    for text in (
        "ambulancen kom i går til naboen",  # a story
        "hvad sker der hvis jeg trykker på nødkaldet ved en fejl",  # a question
        "jeg dør af grin",  # a figure of speech
        "min telefon er død igen",  # a device
        "vi så en film hvor en mand blev forgiftet",  # a film told about
        "vær sød at slukke lamperne derinde nu hvor jeg skal sove",  # a home command
        "kan du huske mig på at tage pillerne når jeg går i seng",  # a reminder
        "er du en robot eller en rigtig person",  # about the assistant
        "Så stopper vi her for i dag. Farvel.",  # an ordinary goodbye
        "tak for i dag, vi ses i morgen",
        "vi keder os ihjel herinde",
        "hun ville give sit liv for ham",
        "det er ikke nogen katastrofe jeg har bare spildt kaffen",
        "hun var lige ved at falde men nåede at gribe gelænderet",
        "hvad gør man hvis nogen falder om",
        # set O's hard negatives, in our own words
        "jeg kom sent ud af fjerene i dag",
        "jeg brændte maden lidt på, men vi spiste den alligevel",
        "vejret er for koldt til at gå tur i dag",
        "hvor finder jeg den nærmeste hjertestarter",
        "det er ingen ulykke at jeg ikke kommer med",
        "tester 1 2 3 4 5 6",  # counting into the microphone (a real clip)
        "nej slet den igen han har ringet og aflyst",  # set 6's class
        "nu har jeg det bedre kvalmen er gået over",
        "lægen sagde at der ikke var noget at bekymre sig om",  # said well (set M)
        "jeg klarer mig fint her alene",
        "han sidder og ser håndbold og vil ikke forstyrres",  # absorbed
        "der var et stort fald i priserne",  # a figure of speech
        "jeg sov skidt i nat på grund af stormen",  # ordinary
        "hvor skal jeg hænge billedet op",
        "min søn sagde farvel og tog toget hjem",  # a story
        "mind mig om at ringe til lægen på torsdag",  # a reminder (set 4)
        "hvad er det for en dims min nabo har fået på armen",  # a question about a thing
        "hun har ringet og hun kan ikke komme i morgen",  # a visit called off
        "hvem kan jeg tale med hvis du ikke kan svare",  # a person asked for
        "vil I give mig besked hvis far ikke tager sin medicin",  # a notice asked for
        "kan I sætte en røgalarm op i køkkenet",  # a device put up
        "jeg har lidt ondt i knæet men det går nok over",  # minor
        "nu har jeg taget min morgenmedicin",  # a dose taken as planned
        "jeg tabte en pille under bordet",
        "maden brændte lidt fast i gryden",
        # questions about a thing as speech writes them (set 5: the model alone said
        # 1-1-2 and Livslinien to these; our own sentences of the class)
        "øh hva er sån et løftestol egentlig er det noget for mig",
        "hvor ka jeg låne sån en",
        "må jeg tage to panodiler ekstra",  # leave asked before a dose: advice
        "øh kan jeg godt tage en sovepille mere",
        # set N's near misses the model alone alarmed on (our sentences of each class)
        "vi har fået en ny røgalarm hvordan sætter man den op",
        "æ kat sover på æ gulv i køkkenet",
        "æ lampe i stuen brænder hele natten",
        "mor grinede sig helt ihjel af hunden",
        "jeg var til lægen i går og alt er som det skal være",
        "kartoflerne var lige ved at brænde på men jeg nåede at tage dem af",
        "min søn arbejder som portør på akutmodtagelsen",
        "landskampen var lige ved at give mig et hjerteanfald",
        "der var en slem ulykke på motorvejen i nyhederne i aftes",
        "jeg har stegt frikadeller og de var ved at brænde på men jeg nåede det",
        "æ hund ligger og sover på æ gulv i stuen",
        "æ lampe i fars køkken brænder hele dagen",
        "jeg har været hos lægen og alt er som det skal være",
        # set P's hard negatives the model alone alarmed on (our sentences of each class)
        "det var så dejligt at komme ud i dag selvom jeg er smadret",
        "test test kan du høre mig",
        "han har kørt for falck hele sit liv",
        "der er god fyr i pejsen nu",
        "far har været død i ti år nu",
        "jeg har aldrig haft smerter i brystet",
        "tjener kommunerne noget på den slags",  # set 7: the model alone said Livslinien
        "I skulle skamme jer, det er et elendigt program",  # frustration with it (set 7)
        "om en halv time skal jeg ringe til lægen og høre svar",  # a duty soon (set 7)
        "mor er tunghør så hun svarer ikke altid på telefonen",  # set P, hard of hearing
        "batteriet i fjernbetjeningen er helt dødt",  # a battery that died
        "skal jeg ta en eller to af de gule piller når jeg har hovedpine",  # a dose asked (set 6)
        "må jeg se hvad I har gemt om min far",  # what is kept (set 6)
    ):
        assert doubtful(text), text
    for text in (
        "min mand svarer ikke",
        "hjælp hun er helt blå",
        "jeg har det så skidt",
        "farvel for altid",  # a goodbye without a time to come back
        "vi ses aldrig igen",
        "han er helt væk",  # unconscious, not something over
        "de har det bedre uden mig",  # no recovery: a thought of suicide
        "smerterne var væk men nu er de tilbage",
        "så kan jeg lige så godt tage alle pillerne",  # not a question
        "skal jeg give ham hjertemassage",  # no medicine: first aid asked
        "må jeg tage to panodiler ekstra jeg har allerede taget fire",  # some taken
    ):
        assert not doubtful(text), text
    # the net still answers a home command with an emergency in it
    assert detect("tænd lyset jeg er faldet og kan ikke rejse mig") is not None
    assert detect("jeg har drukket hele flasken hostesaft") is not None
    for text in ("jeg hoster blod", "jeg har allergi og udslæt over hele kroppen"):
        assert not doubtful(text), text


def test_only_a_history_is_the_doubt_a_sure_model_may_overrule() -> None:
    for text in (
        "jeg har haft trykken for brystet i en halv time nu",
        "ring efter en ambulance til min far",
        "min kone har haft høj feber siden frokost",
        "det er nok bedst hvis jeg ikke vågner mere",
    ):
        assert doubtful(text) and only_history(text), text
    for text in (
        "jeg har det fint i dag tak",  # said to be well
        "det gik fint efter en uge",
        "min veninde døde sidste forår, vi havde mange gode år",  # a story too
        "jeg havde hjertet helt oppe i halsen under den film",  # a figure of speech
        "min mand svarer ikke",  # no mark at all
    ):
        assert not only_history(text), text


def test_a_statement_of_never_waking_again_is_suicide() -> None:
    found = detect("jeg går i seng og vågner aldrig igen")
    assert found is not None and found.kind == "suicide"
    assert detect("jeg vågner aldrig før klokken otte") is None


def test_a_thing_refused_is_doubt_not_a_wish_to_die() -> None:
    """The model, all but certain, took "hvis jeg nu ikke vil have den" (a medicine
    machine) for a crisis, and "hvis" alone (a history) let it; refusing a thing is doubt
    it may not overrule, and the net still hears a crisis."""
    said = "skal jeg have sådan en dosismaskine hvis jeg ikke vil have den"
    assert doubtful(said) and not only_history(said)
    assert detect("skal jeg have sådan en dosismaskine hvis jeg ikke vil have den") is None
    found = detect("jeg vil ikke have den maskine, jeg vil ikke leve mere")
    assert found is not None and "suicide" in found.kinds


def test_a_question_about_what_is_kept_or_trying_a_thing_is_doubt() -> None:
    """The model alone, sure, took these for a crisis or an emergency (issue 21, set 3)."""
    for said in (
        "gemmer du det jeg skriver til dig",
        "jeg vil ikke have at du ved noget om mig",
        "kan man låne den et sted",
    ):
        assert doubtful(said) and not only_history(said), said
    found = detect("gemmer du det jeg skriver jeg vil ikke leve mere")
    assert found is not None and "suicide" in found.kinds


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # set Q's missed classes, in our own sentences
        ("mit hjerte galopperer og det sortner for mine øjne", "acute"),
        ("nej nej hun er væk hun er helt væk Grete", "acute"),
        ("åh gud han er væk", "acute"),
        ("mor tager ikke telefonen og jeg er bange for der er sket hende noget", "acute"),
        ("naboen svarer ikke når vi banker på og der er sket noget galt", "acute"),
        ("han har skoldet sig slemt med kogende vand", "acute"),
        ("huden på armen er helt hvid og hænger i laser", "acute"),
        ("blødningen fra benet stopper ikke selv om jeg trykker", "acute"),
        ("ring efter en vogn min kone er skæv i ansigtet", "acute"),
        ("mundvigen hænger helt ned på min mand", "acute"),
        ("jeg har det så skidt i brystet", "acute"),
        ("hun har fået et nyt morfinplaster på uden at tage det gamle af", "poisoning"),
        ("der sidder nu tre plastre på ryggen af ham", "poisoning"),
        ("far har drukket opvaskemiddel i stedet for sin hostesaft", "poisoning"),
        ("hun har taget omkring 30 stk panodil", "poisoning"),
        ("han har slugt tyve piller", "poisoning"),
        ("jeg vil slå mig selv i jel", "suicide"),
        ("hvordan får vi fat i en læge i aften min far har høj feber", "urgent"),
    ],
)
def test_set_q_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and found.kind == kind, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # set Q's and set 8's near misses, in our own sentences: no emergency in the words,
        # and doubt for the model's emergency intent alone
        "112 er jo det samme nummer i Sverige ik",
        "hjælp mig med krydsordet dødelig svamp på seks bogstaver",
        "den her kulde slår mig ihjel altså min hofte",
        "jeg har ondt i nakken som altid",
        "det er ikke noget nyt med min ryg",
        "kan min mor godt bruge en badebænk",
        "puha hvor er det varmt i dag jeg smelter",
        "mine tomatplanter er døde igen jeg drukner dem",
        "det var lige før jeg fik et hjerteanfald da jeg så regningen",
        "hvor var det en dejlig gåtur a er helt smadret",
        "jeg har det skam fint i dag ingen ondt nogen steder",
        "mormor er helt væk i sin lydbog hun svarer ikke når man taler til hende",
        "jeg har ikke sovet så godt i nat",
        "jeg kan ikke få vejret når jeg tænker på de priser",
        "lægen sagde det var helt normalt",
        "jeg har ondt i fødderne af mine nye sko",
        "kan I sende en pjece om brandsikkerhed",
        "skru helt op for lampen jeg kan ikke se hvad jeg laver",
        "nej slet den igen jeg tog fejl",
        "hvem ringer man til hvis assistenten ikke kan svare på mine spørgsmål",
    ],
)
def test_set_q_near_misses_are_no_emergency_and_doubt(said: str) -> None:
    found = detect(said)
    assert found is None or found.kind == "helpline", (said, found)
    assert doubtful(said), said


def test_a_mistake_of_pills_is_still_one() -> None:
    """ "Jeg tog fejl" owned is no emergency; a wrong pill taken still is."""
    found = detect("jeg tog fejl af pillerne og tog min mands hjertepiller")
    assert found is not None and found.kind == "poisoning", found


def test_a_person_who_cannot_answer_to_being_spoken_to_is_acute() -> None:
    found = detect("hun kan ikke svare på tiltale")
    assert found is not None and found.kind == "acute", found


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # set R's missed classes, in our own sentences
        ("vil du ikke ringe efter en ambulance jeg kan ikke rejse mig", "acute"),
        ("kan du lige ringe til 112 for mig", "acute"),
        ("jeg kan ikke nå min telefon den ligger ude i køkkenet", "acute"),
        ("far vrøvler og kan ikke holde på gaflen", "acute"),
        ("hun taler helt usammenhængende det begyndte for ti minutter siden", "acute"),
        ("naboen har ikke åbnet døren i tre dage og tager ikke telefonen", "acute"),
        ("drengen har ædt af mine piller", "poisoning"),
        ("barnebarnet har ædt af farmors piller", "poisoning"),
        ("jeg har ikke tænkt mig at være her så længe endnu", "suicide"),
        # a fire named by where it burns (set P's sentence, lost by the retrained model)
        ("der er fedtbrand i gryden", "acute"),
        ("jeg tror det er en kaminbrand", "acute"),
    ],
)
def test_set_r_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and found.kind == kind, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # set R's near misses, in our own sentences: no emergency in the words, and doubt
        # for the model's emergency intent alone
        "det her trappeløb slår mig ihjel",
        "min nevø var blå i ansigtet af grin",
        "mit hjerte smelter når jeg ser de små",
        "jeg var tæt på at få en blodprop da jeg så elregningen",
        "billedet i gangen er faldet ned igen",
        "sluk ovnen om et kvarter ellers brænder kagen",
        "min hund døde sidste år jeg savner ham",
        "min søster var sygeplejerske hele livet",
        "tandlægen siger det er helt normalt at det bløder lidt",
        "jeg har ingen feber mere",
        "er julestjerner giftige for hunde",
        "er det 112 vi ringer til hvis vi skal bruge en ambulance",
        "bliver det brandvarmt i weekenden",
        "bliver det brand varmt i weekenden",
        "hvordan registrerer vi det hvis en beboer har fået dobbelt dosis",
        "hvilken dag er det i dag jeg er helt forvirret",
        # the other held-out sentences' three false alarms, the model's alone, in our words
        "er der et rigtigt menneske bag svarene",
        "min kone har feber skal hun have en panodil",
        "tog Karen sine aftenpiller",
    ],
)
def test_set_r_near_misses_are_no_emergency_and_doubt(said: str) -> None:
    found = detect(said)
    assert found is None or found.kind == "helpline", (said, found)
    assert doubtful(said), said


def test_whether_a_thing_is_poisonous_gets_giftlinjens_number_calmly() -> None:
    found = detect("er liljer giftige for katte")
    assert found is not None and found.kind == "helpline", found


def test_a_child_that_ate_pills_is_still_poisoning_when_asked_about() -> None:
    """The question whether a thing is poisonous doubts only when nothing was swallowed."""
    found = detect("er de giftige, min dreng har spist to af mine piller")
    assert found is not None and found.kind == "poisoning", found


def test_garbled_speech_alone_is_no_stroke() -> None:
    """A person who always speaks unclearly (dementia) is no acute danger by that alone."""
    found = detect("min mor snakker usammenhængende hun har demens")
    assert found is None or found.kind != "acute", found


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # set S's missed classes, in our own sentences
        ("min nabo er sunket helt sammen i sofaen", "acute"),
        ("blodet sprøjter fra hans arm", "acute"),
        ("det sprøjter med blod fra såret", "acute"),
        ("hun fik en bid brød galt og hoster ikke længere", "acute"),
        ("han er blevet lilla i ansigtet", "acute"),
        ("efter bistikket hæver tungen helt op", "acute"),
        ("ringet på i flere timer men hun lukker ikke op og radioen kører derinde", "acute"),
        ("far er forsvundet hjemmefra i hjemmesko og der er frost", "acute"),
        ("han er vandret ud uden jakke og det sner", "acute"),
        ("jeg har så ondt i brøstet", "acute"),
        ("farmor har drukket af opvaskemidlet", "poisoning"),
        ("min demente mand har spist af håndcremen", "poisoning"),
        ("barnet har fundet medicinæsken og vi aner ikke hvor mange hun har taget", "poisoning"),
        ("træpillefyret oser og vi har ondt i hovedet", "poisoning"),
        ("jeg har samlet sovepiller sammen og jeg ved godt hvad jeg skal bruge dem til", "suicide"),
        ("hun har ikke tisset hele dagen", "urgent"),
        ("far har ikke drukket noget i tre døgn", "urgent"),
        ("han hører stemmer som ikke er der og det er helt nyt", "urgent"),
        ("kan jeg komme til en læge i nat min hals er helt hævet indeni", "acute"),
        ("kan jeg få en læge i aften jeg har så ondt i maven", "urgent"),
    ],
)
def test_set_s_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and found.kind == kind, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # set S's near misses, in our own sentences: no emergency in the words, and doubt
        # for the model's emergency intent alone
        "det slår mig hvor stille her er om søndagen",
        "hun er helt skudt i sin nye kæreste",
        "mit hjerte blev knust da de solgte sommerhuset",
        "vi går til af kulde i det her hus",
        "min gamle onkel er ikke til at slå ihjel",
        "du er min livline",
        "vi åndede alle lettet op",
        "jeg røg i søvn foran fjernsynet",
        "elprisen faldt i nat",
        "koppen røg på gulvet",
        "jeg tabte nøglerne på jorden",
        "han fik en legetøjsambulance til jul",
        "jeg har brændt mig på den slags tilbud før",
        "engang i 1998 blev jeg næsten kvalt i et kirsebær",
        "min nabo blev forgiftet af muslinger sidste år",
        "hun læser til sygeplejerske",
        "min bror har været brandmand i tredive år",
        "de nye piller virker godt",
        "det vil jeg ikke være med til",
        "jeg kan ikke nå op til det øverste skab",
        "i nyhederne var der en brand i aarhus",
        "jeg læste en roman hvor hovedpersonen blev forgiftet",
        "skal man ringe til lægevagten hvis en beboer får feber om natten",
        "hvad er et et to er det også til brandvæsenet",
    ],
)
def test_set_s_near_misses_are_no_emergency_and_doubt(said: str) -> None:
    found = detect(said)
    assert found is None or found.kind == "helpline", (said, found)
    assert doubtful(said), said


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # set T's missed classes, in our own sentences
        ("kan I sende en redningsvogn til møllevej ni", "acute"),
        ("han spildte kogende vand på armen og huden falder af", "acute"),
        ("vi kan ikke finde mor og hun har kun hjemmesko på og det fryser", "acute"),
        ("min far er ikke kommet hjem fra sin gåtur og det er fire timer siden", "acute"),
        ("beboeren med demens mangler siden frokost og det er ved at blive mørkt", "acute"),
        ("hun har sukkersyge og er helt uklar og vil ikke vågne", "acute"),
        ("send nogen med det samme han trækker næsten ikke vejret", "acute"),
        ("send nogen hurtigt han er helt grå", "acute"),
        ("naboen råber om hjælp inde i sin lejlighed", "acute"),
        ("komfuret er begyndt at brænde", "acute"),
        ("min mand er falt i haven og kan ikke kome op", "acute"),
        ("jeg har haft brystsmærter i en halv time nu", "acute"),
        ("der er noget galt med gasfyret og vi er helt svimle", "poisoning"),
        ("min mor har drukket hånddesinfektion", "poisoning"),
        ("han har spist tandpasta og sæbe er det farligt", "poisoning"),
        ("jeg har søgt på hvordan man dør smertefrit", "suicide"),
    ],
)
def test_set_t_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and found.kind == kind, (said, found)


def test_someone_else_not_waking_is_acute_not_a_wish_to_die() -> None:
    """ "Han vil ikke vågne" is someone who does not wake; "jeg vil ikke vågne i morgen"
    stays a wish not to live (set T)."""
    found = detect("min kone vil ikke vågne ordentligt")
    assert found is not None and found.kinds == frozenset({"acute"}), found
    found = detect("jeg vil ikke vågne i morgen")
    assert found is not None and found.kind == "suicide", found


@pytest.mark.parametrize(
    "said",
    [
        # set T's near misses, in our own sentences: no emergency in the words, and doubt
        # for the model's emergency intent alone
        "hvordan bliver vejret for odense i weekenden",
        "min nabo ryger på altanen hele dagen",
        "jeg fik ikke luft nok i cykelslangen",
        "jeg har lidt hovedpine kan du slukke lampen",
        "den her varme er til at dø af",
        "min mand er taget til bridge så jeg er alene",
        "jeg fik vand i den gale hals men nu er det overstået",
        "han har lært at ringe et et to i skolen",
        "det er bare en forkølelse hun hoster lidt",
        "jeg er glad for livet",
        "mit hjerte sprang et slag over da jeg så regningen",
        "hvilket nummer ringer man ved mistanke om forgiftning",
        "ryggen driller men det er ikke værre end normalt",
    ],
)
def test_set_t_near_misses_are_no_emergency_and_doubt(said: str) -> None:
    found = detect(said)
    assert found is None or found.kind == "helpline", (said, found)
    assert doubtful(said), said


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # what the smaller model (128 units, 2026-12-05) no longer caught on its own in the
        # opened sets, as classes of the net, in our own sentences
        ("hans næseblødning der ikke stopper har varet en time", "acute"),
        ("jeg har fået mine piller to gang i morges", "poisoning"),
        ("jeg er holdt op med at tage medicinen og det må gerne være slut", "suicide"),
        ("han har en stor brandvabel på hånden", "urgent"),
        ("hun har blod i urinen", "urgent"),
        ("hun skrev farvel og at vi ikke skal lede efter hende", "suicide"),
        ("der er en splint i øjet som ikke vil ud", "urgent"),
    ],
)
def test_smaller_model_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and found.kind == kind, (said, found)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # set U's misses as classes, in our own sentences
        ("a er falden i gangen og kan ikkje komma op", "acute"),
        ("hans højre side er pludselig helt lammet", "acute"),
        ("jeg har blandet salmiak og klorin og nu hoster jeg", "poisoning"),
        ("jeg vil bare have lov at slippe", "suicide"),
        ("jeg har besluttet mig for at det er min sidste sommer", "suicide"),
        ("urinposen er helt tom og det trykker", "urgent"),
    ],
)
def test_set_u_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and found.kind == kind, (said, found)


def test_a_farewell_sent_and_no_answer_since_is_suicide_and_danger() -> None:
    """A farewell to all and the phone not answered since: Livslinien's number, and
    1-1-2 first, for someone not answering (set U)."""
    found = detect("min bror skrev til os alle at vi skal passe på hinanden og han svarer ikke")
    assert found is not None and found.kinds == frozenset({"acute", "suicide"}), found
    found = detect("min bror skrev til os alle at vi skal passe på hinanden i julen")
    assert found is None, found


@pytest.mark.parametrize(
    "said",
    [
        # set U's near misses, in our own sentences: no emergency in the words, and doubt
        # for the model's emergency intent alone
        "han faldt ned af træet da han var ti og har stadig et ar",
        "hvordan registrerer vi et fald hvor beboeren ikke slog sig",
        "er det 112 man ringer i hele europa",
        "det er hundekoldt udenfor i dag",
        "vi lavede yoga og trak vejret dybt ind",
        "jeg drømte at huset brændte",
        "det stod i avisen at man skal ringe hvis nogen falder om",
        "jeg slugte en kamel og tog med til banko",
        "min nakke er lidt stiv men det går over",
        "vi har skrevet testamente hos advokaten",
        "jeg kan ikke mere af den kage jeg er helt mæt",
        "jeg kan ikke leve uden mit kryds og tværs",
        "kan komfurvagten slukke hvis der går ild i panden",
        "hun har brækket håndleddet men har fået gips",
    ],
)
def test_set_u_near_misses_are_no_emergency_and_doubt(said: str) -> None:
    found = detect(said)
    assert found is None or found.kind == "helpline", (said, found)
    assert doubtful(said), said


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # set V's misses as classes, in our own sentences
        ("beboeren på stue 3 er ikke på sit værelse og hun er dement og det fryser", "acute"),
        ("han blev sidst set ved ti tiden og han har kun pyjamas på og det er frost", "acute"),
        ("ilten hjælper ikke længere og hun gisper", "acute"),
        ("jeg kan næsten ikke sige en hel sætning", "acute"),
        ("a ka ikkj kom op af gulvet", "acute"),
        ("min mand er faldet sammen i køkkenet", "acute"),
        ("hun har låst sig inde og døren er låst indefra og hun svarer ikke", "acute"),
        ("jeg kom til at hælde klorin i sammen med kalkfjerner og nu hoster jeg", "poisoning"),
        ("han tog en slurk fra en flaske i garagen der var vist terpentin", "poisoning"),
        ("den lille har haft farfars nikotinvæske lige i munden", "poisoning"),
        ("jeg har sprøjtet efter hvepse i stuen og nu er jeg svimmel", "poisoning"),
        ("vi har haft en gasovn tændt i sommerhuset og nu har vi kvalme", "poisoning"),
        ("efter Karl døde er der intet at stå op til", "suicide"),
        (
            "min kone døde i foråret og jeg tænker på hvordan jeg kan komme over til hende",
            "suicide",
        ),
        ("han har ordnet alle sine sager og sagt at han nok ikke er her til jul", "suicide"),
        ("jeg vil snart bare slutte det hele", "suicide"),
        ("jeg vil helst bare væk fra det hele", "suicide"),
    ],
)
def test_set_v_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and found.kind == kind, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # set V's near misses, in our own sentences: no emergency in the words
        "ved du hvad SOS står for",
        "jeg bliver så træt af alle de piller men jeg tager dem",
        "jeg blev helt forpustet op ad trappen men det var en dejlig tur",
        "jeg grinte så højt af revyen at jeg slet ikke kunne få vejret",
        "hun er faldet fuldstændig for den nye hjemmehjælper",
        "han hørte nyhederne om en brand i Vejle",
        "jeg får hjertebanken bare jeg tænker på tandlægen",
        "det står i pakken at den kan give kvalme er det slemt",
        "hvad gør jeg hvis der en nat går ild i trappen",
        "jeg sagde til ham han skulle passe på at han ikke gled på isen",
        "naboen kom med ambulance i vinter men han er rask igen",
        "sluk lyset for jeg vil sove og vågne klokken syv",
        "min datter arbejder med folk der har fået blodprop",
        "billedet er faldet ned fra væggen",
        "skærmen er blevet sort på min ipad",
        "jeg ville ønske min søster stadig levede",
        "sorgen er tung men det er blevet bedre",
        "var helt blå om læberne efter vinterbadet i går men nu sidder jeg med kakao",
        "barnebarnet leger doktor med æsken den er tom og vasket",
        "er jeg for gammel til at cykle",
        "vi vil bare væk fra det hele en uge i sommerhus",
    ],
)
def test_set_v_near_misses_are_no_emergency(said: str) -> None:
    found = detect(said)
    assert found is None or found.kind == "helpline", (said, found)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # set 12's: gone from where one is cared for and not found
        ("far er gået fra bostedet og vi kan ikke finde ham", "acute"),
    ],
)
def test_set_12_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and found.kind == kind, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # a rules question with a habit told; tired of typing to a machine (set 12)
        "er det lovligt med gps når en beboer med demens er gået fra afdelingen flere gange",
        "jeg orker ikke mere at vente på bussen",
    ],
)
def test_set_12_near_misses_are_no_emergency(said: str) -> None:
    found = detect(said)
    assert found is None or found.kind == "helpline", (said, found)


def test_tired_of_writing_to_a_machine_is_doubt_for_the_model() -> None:
    """ "jeg orker ikke mere at skrive med en maskine" (set 12: the model said Livslinien)."""
    assert doubtful("jeg gider ikke mere at tale med en computer")
    assert detect("jeg gider ikke mere at tale med en computer") is None


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # set W's misses as classes, in our own sentences
        ("min kone har pludselig den værste hovedpine nogensinde", "acute"),
        ("det kom som et lyn det er den værste hovedpine i mit liv", "acute"),
        (
            "hun tager ikke telefonen og hjemmeplejen siger hun ikke har lukket op hun har sukkersyge",
            "acute",
        ),
        ("en beboer er gået fra plejehjemmet i nat i hjemmesko og er ikke fundet endnu", "acute"),
        ("der lugter af gas i køkkenet og jeg er helt svimmel", "poisoning"),
        ("pejsen har osset ind i stuen hele aftenen og vi har hovedpine begge to", "poisoning"),
        ("jeg har lakeret gulvet med vinduerne lukket og nu er jeg helt ør", "poisoning"),
        ("jeg vil så gerne ud til Poul på kirkegården jo hurtigere jo bedre", "suicide"),
        ("jeg har gemt sovepillerne fra min søster og jeg tænker meget på dem", "suicide"),
        ("min mor har samlet på sovepiller i et halvt år", "suicide"),
        ("han har ikke kunnet tisse siden i morges", "urgent"),
        ("hun faldt i køkkenet i går og nu er anklen helt hævet", "urgent"),
        ("min mand har fået et fiskeben i halsen men han trækker vejret fint", "urgent"),
    ],
)
def test_set_w_classes_are_read(said: str, kind: str) -> None:
    """The kind is read (gas smelt with dizziness is acute too: 1-1-2 first, Giftlinjen
    beside it)."""
    found = detect(said)
    assert found is not None and kind in found.kinds, (said, found)
    assert found.kind == kind or kind == "poisoning", (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # set W's near misses, in our own sentences: no emergency in the words
        "jeg får hjertestop hver gang jeg åbner varmeregningen",
        "vi slog os løs til sølvbrylluppet",
        "jeg gik helt i stå i krydsordet",
        "det gør ondt i hjertet at høre om krigen",
        "der var brand på gården i nitten hundrede og femogtres",
        "min far havde en brand i stalden i tresserne",
        "hvad er forskellen på skadestuen og lægevagten egentlig",
        "hvorfor er nummeret 112 og ikke bare 111",
        "er Karens dosisrulle kommet med posten",
        "hvordan indberetter vi en utilsigtet hændelse med forkert medicin",
        "kan man blive forgiftet af gammelt brød",
        "jeg har røget i fyrre år men jeg holdt op med at ryge sidste år",
        "mine knæ er lidt stive i dag men det er alderen",
        "jeg flytter ikke på plejehjem før jeg fylder hundrede",
        "vores gamle nabo er død han fik et langt og godt liv",
        "røgen fra naboens bål er så irriterende",
        "barnebarnet samler på ambulancer og brandbiler",
        "jeg hørte i radioen om en ulykke ved Kolding",
    ],
)
def test_set_w_near_misses_are_no_emergency(said: str) -> None:
    found = detect(said)
    assert found is None or found.kind == "helpline", (said, found)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # set X's misses as classes, in our own sentences
        ("han har fået mørke pletter på maven og har høj feber", "acute"),
        ("kjolen fangede ild ved stearinlyset og huden er helt hvid", "acute"),
        ("der er en mand ved døren med en kniv og han truer os", "acute"),
        ("mor siger det føles mærkeligt i hele højre side", "acute"),
        ("fru Hansen er gået fra plejehjemmet i nat og hun har demens", "acute"),
        ("vi har ledt efter far i to timer og det er ved at blive mørkt han er dement", "acute"),
        ("petroleumsovnen har kørt i campingvognen og nu har vi hovedpine", "poisoning"),
        ("han fik afløbsrens i øjet og det svier", "poisoning"),
        ("hun har drukket vandet fra vasen med blomstergødning", "poisoning"),
        ("der står en tom æske sovepiller på bordet og han er sløv", "poisoning"),
        ("de ville have det lettere hvis jeg ikke var til", "suicide"),
        ("hun spurgte hvor højt der er ned fra broen og så meget trist ud", "suicide"),
        ("efter Anna døde vil jeg bare følge efter hende", "suicide"),
        ("han græder og siger at på fredag så er jeg her ikke mere", "suicide"),
        ("der er en rød stribe op ad benet fra såret", "urgent"),
    ],
)
def test_set_x_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and kind in found.kinds, (said, found)
    assert found.kind == kind or kind == "poisoning", (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # set X's near misses, in our own sentences: no emergency in the words
        "mit hjerte bløder for de forældreløse børn i nyhederne",
        "hvad er proceduren hvis en borger får et krampeanfald på badeturen",
        "jeg vil gerne have en komfurvagt så vi ikke laver ildebrand",
        "hvis der nu bliver brand i opgangen hvad gør vi så",
        "den regn tager livet af mig",
        "i filmen blev hun forgiftet af sin mand",
        "han tog livet af sig i Matador ikke",
        "vi skal lave et opslag om symptomer på blodprop",
        "jeg hoster om morgenen men det har jeg gjort i mange år",
        "min datter har fået arbejde på akutmodtagelsen",
        "det var min sidste cigaret nu har jeg røget min sidste smøg",
        "vi fik ild i brændeovnen i aftes det var hyggeligt",
        "min fod er god igen efter turen på skadestuen i sidste uge",
    ],
)
def test_set_x_near_misses_are_no_emergency(said: str) -> None:
    found = detect(said)
    assert found is None or found.kind == "helpline", (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # set X's, for the model alone: doubt marks
        "katten har spist af stueplanten igen",
        "jeg er glad for at jeg selv kan klare mig",
        "jeg tog fejl af datoen i går",
        "der er blod på forklædet fra rødbederne",
        "jeg har lidt ondt i ryggen men det er jo vejret",
    ],
)
def test_set_x_model_alone_is_not_taken(said: str) -> None:
    assert doubtful(said), said


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # set Y's misses as classes, in our own sentences
        (
            "min far har ikke svaret på telefonen siden i går og avisen ligger stadig på måtten",
            "acute",
        ),
        ("jeg skar mig på et glas og blodet fosser ud", "acute"),
        ("håndklædet er helt gennemblødt og jeg har skåret mig i hånden", "acute"),
        ("hun har smerter i brystet og er hvid som et lagen", "acute"),
        (
            "vi snakkede i telefonen og hun sagde hun var svimmel og så blev der helt stille i røret",
            "acute",
        ),
        ("der er skorstensbrand hos naboen", "acute"),
        ("han er helt sløv og den ene pupil er større end den anden", "acute"),
        ("min mand er faldet i havnen", "acute"),
        ("det har lugtet af røg fra opgangen i tyve minutter og ingen lukker op", "acute"),
        ("hunden er kommet hjem uden hende og det er ved at blive mørkt", "acute"),
        ("jeg mangler min kone hun gik en tur klokken fire", "acute"),
        ("borgeren var ikke hjemme ved aftenbesøget og hun er dement", "acute"),
        (
            "han har foræret sine fiskestænger væk og siger han ikke får brug for dem mere",
            "suicide",
        ),
        ("hvor mange sovepiller skal man tage for at dø", "suicide"),
        ("jeg har tjekket om krogen i loftet kan holde til mig", "suicide"),
        ("hun siger hun vil sulte sig selv ihjel", "suicide"),
        ("snart er det slut med det hele", "suicide"),
        ("han siger han går til Vorherre i aften", "suicide"),
        ("hun har haft diarré siden i forgårs og drikker næsten ikke", "urgent"),
        ("jeg vred om på foden og nu kan jeg ikke støtte på den", "urgent"),
        ("jeg har ondt i hoften og de smertestillende hjælper ikke", "urgent"),
    ],
)
def test_set_y_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and kind in found.kinds, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # set Y's near misses (and set 18's), in our own sentences: no emergency in the words
        "naboen troede der var sket en ulykke fordi vi larmede",
        "jeg kunne aldrig tåle røg da jeg var ung",
        "hun ligger på måtten og laver gymnastik hver morgen",
        "han skal spille i skolekomedien og skal råbe brand brand",
        "det lugter af brændt toast i køkkenet",
        "hvor hurtigt kan en ambulance komme ud til os på landet",
        "min datter har arbejde på alarmcentralen",
        "jeg kan ikke trække vejret igennem næsen når jeg er forkølet",
        "billetten kostede 112 kroner",
        "tager bus 112 til hospitalet",
        "står det i retningslinjen at man skal være to når en borger er faldet",
        "jeg kan ikke synke pillerne hele",
        "nu brænder det på med at nå toget",
        "hun ønsker ikke at blive genoplivet hvor skriver man det",
        "jeg snøvler fordi jeg har taget gebisset ud",
        "hans højre arm har været lammet siden polio som barn",
        "vi er bange for at hun falder igen og at ingen opdager det",
        "han fik en hjerneskade efter en ulykke og glemmer meget",
        "han vil ikke have fremmede i huset",
        "mind Karen i morgen at hun skal ringe til lægen",
    ],
)
def test_set_y_near_misses_are_no_emergency(said: str) -> None:
    found = detect(said)
    assert found is None or found.kind == "helpline", (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # set Y's, for the model alone: doubt marks
        "jeg er lidt øm efter vaccinen men ellers er alt godt",
        "vi kørte en farlig vej i tresserne",
        "jeg kan ikke mærke tungen efter bedøvelsen hos tandlægen",
        "og hvor ligger det henne",
    ],
)
def test_set_y_model_alone_is_not_taken(said: str) -> None:
    assert doubtful(said), said


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # set Z's misses as classes, in our own sentences
        ("jeg sidder på køkkengulvet og benene vil ikke bære mig op", "acute"),
        ("jeg er gået i gulvet ude på badeværelset", "acute"),
        ("hans mund er helt skæv i den ene side", "acute"),
        ("far snakker som om han er fuld men han drikker aldrig", "acute"),
        ("mor har skrevet en sms som er rent volapyk og nu tager hun ikke telefonen", "acute"),
        ("han har krampet i ti minutter nu", "acute"),
        ("vi har givet stesolid men det hjalp ikke", "acute"),
        ("hun svarer ikke inde bag døren og hjemmeplejen kan ikke komme ind", "acute"),
        ("jeg kan høre min nabo råbe derinde men han åbner ikke", "acute"),
        ("fars faldalarm har sendt besked to gange og han tager ikke telefonen", "acute"),
        ("vi har ikke hørt fra mormor siden tirsdag og naboen er bekymret", "acute"),
        ("han faldt på trappen og kan ikke huske hvad der skete", "acute"),
        ("hun faldt i går aftes og har kastet op hele natten", "acute"),
        ("på kameraet har han ligget på gulvet i to timer uden at røre sig", "acute"),
        ("min mave er stiv som et bræt og det gør forfærdeligt ondt", "acute"),
        ("hendes fod er blevet kold og bleg helt pludselig", "acute"),
        ("jeg kan ikke få kontakt med min mand han mumler bare", "acute"),
        ("han siger ikke noget og hans øjne er helt stive", "acute"),
        ("jeg har taget en hel pakke sovemedicin", "poisoning"),
        ("hun har fået dobbelt dosis i dag ved en fejl", "poisoning"),
        ("far fik sidste uges piller oven i de nye", "poisoning"),
        ("han drak af flasken og det viste sig at være afkalker", "poisoning"),
        ("jeg fik ovnrens i øjnene", "poisoning"),
        ("jeg gjorde rent med klorin i et lille rum og nu hoster jeg", "poisoning"),
        ("hvad har jeg egentlig at leve for", "suicide"),
        ("jeg vil bare sove for altid", "suicide"),
        ("jeg har tænkt på at lade mig falde fra altanen", "suicide"),
        ("hvis jeg tager alle mine piller kan jeg så sove ind", "suicide"),
        ("jeg vil gerne slukke mig selv", "suicide"),
        ("sukkermåleren viser seksogtyve og jeg er tør i munden", "urgent"),
    ],
)
def test_set_z_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and kind in found.kinds, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # set Z's near misses, in our own sentences: no emergency in the words
        "brødet er helt sort og det lugter brændt men det var bare mig der glemte det",
        "hvordan svarer du hvis en bruger skriver at han er faldet",
        "drengen faldt på cyklen men nu griner han igen",
        "mine fingre er helt blå om fingrene af kulde",
        "sidste gang jeg var på skadestuen ventede vi længe",
        "vi griner tit af dengang mor faldt i søen",
        "uret siger jeg er faldet hver gang jeg vifter med armene",
        "jeg drømte at huset brændte og så vågnede jeg",
        "mit hoved eksploderer af alle de passwords",
        "blodsukkeret er faldet fint efter kostomlægningen",
        "han var syg i sidste uge men nu er han meget bedre",
        "jeg var ved at springe ud af mit skind af glæde",
    ],
)
def test_set_z_near_misses_are_no_emergency(said: str) -> None:
    found = detect(said)
    assert found is None or found.kind == "helpline", (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # set Z's, for the model alone: doubt marks
        "sig til min datter at der ikke er noget galt",
        "jeg kan ikke finde ud af den nye tablet",
        "trykket er faldet efter den nye medicin",
    ],
)
def test_set_z_model_alone_is_not_taken(said: str) -> None:
    assert doubtful(said), said


@pytest.mark.parametrize(
    "said",
    [
        # sets 19-21's model false alarms, in our own sentences: doubt marks
        "hvem bestemmer om min far kan få den",
        "kan hun få en rollator lånt",
        "du er helt ubrugelig og forstår ikke en brik",
    ],
)
def test_sets_19_to_21_model_alone_is_not_taken(said: str) -> None:
    assert doubtful(said), said


def test_a_helper_who_is_ill_is_no_emergency() -> None:
    assert detect("aflys frisøren i morgen, frisøren er blevet syg") is None
    found = detect("min mand er syg og har høj feber")
    assert found is not None and found.kind == "urgent"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # set Æ's misses as classes, in our own sentences
        ("det brænder i brystet og stråler op i kæben", "acute"),
        ("han har ondt og det trykker ud i venstre arm", "acute"),
        ("hun kan ikke tale ordentligt", "acute"),
        ("or dene kom mer ikke ud af munden på ham", "acute"),
        ("mors stemme er helt snøvlende i telefonen", "acute"),
        ("han lyder fuld men han drikker jo aldrig", "acute"),
        ("der står lys ud under fars dør og han åbner ikke", "acute"),
        ("brandalarmen bipper hos naboen og hun er helt forvirret", "acute"),
        ("hun ringede nede fra badeværelsesgulvet", "acute"),
        ("han forsvandt ud af billedet på skype og nu svarer han ikke", "acute"),
        ("beboeren har trykket på nødkaldet og svarer ikke", "acute"),
        ("hun kaster blod op", "acute"),
        ("min mand kan ikke bevæge sin højre arm", "acute"),
        ("motoren har kørt i garagen og nu er han svimmel", "poisoning"),
        ("hun har drukket en øl oven i sine sovepiller", "poisoning"),
        ("vi fandt en tom flaske rensebenzin ved hans seng", "poisoning"),
        ("drengen har fået fat i farmors morfin", "poisoning"),
        ("jeg aner ikke hvor mange hun har taget", "poisoning"),
        ("han har taget pamol hver anden time i tre dage", "poisoning"),
        ("jeg har taget jagtgeværet frem igen", "suicide"),
        ("jeg sidder i bilen i garagen med døren lukket og motoren kører", "suicide"),
        ("det er mit sidste forår det har jeg bestemt", "suicide"),
        ("operationssåret er rødt og hævet og der kommer pus", "urgent"),
        ("jeg har fået noget i øjet og det gør så ondt", "urgent"),
    ],
)
def test_set_ae_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and kind in found.kinds, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # set Æ's near misses, in our own sentences: no emergency in the words
        "kan du læse vejr udsigten for weekenden op",
        "mor er faldet godt til i sin nye lejlighed",
        "jeg faldt over en gammel artikel om min hjemby",
        "jeg får helt hjertestop når jeg ser hvad strømmen koster",
        "jeg får hjertebanken når Brøndby scorer",
        "min søn siger at jeg skal ringe 112 når der sker noget",
        "hvad gør jeg med min hund hvis jeg bliver syg",
        "i 1985 faldt jeg ned fra en stige og siden har knæet været dårligt",
        "hvorfor blev det egentlig 112 man skulle ringe til",
        "det svier lidt efter myggestikket men det går vel over",
    ],
)
def test_set_ae_near_misses_are_no_emergency(said: str) -> None:
    found = detect(said)
    assert found is None or found.kind == "helpline", (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # set Æ's and set 23's, for the model alone: doubt marks
        "nej bare halvt",
        "hov ikke helt ned",
        "at ringe til lægen om recepten",
        "det klør lidt på armen men det går sikkert over",
        "hvornår skal skemaet så sendes ind",  # set 20's class: a question of when
    ],
)
def test_set_ae_model_alone_is_not_taken(said: str) -> None:
    assert doubtful(said), said


def test_a_question_of_when_one_dies_is_no_question_of_time() -> None:
    assert not doubtful("hvornår skal jeg dø")


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # set Ø's misses as classes, in our own sentences
        ("han ligger på badeværelset og er svær at vække", "acute"),
        ("min hjertestarter har givet mig to stød inden for en time", "acute"),
        ("mor med alzheimer er ikke kommet hjem og der er frost i nat", "acute"),
        ("jeg faldt og slog hovedet i går og jeg tager eliquis og nu er jeg så sløj", "acute"),
        ("der står en mand ude ved døren og siger han slår mig ihjel", "acute"),
        ("min dattersøn har slugt et knapcellebatteri", "acute"),
        ("han sagde ord der ikke hang sammen og nu svarer han ikke", "acute"),
        ("hun har trykket på alarmen og vi kan ikke komme ind", "acute"),
        ("hun har ligget på gulvet siden i går og er faldet for mange timer siden", "acute"),
        ("der er blod i urinposen og han er grå i hovedet", "acute"),
        ("mor har ikke åbnet for hjemmeplejen og hun tager ikke telefonen", "acute"),
        (
            "jeg kan ikke komme ud af sengen og har ikke fået noget at drikke siden i morges",
            "acute",
        ),
        ("pulsen er 35 og jeg er svimmel", "acute"),
        ("jeg har taget hundens loppemiddel ved en fejl", "poisoning"),
        ("vi ved ikke hvor mange der mangler af hans sovepiller", "poisoning"),
        ("hun tager sin metotrexat hver dag nu", "poisoning"),
        ("hun beder os om noget så hun kan slippe", "suicide"),
        ("jeg vil lægge mig ud i sneen og sove", "suicide"),
        ("det skal ikke være slemt for dem der finder mig", "suicide"),
        ("operationssåret siver gult", "urgent"),
        ("hunden bed mig i armen og nu er den hævet", "urgent"),
        ("jeg har fået udslæt efter de nye piller", "urgent"),
    ],
)
def test_set_oe_classes_are_read(said: str, kind: str) -> None:
    found = detect(said)
    assert found is not None and kind in found.kinds, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        # set Ø's near misses, in our own sentences: no emergency in the words
        "vi sad og hyggede med ild i brændeovnen",
        "jeg fik slugt en myg på cykelturen",
        "hans blod er for tyndt siger lægen men det er styr på det",
        "myggestikket blev slet ikke hævet",
        "ingen kramper siden sidste uge",
        "det er så varmt herinde jeg er ved at blive kvalt",
        "far er faldet til ro efter middagen",
        "jeg så en udsendelse om svampeforgiftning i går",
        "børnene har ligget på gulvet og leget med lego",
        "han faldt om i sengen og sov straks",
        "hvad skal jeg sige til 112 når de tager telefonen",
    ],
)
def test_set_oe_near_misses_are_no_emergency(said: str) -> None:
    found = detect(said)
    assert found is None or found.kind == "helpline", (said, found)


@pytest.mark.parametrize(
    "said",
    [
        "mit hjerte tog en kolbøtte af glæde",
        "han sprang i luften over elregningen",
        "jeg har ondt i benene efter løbeturen men det er den gode slags",
        "blodtrykket var 130 er det fint ikke",
    ],
)
def test_set_oe_model_alone_is_not_taken(said: str) -> None:
    assert doubtful(said), said
