"""The web face of nkwatch: a read-only JSON API under ``/api/`` and a dashboard at ``/``.

>>> from nkwatch.web.app import create_app  # doctest: +SKIP
>>> app = create_app("nkwatch.db")          # doctest: +SKIP

Run it with ``nkwatch serve --db nkwatch.db`` (127.0.0.1:8000 by default).
"""
