"""Digest: the stories of a window as plain data, and the talent-flow chart."""
