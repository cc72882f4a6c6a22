"""The outreach ledger: attempts to reach an actor, their answers, and the media around them."""
