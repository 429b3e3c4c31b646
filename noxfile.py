"""The pipeline, top to bottom: fetch -> overlay -> generate (+ format) -> test.

    nox -s regenerate            # all of it, ending with a summary line
    nox -s tests                 # the test suite only (what CI runs)
    nox -s fetch|overlay|generate|drift|release-notes|cassettes|record|bench|build|lint

Offline, point fetch at a mirror folder: GETRESPONSE_SPEC_MIRROR=../shared/openapi nox -s regenerate
(or `nox -s regenerate -- --mirror ../shared/openapi`). The steps' logic lives in pipeline/.
"""

from __future__ import annotations

import time

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["regenerate"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
PIPELINE_DEPS = nox.project.dependency_groups(PYPROJECT, "pipeline")
TEST_DEPS = nox.project.dependency_groups(PYPROJECT, "test")


def pipeline_step(session: nox.Session, step: str, *args: str) -> None:
    session.run("python", "-m", "pipeline", step, *args)


def run_tests(session: nox.Session, *pytest_args: str) -> None:
    session.install(*TEST_DEPS, "-e", ".")
    session.run("pytest", "-n", "2", *pytest_args)  # both cores of the machine


@nox.session
def fetch(session: nox.Session) -> None:
    """Read the pinned spec (URL or mirror) and verify its sha256."""
    session.install(*PIPELINE_DEPS)
    pipeline_step(session, "fetch", *session.posargs)


@nox.session
def overlay(session: nox.Session) -> None:
    """Apply overlays/*.yaml in order; an action that matches nothing fails."""
    session.install(*PIPELINE_DEPS)
    pipeline_step(session, "overlay")


def build_generated(session: nox.Session) -> None:
    session.install(*PIPELINE_DEPS)
    pipeline_step(session, "fetch", *session.posargs)
    pipeline_step(session, "overlay")
    pipeline_step(session, "generate")  # formats too, and writes api.md


@nox.session
def generate(session: nox.Session) -> None:
    """fetch -> overlay -> generate (+ format) generated/getresponse_client, without the tests."""
    build_generated(session)


@nox.session
def regenerate(session: nox.Session) -> None:
    """fetch -> overlay -> generate -> format -> test, then print the summary."""
    started = time.monotonic()
    build_generated(session)
    run_tests(session, "-q", "-m", "not slow")  # the slow end-to-end checks run in `nox -s tests` (CI)
    pipeline_step(session, "summary", "--seconds", f"{time.monotonic() - started:.1f}")


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite; arguments after -- go to pytest (the mirror comes from GETRESPONSE_SPEC_MIRROR)."""
    session.install(*PIPELINE_DEPS)
    pipeline_step(session, "fetch")
    run_tests(session, *session.posargs)


@nox.session
def drift(session: nox.Session) -> None:
    """What changed between two dated specs and what it breaks for client users (build/drift/report.md).

    nox -s drift -- OLD NEW   # spec files, or documents of the lock (`2022-01-28 pinned`); --out --ack --no-codegen
    nox -s drift              # the pinned spec against the newest in GETRESPONSE_SPEC_MIRROR (else the URL),
                              # saying whether that is the pinned document itself
    """
    session.install(*PIPELINE_DEPS, *TEST_DEPS)  # the cassette replay needs vcrpy and openapi-core
    session.run("python", "-m", "pipeline.drift", *session.posargs)


@nox.session(name="release-notes")
def release_notes(session: nox.Session) -> None:
    """The next version and its CHANGELOG.md entry, from the drift report of OLD -> NEW (pipeline/release.py).

    nox -s release-notes -- OLD NEW [--pin]   # as for drift; --pin also pins NEW in the lock; then regenerate
    """
    session.install(*PIPELINE_DEPS, *TEST_DEPS)
    session.run("python", "-m", "pipeline.release", *session.posargs)


@nox.session
def cassettes(session: nox.Session) -> None:
    """Rebuild the spec- and docs-derived cassettes in tests/cassettes/ (`-- --check`: only compare)."""
    session.install(*PIPELINE_DEPS)
    pipeline_step(session, "fetch")
    pipeline_step(session, "overlay")
    session.run("python", "-m", "pipeline.cassettes", "build", *session.posargs)


@nox.session
def record(session: nox.Session) -> None:
    """Record live cassettes, scrubbed: GETRESPONSE_API_KEY (+ GETRESPONSE_DOMAIN for MAX) from the environment.

    nox -s record -- --operation getContactList | --tag Contacts | (all reads) [--allow-writes]
    """
    session.install(*PIPELINE_DEPS, "vcrpy==9.4.2", "-e", ".")
    pipeline_step(session, "fetch")
    pipeline_step(session, "overlay")
    session.run("python", "-m", "pipeline.cassettes", "record", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against named peers (import, parse, per-call, pagination memory): a table, no pass/fail.

    Imports are timed in clean per-package virtualenvs under build/bench/venvs/. Offline: -- --mirror DIR.
    """
    generator = [dep for dep in PIPELINE_DEPS if dep.startswith(("openapi-python-client==", "ruff=="))]
    session.install("-e", ".", "getresponse==0.1.4", *generator)
    session.run("python", "-m", "bench", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff and mypy --strict on the hand-written code: runtime/, pipeline/, tests/, examples/, bench/ (pyproject)."""
    session.install(*PIPELINE_DEPS, *TEST_DEPS, "nox==2026.10.20", "-e", ".")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")


@nox.session
def build(session: nox.Session) -> None:
    """Build the wheel and sdist of getresponse-client into dist/."""
    session.install("build==1.6.1")
    session.run("python", "-m", "build", "--outdir", "dist", ".")
