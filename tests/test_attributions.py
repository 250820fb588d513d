"""Who said what (dyad.extract.attributions): source, cue and content as the reader sees them."""

import pytest

import dyad
from dyad.extract.attributions import find_attributions
from dyad.model import Mention


def as_written(span):
    """The speaker as written, unresolved: these tests look at the spans, not at the actors."""
    return Mention(span.text, span.start_char, span.end_char)


def attributions(nlp, text):
    found = find_attributions(nlp(text), as_written)
    for a in found:  # every span gives back its text
        spans = a.cue + a.content + ([a.source] if a.source else [])
        assert all(text[s.start:s.end] == s.text for s in spans), a
    return found


def by_cue(found, cue):
    matching = [a for a in found if " ".join(s.text for s in a.cue) == cue]
    assert matching, f"no attribution with cue {cue!r} in {[[s.text for s in a.cue] for a in found]}"
    return matching[0]


def content(attribution):
    return [s.text for s in attribution.content]


# (text, cue, source, content spans, direct)
CASES = [
    # direct quotes: after, before and around the cue
    ("“We will respond to any attack,” the minister said on Monday.",
     "said", "the minister", ["“We will respond to any attack,”"], True),
    # PolNeAR's convention, which dyad follows: a colon that introduces the quotation is part of the cue
    ("The minister said: “We will respond to any attack.”",
     "said:", "The minister", ["“We will respond to any attack.”"], True),
    ("“We will,” he said, “respond to any attack.”",
     "said", "he", ["“We will,”", "“respond to any attack.”"], True),
    # a quotation continued after the speaker's sentence, and one of several sentences
    ("“The talks have stalled,” the envoy said. “Nobody is ready to give ground.”",
     "said", "the envoy", ["“The talks have stalled,”", "“Nobody is ready to give ground.”"], True),
    ("“The talks have stalled. I think nobody is ready to give ground,” the envoy said.",
     "said", "the envoy", ["“The talks have stalled. I think nobody is ready to give ground,”"], True),
    # a quotation after the cue's addressee or setting, or in the paragraph after "said:"
    ("The campaign shrugged off the remarks, telling reporters, “Nobody asked for his endorsement.”",
     "telling", "The campaign", ["“Nobody asked for his endorsement.”"], True),
    ("As Michael Dell said last week in Tel Aviv, “Israel is the center of the digital future.”",
     "said", "Michael Dell", ["“Israel is the center of the digital future.”"], True),
    ("He said:\n\n“In all the administrations I served in, it was like going into a monastery.”",
     "said:", "He", ["“In all the administrations I served in, it was like going into a monastery.”"], True),
    # indirect speech
    ("Putin told Trump that Moscow would not give up its goals in Ukraine.",
     "told", "Putin", ["that Moscow would not give up its goals in Ukraine"], False),
    ("The ministry denied that its troops had crossed the border.",
     "denied", "The ministry", ["that its troops had crossed the border"], False),
    # vague and collective sources
    ("Putin believes he is winning the war, experts say.",
     "say", "experts", ["Putin believes he is winning the war"], False),
    ("A senior official warned that the ceasefire could collapse within days.",
     "warned", "A senior official", ["that the ceasefire could collapse within days"], False),
    # according to
    ("The pause affects air defense missiles, according to US media reports.",
     "according to", "US media reports", ["The pause affects air defense missiles"], False),
    ("According to the United Nations, more than 3,000 civilians have been killed.",
     "According to", "the United Nations", ["more than 3,000 civilians have been killed"], False),
    # noun cues and a cue with its setting
    ("Senator Jeanne Shaheen said in a statement that the Senate was shocked by the halt in aid.",
     "said in a statement", "Senator Jeanne Shaheen", ["that the Senate was shocked by the halt in aid"], False),
    # ... but a longer setting after the verb is not part of the cue (PolNeAR's usual extent)
    ("“Of course it is not appropriate,” the governor said in response to a question from a reporter in Ohio.",
     "said", "the governor", ["“Of course it is not appropriate,”"], True),
    ("“The deal will not pass,” the senator wrote in a letter to the court.",
     "wrote", "the senator", ["“The deal will not pass,”"], True),
    ("The governor claimed in an interview with local radio that the budget was balanced.",
     "claimed", "The governor", ["that the budget was balanced"], False),
    # a cue verb with its infinitive complement ("refused to say", "demanded to know")
    ("He has repeatedly refused to say whether he will run for governor.",
     "has repeatedly refused to say", "He", ["whether he will run for governor"], False),
    ("Reporters demanded to know why the talks had failed.",
     "demanded to know", "Reporters", ["why the talks had failed"], False),
    # a cue word in an open complement: the cue runs from the verb that controls it
    ("The governor again tried to blame the flooding on federal cuts.",
     "again tried to blame", "The governor", ["the flooding on federal cuts"], False),
    ("Voters in the north are more likely to say that the economy is getting worse.",
     "are more likely to say", "Voters in the north", ["that the economy is getting worse"], False),
    # ... and a noun cue that is a verb's object
    ("The mayor has high praise for the new police chief.",
     "has high praise for", "The mayor", ["the new police chief"], False),
    # ... and a participle saying what the verb's object says ("sent a letter urging"): one
    # report, whose speaker is the verb's subject, not the letter
    ("The senators sent a letter to the agency urging it to delay the rule.",
     "sent a letter to the agency urging", "The senators", ["it to delay the rule"], False),
    ("The union sent an email to its members asking them to vote against the deal.",
     "sent an email to its members asking", "The union", ["them to vote against the deal"], False),
    ("The group filed a lawsuit in federal court alleging that the law was unconstitutional.",
     "filed a lawsuit in federal court alleging", "The group", ["that the law was unconstitutional"], False),
    # a comment clause: "as X noted" reports the clause it hangs on
    ("As the minister noted, the budget is balanced.",
     "noted", "the minister", ["the budget is balanced"], False),
    # straight quotation marks: the closing one is no part of the speaker after it
    ('"We backed our allies," Heather Nauert, spokesperson for the State Department, said.',
     "said", "Heather Nauert, spokesperson for the State Department,", ['"We backed our allies,"'], True),
    # a headline's colon
    ("Kremlin: Peace Talks With Kyiv Have Stalled\n\nMoscow says it is open to new talks.",
     ":", "Kremlin", ["Peace Talks With Kyiv Have Stalled"], False),
    # verbs of saying PolNeAR seldom shows, known from WordNet
    ("“That is nonsense,” the senator scoffed.",
     "scoffed", "the senator", ["“That is nonsense,”"], True),
    ("The senator retorted that the bill was dead.",
     "retorted", "The senator", ["that the bill was dead"], False),
    # a subject the parser ran in from the line above (a headline without a period)
    ("SEE ALSO: US Halts Some Weapons Shipments to Ukraine\n\nUshakov claimed the issue was not raised.",
     "claimed", "Ushakov", ["the issue was not raised"], False),
]


