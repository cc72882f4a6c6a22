"""nkwatch: watch North Korean state media and measure how they regard the world.

>>> import nkwatch
>>> nkwatch.__version__
'0.1.0'
"""

__version__ = "0.1.0"
