"""`python -m bench.faults` (`make faults`): the faults survived, in one table."""

import sys

from . import run


def main() -> int:
    try:
        return 0 if run() else 1
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
