"""Who holds a lease: one identity per process, and whether such a holder is certainly gone.

A holder string reads "labwatch run on HOST pid N [token=…; pidns=…; boot=…; start=…]". The
random token makes it unique per process (two containers that share a host name both run as
pid 1); host and pid are there for people. The PID namespace, boot id and process start time
say when the pid can be checked at all: only a holder in our own PID namespace on this very
boot is looked up, and a pid that now belongs to another process (a different start time),
a zombie, or no process at all means the holder is gone. Anything else is "maybe alive":
its lease is left to expire.
"""

from __future__ import annotations

import os
import re
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
UNKNOWN = "-"
HOLDER = re.compile(
    r" on (?P<host>\S+) pid (?P<pid>\d+) \[token=(?P<token>[0-9a-f]+); pidns=(?P<pidns>[^;]+); "
    r"boot=(?P<boot>[^;]+); start=(?P<start>[^\]]+)\]$"
)


@dataclass(frozen=True)
class Holder:
    """One process as a lease holder."""

    what: str  # "labwatch run"
    host: str
    pid: int
    token: str
    pidns: str = UNKNOWN  # the inode of /proc/self/ns/pid
    boot: str = UNKNOWN  # the kernel's boot id (first 8 hex digits)
    start: str = UNKNOWN  # the process start time, in clock ticks since boot

    def __str__(self) -> str:
        return (
            f"{self.what} on {self.host} pid {self.pid} [token={self.token}; "
            f"pidns={self.pidns}; boot={self.boot}; start={self.start}]"
        )


def this_process(what: str) -> Holder:
    """A fresh identity for this process (a new token every call)."""
    pid = os.getpid()
    return Holder(
        what=what,
        host=socket.gethostname()[:63],
        pid=pid,
        token=secrets.token_hex(8),
        pidns=pid_namespace(),
        boot=boot_id(),
        start=start_time(pid) or UNKNOWN,
    )


def parse_holder(text: str) -> Holder | None:
    """The identity in a holder string, or None (an older labwatch wrote a bare "… pid N")."""
    match = HOLDER.search(text)
    if match is None:
        return None
    what = text[: match.start()]
    return Holder(
        what,
        match["host"],
        int(match["pid"]),
        match["token"],
        match["pidns"],
        match["boot"],
        match["start"],
    )


def holder_is_gone(text: str) -> bool:
    """True only when the holder certainly no longer runs: ours to check, and dead or reaped.

    A holder on another host, in another PID namespace or from another boot may be alive:
    its pid means nothing here.
    """
    holder = parse_holder(text)
    if holder is None or holder.host != socket.gethostname()[:63]:
        return False
    if holder.pidns != pid_namespace() or holder.boot != boot_id():
        return False
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass  # exists, another user's
    state = process_state(holder.pid) if proc_is_ours() else None
    if state is None:
        return False  # /proc hides it (hidepid) or shows another namespace: it may be alive
    status, start = state
    if status in ("Z", "X"):
        return True  # killed, not yet reaped: it will never renew
    return holder.start != UNKNOWN and start != holder.start  # the pid went to another process


def pid_namespace() -> str:
    """Our PID namespace's inode ("-" where there is no /proc)."""
    try:
        link = os.readlink(PROC / "self" / "ns" / "pid")
    except OSError:
        return UNKNOWN
    return link.removeprefix("pid:[").removesuffix("]")


def boot_id() -> str:
    """This boot's id, shortened ("-" where the kernel has none)."""
    try:
        text = (PROC / "sys" / "kernel" / "random" / "boot_id").read_text(encoding="ascii")
    except OSError:
        return UNKNOWN
    return text.strip().replace("-", "")[:8] or UNKNOWN


def proc_is_ours() -> bool:
    """True when /proc shows our PID namespace (a new namespace without its own /proc does not)."""
    try:
        text = (PROC / "self" / "stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    return text.split(" ", 1)[0] == str(os.getpid())


def start_time(pid: int) -> str | None:
    """When the process started, in clock ticks since boot; None when it cannot be read."""
    state = process_state(pid)
    return state[1] if state else None


def process_state(pid: int) -> tuple[str, str] | None:
    """(state letter, start time) from /proc/PID/stat; None when it cannot be read."""
    try:
        text = (PROC / str(pid) / "stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = text.rsplit(")", 1)[-1].split()  # the command name may hold spaces and parentheses
    if len(fields) < 20:
        return None
    return fields[0], fields[19]  # fields 3 and 22 of proc(5)
