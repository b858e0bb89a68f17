"""`python -m quotes ...`: the `quotes` command where the script is not on the PATH (a virtual environment
not activated, a checkout run in place)."""

from quotes.cli import main

main()
