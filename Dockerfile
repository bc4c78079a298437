# syntax=docker/dockerfile:1
# The MIA-DO-KI portal: gunicorn serving portal.wsgi:application, static files collected at build time.

# Debian 13 (trixie) in both stages: the virtual environment moves between them, and trixie's PostgreSQL client is
# version 17, the major version of compose.yaml's database (pg_dump must not be older than the server).
FROM python:3.13-slim-trixie AS build
ENV PYTHONDONTWRITEBYTECODE=1 PIP_DISABLE_PIP_VERSION_CHECK=1 UV_PROJECT_ENVIRONMENT=/opt/venv UV_COMPILE_BYTECODE=1
WORKDIR /app
RUN pip install --no-cache-dir uv==0.13.8
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project
COPY . .
RUN DJANGO_SECRET_KEY=build-only-not-secret /opt/venv/bin/python manage.py collectstatic --noinput --verbosity 0

FROM python:3.13-slim-trixie AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH="/opt/venv/bin:${PATH}" \
    DJANGO_MEDIA_ROOT=/data/media PORT=8000
# pg_dump and pg_restore for `manage.py backup` / `restore` (the client only, no server, no recommended extras).
RUN apt-get update \
    && apt-get install --yes --no-install-recommends postgresql-client-17 \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system portal && useradd --system --gid portal --home /app --shell /usr/sbin/nologin portal \
    && mkdir -p /data/media && chown portal:portal /data/media
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=portal:portal /app /app
USER portal
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import sys,urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"
CMD ["gunicorn", "portal.wsgi:application", "--bind", "0.0.0.0:8000", "--access-logfile", "-"]
