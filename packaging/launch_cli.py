"""Entry point of the bundled ``clusterprio-cli`` (PyInstaller runs this file)."""

import sys

from mcda.cli import main

if __name__ == "__main__":
    sys.exit(main())
