-- Faster "first/last mention in a form" and per-actor orderings (API p95).
CREATE INDEX IF NOT EXISTS mentions_actor_day ON mentions(actor, date, article_id, start);
CREATE INDEX IF NOT EXISTS mentions_actor_form ON mentions(actor, form, outlet, date);
