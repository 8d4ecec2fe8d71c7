"""Run egovcheck as ``python -m egovcheck``."""

from egovcheck.cli import main

if __name__ == "__main__":
    main()
