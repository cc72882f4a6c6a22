"""Signals: rollup-based detectors, their evidence, and alerts."""
