#!/usr/bin/env python
"""Django's command-line utility; without DJANGO_SETTINGS_MODULE it uses the demo's settings."""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "magazine.settings.demo")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
