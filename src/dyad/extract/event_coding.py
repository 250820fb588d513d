"""One Event record from a matched trigger: participants, PLOVER type/mode/context, CAMEO code
at the most specific level the words support, status, date, place and confidence."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from dyad.extract import per_doc
from dyad.extract.actors import STATELESS_SECTORS
from dyad.extract.dates import date_for, long_before_the_story
from dyad.extract.event_lexicon import Lexicon, recode
from dyad.extract.event_mentions import any_known, mentions_for, place_mention, unique_mentions
from dyad.extract.event_participants import (PRONOUNS_FIRST, PRONOUNS_THIRD, addressed_by_stance, asked_of, deed_and_patients, defied_parties, doers_named, governed_recipients,
                                             held_subject, judgment_participants, letter_addressees, noun_participants, owner_of, owners_of, permitted, purpose_destination, role_object, talks_partners,
                                             subject_controller, subjects_of, verb_recipients)
from dyad.extract.event_syntax import (SUBJECT_DEPS, captive_complement, conditions, has_to_infinitive, is_imperative, is_passive,
                                      own_subjects, partitive_heads, sponsors, stands_as_root)
from dyad.extract.event_triggers import Found
from dyad.extract.phrases import clause_verb, noun_phrase
from dyad.extract.places import (COMPASS, SCENE_PREPOSITIONS, agreed_together, at_home, claims_a_deed, country_only, decreed_at_home,
                                 home_country, is_dateline, names_its_country, nationwide, office_act, place_for, story_country)
from dyad.extract.status import cue_words, decided, status_of
from dyad.lexicon.actors.knowledge import knowledge_base
from dyad.model import Attribution, Event, Mention, Place, Span


# Types whose target, when no recipient is named, is the place where they happen: a protest,
# a raid or a curfew in a place is aimed at its government or people (PLOVER gold practice);
# a surrender or a release in a place is not aimed at it (a retreat names what it leaves: "from").
PLACE_TARGETED = frozenset({"PROTEST", "COERCE", "ASSAULT", "MOBILIZE", "CONCEDE", "SANCTION"})
# Types whose unplaced parties are of the country where they happen ("delivered food to civilians
# in El Fasher"): the place-targeted ones, retreats, and aid, which reaches people where it is delivered.
PLACED_PARTIES = PLACE_TARGETED | {"AID", "RETREAT"}
# Acts a state does to people in its hands (arrests, raids, releases, pardons): the people, named
# only by a role ("the detainees", "political prisoners"), are of the doer's country.
HELD_PEOPLE_ACTS = frozenset({"COERCE", "RETREAT", "CONCEDE"})
# Sectors of a country's own political life, and sectors that often act abroad.
DOMESTIC_SECTORS = frozenset({"OPP", "PTY", "CVL", "MED", "EDU", "BUS", "LAB", "REL", "HLH", "AGR"})
# Companies and charities: leaving a country is cutting their ties with it, not a troop withdrawal.
ORGANIZATION_SECTORS = frozenset({"BUS", "NGO"})
ARMED_SECTORS = frozenset({"MIL", "REB", "SPY", "UAF", "IMG"})
# Acts of state: reported in the passive without a doer ("was arrested in Lebanon", and an
# investigation: "was put under investigation in Italy"), their doer is the state of the place.
STATE_ACTS = frozenset({"COERCE", "SANCTION"})
# PLOVER's quad classes of acts of words (verbal cooperation, verbal conflict)
VERBAL_QUADS = frozenset({1, 3})
# Entity types of a name that can do things, known to the actor tables or not.
NAMED_ACTORS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Sectors of actors that speak for a state: "China protested" is a diplomatic protest.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO", "UNO", "EUR", "PRM"})
# Types of what parties make together: a deal, a truce, a meeting ("a ceasefire between A and B was agreed").
JOINT_TYPES = frozenset({"AGREE", "SUPPORT", "CONSULT", "RETREAT", "COOPERATE"})
# ... of which what two sides named together do is aimed at no one but a third state (the dev golds
# give none of their 96 agreements and drills by two sides a recipient).
SIDES_TOGETHER_TYPES = frozenset({"AGREE", "COOPERATE"})
# Prepositions of a promised or refused act that name whom it reaches ("hand the islands to Mauritius").
REACHING = frozenset({"to", "with", "between"})
# Confidence by how the event was found: a verb with both participants from the parse is
# the strongest evidence; a nominal trigger with participants borrowed from its clause the weakest.
CONFIDENCE = {"verb": 0.8, "light": 0.75, "noun": 0.65, "judgment": 0.6, "setting": 0.55}


def build_event(item: Found, lex: Lexicon, actors, attributions, dates, places) -> Event | None:
    pattern = item.pattern
    if item.how in ("verb", "light") and is_imperative(item.clause):
        return None  # "Meet the robots that will replace you": a headline's instruction to the reader
    if item.how == "verb":
        actor_heads = subjects_of(item.trigger) or _parties_to(item.trigger, pattern) or _passive_doers(item.trigger, pattern)
        captives, captors = ([], []) if actor_heads else _captives_and_captors(item.trigger, pattern)
        actor_heads = actor_heads or captors
        fallback_heads = subject_controller(item.trigger)
        # the captives let go are the recipients, not their captors, whom the phrase also names
        recipient_options = [captives] if captives else verb_recipients(item.trigger, pattern)
        if held_subject(item.trigger):
            recipient_options, actor_heads = [actor_heads], []  # "oil workers held hostage for a month"
        recipient_options = [kept for heads in recipient_options if (kept := [h for h in heads if not role_object(h)])]
        if item.governed and pattern.type != "REQUEST" and item.trigger.lemma_.lower() in cue_words()["command"]:
            # "ordered troops to occupy the gas fields": the forces ordered carry the act out; it is not done to them
            carriers = {o.i for o in per_doc.children(item.trigger) if o.dep_ == "dobj"
                        and o.lemma_.lower() in cue_words()["ordered_forces"]}
            recipient_options = [kept for heads in recipient_options if (kept := [h for h in heads if h.i not in carriers])]
        named = bool(recipient_options)  # the verb's own slots name a recipient ("warned Hezbollah")
        if pattern.type in LETTER_TYPES and (addressed := _written_to(item.trigger) + letter_addressees(item.trigger)):
            # "wrote to Rajoy, asking", "expressed regrets in a letter to Tshisekedi": whom the letter is to,
            # when the verb names no one else ("sent a letter to Rajoy urging him"); a demand it carries is
            # made of them, not of whom the act asked for is done to ("demanding the release of 40 prisoners")
            if pattern.type == "REQUEST":
                done_to = deed_and_patients(item.trigger)
                recipient_options = [kept for heads in recipient_options if (kept := [h for h in heads if h.i not in done_to])]
            recipient_options = [*recipient_options, addressed]
        if pattern.type == "REJECT":
            recipient_options += [heads] if (heads := permitted(item.trigger)) else []  # "refused to let a U.S. ship dock"
        recipient_options += [heads] if (heads := purpose_destination(item.trigger)) else []
    else:
        fallback_heads, named = [], False
        actor_heads, recipient_heads = (judgment_participants(item) if item.how == "judgment"
                                        else noun_participants(item, pattern, lex.light_verbs))
        recipient_options = [recipient_heads] if recipient_heads else []
    if pattern.type == "ASSAULT" and actor_heads and all(_natural(h, lex.natural_causes) for h in actor_heads):
        # "villagers killed by floods", "an earthquake destroyed homes": no one used force (people
        # a flood displaced are still counted as displaced, as analysts of displacement want)
        return None
    if pattern.type == "ASSAULT" and item.how == "verb" and (stray := _stray_subject(item.trigger)) and all(
            _natural(h, lex.natural_causes) for h in stray):
        # "five days after an earthquake and tsunami struck the city, killing 1,400": the parser gave
        # "after" the nouns, and the verb no subject (the doer found is the main clause's); the nouns did it
        return None
    if pattern.type == "ASSAULT" and actor_heads and item.how == "verb" and _mishap(item.trigger, pattern, actor_heads, lex.types["ASSAULT"]):
        return None  # "an army truck collided with a minibus, killing six": a road accident
    if pattern.type == "REQUEST" and item.how == "verb":
        # whom the demand is made of, before whom the demanded act is done to
        recipient_options += [heads] if (heads := asked_of(item.trigger)) else []
    for governed in item.governed:  # "halted supplies to Ukraine", "agreed to meet Putin"
        recipient_options += governed_recipients(governed, pattern.type)
    clause = item.clause if item.how in ("light", "judgment") else item.trigger
    location = place_for(clause, places, object_locates=not lex.types.get(pattern.type, {}).get("verbal"),
                         office=office_act(pattern.lemma, pattern.particle, pattern.type))
    date = date_for(clause, dates)
    if location is not None and is_dateline(location, places) and long_before_the_story(date, dates):
        # the dateline's town is where the reporter is now, not where a deed of years ago was
        # done; a local story's background is still its country's ("expelled French forces last year")
        location = country_only(location)
    modifiers = bool(actor_heads) and all(h.dep_ in ("amod", "compound", "nmod") for h in actor_heads)
    actor = mentions_for(actor_heads, actors, attributions, places, modifier=modifiers)
    if modifiers and item.how != "verb":
        # "the Mumbai bombings", "the Paris attacks", "the Geneva talks": a town naming the deed is
        # where it happened, not who did it ("Russian strikes": a country's, or its people's, are theirs)
        towns = [m for m in actor if _town(m, places)]
        actor = [m for m in actor if m not in towns]
        actor_heads = [h for h in actor_heads if not any(m.start <= h.idx < m.end for m in towns)]
    if not any_known(actor) and fallback_heads:
        actor = mentions_for(fallback_heads, actors, attributions, places) or actor  # "the UN sent personnel to investigate"
    if not actor:
        actor = _named(actor_heads)  # "the Third World Water Forum concluded ...": a name no table knows is still the doer
    # the first slot that names someone other than the doer ("reneged on his promise to the
    # Zambian people": not "his", the doer again, but the people)
    doer = [] if pattern.inverse else actor
    recipient = next((found for heads in recipient_options
                      if (found := _not_doer(mentions_for(heads, actors, attributions, places), doer))), [])
    if item.how == "verb" and (complement := captive_complement(item.trigger)) is not None:
        # "took the mayor and 30 councillors hostage": "hostage" says how they are held, it is no part of who
        recipient = [m for m in recipient if not m.start <= complement.idx < m.end]
    if pattern.inverse:
        actor, recipient = recipient, actor
    sides = None  # a meeting's subject and the others, for when it is only planned ("will meet X": X is the recipient)
    if item.light_role in ("host", "recipient") and actor and recipient:
        if item.light_role == "host" and pattern.type == "CONSULT":
            pattern = dataclasses.replace(pattern, mode="third-party", cameo="044")
    elif pattern.symmetric:
        if len(actor) > 1:
            # "the rebels and the government signed a ceasefire in Oslo": with both sides named, a
            # place of another country is where they met, no side
            recipient = [m for m in recipient if not (m.kind == "place" and m.country not in {a.country for a in actor})]
        sides = (actor, recipient) if actor and recipient else None
        actor, recipient = unique_mentions(actor + recipient), []
    recipient = _not_doer(recipient, actor)
    if not any_known(actor) and "legal" in pattern.context and item.how == "verb" and is_passive(item.trigger):
        # "was charged with corruption and money laundering by federal prosecutors": the parser may hang
        # the agent on the charge; prosecutors no one places are those of the country of whom they charge
        agents = [g for t in item.trigger.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head.dep_ == "pobj"
                  for g in per_doc.children(t) if g.dep_ == "pobj"]
        actor = _of_doers_country(actor or mentions_for(agents[:1], actors, attributions, places), recipient)
    type_, mode, cameo = pattern.type, pattern.mode, pattern.cameo
    if pattern.by_state and actor and all(_is_state(m) for m in actor):
        type_, mode, cameo = pattern.by_state
    if pattern.by_civilians and actor and all(m.sector in DOMESTIC_SECTORS for m in actor):
        type_, mode, cameo = pattern.by_civilians
    if pattern.by_organizations and actor and all(m.sector in ORGANIZATION_SECTORS for m in actor):
        type_, mode, cameo = pattern.by_organizations
    if pattern.joint and (len(_countries(actor)) >= 2 or (
            recipient and any(h.head.lower_ == "with" and h.head.head.i in (item.trigger.i, clause.i)
                              for heads in recipient_options for h in heads))):
        type_, mode, cameo = pattern.joint  # "held naval drills with China": done together, with the other the recipient
    if pattern.not_by and actor and all(m.kind in pattern.not_by for m in actor) and all(
            m.kind == "place" for m in recipient) and not _against(item.trigger, clause):
        return None  # "Trump held a rally in Ohio", "at the Maine rally": a candidate's rally aimed at no one is no protest
    if pattern.not_at and recipient and all(m.kind in pattern.not_at for m in recipient):
        return None  # "voters voted for Sanders", "he planned to vote for Cruz": a ballot cast for a candidate
    if type_ == "REJECT" and item.how == "verb" and _declines_comment(item.trigger, lex.types["REJECT"]):
        return None  # "declined to comment", "refused to say whether": CAMEO 011, not coded by PLOVER
    if type_ == "ASSAULT" and mode in (None, "beat", "abduct", "firearms") and (words_of := _words_between_politicians(
            item, actor_heads, actor, recipient, lex.types["ASSAULT"])) is not None:
        if words_of == "contest":
            return None  # "Cruz beat Dewhurst in the runoff", "Cruz captured Texas": a race, not a beating
        type_, mode, cameo = "ACCUSE", "disapprove", "111"  # "Sanders's attacks on Clinton": criticism
    if not (pattern.symmetric and type_ == "ASSAULT"):  # not the two sides of a clash ("Israeli police and protesters")
        actor, recipient = _partners_country(actor, item.trigger.doc), _partners_country(recipient, item.trigger.doc)
    if type_ in PLACED_PARTIES and location and location.country:
        # "militants ambushed a police convoy in Balochistan": of the place's country
        actor, recipient = _placed(actor, location), _placed(recipient, location)
    # "Egyptian police dispersed demonstrators": unplaced domestic parties are of the other side's country
    # (not a visitor: "the Pope visited Iraq" comes from elsewhere; nor a party facing a state it
    # names as a whole: "Party chief X accused Kenya" is no Kenyan, who would have accused his government)
    actor = actor if pattern.mode == "visit" else _domestic(actor, [m for m in recipient if not _state_by_name(m)], doers=True)
    recipient = _domestic(recipient, actor)
    if type_ in HELD_PEOPLE_ACTS:
        recipient = _of_doers_country(recipient, actor)
    if not recipient and recipient_options and (type_ in HELD_PEOPLE_ACTS or (type_ == "ACCUSE" and "legal" in pattern.context)):
        # "Swedish prosecutors charged Christer Pettersson", "Mexican police arrested Raul Salinas":
        # a person no table knows, held, freed or charged by one state, is one of its own people
        recipient = _own_people(recipient_options[0], actor)
    # all sides of a clash are actors ("the army clashed with rebels in Khartoum"): the place is no side
    # (sides the tables cannot code count too: "Moslem and Croat forces clashed", "clashed with rebels")
    sides_only = pattern.symmetric and (len(actor) > 1 or _sides_within(actor_heads) or any(recipient_options))
    if item.how == "verb" and _at_each_other(item.trigger):
        # "Ethiopian and Eritrean forces pounded each other", "militias fired on one another in Tripoli":
        # the doers are the sides and their own targets; the place is no one's target (nor a place the
        # parser hangs on the pronoun: "one another in Tripoli")
        sides_only, recipient = True, []
    if type_ == "PROTEST" and all(m.kind == "place" for m in recipient):
        # "marched through Belgrade, demanding that Milosevic recognise the vote", "struck to press the
        # government to honour the deal", "blocked roads in Hong Kong, demanding that Beijing allow":
        # a protest is aimed at whom its demand is made of, more than at where it is held
        recipient = _not_doer(_demanded_of({item.trigger, clause}, lex, actors, attributions, places), actor) or recipient
    if type_ in STANCE_TYPES and item.how == "verb" and all(m.kind == "place" for m in recipient):
        # "shut the schools in a direct challenge to President Ruto", "ordered troops to the border, a
        # clear warning to Venezuela": whom the act is said to challenge or warn (more than where it is
        # held, or where forces are sent: "sent a carrier group to the Gulf in a message to Iran")
        recipient = _not_doer(mentions_for(addressed_by_stance(item.trigger), actors, attributions, places), actor) or recipient
    lent = None  # the dateline's country, when it stands in as the recipient
    if not recipient and type_ in PLACE_TARGETED and location and location.country and not sides_only and not (
            is_dateline(location, places) and location.start < per_doc.sentence(item.trigger).start_char and actor and _campaigners(actor, item)):
        # "Russian forces shelled Kharkiv", "lifted the curfew in Algiers"; the dateline is the reporter's
        # town, which candidates and parties fighting for votes are not fighting ("WASHINGTON - ... Our
        # fight is to transform our country", "MANCHESTER - ... the attacks of Christie"), and which
        # no one else's act was aimed at either: "MANILA - troops repelled an attack" is aimed at the
        # country, not at Manila's people
        # (the dateline's country only lends itself: a party the sentence names still comes first,
        # "HONG KONG - students began a boycott to protest against Beijing's decision")
        recipient = [place_mention(country_only(location) if is_dateline(location, places) else location)]
        lent = recipient if is_dateline(location, places) else None
    if (not recipient or recipient is lent) and type_ in PLACE_TARGETED and not sides_only:
        # "went on hunger strike in Israeli jails", "rioted at a Turkish base": whose the place is (the
        # owner of the scene a place-targeted act is aimed at)
        scenes = [g for p in per_doc.children(clause) if p.dep_ == "prep" and p.lower_ in SCENE_PREPOSITIONS
                  for g in per_doc.children(p) if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        recipient = [m for m in mentions_for(scenes, actors, attributions, places, modifier=True)
                     if m.country and (m.name or m.code) not in _parties_of(actor)] or recipient
    if pattern.untargeted and (not recipient or _into_the_sea(item.trigger, lex.types["MOBILIZE"])):
        # "fired a missile into the sea": aimed at no one; "into waters off Taiwan": a show of force at Taiwan
        type_, mode, cameo = pattern.untargeted
    if not any_known(actor) and type_ == "PROTEST" and location and location.country:
        # "thousands demonstrated in Paris"; "an anti-war rally in Paris": its crowd, named by the rally
        actor = _crowd_of_country(actor, actor_heads or ([item.trigger] if item.how == "noun" else []), location)
    if not actor and item.how == "verb" and is_passive(item.trigger) and (
            mode in ("deport", "expel") or (type_ == "REJECT" and "entry" in pattern.constraint)):
        # "two journalists were expelled from Indonesia": by the state they were sent out of;
        # "the UN rapporteur was barred entry to Zimbabwe": by the state that kept them out
        ways = ("from",) if mode in ("deport", "expel") else ("to", "into")
        holders = [item.trigger, *(c for c in per_doc.children(item.trigger) if c.dep_ == "dobj")]  # "entry to Zimbabwe"
        sources = [g for h in holders for p in per_doc.children(h) if p.dep_ == "prep" and p.lower_ in ways
                   for g in per_doc.children(p) if g.dep_ == "pobj"]
        actor = mentions_for(sources, actors, attributions, places)
        kept_out = [c for c in per_doc.children(item.trigger) if c.dep_ == "nsubjpass"]  # "journalists were denied entry"
        recipient = _not_doer(recipient, actor) or _not_doer(mentions_for(kept_out, actors, attributions, places), actor)
    if not actor and type_ == "MOBILIZE" and item.how == "verb" and is_passive(item.trigger):
        # "the army was deployed in three cities": the forces sent are the mobilization's doer, as when
        # they "arrived" or "moved in" (whose state sent them is the forces' own code)
        sent = [c for c in per_doc.children(item.trigger) if c.dep_ == "nsubjpass"]
        actor = mentions_for(sent, actors, attributions, places)
        recipient = _not_doer(recipient, actor)
    if not actor and (type_ in STATE_ACTS or mode == "investigate") and location and location.country and is_passive(item.trigger):
        actor = [place_mention(location)]  # "was arrested in Lebanon": by the state it happened in
    if not actor and type_ == "ACCUSE" and "legal" in pattern.context and is_passive(item.trigger) and (
            (court := location or place_for(clause, places)) is not None and court.country):
        # "was charged with treason in Kampala", "KAMPALA - ... was charged with treason": prosecutors
        # no one names are the state's where the charge is laid (the dateline places a court's act,
        # though it does not place what someone said)
        actor = [place_mention(court)]
    if not actor and item.how == "noun" and _year_named_background(item.trigger):
        return None  # "charged over the 1994 bombing of a Jewish centre": a past deed recalled, not reported
    # a deed with its victim but no doer ("five people were killed") is an event; a participle
    # describing a state ("besieged civilians", "occupied territories") is not
    # ("a convoy came under fire": the noun names the deed and its target)
    # a bombing or riot by no one named is still one, as PLOVER codes attacks by unknown attackers
    # ... nor is one describing a noun the sentence is about ("a dissident jailed for his writings was freed")
    # ... and so is a release of captives whose captors go unnamed ("the last hostages were freed on Friday")
    # ... and so is a court's verdict whose court goes unnamed ("the officer was sentenced to 10 years";
    # not a charge, whose prosecutor no one places: "a former banker was charged with fraud")
    judged = "legal" in pattern.context and type_ == "SANCTION" and item.how == "verb" and is_passive(item.trigger)
    if not actor and not (recipient and (type_ in ("ASSAULT", "COERCE") or mode == "release" or judged) and item.trigger.dep_ != "amod"
                          and not (item.trigger.dep_ == "acl" and not stands_as_root(item.trigger))
                          and (item.how == "verb" or item.trigger.head.lower_ == "under")) and not (
            pattern.unnamed and (item.how == "noun" and (pattern.unnamed is True or item.trigger.dep_ in SUBJECT_DEPS)
                                 or item.how == "verb" and pattern.unnamed is True)):
        return None  # ... a verb's pattern may say so too: "an aid convoy entered the besieged town"
    if pattern.requires == "recipient" and not recipient and not _culprits(recipient_options[:1], lex.culprits):
        return None
    # "We are giving weapons": a speaker's "we" with no one named is no codable deed (judged once the type is final)
    speakers_own = _only_pronouns(actor + recipient) and any(m.text.lower() in PRONOUNS_FIRST for m in actor)
    if pattern.requires == "parties" and len({_party_key(m) for m in actor + recipient}) < 2 and not (
            pattern.symmetric and _sides_within(actor_heads)) and not (  # "Moslem and Croat forces clashed": two sides, one code
            item.how in ("verb", "light") and _announced(clause) and status_of(clause) == "negated"
            and recode(type_, mode, cameo, "refusal") is not None):
        # (a meeting one side says it will not hold is its refusal, which needs no other: "Guyana will
        # not negotiate its sovereignty", "we will not sit down with them", recoded below)
        return None
    if type_ == "MOBILIZE" and _sent_at_hosts_call(item.trigger) and (invited := recode(type_, mode, cameo, "invited")):
        type_, mode, cameo = invited  # "sent 200 police to Honiara at the request of its government": protection given
    status = status_of(clause)
    if status == "negated" and pattern.negated:
        # "said they would not accept the deal": refusing is a rejection that did happen
        (type_, mode, cameo), status = pattern.negated, "asserted"
    elif status == "negated" and item.how in ("verb", "light") and _announced(clause) and (
            refused := recode(type_, mode, cameo, "refusal")) is not None:
        # "said it would never hand over its citizens": a refusal that did happen
        (type_, mode, cameo), status = refused, "asserted"
        if sides is not None:
            actor, recipient = sides  # "would not negotiate with the rebels": who refuses, and whom
    if status == "hypothetical" and ((_announced(clause) and _condition(clause) is not None)
                                     or _planned_on_condition(clause)) and (
            ultimatum := recode(type_, mode, cameo, "unless")) is not None:
        # "its members would begin a general strike unless the government restored the subsidy": harm
        # promised on a condition is a threat made now, whoever the parser lets the subject be
        (type_, mode, cameo), status = ultimatum, "future"
    if status == "hypothetical" and _own_possible_move(clause, actor, actors, attributions, places) and (
            threat := recode(type_, mode, cameo, "future", pattern.lemma)) is not None and threat[0] == "THREATEN":
        # "Erdogan said Ankara could suspend relations with the UAE": a side saying it could do harm
        # threatens it (the PLOVER manual: THREATEN is the single category for ASSAULT + hypothetical)
        (type_, mode, cameo), status = threat, "future"
    if status == "future":
        # PLOVER: a planned meeting is an AGREE, a promised withdrawal a CONCEDE, a planned attack a threat.
        # ... and a promise of harm on a condition ("would cut supplies unless Kyiv paid") a threat
        recoded = (recode(type_, mode, cameo, "unless") if _condition(clause) is not None else None) or (
            recode(type_, mode, cameo, "announced") if _announcement(clause, lex.types["SANCTION"]) else None) or (
            recode(type_, mode, cameo, "future", pattern.lemma))
        if recoded is not None and recoded[0] != "AGREE" and decided(clause):
            # a decision to act is an intent to cooperate (AGREE) when the act is; a decision to
            # strike or expel is not yet done, nor is it a threat made to anyone
            recoded, status = None, "hypothetical"
        if recoded is not None:
            type_, mode, cameo = recoded
            if sides is not None and type_ != pattern.type:
                # PLOVER AGREE: who agrees (or plans) to meet is the actor, whom they will meet the recipient
                actor, recipient = sides
    if status == "asserted" and type_ == "AGREE" and not item.governed and item.how == "verb" and any(
            _condition(c) is not None for c in (item.trigger, *(c for c in per_doc.children(item.trigger)
                                                           if c.dep_ in ("xcomp", "ccomp")))):
        # "vowed to march on the capital if the government did not free his men": a promise that
        # hangs on another's failure to act is an ultimatum (lexicon: the "unless" rules)
        type_, mode, cameo = recode(type_, mode, cameo, "unless") or (type_, mode, cameo)
        recipient = [] if type_ == "THREATEN" else recipient
    if type_ == "REQUEST" and _or_else(item, lex) and (ultimatum := recode(type_, mode, cameo, "or_else")) is not None:
        type_, mode, cameo = ultimatum  # "ordered the warlord to lay down his arms or be disarmed"
    if type_ in ("REJECT", "AGREE") and not recipient and item.how == "verb":
        # "refused to let U.N. investigators enter", "agreed to allow inspectors back": whom the act concerns
        # ... or whom it goes to: "agreed to hand the islands to Mauritius", "promised to help rebuild Syria"
        # (the parser reads some such infinitives as adverbial clauses: "promised on Monday to restore")
        acts = [c for c in per_doc.children(item.trigger) if c.dep_ == "xcomp" or _infinitive_clause(c)]
        acts += [g for v in acts for g in per_doc.children(v) if g.dep_ == "xcomp"]
        acts += [c for v in acts for c in v.conjuncts if c.pos_ == "VERB"]  # "to reopen crossings and restore flights with X"
        recipient = (_not_doer(_acted_on(acts, actors, attributions, places), actor)
                     or _not_doer(_reached(acts, actors, attributions, places), actor))
        if type_ == "REJECT" and not recipient:
            # "refused to step down despite an ultimatum from West African leaders": whose demand is defied
            recipient = _not_doer(mentions_for(defied_parties([item.trigger, *acts]), actors, attributions, places), actor)
        if not recipient:
            # "promised to fund schools in Cambodia", "agreed to build a dam in Bolivia": the foreign
            # country the promised deed is done in
            recipient = _foreign_scene(acts, actor, places, lex)
    if type_ in ("REJECT", "AGREE") and item.how == "verb" and not _foreign(recipient, actor):
        # "agreed to deploy troops under a deal struck with Washington", "would not take in refugees
        # under a European Union relocation scheme": the other party to the deal or scheme, before
        # whom the act concerns at home (the migrants) or no one
        acts = [item.trigger, *(c for c in per_doc.children(item.trigger) if c.dep_ == "xcomp" or _infinitive_clause(c))]
        deal_words = frozenset(lex.types["AGREE"].get("deal_words") or ())
        recipient = _not_doer(_under_deal(acts, deal_words, actors, attributions, places), actor) or recipient
    if type_ in ADDRESSED_TYPES and not recipient:
        # "told his Israeli and Palestinian counterparts his country is ready to help": a promise,
        # refusal, demand or threat told to someone is made to them
        # (not the press a statement is told to: "told reporters")
        recipient = [m for m in _not_doer(mentions_for(_addressees(clause, lex), actors, attributions, places), actor)
                     if m.sector != "MED"]
    if type_ in ("AGREE", "REJECT", "REQUEST", "CONCEDE") and not recipient and item.how == "verb":
        # "agreed to suspend enrichment after talks with the foreign ministers of Britain, France and
        # Germany", "rejected the plan during a meeting with the envoy": the other side of the talks
        recipient = _not_doer(mentions_for(talks_partners(item.trigger), actors, attributions, places), actor)
    if type_ == "THREATEN":
        # an ultimatum is aimed at whoever must meet its condition, before what the threatened act is
        # done to ("threatened to pull its troops out of the mission in Darfur if the United Nations
        # published the report"), not before whom the threat names as warned ("warned Hezbollah that
        # Israel would strike if they fired"); a capital there is its government ("unless Abuja freed")
        addressed, acted_on = _threatened(clause, item, actors, attributions, places)
        own = _countries(actor)  # "threatened to close the Strait of Hormuz": its own water
        if not any_known(recipient):
            recipient = (_not_doer(addressed, actor) or [m for m in acted_on if not (m.kind == "place" and m.country in own)]
                         or recipient)
        if not any_known(recipient):
            # "warned it could cut off aid to Honduras unless the interim government ...": a party the
            # foretold act names, before one of the condition no table knows
            recipient = next((known for heads in recipient_options if any_known(known := [
                m for m in _not_doer(mentions_for(heads, actors, attributions, places), actor)
                if not (m.kind == "place" and m.country in own)])), recipient)
        elif not named or (pattern.type != "THREATEN" and all(_left_or_own(m, item.trigger.doc, own) for m in recipient)):
            # (a place a foretold act leaves or closes at home is no party: "would pull its troops out of
            # Somalia unless the United Nations withdrew the report" is aimed at the United Nations; a
            # party it names stays: "could cut ties with Israel if the United States ...")
            recipient = _not_doer(addressed, actor) or recipient
    if type_ in ANSWERING_TYPES and (not recipient or recipient is lent):
        # "threatened to close the Strait of Hormuz in response to the EU's decision to impose sanctions":
        # a hostile answer is aimed at whoever did what it answers
        # (not the answerer's own forces, its means: "would respond to any attack with force")
        recipient = [m for m in _not_doer(mentions_for(_answered(item.trigger, clause), actors, attributions, places), actor)
                     if not (m.sector == "MIL" and m.country in _countries(actor))] or recipient
    if type_ in ANSWERING_TYPES and (not recipient or recipient is lent):
        # "NATO was sending warships after Milosevic refused to back down", "warned it might resume
        # tests after the United States tested a missile": a state that did what the act follows
        recipient = _of_other_states(_provokers(item.trigger, clause), actor, actors, attributions, places) or recipient
    if type_ == "THREATEN" and not recipient:
        # "warned that any Israeli attack would meet retaliation", "warned that Israel could retaliate
        # after a Hezbollah attack": a threat told with the attack it answers is aimed at the attacker
        recipient = _of_other_states(_attackers(item.trigger, lex), actor, actors, attributions, places)
    if type_ in HOSTILE_TYPES and recipient:
        # "twenty years after it invaded the country": a country attacked by a state is not that state
        recipient = [_other_country(m, actor, places, item.trigger) for m in recipient]
    if type_ == "MOBILIZE" or (type_ == "RETREAT" and "from" in pattern.recipient):
        # "poured police into Urumqi", "ordered troops into Kashmir", "the Taliban withdrew from
        # Kunduz": forces moved within the state's own territory are aimed at no one; moved to a
        # foreign border or out of a foreign town, at that state (an operation halted in a province
        # is still aimed at it: "suspended the military operation in Aceh")
        own = _countries(actor)
        recipient = [m for m in recipient if not (m.kind == "place" and m.country in own)]
    if type_ == "AID" and not recipient and item.how == "verb":
        # "approved $400 million in credit to help Pakistan rebuild": whom its purpose helps
        helped = [h for c in _purposes(item.trigger) for h in (*(o for o in per_doc.children(c) if o.dep_ == "dobj"),
                                               *(s for x in per_doc.children(c) if x.dep_ in ("ccomp", "xcomp")
                                                 for s in per_doc.children(x) if s.dep_ in SUBJECT_DEPS))]
        recipient = [m for m in _not_doer(mentions_for(helped, actors, attributions, places), actor) if m.country]
    if type_ in ("ASSAULT", "COERCE") and item.how == "verb" and all(m.kind == "place" for m in recipient) and not any(
            m.start <= o.idx < m.end for m in recipient for o in per_doc.children(item.trigger) if o.dep_ == "dobj"):
        # "fired tear gas to disperse thousands of protesters", "to try to subdue the crowd": whom
        # the force was used on is whom its purpose names, before the town it happened in (not
        # before what it was used on: "shelled the town to drive out the rebels")
        aims = _purposes(item.trigger)
        aims += [g for a in aims for g in per_doc.children(a) if g.dep_ == "xcomp" and has_to_infinitive(g)]  # "to try to subdue"
        targets = [o for a in aims for o in per_doc.children(a) if o.dep_ == "dobj"]
        aimed = [m for m in _not_doer(mentions_for(targets, actors, attributions, places), actor) if m.kind != "place"]
        recipient = aimed or recipient
    if type_ == "AID" and not recipient and location and location.country and all(
            m.country != location.country for m in actor):
        # "Cuban doctors arrived in Turkey to provide medical assistance": aid reaches the country it
        # is delivered in (a state's aid at home is no aid to another)
        recipient = [place_mention(country_only(location))]
    if type_ == "CONSULT" and mode is None and location:
        actor, recipient, mode, cameo = _host(actor, recipient, location, mode, cameo)
    if type_ == "CONSULT" and mode == "visit" and not recipient and location and location.country and not is_dateline(
            location, places) and all(m.country != location.country for m in actor):
        recipient = [place_mention(location)]  # "arrived in Havana for a five-day visit": the country visited hosts it
    if type_ == "ASSAULT" and _crowd(actor_heads, lex.types["PROTEST"].get("crowd_words") or ()):
        type_, mode, cameo = "PROTEST", "riot", "145"  # "angry crowds stoned peacekeepers": a riot
    if type_ in ("AGREE", "RETREAT"):  # an agreement, a ceasefire: its brokers are no side of it
        mediation_words = lex.types["AGREE"].get("mediation_words") or ()
        recipient = _without_mediators(recipient, item.trigger.doc, mediation_words)
    if type_ == "AGREE" and not any_known(actor):
        # "negotiators have reached a trade deal between the US and Canada": the deal's sides are the
        # parties when those who reached it are no one's
        deal_words = frozenset(lex.types["AGREE"].get("deal_words") or ())
        sides = [m for m in mentions_for(_deal_sides(item.trigger, deal_words), actors, attributions, places)
                 if m.country or m.code]
        if len(sides) > 1:
            actor, recipient = sides, []
    if type_ in JOINT_TYPES and len(sides := _countries(actor)) >= 2:
        # "Bangladesh and Myanmar agreed to return refugees to Rakhine", "Russia and Belarus began
        # exercises near Belarus's borders": what two states do together is aimed at neither of them
        recipient = [m for m in recipient if m.country not in sides]
    if type_ in SIDES_TOGETHER_TYPES and actor and _sides_within(actor_heads):
        # "the government and the rebels agreed to let refugees return", "agreed to a truce in
        # Ndjamena", "the two navies began drills with 3,000 sailors": what two sides agree or do
        # together is aimed at neither, nor at whom it lets act; a third state stays ("agreed to send aid to Ukraine")
        recipient = [m for m in recipient if _state_by_name(m) and m.country not in _countries(actor)]
    words = _event_words(item)
    if type_ == "RETREAT" and item.how == "verb" and any(
            c.dep_ == "advmod" and c.lower_ in (lex.types["RETREAT"].get("forced_words") or ()) for c in per_doc.children(item.trigger)):
        type_, mode, cameo = "COERCE", "deport", "174"  # "Thailand forcibly repatriated 300 Cambodian refugees"
    if set(words) & set(lex.types.get(type_, {}).get("aid_words") or ()):
        type_, mode, cameo = "AID", None, "074"  # "sent troops to Rwanda on a humanitarian mission"
    cameo = _refine(cameo, words, lex)
    info = lex.types.get(type_, {})
    if speakers_own and (info.get("quad_class") not in VERBAL_QUADS or item.how not in ("verb", "light")):
        # ... but what speakers do by saying it is done ("I will not resign", "we call on the army to
        # free him", "we will guarantee his safety"): a refusal, demand or promise in their own verb
        # (not a noun of theirs: "our support continues" tells of aid, as "we are giving weapons" does)
        return None
    if mode not in (info.get("modes") or {}):
        mode = None
    context = _contexts(pattern.context, cameo, words, lex)
    sentence = per_doc.sentence(item.trigger)
    named_place = location  # where the text puts the event, before a party's home or the story lends one
    if location is not None and is_dateline(location, places) and (
            (mode in (info.get("decree_modes") or ()) and _one_decider([] if pattern.inverse else actor_heads, actor))
            or ((mode in (info.get("body_decree_modes") or ())
                 or item.trigger.lemma_.lower() in (info.get("body_decree_verbs") or ())) and _deciding_body(actor))):
        # "WASHINGTON - President Reagan imposed tariffs on Friday", "a court froze the company's
        # assets": decided wherever the president or the court was; the dateline is the reporter's.
        # So is "LIMA - Peru recalled its ambassador", "the party suspended talks": a state's or a
        # body's decision, taken wherever its cabinet or board sat
        location = None
    if location is not None and is_dateline(location, places) and mode in (info.get("remote_modes") or ()) and (
            actor and actor[0].country != location.country):
        # "HARARE - Zuma said he had spoken to Mugabe by telephone": the caller, named first, from afar
        location = None
    if location is not None and is_dateline(location, places) and (
            (info.get("verbal") and not lex.types.get(pattern.type, {}).get("verbal"))
            or (_quoted(item.trigger, attributions) and not _told_as_past(clause))):
        # "Sanders's attacks on Clinton" (criticism, an act of words: said wherever its speaker was),
        # and what a speaker's own quoted words hold that is no report of a deed done ("we will fight
        # for every vote", "we've got a glass ceiling to demolish"): not where the reporter is
        location = None
    if location is None or is_dateline(location, places):  # "Colombians rejected the deal": at home
        location = (nationwide(clause, actor) or home_country(actor, recipient, sentence, places, location,
                                                              spoken=bool(info.get("verbal")))
                    or location)
    if location is None:
        # "Perez suspended constitutional guarantees": a measure over the country its maker rules
        location = decreed_at_home(clause, actor, recipient, sentence, places)
    if location is None or (is_dateline(location, places) and location.country not in {m.country for m in actor}):
        # "Kyrgyzstan opened its border", "Beijing summoned the U.S. ambassador": done at home
        location = at_home(clause, actor, sentence, places) or location
    if location is None and info.get("placed_by_story"):
        # "Gunmen attacked a police post" in a story of Mali: where the story is
        location = story_country(clause, actor, recipient, places)
    if location is None and type_ == "AGREE" and len(actor) >= 2:
        # "Iwaya and Wang on Saturday agreed ..." under a Tokyo dateline: sides that agree together
        # do so in person, where they met, which is where the reporter is in the dateline's news
        location = agreed_together(clause, places)
    if claims_a_deed(clause):
        location = None  # "claimed responsibility for the bombing": from wherever the claimants hide
    if status == "hypothetical" and location is not None and (location is not named_place or is_dateline(
            location, places)) and _left_open(item.trigger):
        # "SUVA - police could arrest him if he returned", "the bloc could suspend the country": what
        # may happen has no place but one its own words name ("could meet in Cairo")
        location = None
    if (sector := info.get("town_recipients")) is not None:
        recipient = _towns_as_people(recipient, places, sector)
    return Event(
        id="", type=type_, mode=mode, context=context, cameo=cameo,
        quad_class=int(info.get("quad_class") or 0),
        score=float((info.get("modes") or {}).get(mode, info.get("score", 0.0))),
        actor=actor, recipient=recipient,
        # Doc.text and Span.text join their words' texts on every call: the sentence is read from the text
        trigger=Span(item.trigger.text, item.trigger.idx, item.trigger.idx + len(item.trigger)),
        sentence=Span(per_doc.text(clause.doc)[sentence.start_char:sentence.end_char], sentence.start_char,
                      sentence.end_char),
        date=date,
        location=location,
        status=status,
        attribution=_attribution_holding(item.trigger.idx, attributions),
        confidence=_confidence(item, actor, recipient, info),
    )


def _left_open(trigger: Token) -> bool:
    """Whether a modal of possibility or a condition leaves the deed open ("could suspend", "should
    be postponed", "if they attack"); not "would", which also reports plans and intentions ("said
    his visit would go ahead")."""
    cues = cue_words()
    possible = cues["modal"] - {"would"}
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in possible or c.dep_ == "mark" and c.lower_ in cues["condition"]
               for word in (trigger, *trigger.ancestors) for c in per_doc.children(word))


