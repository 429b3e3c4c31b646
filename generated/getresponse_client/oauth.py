"""OAuth 2.0 for apps acting for many GetResponse accounts (from the runtime): OAuthApp, Token and their errors.

app = OAuthApp(client_id, client_secret, redirect_uri="https://app.example.com/back")
redirect_user_to(app.authorization_url(state=state))
token = app.exchange_code(code)
client = GetResponse(oauth=app, token=token, on_token=store)  # renewed before expiry and after a 401
"""

from getresponse_runtime.oauth import (
    InvalidClientError,
    InvalidGrantError,
    InvalidScopeError,
    OAuthApp,
    OAuthError,
    OAuthRequestError,
    Token,
    UnauthorizedClientError,
    UnsupportedGrantTypeError,
)

__all__ = [
    "InvalidClientError",
    "InvalidGrantError",
    "InvalidScopeError",
    "OAuthApp",
    "OAuthError",
    "OAuthRequestError",
    "Token",
    "UnauthorizedClientError",
    "UnsupportedGrantTypeError",
]
