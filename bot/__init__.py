"""labwatch: the composition root and the edges (CLI, config, scheduler, Discord)."""

__version__ = "0.1.0"
