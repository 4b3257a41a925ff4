"""A Python interpreter that notes each time it is started, for the tests of what starts it."""

import sys
from pathlib import Path


def recording_python(folder: Path, calls: Path) -> Path:
    """An executable in `folder` that adds a line to `calls` each time it runs, then runs this
    interpreter with its arguments."""
    script = folder / "python"
    script.write_text(f'#!/bin/sh\necho started >> {calls}\nexec {sys.executable} "$@"\n')
    script.chmod(0o755)
    return script
