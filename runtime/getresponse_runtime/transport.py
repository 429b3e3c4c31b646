"""Sending requests: auth headers, URL building, typed errors, retries and the optional limiter.

`SyncTransport` and `AsyncTransport` take a request dict (``method``, ``url`` relative to the base URL, and
optionally ``params``, ``json``, ``content``, ``data``, ``files``, ``headers``) and per-call `RequestOptions`
(``timeout``, ``extra_headers``, ``extra_query``, ``max_retries``), send it, and return the ``httpx.Response``
(body read) for a 2xx answer. Anything else raises:

* a non-2xx answer -> the `APIError` subclass from `error_from_response`;
* no answer -> `APIConnectionError`, or `APITimeoutError` for a timeout (both keep the httpx exception as
  ``__cause__``);
* a body over ``max_response_size`` (of any status) -> `ResponseTooLargeError`, never retried.

Limits of an attempt
--------------------
A numeric ``timeout`` (the client's, or a call's) is a deadline for each attempt: connecting, sending, the headers
and the whole body together, which a server trickling bytes cannot stretch; it also bounds each phase. Reaching it
raises `APITimeoutError` (a read timeout, retried as one; the message says "deadline"). An ``httpx.Timeout`` sets the
phases (connect, read, write, pool) as given and no overall deadline: each read waits up to ``read`` seconds, so a
trickling server can make the attempt last longer. The sync transport enforces the deadline at every socket
operation of an owned client; with a caller's ``http_client`` it bounds the body (the headers then only by the
phase timeouts). The async transport bounds the whole attempt with ``asyncio.timeout`` either way. Waiting for a
limiter slot is not part of the attempt. Waiting for a free pooled connection is part of it in the async transport
and not in the sync one (there the ``pool`` phase timeout bounds it).

Bodies are streamed and counted as they arrive, after gzip / deflate decoding, so a huge answer or a compression
bomb stops at ``max_response_size`` (default 32 MiB) with the memory that limit takes (see `bounded`).

Event loops
-----------
An `AsyncTransport` belongs to one event loop at a time. An owned httpx client closes its connections when its loop
shuts down (``asyncio.run``), and a later loop gets a new one, so ``asyncio.run(main())`` can be called again with
the same client. A caller's ``http_client`` used from a second loop, or one client used from two live loops at once,
raises `EventLoopMismatchError`.

Retry policy
------------
GetResponse's POST both creates (no id in the path) and updates (id in the path), and is not idempotent: sending a
create twice may create twice. So the caller says how safe a repeat is, with `RetryMode`:

``RetryMode.IDEMPOTENT`` (GET and DELETE) retries on
    * connection failures and timeouts of any kind,
    * rate limiting (HTTP 429 or code 1015),
    * 5xx answers.
``RetryMode.NON_IDEMPOTENT`` (every POST) retries only when a repeat cannot duplicate the write:
    * the request provably never reached the server: ``httpx.ConnectError``, ``httpx.ConnectTimeout``, or
      ``httpx.PoolTimeout`` (no connection was free to send it on);
    * rate limiting (HTTP 429 or code 1015): GetResponse refused the request instead of carrying it out.
    A read/write timeout, a dropped connection or a 5xx after the request left is *not* retried: the write may
    have happened. The error says so (``APIConnectionError.may_have_reached_server``).

A DELETE that is retried after its first attempt did reach the server can answer 404 (`NotFoundError`).

At most ``max_retries`` retries follow the first attempt (so ``max_retries + 1`` attempts; retries after a rate
limit count too). Between attempts:

* after a rate limit: the wait GetResponse names — the error context's ``timeToReset`` (a number or text such as
  "100 seconds"), else ``Retry-After`` (seconds, or an HTTP date read against the answer's ``Date``), else
  ``X-RateLimit-Reset`` ("1 seconds"); `parse_seconds` reads them all. To that wait comes jitter,
  ``random() * min(1, wait / 2)`` seconds, so that clients told the same wait do not all come back in the same
  millisecond (never less than named: earlier earns another 429). When no wait is named, the backoff below is used.
  ``max_rate_limit_wait`` is a budget for the whole call: it bounds the *sum* of the call's rate-limit waits over
  all its retries, not each wait. When the named wait is longer than what is left of it, the `RateLimitError` is
  raised at once, without sleeping, with a note saying the budget ran out; jitter and backoff are cut to what is
  left. ``max_rate_limit_wait=0`` thus means: never wait for a rate limit, raise at once (unless GetResponse names a
  wait of 0 s). Waits after other errors do not spend the budget;
* otherwise: exponential backoff with full jitter, ``random() * min(8, 0.5 * 2 ** (retry - 1))`` seconds.

``sleep`` and ``random`` are injectable so tests run without sleeping. When a limiter is in use (``rate_limit=True``
or a `RateLimiter` / `AsyncRateLimiter` passed in), each attempt holds one of its slots from before it is sent until
its whole answer is read (the limiter counts the attempt against its windows until a second after that); the
backoff sleeps do not.

Clients
-------
Without ``http_client`` the transport owns an ``httpx.Client`` / ``httpx.AsyncClient`` (base URL, headers, timeout,
at most 10 connections) and closes it in `close()` / `aclose()` or on leaving a ``with`` block. A caller's own
client is used as given and never closed; the transport still sends its headers with every request (they override
the client's own headers of the same name), builds absolute URLs from ``config.base_url`` and applies
``config.timeout`` to each request. Redirects are never followed (GetResponse does not redirect, and following one
could carry the X-Auth-Token header to another host); a 3xx answer raises `APIError`.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import random as _random
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple, Self, TypedDict, TypeVar, cast

import httpx

from .bounded import attempt_deadline, install_deadline_backend, read_body, read_body_async, release_stream
from .config import ClientConfig, clean_max_retries, clean_timeout, deadline_of
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClientClosedError,
    EventLoopMismatchError,
    RateLimitError,
    error_from_response,
)
from .limiter import AsyncRateLimiter, RateLimiter

if TYPE_CHECKING:
    from .oauth import TokenAuth
    from .policy import CallGuard

E = TypeVar("E", bound=BaseException)

__all__ = [
    "BACKOFF_BASE",
    "BACKOFF_CAP",
    "MAX_CONNECTIONS",
    "RATE_LIMIT_JITTER_CAP",
    "RATE_LIMIT_JITTER_FRACTION",
    "AsyncTransport",
    "RateLimitBudget",
    "RequestOptions",
    "RetryMode",
    "RetryPolicy",
    "SyncTransport",
]

logger = logging.getLogger("getresponse_client")


class RequestOptions(TypedDict, total=False):
    """Per-call options every resource method takes (``client.contacts.get(id, timeout=5)``), and the defaults
    ``client.with_options(...)`` sets for a copy of a client."""

    timeout: float | httpx.Timeout | None
    """Seconds for each attempt, a deadline for all of it (connect + headers + body); an ``httpx.Timeout``: its
    phases as given, no overall deadline; None: no timeout."""
    extra_headers: Mapping[str, str]
    """Headers added to the request (they override the client's own of the same name)."""
    extra_query: Mapping[str, Any]
    """Query parameters added to the request, by wire name (``{"query[name]": "x"}``)."""
    extra_body: Mapping[str, Any]
    """JSON fields added to the request body, by wire name (for a field the client does not know yet)."""
    max_retries: int
    """Retries after the first attempt, for this call (see the retry policy above)."""


_OPTION_NAMES = frozenset(RequestOptions.__annotations__)


def check_options(options: Mapping[str, Any]) -> RequestOptions:
    """Options validated: an unknown name is a TypeError, a bad value a ConfigurationError (both name it)."""
    unknown = set(options) - _OPTION_NAMES
    if unknown:
        raise TypeError(
            f"unexpected keyword argument(s): {', '.join(sorted(unknown))} "
            f"(per-call options: {', '.join(sorted(_OPTION_NAMES))})"
        )
    checked: dict[str, Any] = dict(options)
    if "timeout" in checked:
        cleaned = clean_timeout(checked["timeout"])
        seconds = deadline_of(checked["timeout"])
        # A number stays a number: it is also the attempt's deadline (see _TransportBase._deadline_for).
        checked["timeout"] = cleaned if seconds is None else seconds
    if "max_retries" in checked:
        checked["max_retries"] = clean_max_retries(checked["max_retries"])
    return cast(RequestOptions, checked)


BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0
RATE_LIMIT_JITTER_CAP = 1.0
RATE_LIMIT_JITTER_FRACTION = 0.5
MAX_CONNECTIONS = 10
# A socket wait bounded by the time left ends a hair before the deadline (poll rounds to milliseconds).
_DEADLINE_SLACK = 0.01
# Only encodings `bounded` inflates in bounded steps are asked for by an owned client.
_ACCEPT_ENCODING = "gzip, deflate"

_REQUEST_KEYS = frozenset({"method", "url", "params", "json", "content", "data", "files", "headers"})
_IDEMPOTENT_METHODS = frozenset({"GET", "DELETE", "HEAD", "OPTIONS"})
# The request never left the client: safe to repeat whatever it was.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Repeating cannot help: the request itself or the setup is wrong.
_NEVER_RETRY = (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.TooManyRedirects)


class RetryMode(enum.Enum):
    """How safe it is to send a request again (see the module docstring for the full policy)."""

    IDEMPOTENT = "idempotent"
    """GET and DELETE: retry on connection errors, timeouts, rate limits and 5xx."""
    NON_IDEMPOTENT = "non_idempotent"
    """Every POST: retry only when the request provably did not reach the server, or was rate limited."""

    @classmethod
    def for_method(cls, method: str) -> RetryMode:
        """IDEMPOTENT for GET/DELETE (and HEAD/OPTIONS), NON_IDEMPOTENT for anything else."""
        return cls.IDEMPOTENT if method.upper() in _IDEMPOTENT_METHODS else cls.NON_IDEMPOTENT


class RateLimitBudget:
    """What one call may still sleep for rate limits: ``max_rate_limit_wait`` bounds the sum of a call's
    rate-limit waits, over all its retries. `RetryPolicy.rate_limit_budget` makes one per call; `after_error`
    spends it."""

    __slots__ = ("spent", "total")

    def __init__(self, total: float) -> None:
        self.total = total
        self.spent = 0.0

    @property
    def left(self) -> float:
        return max(0.0, self.total - self.spent)


class RetryPolicy(NamedTuple):
    """The retry decisions, free of I/O: each method returns seconds to wait before the next attempt, or None.

    A NamedTuple, not a frozen dataclass: creating the class costs a fifth as much, on the import every client
    pays. It is immutable and compares by its fields (as a tuple: ``policy._replace(max_retries=0)`` derives one)."""

    max_retries: int
    max_rate_limit_wait: float
    backoff_base: float = BACKOFF_BASE
    backoff_cap: float = BACKOFF_CAP
    rate_limit_jitter_cap: float = RATE_LIMIT_JITTER_CAP
    rate_limit_jitter_fraction: float = RATE_LIMIT_JITTER_FRACTION

    def backoff(self, retry: int, rand: Callable[[], float]) -> float:
        """Full-jitter exponential backoff before retry number ``retry`` (1 for the first retry)."""
        return rand() * min(self.backoff_cap, self.backoff_base * 2.0 ** (retry - 1))

    def named_wait(self, wait: float, rand: Callable[[], float]) -> float:
        """The wait GetResponse named plus jitter, so that clients told the same wait do not all come back in the
        same millisecond. Never shorter than named: coming back early earns another 429."""
        return wait + rand() * min(self.rate_limit_jitter_cap, self.rate_limit_jitter_fraction * wait)

    def rate_limit_budget(self) -> RateLimitBudget:
        """A fresh wait budget for one call (``max_rate_limit_wait`` seconds in all)."""
        return RateLimitBudget(self.max_rate_limit_wait)

    def after_exception(
        self, exc: httpx.RequestError, mode: RetryMode, retry: int, rand: Callable[[], float]
    ) -> float | None:
        if retry > self.max_retries or isinstance(exc, _NEVER_RETRY):
            return None
        if isinstance(exc, _NOT_SENT) or mode is RetryMode.IDEMPOTENT:
            return self.backoff(retry, rand)
        return None

    def after_error(
        self,
        error: APIError,
        mode: RetryMode,
        retry: int,
        rand: Callable[[], float],
        budget: RateLimitBudget | None = None,
    ) -> float | None:
        """``budget``: the call's rate-limit wait budget (one per call, shared by its retries); None: a fresh one,
        so that only this wait is bounded."""
        if error.http_status == 429 or error.code == 1015:
            return self._after_rate_limit(error, retry, rand, budget or self.rate_limit_budget())
        if retry > self.max_retries:
            return None
        if mode is RetryMode.IDEMPOTENT and 500 <= error.http_status <= 599:
            return self.backoff(retry, rand)
        return None

    def _after_rate_limit(
        self, error: APIError, retry: int, rand: Callable[[], float], budget: RateLimitBudget
    ) -> float | None:
        if retry > self.max_retries:
            return None
        wait = error.retry_after if isinstance(error, RateLimitError) else None
        left = budget.left
        if wait is not None and wait > left:
            # Raise now rather than sleep part of the way: the answer would be another 429.
            if budget.spent > 0:
                error.add_note(
                    f"not retried: GetResponse asks for {wait:g} s more, but the call's rate-limit wait budget is "
                    f"spent ({budget.spent:g} of max_rate_limit_wait={budget.total:g} s, which bounds the sum of "
                    f"a call's waits)"
                )
            else:
                error.add_note(
                    f"not retried: GetResponse asks for {wait:g} s, more than the call's rate-limit wait budget "
                    f"(max_rate_limit_wait={budget.total:g} s)"
                )
            return None
        if wait is None:
            if left <= 0:
                error.add_note(
                    f"not retried: the call's rate-limit wait budget (max_rate_limit_wait={budget.total:g} s) is spent"
                )
                return None
            delay = min(self.backoff(retry, rand), left)
        else:
            delay = min(self.named_wait(wait, rand), left)  # the jitter never overruns the budget
        budget.spent += delay
        return delay


def _wrap_exception(exc: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    """The client's exception for an httpx request error."""
    method, url = request.method, str(request.url)
    sent = not isinstance(exc, _NOT_SENT)
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        what = {
            httpx.ConnectTimeout: "timed out connecting",
            httpx.PoolTimeout: "timed out waiting for a free connection",
            httpx.WriteTimeout: "timed out sending the request",
            httpx.ReadTimeout: "timed out waiting for the response",
        }.get(type(exc), "timed out")
        return APITimeoutError(
            f"{what} ({detail})", request_method=method, request_url=url, may_have_reached_server=sent
        )
    what = "could not connect" if isinstance(exc, httpx.ConnectError) else "request failed"
    return APIConnectionError(
        f"{what} ({detail})", request_method=method, request_url=url, may_have_reached_server=sent
    )


ATTEMPTS_EXTENSION = "getresponse.attempts"


def _counted(error: E, attempts: int) -> E:
    """``error`` with the number of requests its call sent (the audit record reports it)."""
    error.attempts = attempts  # type: ignore[attr-defined]
    return error


def attempts_of(outcome: object) -> int:
    """Requests a call sent: from its response, or from the error it raised (0 when it raised before sending)."""
    if isinstance(outcome, httpx.Response):
        return int(outcome.extensions.get(ATTEMPTS_EXTENSION, 1))
    return int(getattr(outcome, "attempts", 0))


class _TransportBase:
    """What both transports share: building requests and the retry policy."""

    def __init__(self, config: ClientConfig, *, random: Callable[[], float] | None) -> None:
        self._config = config
        self._defaults: RequestOptions = {}  # set by with_options on a derived transport
        self._derived = False  # a with_options copy: never closes the pool it shares
        self._owns_client = True  # set by the subclasses: False for a caller's own httpx client
        self._closed = False
        self._base_url = config.base_url.rstrip("/")
        self._random: Callable[[], float] = random if random is not None else _random.random
        self._policy = RetryPolicy(max_retries=config.max_retries, max_rate_limit_wait=config.max_rate_limit_wait)
        self.guard: CallGuard | None = None  # access policy, dry run and audit (set by the client when asked for)
        self._auth_argument: dict[str, httpx.Auth] = {}  # {"auth": TokenAuth} for OAuth tokens that renew
        self._token_auth: TokenAuth | None = None

    def use_auth(self, auth: TokenAuth) -> None:
        """Authenticate every request with ``auth`` (an OAuth `TokenAuth`) instead of the config's fixed header;
        a 401 then renews the token once and repeats the request (GetResponse did not carry it out)."""
        self._auth_argument = {"auth": auth}
        self._token_auth = auth

    def preview(self, request: Mapping[str, Any], options: RequestOptions | None = None) -> tuple[str, Any]:
        """The full URL and the JSON body ``send`` would send for ``request`` (for dry runs); nothing is sent."""
        method, url, arguments = self._request_arguments(request, self._merged(options))
        built = httpx.Request(method, url, params=arguments.get("params"))
        return str(built.url), arguments.get("json")

    @property
    def config(self) -> ClientConfig:
        return self._config

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._policy

    def _absolute_url(self, url: object) -> str:
        text = str(url)
        if "://" in text:
            if text == self._base_url or text.startswith(self._base_url + "/"):
                return text
            raise ValueError(f"request url {text!r} is not below the base URL {self._base_url!r}")
        return f"{self._base_url}/{text.lstrip('/')}"

    def _merged(self, options: RequestOptions | None) -> RequestOptions:
        if not options:
            return self._defaults
        merged = check_options(options)
        if not self._defaults:
            return merged
        result: dict[str, Any] = {**self._defaults, **merged}
        defaults: Mapping[str, Any] = self._defaults
        for name in ("extra_headers", "extra_query", "extra_body"):  # the copy's and the call's, merged
            combined = {**defaults.get(name, {}), **result.get(name, {})}
            if combined:
                result[name] = combined
        return cast(RequestOptions, result)

    def _deadline_for(self, options: RequestOptions) -> float | None:
        """Seconds the attempts of this call may each take in all (a numeric timeout), or None."""
        if "timeout" in options:
            return deadline_of(options["timeout"])
        return self._config.deadline

    @staticmethod
    def _deadline_passed(kind: type[httpx.TimeoutException], request: httpx.Request, deadline: float) -> Exception:
        """A timeout of the given kind (the retry policy tells them apart) saying that the deadline ended it."""
        return kind(f"the attempt's deadline of {deadline:g} s passed (connect + headers + body)", request=request)

    def _policy_for(self, options: RequestOptions) -> RetryPolicy:
        if "max_retries" not in options:
            return self._policy
        return self._policy._replace(max_retries=options["max_retries"])

    def _request_arguments(
        self, request: Mapping[str, Any], options: RequestOptions | None = None
    ) -> tuple[str, str, dict[str, Any]]:
        unknown = set(request) - _REQUEST_KEYS
        if unknown:
            raise ValueError(f"unsupported request keys: {', '.join(sorted(unknown))}")
        if "method" not in request or "url" not in request:
            raise ValueError("a request needs 'method' and 'url'")
        method = str(request["method"]).upper()
        url = self._absolute_url(request["url"])
        # An owned client already carries the config's headers and timeout; a caller's client gets them on
        # every request. (Merging headers per request is most of the client's per-call overhead.)
        headers = {} if self._owns_client else self._config.headers()
        for name, value in (request.get("headers") or {}).items():
            headers[str(name)] = str(value)
        arguments: dict[str, Any] = {} if self._owns_client else {"timeout": self._config.timeout}
        if options:
            for name, value in options.get("extra_headers", {}).items():
                headers[str(name)] = str(value)
            if "timeout" in options:
                arguments["timeout"] = options["timeout"]
        if headers:
            arguments["headers"] = headers
        # extra_query adds parameters; the operation's own (and a pager's page number) win over it.
        params = {**(options or {}).get("extra_query", {}), **(request.get("params") or {})}
        if params:
            arguments["params"] = {key: value for key, value in params.items() if value is not None}
        for key in ("json", "content", "data", "files"):
            if key in request and request[key] is not None:
                arguments[key] = request[key]
        extra_body = (options or {}).get("extra_body")
        if extra_body:
            if not isinstance(arguments.get("json", {}), dict):
                raise TypeError("extra_body adds JSON fields; this request's body is not a JSON object")
            arguments["json"] = {**arguments.get("json", {}), **extra_body}
        return method, url, arguments

    @staticmethod
    def _log_retry(request: httpx.Request, retry: int, delay: float, reason: str) -> None:
        logger.info("retrying %s %s in %.2f s (retry %d): %s", request.method, request.url.path, delay, retry, reason)

    @staticmethod
    def _log_response(request: httpx.Request, status: int | str, started: float) -> None:
        # Method, host and path only: credentials travel in headers (never logged) or in a base URL's user info,
        # and query strings carry filters such as an email address.
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.monotonic() - started) * 1000
            url = request.url
            where = f"{url.scheme}://{url.host}{f':{url.port}' if url.port else ''}{url.path}"
            logger.debug("%s %s%s -> %s in %.1f ms", request.method, where, "?…" if url.query else "", status, elapsed)

    def derive(self, defaults: RequestOptions) -> Self:
        """A copy sending through this transport's connection pool and limiter, with ``defaults`` under every
        call's options (``client.with_options``). Closing the copy leaves the pool open: this transport owns it."""
        checked = self._merged(defaults) if self._defaults else check_options(defaults)
        getattr(self, "http_client")  # noqa: B009 (an owned client is made now, so that the copy shares it)
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy._defaults = checked
        copy._derived = True
        return copy


class SyncTransport(_TransportBase):
    """Sends requests for the sync client. Thread-safe; use one per client, close it when done."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: httpx.Client | None = None,
        rate_limiter: RateLimiter | None = None,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(config, random=random)
        self._sleep = sleep
        self._owns_client = http_client is None
        # An owned client is made on first use: building one (its TLS context above all) is most of what
        # constructing GetResponse would otherwise cost.
        self._client = http_client
        self._client_lock = threading.Lock()
        if rate_limiter is None and config.rate_limit:
            rate_limiter = RateLimiter()
        self._limiter = rate_limiter

    @staticmethod
    def _make_client(config: ClientConfig) -> httpx.Client:
        client = httpx.Client(
            base_url=config.base_url,
            headers={**config.headers(), "Accept-Encoding": _ACCEPT_ENCODING},
            timeout=config.timeout,
            limits=httpx.Limits(max_connections=MAX_CONNECTIONS, max_keepalive_connections=MAX_CONNECTIONS),
            follow_redirects=False,
        )
        install_deadline_backend(client)  # every socket wait within the attempt's deadline
        return client

    @property
    def http_client(self) -> httpx.Client:
        if self._derived and self._client is not None and self._client.is_closed:
            raise ClientClosedError("the client this one was copied from (with_options) is closed")
        if self._client is None or self._closed:
            with self._client_lock:
                if self._closed:
                    raise ClientClosedError("this client is closed: make a new one to send more requests")
                if self._client is None:
                    self._client = self._make_client(self._config)
        return self._client

    @property
    def rate_limiter(self) -> RateLimiter | None:
        return self._limiter

    def send(
        self,
        request: Mapping[str, Any],
        *,
        retry_mode: RetryMode | None = None,
        options: RequestOptions | None = None,
    ) -> httpx.Response:
        """Send ``request`` (a request dict, see the module docstring) with retries; return the 2xx response or raise.

        ``retry_mode`` defaults to `RetryMode.for_method` of the request's method.
        """
        merged = self._merged(options)
        method, url, arguments = self._request_arguments(request, merged)
        mode = retry_mode if retry_mode is not None else RetryMode.for_method(method)
        policy = self._policy_for(merged)
        budget = policy.rate_limit_budget()
        deadline = self._deadline_for(merged)
        retry = 0
        renewed = 0  # a 401 renews an OAuth token once per call; that repeat is not a retry
        while True:
            http_request = self.http_client.build_request(method, url, **arguments)
            started = time.monotonic()
            try:
                response = self._send_once(http_request, deadline)
            except httpx.RequestError as exc:
                self._log_response(http_request, type(exc).__name__, started)
                retry += 1
                delay = policy.after_exception(exc, mode, retry, self._random)
                if delay is None:
                    raise _counted(_wrap_exception(exc, http_request), retry + renewed) from exc
                self._log_retry(http_request, retry, delay, type(exc).__name__)
                self._sleep(delay)
                continue
            self._log_response(http_request, response.status_code, started)
            if response.is_success:
                response.extensions[ATTEMPTS_EXTENSION] = retry + renewed + 1
                return response
            if response.status_code == 401 and self._token_auth is not None and not renewed:
                renewed = 1
                self._token_auth.renew_refused(http_request)
                self._log_retry(http_request, retry, 0.0, "HTTP 401: OAuth token renewed")
                continue
            error = error_from_response(response)
            retry += 1
            delay = policy.after_error(error, mode, retry, self._random, budget)
            if delay is None:
                raise _counted(error, retry + renewed)
            self._log_retry(http_request, retry, delay, f"HTTP {response.status_code}")
            self._sleep(delay)

    def _send_once(self, request: httpx.Request, deadline: float | None) -> httpx.Response:
        if self._limiter is None:  # (no context manager on the common path: it is a measurable part of a call)
            return self._attempt(request, deadline)
        with self._limiter.slot():
            return self._attempt(request, deadline)

    def _attempt(self, request: httpx.Request, deadline: float | None) -> httpx.Response:
        client = self.http_client
        # The deadline starts once a limiter slot is held: waiting for the limiter is not the server's time.
        at = None if deadline is None else time.monotonic() + deadline
        attempt_deadline.at = at
        try:
            response = client.send(request, stream=True, follow_redirects=False, **self._auth_argument)
            try:
                read_body(response, self._config.max_response_size, at)
            except BaseException:
                response.close()  # unread: httpcore drops the connection instead of pooling it
                raise
            release_stream(response)
            return response
        except httpx.TimeoutException as exc:
            if at is not None and deadline is not None and time.monotonic() >= at - _DEADLINE_SLACK:
                raise self._deadline_passed(type(exc), request, deadline) from exc
            raise
        finally:
            attempt_deadline.at = None

    def close(self) -> None:
        """Close the owned httpx client (a caller's client is left open); later requests raise ClientClosedError."""
        with self._client_lock:
            self._closed = True
            if self._owns_client and not self._derived and self._client is not None:
                self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class _LoopBound:
    """What an async transport and its with_options copies share, all tied to one event loop."""

    __slots__ = ("client", "limiter", "loop", "owns_limiter", "watch")

    def __init__(self, client: httpx.AsyncClient | None, limiter: AsyncRateLimiter | None, owns_limiter: bool) -> None:
        self.client = client
        self.limiter = limiter
        self.owns_limiter = owns_limiter  # made from rate_limit=True: remade with the client for a new loop
        self.loop: Any = None  # the asyncio loop of the client's connections, once it has sent
        self.watch: AsyncGenerator[None, None] | None = None

    def forget(self) -> None:
        """Drop the client and limiter of a loop that has ended; the next loop makes its own."""
        self.client = None
        self.loop = None
        if self.owns_limiter:
            self.limiter = AsyncRateLimiter()  # its semaphore may be bound to the old loop

    def watch_loop(self) -> None:
        """Close the owned client's connections when the running loop shuts down (below)."""
        watch = _close_at_loop_end(self, self.client)
        with contextlib.suppress(StopIteration):
            # The first step registers the generator with the running loop (its asyncgen hooks) and stops at yield.
            watch.__anext__().send(None)
        self.watch = watch

    def unwatch(self) -> None:
        """Finish the watch of a loop that closed without shutting its async generators down (``loop.close()``
        alone): with ``client`` no longer this object's, its finally does not await, so it completes here."""
        watch, self.watch = self.watch, None
        if watch is not None:
            with contextlib.suppress(StopIteration, RuntimeError):
                watch.aclose().send(None)


async def _close_at_loop_end(bound: _LoopBound, client: httpx.AsyncClient | None) -> AsyncGenerator[None, None]:
    """``asyncio.run`` (and ``asyncio.Runner``) closes every live async generator before it closes the loop: this
    one's finally then closes the owned client while its connections' loop can still run, so a client reused by a
    later ``asyncio.run`` starts afresh, with no socket left open."""
    try:
        yield
    finally:
        if client is not None and bound.client is client:
            bound.forget()
            await client.aclose()


class AsyncTransport(_TransportBase):
    """Sends requests for the async client; the asyncio mirror of `SyncTransport`."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: httpx.AsyncClient | None = None,
        rate_limiter: AsyncRateLimiter | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        random: Callable[[], float] | None = None,
    ) -> None:
        import asyncio  # imported on use: the sync client never needs it

        super().__init__(config, random=random)
        self._sleep = sleep or asyncio.sleep
        self._running_loop = asyncio.get_running_loop
        self._timeout = asyncio.timeout
        self._owns_client = http_client is None
        owns_limiter = rate_limiter is None and config.rate_limit
        if owns_limiter:
            rate_limiter = AsyncRateLimiter()
        # The httpx client (made on first use, as in SyncTransport), the limiter and the loop they belong to, in one
        # object that with_options copies share, so a client remade for a new loop serves them too.
        self._bound = _LoopBound(http_client, rate_limiter, owns_limiter)

    @staticmethod
    def _make_client(config: ClientConfig) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=config.base_url,
            headers={**config.headers(), "Accept-Encoding": _ACCEPT_ENCODING},
            timeout=config.timeout,
            limits=httpx.Limits(max_connections=MAX_CONNECTIONS, max_keepalive_connections=MAX_CONNECTIONS),
            follow_redirects=False,
        )

    @property
    def http_client(self) -> httpx.AsyncClient:
        bound = self._bound
        if self._derived and bound.client is not None and bound.client.is_closed:
            raise ClientClosedError("the client this one was copied from (with_options) is closed")
        if self._closed:
            raise ClientClosedError("this client is closed: make a new one to send more requests")
        if bound.client is None:
            bound.client = self._make_client(self._config)
        return bound.client

    @property
    def rate_limiter(self) -> AsyncRateLimiter | None:
        return self._bound.limiter

    @property
    def _client(self) -> httpx.AsyncClient | None:
        return self._bound.client

    @_client.setter
    def _client(self, client: httpx.AsyncClient | None) -> None:
        self._bound.client = client

    def _client_for_loop(self) -> httpx.AsyncClient:
        """The httpx client, for the running loop: asyncio connections (and the limiter's semaphore) belong to the
        loop they were made in. An owned client whose loop has closed (``asyncio.run(main())`` called again) is
        replaced by a fresh one; anything else used from a second loop is an EventLoopMismatchError."""
        loop = self._running_loop()
        bound = self._bound
        if bound.loop is loop:
            return self.http_client
        if bound.loop is None or bound.client is None:
            client = self.http_client
            bound.loop = loop
            if self._owns_client and not self._closed:
                bound.watch_loop()
            return client
        if not bound.loop.is_closed():
            raise EventLoopMismatchError(
                "this async client is in use by another event loop that is still open; make one client per event "
                "loop (httpx's async connections belong to the loop that opened them)"
            )
        if not self._owns_client:
            raise EventLoopMismatchError(
                "the http_client passed to this async client was used in an event loop that has closed; pass an "
                "httpx.AsyncClient made in the running loop (or let the client make its own)"
            )
        if self._closed or (self._derived and bound.client.is_closed):
            return self.http_client  # raises ClientClosedError
        # The loop closed without asyncio.run's shutdown (so the watch did not run): its sockets are left to the
        # garbage collector, and this loop gets a new client.
        bound.forget()
        bound.unwatch()
        return self._client_for_loop()

    async def send(
        self,
        request: Mapping[str, Any],
        *,
        retry_mode: RetryMode | None = None,
        options: RequestOptions | None = None,
    ) -> httpx.Response:
        """Send ``request`` (a request dict, see the module docstring) with retries; return the 2xx answer or raise."""
        merged = self._merged(options)
        method, url, arguments = self._request_arguments(request, merged)
        mode = retry_mode if retry_mode is not None else RetryMode.for_method(method)
        policy = self._policy_for(merged)
        budget = policy.rate_limit_budget()
        deadline = self._deadline_for(merged)
        retry = 0
        renewed = 0  # a 401 renews an OAuth token once per call; that repeat is not a retry
        while True:
            http_request = self.http_client.build_request(method, url, **arguments)
            started = time.monotonic()
            try:
                response = await self._send_once(http_request, deadline)
            except httpx.RequestError as exc:
                self._log_response(http_request, type(exc).__name__, started)
                retry += 1
                delay = policy.after_exception(exc, mode, retry, self._random)
                if delay is None:
                    raise _counted(_wrap_exception(exc, http_request), retry + renewed) from exc
                self._log_retry(http_request, retry, delay, type(exc).__name__)
                await self._sleep(delay)
                continue
            self._log_response(http_request, response.status_code, started)
            if response.is_success:
                response.extensions[ATTEMPTS_EXTENSION] = retry + renewed + 1
                return response
            if response.status_code == 401 and self._token_auth is not None and not renewed:
                renewed = 1
                await self._token_auth.arenew_refused(http_request)
                self._log_retry(http_request, retry, 0.0, "HTTP 401: OAuth token renewed")
                continue
            error = error_from_response(response)
            retry += 1
            delay = policy.after_error(error, mode, retry, self._random, budget)
            if delay is None:
                raise _counted(error, retry + renewed)
            self._log_retry(http_request, retry, delay, f"HTTP {response.status_code}")
            await self._sleep(delay)

    async def _send_once(self, request: httpx.Request, deadline: float | None) -> httpx.Response:
        client = self._client_for_loop()
        async with self._slot():
            if deadline is None:
                return await self._fetch(client, request)
            try:
                # One bound on connect + headers + body: httpx's own timeouts apply per socket operation.
                async with self._timeout(deadline):
                    return await self._fetch(client, request)
            except TimeoutError as exc:
                raise self._deadline_passed(httpx.ReadTimeout, request, deadline) from exc

    async def _fetch(self, client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
        try:
            response = await client.send(request, stream=True, follow_redirects=False, **self._auth_argument)
        except RuntimeError as exc:
            if "loop" in str(exc):  # asyncio's "Event loop is closed", "... attached to a different loop"
                raise EventLoopMismatchError(
                    f"the async client's connections belong to another event loop ({exc}); make one client per "
                    "event loop"
                ) from exc
            raise
        try:
            await read_body_async(response, self._config.max_response_size)
        except BaseException:
            await response.aclose()  # unread (or cancelled): httpcore drops the connection instead of pooling it
            raise
        release_stream(response)
        return response

    @contextlib.asynccontextmanager
    async def _slot(self) -> AsyncIterator[None]:
        limiter = self._bound.limiter
        if limiter is None:
            yield
        else:
            async with limiter.slot():
                yield

    async def aclose(self) -> None:
        """Close the owned httpx client (a caller's client is left open); later requests raise ClientClosedError."""
        self._closed = True
        client = self._bound.client
        if self._owns_client and not self._derived and client is not None:
            await client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
