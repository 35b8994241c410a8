"""Shared fixtures: paths to the repo's seed article and fixtures (never ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_TXT = ROOT / "seeds" / "000_9f4e31e1b15dc781.txt"
SEED_GOLD = ROOT / "seeds" / "000_9f4e31e1b15dc781.json"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))