@pytest.mark.parametrize("text,cue,source,spans,direct", CASES, ids=[c[0][:40] for c in CASES])
def test_attribution(nlp, text, cue, source, spans, direct):
    found = by_cue(attributions(nlp, text), cue)
    assert (found.source.text if found.source else None) == source
    assert content(found) == spans
    assert found.direct is direct


@pytest.mark.parametrize("text,cue,source", [
    # a place set off by commas before the speaker is not the speaker, though parsed as a subject
    ("At a town hall in Salem, New Hampshire, Trump said the race was over.", "said", "Trump"),
    ("Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
     "calling", "Trump"),
    # one subject after a place set off by commas
    ("Campaigning in Dayton, Ohio, the senator warned that the plant would close.", "warned", "the senator"),
])
def test_speaker_among_two_subjects(nlp, text, cue, source):
    assert by_cue(attributions(nlp, text), cue).source.text == source


@pytest.mark.parametrize("text,word,controller", [
    ("The governor again tried to blame the flooding on federal cuts.", "blame", "tried"),
    ("The mayor will keep trying to explain the delay.", "explain", "keep"),
    ("The general was quick to point out that no civilians had been hurt.", "point", "was"),
    ("The mayor has high praise for the new police chief.", "praise", "has"),
    # a verb with an object lends the complement the object's subject: the cue starts at it
    ("The defeat prompted him to say that he would step down.", "say", "say"),
    # ... and a quoted word is the speaker's, not the verb's cue
    ('He continued to "fight" the ruling in the courts.', "fight", "fight"),
    # a word that is no open complement is its own cue
    ("The minister said that the talks had failed.", "said", "said"),
    # a participle saying what the verb's object says: the cue runs from the verb
    ("The foreign ministry issued a statement on Tuesday saying that the talks would resume.", "saying", "issued"),
    ("The opposition party released a television ad calling for early elections.", "calling", "released"),
    ("Police said the group released a video on Monday threatening more attacks.", "threatening", "released"),
    # ... but not one set off by a comma, or led by "while": a clause of its own
    ("The senator defended the bill, saying it would create jobs.", "saying", "saying"),
    ("The mayor praised the plan while saying it came too late.", "saying", "saying"),
])
def test_the_verb_controlling_a_cue_word(nlp, text, word, controller):
    from dyad.extract.attribution_spans import controller as controlling

    doc = nlp(text)
    assert controlling(next(t for t in doc if t.text == word)).text == controller


