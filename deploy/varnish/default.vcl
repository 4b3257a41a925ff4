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
    # /healthz?essential answers 200 while the database does, in one query, whatever the
    # load on pages (magazine/health.py); a Redis down makes pages slower, not the server
    # sick. An application that stops answering in time is sick: readers then get the
    # cached pages, however stale, within their grace.
    .probe = {
        .url = "/healthz?essential";
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
    # A page that failed comes back once (vcl_synth) for whatever stale copy there is.
    if (std.healthy(req.backend_hint) && req.restarts == 0) {
        set req.grace = 1m;
    }
    # Static files come from WhiteNoise already compressed, in Brotli as well as gzip.
    # Varnish itself knows gzip only, and after this subroutine it rewrites Accept-Encoding
    # to "gzip" (or removes it): a reader's browser that accepts Brotli is noted here,
    # gets a copy of its own (vcl_hash) and has it fetched in Brotli (vcl_backend_fetch).
    # Pages stay gzip, compressed here (vcl_backend_response).
    unset req.http.X-Brotli;
    if (req.url ~ "^/static/"
        && req.http.Accept-Encoding ~ "(?i)(^|,)\s*br\s*(,|;|$)"
        && req.http.Accept-Encoding !~ "(?i)(^|,)\s*br\s*;\s*q\s*=\s*0(\.0*)?\s*(,|$)") {
        set req.http.X-Brotli = "1";
    }
    return (hash);
}

sub vcl_hash {
    if (req.http.X-Brotli) {
        hash_data("br");
    }
    # Then the built-in: the URL and the host.
}

sub vcl_backend_fetch {
    if (bereq.http.X-Brotli) {
        set bereq.http.Accept-Encoding = "br";
    }
    unset bereq.http.X-Brotli;
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
    # An error of the application never replaces a page readers share: a failed background
    # refresh keeps the stale copy, and a reader's request asks again for it (vcl_synth).
    # Submissions and personal pages (passed) get the application's own answer.
    if (beresp.status >= 500 && (bereq.is_bgfetch || !bereq.uncacheable)) {
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

# The application did not answer: a page readers share is asked again for a stale copy
# (vcl_synth); a submission is told, in French, that it did not go through. The same page
# is written twice: VCL has no constants, and this one is never built from request data.
sub vcl_backend_error {
    if (bereq.is_bgfetch || !bereq.uncacheable) {
        return (abandon);
    }
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "10";
    synthetic({"<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Site momentanément indisponible · Magazine</title></head>
<body><main><h1>Site momentanément indisponible</h1>
<p>Réessayez dans quelques instants. Si vous envoyiez un commentaire, il n'a pas été
enregistré : revenez à la page précédente pour l'envoyer de nouveau.</p></main></body>
</html>
"});
    return (deliver);
}

sub vcl_synth {
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    unset resp.http.Server;
    # A page that failed, once: again, with the whole grace, for a stale copy.
    if (resp.status == 503 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
        return (restart);
    }
    if (resp.status == 503) {
        set resp.http.Content-Type = "text/html; charset=utf-8";
        set resp.http.Cache-Control = "no-store";
        set resp.http.Retry-After = "10";
        synthetic({"<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Site momentanément indisponible · Magazine</title></head>
<body><main><h1>Site momentanément indisponible</h1>
<p>Réessayez dans quelques instants. Si vous envoyiez un commentaire, il n'a pas été
enregistré : revenez à la page précédente pour l'envoyer de nouveau.</p></main></body>
</html>
"});
        return (deliver);
    }
}