def _quoted(trigger: Token, attributions: list[Attribution]) -> bool:
    """Whether the trigger lies in a quotation: the content of a direct attribution."""
    return any(a.direct and any(c.start <= trigger.idx < c.end for c in a.content) for a in attributions)


def _told_as_past(trigger: Token) -> bool:
    """Whether the clause that holds the trigger tells of something done: its verb in the past
    ("missiles hit our city", "they have shelled", "was killed"), not a present, a future or an
    infinitive ("our fight is", "we will fight", "a ceiling to demolish")."""
    verb, auxiliaries = clause_verb(trigger)
    if verb is None:
        return False
    if any(a.lower_ in ("will", "wo", "shall", "'ll", "would", "to") for a in auxiliaries):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ in ("has", "have", "'ve") for a in auxiliaries)


def _one_decider(heads: list[Token], actor: list[Mention]) -> bool:
    """Whether the doer is one person ("President Kais Saied", "he", "Gyanendra, the king's
    brother") or a court or judge, whose decisions are made wherever they are; not a commander,
    whose deeds ("seized power") are done by his troops on the spot."""
    if len(heads) != 1 or any(m.sector in ARMED_SECTORS for m in actor):
        return False
    head = heads[0]
    person = head.ent_type_ == "PERSON" or head.lower_ in ("he", "she") or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in per_doc.children(head))
    return person or (bool(actor) and all(m.sector == "JUD" for m in actor))


