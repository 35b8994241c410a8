"""Subcommands of the ``summit-nlp`` CLI, one module each (see ``summit_nlp.cli``)."""
