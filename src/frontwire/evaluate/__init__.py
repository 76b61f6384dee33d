"""Scoring extraction against gold annotations."""
