"""Shared fixtures and hypothesis profiles.

The `ci` profile (chosen when `CI` is set, as in `.ci/run`) runs many more
examples; `dev` is the quick default.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

HERE = Path(__file__).parent
SEEDS = HERE / "seeds"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five seed reports by file stem."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((SEEDS / "texts").glob("*.txt"))}