def test_a_document_and_its_participle_make_one_report(nlp):
    # "filed a lawsuit ... alleging": the filing and the allegation are one report, not two
    found = attributions(nlp, "The group filed a lawsuit in federal court alleging that the law was unconstitutional.")
    assert [[s.text for s in a.cue] for a in found] == [["filed a lawsuit in federal court alleging"]]


def test_a_stance_verb_keeps_its_complement_as_content(nlp):
    # the complement's verb is what is promised, not part of the cue
    found = attributions(nlp, "The president vowed to support the reform bill.")
    assert [[s.text for s in a.cue] for a in found] == [["vowed"]]
    assert content(found[0]) == ["to support the reform bill"]


def test_a_speaker_in_apposition_keeps_its_closing_comma(nlp):
    # PolNeAR's (and PARC's) sources take the comma that closes the apposition; the resolver is
    # given the phrase without it
    text = "Mikhail Alexseev, a professor at San Diego State University, told reporters the talks had stalled."
    given = []

    def resolve(span):
        given.append(span.text)
        return Mention("Mikhail Alexseev", span.start_char, span.end_char, name="Mikhail Alexseev")

    found = by_cue(find_attributions(nlp(text), resolve), "told")
    assert found.source.text == "Mikhail Alexseev, a professor at San Diego State University,"
    assert text[found.source.start:found.source.end] == found.source.text
    assert found.source.name == "Mikhail Alexseev"
    assert given == ["Mikhail Alexseev, a professor at San Diego State University"]


@pytest.mark.parametrize("text,cue,source", [
    ("Jeb Bush — Florida's former governor — said the plan would fail.", "said", "Jeb Bush — Florida's former governor —"),
    # no apposition: the comma after the speaker is not his
    ("“We will win,” said Jeb Bush, adding that the race was far from over.", "said", "Jeb Bush"),
])
def test_closing_mark_of_an_apposition(nlp, text, cue, source):
    assert by_cue(attributions(nlp, text), cue).source.text == source


@pytest.mark.parametrize("text,cue,source", [
    # a clause that describes the speaker is part of the source (PolNeAR's convention) ...
    ("Trump, who has been feuding with party leaders this week, said the race was rigged.",
     "said", "Trump, who has been feuding with party leaders this week,"),
    ("An official familiar with the talks said they had stalled.", "said", "An official familiar with the talks"),
    # ... but not a participle set off by commas
    ("The senator, speaking on Monday, said the bill was dead.", "said", "The senator"),
])
def test_a_clause_that_describes_the_speaker(nlp, text, cue, source):
    assert by_cue(attributions(nlp, text), cue).source.text == source