# Sectors of bodies that decide by a vote or a cabinet's word, not by deeds on the spot.
DECIDING_SECTORS = frozenset({"GOV", "LEG", "JUD", "PTY", "OPP", "IGO", "UNO", "EUR"})


def _deciding_body(actor: list[Mention]) -> bool:
    """Whether every doer is a state named as such ("Peru", "Ghana's government", "the Foreign
    Ministry") or a deciding body (a party, an international body); not its troops, police or
    crowds, nor its members, who act in person ("members of the party walked out of the session")."""
    return bool(actor) and all(
        (m.kind == "org" and m.sector in DECIDING_SECTORS) or (m.kind == "place" and m.sector is None and m.country)
        for m in actor)


def _stray_subject(verb: Token) -> list[Token]:
    """The nouns right before a verb with no subject, that the parser hung elsewhere ("days after an
    earthquake and tsunami struck the city": the objects of "after"); for a participle with no subject
    ("..., killing 1,400"), those before the verb it hangs on."""
    for current in (verb, verb.head if verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" else None):
        if current is None or any(c.dep_ in SUBJECT_DEPS for c in per_doc.children(current)):
            continue
        before = current.doc[current.i - 1] if current.i > 0 else None
        if before is None or before.pos_ not in ("NOUN", "PROPN") or before.head.i == current.i:
            continue
        first = before.head if before.dep_ == "conj" else before
        return [first, *first.conjuncts]
    return []


def _mishap(trigger: Token, pattern, actor_heads: list[Token], assault: dict) -> bool:
    """Vehicles alone killing or injuring, none of them a bomb, as the verb's subject or after a
    collision: a road accident ("an army truck collided with a minibus, killing six"; "a car packed
    with explosives killed 12" and "a truck ploughed into the crowd, killing 84" are attacks)."""
    if pattern.lemma not in (assault.get("mishap_verbs") or ()):
        return False
    own = any(c.dep_ in SUBJECT_DEPS for c in per_doc.children(trigger))
    if not own and not (trigger.dep_ in ("advcl", "conj") and trigger.head.lemma_.lower() in (assault.get("collision_verbs") or ())):
        return False
    vehicles, explosive = frozenset(assault.get("mishap_vehicles") or ()), frozenset(assault.get("explosive_words") or ())
    return all(h.lemma_.lower() in vehicles and not any(t.lower_ in explosive or t.lemma_.lower() in explosive
                                                        for t in h.subtree) for h in actor_heads)


def _natural(head: Token, natural_causes: frozenset[str]) -> bool:
    """A force of nature, also one with a name ("Cyclone Idai", "Hurricane Mitch") or one the parser
    hangs on the bearing after it ("an earthquake east of Algiers": "earthquake" a compound of "east")."""
    return head.lemma_.lower() in natural_causes or ((head.pos_ == "PROPN" or head.lower_ in COMPASS) and any(
        c.dep_ == "compound" and c.lemma_.lower() in natural_causes for c in per_doc.children(head)))


def _not_doer(mentions: list[Mention], doers: list[Mention]) -> list[Mention]:
    """An actor is not its own recipient ("the rebels laid down their arms"): the same span, or the
    same actor named again with its sector, or by a pronoun ("Kenya withdrew its demand")."""
    same = {(a.start, a.end) for a in doers} | {a.name or a.code for a in doers if a.name or a.code}
    countries = {a.country for a in doers if a.country}
    return [m for m in mentions if (m.start, m.end) not in same and not (
        (m.sector or m.text.lower() in PRONOUNS_THIRD) and (m.name or m.code) in same) and not _own_organ(m, countries)]


def _own_organ(mention: Mention, countries: set) -> bool:
    """ "agreed to reopen their embassies", "ordered its own troops to ...": a state's own organs,
    named by "its" or "their", are not what the state acts on."""
    first = mention.text.split(maxsplit=1)[0].lower() if mention.text else ""
    return first in ("its", "their") and mention.sector in STATE_SECTORS and mention.country in countries


def _into_the_sea(trigger: Token, mobilize: dict) -> bool:
    """Whether the deed is aimed into the sea ("fired missiles into waters off Taiwan", "toward the sea")."""
    seas = frozenset(mobilize.get("sea_words") or ())
    return any(g.lemma_.lower() in seas or g.lower_ in seas for p in per_doc.children(trigger)
               if p.dep_ == "prep" and p.lower_ in ("into", "toward", "towards", "in")
               for g in per_doc.children(p) if g.dep_ == "pobj")


def _announcement(clause: Token, sanction: dict) -> bool:
    """Whether the clause is told as a decision announced ("announced it would prohibit all aid ... and
    would deny entry"), through the clauses it is coordinated with."""
    while clause.dep_ == "conj":
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in (sanction.get("announcing_verbs") or ())


def _announced(verb: Token) -> bool:
    """ "will not withdraw", "said it would never hand over": a verb with a future auxiliary whose
    negation states an intention."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall", "'ll") for c in per_doc.children(verb))


def _own_possible_move(verb: Token, actor: list[Mention], actors, attributions, places) -> bool:
    """ "Erdogan said Ankara could cut ties", "the rebels said they might resume attacks": what a side
    says it could or might do itself (not what others say it could: "analysts said the EU could")."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in cue_words()["report"] or is_passive(verb) or not any(
            c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in per_doc.children(verb)):
        return False  # (not "said the elections could be postponed": by no one named)
    speakers = mentions_for(subjects_of(verb.head), actors, attributions, places)
    if any(s.name and s.name in {m.name for m in actor} for s in speakers):
        return True  # "the rebels said they might"
    # a state's leader or official speaking of the state ("Erdogan said Ankara could"), not a
    # commander of what the police could do
    return bool(_countries(speakers) & _countries(actor)) and all(m.sector in (None, "GOV") for m in speakers + actor)


