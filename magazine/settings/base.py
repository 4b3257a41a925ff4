"""Settings shared by every environment; safe by default (DEBUG off, no secret)."""

from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from wagtail.embeds import oembed_providers

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE

from .storage import media_origin

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "magazine"

# The environment variables the site reads are declared here once, with their type and
# default. Read elsewhere: SECRET_KEY (production requires it and has no default; the
# demo generates one), and the test and benchmark settings' own database and cache URLs.
env = environ.Env(
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, ["localhost", "127.0.0.1", "[::1]"]),
    CSRF_TRUSTED_ORIGINS=(list, []),
    TRUSTED_PROXIES=(list, []),
    DATABASE_URL=(str, ""),
    REDIS_URL=(str, ""),
    MEDIA_ROOT=(str, str(BASE_DIR / "var" / "media")),
    MEDIA_URL=(str, "/media/"),
    AWS_STORAGE_BUCKET_NAME=(str, ""),
    AWS_S3_ENDPOINT_URL=(str, ""),
    AWS_S3_REGION_NAME=(str, ""),
    AWS_S3_CUSTOM_DOMAIN=(str, ""),
    WAGTAILADMIN_BASE_URL=(str, "http://127.0.0.1:8000"),
    DEFAULT_FROM_EMAIL=(str, "Magazine <redaction@magazine.localhost>"),
    EMAIL_URL=(str, "consolemail://"),
    SECURE_HSTS_SECONDS=(int, 31536000),
    SECURE_HSTS_PRELOAD=(bool, False),
    SECURE_SSL_REDIRECT=(bool, True),
    FRONTEND_CACHE_URL=(str, ""),
    ADMIN_PATH=(str, "admin/"),
)

DEBUG = env("DEBUG")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")
# The reverse proxies (addresses or networks) whose X-Forwarded-For is believed when they
# connect; otherwise a reader's address is REMOTE_ADDR (magazine/comments/spam.py).
TRUSTED_PROXIES = env("TRUSTED_PROXIES")
# Where the admin answers, e.g. `redaction-4f2a/`: off the /admin/ that robots try on every
# site. Written with or without slashes; never the site's root, which the pages hold.
ADMIN_PATH = env("ADMIN_PATH").strip("/") + "/"
if ADMIN_PATH == "/":
    raise ImproperlyConfigured("ADMIN_PATH must name a path, such as admin/.")

