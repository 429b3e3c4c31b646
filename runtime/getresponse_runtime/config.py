"""Client settings, resolved once from keyword arguments with environment fallback, and checked at construction.

Credentials (exactly one):

* ``api_key`` (env ``GETRESPONSE_API_KEY``) — sent as ``X-Auth-Token: api-key <key>``;
* ``access_token`` (env ``GETRESPONSE_ACCESS_TOKEN``) — an OAuth 2.0 token, sent as ``Authorization: Bearer <token>``.

The environment is read only when neither credential is passed as an argument, so an explicit ``api_key`` is not
reported as conflicting with a token that happens to be in the environment.

Where requests go (at most one of ``server`` / ``base_url``):

* ``server`` — a name from the servers table: "retail" (https://api.getresponse.com/v3, the default), "max_us"
  (https://api3.getresponse360.com/v3) or "max_pl" (https://api3.getresponse360.pl/v3). The generated client passes
  its ``_spec.SERVERS`` / ``_spec.SERVERS_REQUIRING_DOMAIN`` so the table follows the OpenAPI document.
* ``base_url`` (env ``GETRESPONSE_BASE_URL``, read only when neither is passed) — any http(s) URL, e.g. a proxy or a
  test server.

GetResponse MAX (the getresponse360 hosts) needs ``domain`` (env ``GETRESPONSE_DOMAIN``): the account's bare domain,
sent as ``X-Domain``. A ``base_url`` on a MAX host needs it too.
"""

from __future__ import annotations

import math
import os
import re
import sys
from collections.abc import Collection, Mapping
from typing import Any, Final, TypedDict, Unpack

import httpx

from .errors import ConfigurationError

__all__ = [
    "DEFAULT_MAX_RATE_LIMIT_WAIT",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_SERVER",
    "DEFAULT_SERVERS",
    "DEFAULT_SERVERS_REQUIRING_DOMAIN",
    "DEFAULT_TIMEOUT",
    "ENV_ACCESS_TOKEN",
    "ENV_API_KEY",
    "ENV_BASE_URL",
    "ENV_DOMAIN",
    "ClientConfig",
    "ClientSettings",
    "ConfigurationError",
    "clean_max_response_size",
    "clean_max_retries",
    "clean_timeout",
    "deadline_of",
]

ENV_API_KEY: Final = "GETRESPONSE_API_KEY"
ENV_ACCESS_TOKEN: Final = "GETRESPONSE_ACCESS_TOKEN"
ENV_DOMAIN: Final = "GETRESPONSE_DOMAIN"
ENV_BASE_URL: Final = "GETRESPONSE_BASE_URL"

DEFAULT_SERVER: Final = "retail"
DEFAULT_SERVERS: Final[Mapping[str, str]] = {
    "retail": "https://api.getresponse.com/v3",
    "max_us": "https://api3.getresponse360.com/v3",
    "max_pl": "https://api3.getresponse360.pl/v3",
}
DEFAULT_SERVERS_REQUIRING_DOMAIN: Final[frozenset[str]] = frozenset({"max_us", "max_pl"})
DEFAULT_TIMEOUT: Final = 30.0
DEFAULT_MAX_RETRIES: Final = 3
DEFAULT_MAX_RATE_LIMIT_WAIT: Final = 60.0
# Far above any real answer (a 1000-contact page is about 1 MB). A body of unknown length is held up to the limit
# before it can be refused, so the peak memory of a runaway answer is about the process's own plus this: with
# 64 MiB a bare client peaked at 99 MB, with 32 MiB at about 67 MB.
DEFAULT_MAX_RESPONSE_SIZE: Final = 32 * 1024 * 1024

_LABEL = r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)"
# Patterns as text: re compiles (and caches) each on first use, not when the client is imported.
_DOMAIN_PATTERN = rf"^(?=.{{1,253}}$){_LABEL}(?:\.{_LABEL})+$"
# IANA (tz database) names: "UTC", "Europe/Warsaw", "America/Argentina/Buenos_Aires", "Etc/GMT+2".
_TIME_ZONE_PATTERN = r"^[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9][A-Za-z0-9_+\-]*)*$"
_TOKEN_PATTERN = r"^[\x21-\x7e]+$"  # visible ASCII only: no whitespace, no control characters