def _planned_on_condition(verb: Token) -> bool:
    """ "plans to oust the government unless it resigns", "planned to remove him if he refused": the
    infinitive of the subject's own plan, made on a condition (the parser hangs it on either verb)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cue_words()["intention"] and (
        _condition(verb) is not None or _condition(verb.head) is not None)


def _threatened(clause: Token, item: Found, actors, attributions, places) -> tuple[list[Mention], list[Mention]]:
    """Whom a threat is aimed at: whoever must meet its condition ("threatened to launch an offensive
    unless Baghdad accepted", "would resume fighting if the army advanced", "threatened to open the
    gates for refugees if the EU called it an invasion"), and what the threatened act is done to
    ("threatened to turn Seoul into a sea of fire") or the condition's parties no table knows."""
    verbs = [clause, *(c for c in per_doc.children(clause) if c.dep_ in ("xcomp", "ccomp") or _infinitive_clause(c)),
             *(g.trigger for g in item.governed), *((clause.head,) if clause.dep_ == "xcomp" else ())]
    verbs += [g for v in verbs[1:] for g in per_doc.children(v) if g.dep_ in ("xcomp", "ccomp")]  # "to open the gates for them to travel"
    conditions = [c for t in verbs if (c := _condition(t, any_if=True)) is not None]
    if not conditions and clause.dep_ == "advcl" and (c := _condition(clause.head, any_if=True)) is not None and c.i > clause.i:
        # "said patience had run out, warning of military action unless Syria stopped ...": the parser
        # hangs the condition of a warning set off by a comma on the clause the warning elaborates
        conditions = [c]
    found = mentions_for(subjects_of(conditions[0]), actors, attributions, places) if conditions else []
    if any_known(found):
        return found, []
    return [], _acted_on(verbs, actors, attributions, places) or found


def _left_or_own(mention: Mention, doc, own: set) -> bool:
    """Whether a place is one an act leaves ("out of Somalia", "from the mission"), or the mention is of
    the doer's own country ("close the Strait of Hormuz", "its peacekeeping missions"), rather than a
    party it is done to or with."""
    if mention.country in own:
        return True
    if mention.kind != "place":
        return False
    words = per_doc.char_span(doc, mention.start, mention.end)
    link = words.root.head if words is not None and len(words) else None  # "out of southern Lebanon": of
    return link is not None and (link.lower_ in ("from", "out") or (link.lower_ == "of" and link.head.lower_ == "out"))


def _of_other_states(heads: list[Token], actor: list[Mention], actors, attributions, places) -> list[Mention]:
    """The parties `heads` name that are of a country other than the actor's."""
    own = _countries(actor)
    return [m for m in _not_doer(mentions_for(heads, actors, attributions, places), actor)
            if m.country and m.country not in own]


def _attackers(trigger: Token, lex: Lexicon) -> list[Token]:
    """Who does the attacks a threat's clause tells of: the owner, named modifier or "by" phrase of
    a noun of force ("that any Israeli attack would meet retaliation", "could retaliate after a
    Hezbollah attack killed two soldiers")."""
    clauses = [c for c in per_doc.children(trigger) if c.dep_ in ("ccomp", "xcomp")]
    return [doer for c in clauses for word in c.subtree if word.pos_ == "NOUN"
            and any(p.type == "ASSAULT" for p in lex.nouns.get(word.lemma_.lower(), ())) for doer in doers_named(word)]


def _acted_on(verbs: list[Token], actors, attributions, places) -> list[Mention]:
    """The party an infinitive among `verbs` acts on ("threatened to turn Seoul into a sea of fire",
    "refused to let U.N. investigators enter", "agreed to allow inspectors back"), when the object
    itself names one (not "avenge the death of their leader")."""
    infinitives = [v for v in verbs if (v.dep_ == "xcomp" or _infinitive_clause(v)) and not _creating(v)]
    objects = [o for v in infinitives for o in per_doc.children(v) if o.dep_ == "dobj"]
    objects += [s for v in infinitives for c in per_doc.children(v) if c.dep_ == "ccomp" for s in per_doc.children(c) if s.dep_ == "nsubj"]
    # "refused to let U.N. monitors into areas held by the rebels": the parser makes the ones let in a
    # clause of their own with no verb
    objects += [c for v in infinitives for c in per_doc.children(v) if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN")]
    objects += [g for o in objects for g in sponsors(o)]  # "refused to attend U.N.-sponsored talks": the sponsor
    # "refused to ratify Bolivia's entry into the bloc", "agreed to study Japan's proposal": whose the thing
    # is, when a name says so (not "agreed to lock the guerrillas' weapons": the agreeing sides' own)
    objects += [c for o in objects for c in per_doc.children(o) if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return [m for m in mentions_for(objects, actors, attributions, places) if (m.country or m.code)
            and any(m.start <= o.idx < m.end for o in _with_conjuncts(objects))]


def _creating(verb: Token) -> bool:
    """ "agreed to form a coalition government", "to set up a commission": what the act brings into
    being (or into office) is no party the promise or refusal is made to."""
    particles = [c.lower_ for c in per_doc.children(verb) if c.dep_ == "prt"]
    lemma = verb.lemma_.lower()
    return (f"{lemma} {particles[0]}" if particles else lemma) in cue_words()["creating"]


def _demanded_of(holders: set[Token], lex: Lexicon, actors, attributions, places) -> list[Mention]:
    """Whom a demand that goes with an act is made of: a verb of demanding joined to it as a purpose
    or an accompanying clause ("to demand the resignation of X", "demanding that X step down")."""
    clauses = [c for h in holders for c in per_doc.children(h) if c.dep_ in ("advcl", "xcomp", "acl", "conj")
               and c.pos_ == "VERB" and not any(s.dep_ in SUBJECT_DEPS for s in per_doc.children(c))]
    for clause in clauses:
        particles = {c.lower_ for c in per_doc.children(clause) if c.dep_ in ("prep", "prt")}
        patterns = [p for p in lex.verbs.get(clause.lemma_.lower(), ()) if p.type == "REQUEST" and not p.constraint
                    and (p.particle is None or p.particle in particles)]
        # "demanding the release of 26 political prisoners": neither the deed nor those it is done to are asked
        done_to = deed_and_patients(clause)
        for pattern in sorted(patterns, key=lambda p: p.particle is None):  # "call on X" before "call"
            for heads in verb_recipients(clause, pattern):
                found = mentions_for([h for h in heads if h.i not in done_to], actors, attributions, places)
                if any_known(found):
                    return found
    return []


def _infinitive_clause(verb: Token) -> bool:
    """An infinitive the parser reads as an adverbial clause, not a complement ("threatened on
    Tuesday to remove the government", "promised on Monday to restore flights")."""
    return verb.dep_ == "advcl" and has_to_infinitive(verb)


def _passive_doers(verb: Token, pattern) -> list[Token]:
    """ "The ambassador was summoned to the Foreign Ministry": in a passive that names no doer, the
    object of a preposition the pattern lists as the actor's (verbs.yaml actor) is the doer."""
    if not pattern.actor or not is_passive(verb):
        return []
    return [g for p in per_doc.children(verb) if p.dep_ == "prep" and p.lower_ in pattern.actor
            for g in per_doc.children(p) if g.dep_ == "pobj"]


def _captives_and_captors(verb: Token, pattern) -> tuple[list[Token], list[Token]]:
    """ "Soldiers held for a year by Tuareg rebels were freed", "aid workers kidnapped by rebels were
    released", "eight of its workers who were kidnapped by militants have been freed": in a passive
    release that names no doer, those who held the captives let them go."""
    if pattern.mode != "release" or not (is_passive(verb) or any(c.dep_ == "auxpass" for c in per_doc.children(verb))):
        return [], []
    # (the parser may hang the subject on the auxiliary: "workers ... were last night released")
    holders = [verb, *(a for a in per_doc.children(verb) if a.dep_ in ("aux", "auxpass"))]
    subjects = [s for h in holders for s in per_doc.children(h) if s.dep_ in ("nsubjpass", "nsubj")]
    held = [(c, g) for s in subjects for c in (s, *partitive_heads(s)) for by in per_doc.children(c)
            if by.dep_ == "acl" and by.tag_ == "VBN" or by.dep_ == "relcl" and is_passive(by)
            for a in per_doc.children(by) if a.dep_ == "agent" for g in per_doc.children(a) if g.dep_ == "pobj"]
    return [s for s, _ in held[:1]], [g for _, g in held]


def _parties_to(verb: Token, pattern) -> list[Token]:
    """ "A ceasefire between Armenia and Azerbaijan was agreed", "a peace deal between Ethiopia and
    Eritrea was signed": a deal made in the passive with no maker named was made by the parties it is between."""
    if pattern.type not in JOINT_TYPES or not is_passive(verb):
        return []
    return [g for t in per_doc.children(verb) if t.dep_ == "nsubjpass" for p in per_doc.children(t)
            if p.dep_ == "prep" and p.lower_ in ("between", "among") for g in per_doc.children(p) if g.dep_ == "pobj"]


def _reached(verbs: list[Token], actors, attributions, places) -> list[Mention]:
    """The party a promised or refused act goes to, is done with or for, when its object names none:
    "agreed to hand sovereignty of the islands to Mauritius", "offered to host a new round of talks
    between Venezuela's government and the opposition". Not where it happens ("agreed to meet in Geneva")."""
    holders = _with_objects(verbs)
    holders += [g for h in holders[len(verbs):] for g in partitive_heads(h)]  # "a new round of talks"
    parties = [c for v in verbs for c in per_doc.children(v) if c.dep_ == "dative" and c.pos_ != "ADP"]
    parties += [g for h in holders for p in per_doc.children(h) if p.dep_ in ("prep", "dative") and p.lower_ in REACHING
                for g in per_doc.children(p) if g.dep_ == "pobj"]
    # ... or whom it is done for, when a name says so ("offered to enrich uranium for Iran", "to open a
    # crossing for Syrian refugees"; not "for years", "to stand for president")
    parties += [g for h in holders for p in per_doc.children(h) if p.dep_ in ("prep", "dative") and p.lower_ == "for"
                for g in per_doc.children(p) if g.dep_ == "pobj" and (g.ent_type_ in NAMED_ACTORS or any(
                    c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in NAMED_ACTORS for c in per_doc.children(g)))]
    return [m for m in mentions_for(parties, actors, attributions, places) if (m.country or m.code)
            and any(m.start <= o.idx < m.end for o in _with_conjuncts(parties))]


def _with_conjuncts(heads: list[Token]) -> list[Token]:
    """The heads and those coordinated with them or in them: a meeting "between Putin and Zelenskiy"
    has two parties, though only the first hangs on "between"; "Russian and French inspectors" two."""
    heads = [*heads, *(c for h in heads for c in h.conjuncts)]
    return heads + [t for h in heads for m in per_doc.children(h) if m.dep_ in ("amod", "compound", "nmod") and m.conjuncts
                    for t in (m, *m.conjuncts)]


def _with_objects(verbs: list[Token]) -> list[Token]:
    """The verbs and their direct objects: where a phrase naming a further party may hang."""
    return [*verbs, *(o for v in verbs for o in per_doc.children(v) if o.dep_ == "dobj")]


def _under_deal(verbs: list[Token], deal_words: frozenset, actors, attributions, places) -> list[Mention]:
    """The party to the deal, plan or scheme an act is done under, when it names one: "under a deal
    reached with the United States", "under a European Union relocation scheme", "under Washington's plan"."""
    holders = _with_objects(verbs)
    deals = [g for h in holders for p in per_doc.children(h) if p.dep_ == "prep" and p.lower_ == "under"
             for g in per_doc.children(p) if g.dep_ == "pobj" and g.lemma_.lower() in deal_words]
    found = []
    for deal in deals:
        owner = owner_of(deal)
        mentions = [m for m in mentions_for([owner], actors, attributions, places) if m.country or m.code]
        # a deal that names its owner in its own words names it before the noun ("an EU scheme"),
        # not where it was signed ("a deal signed in Pretoria")
        found += mentions if owner.i != deal.i else [m for m in mentions if deal.left_edge.idx <= m.start < deal.idx]
    return found


def _deal_sides(trigger: Token, deal_words: frozenset) -> list[Token]:
    """The parties a deal the trigger reaches or signs names after "between" ("reached a deal between
    the US and Canada")."""
    deals = [o for o in (trigger, *per_doc.children(trigger)) if o.lemma_.lower() in deal_words and o.pos_ == "NOUN"]
    return [g for d in deals for p in per_doc.children(d) if p.dep_ == "prep" and p.lower_ == "between"
            for o in per_doc.children(p) if o.dep_ == "pobj" for g in (o, *o.conjuncts)]


def _foreign(recipient: list[Mention], actor: list[Mention]) -> bool:
    """A recipient of a country other than the actor's (not the actor's own people or a party no table knows)."""
    own = _countries(actor)
    return any(m.country and m.country not in own or (not m.country and m.code) for m in recipient)


def _condition(clause: Token, any_if: bool = False) -> Token | None:
    """The clause of "would cut supplies unless Kyiv paid", "would end the truce if Iran did not withdraw";
    with `any_if`, any "if" clause too ("would resume fighting if the army advanced")."""
    for sub, mark in conditions(clause):
        own_subject = any_if and bool(own_subjects(sub))  # not "if attacked"
        refused = sub.lemma_.lower() in cue_words()["failure"]  # "if it refused to resign": unless it resigns
        if mark == "unless" or own_subject or refused or any(c.dep_ == "neg" for c in per_doc.children(sub)):
            return sub
    return None


def _confidence(item: Found, actor: list[Mention], recipient: list[Mention], info: dict) -> float:
    value = CONFIDENCE[item.how]
    if not actor:
        value -= 0.15
    if info.get("requires_recipient") and not recipient:
        value -= 0.1
    if any(m.country is None and m.code is None for m in actor + recipient):
        value -= 0.05
    return round(max(0.1, min(1.0, value)), 2)


def _sent_at_hosts_call(trigger: Token) -> bool:
    """Forces sent at the call of the state they go to, or as part of a protection mission ("will send
    100 police to Solomon Islands at the request of its prime minister", "deployed 400 officers to Haiti as
    part of a U.N.-backed security mission"): military protection given (CAMEO 074), not a show of force."""
    verbs = [trigger, trigger.head] if trigger.dep_ == "xcomp" else [trigger]  # "began arriving ... at the invitation of"
    cues = cue_words()
    # ... or the parser hangs the phrase on the purpose ("arrived to restore order, at the invitation of")
    verbs += [c for c in per_doc.children(trigger) if c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.lefts)]
    for prep in (p for v in verbs for p in per_doc.children(v) if p.dep_ == "prep"):
        for obj in (o for o in per_doc.children(prep) if o.dep_ == "pobj"):
            if prep.lower_ == "at" and obj.lemma_.lower() in cues["hosts_call"]:
                return True
            if prep.lower_ == "as" and obj.lower_ == "part":
                missions = [m for p in per_doc.children(obj) if p.lower_ == "of" for m in per_doc.children(p)
                            if m.dep_ == "pobj" and m.lemma_.lower() in cues["protection_mission"]]
                if any(w.lower_ in cues["protection_word"] for m in missions for w in m.subtree if w.i < m.i):
                    return True
    return False


def _year_named_background(noun: Token) -> bool:
    """A deed's noun in a prepositional phrase whose own words give the year it happened ("his role in
    the 2005 bombing", "leaders of the 1988 student uprising"): news recalls such deeds as background
    to what it reports."""
    return noun.dep_ == "pobj" and any(
        t.i < noun.i and t.shape_ == "dddd" and t.ent_type_ == "DATE" for left in noun.lefts for t in left.subtree)


def _is_state(mention: Mention) -> bool:
    if mention.sector in STATE_SECTORS:
        return True
    return mention.sector is None and mention.country is not None and mention.kind in ("place", "org", None)


def _towns_as_people(recipient: list[Mention], places: list[Place], sector: str) -> list[Mention]:
    """A town or city the act is done to stands for the people in it ("shelled Kharkiv": UKRCVL),
    also a capital ("bombed Kyiv"), whose name alone would stand for its government."""
    # the town's words, with the name of its country: a capital standing for its state carries it with
    # a sector (GOV), the country alone that a dateline's act is aimed at carries it with none
    # ("MANILA - ... repelled an attack": aimed at the Philippines, not Manila's people)
    # The mention may hold words before the name ("shelled west Beirut", "central Sarajevo"): a part
    # of the town is still the town's people, not its government.
    towns = {p.end: (p.start, country_only(p).name) for p in places if p.lat is not None and p.country}
    return [dataclasses.replace(m, sector=sector, code=f"{m.country}{sector}")
            if m.kind == "place" and m.country and m.end in towns and m.start <= towns[m.end][0]
            and (m.name != towns[m.end][1] or m.sector is not None) else m
            for m in recipient]


def _town(mention: Mention, places: list[Place]) -> bool:
    """The mention is the name of a town or city (not of a country or region)."""
    return mention.kind == "place" and any(
        (p.start, p.end) == (mention.start, mention.end) and p.lat is not None and p.country
        and p.name != country_only(p).name and p.admin1 is not None for p in places)


def _host(actor, recipient, location: Place, mode, cameo):
    """A meeting in one side's country: the others are visiting ("Putin met Xi in Beijing")."""
    if recipient or not location.country:
        return actor, recipient, mode, cameo
    hosts = [m for m in actor if m.country == location.country]
    visitors = [m for m in actor if m.country and m.country != location.country]
    if hosts and visitors and len(hosts) + len(visitors) == len(actor):
        return visitors, hosts, "visit", "042"
    return actor, recipient, mode, cameo


def _event_words(item: Found) -> list[str]:
    """The lemmas of what the event is about: the trigger, its objects and what it governs,
    not its subject ("military aid", "halted weapons supplies")."""
    tokens = []
    for found in (item, *item.governed):
        trigger = found.trigger
        tokens.append(trigger)
        for child in per_doc.children(trigger):
            if child.dep_ in SUBJECT_DEPS or child.dep_ in ("punct", "cc", "mark", "advcl", "conj", "parataxis"):
                continue
            tokens.extend(list(child.subtree)[:20])
        if found.how == "light" and found.clause.i != trigger.i:
            tokens.append(found.clause)
    return [t.lemma_.lower() for t in sorted(set(tokens), key=lambda t: t.i)]


def _contexts(base: tuple[str, ...], cameo: str | None, words: list[str], lex: Lexicon) -> list[str]:
    found = dict.fromkeys(base)
    row = lex.cameo.get(cameo or "")
    for context in (row.get("context") or "").split(";") if row else ():
        if context:
            found[context] = None
    for context in _word_contexts(words, lex):
        found[context] = None
    return list(found)


def _word_contexts(words: list[str], lex: Lexicon) -> list[str]:
    contexts = []
    for i, word in enumerate(words):
        for parts, context in lex.context_words.get(word, ()):
            if tuple(words[i:i + len(parts)]) == parts and context not in contexts:
                contexts.append(context)
    return contexts


def _refine(cameo: str | None, words: list[str], lex: Lexicon) -> str | None:
    """The most specific CAMEO code the event's words support: 162 (reduce aid) with
    "weapons" is 1622; 070 (provide aid) with "humanitarian" is 073."""
    if not cameo:
        return cameo
    contexts = set(_word_contexts(words, lex))
    for _ in range(2):
        # a context the code already has says nothing more specific (166 expel is diplomatic, and so is
        # 1662 expel inspectors: "expelled the ambassador" stays 166)
        own = set((lex.cameo.get(cameo, {}).get("context") or "").split(";"))
        matches = [c for c in lex.children.get(cameo, ()) if (set((lex.cameo[c].get("context") or "").split(";")) - own) & contexts
                   and (lex.cameo[c].get("type") == lex.cameo.get(cameo, {}).get("type"))]
        if len(matches) != 1:
            break
        cameo = matches[0]
    return cameo


RECIPROCALS = {"other": "each", "another": "one"}  # "each other", "one another"


def _at_each_other(verb: Token) -> bool:
    """Whether the verb's object, the object of its preposition, or their owner is a reciprocal
    pronoun ("pounded each other", "fired on one another", "shelled each other's positions")."""
    objects = [c for c in per_doc.children(verb) if c.dep_ == "dobj"]
    objects += [g for c in per_doc.children(verb) if c.dep_ == "prep" for g in per_doc.children(c) if g.dep_ == "pobj"]
    for noun in objects + [p for o in objects for p in per_doc.children(o) if p.dep_ == "poss"]:
        words = {noun.lower_, *(c.lower_ for c in per_doc.children(noun) if c.dep_ == "det")}
        if any(pronoun in words and partner in words for pronoun, partner in RECIPROCALS.items()):
            return True
    return False


def _sides_within(heads: list[Token]) -> bool:
    """Doers named as two sides in one phrase: "the army and rebels", "Moslem and Croat forces" (the
    parser joins the modifiers), "gangs of Kyrgyz and Uzbek youths" (the words after "of")."""
    for head in heads:
        members = [g for p in per_doc.children(head) if p.dep_ == "prep" and p.lower_ == "of"
                   for g in per_doc.children(p) if g.dep_ == "pobj"]
        for token in (head, *partitive_heads(head), *members):
            # (a "cc" with no conjunct: the parser may hang the second side elsewhere, "Kyrgyz and Uzbek youths",
            # or hang the "and" on the first side's word, "Georgian and Abkhaz negotiators")
            if token.conjuncts or any(m.conjuncts or m.dep_ == "cc" or any(c.dep_ == "cc" for c in per_doc.children(m))
                                      for m in per_doc.children(token) if m.dep_ in ("amod", "compound", "nmod", "cc")):
                return True
    return False


def _without_mediators(parties: list[Mention], doc, mediation_words) -> list[Mention]:
    """The parties that are not in the "by" phrase of a mediating verb ("talks brokered by Saudi
    Arabia", "a deal mediated by Qatar"): a broker is a third party, not a side of the agreement."""
    mediators = _mediator_tokens(doc, mediation_words)
    if not mediators:
        return parties
    kept = []
    for mention in parties:
        span = per_doc.char_span(doc, mention.start, mention.end)
        if span is None or span.root.i not in mediators:
            kept.append(mention)
    return kept


def _mediator_tokens(doc, mediation_words) -> frozenset[int]:
    """The indices of the words in the "by" phrases and the subjects of the document's mediating
    verbs ("brokered by Qatar", "agreed to let Qatar mediate"); found once per document."""
    known = per_doc.memo(doc, "mediators")
    if "tokens" not in known:
        known["tokens"] = frozenset(i for word in per_doc.tokens(doc)
                                    if word.dep_ in ("agent", "nsubj") and word.head.lemma_.lower() in mediation_words
                                    for i in range(word.left_edge.i, word.right_edge.i + 1))
    return known["tokens"]


def _against(trigger: Token, clause: Token) -> bool:
    """The act is said to be against something: "a rally against the deal", "an anti-Trump rally",
    "a protest rally", "held a rally to protest the deal"."""
    for token in {trigger, clause}:
        for child in per_doc.children(token):
            if child.dep_ == "prep" and child.lower_ == "against":
                return True
            if child.dep_ in ("amod", "compound", "nmod") and (child.lower_.startswith("anti") or child.lemma_.lower() == "protest"):
                return True
            if child.dep_ in ("advcl", "acl", "xcomp") and child.lemma_.lower() == "protest":
                return True
    return False


def _declines_comment(verb: Token, info: dict) -> bool:
    """ "declined to comment on the report", "refused to answer questions", "declined comment": a
    refusal to speak, with nothing refused but the words themselves."""
    speaking, objects = set(info.get("comment_words") or ()), set(info.get("comment_objects") or ())
    acts = [c for c in per_doc.children(verb) if c.dep_ == "xcomp" and c.lemma_.lower() in speaking]
    if not acts:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in per_doc.children(verb))
    return all(c.lemma_.lower() in objects for a in acts for c in per_doc.children(a) if c.dep_ == "dobj")


# Sides whose attacks and battles are usually words or votes: politicians, parties, assemblies, governments.
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "PTY", "OPP", "ELI", "JUD"})
PARTY_SECTORS = frozenset({"PTY", "LEG"})


