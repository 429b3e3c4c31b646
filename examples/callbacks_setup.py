"""Turn GetResponse callbacks on, read the setup back, and (with --disable) turn them off.

    GETRESPONSE_API_KEY=... python examples/callbacks_setup.py https://example.com/getresponse-callback
    GETRESPONSE_API_KEY=... python examples/callbacks_setup.py --disable

GetResponse then calls the URL for each enabled action; serve it with
getresponse_client.callbacks.make_wsgi_app / make_asgi_app.
"""

from __future__ import annotations

import argparse

from getresponse_client import GetResponse
from getresponse_client.models import CallbackActions


def enable(client: GetResponse, url: str) -> None:
    actions = CallbackActions(open_=True, click=True, subscribe=True, unsubscribe=True, goal=True, survey=True)
    client.accounts.update_callbacks(url=url, actions=actions)


def describe(client: GetResponse) -> str:
    setup = client.accounts.get_callbacks()
    actions = setup.actions.to_dict() if isinstance(setup.actions, CallbackActions) else {}
    enabled = [name for name, on in actions.items() if on is True]
    return f"callbacks go to {setup.url}: {', '.join(enabled) or 'no actions'}"


def main(argv: list[str] | None = None, client: GetResponse | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", nargs="?", help="the callback URL to enable")
    parser.add_argument("--disable", action="store_true", help="turn callbacks off")
    args = parser.parse_args(argv)
    with client or GetResponse() as gr:  # the API key comes from GETRESPONSE_API_KEY
        if args.disable:
            gr.accounts.disable_callbacks()
            return "callbacks disabled"
        if args.url:
            enable(gr, args.url)
        return describe(gr)


if __name__ == "__main__":
    print(main())
