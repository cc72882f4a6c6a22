"""The ``nkwatch`` command line: one small module per command group."""