def _words_between_politicians(item: Found, doers: list[Token], actor: list[Mention], recipient: list[Mention],
                               info: dict) -> str | None:
    """ "criticism" or "contest" when a force word ("attacks on Clinton", "beat Dewhurst") has only
    politicians and political bodies on its sides and its sentence tells of no harm; else None.
    A politician who "captured Texas" won its vote: for those words the places won may be the recipients."""
    lemma = item.trigger.lemma_.lower()
    retort = lemma in (info.get("retort_words") or ()) and any(c.lower_ == "back" for c in per_doc.children(item.trigger))
    kind = ("criticism" if lemma in (info.get("criticism_words") or ()) or retort else
            "contest" if lemma in (info.get("contest_words") or ()) else
            "vote" if lemma in (info.get("vote_words") or ()) else None)
    doc = item.trigger.doc
    if (doers or kind == "vote") and not actor:
        return None  # "a man attacked the mayor": a doer no table knows is no politician
    if kind is None or not actor + recipient or not all(_political(m, doc) for m in actor) or not all(
            _political(m, doc) or (kind == "vote" and m.kind == "place") for m in recipient):
        return None
    harm = set(info.get("harm_words") or ())
    if any(t.lemma_.lower() in harm or t.lower_ in harm for t in per_doc.sentence(item.trigger) if t.i != item.trigger.i):
        return None
    return "criticism" if kind == "criticism" else "contest"


