"""frontwire.dates."""
