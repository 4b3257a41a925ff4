"""The project's tests.

The helpers they share are registered for pytest's assertion rewriting, as test modules are:
a failing assert in a helper shows what it compared, and it still runs under `python -O`,
which strips plain asserts (gunicorn runs the site at level 2: the suite can run so too).
"""

import pytest

pytest.register_assert_rewrite("tests.support", "tests.factories", "tests.browser.admin")
