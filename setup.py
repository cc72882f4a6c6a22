"""Build hook: with NKWATCH_MYPYC=1, compile the analysis modules to C with mypyc.

Without it (the default, and what ``pip install -e .`` does) nkwatch is pure Python.
``tools/make-compiled-venv`` makes a separate venv with the compiled build: the same
output, about a fifth less time for ``analyze`` (README, "Measured figures").
pipeline.py and batch.py stay Python: tests replace their functions, which calls
inside a compiled module would not see.
"""

import os

from setuptools import setup

COMPILED = [
    "anaphors", "automata", "bodies", "civilian_regime", "context", "coordination", "document",
    "events", "korean", "korean_references", "labels", "lexicon", "matcher", "mentions",
    "metonyms", "ministries", "needles",
    "parties", "past_rulers", "people", "predications", "registry", "sentences", "tokens",
    "tone", "works",
]

ext_modules = []
if os.environ.get("NKWATCH_MYPYC") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify([f"src/nkwatch/analysis/{name}.py" for name in COMPILED],
                           opt_level="3", group_name="nkwatch_analysis")

setup(ext_modules=ext_modules)