def _default_user_agent(product: str) -> str:
    python = "{}.{}.{}".format(*sys.version_info[:3])
    return f"{product} python/{python} httpx/{httpx.__version__}"


class ClientSettings(TypedDict, total=False):
    """The settings of GetResponse / AsyncGetResponse, as keyword arguments (all optional; see ClientConfig)."""

    api_key: str | None
    access_token: str | None
    domain: str | None
    server: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    time_zone: str | None
    max_rate_limit_wait: float
    user_agent: str | None
    rate_limit: bool
    max_response_size: int


_SETTING_NAMES = frozenset(ClientSettings.__annotations__)


class ClientConfig:
    """Resolved, validated settings of a GetResponse client (immutable).

    Args:
        api_key: API key (env GETRESPONSE_API_KEY). A leading "api-key " is tolerated and removed.
        access_token: OAuth 2.0 access token (env GETRESPONSE_ACCESS_TOKEN). A leading "Bearer " is removed.
        domain: GetResponse MAX account domain, bare ("example.com"), sent as X-Domain (env GETRESPONSE_DOMAIN).
        server: name of a host in ``servers`` ("retail", "max_us", "max_pl"); default "retail".
        base_url: any http(s) base URL instead of a named server (env GETRESPONSE_BASE_URL).
        timeout: seconds for each attempt: a deadline for the whole attempt (connect, headers and body), which
            also bounds each phase. An ``httpx.Timeout`` sets the phases (connect, read, write, pool) as given and
            no overall deadline. None disables both. Default 30 s.
        max_retries: retries after the first attempt (see the transport's retry policy). Default 3.
        time_zone: tz database name sent as X-Time-Zone so GetResponse reports dates in it (e.g. "Europe/Warsaw").
        max_rate_limit_wait: the most one call sleeps for rate limits, summed over all its retries (a budget per
            call, not a cap per wait); when the wait GetResponse names does not fit in what is left, the call raises
            RateLimitError at once. Default 60 s; 0: never wait for a rate limit.
        user_agent: User-Agent header; default names this client, Python and httpx versions.
        rate_limit: True turns on the client-side limiter (80/s, 10 concurrent, 30,000 per 10 minutes).
        max_response_size: the most bytes of a response body the client reads (after decompression, of any status)
            before raising ResponseTooLargeError. Default 32 MiB.
        servers: the servers table (name -> base URL); default: the three GetResponse hosts.
        servers_requiring_domain: names in ``servers`` that need ``domain``; default: the two MAX hosts.
        product: the first word of the default User-Agent (the generated client names its version and spec stamp).
        env: where environment fallbacks are read; default ``os.environ``.

    Raises:
        ConfigurationError: with a message naming the problem (never the secret itself).
    """

    # A slotted class, not a frozen dataclass: creating a dataclass (and importing dataclasses) cost every client
    # about 1.5 ms of import time. Immutability, equality and hashing are the few lines at the end.
    __slots__ = (
        "access_token",
        "api_key",
        "base_url",
        "deadline",
        "domain",
        "max_rate_limit_wait",
        "max_response_size",
        "max_retries",
        "rate_limit",
        "server",
        "time_zone",
        "timeout",
        "user_agent",
    )
    api_key: str | None
    access_token: str | None
    domain: str | None
    server: str | None
    base_url: str
    timeout: httpx.Timeout
    deadline: float | None
    """Seconds each attempt may take in all (from a numeric ``timeout``); None: no overall deadline."""
    max_retries: int
    time_zone: str | None
    max_rate_limit_wait: float
    user_agent: str
    rate_limit: bool
    max_response_size: int

    def __init__(
        self,
        *,
        servers: Mapping[str, str] | None = None,
        servers_requiring_domain: Collection[str] | None = None,
        product: str = "getresponse-client",
        env: Mapping[str, str] | None = None,
        **settings: Unpack[ClientSettings],
    ) -> None:
        unknown = set(settings) - _SETTING_NAMES
        if unknown:
            raise TypeError(f"unknown client setting(s): {', '.join(sorted(unknown))}")
        values: dict[str, Any] = dict(settings)
        api_key: str | None = values.get("api_key")
        access_token: str | None = values.get("access_token")
        domain: str | None = values.get("domain")
        server: str | None = values.get("server")
        base_url: str | None = values.get("base_url")
        time_zone: str | None = values.get("time_zone")
        environ: Mapping[str, str] = os.environ if env is None else env
        table = dict(DEFAULT_SERVERS if servers is None else servers)
        needs_domain = frozenset(
            DEFAULT_SERVERS_REQUIRING_DOMAIN if servers_requiring_domain is None else servers_requiring_domain
        )

        # Credentials: arguments first; the environment only when no credential was passed.
        if api_key is None and access_token is None:
            api_key = _env(environ, ENV_API_KEY)
            access_token = _env(environ, ENV_ACCESS_TOKEN)
            source = f" (from the environment: {ENV_API_KEY} and {ENV_ACCESS_TOKEN} are both set)"
        else:
            source = ""
        if api_key is not None and access_token is not None:
            raise ConfigurationError(f"pass either api_key or access_token, not both{source}")
        if api_key is None and access_token is None:
            raise ConfigurationError(
                f"no credentials: pass api_key= (or set {ENV_API_KEY}) or access_token= (or set {ENV_ACCESS_TOKEN})"
            )
        if api_key is not None:
            api_key = _clean_secret(api_key, name="api_key", prefix="api-key")
        if access_token is not None:
            access_token = _clean_secret(access_token, name="access_token", prefix="bearer")

        # Where requests go.
        if server is not None and base_url is not None:
            raise ConfigurationError(
                f"pass either server= or base_url=, not both (got server={server!r}, base_url={base_url!r})"
            )
        if server is None and base_url is None:
            base_url = _env(environ, ENV_BASE_URL)
            if base_url is None:
                server = DEFAULT_SERVER
        if server is not None:
            if server not in table:
                known = ", ".join(repr(name) for name in table)
                raise ConfigurationError(f"unknown server {server!r}; known servers: {known}")
            resolved_url = _clean_base_url(table[server])
            domain_required = server in needs_domain
        else:
            assert base_url is not None
            resolved_url = _clean_base_url(base_url)
            domain_required = _host(resolved_url) in {_host(table[name]) for name in needs_domain if name in table}

        # GetResponse MAX domain.
        if domain is None:
            domain = _env(environ, ENV_DOMAIN)
        if domain is not None:
            domain = _clean_domain(domain)
        if domain_required and domain is None:
            where = f"server {server!r}" if server is not None else f"base_url {resolved_url!r}"
            raise ConfigurationError(
                f"{where} is a GetResponse MAX host and needs the account's domain: "
                f"pass domain='example.com' (or set {ENV_DOMAIN}); it is sent as the X-Domain header"
            )

        if time_zone is not None:
            time_zone = time_zone.strip()
            if not re.match(_TIME_ZONE_PATTERN, time_zone):
                raise ConfigurationError(
                    f"time_zone must be a tz database name such as 'Europe/Warsaw' or 'UTC'; got {time_zone!r}"
                )

        set_ = object.__setattr__
        set_(self, "api_key", api_key)
        set_(self, "access_token", access_token)
        set_(self, "domain", domain)
        set_(self, "server", server)
        set_(self, "base_url", resolved_url)
        timeout = values.get("timeout", DEFAULT_TIMEOUT)
        set_(self, "timeout", clean_timeout(timeout))
        set_(self, "deadline", deadline_of(timeout))
        set_(self, "max_retries", clean_max_retries(values.get("max_retries", DEFAULT_MAX_RETRIES)))
        set_(self, "time_zone", time_zone)
        wait = values.get("max_rate_limit_wait", DEFAULT_MAX_RATE_LIMIT_WAIT)
        set_(self, "max_rate_limit_wait", _clean_seconds(wait, name="max_rate_limit_wait"))
        set_(self, "user_agent", _clean_user_agent(values.get("user_agent"), product))
        set_(self, "rate_limit", bool(values.get("rate_limit", False)))
        size = values.get("max_response_size", DEFAULT_MAX_RESPONSE_SIZE)
        set_(self, "max_response_size", clean_max_response_size(size))

    @property
    def auth_scheme(self) -> str:
        """ "api_key" or "access_token": which credential the client sends."""
        return "api_key" if self.api_key is not None else "access_token"

    def headers(self) -> dict[str, str]:
        """Headers every request carries: credentials, X-Domain, X-Time-Zone, User-Agent, Accept."""
        result = {"User-Agent": self.user_agent, "Accept": "application/json"}
        if self.api_key is not None:
            result["X-Auth-Token"] = f"api-key {self.api_key}"
        if self.access_token is not None:
            result["Authorization"] = f"Bearer {self.access_token}"
        if self.domain is not None:
            result["X-Domain"] = self.domain
        if self.time_zone is not None:
            result["X-Time-Zone"] = self.time_zone
        return result

    def __repr__(self) -> str:
        fields = [
            f"base_url={self.base_url!r}",
            f"server={self.server!r}",
            f"auth={self.auth_scheme!r}",
            f"domain={self.domain!r}",
            f"time_zone={self.time_zone!r}",
            f"timeout={self.timeout!r}",
            f"max_retries={self.max_retries!r}",
            f"max_rate_limit_wait={self.max_rate_limit_wait!r}",
            f"rate_limit={self.rate_limit!r}",
            f"max_response_size={self.max_response_size!r}",
        ]
        return f"ClientConfig({', '.join(fields)})"

    __str__ = __repr__

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"ClientConfig is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"ClientConfig is immutable: cannot delete {name!r}")

    # Immutable, so a copy is the config itself; a pickle restores the slots past __setattr__.
    def __copy__(self) -> ClientConfig:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> ClientConfig:
        return self

    def __getstate__(self) -> tuple[object, ...]:
        return self._values()

    def __setstate__(self, state: tuple[object, ...]) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not ClientConfig:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:  # without the timeout: httpx.Timeout is not hashable
        return hash(tuple(value for value in self._values() if not isinstance(value, httpx.Timeout)))


