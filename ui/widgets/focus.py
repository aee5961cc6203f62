"""The console's Tab order, declared: Qt's default follows the order widgets were created in, and
pages rebuilt for each card (the options, "Reveal inject") would land at the end of the chain."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtWidgets import QWidget


def chain_focus(widgets: Sequence[QWidget]) -> None:
    """Tab goes through `widgets` in this order (hidden or disabled ones are skipped by Qt)."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)
