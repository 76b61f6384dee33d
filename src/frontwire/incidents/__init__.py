"""frontwire.incidents."""
