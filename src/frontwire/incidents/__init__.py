"""frontwire.incidents: one record per real-world event across many reports.

``link`` (pure, no database) groups (article header, event) pairs into ``Incident`` values;
``service`` computes them from a store; ``acled`` flattens them to one ACLED-style row each.
"""

from frontwire.incidents.link import Figure, Incident, MergedClaim, Range, link

__all__ = ["Figure", "Incident", "MergedClaim", "Range", "link"]