def test_the_resolver_is_given_the_name_without_its_clause(nlp):
    given = []

    def resolve(span):
        given.append(span.text)
        return None

    text = "Mr. Reid, who represents Nevada, said the vote would be close."
    found = by_cue(find_attributions(nlp(text), resolve), "said")
    assert found.source.text == "Mr. Reid, who represents Nevada,"
    assert given == ["Mr. Reid"]


def test_nested_according_to_gives_via(nlp):
    text = ("During the call, Putin told Trump that Russia would achieve its goals in Ukraine, "
            "according to Kremlin aide Yury Ushakov.")
    found = attributions(nlp, text)
    outer, inner = by_cue(found, "according to"), by_cue(found, "told")
    assert outer.source.text == "Kremlin aide Yury Ushakov"
    assert outer.via is None and inner.via == outer.id
    assert inner.source.text == "Putin"
    assert content(inner) == ["that Russia would achieve its goals in Ukraine"]
    assert "Putin told Trump" in " ".join(content(outer))  # the whole report is Ushakov's
    assert "according" not in " ".join(content(inner))


def test_report_inside_a_report_is_nested(nlp):
    found = attributions(nlp, "Shaheen said the contents of the call showed that Putin continued to play Trump.")
    said, showed = by_cue(found, "said"), by_cue(found, "showed")
    assert said.via is None and showed.via == said.id
    assert showed.source.text == "the contents of the call"


def test_a_clause_with_its_own_speaker_is_its_own_report(nlp):
    found = attributions(nlp, "Rubio suggested that the senator cannot be president, while Cruz said that "
                              "the stakes are too high.")
    suggested, said = by_cue(found, "suggested"), by_cue(found, "said")
    assert content(suggested) == ["that the senator cannot be president"]
    assert said.via is None and said.source.text == "Cruz"


def test_a_report_joined_to_the_content_is_part_of_it(nlp):
    # a clause of the reported content with a cue of its own is reported too, so nested
    found = attributions(nlp, "The governor said the state's tax system is complex and he feels he can simplify it.")
    said, feels = by_cue(found, "said"), by_cue(found, "feels")
    assert content(said) == ["the state's tax system is complex and he feels he can simplify it"]
    assert feels.via == said.id
    found = attributions(nlp, "She said the city did not know about the plan before the council announced it.")
    said, announced = by_cue(found, "said"), by_cue(found, "announced")
    assert content(said) == ["the city did not know about the plan before the council announced it"]
    assert announced.via == said.id


def test_cue_inside_a_continued_quotation_does_not_stop_it(nlp):
    found = attributions(nlp, "“We are giving weapons,” he said. “I think we have to make sure we have enough.”")
    said = by_cue(found, "said")
    assert content(said) == ["“We are giving weapons,”", "“I think we have to make sure we have enough.”"]
    assert all(a.via == said.id for a in found if a is not said)


def test_a_report_does_not_run_past_its_paragraph(nlp):
    text = "Putin Tells Trump He Won’t Give Up Goals, Kremlin Says\n\nTrump spoke to reporters on Friday."
    says = by_cue(attributions(nlp, text), "Says")
    assert all(s.end <= text.index("\n") for s in says.content)


@pytest.mark.parametrize("text,cue,source,report", [
    # a comment clause after what it reports: the parser often hangs the report on the cue in a
    # way the content model doubts, but a cue this clear reports something
    ("The ceasefire is holding, the army believes.", "believes", "the army", "The ceasefire is holding"),
    ("An early election is now likely, some analysts think.", "think", "some analysts",
     "An early election is now likely"),
    ("The dam can withstand another flood, engineers believe.", "believe", "engineers",
     "The dam can withstand another flood"),
])
def test_a_comment_clause_after_the_report(nlp, text, cue, source, report):
    found = by_cue(attributions(nlp, text), cue)
    assert found.source.text == source
    assert content(found) == [report]


