"""Which hosts are private or loopback: the SSRF check and the plain-SMTP rule.

A feed on the public internet must not be able to send us, by a redirect, to an
address inside the machine or its network (a router's admin page, a cloud
metadata service at 169.254.169.254, a local database's HTTP port). A feed the
user configured on such an address is their choice and stays allowed.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

AddressCheck = Callable[[str], bool]
"""literal address -> True when it is not on the public internet (``is_private_address``
or a test's own rule)."""


def _literal_ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address ``text`` spells (an IPv4-mapped IPv6 address as IPv4), or None."""
    try:
        ip = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def is_private_address(address: str) -> bool:
    """A literal IP address that is not on the public internet."""
    ip = _literal_ip(address)
    if ip is None:
        return False
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
            or ip.is_unspecified or ip.is_multicast)


def is_private_host(host: str, is_private: AddressCheck = is_private_address) -> bool:
    """True when ``host`` is a private literal or resolves to any private address
    (``is_private`` judges each address).

    A name that does not resolve is not private: the fetch fails on its own.
    """
    host = host.strip("[]")
    if is_private(host):
        return True
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return False
    return any(is_private(str(info[4][0])) for info in infos)


def is_loopback_host(host: str) -> bool:
    """``localhost`` (or a name under ``.localhost``) or a literal loopback address.

    Decided without resolving names, so that a config check gives the same answer
    on every machine.
    """
    host = host.strip().strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    ip = _literal_ip(host)
    return ip is not None and ip.is_loopback


PLAIN_LOGIN_REFUSED = ("\"none\" sends the login in clear, allowed only to localhost; "
                       "use starttls or ssl for {host}")
