"""Events: who did what to whom, coded in PLOVER, on sentences a news reader would meet."""

import pytest

import dyad
from helpers import spans_off_the_text

PUBLISHED = "2025-03-10"


def party(mention: dict) -> str:
    """A mention as the PLOVER gold standard compares it: its country, else its code; a stateless
    body by its type ("IGOJUD", the ICC, is IGO)."""
    code = mention["code"]
    return mention["country"] or (code[:3] if code and code[:3] in ("IGO", "NGO") else code)


def coded(text: str) -> list[dict]:
    return dyad.code(text, published=PUBLISHED)["events"]


def only_event(text: str) -> dict:
    """The one event the sentence asserts (or plans); negated or alleged ones aside."""
    events = [e for e in coded(text) if e["status"] in ("asserted", "future")]
    assert len(events) == 1, [(e["type"], e["trigger"]["text"]) for e in events]
    return events[0]


# sentence, type, CAMEO code (prefix), actor parties, recipient parties
TYPES = [
    # AGREE
    ("Iran offered to resume talks with the European Union.", "AGREE", "03", {"IRN"}, {"IGO"}),
    ("The Kenyan government offered to mediate between Ethiopia and Eritrea.", "AGREE", "03", {"KEN"}, {"ETH", "ERI"}),
    # CONSULT: a visitor is the actor, the host the recipient
    ("Indian Prime Minister Narendra Modi visited Tokyo on Friday.", "CONSULT", "042", {"IND"}, {"JPN"}),
    ("Putin telephoned Erdogan on Monday.", "CONSULT", "041", {"RUS", "TUR"}, set()),
    # SUPPORT
    ("Germany praised Poland for its handling of the refugee crisis.", "SUPPORT", "051", {"DEU"}, {"POL"}),
    ("Canada recognized the new government of Syria.", "SUPPORT", "054", {"CAN"}, {"SYR"}),
    # CONCEDE
    ("Egypt apologized to Sudan for the border incident.", "CONCEDE", "05", {"EGY"}, {"SDN"}),
    # COOPERATE
    ("Colombia extradited a drug lord to the United States.", "COOPERATE", "063", {"COL"}, {"USA"}),
    # AID
    ("Japan sent humanitarian aid to the Philippines after the typhoon.", "AID", "073", {"JPN"}, {"PHL"}),
    ("Saudi Arabia gave Yemen 500 million dollars in aid.", "AID", "071", {"SAU"}, {"YEM"}),
    # RETREAT
    ("Israel withdrew its troops from southern Lebanon.", "RETREAT", "087", {"ISR"}, {"LBN"}),
    ("The Kenyan army pulled out of Somalia in June.", "RETREAT", "087", {"KEN"}, {"SOM"}),
    ("Turkey released two Greek soldiers detained near the border.", "RETREAT", "0841", {"TUR"}, {"GRC"}),
    # REQUEST
    ("Pakistan urged India to resume dialogue over Kashmir.", "REQUEST", "0", {"PAK"}, {"IND"}),
    ("Seoul demanded that Pyongyang release the detained fishermen.", "REQUEST", "10", {"KOR"}, {"PRK"}),
    # ACCUSE
    ("Venezuela accused Colombia of harboring armed groups.", "ACCUSE", "112", {"VEN"}, {"COL"}),
    ("Brazil criticized the United States over its tariffs.", "ACCUSE", "111", {"BRA"}, {"USA"}),
    # REJECT
    ("Iran rejected the American proposal for direct talks.", "REJECT", "12", {"IRN"}, {"USA"}),
    ("Poland refused to sign the migration pact.", "REJECT", "12", {"POL"}, set()),
    # THREATEN
    ("North Korea threatened to strike South Korea if the drills continued.", "THREATEN", "13", {"PRK"}, {"KOR"}),
    # PROTEST
    ("Thousands of protesters demonstrated in Belgrade against the Serbian government.", "PROTEST", "14",
     {"SRB"}, {"SRB"}),
    # SANCTION
    ("The European Union imposed new sanctions on Russia.", "SANCTION", "163", {"IGO"}, {"RUS"}),
    ("Lithuania expelled three Russian diplomats.", "SANCTION", "166", {"LTU"}, {"RUS"}),
    ("Serbia recalled its ambassador from Montenegro.", "SANCTION", "161", {"SRB"}, {"MNE"}),
    ("India suspended trade with Pakistan.", "SANCTION", "16", {"IND"}, {"PAK"}),
    # MOBILIZE
    ("Azerbaijan deployed troops along the border with Armenia.", "MOBILIZE", "154", {"AZE"}, set()),
    # COERCE
    ("Police in Kenya arrested 40 opposition supporters in Nairobi.", "COERCE", "173", {"KEN"}, {"KEN"}),
    ("Turkey deported 200 Syrian refugees.", "COERCE", "174", {"TUR"}, {"SYR"}),
    # ASSAULT
    ("Russia invaded Ukraine in February 2022.", "ASSAULT", "19", {"RUS"}, {"UKR"}),
    ("Ethiopian troops killed 20 rebels in Tigray.", "ASSAULT", "19", {"ETH"}, {"ETH"}),
    ("Israeli warplanes struck targets in Gaza on Sunday.", "ASSAULT", "19", {"ISR"}, {"PSE"}),
]

# Structures of the parse: passive, coordination, control, prepositional recipients, hostless
# meetings, nominal triggers.
STRUCTURES = [
    ("The proposal was rejected by the Iranian foreign minister.", "REJECT", "12", {"IRN"}, set()),
    ("The plan was endorsed by Hungary and Slovakia.", "SUPPORT", "051", {"HUN", "SVK"}, set()),
    ("Russia was accused by Ukraine of shelling the Zaporizhzhia plant.", "ACCUSE", "112", {"UKR"}, {"RUS"}),
    ("China and Russia signed an agreement on energy cooperation on Tuesday.", "SUPPORT", "057", {"CHN", "RUS"}, set()),
    ("The United States and Mexico agreed to share intelligence on drug cartels.", "AGREE", "03", {"USA", "MEX"},
     set()),
    ("The Ukrainian president called on the United States to send more air defense systems.", "REQUEST", "0",
     {"UKR"}, {"USA"}),
    ("The German chancellor called on Moscow to withdraw its troops from Ukraine.", "REQUEST", "0", {"DEU"}, {"RUS"}),
    ("The French president met with the German chancellor in Paris on Monday.", "CONSULT", "04", {"DEU"}, {"FRA"}),
    ("Iranian and Saudi officials met in Baghdad on Wednesday.", "CONSULT", "040", {"IRN", "SAU"}, set()),
    ("The United States imposed sanctions on Iranian oil exports.", "SANCTION", "163", {"USA"}, {"IRN"}),
    ("The United States halted military aid to Ukraine.", "SANCTION", "162", {"USA"}, {"UKR"}),
    ("Canada announced sanctions on Russia.", "SANCTION", "163", {"CAN"}, {"RUS"}),
    ("The Spanish prime minister travelled to Rabat for talks with Moroccan officials.", "CONSULT", "042",
     {"ESP"}, {"MAR"}),
    # the recipient in what a shipment is of; the source of an "according to" phrase is no party
    ("The Netherlands suspended a shipment of artillery shells to Ukraine, according to Dutch broadcaster NOS.",
     "SANCTION", "162", {"NLD"}, {"UKR"}),
    ("Britain halted arms sales to Israel, according to the BBC.", "SANCTION", "16", {"GBR"}, {"ISR"}),
    ("The World Bank lent Kenya 500 million dollars.", "AID", "071", {"IGO"}, {"KEN"}),
    # the other party to what is rejected or broken, not the doer's own "his"
    ("The Kenyan president reneged on his promise to the Somali people.", "REJECT", "12", {"KEN"}, {"SOM"}),
    ("Iran rejected the nuclear deal with the United States.", "REJECT", "12", {"IRN"}, {"USA"}),
    ("Greece refused entry to a Turkish delegation.", "REJECT", "12", {"GRC"}, {"TUR"}),
    ("Japan imposed tariffs on imports from China.", "SANCTION", "163", {"JPN"}, {"CHN"}),
    ("Canada imposed sanctions on Russia's oil exports.", "SANCTION", "163", {"CAN"}, {"RUS"}),
    ("Syria rejected Turkish amendments to the border agreement.", "REJECT", "12", {"SYR"}, {"TUR"}),
    # an act done for a purpose at a destination is aimed at it
    ("The IAEA has sent 12 inspectors to Iran to investigate.", "ACCUSE", "09", {"IGO"}, {"IRN"}),
    ("Burmese authorities placed the opposition leader under house arrest.", "COERCE", "173", {"MMR"}, {"MMR"}),
    # an investigation in the passive with no investigator named is the state's where it happens
    ("A British journalist was put under investigation in France.", "ACCUSE", "090", {"FRA"}, {"GBR"}),
    # the small parser reads this subject as an adverb
    ("Turkey massed troops on the Syrian border.", "MOBILIZE", "154", {"TUR"}, {"SYR"}),
    # taking territory by force is fighting (CAMEO 192 under 19 FIGHT); annexing it is coercion
    ("Tuareg rebels captured the town of Kidal in northern Mali.", "ASSAULT", "190", {"MLI"}, {"MLI"}),
    ("Russia annexed Crimea.", "COERCE", "192", {"RUS"}, set()),
    # a named town is taken, not arrested, also one the small tagger takes for a person
    ("Sri Lankan troops captured Jaffna after a 50-day offensive.", "ASSAULT", "190", {"LKA"}, {"LKA"}),
    ("Iraqi troops captured Ramadi on Sunday.", "ASSAULT", "190", {"IRQ"}, {"IRQ"}),
    ("Peruvian police captured Guzman in a raid on his hideout.", "COERCE", "173", {"PER"}, set()),
    ("Turkey threatened to seize the Syrian town of Manbij.", "THREATEN", "138", {"TUR"}, {"SYR"}),
    # vowing armed conflict is a threat
    ("Palestinian militants vowed to avenge the death of their leader.", "THREATEN", "13", {"PSE"}, set()),
    ("Turkish officials vowed to keep up their fight against Kurdish militants in Iraq.", "THREATEN", "13",
     {"TUR"}, {"IRQ"}),
    ("Sudan waged war on South Sudan.", "ASSAULT", "190", {"SDN"}, {"SSD"}),
    ("The Turkish army launched a military operation against Kurdish rebels in northern Iraq.", "ASSAULT", "190",
     {"TUR"}, {"IRQ"}),
    # the province the operation was waged in is whom its end is for (as the gold's "lifted a state of
    # emergency in West Darfur State")
    ("The Indonesian government suspended the military operation in Aceh.", "RETREAT", "087", {"IDN"}, {"IDN"}),
    ("The Algerian government ended the state of emergency.", "CONCEDE", "0814", {"DZA"}, set()),
    ("Washington expressed its appreciation to Jordan for its role in the talks.", "SUPPORT", "051",
     {"USA"}, {"JOR"}),
    ("The Organization of African Unity rallied behind Ethiopia.", "SUPPORT", "053", {"IGO"}, {"ETH"}),
    ("The IMF disbursed 1 billion dollars to Argentina.", "AID", "071", {"IGO"}, {"ARG"}),
    ("Nigeria contributed troops to the peacekeeping force in Sierra Leone.", "AID", "074", {"NGA"}, {"SLE"}),
    # stances as adjectives
    ("The Egyptian foreign minister was critical of Israel.", "ACCUSE", "111", {"EGY"}, {"ISR"}),
    ("Germany has been supportive of Ukraine.", "SUPPORT", "051", {"DEU"}, {"UKR"}),
    ("Iran is unwilling to negotiate with the United States.", "REJECT", "12", {"IRN"}, {"USA"}),
    ("Japan is eager to cooperate with India.", "AGREE", "03", {"JPN"}, {"IND"}),
    ("Turkey is determined to fight the Syrian army.", "THREATEN", "13", {"TUR"}, {"SYR"}),
    # attacks on computers are cyber coercion; forced displacement and stripped citizenship are coercion
    ("Iranian hackers attacked the websites of US banks.", "COERCE", "170", {"IRN"}, {"USA"}),
    ("Government troops forced villagers from their homes in Burundi.", "COERCE", "174", {"BDI"}, {"BDI"}),
    ("Authorities in Bahrain stripped 72 people of their citizenship.", "COERCE", "172", {"BHR"}, {"BHR"}),
    # forces sent to protect others provide military protection (CAMEO 074)
    ("The United States dispatched warships to protect Kuwaiti tankers in the Gulf.", "AID", "074", {"USA"}, {"KWT"}),
]

