"""The hand-written runtime under the generated GetResponse client: config, transport, errors, pages, limits,
models' base class and the resource base classes.

The generated package (getresponse_client) plugs into this one: its models derive from `WireModel`, its resource
groups from `SyncResource` / `AsyncResource`, its client classes from `SyncClientBase` / `AsyncClientBase`. This
package never imports the generated one. Users meet it through getresponse_client, which re-exports the errors,
`Page` / `AsyncPage`, `RawResponse` and the rest.

The names below are imported from their modules on first use (PEP 562): importing a submodule runs this file
first, and a client that is only constructed needs neither pages, resources nor models (about 3 ms of imports).
Code that wants static types imports from the submodules, as the generated package does.
"""

from __future__ import annotations

import importlib
from typing import Any

_NAMES_BY_MODULE = {
    "client": ("AsyncClientBase", "SyncClientBase"),
    "config": ("ClientConfig", "ClientSettings"),
    "errors": (
        "APIConnectionError",
        "APIError",
        "APITimeoutError",
        "AuthenticationError",
        "BadRequestError",
        "ClientClosedError",
        "ConfigurationError",
        "ConflictError",
        "EventLoopMismatchError",
        "ForbiddenStateError",
        "GetResponseError",
        "NoNextPageError",
        "NotFoundError",
        "PaginationDriftError",
        "PaginationDriftWarning",
        "PaginationError",
        "PermissionDeniedError",
        "RateLimitError",
        "RelatedResourceNotFoundError",
        "RepeatedPageError",
        "ResponseDecodeError",
        "ResponseTooLargeError",
        "ResponseValidationError",
        "ServerError",
        "ValidationError",
        "error_from_response",
    ),
    "fanout": ("gather_limited", "run_concurrently"),
    "limiter": ("AsyncRateLimiter", "RateLimiter"),
    "pagination": ("AsyncPage", "Page"),
    "resource": ("AsyncPager", "AsyncResource", "SyncResource"),
    "responses": ("RateLimitInfo", "RawResponse", "decode_json"),
    "transport": ("AsyncTransport", "RequestOptions", "RetryMode", "RetryPolicy", "SyncTransport"),
    "types": ("UNSET", "File", "Unset", "is_set"),
    "wire": ("FieldDecodeError", "FieldNotInResponseError", "WireModel"),
}
_MODULE_OF = {name: module for module, names in _NAMES_BY_MODULE.items() for name in names}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup is a plain module attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
