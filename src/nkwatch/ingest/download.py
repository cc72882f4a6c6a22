"""Download the public KCNA archive when ``../shared/corpora`` is not at hand.

The archive is the public scraper repository the shared corpus was built from
(codebykyle/kcna_scraper at commit 4611b3a): a tarball of per-day JSON files
that ``nkwatch ingest`` reads directly (format ``kcna-days``).

>>> KCNA_ARCHIVE_URL.endswith("4611b3a")
True
"""

import shutil
import tarfile
import urllib.error
import urllib.request
from pathlib import Path

from nkwatch.errors import UserError
from nkwatch.progress import Progress

KCNA_ARCHIVE_URL = "https://codeload.github.com/codebykyle/kcna_scraper/tar.gz/4611b3a"
_CHUNK = 1 << 16


def download(url: str, dest: Path, *, timeout: float = 60.0, show_progress: bool = True) -> Path:
    """Fetch ``url`` into ``dest`` (written atomically); return ``dest``.

    An existing ``dest`` is reused, so a second run does not download again.
    """
    dest = Path(dest)
    if dest.exists() and dest.stat().st_size > 0:
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".part")
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            total = int(response.headers.get("Content-Length") or 0)
            done = 0
            with open(partial, "wb") as out, Progress(
                "download", total, unit="bytes", enabled=show_progress
            ) as bar:
                while chunk := response.read(_CHUNK):
                    out.write(chunk)
                    done += len(chunk)
                    bar.update(done, done)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"cannot download {url}: {exc}") from exc
    if not tarfile.is_tarfile(partial):
        partial.unlink(missing_ok=True)
        raise UserError(f"download from {url} is not a tar archive")
    shutil.move(partial, dest)
    return dest
