"""``python -m tasker_qt``: the desktop app. Kept import-light: worker processes re-import it."""

import sys


def main() -> int:
    from tasker_qt.app import main as app_main

    return app_main()


if __name__ == "__main__":
    sys.exit(main())
