"""frontwire.web."""
