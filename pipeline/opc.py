"""Plain text of what openapi-python-client hands over wrapped, and a model's properties in one list."""

from __future__ import annotations

from typing import Any


def text(value: object) -> str:
    """openapi-python-client wraps the spec's strings (UntrustedString) and code (PythonCode); the plain text."""
    for unwrap in ("get_untrusted_value", "as_unembedded_code"):
        method = getattr(value, unwrap, None)
        if method is not None:
            return str(method())
    return str(value)


def all_properties(model: Any) -> list[Any]:
    """A ModelProperty's properties, the required ones first (openapi-python-client keeps two lists)."""
    return [*(model.required_properties or []), *(model.optional_properties or [])]
