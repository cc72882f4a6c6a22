"""The main job for a newcomer: load the real KCNA archive and summarise it.

Uses ``../shared/corpora/kcna-en-1997-2018`` when present (looked up from the
current folder and its parents), else downloads the public archive.

>>> find_local_corpus(Path("/nonexistent")) is None
True
"""

from pathlib import Path

KCNA_FOLDER = Path("shared") / "corpora" / "kcna-en-1997-2018"


def find_local_corpus(start: Path) -> Path | None:
    """Return the KCNA corpus folder beside ``start`` or one of its parents."""
    for folder in [start, *start.parents]:
        candidate = folder / KCNA_FOLDER
        if candidate.is_dir() and any(candidate.glob("kcna-*.jsonl.gz")):
            return candidate
        candidate = folder.parent / KCNA_FOLDER
        if candidate.is_dir() and any(candidate.glob("kcna-*.jsonl.gz")):
            return candidate
    return None


def kcna_inputs(corpus: Path | None) -> list[str]:
    """Return the files to ingest from a local corpus folder."""
    if corpus is None:
        return []
    return [str(p) for p in sorted(corpus.glob("kcna-*.jsonl.gz"))]
