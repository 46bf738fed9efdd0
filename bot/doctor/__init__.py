"""`labwatch doctor`: checks of this machine and of Discord."""

DISCORD_API = "https://discord.com/api/v10"  # here, so `doctor --quick` need not import httpx
