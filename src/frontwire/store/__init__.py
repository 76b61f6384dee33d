"""frontwire.store."""
