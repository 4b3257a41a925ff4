"""The address a request comes from, believing X-Forwarded-For only from trusted proxies.

Comment rate limits (magazine/comments/spam.py) and the admin's sign-in lockout
(`AXES_CLIENT_IP_CALLABLE`) count by it, so both see the same client behind the same proxies.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """Return the client's address: REMOTE_ADDR, unless it is one of TRUSTED_PROXIES.

    Behind trusted proxies, the client is the last address of X-Forwarded-For that is not
    a trusted proxy: each proxy appends the address it saw, so the addresses a client
    writes itself into the header stand to the left of it and are never believed.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = [ipaddress.ip_network(proxy, strict=False) for proxy in settings.TRUSTED_PROXIES]

    def trusted(address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in network for network in proxies)

    if not trusted(remote):
        return remote
    forwarded = [part.strip() for part in request.headers.get("X-Forwarded-For", "").split(",")]
    for address in reversed([part for part in forwarded if part]):
        if not trusted(address):
            return address
    return remote
