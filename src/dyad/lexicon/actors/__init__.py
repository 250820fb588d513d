"""Actor knowledge: countries, organisations, people with dated roles, role nouns (agents),
and a reader for PETRARCH/TABARI-format dictionaries users already own (``petrarch``)."""
