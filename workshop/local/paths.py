"""Where the data files live: `resources/` beside the packages, data only."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
