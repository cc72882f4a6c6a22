"""Queries over stored mentions: forms, epithets, firsts, actors, actor profiles.

Every result that counts something can be expanded to its sentences
(``evidence``), and every single finding carries its sentence.

>>> from nkwatch.store.connection import connect
>>> forms(connect(":memory:"), "donald-trump")
[]
"""

import sqlite3

from nkwatch.errors import UserError

PERIODS = {"day": 10, "month": 7, "year": 4}
FORMS = ("epithet", "title", "name", "role")
SENTENCE_SQL = "substr(a.body, m.sent_start + 1, m.sent_end - m.sent_start)"


def period_length(by: str) -> int:
    """Characters of the ISO date kept for a period (``day`` 10, ``month`` 7, ``year`` 4)."""
    if by not in PERIODS:
        raise UserError(f"unknown period {by!r}: one of {', '.join(PERIODS)}")
    return PERIODS[by]


def date_outlet_filters(column_prefix: str, outlet: str | None, since: str | None,
                        until: str | None) -> tuple[str, list]:
    """SQL ``AND`` clauses (and their parameters) for an outlet and a date range.

    >>> date_outlet_filters("m.", "kcna", "2017-01-01", None)
    (' AND m.outlet = ? AND m.date >= ?', ['kcna', '2017-01-01'])
    """
    clauses, params = [], []
    for column, op, value in (("outlet", "=", outlet), ("date", ">=", since),
                              ("date", "<=", until)):
        if value is not None:
            clauses.append(f"{column_prefix}{column} {op} ?")
            params.append(value)
    return "".join(f" AND {c}" for c in clauses), params


def forms(conn: sqlite3.Connection, actor: str, *, outlet: str | None = None, by: str = "month",
          since: str | None = None, until: str | None = None) -> list[dict]:
    """Mentions of ``actor`` per period and outlet, counted by address form (from rollups)."""
    n = period_length(by)
    where, params = date_outlet_filters("", outlet, since, until)
    rows = conn.execute(
        f"SELECT substr(date, 1, {n}) AS period, outlet, sum(articles) AS articles,"
        " sum(mentions) AS mentions, sum(title) AS title, sum(name) AS name,"
        " sum(role) AS role, sum(epithet) AS epithet"
        f" FROM rollup_daily WHERE actor = ?{where} GROUP BY period, outlet"
        " ORDER BY period, outlet",
        [actor, *params],
    ).fetchall()
    return [dict(r) for r in rows]


def _epithet_clause(column: str) -> str:
    return (f"({column} = :word OR {column} LIKE '% ' || :word OR {column} LIKE :word || ' %'"
            f" OR {column} LIKE '% ' || :word || ' %')")


def evidence_for(conn: sqlite3.Connection, mention_ids: list[int]) -> list[dict]:
    """The sentences behind mentions: url, date, outlet, title, sentence."""
    if not mention_ids:
        return []
    marks = ",".join("?" * len(mention_ids))
    rows = conn.execute(
        f"SELECT m.id, a.id AS article_id, a.url, a.date, a.outlet, a.title,"
        f" {SENTENCE_SQL} AS sentence FROM mentions m JOIN articles a ON a.id = m.article_id"
        f" WHERE m.id IN ({marks}) ORDER BY a.date, m.id",
        mention_ids,
    ).fetchall()
    return [dict(r) for r in rows]


def epithets(conn: sqlite3.Connection, *, actor: str | None = None, outlet: str | None = None,
             since: str | None = None, until: str | None = None,
             limit: int = 100) -> list[dict]:
    """Epithets used, per actor: count, first and last seen, and a first example."""
    where, params = date_outlet_filters("", outlet, since, until)
    if actor is not None:
        where += " AND actor = ?"
        params.append(actor)
    rows = conn.execute(
        "SELECT epithet, actor, count(*) AS count, min(date) AS first_seen,"
        " max(date) AS last_seen FROM mention_epithets"
        f" WHERE 1 = 1{where} GROUP BY epithet, actor ORDER BY count DESC, epithet LIMIT ?",
        [*params, limit],
    ).fetchall()
    example_where, example_params = date_outlet_filters("e.", outlet, since, until)
    out = []
    for row in rows:
        example = conn.execute(
            f"SELECT a.url, a.date, {SENTENCE_SQL} AS sentence FROM mention_epithets e"
            " JOIN mentions m ON m.id = e.mention_id JOIN articles a ON a.id = e.article_id"
            f" WHERE e.epithet = ? AND e.actor = ?{example_where}"
            " ORDER BY e.date, e.mention_id LIMIT 1",
            [row["epithet"], row["actor"], *example_params],
        ).fetchone()
        item = dict(row)
        item["example"] = dict(example) if example else None
        out.append(item)
    return out


def first(conn: sqlite3.Connection, actor: str, *, form: str | None = None,
          epithet: str | None = None, outlet: str | None = None,
          since: str | None = None) -> dict | None:
    """The first mention of ``actor`` (with that form or epithet), with its sentence."""
    if form is not None and form not in FORMS:
        raise UserError(f"unknown form {form!r}: one of {', '.join(FORMS)}")
    clauses = ["m.actor = :actor"]
    params: dict = {"actor": actor}
    if form is not None:
        clauses.append("m.form = :form")
        params["form"] = form
    if outlet is not None:
        clauses.append("m.outlet = :outlet")
        params["outlet"] = outlet
    if since is not None:
        clauses.append("m.date >= :since")
        params["since"] = since
    join = ""
    if epithet is not None:
        join = " JOIN mention_epithets e ON e.mention_id = m.id"
        clauses.append(_epithet_clause("e.epithet"))
        params["word"] = epithet.lower()
    row = conn.execute(
        f"SELECT a.date, a.outlet, a.url, a.title, {SENTENCE_SQL} AS sentence"
        f" FROM mentions m{join} JOIN articles a ON a.id = m.article_id"
        f" WHERE {' AND '.join(clauses)} ORDER BY m.date, m.article_id, m.start LIMIT 1",
        params,
    ).fetchone()
    return dict(row) if row else None


