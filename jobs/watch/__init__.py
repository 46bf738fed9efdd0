"""Watch lists: people, keywords and labs as plain values, and watch-list files."""
