"""Language rules: tokens, lab and people names, move triggers and events. Pure functions, no storage."""
