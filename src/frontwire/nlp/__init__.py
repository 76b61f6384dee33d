"""frontwire.nlp."""
