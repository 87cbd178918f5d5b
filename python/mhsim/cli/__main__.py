"""``python -m mhsim.cli``: the ``mhsim`` command."""

import sys

from . import main

sys.exit(main())