INSTALLED_APPS = [
    "home",
    "search",
    "magazine.newsroom",
    "magazine.feeds",
    "magazine.seo",
    "magazine.wordpress",
    "magazine.articles",
    "magazine.comments",
    "magazine.authors",
    "magazine.pages",
    "magazine.social",
    "magazine.tags",
    "magazine.reviews",
    "magazine.series",
    "magazine.cache",
    "csp",
    # Wagtail's images, documents, snippets and redirects without the API v3 they would
    # build at start-up, which the site neither installs nor serves (magazine/wagtail_apps.py).
    "magazine.wagtail_apps.RedirectsConfig",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "magazine.wagtail_apps.SnippetsConfig",
    "magazine.wagtail_apps.DocumentsConfig",
    "magazine.wagtail_apps.ImagesConfig",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # /healthz for the cache in front: before host checks and the HTTPS redirect.
    "magazine.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Above WhiteNoise, so static files carry them too: what a response may load, embed or
    # use, and who may load it (magazine/headers.py).
    "magazine.headers.CrossOriginResourcePolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "magazine.headers.ContentSecurityPolicyMiddleware",
    # WhiteNoise: hashed static files kept a year, Brotli or gzip as the client accepts.
    "magazine.cache.static_files.StaticFilesMiddleware",
    # Above the session, message and CSRF middleware: it sees the cookies they set.
    "magazine.cache.policy.CacheControlMiddleware",
    # Every admin response, the sign-in and lockout pages and JSON included, says noindex.
    "magazine.newsroom.noindex.AdminNoIndexMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Pieces of pages kept in the cache: their generation read once per request, the site
    # from the cache below CommonMiddleware, which refuses hosts outside ALLOWED_HOSTS.
    "magazine.cache.generations.ContentGenerationMiddleware",
    "magazine.cache.sites.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # WordPress' /?p=12 addresses reach the home page, which Wagtail's redirects never see.
    "magazine.wordpress.middleware.WordPressQueryRedirectMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "magazine.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "magazine.wsgi.application"

# An empty DATABASE_URL means "the embedded SQLite file"; settings modules decide.
DATABASES = {
    "default": env.db_url_config(env("DATABASE_URL"))
    if env("DATABASE_URL")
    else {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "var" / "db.sqlite3"}
}
DATABASES["default"].setdefault("CONN_MAX_AGE", 60)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out sign-in before Django checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# The admin's sign-in (django-axes, attempts in its database tables): five wrong passwords for
# one username from one address lock that pair. By username and address together, so that
# a stranger cannot lock an editor out by typing their name; strong passwords (the validators
# below) answer guessing spread over many addresses. Half an hour: online guessing gets
# at most 240 tries a day per name and address, and an editor who mistyped is back after a
# coffee, or at once with `manage.py axes_reset_username <name>`. Another wrong password
# while locked restarts the half hour (axes' default); a right one clears the count.
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_RESET_ON_SUCCESS = True
# The address behind TRUSTED_PROXIES, as the comment rate limits see it.
AXES_CLIENT_IP_CALLABLE = "magazine.client_ip.client_ip"
AXES_LOCKOUT_TEMPLATE = "newsroom/lockout.html"
# No record of successful sign-ins (addresses and browsers of editors kept for ever): failed
# attempts alone are stored, and deleted at the first sign-in after their cool-off.
AXES_DISABLE_ACCESS_LOG = True
# Django's own admin is not installed; axes would register its models there.
AXES_ENABLE_ADMIN = False
# An editor signs in once for a working day, a long one included: a session ends 12 hours
# after sign-in (it is not renewed by activity), so one left open on a shared computer does
# not outlive the day, and no one is sent to the sign-in page in the middle of an article.
# Unticking « Se souvenir de moi » at sign-in also ends it when the browser closes (Wagtail).
SESSION_COOKIE_AGE = 12 * 3600

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# French first: readers and editors read French, dates are French.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
# The admin's date pickers show and read French dates: day/month/year and a 24-hour clock.
# Django's French input formats parse them (and ISO dates still), so scheduling round-trips.
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = env("MEDIA_ROOT")
MEDIA_URL = env("MEDIA_URL")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Without Redis (the demo), files on disk: gunicorn's workers and the scheduler are separate
# processes, and must see the same cache (a publish renews what they all serve).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": BASE_DIR / "var" / "cache",
    }
}
# Redis (production, tests): a cache that stops answering makes the site slower, never broken;
# comments then wait for moderation, their rate limits unknown (magazine/comments/spam.py).
REDIS_CACHE_OPTIONS = {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1}
# Pages for anonymous readers (magazine/cache/policy.py): browsers keep them a minute, the
# cache in front (Varnish, deploy/varnish/) ten minutes unless a publish purges them first;
# redirects and 404s a minute in both. Keep the comment form's maximum age far above.
CACHE_CONTROL_MAX_AGE = 60
CACHE_CONTROL_S_MAXAGE = 600
CACHE_CONTROL_SHORT_MAX_AGE = 60
# Pieces of pages the site keeps in its own cache (related articles, article bodies) are
# renewed by any publish (magazine/cache/fragments.py); the timeout only frees memory.
PAGE_PIECES_TIMEOUT = 24 * 3600
# How many pieces each process also keeps in its own memory, a minute at most each
# (magazine/cache/local_copies.py): a few megabytes.
PAGE_PIECES_LOCAL_ENTRIES = 500
# Comments: how many one address (network) or one e-mail may post, per window in seconds.
COMMENTS_RATE_LIMITS = {"ip": (5, 600), "email": (3, 600)}
# The comment form's time trap: sent sooner than this after the page was made, it is a robot;
# later than the maximum age, the form is refused politely (keep cached pages younger).
COMMENTS_MIN_DELAY = 2
COMMENTS_FORM_MAX_AGE = 3 * 24 * 3600

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Django's defaults, stated: a request's fields (a long article's body included) up to 2.5 MB,
# and an uploaded file over 2.5 MB is written to a temporary file rather than held in memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Our own setting (magazine/headers.py): no other site may load what this one serves.
SECURE_CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
# Previews are framed by the admin itself: Wagtail marks them SAMEORIGIN, and the
# Content-Security-Policy's frame-ancestors follows (magazine/headers.py).
X_FRAME_OPTIONS = "DENY"
# Cookies (session, CSRF, messages, language) are sent on top-level navigation from other
# sites (a link in a workflow e-mail), never on their requests; production adds Secure.
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True

# The oEmbed providers whose players articles may embed (the `embed` block), each with the
# origins its player is framed from. Any other address is shown as a plain link: a social
# post's embed needs its provider's script, which the Content-Security-Policy refuses.
EMBED_PROVIDERS = {
    "youtube": ["https://www.youtube.com", "https://www.youtube-nocookie.com"],
    "vimeo": ["https://player.vimeo.com"],
}
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [getattr(oembed_providers, name) for name in EMBED_PROVIDERS],
    }
]
# The players are sized by the stylesheet (aspect-ratio): Wagtail's responsive embeds would
# print an inline style, which the Content-Security-Policy refuses.
WAGTAILEMBEDS_RESPONSIVE_HTML = False

