"""The ``summit-nlp`` command line: ``main`` builds the parser, one module per subcommand
(``extract``, ``evaluate``, ``corpus``, ``report``) adds its options and runs it."""

from __future__ import annotations

from .main import build_parser, main

__all__ = ["main", "build_parser"]