def _env(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name)
    if value is None or not value.strip():
        return None
    return value


def _clean_secret(value: str, *, name: str, prefix: str) -> str:
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    cleaned = value.strip()
    if cleaned.lower().startswith(prefix + " "):
        cleaned = cleaned[len(prefix) + 1 :].strip()
    if not cleaned:
        raise ConfigurationError(f"{name} is empty")
    if not re.match(_TOKEN_PATTERN, cleaned):
        # The value is a secret: describe the problem without echoing it.
        raise ConfigurationError(f"{name} contains whitespace or characters that cannot go in an HTTP header")
    return cleaned


def _clean_domain(value: str) -> str:
    if not isinstance(value, str):
        raise ConfigurationError(f"domain must be a string, not {type(value).__name__}")
    if re.match(_DOMAIN_PATTERN, value):
        return value.lower()
    if "://" in value:
        hint = "drop the scheme"
    elif any(ch.isspace() for ch in value):
        hint = "remove the whitespace"
    elif "/" in value:
        hint = "drop the path"
    elif ":" in value:
        hint = "drop the port"
    else:
        hint = "use a domain name of letters, digits, hyphens and dots (punycode for international names)"
    raise ConfigurationError(
        f"domain must be a bare domain name such as 'example.com' for the X-Domain header; got {value!r} ({hint})"
    )


