"""frontwire.geo."""
