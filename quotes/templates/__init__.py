"""Jinja templates, CSS and script of the HTML reports; package data, read by `quotes.templating`."""