def _campaigners(actor: list[Mention], item: Found) -> bool:
    """The doers are politicians or parties, as a person or a party; not a government, an army or a crowd."""
    return all(m.sector in PARTY_SECTORS or (_political(m, item.trigger.doc) and m.kind != "org") for m in actor)


def _political(mention: Mention, doc) -> bool:
    """A politician (also a named person of no other calling: candidates hold no office yet), a
    government, party or assembly named as a body, or party members and lawmakers as a group."""
    if mention.kind == "person" and mention.sector is None:
        span = per_doc.char_span(doc, mention.start, mention.end)
        # "Donald Trump", or "his" standing for him; not "a man", "Trump supporters"
        return span is not None and (span.root.pos_ == "PROPN" or (span.root.pos_ == "PRON" and bool(mention.name)))
    if mention.kind is None and mention.sector is None and mention.country is None:
        span = per_doc.char_span(doc, mention.start, mention.end)  # a person the tables do not know ("Chris Christie")
        return span is not None and span.root.pos_ == "PROPN" and span.root.ent_type_ == "PERSON"
    if mention.kind == "group":
        return mention.sector in PARTY_SECTORS  # "Republicans", "lawmakers"; not "opposition supporters"
    return mention.kind in ("person", "org") and mention.sector in POLITICAL_SECTORS


