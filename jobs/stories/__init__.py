"""Stories: scoring reports against stories and placing each into one story per real-world event."""
