"""Hand-written core under the generated GetResponse client: config, transport, errors, pages, limits.

The generated resource classes call into this package; users mostly meet it through the errors, `Page` /
`AsyncPage`, `RawResponse` and `ClientConfig`, which the public package re-exports.
"""

from .config import ClientConfig
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    ForbiddenStateError,
    GetResponseError,
    NoNextPageError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RelatedResourceNotFoundError,
    ResponseDecodeError,
    ServerError,
    ValidationError,
    error_from_response,
)
from .fanout import gather_limited, run_concurrently
from .limiter import AsyncRateLimiter, RateLimiter
from .pagination import AsyncPage, Page
from .responses import RateLimitInfo, RawResponse, decode_json
from .transport import AsyncTransport, RetryMode, RetryPolicy, SyncTransport

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncRateLimiter",
    "AsyncTransport",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ClientConfig",
    "ConfigurationError",
    "ConflictError",
    "ForbiddenStateError",
    "GetResponseError",
    "NoNextPageError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "RateLimiter",
    "RawResponse",
    "RelatedResourceNotFoundError",
    "ResponseDecodeError",
    "RetryMode",
    "RetryPolicy",
    "ServerError",
    "SyncTransport",
    "ValidationError",
    "decode_json",
    "error_from_response",
    "gather_limited",
    "run_concurrently",
]
