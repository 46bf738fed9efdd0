# labwatch in a small image: a wheel built in one stage, installed into a slim one that runs
# as an unprivileged user with all its state (config.toml, labwatch.db) in the /data volume.
#
#   docker build -t labwatch .
#   docker run --rm -v labwatch-data:/data labwatch init        # writes /data/config.toml
#   docker run -d --name labwatch -e DISCORD_TOKEN -v labwatch-data:/data labwatch
#
# Or with compose: see compose.yaml and docs/operations.md.

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md config.example.toml ./
COPY bot ./bot
COPY jobs ./jobs
COPY storage ./storage
# --build-arg EXTRAS=[postgres] adds the PostgreSQL driver
ARG EXTRAS=""
RUN pip wheel --no-cache-dir --wheel-dir /wheels ".${EXTRAS}"

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    MPLCONFIGDIR=/tmp/matplotlib \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN useradd --system --uid 10001 --user-group --home-dir /data --shell /usr/sbin/nologin labwatch \
    && mkdir -p /data \
    && chown labwatch:labwatch /data
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl \
    && rm -rf /wheels
USER labwatch
# ./config.toml and the SQLite file live here; the database migrates itself on start.
WORKDIR /data
VOLUME ["/data"]
# /healthz and /metrics, when the config has [metrics] listen = "0.0.0.0:9464"
EXPOSE 9464
# doctor --quick: the config loads, the database answers with a current schema, and (when
# [metrics] listen is set) /healthz says the scheduler is ticking. No network beyond that.
HEALTHCHECK --interval=60s --timeout=15s --start-period=60s --retries=3 \
    CMD ["labwatch", "doctor", "--quick"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["labwatch"]
CMD ["run"]
