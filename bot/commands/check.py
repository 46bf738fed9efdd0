"""`labwatch check TEXT [--summary TEXT]`: how a headline is classified, and why."""

from __future__ import annotations

import argparse
import json

from bot.commands import add_format_argument
from bot.config import Settings
from bot.logs import redact
from jobs.digest.routing import Routing, decide, facts_from_analysis
from jobs.language.classify import Analysis, classify, explain
from jobs.watch.lists import WatchLists, watch_from_settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="?", help="the headline, in quotes")
    parser.add_argument("--summary", default="", help="the entry's summary or first paragraph")
    add_format_argument(parser, "text", "json")
    parser.add_argument(
        "--source", action="append", default=[], help="the source it came from (for source filters)"
    )
    parser.add_argument(
        "--labs", action="store_true", help="list the labs (and aliases) that are recognised"
    )


def config_watch(settings: Settings) -> WatchLists:
    """The config file's watch lists (the built-in labs unless the config lists its own)."""
    watch = settings.watch
    return watch_from_settings(watch.people_named(), watch.keywords, watch.labs_named())


def main(args: argparse.Namespace, settings: Settings) -> int:
    """Print the analysis of one headline; exit 0 for a move, 1 otherwise (handy in scripts)."""
    watch = config_watch(settings)
    if args.labs:
        for lab in watch.labs:
            print(lab.name + (f"  ({', '.join(lab.aliases)})" if lab.aliases else ""))
        return 0
    if not args.text or not args.text.strip():
        print('labwatch check: give a headline, e.g. labwatch check "Jan Leike joins Anthropic"')
        return 2
    analysis = classify(args.text, args.summary, watch)
    routes = destination_routes(args, settings, analysis)
    if args.format == "json":
        print(json.dumps({**analysis.to_json(), "routing": routes}, indent=2))
    else:
        print(explain(analysis))
        print("filters:")
        for route in routes:
            print(f"  {route['destination']}: {route['reason']}")
    return 0 if analysis.is_move else 1


def destination_routes(
    args: argparse.Namespace, settings: Settings, analysis: Analysis
) -> list[dict[str, object]]:
    """Per configured webhook (or the global filters alone): kept or dropped, and by what."""
    facts = facts_from_analysis(args.text, args.summary, analysis, args.source)
    filters = settings.raw.filters.routing()
    hooks = [
        (hook.name or redact(hook.url), Routing.of(hook.model_dump()))
        for hook in settings.raw.webhooks
    ] or [("[filters]", Routing())]
    return [
        {"destination": name, "kept": v.kept, "reason": v.reason}
        for name, v in ((name, decide(facts, routing, filters)) for name, routing in hooks)
    ]
