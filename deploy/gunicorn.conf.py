"""gunicorn's configuration for Magazine: `PYTHONOPTIMIZE=2 gunicorn -c deploy/gunicorn.conf.py`.

PYTHONOPTIMIZE=2 (python -OO) leaves docstrings and asserts out of the bytecode: about 5 MiB
less in each worker. Compile the bytecode ahead (`python -m compileall -o 2` over the
virtualenv and the project, as the Makefile does): a master that compiles what it imports
starts about 2 s later and leaves about 10 MiB more in every worker.

Read by gunicorn (https://gunicorn.org/reference/settings/) from the environment it is
started in; an option on the command line (`--bind`) overrides the value set here.

  WEB_CONCURRENCY   worker processes (default 2)
  GUNICORN_BIND     address to listen on (default 127.0.0.1:8000, behind the cache in front)
  TRUSTED_PROXIES   the reverse proxies, comma-separated (the Django setting reads it too):
                    their X-Forwarded-Proto tells gunicorn the request came over HTTPS
"""

import gc
import os
import sys

from gunicorn.arbiter import Arbiter

from magazine.preload import load_before_fork

wsgi_app = "magazine.wsgi:application"
proc_name = "magazine"

bind = [os.environ.get("GUNICORN_BIND") or "127.0.0.1:8000"]
workers = int(os.environ.get("WEB_CONCURRENCY") or 2)
# Sync workers: each takes a connection only when free, so the kernel hands requests to idle
# workers; slow clients wait on Varnish, never on a worker.
worker_class = "sync"

# As long as Varnish waits for a first byte (deploy/varnish/default.vcl): an answer later
# than that reaches nobody, and a worker stuck that long is killed and replaced.
timeout = 30
# On a restart or a stop, requests under way get as long to finish.
graceful_timeout = 30
# Longer than Varnish keeps an idle backend connection (backend_idle_timeout, 60 s), so
# Varnish, not gunicorn, closes it and never sends a request on a connection being closed.
# Sync workers close each connection after its response and ignore this; it applies as
# soon as the workers are threaded (worker_class "gthread").
keepalive = 75

# The application is imported once, in the master, and the workers share its memory: with
# two workers, 200 MiB in all rather than 245 (proportional set sizes, measured), and about
# 70 MiB for each worker more instead of 115. With what each worker loaded for its first
# request loaded there too (when_ready), 157 MiB in all instead of 178, measured under the
# bench's load with production's packages. A new release needs a restart, not a HUP.
preload_app = True


# python -OO's level: docstrings and asserts left out.
OPTIMIZATION_LEVEL = 2


def on_starting(server: Arbiter) -> None:
    """Warn whoever starts gunicorn without PYTHONOPTIMIZE=2 what it costs."""
    if sys.flags.optimize < OPTIMIZATION_LEVEL:
        server.log.warning(
            "Python runs at optimization level %d: each worker holds about 5 MiB more "
            "(docstrings). Start gunicorn with PYTHONOPTIMIZE=%d.",
            sys.flags.optimize,
            OPTIMIZATION_LEVEL,
        )


def when_ready(server: Arbiter) -> None:
    """Load what each worker would load for its first request (magazine/preload.py), then
    move all the master holds out of the garbage collector's sight, before forking.

    A collection in a worker would otherwise write to every object it visits, copying the
    memory the workers share with the master (Python's gc.freeze documentation).
    """
    load_before_fork()
    gc.freeze()


# Each worker is replaced after 1000 to 1200 requests, before memory can creep up; the
# jitter keeps the workers from being replaced all at once.
max_requests = 1000
max_requests_jitter = 200

# The same variable as the Django setting TRUSTED_PROXIES (magazine/settings/base.py): one
# list of proxies for both. Empty: nobody's forwarding headers are believed.
forwarded_allow_ips = os.environ.get("TRUSTED_PROXIES", "")

# The workers' heartbeat file in memory: on a disk-backed /tmp its updates can block a
# worker for as long as the disk is busy (gunicorn's docs, "Blocking os.fchmod").
# gunicorn creates the file with mkstemp (private, unique), hence no S108 worry.
SHARED_MEMORY = "/dev/shm"  # noqa: S108
if os.path.isdir(SHARED_MEMORY):
    worker_tmp_dir = SHARED_MEMORY

# No control socket: nothing here uses gunicornc, and a socket in $HOME is one more door.
control_socket_disable = True

# Requests to standard output, errors to standard error: the service manager keeps both.
accesslog = "-"
