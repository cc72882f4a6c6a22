"""The compiled build (tools/make-compiled-venv: the analysis modules compiled by mypyc)
gives the pure build's output, on real articles of both outlets and the Korean
addresses. Builds a venv in a temp dir (a few minutes)."""

import json
import os
import subprocess
import sys

from conftest import NEW_YEAR, RODONG, ROOT, kcna_file, read_jsonl_gz
from nkwatch.evaluation.corpus import article_text

# annotate each {"text", "date"} read from stdin; print mentions and events as JSON
_DUMP = """
import json, sys
import nkwatch.analysis.mentions
from nkwatch.analysis.pipeline import annotate
out = {"compiled": not nkwatch.analysis.mentions.__file__.endswith(".py"), "docs": []}
for item in json.load(sys.stdin):
    doc = annotate(item["text"], date=item["date"], lang=item["lang"])
    out["docs"].append([[m.as_dict() for m in doc.mentions], [e.as_dict() for e in doc.events]])
print(json.dumps(out, sort_keys=True))
"""


def _sample() -> list[dict]:
    items = []
    for year in (1999, 2006, 2011, 2017):
        for record in read_jsonl_gz(kcna_file(year))[::400]:
            items.append({"text": article_text(record), "date": record["date"][:10],
                          "lang": "en"})
    for record in read_jsonl_gz(RODONG)[::100]:
        items.append({"text": article_text(record), "date": record["date"][:10], "lang": "en"})
    for path in sorted(NEW_YEAR.glob("*"))[::10]:
        if path.is_file():
            items.append({"text": path.read_text(encoding="utf-8"),
                          "date": f"{path.name[:4]}-01-01", "lang": "ko"})
    return items


def _dump(python: str, items: list[dict]) -> dict:
    done = subprocess.run([python, "-c", _DUMP], input=json.dumps(items), text=True,
                          capture_output=True, check=True)
    return json.loads(done.stdout)


def test_compiled_build_gives_the_pure_builds_output(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([str(ROOT / "tools" / "make-compiled-venv")], check=True, cwd=ROOT,
                   env={**os.environ, "NKWATCH_COMPILED_VENV": str(venv)})
    items = _sample()
    compiled = _dump(str(venv / "bin" / "python"), items)
    pure = _dump(sys.executable, items)
    assert compiled["compiled"] and not pure["compiled"]
    assert sum(len(mentions) for mentions, _ in pure["docs"]) > 1000
    assert compiled["docs"] == pure["docs"]
