"""clusterprio's decision engine: pure Python, numpy, pandas and pymcdm; no Qt."""

__version__ = "0.1.0"
