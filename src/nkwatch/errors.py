"""Errors that reach the user as one line on stderr and exit status 2.

>>> str(UserError("no such file: x.jsonl"))
'no such file: x.jsonl'
"""


class UserError(Exception):
    """Bad input from the user: reported in one line, exit status 2."""