@pytest.mark.parametrize("text,first,second,speaker,said,did", [
    # a second act of the speaker joined to what was said: the parser hangs it on the reported
    # clause, but it is the speaker's own report, not part of the first one's content
    ("The opposition leader said the budget was reckless and criticized the finance minister for the cuts.",
     "said", "criticized", "The opposition leader", "the budget was reckless", "the finance minister for the cuts"),
    ("The mayor said the bridge was unsafe and urged residents to avoid it.",
     "said", "urged", "The mayor", "the bridge was unsafe", "residents to avoid it"),
])
def test_a_second_act_of_the_speaker_is_its_own_report(nlp, text, first, second, speaker, said, did):
    found = attributions(nlp, text)
    one, two = by_cue(found, first), by_cue(found, second)
    assert one.source.text == two.source.text == speaker
    assert content(one) == [said] and content(two) == [did]
    assert one.via is None and two.via is None


def test_a_verb_joined_to_a_reported_clause_about_someone_is_theirs(nlp):
    # the one reported on, not the one reporting, urged: Zelenskyy's urging is nested in the office's report
    found = attributions(nlp, "President Zelenskyy spoke by phone with Macron on Thursday and urged allies to "
                              "send air defenses, his office said.")
    urged, said = by_cue(found, "urged"), by_cue(found, "said")
    assert urged.source.text == "President Zelenskyy" and urged.via == said.id


@pytest.mark.parametrize("text,first,said,second,speaker", [
    # an aside set off by a comma, with a speaker of its own: not part of what the first one said
    ("The minister defended the fuel levy, which opposition lawmakers say will hurt farmers.",
     "defended", "the fuel levy", "say", "opposition lawmakers"),
    ("The governor praised the new dam, which engineers believe can withstand a major flood.",
     "praised", "the new dam", "believe", "engineers"),
])
def test_an_aside_with_its_own_speaker_is_its_own_report(nlp, text, first, said, second, speaker):
    found = attributions(nlp, text)
    one, two = by_cue(found, first), by_cue(found, second)
    assert content(one) == [said]
    assert two.source.text == speaker and two.via is None


@pytest.mark.parametrize("text", [
    "An image shows US President Donald Trump and Russian President Vladimir Putin.",
    "The photo shows soldiers near the front line.",
    "The plan includes new tariffs on steel.",
    "The bridge was built in 1990 and carries most of the city's traffic.",
    "Q: What happens next?\nA: We wait.",
    # a verb of saying used for what is done, not said
    "The minister greeted the delegates in the hall.",
    "The senator walked to the podium and sat down.",
    # "as" of time, not of comment: nothing is reported
    "As the minister spoke, protesters gathered outside.",
    "As the crowd chanted, the senator left the stage.",
    # a quotation whose speaker is not given: whose "I think" it is cannot be told
    "“I think the talks will fail. Nobody wants to give ground.”",
    # a country's name before a headline's colon is the story's topic, as rights groups and the BBC title
    # stories, not who speaks ("Kremlin: ..." above is a speaker)
    "Colombia: Police Station Attack Kills 6, Wounds 20",
    "Myanmar: Junta Extends Emergency Rule for Six Months",
])
def test_no_attribution(nlp, text):
    assert attributions(nlp, text) == []


