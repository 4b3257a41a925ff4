# Varnish 7 in front of Magazine's gunicorn.
#
# Keeps what the application marks public (Cache-Control: public, s-maxage), for readers
# without a session; drops pages by cache tag when the newsroom publishes (xkey, from Debian's
# varnish-modules); serves stale pages for up to 6 hours while the application is down.
# The application decides what is cacheable (magazine/cache/policy.py); this file only keeps
# personal requests away from the cache, as a second line of defence.
#
# Adjust the backend's address and the purgers ACL, then check with
#   varnishd -C -f "$PWD/deploy/varnish/default.vcl"

vcl 4.1;

import std;
import xkey;

backend magazine {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
    # /healthz answers 200 while the database and the cache do, in one query, whatever the
    # load on pages (magazine/health.py). An application that stops answering in time is
    # sick: readers then get the cached pages, however stale, within their grace.
    .probe = {
        .url = "/healthz";
        .timeout = 2s;
        .interval = 5s;
        .window = 3;
        .threshold = 2;
        .initial = 2;
    }
}

# Who may purge: the application servers (Wagtail's frontend cache, WAGTAILFRONTENDCACHE).
acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # `PURGE /` with X-Purge-Tags: every response carrying one of the tags; otherwise
        # the URL, as Wagtail's HTTP backend sends it.
        if (req.http.X-Purge-Tags) {
            return (synth(200, "Purged " + xkey.purge(req.http.X-Purge-Tags)));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin and its previews, whoever signed in (the session cookie), has a message
    # waiting or sends credentials: pages made for them alone. Cookie names are Django's.
    # The admin's path is the default ADMIN_PATH: where it moves, write its path here too;
    # until then its responses, all `private, no-store`, are still never kept.
    if (req.url ~ "^/admin([/?]|$)"
        || req.http.Authorization
        || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Any other cookie (analytics, a CSRF token left by a form) changes nothing of a public
    # page: dropped, it splits no copy and never reaches the application on a fetch whose
    # response every reader will share.
    unset req.http.Cookie;
    # While the application is healthy, a page past its TTL is served stale for a minute at
    # most while a fresh copy is fetched in the background; when it is sick, for the whole
    # grace of the object.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 1m;
    }
    return (hash);
}

sub vcl_hit {
    set req.http.X-Cache = "HIT";
    if (obj.ttl <= 0s) {
        set req.http.X-Cache = "HIT-STALE";
    }
}

sub vcl_miss {
    set req.http.X-Cache = "MISS";
}

sub vcl_pass {
    set req.http.X-Cache = "PASS";
}

sub vcl_backend_response {
    # A failed background refresh keeps the stale copy rather than replacing it by an error.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # Only what the application marks public is kept, and never with a cookie.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "(?i)\bpublic\b"
        || beresp.http.Cache-Control ~ "(?i)\b(private|no-store|no-cache)\b") {
        set beresp.ttl = 10s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # The TTL is the application's s-maxage (Varnish reads it before max-age).
    set beresp.http.xkey = beresp.http.X-Cache-Tags;
    set beresp.grace = 6h;
    # Compressed here, once per cached copy: only public pages, which hold no secret, so
    # BREACH has nothing to find; private responses (the admin and its CSRF tokens) are
    # never compressed by Varnish. Static files come compressed from WhiteNoise already.
    if (!beresp.http.Content-Encoding
        && beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|atom\+xml|javascript)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }
    return (deliver);
}

sub vcl_deliver {
    set resp.http.X-Cache = req.http.X-Cache;
    # Internal: the tags, and which Varnish served (its version, its transaction ids), and
    # the software behind it (gunicorn names itself): readers need none of it.
    unset resp.http.X-Cache-Tags;
    unset resp.http.xkey;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    unset resp.http.Server;
}

sub vcl_synth {
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    unset resp.http.Server;
}
