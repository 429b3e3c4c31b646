"""Client for the GetResponse v3 REST API, generated from GetResponse's dated OpenAPI document.

Start with GetResponse (or AsyncGetResponse): client.contacts.list(), client.lists.get(list_id), ...
Reference: https://apireference.getresponse.com/
"""

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
from getresponse_runtime.pagination import AsyncPage, Page
from getresponse_runtime.resource import AsyncPager
from getresponse_runtime.responses import RateLimitInfo, RawResponse
from getresponse_runtime.transport import RequestOptions
from getresponse_runtime.types import UNSET, Unset, is_set
from getresponse_runtime.types import File as BinaryFile  # a file up or down (a model of the API is called File)
from getresponse_runtime.wire import FieldDecodeError, FieldNotInResponseError

from ._clients import AsyncGetResponse, GetResponse
from ._spec import CLIENT_VERSION, SPEC_VERSION

if TYPE_CHECKING:
    from getresponse_runtime.policy import AccessDeniedError, AuditRecord, DryRunResult

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

# The names of allow=, dry_run= and audit= are imported on first use: few clients use them, and importing their
# module with the package would cost every client about 2 ms.
_POLICY_NAMES = frozenset({"AccessDeniedError", "AuditRecord", "DryRunResult"})


def __getattr__(name: str) -> Any:
    if name in _POLICY_NAMES:
        from getresponse_runtime import policy

        return getattr(policy, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
