"""The HTTP backend of the Office add-in and the web page: `create_app` builds the Flask app."""

from cf_excel.server.app import create_app

__all__ = ["create_app"]
