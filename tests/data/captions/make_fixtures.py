"""Writes the rolling-VTT, SRT and JSON versions of the seed captions (run once; output is committed).

The seed WebVTT (one line per cue) gives each caption line's start; all three files below carry
the same lines and times, written the way YouTube (rolling auto-captions with inline word
timestamps), SRT tools and youtube-transcript-api write them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
SEED = HERE.parent / "edhOP4nzY-w.en.vtt"
TIMING = re.compile(r"^(\S+) --> (\S+)")


def read_seed() -> list[tuple[float, float, str]]:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    cues = []
    for i, line in enumerate(lines):
        m = TIMING.match(line)
        if m:
            cues.append((secs(m.group(1)), secs(m.group(2)), lines[i + 1].strip()))
    return cues


def secs(stamp: str) -> float:
    h, m, s = stamp.replace(",", ".").split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def stamp(seconds: float, sep: str = ".") -> str:
    ms = round(seconds * 1000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def inline(start: float, end: float, text: str) -> str:
    words = text.split(" ")
    step = (end - start) / max(len(words), 1)
    out = words[0]
    for k, word in enumerate(words[1:], 1):
        out += f"<{stamp(start + k * step)}><c> {word.replace('&', '&amp;')}</c>"
    return out


def rolling_vtt(cues: list[tuple[float, float, str]]) -> str:
    out = ["WEBVTT", "Kind: captions", "Language: en", ""]
    for i, (start, own_end, text) in enumerate(cues):
        end = cues[i + 1][0] if i + 1 < len(cues) else own_end
        prev = cues[i - 1][2] if i else " "
        out += [f"{stamp(start)} --> {stamp(end - 0.01)} align:start position:0%", prev]
        out += [inline(start, end - 0.01, text), ""]
        out += [f"{stamp(end - 0.01)} --> {stamp(end)} align:start position:0%", text, " ", ""]
    return "\n".join(out)


def srt(cues: list[tuple[float, float, str]]) -> str:
    out = []
    for i, (start, own_end, text) in enumerate(cues):
        end = cues[i + 1][0] if i + 1 < len(cues) else own_end
        out += [str(i + 1), f"{stamp(start, ',')} --> {stamp(end, ',')}", text, ""]
    return "\r\n".join(out)


def raw_json(cues: list[tuple[float, float, str]]) -> str:
    # youtube-transcript-api's durations overlap the next snippet, as the seed's do
    items = [{"text": t, "start": s, "duration": round(e - s, 3)} for s, e, t in cues]
    return json.dumps(items, indent=1)


def main() -> None:
    cues = read_seed()
    (HERE / "edhOP4nzY-w.en.vtt").write_text(rolling_vtt(cues), encoding="utf-8")
    (HERE / "edhOP4nzY-w.srt").write_text(srt(cues), encoding="utf-8", newline="")
    (HERE / "edhOP4nzY-w.json").write_text(raw_json(cues), encoding="utf-8")


if __name__ == "__main__":
    main()
