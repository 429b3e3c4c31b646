"""Where each pipeline step reads and writes (all derived specs stay in the git-ignored build/)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The environment variable naming a local mirror folder of GetResponse's documents (read instead of the URL).
MIRROR_ENV = "GETRESPONSE_SPEC_MIRROR"
LOCK = ROOT / "openapi" / "spec.lock.json"
PYPROJECT = ROOT / "pyproject.toml"
GENERATOR_CONFIG = ROOT / "openapi" / "generator-config.yaml"
OVERLAYS = ROOT / "overlays"
TEMPLATES = ROOT / "generator_templates"
RUNTIME = ROOT / "runtime"
RUFF_CONFIG = ROOT / "openapi" / "ruff-generated.toml"
DRIFT_ACKNOWLEDGEMENTS = ROOT / "openapi" / "drift-acknowledged.yaml"
GENERATED_PACKAGE = ROOT / "generated" / "getresponse_client"
SURFACE_FILE = ROOT / "api.md"

BUILD = ROOT / "build"
UPSTREAM_SPEC = BUILD / "spec" / "upstream.json"
OVERLAID_SPEC = BUILD / "spec" / "overlaid.json"
GENERATOR_INPUT = BUILD / "spec" / "generator-input.json"
SUMMARY = BUILD / "summary.json"