@pytest.mark.parametrize("text, cue, source, spans", [
    # a stance stated with "be" and an adjective that takes a complement of its own is a cue
    # headed by "be", as PolNeAR marks it, also for adjectives it seldom shows
    ("Party elders are still uneasy about the candidate's remarks on trade.",
     "are still uneasy about", "Party elders", ["the candidate's remarks on trade"]),
    ("Dock workers were not overly sanguine about the new contract.",
     "were not overly sanguine about", "Dock workers", ["the new contract"]),
    ("The governor is most proud of the new hospital wing.",
     "is most proud of", "The governor", ["the new hospital wing"]),
    ("Environmental groups are furious about the pipeline decision.",
     "are furious about", "Environmental groups", ["the pipeline decision"]),
    ("Teachers are doubtful the new schedule will work.",
     "are doubtful", "Teachers", ["the new schedule will work"]),
])
def test_a_stance_stated_with_be(nlp, text, cue, source, spans):
    found = by_cue(attributions(nlp, text), cue)
    assert found.source.text == source
    assert content(found) == spans


@pytest.mark.parametrize("text,cue,source,spans", [
    # the parser makes "for" the complementizer of the clause it opens; the cue keeps it, as it
    # does in "called for calm", and the content is the clause without it
    ("Union leaders are calling for the transport minister to resign.",
     "are calling for", "Union leaders", ["the transport minister to resign"]),
    ("The opposition has repeatedly called for international observers to monitor the vote.",
     "has repeatedly called for", "The opposition", ["international observers to monitor the vote"]),
    # an adjective parsed as a clausal complement belongs to the cue ("made it clear that")
    ("The White House made it clear on Monday that the president would veto the bill.",
     "made it clear", "The White House", ["that the president would veto the bill"]),
    ("Party leaders made clear that the bill would pass before the recess.",
     "made clear", "Party leaders", ["that the bill would pass before the recess"]),
])
def test_a_cue_takes_the_words_the_parser_gives_its_clause(nlp, text, cue, source, spans):
    found = by_cue(attributions(nlp, text), cue)
    assert found.source.text == source
    assert content(found) == spans


@pytest.mark.parametrize("text", [
    # (not 'The senator said the president continued to "play games" ...': there the parser gave
    # "continued" the content "The senator said", the outer report's own words, and the two
    # reports named each other as `via`; such an inner report is now dropped, see below)
    'The president continued to "play games" with Moscow while Ukraine burned, the senator said.',
    'Beijing continued to "stand firmly" behind Pyongyang, analysts said.',
])
def test_a_cue_never_runs_into_quoted_words(nlp, text):
    cues = [c["text"] for a in dyad.code(text, published="2025-07-03")["attributions"] for c in a["cue"]]
    assert "continued" in cues
    assert not [c for c in cues if '"' in c]


def test_reports_holding_each_other_leave_no_via_loop(nlp):
    """A reported report whose content the parser turns back onto the reporting clause ("had
    said" given the content "Park said", as happens with an odd parse of a possessive): the two
    reports hold each other's cue. The inner one says nothing of its own and is dropped; before,
    each named the other as its `via`, so a reader following `via` never reached a report of
    its own, and neither counted as one."""
    from dyad.extract.attribution_features import Context
    from dyad.extract.attribution_relations import relate
    from dyad.extract.attribution_spans import Frame
    from dyad.extract.attributions import to_attributions

    text = "Park said Smith had said the plan would fail."
    doc = nlp(text)
    ctx = Context.of(doc)
    words = [t.text for t in doc]
    outer_said, inner_said = words.index("said"), len(words) - 1 - words[::-1].index("said")
    reported = (doc[outer_said + 1].idx, doc[len(doc) - 2].idx + len(doc[len(doc) - 2]))  # "Smith ... fail"
    outer = Frame(doc[outer_said], (outer_said, outer_said + 1), (0, 1), [reported])
    inner = Frame(doc[inner_said], (inner_said - 1, inner_said + 1), (outer_said + 1, outer_said + 2),
                  [(0, doc[outer_said].idx + len("said"))])  # "Park said": the outer report's words
    found = to_attributions(ctx, relate(ctx, [outer, inner]), as_written)
    assert [(a.cue[0].text, a.via) for a in found] == [("said", None)]
    assert content(found[0]) == ["Smith had said the plan would fail"]
