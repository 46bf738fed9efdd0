"""`labwatch doctor`: checks of this machine and of Discord."""
