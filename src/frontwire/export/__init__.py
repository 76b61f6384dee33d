"""frontwire.export."""
