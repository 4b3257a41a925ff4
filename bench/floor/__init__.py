"""The floor of the page benchmark: the least a Django page costs under the site's gunicorn.

A constant view behind the MIDDLEWARE list `django-admin startproject` writes, served by the
same gunicorn command as the site (magazine.wsgi reads DJANGO_SETTINGS_MODULE), so the ratio
of a page's throughput to the floor's says what the page itself costs.
"""