# Triggers across the PLOVER types' modes that the manual and CAMEO name (written for dyad).
BROADER = [
    ("Israel retaliated against Hezbollah with airstrikes.", "ASSAULT", "19", {"ISR"}, {"LBN"}),
    ("North Korea vowed to retaliate against South Korea.", "THREATEN", "13", {"PRK"}, {"KOR"}),
    ("Chinese hackers breached the networks of the Australian parliament.", "COERCE", "170", {"CHN"}, {"AUS"}),
    ("Turkey handed over the suspect to Germany.", "COOPERATE", "063", {"TUR"}, {"DEU"}),
    # but prisoners handed over are released
    ("Russia handed 90 prisoners of war over to Ukraine.", "RETREAT", "0841", {"RUS"}, {"UKR"}),
    ("North Korea ignored the Japanese appeal.", "REJECT", "12", {"PRK"}, {"JPN"}),
    ("The Hungarian parliament voted against the EU migration plan.", "REJECT", "12", {"HUN"}, {"IGO"}),
    ("Venezuela denied entry to a European Parliament delegation.", "REJECT", "12", {"VEN"}, {"IGO"}),
    ("Seoul protested to Tokyo over the textbooks.", "ACCUSE", "114", {"KOR"}, {"JPN"}),
    ("Washington welcomed the election of the new Kenyan president.", "SUPPORT", "051", {"USA"}, {"KEN"}),
    ("Poland invited NATO to station troops on its territory.", "REQUEST", "020", {"POL"}, {"IGO"}),
    # a role takes the country of its "of" or "from" phrase; people a state holds are of its country
    ("Israeli troops detained the mayor of Nablus.", "COERCE", "173", {"ISR"}, {"PSE"}),
    ("Negotiators from Sudan and South Sudan resumed talks in Addis Ababa.", "CONSULT", "04", {"SDN", "SSD"}, set()),
    ("The Ivorian government released 50 political prisoners.", "RETREAT", "084", {"CIV"}, {"CIV"}),
    # authorities pulling down homes coerce; security forces raiding offices search, militants attack
    ("Israeli bulldozers demolished Palestinian homes in Rafah.", "COERCE", "171", {"ISR"}, {"PSE"}),
    ("Opposition parties in Kenya postponed their protests.", "CONCEDE", "082", {"KEN"}, set()),
    # a place-targeted act in a place owned by a nation is aimed at it
    ("Palestinian prisoners went on hunger strike in Israeli jails.", "PROTEST", "14", {"PSE"}, {"ISR"}),
    ("Nurses at three London hospitals walked off the job over pay.", "PROTEST", "143", {"GBR"}, {"GBR"}),
    # lawmakers staying away from their own chamber protest; a state staying away declines to meet
    ("Opposition lawmakers in Zimbabwe boycotted the president's budget speech.", "PROTEST", "143", {"ZWE"}, {"ZWE"}),
    ("Lawmakers in Zimbabwe boycotted the president's budget speech.", "PROTEST", "143", {"ZWE"}, {"ZWE"}),
    ("China boycotted the Nobel ceremony in Oslo.", "REJECT", "125", {"CHN"}, {"NOR"}),
    ("France voiced concern over the arrests in Algeria.", "ACCUSE", "11", {"FRA"}, {"DZA"}),
    ("Germany expressed disappointment with the Polish decision.", "ACCUSE", "11", {"DEU"}, {"POL"}),
    ("The Philippines recalled its ambassador to China.", "SANCTION", "161", {"PHL"}, {"CHN"}),
    ("Kenya sued Uganda at the International Court of Justice.", "ACCUSE", "11", {"KEN"}, {"UGA"}),
    ("Ethiopia closed its embassy in Cairo.", "SANCTION", "16", {"ETH"}, {"EGY"}),
    # the author of a text that demands is the one demanding; the places it names are not the author's
    ("The Security Council adopted a resolution demanding that Israel withdraw from Lebanon.", "REQUEST", "10",
     {"IGO"}, {"ISR"}),
    ("Zimbabwean police raided the offices of an opposition newspaper in Harare.", "COERCE", "171", {"ZWE"}, {"ZWE"}),
]



