"""``python -m mcda`` is ``clusterprio-cli``."""

import sys

from mcda.cli import main

if __name__ == "__main__":
    sys.exit(main())
