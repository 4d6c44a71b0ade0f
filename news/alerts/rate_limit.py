"""Keys for the e-mail alerts' rate limits (the counting is core/throttling.py's)."""

from django.utils.crypto import salted_hmac

# Mail providers deliver these variants of one address to one mailbox: count them together.
# (Only for counting: the address is stored and written to as typed.)


def mailbox(email):
    """'"Ana.B+news"@Example.org' -> 'ana.b@example.org': the address without quotes or +tag, lower case."""
    local, _, domain = email.rpartition("@")
    local = local.strip('"').split("+", 1)[0]
    return f"{local}@{domain}".lower()


def address_key(email):
    """The cache key counting confirmation links sent to this mailbox.

    A keyed hash (HMAC with SECRET_KEY), so the cache holds no address and no
    hash a dictionary of addresses could reverse.
    """
    digest = salted_hmac("news.alerts.rate_limit", mailbox(email), algorithm="sha256").hexdigest()
    return f"alert-confirmations:{digest}"
