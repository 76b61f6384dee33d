"""frontwire.api."""