def actors(conn: sqlite3.Connection, *, kind: str | None = None, outlet: str | None = None,
           since: str | None = None, until: str | None = None, limit: int = 50) -> list[dict]:
    """The most-mentioned actors, with counts and first/last seen."""
    from nkwatch.analysis.registry import load_registry

    where, params = date_outlet_filters("", outlet, since, until)
    registry = load_registry()
    rows = conn.execute(
        "SELECT actor, sum(mentions) AS mentions, sum(articles) AS articles,"
        " min(date) AS first_seen, max(date) AS last_seen FROM rollup_daily"
        f" WHERE 1 = 1{where} GROUP BY actor ORDER BY mentions DESC",
        params,
    ).fetchall()
    out = []
    for row in rows:
        entry = registry.actors.get(row["actor"])
        actor_kind = entry.kind if entry else "person"
        if kind is not None and actor_kind != kind:
            continue
        out.append({"id": row["actor"], "name": entry.name if entry else row["actor"],
                    "kind": actor_kind, "registered": entry is not None, **dict(row)})
        out[-1].pop("actor")
        if len(out) >= limit:
            break
    return out


def actor_profile(conn: sqlite3.Connection, actor_id: str) -> dict:
    """Everything about one actor: counts, per outlet first/last seen, forms, epithets."""
    from nkwatch.analysis.registry import load_registry

    registry = load_registry()
    entry = registry.actors.get(actor_id)
    outlets = [dict(r) for r in conn.execute(
        "SELECT outlet, count(*) AS mentions, count(DISTINCT article_id) AS articles,"
        " min(date) AS first_seen, max(date) AS last_seen FROM mentions WHERE actor = ?"
        " GROUP BY outlet ORDER BY mentions DESC", (actor_id,))]
    if entry is None and not outlets:
        raise UserError(f"unknown actor {actor_id!r} (see `nkwatch actors`)")
    form_counts = {f: 0 for f in FORMS}
    for row in conn.execute(
        "SELECT form, count(*) FROM mentions WHERE actor = ? AND form IS NOT NULL GROUP BY form",
        (actor_id,),
    ):
        form_counts[row[0]] = row[1]
    per_outlet_form = {}
    for outlet in outlets:
        name = outlet["outlet"]
        per_outlet_form[name] = {
            "first_title": first(conn, actor_id, form="title", outlet=name),
            "last_epithet": last(conn, actor_id, form="epithet", outlet=name),
        }
        outlet.update(per_outlet_form[name])
    return {
        "id": actor_id,
        "name": entry.name if entry else actor_id,
        "kind": entry.kind if entry else "person",
        "country": registry.country_of(actor_id) if entry else None,
        "roles": [{"role": r.role, "start": r.start, "end": r.end} for r in entry.roles]
        if entry else [],
        "mentions": sum(o["mentions"] for o in outlets),
        "articles": conn.execute("SELECT count(DISTINCT article_id) FROM mentions WHERE actor=?",
                                 (actor_id,)).fetchone()[0],
        "outlets": outlets,
        "forms": form_counts,
        "top_epithets": epithets(conn, actor=actor_id, limit=15),
    }


def last(conn: sqlite3.Connection, actor: str, *, form: str | None = None,
         outlet: str | None = None) -> dict | None:
    """The latest mention of ``actor`` (in that form, in that outlet), with its sentence."""
    where, params = date_outlet_filters("m.", outlet, None, None)
    if form is not None:
        where += " AND m.form = ?"
        params.append(form)
    row = conn.execute(
        f"SELECT a.date, a.outlet, a.url, a.title, {SENTENCE_SQL} AS sentence"
        " FROM mentions m JOIN articles a ON a.id = m.article_id"
        f" WHERE m.actor = ?{where} ORDER BY m.date DESC, m.article_id DESC LIMIT 1",
        [actor, *params],
    ).fetchone()
    return dict(row) if row else None


def compare(conn: sqlite3.Connection, actor: str, outlets: list[str]) -> list[dict]:
    """Outlets side by side for one actor: counts per form, first/last titled, last epithet."""
    out = []
    for outlet in outlets:
        counts = conn.execute(
            "SELECT count(*) AS mentions, count(DISTINCT article_id) AS articles,"
            " total(form = 'title') AS title, total(form = 'name') AS name,"
            " total(form = 'role') AS role, total(form = 'epithet') AS epithet"
            " FROM mentions WHERE actor = ? AND outlet = ?", (actor, outlet)).fetchone()
        published, since, until = conn.execute(
            "SELECT count(*), min(date), max(date) FROM articles WHERE outlet = ?",
            (outlet,)).fetchone()
        out.append({
            "outlet": outlet,
            "articles_in_store": published,
            # the period the store holds for the outlet: zeros outside it are no silence
            "store_period": {"first": since, "last": until} if published else None,
            "mentions": counts["mentions"],
            "articles": counts["articles"],
            "forms": {f: int(counts[f]) for f in FORMS},
            "first_mention": first(conn, actor, outlet=outlet),
            "first_title": first(conn, actor, form="title", outlet=outlet),
            "last_title": last(conn, actor, form="title", outlet=outlet),
            "last_epithet": last(conn, actor, form="epithet", outlet=outlet),
            "last_mention": last(conn, actor, outlet=outlet),
        })
    return out