def _crowd(heads: list[Token], crowd_words) -> bool:
    """Doers named as a crowd: "angry crowds", "a mob", "rioting students", "thousands of protesters"."""
    for head in heads:
        # (the participle after the noun too, or after its count: "a mob armed with machetes",
        # "dozens of youths armed with iron bars" are an armed band)
        words = {w for token in (head, *partitive_heads(head)) for w in (
            token.lemma_.lower(), *(c.lower_ for c in per_doc.children(token) if c.dep_ in ("amod", "acl")))}
        if words & set(crowd_words) and "armed" not in words:  # "armed youths" are a militia
            return True
    return False


def _or_else(item: Found, lex: Lexicon) -> bool:
    """The act demanded has an "or" of penalty: "to leave the city or face military action",
    "to lay down his arms or be disarmed"."""
    # (the parser may make the act a clause of purpose: "gave the rebels 72 hours to leave or face ...")
    acts = [c for c in per_doc.children(item.trigger) if c.dep_ in ("xcomp", "ccomp") or (
        c.dep_ in ("acl", "advcl") and has_to_infinitive(c))]
    # the penalty may close a list of acts: "to pull back the guns or hand them over, or face air strikes"
    return any(any(c.dep_ == "cc" and c.lower_ == "or" for a in (act, *act.conjuncts) for c in per_doc.children(a))
               and (other.lemma_.lower() in lex.penalty_verbs or any(a.dep_ == "auxpass" for a in per_doc.children(other)))
               for act in acts for other in act.conjuncts if other.i > act.i and other.pos_ in ("VERB", "AUX"))


