"""Client for the GetResponse v3 REST API, generated from GetResponse's dated OpenAPI document.

Start with GetResponse (or AsyncGetResponse): client.contacts.list(), client.lists.get(list_id), ...
Reference: https://apireference.getresponse.com/
"""

import importlib
from typing import TYPE_CHECKING, Any

from getresponse_runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    EventLoopMismatchError,
    ForbiddenStateError,
    GetResponseError,
    NoNextPageError,
    NotFoundError,
    PaginationDriftError,
    PaginationDriftWarning,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    RelatedResourceNotFoundError,
    RepeatedPageError,
    ResponseDecodeError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
    ValidationError,
)

from ._clients import AsyncGetResponse, GetResponse
from ._spec import CLIENT_VERSION, SPEC_VERSION

if TYPE_CHECKING:
    from getresponse_runtime.pagination import AsyncPage, Page
    from getresponse_runtime.policy import AccessDeniedError, AuditRecord, DryRunResult
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.responses import RateLimitInfo, RawResponse
    from getresponse_runtime.transport import RequestOptions
    from getresponse_runtime.types import UNSET, Unset, is_set
    from getresponse_runtime.types import File as BinaryFile  # a file up or down (a model of the API is called File)
    from getresponse_runtime.wire import FieldDecodeError, FieldNotInResponseError

__version__ = CLIENT_VERSION

__all__ = (
    "SPEC_VERSION",
    "UNSET",
    "APIConnectionError",
    "AccessDeniedError",
    "APIError",
    "APITimeoutError",
    "AsyncGetResponse",
    "AsyncPage",
    "AsyncPager",
    "AuditRecord",
    "AuthenticationError",
    "BadRequestError",
    "BinaryFile",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DryRunResult",
    "EventLoopMismatchError",
    "FieldDecodeError",
    "FieldNotInResponseError",
    "ForbiddenStateError",
    "GetResponse",
    "GetResponseError",
    "NoNextPageError",
    "NotFoundError",
    "Page",
    "PaginationDriftError",
    "PaginationDriftWarning",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "RawResponse",
    "RelatedResourceNotFoundError",
    "RepeatedPageError",
    "RequestOptions",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "Unset",
    "ValidationError",
    "__version__",
    "is_set",
)

# Imported on first use (PEP 562): constructing a client needs only the client and its transport, and importing
# pages, resources, responses and the policy module with the package would cost every client about 5 ms.
_LAZY: dict[str, tuple[str, str]] = {
    "AccessDeniedError": ("policy", "AccessDeniedError"),
    "AuditRecord": ("policy", "AuditRecord"),
    "DryRunResult": ("policy", "DryRunResult"),
    "AsyncPage": ("pagination", "AsyncPage"),
    "Page": ("pagination", "Page"),
    "AsyncPager": ("resource", "AsyncPager"),
    "RateLimitInfo": ("responses", "RateLimitInfo"),
    "RawResponse": ("responses", "RawResponse"),
    "RequestOptions": ("transport", "RequestOptions"),
    "UNSET": ("types", "UNSET"),
    "Unset": ("types", "Unset"),
    "is_set": ("types", "is_set"),
    "BinaryFile": ("types", "File"),
    "FieldDecodeError": ("wire", "FieldDecodeError"),
    "FieldNotInResponseError": ("wire", "FieldNotInResponseError"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module, attribute = _LAZY[name]
        value = getattr(importlib.import_module(f"getresponse_runtime.{module}"), attribute)
        globals()[name] = value  # the next lookup is a plain module attribute
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
