"""Deployment files: the Docker image builds and runs as non-root; the systemd unit verifies."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
IMAGE = "labwatch-test:pytest"


def docker_engine_problem() -> str | None:
    """Why the image cannot be built here, or None when a Docker engine answers."""
    if shutil.which("docker") is None:
        return "no docker client on PATH"
    try:
        info = subprocess.run(["docker", "info"], capture_output=True, text=True, timeout=20)
    except subprocess.TimeoutExpired:
        return "`docker info` did not answer within 20 s"
    if info.returncode != 0:
        reason = (info.stderr.strip().splitlines() or ["no output"])[-1]
        return f"no Docker engine reachable (`docker info`: {reason})"
    return None


def test_dockerfile_runs_as_non_root_with_data_volume_and_health_check() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert text.count("FROM python:3.11-slim") == 2  # build stage and the small final stage
    final = text.split("FROM python:3.11-slim", 2)[2]
    users = re.findall(r"^USER (\S+)", final, re.M)
    assert users and users[-1] not in ("root", "0")
    assert 'VOLUME ["/data"]' in final and "WORKDIR /data" in final
    assert re.search(
        r"^HEALTHCHECK .*\n\s+CMD \[\"labwatch\", \"doctor\", \"--quick\"\]", final, re.M
    )
    for source in re.findall(r"^COPY (?!--from)(.+) \S+$", text, re.M):
        for path in source.split():
            assert (ROOT / path).exists(), f"Dockerfile copies {path}, which does not exist"
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".git", ".venv", "tests", "*.db"} <= set(ignored)


def test_compose_uses_the_data_volume_and_drops_privileges() -> None:
    text = (ROOT / "compose.yaml").read_text()
    assert "labwatch-data:/data" in text
    assert "DISCORD_TOKEN: ${DISCORD_TOKEN:-}" in text
    assert "read_only: true" in text and "no-new-privileges:true" in text
    assert re.search(r"cap_drop:\n\s+- ALL", text)


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_systemd_unit_verifies_and_is_hardened(tmp_path: Path) -> None:
    labwatch = Path(sys.executable).with_name("labwatch")
    unit = (ROOT / "deploy" / "labwatch.service").read_text()
    assert "ExecStart=/opt/labwatch/bin/labwatch run" in unit
    # verify checks that the programs exist: point them at this checkout's labwatch
    (tmp_path / "labwatch.service").write_text(
        unit.replace("/opt/labwatch/bin/labwatch", str(labwatch))
    )
    verify = subprocess.run(
        ["systemd-analyze", "verify", "labwatch.service"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert verify.returncode == 0, verify.stderr
    assert verify.stderr.strip() == ""
    security = subprocess.run(
        ["systemd-analyze", "security", "--offline=yes", "labwatch.service"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    exposure = re.search(r"Overall exposure level for labwatch.service: ([\d.]+)", security.stdout)
    assert exposure, security.stdout[-500:] + security.stderr
    assert float(exposure.group(1)) <= 2.0  # systemd calls up to 2.0 "OK"


def test_docker_image_builds_and_runs_as_non_root() -> None:
    problem = docker_engine_problem()
    if problem:
        pytest.skip(f"Docker image not built: {problem}")
    build = subprocess.run(
        ["docker", "build", "--quiet", "--tag", IMAGE, str(ROOT)],
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    try:
        version = _docker_run("--version")
        assert version.returncode == 0 and version.stdout.startswith("labwatch "), version.stderr
        whoami = _docker_run("-u", entrypoint="id")
        assert whoami.stdout.strip() not in ("", "0")
        # first start on an empty volume: init writes the config, doctor --quick finds it healthy
        quick = _docker_run("-c", "labwatch init && labwatch doctor --quick", entrypoint="sh")
        assert quick.returncode == 0, quick.stdout + quick.stderr
    finally:
        subprocess.run(["docker", "image", "rm", "-f", IMAGE], capture_output=True, timeout=60)


def _docker_run(*args: str, entrypoint: str | None = None) -> subprocess.CompletedProcess[str]:
    command = ["docker", "run", "--rm", "--network", "none", "--tmpfs", "/data:uid=10001"]
    if entrypoint:
        command += ["--entrypoint", entrypoint]
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    return subprocess.run(
        [*command, IMAGE, *args], capture_output=True, text=True, timeout=120, env=env
    )
