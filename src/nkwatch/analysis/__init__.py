"""Analysis: a pipeline of small stages over one article (text + date + registry).

Stages are pure functions; the same code runs in one process or a pool.
"""
