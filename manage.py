#!/usr/bin/env python
"""Django's command-line utility; without DJANGO_SETTINGS_MODULE it uses the demo's settings."""

import os
import sys

if __name__ == "__main__":
    # An empty value counts as unset, as some shells and tools export one.
    os.environ["DJANGO_SETTINGS_MODULE"] = (
        os.environ.get("DJANGO_SETTINGS_MODULE") or "magazine.settings.demo"
    )
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
