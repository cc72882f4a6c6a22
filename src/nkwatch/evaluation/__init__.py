"""Measuring nkwatch against labelled data (used by benchmarks and tests)."""
