"""Typed errors of the pipeline: each names the input that was wrong."""


class PipelineError(Exception):
    """Base class: a pipeline step could not produce its output; nothing was written."""


class FetchError(PipelineError):
    """The spec could not be read (unreachable URL, missing mirror, unreadable file)."""


class InvalidSpecError(PipelineError):
    """The document read is not JSON/YAML, or not an OpenAPI 3.0 document."""


class SpecDriftError(PipelineError):
    """The document read is not the pinned one (sha256 differs from openapi/spec.lock.json)."""

    def __init__(self, message: str, *, found_version: str, found_sha256: str) -> None:
        super().__init__(message)
        self.found_version = found_version
        self.found_sha256 = found_sha256


class OverlayError(PipelineError):
    """An overlay file is malformed, or one of its actions matches nothing (a stale overlay)."""


class GenerationError(PipelineError):
    """openapi-python-client failed or warned, or a post-processing step failed."""
