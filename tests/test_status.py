"""Status: only what the text asserts happened is asserted."""

import pytest

from dyad.extract.status import status_of

CASES = [
    # sentence, trigger word, status
    ("Russian forces shelled Kharkiv overnight.", "shelled", "asserted"),
    ("The government has not approved any new weapons deliveries.", "approved", "negated"),
    ("The government has not approved new deliveries nor imposed sanctions on Iran.", "imposed", "negated"),
    ("The army did not attack the town but negotiated with the rebels.", "negotiated", "asserted"),
    ("The army never attacked the town.", "attacked", "negated"),
    ("The talks produced no agreement.", "agreement", "negated"),
    ("The minister denied that the country had stopped sending arms to Ukraine.", "stopped", "denied"),
    ("Officials denied sending troops across the border.", "sending", "denied"),
    ("He warned that imposing sanctions on Russia would hurt negotiations.", "imposing", "hypothetical"),
    ("Sanctions would hurt the negotiations, he said.", "hurt", "hypothetical"),
    ("If Iran attacks the base, Washington will respond.", "attacks", "hypothetical"),
    ("The president will meet his Chinese counterpart next week.", "meet", "future"),
    ("Norway has decided to send two field hospitals to Gaza.", "send", "future"),    # a course taken
    ("The cabinet did not decide to send troops.", "send", "negated"),
    ("Hungary has threatened to veto the package.", "veto", "hypothetical"),
    ("The rebels refused to release the hostages.", "release", "negated"),
    ("Moscow demanded that Kyiv withdraw its troops.", "withdraw", "hypothetical"),
    ("Moscow said that Kyiv withdrew its troops.", "withdrew", "asserted"),
    ("The leaders met in Geneva and signed a trade pact.", "signed", "asserted"),
    # a deed named by a noun is only feared, warned of or planned, or it was prevented
    ("Shopkeepers in the old town fear more bombings.", "bombings", "hypothetical"),
    ("Kyiv fears a Russian offensive in the east.", "offensive", "hypothetical"),
    ("The governor warned of fresh riots in the province.", "riots", "hypothetical"),
    ("Analysts described the army's preparations for an offensive.", "offensive", "hypothetical"),
    ("Border guards thwarted an attack on the checkpoint.", "attack", "negated"),
    ("An ambush on the convoy was averted by the patrol.", "ambush", "negated"),
    ("The court barred the union from striking.", "striking", "negated"),
    ("Harsher penalties for kidnappings came into force this year.", "kidnappings", "hypothetical"),
    ("The town council built new shelters against air raids.", "raids", "hypothetical"),
    # ... but one that happened stays asserted
    ("The punishment for the massacre was never carried out.", "massacre", "asserted"),
    ("The guards failed to prevent the shooting at the school.", "shooting", "asserted"),
    ("The minister condemned the bombing of the school.", "bombing", "asserted"),
    ("Traders fear more unrest after the shooting.", "shooting", "asserted"),
    ("The explosion killed four workers.", "explosion", "asserted"),
    ("The militant who planned the bombings was arrested.", "bombings", "asserted"),
    ("The rebels are planning an offensive in the south.", "offensive", "hypothetical"),
]


@pytest.mark.parametrize("sentence, word, expected", CASES)
def test_status(nlp, sentence, word, expected):
    doc = nlp(sentence)
    [trigger] = [t for t in doc if t.text == word]
    assert status_of(trigger) == expected
