"""``python -m frontwire`` runs the CLI: the same app as the ``frontwire`` console script.

Why: a checkout on ``PYTHONPATH`` (a worktree, a CI job without an install) can run the CLI
without reinstalling the package.
"""

from frontwire.cli import app

app(prog_name="frontwire")
