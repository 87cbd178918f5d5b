#!/bin/sh
# Makes bench/peers/.venv with SimPy and Ciw, the peers mhsim is compared with. Their own
# environment, so they never become dependencies of mhsim. Safe to run again: pip only adds what is missing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -x "$here/.venv/bin/python" ]; then
  python3 -m venv "$here/.venv"
fi
"$here/.venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"
