"""Regenerates src/main/resources/suites/*.jsonl and keys/*.jsonl from the authored tables in this folder."""
import consistency
import injection
import math_es
import nlu_es

for module in (math_es, nlu_es, injection, consistency):
    module.build()