# Sentences written for dyad across the types' modes (PLOVER manual, CAMEO categories): one event each.
MODES = [
    ("Iran warned it would close the Strait of Hormuz if attacked.", "THREATEN", "13", {"IRN"}, set()),
    ("China warned Taiwan against declaring independence.", "THREATEN", "13", {"CHN"}, {"TWN"}),
    ("Turkey threatened to expel the Dutch ambassador.", "THREATEN", "13", {"TUR"}, {"NLD"}),
    ("Russia threatened to cut off gas supplies to Ukraine.", "THREATEN", "13", {"RUS"}, {"UKR"}),
    ("Hamas gave Israel an ultimatum to withdraw from Gaza.", "THREATEN", "13", {"PSE"}, {"ISR"}),
    ("Serbia threatened to break off talks with Kosovo.", "THREATEN", "13", {"SRB"}, {"XKX"}),
    ("India warned Pakistan of serious consequences.", "THREATEN", "13", {"IND"}, {"PAK"}),
    ("The United States threatened Venezuela with new sanctions.", "THREATEN", "13", {"USA"}, {"VEN"}),
    ("A court in Algeria issued an arrest warrant for the exiled opposition leader.",
     "THREATEN", "13", {"DZA"}, {"DZA"}),
    ("Egyptian police detained 30 journalists in Cairo.", "COERCE", "17", {"EGY"}, {"EGY"}),
    ("Iranian authorities seized a British oil tanker in the Gulf.", "COERCE", "17", {"IRN"}, {"GBR"}),
    ("Security forces raided the offices of an opposition newspaper in Harare.", "COERCE", "17", {"ZWE"}, {"ZWE"}),
    ("The government of Sudan imposed a curfew in Khartoum.", "COERCE", "17", {"SDN"}, {"SDN"}),
    ("Pakistan declared a state of emergency.", "COERCE", "17", {"PAK"}, set()),
    ("Russia expelled two Estonian journalists.", "COERCE", "17", {"RUS"}, {"EST"}),
    ("Nicaragua banned the main opposition party.", "COERCE", "17", {"NIC"}, {"NIC"}),
    ("Authorities in Belarus jailed the opposition leader for 15 years.", "COERCE", "17", {"BLR"}, {"BLR"}),
    ("Algeria lifted the state of emergency.", "CONCEDE", "08", {"DZA"}, set()),
    ("The Sri Lankan government lifted the curfew in Colombo.", "CONCEDE", "08", {"LKA"}, {"LKA"}),
    ("The president of Nigeria pardoned 300 prisoners.", "CONCEDE", "08", {"NGA"}, {"NGA"}),
    ("Japan apologized to South Korea for its wartime abuses.", "CONCEDE", "05", {"JPN"}, {"KOR"}),
    ("Israel eased restrictions on Gaza.", "CONCEDE", "08", {"ISR"}, {"PSE"}),
    ("Myanmar's junta freed the detained politician under an amnesty.", "RETREAT", "08", {"MMR"}, {"MMR"}),
    ("The Serbian government conceded defeat.", "CONCEDE", "08", {"SRB"}, set()),
    ("Germany granted asylum to the Russian dissident.", "AID", "07", {"DEU"}, {"RUS"}),
    ("The United States supplied Ukraine with missiles.", "AID", "07", {"USA"}, {"UKR"}),
    ("France airlifted food to Haiti.", "AID", "07", {"FRA"}, {"HTI"}),
    ("China donated vaccines to Cambodia.", "AID", "07", {"CHN"}, {"KHM"}),
    ("Britain provided Jordan with military assistance.", "AID", "07", {"GBR"}, {"JOR"}),
    ("India and Russia held joint military exercises.", "COOPERATE", "06", {"IND", "RUS"}, set()),
    ("Israel shared intelligence with Jordan.", "COOPERATE", "06", {"ISR"}, {"JOR"}),
    ("The UN Security Council called for an immediate ceasefire in Sudan.", "REQUEST", "02", {"IGO"}, {"SDN"}),
    ("Kenya appealed to donors for food aid.", "REQUEST", "02", {"KEN"}, set()),
    ("Ukraine asked Germany for more tanks.", "REQUEST", "02", {"UKR"}, {"DEU"}),
    ("Lebanon requested an emergency meeting of the Arab League.", "REQUEST", "02", {"LBN"}, {"IGO"}),
    ("The opposition demanded the resignation of the Nigerian president.", "REQUEST", "10", {"NGA"}, {"NGA"}),
    ("Iraq pressed Turkey to withdraw its troops.", "REQUEST", "02", {"IRQ"}, {"TUR"}),
    ("Egypt urged Ethiopia to resume negotiations on the dam.", "REQUEST", "02", {"EGY"}, {"ETH"}),
    ("Human Rights Watch called on Myanmar to release political prisoners.", "REQUEST", "02", {"NGO"}, {"MMR"}),
    ("France sought Algeria's help in the investigation.", "REQUEST", "02", {"FRA"}, {"DZA"}),
    ("Russia blamed Ukraine for the attack on the bridge.", "ACCUSE", "11", {"RUS"}, {"UKR"}),
    ("Iran summoned the British ambassador.", "ACCUSE", "11", {"IRN"}, {"GBR"}),
    ("The ICC charged the former Ivorian president with crimes against humanity.", "ACCUSE", "11", {"IGO"}, {"CIV"}),
    ("Belgrade slammed Croatia over the arrest.", "ACCUSE", "11", {"SRB"}, {"HRV"}),
    ("Armenia lodged a complaint against Azerbaijan.", "ACCUSE", "11", {"ARM"}, {"AZE"}),
    ("Russia vetoed the UN resolution on Syria.", "REJECT", "12", {"RUS"}, {"IGO"}),
    ("Bolivia refused to extradite the former minister to Peru.", "REJECT", "12", {"BOL"}, {"PER"}),
    ("Israel turned down a French request to visit Gaza.", "REJECT", "12", {"ISR"}, {"FRA"}),
    ("Iran defied the UN nuclear watchdog.", "REJECT", "12", {"IRN"}, {"IGO"}),
    ("Greece blocked Macedonia's bid to join NATO.", "REJECT", "12", {"GRC"}, {"MKD"}),
    ("Morocco cancelled a meeting with Algeria.", "REJECT", "12", {"MAR"}, {"DZA"}),
    ("Cuba voiced solidarity with Venezuela.", "SUPPORT", "05", {"CUB"}, {"VEN"}),
    ("Brazil recognized Palestine as a state.", "SUPPORT", "05", {"BRA"}, {"PSE"}),
    ("Italy signed a defense agreement with Libya.", "SUPPORT", "05", {"ITA", "LBY"}, set()),
    ("The Arab League endorsed the Saudi peace plan.", "SUPPORT", "05", {"IGO"}, {"SAU"}),
    ("Pakistan and India agreed to resume peace talks.", "AGREE", "03", {"IND", "PAK"}, set()),
    ("Russia offered to mediate between Armenia and Azerbaijan.", "AGREE", "03", {"RUS"}, {"ARM", "AZE"}),
    ("The Iraqi government promised to hold elections in January.", "AGREE", "03", {"IRQ"}, set()),
    ("Beijing accepted an invitation to visit Washington.", "AGREE", "03", {"CHN"}, {"USA"}),
    ("The foreign ministers of Japan and China met in Tokyo.", "CONSULT", "04", {"CHN"}, {"JPN"}),
    ("Blinken held talks with his Turkish counterpart in Ankara.", "CONSULT", "04", {"USA"}, {"TUR"}),
    ("Macron phoned Putin on Friday.", "CONSULT", "04", {"FRA", "RUS"}, set()),
    ("Russian jets bombed rebel positions in Idlib.", "ASSAULT", "19", {"RUS"}, {"SYR"}),
    ("Israeli troops shot dead a Palestinian teenager in Hebron.", "ASSAULT", "19", {"ISR"}, {"PSE"}),
    ("Russia massed troops on the Ukrainian border.", "MOBILIZE", "15", {"RUS"}, {"UKR"}),
    ("China put its forces on high alert.", "MOBILIZE", "15", {"CHN"}, set()),
    ("Students rioted in Dhaka after the verdict.", "PROTEST", "14", {"BGD"}, {"BGD"}),
    ("Serbia threatened to withdraw its ambassador from Croatia.", "THREATEN", "13", {"SRB"}, {"HRV"}),
    ("The Kurdish party threatened to pull out of the Iraqi government.", "THREATEN", "13", {"IRQ"}, {"IRQ"}),
    ("The Greek prime minister threatened to resign.", "THREATEN", "13", {"GRC"}, set()),
    ("The opposition threatened to boycott the elections in Zimbabwe.", "THREATEN", "13", {"ZWE"}, {"ZWE"}),
    ("Iran threatened to withdraw from the nuclear treaty.", "THREATEN", "13", {"IRN"}, set()),
    ("Pakistan threatened to release the Indian prisoners only if India paid.", "THREATEN", "13", {"PAK"}, {"IND"}),
    ("Hamas warned Israel that it would fire rockets at Tel Aviv.", "THREATEN", "13", {"PSE"}, {"ISR"}),
    ("Moscow warned Kyiv against attacking Crimea.", "THREATEN", "13", {"RUS"}, {"UKR"}),
    ("Turkey threatened military action against the Kurdish militia in Syria.", "THREATEN", "13", {"TUR"}, {"SYR"}),
    ("Algeria warned France of consequences if it recognized Moroccan sovereignty over Western Sahara.",
     "THREATEN", "13", {"DZA"}, {"FRA"}),
    ("Police in Kenya arrested a Ugandan opposition politician.", "COERCE", "17", {"KEN"}, {"UGA"}),
    ("The Israeli army demolished the homes of two Palestinian attackers.", "COERCE", "17", {"ISR"}, {"PSE"}),
    ("Iraqi security forces searched the headquarters of the party in Baghdad.", "COERCE", "17", {"IRQ"}, {"IRQ"}),
    ("Egyptian authorities blocked access to news websites.", "COERCE", "19", {"EGY"}, set()),
    ("Hungary's parliament passed a law restricting the activities of foreign-funded groups.",
     "COERCE", "17", {"HUN"}, set()),
    ("The United States froze the assets of the Venezuelan central bank.", "SANCTION", "16", {"USA"}, {"VEN"}),
    ("Britain severed diplomatic relations with Iran.", "SANCTION", "16", {"GBR"}, {"IRN"}),
    ("Rwanda closed its border with Burundi.", "COERCE", "19", {"RWA"}, {"BDI"}),
    ("Rebels in Colombia freed three kidnapped soldiers.", "RETREAT", "08", {"COL"}, {"COL"}),
    ("Ethiopian troops withdrew from the disputed town.", "RETREAT", "08", {"ETH"}, set()),
    ("Hezbollah fighters captured two Israeli soldiers.", "ASSAULT", "18", {"LBN"}, {"ISR"}),
    ("Rebels took 20 government soldiers prisoner in Darfur.", "ASSAULT", "18", {"SDN"}, {"SDN"}),
    ("Security forces raided the offices of an opposition newspaper in Harare.", "COERCE", "17", {"ZWE"}, {"ZWE"}),
    ("Turkey warned that it would cut ties with Israel.", "THREATEN", "13", {"TUR"}, {"ISR"}),
    ("Iran warned that it would stop cooperating with the IAEA.", "THREATEN", "13", {"IRN"}, {"IGO"}),
    ("Sudan threatened to expel UN peacekeepers.", "THREATEN", "13", {"SDN"}, {"IGO"}),
    ("Russia threatened to walk out of the talks.", "THREATEN", "13", {"RUS"}, set()),
    ("Lebanon warned Israel against any attack.", "THREATEN", "13", {"LBN"}, {"ISR"}),
    ("Japan announced a 500 million dollar aid package for Sri Lanka.", "AID", "07", {"JPN"}, {"LKA"}),
    ("China extended a credit line to Pakistan.", "AID", "07", {"CHN"}, {"PAK"}),
    ("The IMF approved a loan for Egypt.", "AID", "07", {"IGO"}, {"EGY"}),
    ("Qatar paid the salaries of civil servants in Gaza.", "AID", "07", {"QAT"}, {"PSE"}),
    ("Germany took in 1000 Afghan refugees.", "AID", "07", {"DEU"}, {"AFG"}),
    ("Turkey pledged support to Azerbaijan.", "SUPPORT", "05", {"TUR"}, {"AZE"}),
    ("Russia voiced support for the Venezuelan government.", "SUPPORT", "05", {"RUS"}, {"VEN"}),
    ("Canada and Mexico deepened their trade cooperation.", "COOPERATE", "06", {"CAN", "MEX"}, set()),
    ("Indian and Chinese troops held talks on the border dispute.", "CONSULT", "04", {"CHN", "IND"}, set()),
    ("Vietnam and the Philippines conducted joint naval patrols.", "COOPERATE", "06", {"PHL", "VNM"}, set()),
    ("The United States and Japan signed a security pact.", "SUPPORT", "05", {"JPN", "USA"}, set()),
    ("Ethiopia and Eritrea signed a peace agreement.", "SUPPORT", "05", {"ERI", "ETH"}, set()),
    ("Mexico extradited the cartel leader to the United States.", "COOPERATE", "06", {"MEX"}, {"USA"}),
    ("Ghana offered asylum to the Ivorian opposition leader.", "AGREE", "03", {"GHA"}, {"CIV"}),
    ("Brazil sent firefighters to help Bolivia fight forest fires.", "AID", "07", {"BRA"}, {"BOL"}),
]


