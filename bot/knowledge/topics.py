"""Ids of the knowledge base's topics that some questions are answered with directly.

The answerer (bot/knowledge/answers.py) turns to these when a question is recognised
(bot/knowledge/questions.py, bot/knowledge/concerns.py); the ids are the topics' ids in
data/knowledge/.
"""

from __future__ import annotations

from bot.knowledge.loader import CATEGORIES_OVERVIEW_ID

# Watching a resident in a care home: cameras and sound are not allowed; alarms and
# sensors need the municipal council's approval (Region Midtjylland's report).
VIDEO_RULES = "videoovervaagning_ikke_tilladt"
ALARM_RULES = "magtanvendelse_sensorer"
CHOICE = "etik_frivillighed_kontrol_gennemsigtighed"
WATCHING_ETHICS = "etik_overvaagning_privatliv"
# Help with one's own tablet, computer or the internet: the library's volunteers.
DEVICE_HELP = "nethjaelpen"
# Consent and the council's approval, the positive list, and where to see and try
# everyday technology and aids (set 19).
CONSENT = "samtykke_og_godkendelse"
POSITIVE_LIST = "positivliste_128a"
TRY_OUT = "overskud_i_hverdagen"

# The subjects some questions are answered with (bot/knowledge/asked.py reads them).
WHY_TECHNOLOGY = "hvorfor_velfaerdsteknologi"
EVIDENCE = "vive_evaluering_2021"
COUNCIL_RULES = "magtanvendelse_og_velfaerdsteknologi"

# Small aids borrowed or tried before buying ("kan man låne dem", "prøve dem af først"):
# the library's Teknoteket.
BORROWING = "teknoteket"
# How one gets a technology or an aid: the municipality's visitation.
GETTING = "faa_velfaerdsteknologi"
# A brand or a make to recommend: the municipality may not advertise products (Horsens'
# strategy, told with its leaflets).
NO_BRANDS_TOPIC = "teknologipjecer"
# Money asked for to try out or start new technology ("hvor kan vi få midler til et
# forsøg med ny teknologi"): Horsens' pool for it (set 9). Not a subsidy for one's own aid.
POOL = "velfaerdsteknologipulje"

# What welfare technology is: KL's definition, Horsens' and KL's list of categories.
WELFARE_DEFINED = "velfaerdsteknologi_definition_kl"
DEFINITION_TOPICS = frozenset(
    {
        "velfaerdsteknologi_definition_kl",
        "velfaerdsteknologi_definition_horsens",
        CATEGORIES_OVERVIEW_ID,
    }
)
# Technology instead of people: the documents' answer is that it supplements care.
SUPPLEMENT_TOPIC = "technology_supplements_care"
CHATBOTS = "chatbots"
# The ethics of contact, freedom and loneliness (KL's declaration; set 31)
LONELINESS = "etik_kontakt_frihed_ensomhed"
# technology against loneliness (set 35): the category of social technologies
SOCIAL_TECHNOLOGY = "sociale_teknologier"
# a machine that cleans asked for (set 35): the category of cleaning technology
CLEANING = "rengoerings_og_serviceteknologi"
# Set 43 (bot/knowledge/heard.py): the survey's subjects asked plainly, the map of the
# municipalities' projects, screens with the family, sleep sensors, the rules of consent
RECRUITMENT = "rekruttering_2024"
CITIZENS_INVOLVED = "borgerinddragelse_2024"
SURVEY_2024 = "undersoegelse_2024"
PROJECT_MAP = "velfaerdsteknologisk_landkort"
FAMILY_SCREEN = "skaermsamvaer_med_paaroerende"
SLEEP_SENSOR = "soevnsensor"
VIDEO_CARE = "videoloesninger_bostoette_pleje"
# Set 44 (bot/knowledge/relayed.py): the price asked after a subject (the documents say
# nothing of prices), and whether the municipalities save money (the 2024 survey)
PRICE = "pris_paa_velfaerdsteknologi"
SAVINGS = "oekonomisk_besparelse_2024"
# subjects whose own sentences tell what something costs (the pool's 2 mio. kr. a year)
# or what the place offers (Teknoteket lends, Nethjælpen's volunteers help)
PRICED = frozenset({POOL, "soeg_velfaerdsteknologipuljen", PRICE, BORROWING, DEVICE_HELP})

# The medicine category: its dosing machines and reminders come first for a need of
# forgetting one's pills (set 58).
MEDICINE = "medicinhaandtering"
