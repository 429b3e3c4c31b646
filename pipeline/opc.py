"""Plain text of what openapi-python-client hands over wrapped."""

from __future__ import annotations


def text(value: object) -> str:
    """openapi-python-client wraps the spec's strings (UntrustedString) and code (PythonCode); the plain text."""
    for unwrap in ("get_untrusted_value", "as_unembedded_code"):
        method = getattr(value, unwrap, None)
        if method is not None:
            return str(method())
    return str(value)