def _clean_base_url(value: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"base_url must be a non-empty http(s) URL; got {value!r}")
    text = value.strip()
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {value!r} ({exc})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an absolute http(s) URL such as 'https://host/v3'; got {value!r}")
    if url.query or url.fragment:
        raise ConfigurationError(f"base_url must not have a query string or fragment; got {value!r}")
    return text.rstrip("/")


def _host(url: str) -> str:
    try:
        return httpx.URL(url).host.lower()
    except (httpx.InvalidURL, ValueError, TypeError):
        return ""


def clean_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"timeout must be seconds (a number), an httpx.Timeout or None; got {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds; got {value!r}")
    return httpx.Timeout(float(value))


def deadline_of(value: float | httpx.Timeout | None) -> float | None:
    """The per-attempt deadline a (checked) timeout setting gives: its seconds for a number, else None."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def clean_max_response_size(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(
            f"max_response_size must be a whole number of bytes >= 1 (e.g. 64 * 1024 * 1024); got {value!r}"
        )
    return value


def clean_max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0; got {value!r}")
    return value


def _clean_seconds(value: float, *, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ConfigurationError(f"{name} must be a number of seconds >= 0; got {value!r}")
    return float(value)


def _clean_user_agent(value: str | None, product: str) -> str:
    if value is None:
        return _default_user_agent(product)
    if not isinstance(value, str) or not value.strip() or any(ch in value for ch in "\r\n"):
        raise ConfigurationError(f"user_agent must be a non-empty single-line string; got {value!r}")
    return value.strip()
