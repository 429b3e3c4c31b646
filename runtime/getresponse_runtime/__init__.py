"""The hand-written runtime under the generated GetResponse client: config, transport, errors, pages, limits,
models' base class and the resource base classes.

The generated package (getresponse_client) plugs into this one: its models derive from `WireModel`, its resource
groups from `SyncResource` / `AsyncResource`, its client classes from `SyncClientBase` / `AsyncClientBase`. This
package never imports the generated one. Users meet it through getresponse_client, which re-exports the errors,
`Page` / `AsyncPage`, `RawResponse` and the rest.
"""

from .client import AsyncClientBase, SyncClientBase
from .config import ClientConfig, ClientSettings
from .errors import (
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
    error_from_response,
)
from .fanout import gather_limited, run_concurrently
from .limiter import AsyncRateLimiter, RateLimiter
from .pagination import AsyncPage, Page
from .resource import AsyncPager, AsyncResource, SyncResource
from .responses import RateLimitInfo, RawResponse, decode_json
from .transport import AsyncTransport, RequestOptions, RetryMode, RetryPolicy, SyncTransport
from .types import UNSET, File, Unset, is_set
from .wire import FieldDecodeError, FieldNotInResponseError, WireModel

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncClientBase",
    "AsyncPage",
    "AsyncPager",
    "AsyncRateLimiter",
    "AsyncResource",
    "AsyncTransport",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ClientConfig",
    "ClientSettings",
    "ConfigurationError",
    "ConflictError",
    "EventLoopMismatchError",
    "FieldDecodeError",
    "FieldNotInResponseError",
    "File",
    "ForbiddenStateError",
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
    "RateLimiter",
    "RawResponse",
    "RelatedResourceNotFoundError",
    "RepeatedPageError",
    "RequestOptions",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryMode",
    "RetryPolicy",
    "ServerError",
    "SyncClientBase",
    "SyncResource",
    "SyncTransport",
    "Unset",
    "ValidationError",
    "WireModel",
    "decode_json",
    "error_from_response",
    "gather_limited",
    "is_set",
    "run_concurrently",
]
