"""WhiteNoise, serving the static files, with a year's life for the names that carry a hash."""

from whitenoise.middleware import WhiteNoiseMiddleware


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    """WhiteNoise's middleware: a hashed name is `immutable` for a year, not ten.

    A hashed name (`css/magazine.2570762d77ba.css`, from the manifest collectstatic writes)
    never changes content, so browsers and caches keep it without asking again. A year is
    the longest lifetime HTTP/1.1 allowed (RFC 2616, 14.21) and what caches and audits
    expect; WhiteNoise's ten years gain nothing over it. Other names keep WhiteNoise's
    minute (WHITENOISE_MAX_AGE's default).
    """

    FOREVER = 365 * 24 * 60 * 60
