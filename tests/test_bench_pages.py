"""The page benchmark (bench/pages.py) reads wrk's output and judges the pages against the floor.

The run itself takes minutes (`make bench`); these check what it relies on: the figures read
from wrk's output, the table, the shares of the floor against the targets, the verdict on
errors, and the workers' memory read from /proc. No timing is asserted.
"""

import os
import shutil
import subprocess
import sys
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bench import wrk
from bench.footprint import Footprint, footprint
from bench.memory import PeakMemory
from bench.pages import (
    FLOOR,
    Row,
    Spike,
    against_floor,
    failures,
    memory_verdict,
    spike_lines,
    table,
)
from tests.support.interpreters import recording_python

# What wrk 4.1 printed for a run with our script, against a server that answered half the
# requests with a 404.
WRK_OUTPUT = """Running 1s test @ http://127.0.0.1:18765
  1 threads and 2 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.93ms    1.74ms  11.83ms   86.06%
    Req/Sec     1.15k   159.41     1.50k    70.00%
  Latency Distribution
     50%    1.21ms
     75%    2.12ms
     90%    4.49ms
     99%    8.88ms
  1148 requests in 1.00s, 1.08MB read
  Non-2xx or 3xx responses: 574
Requests/sec:   1146.89
Transfer/sec:      1.08MB
WRK-RESULT {"requests": 1148, "duration_us": 1000969, "p50_us": 1208, "p99_us": 8875, \
"max_us": 11830, "status": 574, "connect": 0, "read": 2, "write": 1, "timeout": 3}
"""


def result(requests_per_second: float, non_2xx: int = 0, socket_errors: int = 0) -> wrk.WrkResult:
    """A ten-second run at `requests_per_second`."""
    requests = round(requests_per_second * 10)
    return wrk.WrkResult(requests, 10.0, 5.0, 20.0, 30.0, non_2xx, socket_errors)


def rows(**rates: float) -> list[Row]:
    """The floor at 1 000 req/s, and one row per page at its rate."""
    return [
        Row(FLOOR, "/", result(1000), 0, PeakMemory(50 * 1024, 51 * 1024)),
        *(Row(page.replace("_", " "), "/", result(rate), 8) for page, rate in rates.items()),
    ]


def test_the_figures_come_from_the_line_the_script_prints():
    figures = wrk.parse(WRK_OUTPUT)
    assert figures.requests == 1148
    assert figures.seconds == pytest.approx(1.000969)
    assert figures.requests_per_second == pytest.approx(1146.89, abs=0.01)
    assert (figures.p50_ms, figures.p99_ms, figures.max_ms) == (1.208, 8.875, 11.83)


def test_answers_from_400_and_socket_errors_both_count_as_errors():
    figures = wrk.parse(WRK_OUTPUT)
    assert (figures.non_2xx, figures.socket_errors, figures.errors) == (574, 6, 580)


def test_an_output_without_the_result_line_is_refused():
    with pytest.raises(ValueError, match="no result line"):
        wrk.parse(WRK_OUTPUT.replace("WRK-RESULT", "RESULT"))


