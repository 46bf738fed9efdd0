"""`python -m bot ...` is the same program as `labwatch ...`."""

from bot.cli import main

raise SystemExit(main())
