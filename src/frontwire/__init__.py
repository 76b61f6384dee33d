"""frontwire: conflict news in, a structured, sourced record of events and claims out."""

__version__ = "0.1.0"