@pytest.mark.parametrize("text, type_, cameo, actors, recipients", TYPES + STRUCTURES + BROADER + MODES)
def test_who_did_what_to_whom(nlp, text, type_, cameo, actors, recipients):
    event = only_event(text)
    assert (event["type"], event["status"]) == (type_, "asserted")
    assert event["cameo"].startswith(cameo), event["cameo"]
    assert {party(m) for m in event["actor"]} == actors
    assert {party(m) for m in event["recipient"]} == recipients


def test_all_sixteen_types_are_covered():
    assert {case[1] for case in TYPES} == {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


# sentence, trigger, type, status: only what the text asserts happened is asserted
STATUSES = [
    ("Mexico did not impose tariffs on Chinese goods.", "impose", "SANCTION", "negated"),
    ("Washington has not approved any new weapons deliveries for Ukraine.", "deliveries", "AID", "negated"),
    ("The minister denied that Germany had stopped sending arms to Ukraine.", "stopped", "SANCTION", "denied"),
    ("Beijing denied that Chinese ships had rammed a Philippine vessel.", "rammed", "ASSAULT", "denied"),
    ("If Israel attacks Iran, Tehran will retaliate.", "attacks", "ASSAULT", "hypothetical"),
    ("Russia was accused by Ukraine of shelling the Zaporizhzhia plant.", "shelling", "ASSAULT", "hypothetical"),
    ("Iran could close the Strait of Hormuz if attacked, analysts said.", "close", "COERCE", "hypothetical"),
    # the means of an alleged act is alleged too; the means of a reported act happened
    ("Peskov accused European leaders of prolonging the war by arming Ukraine.", "arming", "AID", "hypothetical"),
    ("Iran prolonged the war by arming the Houthis.", "arming", "AID", "asserted"),
    # PLOVER: a planned visit or meeting is an AGREE
    ("The Chinese foreign minister will visit Washington next week.", "visit", "AGREE", "future"),
    ("Japan will send a trade delegation to Vietnam next month.", "send", "AGREE", "future"),
    # CAMEO 035 "express intent to yield" (AGREE in the CAMEO-to-PLOVER table and the gold standard)
    ("The rebels said they will free the aid workers next week.", "free", "AGREE", "future"),
    ("Turkey will withdraw its troops from northern Iraq.", "withdraw", "AGREE", "future"),
    ("Turkey withdrew its troops from northern Iraq.", "withdrew", "RETREAT", "asserted"),
]


# PLOVER AGREE: whoever plans to meet is the actor, whom they will meet the recipient; a meeting
# that took place lists all sides as actors
@pytest.mark.parametrize("text, type_, actors, recipients", [
    ("Afghan rebel leaders said they would meet the UN envoy next week.", "AGREE", {"AFG"}, {"IGO"}),
    ("Iran will hold talks with the European Union next month.", "AGREE", {"IRN"}, {"IGO"}),
    ("Iran and the European Union will hold talks next month.", "AGREE", {"IRN", "IGO"}, set()),
    ("Iran held talks with the European Union on Monday.", "CONSULT", {"IRN", "IGO"}, set()),
])
def test_planned_meeting_parties(nlp, text, type_, actors, recipients):
    event = only_event(text)
    assert event["type"] == type_
    assert ({party(m) for m in event["actor"]}, {party(m) for m in event["recipient"]}) == (actors, recipients)


@pytest.mark.parametrize("text, trigger, type_, status", STATUSES)
def test_status(nlp, text, trigger, type_, status):
    [event] = [e for e in coded(text) if e["trigger"]["text"] == trigger]
    assert (event["type"], event["status"]) == (type_, status)


@pytest.mark.parametrize("text", [
    "The Russian president said the talks were useful.",
    "The French president said that the economy was growing.",
    "The foreign minister told reporters that he was optimistic.",
    "The talks between Armenia and Azerbaijan ended without a deal.",  # talks, not the end of a deal
    "Brazil stepped up its fight against corruption.",  # a fight that is not armed
    "The struggle for democracy in Myanmar continues.",
    "The United Nations launched a campaign to vaccinate children in Nigeria.",  # not an armed campaign
    "Germany called the agreement a positive step.",  # judging the agreement, not making one
    "The French minister was critical of the economy.",  # criticism of no one
])
def test_statements_are_not_events(nlp, text):
    assert [e for e in coded(text) if e["type"] != "CONSULT"] == []


# One event per happening: what a clause says around its event is part of it.
ONE_EVENT = [
    # a controlled verb: AGREE, not AGREE + CONSULT
    ("The two foreign ministers of Peru and Chile agreed to meet again in March.", "AGREE"),
    # a participle clause elaborating the act
    ("Bangladesh rejected an Indian proposal for a trade pact, urging India to sign a regional deal instead.",
     "REJECT"),
    # a purpose clause: the protest, whose target the purpose names
    ("Thousands of students staged demonstrations in Jakarta to demand reforms by the Indonesian government.",
     "PROTEST"),
    # a relative clause giving background
    ("Hundreds of Albanians demonstrated in Serbia, where 24 people were killed in riots last March.", "PROTEST"),
]


@pytest.mark.parametrize("text, type_", ONE_EVENT)
def test_one_main_event(nlp, text, type_):
    events = [e for e in coded(text) if e["status"] in ("asserted", "future")]
    assert [e["type"] for e in events] == [type_]


def test_a_participle_with_its_own_doer_is_its_own_event(nlp):
    events = coded("The US proposal for a cease-fire, accepted by Ukraine, was rejected by the Russian president.")
    assert sorted((e["type"], party(e["actor"][0])) for e in events) == [("AGREE", "UKR"), ("REJECT", "RUS")]


def test_purpose_clause_names_the_target(nlp):
    event = only_event("Egyptian police opened fire to disperse Egyptian protesters in Cairo.")
    assert event["type"] == "ASSAULT"
    assert {party(m) for m in event["recipient"]} == {"EGY"}


def test_one_event_per_trigger_and_valid_offsets(nlp):
    text = ("Ukrainian President Volodymyr Zelenskyy has repeatedly called on the United States to send more "
            "weapons and impose greater sanctions on Russia. Trump has not approved any new weapons deliveries "
            "for Ukraine nor imposed any new sanctions on Russia. Russian and Ukrainian officials held peace "
            "talks in Istanbul.")
    record = dyad.code(text, published=PUBLISHED)
    triggers = [(e["trigger"]["start"], e["trigger"]["end"]) for e in record["events"]]
    assert len(triggers) == len(set(triggers))
    assert spans_off_the_text(record, text) == []
    for event in record["events"]:
        assert event["sentence"]["start"] <= event["trigger"]["start"] < event["sentence"]["end"]
        assert 0 < event["confidence"] <= 1
        assert event["quad_class"] in (1, 2, 3, 4)
    by_trigger = {e["trigger"]["text"]: e for e in record["events"]}
    assert by_trigger["called"]["type"] == "REQUEST"
    assert by_trigger["imposed"]["status"] == "negated"
    assert {party(m) for m in by_trigger["talks"]["actor"]} == {"RUS", "UKR"}


@pytest.mark.parametrize("text, recipients", [
    ("Egyptian police dispersed demonstrators with tear gas.", {"EGY"}),
    ("Nicaragua's government shut down the opposition newspaper.", {"NIC"}),
    # an armed force often acts abroad: the militants are not given its country
    ("American troops killed ten militants.", {None}),
])
def test_domestic_parties_take_the_state_country(nlp, text, recipients):
    event = only_event(text)
    assert {party(m) for m in event["recipient"]} == recipients


# Rules the PLOVER manual states for ambiguous cases.
MANUAL_RULES = [
    # CONCEDE: expressions of regret
    ("Japan expressed regret over the sinking of a Chinese fishing boat.", "CONCEDE", {"JPN"}),
    # MOBILIZE: forces mobilized for disaster relief are AID
    ("The Chinese army deployed 5000 soldiers to help flood victims in Henan.", "AID", {"CHN"}),
    # MOBILIZE in the course of an ASSAULT: only the ASSAULT
    ("Israeli troops were mobilized and returned fire on Hezbollah fighters in Lebanon.", "ASSAULT", {"ISR"}),
    # SANCTION: cancelling a meeting is a REJECT
    ("The Egyptian president cancelled a meeting with the Israeli prime minister.", "REJECT", {"EGY"}),
    # AID: hostage rescues
    ("Pakistan's military rescued 10 hostages near the border with Afghanistan.", "AID", {"PAK"}),
    # THREATEN: an arrest warrant in absentia
    ("A Russian court issued an arrest warrant in absentia for the Estonian prime minister.", "THREATEN", {"RUS"}),
]


@pytest.mark.parametrize("text, type_, actors", MANUAL_RULES)
def test_manual_rules(nlp, text, type_, actors):
    event = only_event(text)
    assert event["type"] == type_
    assert {party(m) for m in event["actor"]} == actors


def test_a_speakers_we_with_no_one_named_is_no_event(nlp):
    text = '"We are giving weapons, and we are working with them," the president said.'
    assert coded(text) == []
    # a named party makes it codable
    event = only_event('"We are giving weapons to Ukraine," the US president said.')
    assert event["type"] == "AID"


def test_every_cameo_code_in_the_lexicon_agrees_with_the_cameo_table():
    from dyad.extract.event_lexicon import event_lexicon

    lex = event_lexicon()
    disagreements = []
    for table in (lex.verbs, lex.nouns):
        for lemma, patterns in table.items():
            for pattern in patterns:
                codings = [(pattern.type, pattern.cameo)] + [
                    (alt[0], alt[2]) for alt in (pattern.by_state, pattern.joint, pattern.negated) if alt]
                for type_, cameo in codings:
                    if cameo is not None and lex.cameo.get(cameo, {}).get("type") != type_:
                        disagreements.append((lemma, type_, cameo))
    for rule in lex.rules:
        for cameo in rule.cameo:
            if rule.type not in (None, "=") and lex.cameo.get(cameo, {}).get("type") != rule.type:
                disagreements.append((sorted(rule.governors)[0], rule.type, cameo))
    assert disagreements == []


def test_an_event_in_reported_content_links_to_its_attribution(nlp):
    record = dyad.code("The Ukrainian army said Russian forces shelled Kharkiv overnight.", published=PUBLISHED)
    [event] = record["events"]
    assert (event["type"], event["trigger"]["text"]) == ("ASSAULT", "shelled")
    [attribution] = [a for a in record["attributions"] if a["id"] == event["attribution"]]
    assert attribution["cue"][0]["text"] == "said"


@pytest.mark.parametrize("text, type_, recipients", [
    ("China condemned the Japanese prime minister's visit to the shrine.", "ACCUSE", {"JPN"}),
    ("Amnesty International denounced Egypt's crackdown on dissent.", "ACCUSE", {"EGY"}),
    ("Hamas rejected the Israeli ceasefire proposal.", "REJECT", {"ISR"}),
    # an act of force is no verbal act: "imposed" and the blockade stay one SANCTION-like event
    ("Russian forces attacked the convoy that delivered aid to Kharkiv.", "ASSAULT", None),
])
def test_what_a_verbal_act_is_about_is_part_of_it(nlp, text, type_, recipients):
    """PLOVER codes the condemnation, not also the visit condemned."""
    event = only_event(text)
    assert event["type"] == type_
    if recipients is not None:
        assert {party(m) for m in event["recipient"]} == recipients


@pytest.mark.parametrize("text, place", [
    ("Azerbaijan accused Yerevan of shelling its positions.", None),
    ("The Turkish president urged Moscow to extend the grain deal.", None),
    ("The European Union imposed new sanctions on Russia.", None),
    ("Russian forces shelled Kharkiv on Monday.", "Kharkiv"),
    ("The Indian prime minister visited Tokyo on Friday.", "Tokyo"),
])
def test_a_verbal_acts_object_is_a_party_not_a_place(nlp, text, place):
    event = only_event(text)
    assert (event["location"] or {}).get("name") == place


def test_a_call_in_a_subjectless_headline_takes_no_things_as_parties(nlp):
    events = coded("Zelenskyy Urges Allies To Speed Up Air Defenses After Call With Macron")
    assert not any("Defenses" in m["text"] for e in events for m in e["actor"] + e["recipient"])


def test_a_threat_on_a_condition_is_against_whoever_must_meet_it(nlp):
    event = only_event("Iran threatened to launch a new military offensive unless Baghdad accepted its conditions.")
    assert event["type"] == "THREATEN"
    assert {party(m) for m in event["recipient"]} == {"IRQ"}


def test_readying_to_resume_an_attack_is_mobilizing(nlp):
    """PLOVER MOBILIZE; "prepared to resume shelling": through the aspectual verb to the attack."""
    event = only_event("The Macedonian army prepared to resume shelling Albanian rebel positions.")
    assert (event["type"], event["status"]) == ("MOBILIZE", "asserted")
    assert {party(m) for m in event["actor"]} == {"MKD"}


@pytest.mark.parametrize("text, recipients", [
    ("Iraq said it would end the ceasefire if Iran did not withdraw its troops.", {"IRN"}),
    ("Russia said it would cut gas supplies to Ukraine unless Kyiv paid its debts.", {"UKR"}),
])
def test_a_promise_of_harm_on_a_condition_is_a_threat(nlp, text, recipients):
    """PLOVER THREATEN: coercive warnings; whoever must meet the condition is threatened."""
    event = only_event(text)
    assert (event["type"], event["status"]) == ("THREATEN", "future")
    assert {party(m) for m in event["recipient"]} == recipients


def test_a_conditional_offer_is_no_threat(nlp):
    event = only_event("Israel said it would release the prisoners if Hamas returned the hostages.")
    assert event["type"] != "THREATEN"


def test_halting_air_strikes_is_no_concession_of_a_protest(nlp):
    assert only_event("Israel halted strikes on Gaza.")["type"] != "CONCEDE"


def test_a_visitor_is_not_of_the_country_visited(nlp):
    event = only_event("The Pope visited Iraq.")
    assert [m["country"] for m in event["actor"]] != ["IRQ"]
    assert {party(m) for m in event["recipient"]} == {"IRQ"}


def test_a_name_the_tables_do_not_know_is_still_the_doer(nlp):
    event = only_event("The Zorbanian Liberation Front rejected the peace plan.")
    assert event["type"] == "REJECT"
    assert [m["text"] for m in event["actor"]] == ["The Zorbanian Liberation Front"]
    assert event["actor"][0]["country"] is None



# Wire-style phrasings of CAMEO categories: sentence, type, CAMEO code (prefix), actors, recipients
WIRE_PHRASINGS = [
    # both sides firing at each other are all actors; a clash's place is no side of it
    ("Zambian and Congolese soldiers exchanged fire along the border.", "ASSAULT", "193", {"COD", "ZMB"}, set()),
    ("Indian and Chinese troops clashed in the Galwan valley.", "ASSAULT", "19", {"CHN", "IND"}, set()),
    ("Taliban fighters set off a bomb outside a market in Kandahar.", "ASSAULT", "183", {"AFG"}, {"AFG"}),
    ("The Asian Development Bank approved a $500 million loan for Sri Lanka.", "AID", "071", {"IGO"}, {"LKA"}),
    ("Belarus supplied ammunition to Russia.", "AID", "07", {"BLR"}, {"RUS"}),
    # aid reaches people where it is delivered
    ("The United Nations delivered medicine to displaced families in Goma.", "AID", "07", {"IGO"}, {"COD"}),
    ("Azerbaijan refused to return the captured Armenian helicopter.", "REJECT", "12", {"AZE"}, {"ARM"}),
    ("Gabon's government ordered the Chinese ambassador to leave within 48 hours.", "SANCTION", "166", {"GAB"}, {"CHN"}),
    # the broker of a deal is no party to it: it mediates between the parties
    ("Ethiopia brokered a peace deal between Sudan and South Sudan.", "CONSULT", "045", {"ETH"}, {"SDN", "SSD"}),
    # talks are mutual, suspending them is one side's act
    ("Armenia suspended negotiations with Azerbaijan.", "SANCTION", "164", {"ARM"}, {"AZE"}),
    ("Myanmar's junta freed thousands of prisoners.", "RETREAT", "0841", {"MMR"}, {"MMR"}),
    ("The Colombian government rejected opposition calls for a referendum.", "REJECT", "12", {"COL"}, {"COL"}),
    # the author of a demand rejected is its recipient; "the Quartet" is the Middle East mediators' group
    ("Hamas rejected demands by the Quartet that it recognise Israel.", "REJECT", "12", {"PSE"}, {"IGO"}),
    ("Syria charged that Turkey was arming rebel groups.", "ACCUSE", "112", {"SYR"}, {"TUR"}),
    ("Poland seized the assets of a Russian bank.", "COERCE", "171", {"POL"}, {"RUS"}),
    # people protesting face their own institutions
    ("Thousands of Peruvians protested outside parliament in Lima.", "PROTEST", "14", {"PER"}, {"PER"}),
    # a stateless body is not given the country it works in
    ("Sudan allowed UN aid workers into Darfur.", "RETREAT", "086", {"SDN"}, {"IGO"}),
    ("The last American troops left Afghanistan on Monday.", "RETREAT", "0872", {"USA"}, {"AFG"}),
    ("A truck bomb exploded outside the Turkish consulate in Erbil.", "ASSAULT", "183", set(), {"TUR"}),
    ("Italy deported two Tunisian imams to Tunisia.", "COERCE", "174", {"ITA"}, {"TUN"}),
    # PLOVER manual (MOBILIZE): forces sent for relief or peacekeeping are aid
    ("Spain sent 300 soldiers to Morocco on a humanitarian mission after the earthquake.", "AID", "074", {"ESP"}, {"MAR"}),
    ("Russia sent troops to Belarus for joint exercises.", "MOBILIZE", "15", {"RUS"}, {"BLR"}),
    ("The United Nations praised the accord between Israel and Jordan.", "SUPPORT", "05", {"IGO"}, {"ISR", "JOR"}),
    ("U.S. Secretary of State John Kerry arrived in Riyadh on Sunday.", "CONSULT", "042", {"USA"}, {"SAU"}),
    # ... also an army chief, a speaker of parliament or a pope
    ("Pakistan's army chief flew to Kabul on Wednesday for talks.", "CONSULT", "042", {"PAK"}, {"AFG"}),
    ("Indian parliament Speaker Om Birla arrived in Dhaka on Monday.", "CONSULT", "042", {"IND"}, {"BGD"}),
    # what comes under attack is its target, whoever the attack comes from
    ("A Greek patrol boat came under fire from a Turkish warship.", "ASSAULT", "193", {"TUR"}, {"GRC"}),
    ("Russian positions near Kursk came under heavy shelling overnight.", "ASSAULT", "194", set(), {"RUS"}),
    # expelled from a country: by that country
    ("Two Dutch journalists were expelled from Indonesia on Friday.", "COERCE", "174", {"IDN"}, {"NLD"}),
    ("Three Chinese diplomats were expelled from Canada.", "SANCTION", "166", {"CAN"}, {"CHN"}),
    # "under" an agreement gives the terms of the act, not what it is done to
    ("Ethiopian troops began pulling out of Somalia under a deal with the African Union.", "RETREAT", "087", {"ETH"}, {"SOM"}),
    ("Rebels in Mali seized two hostages from a Canadian mining camp.", "ASSAULT", "181", {"MLI"}, {"CAN"}),
    # closing another country's embassy is aimed at that country, closing one's own at the host
    ("Sudan closed the Egyptian consulate in Port Sudan.", "SANCTION", "161", {"SDN"}, {"EGY"}),
    ("Britain closed its embassy in Tehran on Monday.", "SANCTION", "161", {"GBR"}, {"IRN"}),
    # every side of a fight is an actor, named or not, and the place of the fight is none of them
    ("Nigerian troops clashed with gunmen in Borno state.", "ASSAULT", "19", {"NGA"}, set()),
    ("Russian troops fought in the streets of Bakhmut.", "ASSAULT", "19", {"RUS"}, {"UKR"}),
    # a surrender in a place is not aimed at the place
    ("Two hundred Congolese militiamen surrendered in the town of Bunia on Sunday.", "RETREAT", "08", {"COD"}, set()),
]


@pytest.mark.parametrize("text, type_, cameo, actors, recipients", WIRE_PHRASINGS)
def test_wire_phrasings(nlp, text, type_, cameo, actors, recipients):
    event = only_event(text)
    assert (event["type"], event["status"]) == (type_, "asserted")
    assert event["cameo"].startswith(cameo), event["cameo"]
    assert {party(m) for m in event["actor"]} == actors
    assert {party(m) for m in event["recipient"]} == recipients


def test_a_participle_describing_a_state_is_no_event(nlp):
    events = coded("The Red Cross evacuated wounded civilians from the besieged city of Mariupol.")
    assert [e["trigger"]["text"] for e in events] == ["evacuated"]


def test_what_is_praised_is_part_of_the_praise(nlp):
    # the light verb "join" carries the talks; the decision to join them is what the EU welcomed
    event = only_event("The European Union welcomed the decision by Serbia to join the talks.")
    assert (event["type"], {party(m) for m in event["recipient"]}) == ("SUPPORT", {"SRB"})


def test_a_name_the_tagger_leaves_untagged_is_still_the_doer(nlp):
    event = only_event("The Dalai Lama visited Taiwan on Thursday.")
    assert (event["type"], [m["text"] for m in event["actor"]]) == ("CONSULT", ["The Dalai Lama"])


def test_a_vow_to_avenge_a_killing_threatens_the_killer(nlp):
    event = only_event("Hamas vowed to avenge the killing of its commander by Israeli forces.")
    assert (event["type"], {party(m) for m in event["recipient"]}) == ("THREATEN", {"ISR"})


# A violent deed by no one named is still coded (PLOVER codes attacks by unknown attackers),
# with an empty actor list; the deed's noun is the trigger.
UNNAMED_DEEDS = [
    ("A suicide bombing killed nine people at a market in Peshawar on Friday.", "bombing", "ASSAULT", "1831"),
    ("An explosion ripped through a crowded bus station in Kano.", "explosion", "ASSAULT", "183"),
    ("The shooting at a shopping centre in Malmo left three people dead.", "shooting", "ASSAULT", "193"),
]


@pytest.mark.parametrize("text, trigger, type_, cameo", UNNAMED_DEEDS)
def test_a_deed_by_no_one_named_is_coded(nlp, text, trigger, type_, cameo):
    event = only_event(text)
    assert (event["trigger"]["text"], event["type"], event["cameo"], event["actor"]) == (trigger, type_, cameo, [])


def test_rioting_by_no_one_named_is_by_the_crowd_of_the_country_it_is_in(nlp):
    event = only_event("Rioting spread through the port city of Durban on Sunday night.")
    assert (event["trigger"]["text"], event["type"], event["cameo"]) == ("Rioting", "PROTEST", "145")
    assert [(m["country"], m["sector"]) for m in event["actor"]] == [("ZAF", "CVL")]


def test_an_unnamed_deed_whose_verb_names_the_doer_is_one_event(nlp):
    # the attacks are the killing: one ASSAULT, by the side the verb's subject names
    events = coded("Recent Turkish drone strikes have killed at least five fighters in northern Syria.")
    assert [(e["type"], {party(m) for m in e["actor"]}) for e in events] == [("ASSAULT", {"TUR"})]
    events = coded("Riots broke out in the Kenyan town of Kisumu as opposition supporters protested against the vote.")
    assert [e["trigger"]["text"] for e in events] == ["protested"]


# Verbs of force and of power taken, declared or dissolved (CAMEO 172, 190, 1712, 1724)
POWER_AND_FORCE = [
    ("Mutinous soldiers seized power in Niger on Wednesday.", "seized", "COERCE", "172", {"NER"}),
    ("Chadian troops entered the Sudanese border town of Adre overnight.", "entered", "ASSAULT", "190", {"TCD"}),
    ("Looters ransacked shops in the centre of Kingston.", "ransacked", "ASSAULT", "1712", {"JAM"}),
    ("The Peruvian president invoked emergency powers in Lima on Tuesday.", "invoked", "COERCE", "1724", {"PER"}),
    ("The emir of Kuwait dissolved parliament on Friday.", "dissolved", "COERCE", "172", {"KWT"}),
    ("Armed men seized the state television station in Bissau.", "seized", "ASSAULT", "190", {"GNB"}),
]


@pytest.mark.parametrize("text, trigger, type_, cameo, actors", POWER_AND_FORCE)
def test_power_and_force_verbs(nlp, text, trigger, type_, cameo, actors):
    event = only_event(text)
    assert (event["trigger"]["text"], event["type"], event["cameo"]) == (trigger, type_, cameo)
    assert {party(m) for m in event["actor"]} == actors


def test_entering_is_force_only_for_armed_men(nlp):
    assert coded("The Japanese delegation entered the conference hall in Seoul.") == []


def test_a_deed_before_the_reported_one_is_its_own_event(nlp):
    events = coded("The governor visited the families in Maiduguri on Monday, two weeks after the kidnapping of 40 pupils.")
    assert [(e["trigger"]["text"], e["type"]) for e in events] == [("visited", "CONSULT"), ("kidnapping", "ASSAULT")]


# A verdict a speaker passes on another's deed or proposal is the speaker's act toward its author;
# what is judged is no event of its own (lexicon/events/judgments.yaml)
JUDGMENTS = [
    ("The Tamil Tigers said Colombo's latest peace offer was unacceptable.", "unacceptable", "REJECT", {"LKA"}),
    ("Manila said the Chinese survey of the reef was illegal.", "illegal", "ACCUSE", {"CHN"}),
    ("Baku said the Armenian shelling of Tovuz was an act of aggression.", "act", "ACCUSE", {"ARM"}),
    # a judging verb's verdict is marked on the verb, as news readers mark it
    ("Nepal described India's blockade of fuel supplies as a provocation.", "described", "ACCUSE", {"IND"}),
    ("Hanoi called the Chinese proposal a ploy.", "called", "REJECT", {"CHN"}),
    ("Seoul said the Japanese textbook plan was not acceptable.", "acceptable", "REJECT", {"JPN"}),
    ("Ghana said the accord between Togo and Benin was a historic step.", "step", "SUPPORT", {"TGO", "BEN"}),
]


@pytest.mark.parametrize("text, trigger, type_, recipients", JUDGMENTS)
def test_a_verdict_is_the_speakers_event(nlp, text, trigger, type_, recipients):
    event = only_event(text)
    assert (event["trigger"]["text"], event["type"]) == (trigger, type_)
    assert {party(m) for m in event["recipient"]} == recipients
    assert event["actor"] and event["actor"][0]["start"] == 0  # the speaker


def test_verdicts_without_a_judge_or_an_author_are_no_events(nlp):
    assert coded("The weather in the capital was terrible, officials said.") == []
    assert coded("Analysts said the situation was dangerous.") == []
    assert [e["type"] for e in coded("Kenya did not say the Somali raid was illegal.")
            if e["status"] == "asserted"] == []


def test_holding_someone_responsible_is_an_accusation(nlp):
    event = only_event("The Lebanese army said it held Israel responsible for the shelling of Naqoura.")
    assert (event["type"], {party(m) for m in event["recipient"]}) == ("ACCUSE", {"ISR"})


def test_refusing_to_accept_demands_is_a_rejection(nlp):
    event = only_event("Pyongyang said it would never accept Washington's demands to scrap its missiles.")
    assert (event["type"], {party(m) for m in event["recipient"]}) == ("REJECT", {"USA"})


def test_a_vow_that_hangs_on_anothers_failure_to_act_is_a_threat(nlp):
    event = only_event("The rebel commander vowed on Sunday to take Bangui if President Bozize did not step down.")
    assert (event["trigger"]["text"], event["type"]) == ("vowed", "THREATEN")
    assert {party(m) for m in event["recipient"]} == {"CAF"}
    event = only_event("The rebel commander vowed on Sunday to return to Bangui if he was elected.")
    assert event["type"] == "AGREE"  # a promise on a condition of his own is still a promise


def test_fighting_resumed_only_on_a_condition_is_a_threat_to_whom_the_condition_names(nlp):
    event = only_event("The Karen rebels said they would resume fighting if the Burmese army advanced.")
    assert (event["trigger"]["text"], event["type"], event["status"]) == ("fighting", "THREATEN", "future")
    assert {party(m) for m in event["recipient"]} == {"MMR"}


# Acts named by verbs the lexicon lacked, and orders and crowds as PLOVER codes them
MORE_ACTS = [
    ("An angry mob stoned the police station in the Nigerian town of Jos on Monday.", "stoned", "PROTEST", "145", {"NGA"}),
    ("Armenia moved tanks and artillery to its border with Azerbaijan on Sunday.", "moved", "MOBILIZE", "154", {"ARM"}),
    ("Poland blocked the European Union's climate budget on Thursday.", "blocked", "REJECT", "129", {"POL"}),
    ("Indian air force planes dropped food and medicine to stranded villagers in Assam.", "dropped", "AID", "073", {"IND"}),
    ("President Kagame ordered the army to crush the Hutu militias within a month.", "ordered", "REQUEST", "100", {"RWA"}),
]


@pytest.mark.parametrize("text, trigger, type_, cameo, actors", MORE_ACTS)
def test_more_acts(nlp, text, trigger, type_, cameo, actors):
    event = only_event(text)
    assert (event["trigger"]["text"], event["type"], event["cameo"]) == (trigger, type_, cameo)
    assert {party(m) for m in event["actor"]} == actors


def test_an_order_to_those_it_restricts_is_the_restriction(nlp):
    event = only_event("The Sudanese government ordered the newspaper Al-Ayam to suspend publication.")
    assert event["type"] == "COERCE"


def test_a_happening_before_or_after_the_reported_one_is_an_event_of_its_own(nlp):
    # PLOVER's gold codes one event per sentence; an analyst of the war wants the killing too
    events = coded("Turkish jets bombed PKK camps in northern Iraq on Sunday after Kurdish guerrillas killed eight soldiers.")
    assert [(e["trigger"]["text"], e["type"]) for e in events] == [("bombed", "ASSAULT"), ("killed", "ASSAULT")]
    events = coded("Serbia recalled its ambassador from Montenegro after the government in Podgorica recognised Kosovo.")
    assert [(e["trigger"]["text"], e["type"], e["status"]) for e in events] == [
        ("recalled", "SANCTION", "asserted"), ("recognised", "SUPPORT", "asserted")]


def test_a_strike_by_workers_is_a_protest_with_its_purpose(nlp):
    event = only_event("Teachers in Ghana launched a strike on Tuesday to press the government to pay salary arrears.")
    assert (event["trigger"]["text"], event["type"], event["cameo"]) == ("launched", "PROTEST", "143")
    assert {party(m) for m in event["recipient"]} == {"GHA"}
    event = only_event("Dozens of Palestinian detainees have been on hunger strike for a month in Israeli jails.")
    assert (event["type"], event["cameo"]) == ("PROTEST", "142")


def test_coordinated_sanctions_share_their_target(nlp):
    event = only_event("Washington imposed an arms embargo and a visa ban on Eritrean President Isaias Afwerki.")
    assert event["type"] == "SANCTION" and {party(m) for m in event["recipient"]} == {"ERI"}


def test_a_participle_particle_and_a_described_patient(nlp):
    event = only_event("Slovak Prime Minister Vladimir Meciar, accused of authoritarian rule, stepped down on Friday.")
    assert (event["trigger"]["text"], event["type"], event["mode"]) == ("stepped", "RETREAT", "resign")
    events = coded("Rebels backed by Uganda seized the town of Kisangani on Saturday.")
    assert [e["type"] for e in events] == ["ASSAULT"]


THREATS_AIMED = [
    ("Belarus threatened to let migrants cross into Poland if the European Union imposed new sanctions.", {"IGO"}),
    ("The junta leader threatened to dissolve the government of Prime Minister Moctar Ouane unless it resigned.", {"MLI"}),
    ("Pyongyang threatened to reduce Tokyo to ashes if war broke out.", {"JPN"}),
]


@pytest.mark.parametrize("text, recipients", THREATS_AIMED)
def test_whom_a_threat_is_aimed_at(nlp, text, recipients):
    event = only_event(text)
    assert event["type"] == "THREATEN" and {party(m) for m in event["recipient"]} == recipients


def test_negation_hung_on_an_adverb_still_negates(nlp):
    event = only_event("Iran said it would never again take part in talks with the European Union on its nuclear programme.")
    assert (event["type"], event["cameo"]) == ("REJECT", "125")  # a refusal to meet, not a planned meeting


# A cooperative act the doer says will not happen is a refusal (PLOVER REJECT)
REFUSALS = [
    ("Serbia said it would never hand over its generals to the Hague tribunal.", "REJECT", {"IGO"}),
    ("Morocco will not attend the African Union summit in Addis Ababa.", "REJECT", set()),
    ("The Eritrean government has refused to let U.N. monitors enter the border zone.", "REJECT", {"IGO"}),
]


@pytest.mark.parametrize("text, type_, recipients", REFUSALS)
def test_refusals(nlp, text, type_, recipients):
    event = only_event(text)
    assert event["type"] == type_ and event["status"] == "asserted"
    assert {party(m) for m in event["recipient"]} == recipients


def test_a_past_non_event_is_no_refusal(nlp):
    assert [e for e in coded("The army did not withdraw from the town of Kidal.") if e["status"] == "asserted"] == []


def test_what_a_government_said_it_would_do_is_its_plan(nlp):
    event = only_event("Prime Minister Barak said his government would pull its troops out of southern Lebanon by July.")
    assert event["status"] == "future" and {party(m) for m in event["actor"]} == {"ISR"}
    assert coded("Economists said the new tariffs would hurt farmers.") == []


def test_agreeing_to_let_someone_in_names_them(nlp):
    event = only_event("Syria agreed on Monday to allow U.N. chemical weapons inspectors into the country.")
    assert (event["type"], {party(m) for m in event["recipient"]}) == ("AGREE", {"IGO"})


def test_protesters_occupying_roads_and_a_charging_mob(nlp):
    event = only_event("Student protesters occupied the main roads around parliament in Bangkok on Tuesday.")
    assert (event["type"], event["mode"]) == ("PROTEST", "obstruct")
    events = coded("Government supporters charged into the square in Minsk and beat opposition demonstrators.")
    assert [e["type"] for e in events if e["status"] == "asserted"] == ["ASSAULT"]


def test_letting_relief_flights_in_is_access(nlp):
    event = only_event("Sudan allowed United Nations relief flights to land in Darfur on Monday.")
    assert (event["type"], event["mode"]) == ("RETREAT", "access")


def test_telling_someone_to_act_is_a_demand_but_telling_reporters_is_not(nlp):
    event = only_event("The African Union told Burundi on Friday to release the detained journalists.")
    assert (event["trigger"]["text"], event["type"], {party(m) for m in event["recipient"]}) == ("told", "REQUEST", {"BDI"})
    assert coded("The foreign minister told reporters in Lusaka that the talks would resume.") == []


def test_an_offer_on_a_proviso_keeps_the_proviso_unasserted(nlp):
    events = coded("Colombo said it was ready to hold talks with the Tamil rebels, provided they recognised the constitution.")
    assert [e["type"] for e in events if e["status"] in ("asserted", "future")] == ["AGREE"]


MORE_DEEDS = [
    ("Indonesia turned back three boats carrying Rohingya refugees on Friday.", "REJECT"),
    ("Militants smashed statues at the museum in Mosul on Thursday.", "ASSAULT"),
    ("The guerrillas handed their weapons in to the army in Jaffna.", "RETREAT"),
]


@pytest.mark.parametrize("text, type_", MORE_DEEDS)
def test_more_deeds(nlp, text, type_):
    assert only_event(text)["type"] == type_


@pytest.mark.parametrize("text, trigger, cameo", [
    # armed forces sweeping, rolling or marching into a place take it, as entering does
    ("Rebel fighters swept into the provincial capital on Sunday.", "swept", "190"),
    ("Russian tanks rolled into the Georgian town of Gori on Wednesday.", "rolled", "190"),
    # a bomb ripping or tearing through a place exploded there
    ("A car bomb ripped through a crowded market in Baghdad on Monday, killing 30 people.", "ripped", "183"),
])
def test_idioms_of_forces_moving_in_and_bombs_going_off(text, trigger, cameo):
    record = dyad.code(text, published="2024-05-08")
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    assert (event["type"], event["cameo"]) == ("ASSAULT", cameo)


def test_marching_protesters_still_protest():
    record = dyad.code("Thousands of students marched into the main square on Friday.", published="2024-05-08")
    assert [e["type"] for e in record["events"]] == ["PROTEST"]


def test_who_was_behind_a_deed_did_it(nlp):
    event = only_event("Officials in Kabul said Pakistan was behind the bombing of the Indian embassy.")
    assert (event["type"], {party(m) for m in event["actor"]}) == ("ASSAULT", {"PAK"})
    event = only_event("Rwanda was responsible for the attacks on refugee camps in Zaire, the report said.")
    assert {party(m) for m in event["actor"]} == {"RWA"}


def test_breaking_up_a_rally_and_restoring_freedoms(nlp):
    event = only_event("Riot police broke up an opposition rally in Lusaka on Saturday.")
    assert (event["trigger"]["text"], event["type"]) == ("broke", "COERCE")
    event = only_event("Pakistan's military government restored press freedom on Monday.")
    assert (event["type"], event["cameo"]) == ("CONCEDE", "081")


def test_a_participle_that_identifies_its_noun_is_background(nlp):
    events = coded("Thousands of opposition supporters marched through Minsk on Sunday, defying a ban imposed by the government.")
    assert [e["type"] for e in events if e["status"] == "asserted"] == ["PROTEST"]
    events = coded("The truce, accepted by the rebels on Monday, was rejected by the army on Tuesday.")
    assert {e["type"] for e in events} >= {"REJECT", "AGREE"}  # set off by commas: a fact of its own


def test_a_participle_modifying_a_noun_is_no_event(nlp):
    events = coded("Ukrainian-backed fighters attacked the town of Sudzha on Monday.")
    assert [e["type"] for e in events] == ["ASSAULT"]


def test_troops_backed_by_weapons_are_armed_not_endorsed(nlp):
    events = coded("Russia massed troops near its border with Ukraine, backed by tanks and artillery, officials said.")
    assert [e["type"] for e in events] == ["MOBILIZE"]
    event = only_event("Rwanda's government backed the rebels with weapons and money.")
    assert (event["type"], {party(m) for m in event["actor"]}) == ("SUPPORT", {"RWA"})


def test_striking_workers_are_on_strike_not_struck(nlp):
    events = coded("Police opened fire on striking teachers in the capital.")
    assert [(e["type"], e["trigger"]["text"]) for e in events] == [("ASSAULT", "fire")]
    events = coded("Police opened fire on striking oil workers in the town of Zhanaozen on Friday, killing 10 people.")
    assert [(e["type"], e["trigger"]["text"]) for e in events] == [("ASSAULT", "fire"), ("ASSAULT", "killing")]


def test_what_rioters_went_on_to_demand_is_part_of_the_riot(nlp):
    event = only_event("Hundreds of students rioted in Dhaka on Monday and demanded that the prime minister resign.")
    assert event["type"] == "PROTEST"


def test_a_deed_someone_is_charged_with_is_alleged(nlp):
    events = coded("Prosecutors in Lima charged the former president with ordering the killing of 25 people.")
    assert [e["type"] for e in events if e["status"] == "asserted"] == ["ACCUSE"]


def test_refusing_to_negotiate_has_a_refuser_and_a_refused(nlp):
    event = only_event("Mali's junta said it would not negotiate with the Tuareg rebels.")
    assert event["type"] == "REJECT" and {party(m) for m in event["actor"]} == {"MLI"}
    assert len(event["recipient"]) == 1 and event["recipient"][0]["text"] == "the Tuareg rebels"


def test_a_pledge_for_a_country(nlp):
    event = only_event("Kuwait pledged $500 million for the reconstruction of Lebanon on Thursday.")
    assert (event["type"], {party(m) for m in event["recipient"]}) == ("AGREE", {"LBN"})
    event = only_event("Tehran said the American sanctions were an act of economic war.")
    assert (event["type"], {party(m) for m in event["recipient"]}) == ("ACCUSE", {"USA"})


def test_a_rejection_added_to_a_denial_is_asserted(nlp):
    event = only_event("Iran denied on Sunday that it was arming Houthi rebels, rejecting Saudi accusations.")
    assert (event["trigger"]["text"], event["type"], {party(m) for m in event["recipient"]}) == ("rejecting", "REJECT", {"SAU"})


def test_what_talks_are_on_is_no_event_of_its_own(nlp):
    events = coded("Negotiators from Sudan and South Sudan opened talks in Addis Ababa on Monday on oil transit fees and border security.")
    assert [e["type"] for e in events] == ["CONSULT"]
    event = only_event("Dock workers in Mombasa went on strike on Monday.")
    assert event["type"] == "PROTEST"


def test_troops_moved_amid_an_attack_by_others_are_still_mobilized(nlp):
    events = coded("Pakistan moved troops to its border with India on Monday, as tension mounted over the bombing of a bus in Kashmir.")
    assert "MOBILIZE" in [e["type"] for e in events]
    events = coded("Russian troops massed on the border and shelled Ukrainian positions.")
    assert [e["type"] for e in events] == ["ASSAULT"]  # forces readied for their own assault


def test_a_joint_exercise_with_a_modifier_on_its_compound(nlp):
    event = only_event("Thai and Malaysian troops began a joint anti-piracy exercise in the Strait of Malacca on Monday.")
    assert (event["type"], {party(m) for m in event["actor"]}) == ("COOPERATE", {"THA", "MYS"})


THREATS_AS_PROMISES = [
    ("Hamas promised a harsh response to the Israeli air strikes on Gaza.", "THREATEN", {"ISR"}),
    ("Pyongyang warned of war if Seoul went ahead with the drills.", "THREATEN", {"KOR"}),
    ("The military council promised to punish the organisers of the protests.", "THREATEN", set()),
]


@pytest.mark.parametrize("text, type_, recipients", THREATS_AS_PROMISES)
def test_threats_phrased_as_promises_or_warnings(nlp, text, type_, recipients):
    event = only_event(text)
    assert event["type"] == type_ and {party(m) for m in event["recipient"]} >= recipients


def test_a_response_that_happened_is_an_assault(nlp):
    events = coded("Israel's swift military response to the rocket fire killed 12 people in Gaza.")
    assert {e["type"] for e in events} == {"ASSAULT"}
    assert coded("Aid agencies warned of a humanitarian crisis in Darfur.") == []


def test_a_capture_by_state_forces_is_an_arrest_by_rebels_an_abduction(nlp):
    event = only_event("Peruvian police captured the Shining Path leader in Lima on Saturday.")
    assert (event["type"], event["mode"]) == ("COERCE", "arrest")
    event = only_event("Chechen rebels captured three Russian soldiers near Grozny.")
    assert (event["type"], event["mode"]) == ("ASSAULT", "abduct")


def test_a_pattern_may_ask_for_a_name(nlp):
    event = only_event("King Hussein received Yitzhak Rabin in Amman on Tuesday.")
    assert (event["type"], event["cameo"]) == ("CONSULT", "043")
    event = only_event("Austria became the first European country to recognise Slovenia.")
    assert (event["type"], event["status"], {party(m) for m in event["recipient"]}) == ("SUPPORT", "asserted", {"SVN"})
    assert coded("The ministry received a letter from the embassy.") == []


CONCESSIONS = [
    ("The Egyptian government backed down on Sunday and withdrew the new press law.", "CONCEDE"),
    ("Belgium acknowledged responsibility for the murder of Patrice Lumumba.", "CONCEDE"),
]


@pytest.mark.parametrize("text, type_", CONCESSIONS)
def test_concessions(nlp, text, type_):
    assert only_event(text)["type"] == type_


def test_owning_up_to_an_attack_is_the_attack(nlp):
    event = only_event("Boko Haram admitted responsibility for the bombing of a church in Jos.")
    assert event["type"] == "ASSAULT"


@pytest.mark.parametrize("text", [
    # the parser makes TBILISI the subject and the tanks its conjunct
    "TBILISI, Aug 11 (Reuters) - Russian tanks and armoured personnel carriers rolled into the Georgian town "
    "of Senaki on Monday.",
    # ... or hangs the tanks on SUKHUMI as an apposition
    "SUKHUMI, Aug 13 (Reuters) - Russian tanks and armoured personnel carriers rolled into the Georgian town "
    "of Zugdidi on Wednesday, a day after the Kremlin said it was halting operations.",
])
def test_a_subject_the_parser_hangs_on_the_dateline_still_acts(text):
    record = dyad.code(text, published="2008-08-13")
    [event] = [e for e in record["events"] if e["trigger"]["text"] == "rolled"]
    assert event["type"] == "ASSAULT"
    assert "Russian tanks" in [m["text"] for m in event["actor"]]
    assert event["location"]["country"] == "GEO"
    assert not spans_off_the_text(record, text)


def test_doers_coordinated_with_the_dateline_are_each_an_actor_and_the_dateline_none():
    # TBILISI is the parser's subject, the tanks its conjunct and the fighters theirs
    text = ("TBILISI, Aug 11 (Reuters) - Russian tanks and Abkhaz fighters rolled into the Georgian town of "
            "Senaki on Monday.")
    [event] = [e for e in dyad.code(text, published="2008-08-11")["events"] if e["trigger"]["text"] == "rolled"]
    assert [m["text"] for m in event["actor"]] == ["Russian tanks", "Abkhaz fighters"]


def test_an_actor_phrase_starts_after_the_dateline_hung_on_it():
    # the parser hangs "SANAA, Yemen, Sept 21 (Reuters) -" on the subject's noun
    text = "SANAA, Yemen, Sept 21 (Reuters) - Houthi rebels vowed on Sunday to march on Aden."
    record = dyad.code(text, published="2014-09-21")
    actors = [m for e in record["events"] for m in e["actor"]]
    assert [m["text"] for m in actors] == ["Houthi rebels"]
    assert not spans_off_the_text(record, text)


def test_a_preposition_that_only_says_when_is_no_particle(nlp):
    # "fire on" is shooting; "fired his deputy on Nov. 6" is a dismissal, no assault
    assert not [e for e in coded("President Ruto fired his deputy on Nov. 6 after months of feuding.")
                if e["type"] == "ASSAULT"]
    event = only_event("Troops fired on protesters on Tuesday in the capital, Nairobi.")
    assert (event["type"], event["cameo"]) == ("ASSAULT", "193")
    event = only_event("Militiamen fired from the rooftops of the old market on Friday, witnesses said.")
    assert (event["type"], event["cameo"]) == ("ASSAULT", "193")
    assert not [e for e in coded("The army fired its chief of staff on Monday.") if e["type"] == "ASSAULT"]


@pytest.mark.parametrize("text, type_, cameo, actors, recipients", [
    # stones and petrol bombs are a crowd's weapons: a riot
    ("Youths threw petrol bombs at police in Belfast on Monday night.", "PROTEST", "145", {"GBR"}, {"GBR"}),
    ("Protesters hurled stones at the Danish embassy in Damascus on Saturday.", "PROTEST", "145", {"SYR"}, {"DNK"}),
    # grenades thrown by armed men are an assault
    ("Militants lobbed grenades into a police station in Srinagar on Tuesday.", "ASSAULT", "190", {"IND"}, {"IND"}),
])
def test_things_thrown_at_someone(nlp, text, type_, cameo, actors, recipients):
    event = only_event(text)
    assert (event["type"], event["cameo"]) == (type_, cameo)
    assert {party(m) for m in event["actor"]} == actors and {party(m) for m in event["recipient"]} == recipients


def test_insults_hurled_are_no_riot(nlp):
    assert coded("The opposition leader hurled insults at the prime minister during the debate.") == []


@pytest.mark.parametrize("text", [
    "NATO and the Warsaw Pact agreed on Friday to cut troops in central Europe.",
    "The Serbs accused the Croats of violating the Dayton Agreement.",
])
def test_a_named_treaty_is_no_new_deal(text):
    # "the Warsaw Pact", "the Dayton Agreement": a treaty's or alliance's name, not a deal made
    triggers = [e["trigger"]["text"] for e in dyad.code(text, published="1995-12-15")["events"]]
    assert "Pact" not in triggers and "Agreement" not in triggers, triggers


@pytest.mark.parametrize("text, trigger, expected", [
    # a judicial killing of fighters is a targeted killing (CAMEO 186), as of prisoners
    ("The government in Salisbury hanged four nationalist guerrillas on Tuesday.", "hanged", ("ASSAULT", "186")),
    ("Singapore hanged two foreign nationals convicted of drug smuggling.", "hanged", ("ASSAULT", "186")),
    # hackers who break into a network hack it (COERCE cyber), burglars who break into a home do not
    ("State-backed hackers broke into the computer network of the foreign ministry.", "broke", ("COERCE", "170")),
])
def test_hangings_and_break_ins(text, trigger, expected):
    events = {e["trigger"]["text"]: (e["type"], e["cameo"]) for e in dyad.code(text, published="1977-06-01")["events"]}
    assert events.get(trigger) == expected, events


def test_a_banner_hanged_is_no_killing():
    assert not dyad.code("Students hanged a banner from the university gate.", published="1977-06-01")["events"]
