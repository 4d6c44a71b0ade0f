"""The client's network address, as the proxies in front of the site report it.

`TRUSTED_PROXY_COUNT` proxies stand in front of the site (0 by default; 1
behind the TLS proxy of docs/deployment.md). Each appends the address it got
the request from to X-Forwarded-For, and the last one is REMOTE_ADDR. So the
client is the entry the outermost trusted proxy wrote, the count-th from the
right; anything further left came from the client and is never believed. With
no proxy the client is REMOTE_ADDR, whatever X-Forwarded-For says.

django-ipware reads the header. Its `proxy_count` counts the proxies listed in
the header, which leaves out the last one (REMOTE_ADDR), hence the one less.
Not strict: a client that prepends its own entries still gets the address our
proxy wrote rather than the proxy's own.
"""

import ipaddress

from django.conf import settings
from ipware import get_client_ip


def client_address(request):
    """The client's address for throttling (django-axes uses it too: AXES_CLIENT_IP_CALLABLE)."""
    remote_addr = request.META.get("REMOTE_ADDR")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies < 1:
        return remote_addr
    address, _routable = get_client_ip(
        request,
        proxy_count=proxies - 1,
        request_header_order=["HTTP_X_FORWARDED_FOR"],
        strict=False,
    )
    return address or remote_addr


def client_network(request):
    """The client's address for counting requests: an IPv6 address's /64 network, since one
    household or phone is given a whole /64 and could otherwise change address at will."""
    address = client_address(request)
    try:
        parsed = ipaddress.ip_address(address)
    except (TypeError, ValueError):
        return address
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped is not None:  # ::ffff:192.0.2.1 is an IPv4 client
        return str(parsed.ipv4_mapped)
    return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
