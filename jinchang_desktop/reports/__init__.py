"""Everything a person reads or prints, built without Qt: the text scorecard, gauge readings and verdict words
(``gauges``, ``verdicts``), the filing copy's content (``filing_copy``), import summaries (``imports``) and the one
number formatter (``numbers``). The GUI renders what these return."""
