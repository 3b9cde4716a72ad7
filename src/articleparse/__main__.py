"""``python -m articleparse``: the command line."""

from .cli import entry

entry()
