"""egovcheck: check Vietnamese IT-application plans against national programme targets."""

__version__ = "0.1.0"