# A country's missions abroad: whose the building is says nothing of whose the people around it are.
MISSIONS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission", "missions", "legation", "chancery"})
# Types of hostile answers, aimed at whoever did what they answer.
ANSWERING_TYPES = frozenset({"THREATEN", "SANCTION", "ACCUSE", "REJECT", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"})
# Verbs of answering, whose "to" or "against" names what is answered ("respond to attempts by X").
ANSWER_VERBS = frozenset({"respond", "react", "retaliate", "reply", "answer"})
# "in response to", "in retaliation for", "in reply to": the nouns of answering and their prepositions.
ANSWER_PHRASES = {"response": "to", "retaliation": "for", "reply": "to", "reaction": "to", "revenge": "for", "protest": "against"}


def _act_clauses(trigger: Token, clause: Token) -> list[Token]:
    """The heads an act's answering phrases hang on: the trigger, its clause's verb and the trigger's
    complement ("warned that it could shut Hormuz in retaliation for ..."), each once."""
    heads = [trigger, clause, *(c for c in per_doc.children(trigger) if c.dep_ in ("xcomp", "ccomp"))]
    return list({h.i: h for h in heads}.values())


def _purposes(trigger: Token) -> list[Token]:
    """The purpose infinitives of an act ("approved credit to help Pakistan", "fired tear gas to
    disperse the crowd")."""
    return [c for c in per_doc.children(trigger) if c.dep_ in ("advcl", "xcomp") and has_to_infinitive(c)]


def _answered(trigger: Token, clause: Token) -> list[Token]:
    """Who did what a deed answers: the owner of the act named after "in response to" ("the EU's
    decision"), or its "by" phrase ("the sanctions imposed by Washington")."""
    found = []
    # "threatened to close X in response to", "warned that it could shut X in retaliation for"
    for head in _act_clauses(trigger, clause):
        for prep in per_doc.children(head):
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for noun in per_doc.children(prep):
                link = ANSWER_PHRASES.get(noun.lemma_.lower()) if noun.dep_ == "pobj" else None
                deeds = [g for p in per_doc.children(noun) if p.dep_ == "prep" and p.lower_ == link
                         for g in per_doc.children(p) if g.dep_ == "pobj"] if link else []
                # "in response to the EU's decision"; "in retaliation for U.S. involvement", a deed whose
                # modifier names its doer (owner_of gives such a deed itself)
                found += owners_of(deeds) + [d for d in deeds if owner_of(d).i == d.i and doers_named(d)]
        if head.lemma_.lower() in ANSWER_VERBS:
            # "vowed to respond immediately to attempts by American diplomats to interfere"
            found += owners_of([g for p in per_doc.children(head) if p.dep_ == "prep" and p.lower_ in ("to", "against", "for")
                                for g in per_doc.children(p) if g.dep_ == "pobj"])
    return found


def _provokers(trigger: Token, clause: Token) -> list[Token]:
    """The doers of an "after" clause of the act's clause or of its complement ("after the United
    States tested an ICBM"), in the active: whoever did what came before."""
    after = [a for h in _act_clauses(trigger, clause) for a in per_doc.children(h) if a.dep_ == "advcl"
             and any(m.dep_ == "mark" and m.lower_ == "after" for m in per_doc.children(a))]
    return [s for a in after for s in per_doc.children(a) if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")]


# Types of acts one does to another, never to oneself.
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE"})
COUNTRY_NOUNS = frozenset({"the country", "the nation", "the state"})


def _other_country(mention: Mention, actor: list[Mention], places: list[Place], trigger: Token) -> Mention:
    """ "the country" a state's hostile act is aimed at, read as the doer itself: the nearest other
    country named before it in the sentence or the one before."""
    if mention.text.lower() not in COUNTRY_NOUNS:
        return mention
    own = _countries(actor)
    if mention.country not in own:
        return mention
    sentence = per_doc.sentence(trigger)
    since = sentence.start_char
    if sentence.start > 0:
        since = per_doc.sentence(trigger.doc[sentence.start - 1]).start_char
    named = [p for p in places if since <= p.start < mention.start and p.country and p.country not in own]
    if not named:
        return mention
    country = named[-1].country
    return dataclasses.replace(mention, country=country, code=f"{country}{mention.sector}" if mention.sector else country,
                               name=None)


# Types of what is said to someone: whom the words are told is their recipient.
ADDRESSED_TYPES = frozenset({"AGREE", "REJECT", "REQUEST", "THREATEN"})
# ... and what a letter may carry besides ("expressed regrets in a letter to ..."): its addressee is the recipient.
LETTER_TYPES = ADDRESSED_TYPES | {"CONCEDE"}
# Hostile acts that may be said to be a challenge or a warning to someone.
STANCE_TYPES = frozenset({"PROTEST", "THREATEN", "REJECT", "ACCUSE", "COERCE", "MOBILIZE", "SANCTION"})


def _addressees(clause: Token, lex: Lexicon) -> list[Token]:
    """Whom the report holding the clause is told to ("told Trump that ...", "assured Kyiv it
    would ..."): the objects of a verb of telling whose "that" clause this is."""
    head = clause
    while head.dep_ in ("xcomp", "conj", "acomp") and head.head.i != head.i:
        head = head.head  # "is ready to help": the clause the promise is in
    teller = head.head
    if head.dep_ != "ccomp" or teller.lemma_.lower() not in lex.telling_verbs:
        return []
    told = [c for c in per_doc.children(teller) if c.dep_ in ("dobj", "dative")]
    return [t for c in told for t in (c, *c.conjuncts)]


def _foreign_scene(acts: list[Token], actor: list[Mention], places: list[Place], lex: Lexicon) -> list[Mention]:
    """The country, other than the doers', where a deed an infinitive names is to be done: a place
    after "in" in the deed's words (not in a clause of its own with its own subject, nor one that
    describes a noun: "to share power under a deal signed in Nairobi"); not where a meeting is held
    ("agreed to hold talks in Geneva": a venue, no party)."""
    holders = [*acts, *(o for a in acts for o in per_doc.children(a) if o.dep_ == "dobj")]
    holders += [g for h in holders[len(acts):] for p in per_doc.children(h) if p.dep_ == "prep" and p.lower_ == "of"
                for g in per_doc.children(p) if g.dep_ == "pobj"]  # "refused to attend a new round of talks in Arusha"
    if not actor or any(p.type == "CONSULT" for h in holders
                        for p in (*lex.verbs.get(h.lemma_.lower(), ()), *lex.nouns.get(h.lemma_.lower(), ()))):
        return []
    aside = {t.i for a in acts for c in a.subtree if c.dep_ in ("relcl", "ccomp", "acl") or (
        c.i != a.i and any(s.dep_ in ("nsubj", "nsubjpass") for s in per_doc.children(c))) for t in c.subtree}
    scenes = [g for a in acts for g in a.subtree if g.dep_ == "pobj" and g.head.lower_ == "in" and g.i not in aside]
    own = {m.country for m in actor}
    found = [p for p in places if p.country and p.country not in own and any(p.start <= g.idx < p.end for g in scenes)]
    return [place_mention(country_only(found[0]))] if found and None not in own else []


def _written_to(participle: Token) -> list[Token]:
    """Whom a letter told with a participle is written to ("wrote to Canberra and Wellington asking for
    police", "sent a letter to the king urging him to step down"): a request or refusal it carries is
    made to them, before what the act asked for is done to."""
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "acl"):
        return []
    cues = cue_words()
    holder = participle.head
    if participle.dep_ == "acl":  # "a letter ... urging": the letter, hung on the verb that sent it
        if holder.lemma_.lower() not in cues["document"] or holder.dep_ != "dobj":
            return []
        holders, verb = [holder], holder.head
    else:
        holders, verb = [], holder
    letters = [o for o in per_doc.children(verb) if o.dep_ == "dobj" and o.lemma_.lower() in cues["document"]]
    if not (verb.lemma_.lower() == "write" or (verb.lemma_.lower() in cues["sending"] and letters)):
        return []
    found = [g for h in (verb, *holders, *letters) for p in per_doc.children(h) if p.dep_ in ("prep", "dative") and p.lower_ == "to"
             for g in per_doc.children(p) if g.dep_ == "pobj"]
    return [t for g in found for t in (g, *g.conjuncts)]


def _crowd_of_country(found: list[Mention], heads: list[Token], location: Place) -> list[Mention]:
    """Protesters the resolver cannot place are civilians of the country they protest in."""
    if found:
        return [dataclasses.replace(m, country=location.country, code=f"{location.country}{m.sector or 'CVL'}",
                                    sector=m.sector or "CVL") for m in found]
    if not heads:
        return []
    span = noun_phrase(heads[0])
    return [Mention(text=span.text, start=span.start_char, end=span.end_char, name=None,
                    country=location.country, sector="CVL", code=f"{location.country}CVL", kind="group")]


def _parties_of(mentions: list[Mention]) -> set:
    return {m.name or m.code for m in mentions if m.name or m.code}


def _named(heads: list[Token]) -> list[Mention]:
    """Proper names among the heads, as mentions without codes."""
    found = []
    for head in heads:
        # the small model leaves some names untagged ("the Dalai Lama"); dates and numbers are no doers
        if head.pos_ == "PROPN" and (head.ent_type_ in NAMED_ACTORS or not head.ent_type_):
            span = noun_phrase(head)
            found.append(Mention(text=span.text, start=span.start_char, end=span.end_char))
    return found


def _countries(mentions: list[Mention]) -> set[str]:
    return {m.country for m in mentions if m.country}


def _one_country(mentions: list[Mention]) -> str | None:
    """The country of the mentions, when they are all of one."""
    countries = _countries(mentions)
    return next(iter(countries)) if len(countries) == 1 else None


def _own_people(heads: list[Token], doers: list[Mention]) -> list[Mention]:
    """People named by a name alone (the small model tags some unknown names as products), of the
    doers' one country."""
    country = _one_country(doers)
    if country is None:
        return []
    people = [noun_phrase(h) for h in heads if h.pos_ == "PROPN" and h.ent_type_ in ("PERSON", "PRODUCT", "")]
    return [Mention(text=p.text, start=p.start_char, end=p.end_char, country=country, code=country) for p in people]


def _culprits(options: list[list[Token]], culprits: frozenset[str]) -> bool:
    """The recipient slot names the unknown doers of a deed ("warned that those behind the bombing
    would pay", "the attackers would pay dearly"): a threat aimed at whoever they are, with no
    country to code, is a threat still."""
    for head in (h for heads in options for h in heads):
        if head.lemma_.lower() not in culprits and head.lower_ not in culprits:
            continue
        if head.pos_ != "PRON" or any(c.dep_ == "relcl" or c.lower_ in ("behind", "responsible")
                                      for c in per_doc.children(head)):
            return True
    return False


def _party_key(mention: Mention) -> str | None:
    """What makes a party another party: a person's name (two people of one government who spoke by
    phone are two sides: "he had spoken by phone with the prime minister"), else its code."""
    if mention.kind == "person" and mention.name:
        return mention.name
    return mention.code or mention.name or mention.text


def _only_pronouns(mentions: list[Mention]) -> bool:
    return all(m.text.lower() in PRONOUNS_FIRST | PRONOUNS_THIRD for m in mentions)


def _domestic(mentions: list[Mention], others: list[Mention], doers: bool = False) -> list[Mention]:
    """A party known only by a sector of a country's civil life (demonstrators, the opposition, a
    newspaper, a party) dealing with the state or people of one country belongs to that country,
    as PLOVER coders read it; not when the other side is an armed force, which often acts abroad.
    Unnamed officials (GOV) are left alone: they deal with foreign states as often as their own."""
    country = _one_country(others)
    if country is None or any(m.sector in ARMED_SECTORS for m in others):
        return mentions
    if any(m.text.split()[-1].lower() in MISSIONS for m in others if m.text):
        return mentions  # "protested outside the Israeli embassy": an embassy stands abroad
    # facing only a country's own people ("Kenyans demonstrated outside parliament"), an unnamed
    # institution is theirs as well
    # (not the doers acting on people whose own words name them foreigners: "police freed three
    # French tourists" are the police of where they were, seldom France's)
    sectors = DOMESTIC_SECTORS | (STATE_SECTORS if all(m.sector in DOMESTIC_SECTORS for m in others)
                                  and not (doers and _foreign_people(others, country)) else frozenset())
    return [dataclasses.replace(m, country=country, code=f"{country}{m.sector}")
            if m.sector in sectors and _unplaced(m) else m for m in mentions]


def _foreign_people(others: list[Mention], country: str) -> bool:
    """Private people whose own words give their nationality ("two Kenyans", "three French
    tourists"): news because they are not of the country they are in; not a crowd ("Kenyan
    protesters", who march at home); a pronoun by the words it stands for ("police freed them")."""
    words = [m.name or m.text if m.text.lower() in PRONOUNS_THIRD else m.text for m in others if m.country == country]
    return all(names_its_country(text, country) and not _crowd_noun(text) for text in words)


def _crowd_noun(text: str) -> bool:
    agent = knowledge_base().agent(text.split()[-1]) if text.split() else None
    return agent is not None and agent.crowd


def _state_by_name(mention: Mention) -> bool:
    """A country or its capital named for its state ("accused Kenya", "warned Moscow")."""
    return mention.kind == "place" and mention.sector in (None, "GOV") and mention.country is not None


def _of_doers_country(mentions: list[Mention], doers: list[Mention]) -> list[Mention]:
    country = _one_country(doers)
    if country is None:
        return mentions
    return [dataclasses.replace(m, country=country, code=f"{country}{m.sector}")
            if _unplaced(m) and m.kind != "org" else m for m in mentions]


def _partners_country(mentions: list[Mention], doc) -> list[Mention]:
    """ "the British sailors and marines", "President Fabius and a group of deputies": a party known
    only by its sector, joined to parties of one country, is of that country."""
    out = []
    for mention in mentions:
        span = per_doc.char_span(doc, mention.start, mention.end) if _unplaced(mention) else None
        partners = [o for o in mentions if o is not mention and span is not None
                    and any(o.start <= t.idx < o.end for t in span.root.conjuncts)]
        countries = {o.country for o in partners}
        if len(countries) == 1 and None not in countries:
            (country,) = countries
            mention = dataclasses.replace(mention, country=country, code=f"{country}{mention.sector}")
        out.append(mention)
    return out


def _unplaced(mention: Mention) -> bool:
    """A party known only by its sector, which a country may be given; not a stateless body ("U.N. monitors")."""
    return bool(mention.sector) and not mention.country and mention.code is None and (
        mention.sector not in STATELESS_SECTORS)


def _placed(mentions: list[Mention], location: Place) -> list[Mention]:
    return [dataclasses.replace(m, country=location.country, code=f"{location.country}{m.sector}")
            if _unplaced(m) and m.kind != "org" else m for m in mentions]


def _attribution_holding(position: int, attributions: list[Attribution]) -> str | None:
    """The innermost attribution whose content holds the trigger."""
    innermost, narrowest = None, 0
    for attribution in attributions:  # (loops: called for every event, over every attribution)
        for content in attribution.content:
            if content.start <= position < content.end:
                width = sum(c.end - c.start for c in attribution.content)
                if innermost is None or width < narrowest:
                    innermost, narrowest = attribution, width
                break
    return innermost.id if innermost is not None else None
