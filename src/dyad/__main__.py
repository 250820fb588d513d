import sys

from dyad.cli import main

sys.exit(main())