class OnlyTheHomePage(BaseHTTPRequestHandler):
    """Answers / with 200 and any other path with 404."""

    def do_GET(self) -> None:
        self.send_response(200 if self.path == "/" else 404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_wrk_cycles_through_the_paths_and_counts_the_errors(tmp_path):
    if shutil.which("wrk") is None:
        message = "Debian's wrk is not installed (.ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    server = ThreadingHTTPServer(("127.0.0.1", 0), OnlyTheHomePage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        load = wrk.Load(threads=1, connections=1, seconds=1, timeout=1)
        url = f"http://127.0.0.1:{server.server_port}"
        figures = wrk.run(url, load, tmp_path, ["/", "/nulle-part/"])
    finally:
        server.shutdown()
        server.server_close()
    assert figures.requests > 0
    # One connection asks for each path in turn: half the answers are 404s.
    assert figures.non_2xx in (figures.requests // 2, (figures.requests + 1) // 2)


def test_the_table_aligns_one_line_per_page_under_its_header():
    lines = table([*rows(home=60), Row("article (Varnish)", "/a/", result(12_000))])
    assert lines[0].split() == [
        "page",
        "path",
        "req/s",
        "p50",
        "ms",
        "p99",
        "ms",
        "errors",
        "SQL",
        "RSS",
        "MiB",
        "HWM",
        "MiB",
    ]
    assert lines[1].split() == ["floor", "/", "1000.0", "5.0", "20.0", "0", "0", "50.0", "51.0"]
    assert lines[2].split() == ["home", "/", "60.0", "5.0", "20.0", "0", "8", "-", "-"]
    assert lines[3].split()[-4:] == ["0", "-", "-", "-"]
    assert len({len(line) for line in lines[:3]}) == 1


def test_a_long_path_is_cut_in_the_table():
    path = "/intelligence-artificielle/faire-tourner-un-modele-de-langage-chez-soi/"
    line = table([Row("article", path, result(70))])[1]
    assert "/intelligence-artificielle/faire-tour..." in line
    assert path not in line


def test_each_page_is_a_share_of_the_floor_against_its_target():
    lines = against_floor(rows(home=60, category=40, search=40, feed=20))
    assert lines[0] == "Against the floor (1000.0 req/s):"
    assert lines[1].split()[:3] == ["home", "6.0", "%"]
    assert lines[1].endswith("6.0 %   target ≥ 5 % of the floor: met")
    assert lines[2].endswith("target ≥ 5 % of the floor: NOT met")
    assert lines[3].endswith("target ≥ 4 % of the floor: met")
    assert lines[4].endswith("2.0 %   no target")


def test_the_article_through_varnish_needs_both_three_floors_and_ten_thousand_requests():
    fast_floor = [Row(FLOOR, "/", result(4000)), Row("article (Varnish)", "/a/", result(11_000))]
    slow_floor = [Row(FLOOR, "/", result(900)), Row("article (Varnish)", "/a/", result(9_000))]
    target = "target ≥ 300 % of the floor and ≥ 10,000 req/s"
    assert against_floor(fast_floor)[1].endswith(f"275.0 %   {target}: NOT met")
    assert against_floor(slow_floor)[1].endswith(f"1000.0 %   {target}: NOT met")
    fast_enough = [Row(FLOOR, "/", result(3000)), Row("article (Varnish)", "/a/", result(10_000))]
    assert against_floor(fast_enough)[1].endswith(f"{target}: met")


def test_the_memory_target_is_judged_on_the_site_workers_only():
    heavy_floor = Row(FLOOR, "/", result(1000), 0, PeakMemory(150 * 1024, 160 * 1024))
    site = Row("home", "/", result(60), 8, PeakMemory(90 * 1024, 99 * 1024))
    loaded = Footprint(site_kib=80 * 1024, template_kib=75 * 1024)
    verdict, footprint_line = memory_verdict([heavy_floor, site], loaded)
    assert verdict.endswith("RSS 90.0 MiB, VmHWM 99.0 MiB; target ≤ 100 MiB: met")
    assert footprint_line.endswith(
        "the site 80.0 MiB, Wagtail's own project template (`wagtail start`) 75.0 MiB"
    )
    heavy = Row("search", "/", result(60), 8, PeakMemory(95 * 1024, 120 * 1024))
    assert memory_verdict([heavy_floor, site, heavy], loaded)[0].endswith(
        "VmHWM 120.0 MiB; target ≤ 100 MiB: NOT met"
    )


def test_the_footprint_measures_the_site_and_wagtail_s_project_template():
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "magazine.settings.production",
        "SECRET_KEY": "bench-footprint",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/unused",
        "ALLOWED_HOSTS": "localhost",
    }
    loaded = footprint(environment)
    # Both load Django and Wagtail: tens of MiB each.
    for kib in (loaded.site_kib, loaded.template_kib):
        assert 30 * 1024 < kib < 1024 * 1024


def test_the_footprint_loads_both_with_the_python_that_serves_the_site(tmp_path):
    calls = tmp_path / "calls"
    site_python = recording_python(tmp_path, calls)
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "magazine.settings.production",
        "SECRET_KEY": "bench-footprint",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/unused",
        "ALLOWED_HOSTS": "localhost",
    }
    footprint(environment, python=str(site_python))
    # The site measured, Wagtail's project written, then measured: all three by that Python.
    assert len(calls.read_text().splitlines()) == 3


def test_a_page_answering_errors_fails_the_run_and_a_slow_one_does_not():
    slow = Row("home", "/", result(1))
    broken = Row("tag", "/tags/x/", result(50, non_2xx=3))
    timed_out = Row("search", "/recherche/", result(2, socket_errors=2))
    assert failures([slow]) == []
    assert failures([slow, broken, timed_out]) == [
        "tag (/tags/x/): 3 answer(s) from 400 up, 0 socket error(s) or timeout(s)",
        "search (/recherche/): 0 answer(s) from 400 up, 2 socket error(s) or timeout(s)",
    ]


def test_the_spike_reports_the_origin_rate_and_when_the_article_was_seen():
    load = wrk.Load(connections=256, seconds=30)
    seen = spike_lines(Spike(result(12_000), 22, origin_requests=300, seen_after=1.25), load)
    assert seen[2].endswith("300 requests, 30.0 req/s (target ≤ 50): met")
    assert seen[3].endswith("1.25 s (target ≤ 5 s): met")
    missed = spike_lines(Spike(result(12_000), 22, origin_requests=1600, seen_after=None), load)
    assert missed[2].endswith("160.0 req/s (target ≤ 50): NOT met")
    assert missed[3].endswith("not on the home page within 60 s (target ≤ 5 s)")


def test_the_workers_memory_is_read_from_proc():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])  # noqa: S603
    try:
        peak = PeakMemory()
        peak.sample(os.getpid())
    finally:
        child.kill()
        child.wait()
    assert 0 < peak.rss_kib <= peak.hwm_kib


def test_what_the_publish_logged_is_shown_after_the_spike():
    log = "Couldn't purge tags p3 p9 from Varnish at 127.0.0.1:6081: timed out"
    spike = Spike(result(12_000), 22, origin_requests=1, seen_after=None, publish_log=log)
    assert spike_lines(spike, wrk.Load())[-1] == f"  the publish logged:\n{log}"
    assert "logged" not in spike_lines(replace(spike, publish_log=""), wrk.Load())[-1]


def test_the_benchmarks_start_without_django_s_settings():
    """`make bench` imports its parts before it sets up Django: the demo content and the
    bodies it builds must be plain data."""
    environment = {
        key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"
    }
    result = subprocess.run(  # noqa: S603 -- this interpreter, a fixed command
        [sys.executable, "-m", "bench", "--help"],
        cwd=Path(__file__).resolve().parent.parent,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
