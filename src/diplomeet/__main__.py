"""`python -m diplomeet`: the command line."""

import sys

from diplomeet.cli import main

sys.exit(main())
