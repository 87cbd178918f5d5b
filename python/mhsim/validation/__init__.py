"""The validation of the model against published figures: one table of targets
(targets.toml), the settings each is measured in, and the report `make validate` writes.

    table = mhsim.validation.validate(size=200_000, n=2)   # a row per target: model, target, status
    mhsim.validation.targets()                              # the targets as written in targets.toml
"""

from .measure import validate
from .table import Setting, Target, TargetsTableError, settings, targets

__all__ = ["Setting", "Target", "TargetsTableError", "settings", "targets", "validate"]
