"""The web face of nkwatch: a read-only JSON API under ``/api/`` and a dashboard at ``/``.

Example (against a real store, so not run as a doctest)::

    from nkwatch.web.app import create_app
    app = create_app("nkwatch.db")

Run it with ``nkwatch serve --db nkwatch.db`` (127.0.0.1:8000 by default).
"""