# Where images come from besides the site itself: the media bucket or its CDN.
MEDIA_ORIGIN = media_origin(
    env("MEDIA_URL"),
    bucket_name=env("AWS_STORAGE_BUCKET_NAME"),
    endpoint_url=env("AWS_S3_ENDPOINT_URL"),
    custom_domain=env("AWS_S3_CUSTOM_DOMAIN"),
)
# Public pages: the same HTML for every reader, cached (magazine/cache/policy.py), so no
# nonce; no inline script or style, nothing from another origin but media and players.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, *([MEDIA_ORIGIN] if MEDIA_ORIGIN else [])],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": sorted({origin for origins in EMBED_PROVIDERS.values() for origin in origins}),
        "form-action": [SELF],
        "base-uri": [NONE],
        "object-src": [NONE],
        "frame-ancestors": [NONE],
    },
}
# The Wagtail admin (magazine/headers.py): what it needs beyond the public policy. Its
# pages hold inline scripts (the editor's blocks and widgets start from them) and its
# scripts write style elements; its pages are private, never cached, signed-in editors only.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        # The editor frames the page's preview (and the block chooser's previews).
        "frame-src": [SELF, *CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]],
    },
}
# Nothing a reader's page needs: sensors, devices, payments, interest-based advertising.
# Only features browsers know: Chromium reports an unknown one as an error on every page
# (ambient-light-sensor, bluetooth; tests/browser/test_content_security_policy.py).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

WAGTAIL_SITE_NAME = "Magazine"
# The publication's name in the Google News sitemap, exactly as Google News knows it; empty:
# the Wagtail Site's name, which every page's header prints (magazine/seo/publication.py).
NEWS_PUBLICATION_NAME = ""
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")
WAGTAIL_I18N_ENABLED = False
# Slugs in plain ASCII (« les-jeux-independants »): readable once copied, the same in every
# client; Wagtail transliterates titles, magazine/articles/slugs.py keeps elided words apart.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# A renamed or moved page, its descendants with it, answers its old addresses with a 301
# (wagtail.contrib.redirects). Wagtail's default, stated because bookmarks, links from other
# sites and search engines rely on it; tests/newsroom/test_old_addresses.py.
WAGTAILREDIRECTS_AUTO_CREATE = True
# The admin makes no third-party requests: no release check, no Gravatar (editors' privacy).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Wagtail's database backend, with French text search configurations on PostgreSQL (created by
# the search app's migration); modelsearch's own backend on SQLite. See search/backend.py.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backend",
        "SEARCH_CONFIG": "magazine_french",
        "AUTOCOMPLETE_CONFIG": "magazine_simple",
    },
}
# Purges after each change go through Wagtail's frontend cache to the Varnish at
# FRONTEND_CACHE_URL (e.g. http://127.0.0.1:6081), by cache tag and by URL (magazine/cache).
WAGTAILFRONTENDCACHE = (
    {
        "varnish": {
            "BACKEND": "magazine.cache.backends.VarnishBackend",
            "LOCATION": env("FRONTEND_CACHE_URL"),
        }
    }
    if env("FRONTEND_CACHE_URL")
    else {}
)
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "webp", "gif": "gif"}
# Uploads: images only, in the formats browsers show, never SVG (it may carry script). The
# pixel limit bounds a rendition's memory (about 4 bytes a pixel while Pillow resizes: 200 MB
# at 50 megapixels, still above a 45-megapixel camera's photos); the checks read the image's
# header, so a decompression bomb (a tiny file declaring huge dimensions) is refused before
# anything is decoded. magazine/articles/apps.py gives Pillow the same limit.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
# No block links documents; the document library keeps PDFs only (no HTML or SVG that the
# site's origin would serve), as large as a press kit.
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
TAGGIT_CASE_INSENSITIVE = True
# import_wordpress: the dotted path of a callable (url -> bytes or None) asked for an upload
# that --media-dir lacks. None: the import never reaches the network.
WORDPRESS_MEDIA_FETCHER = None
# Tags are separated by commas and never shown in quotes, whatever their spaces.
TAGGIT_TAGS_FROM_STRING = "magazine.tags.tag_strings.tags_from_string"
TAGGIT_STRING_FROM_TAGS = "magazine.tags.tag_strings.string_from_tags"

DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
EMAIL_CONFIG = env.email_url("EMAIL_URL")
vars().update(EMAIL_CONFIG)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Whether Django itself serves MEDIA_URL; only the local demo turns this on.
SERVE_MEDIA = False
# Whether this is the local demo, whose administrator has a published password.
DEMO = False
