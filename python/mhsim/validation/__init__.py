"""The validation of the model against published figures: one table of targets
(targets.toml), the settings each is measured in, and the report `make validate` writes.

    table = mhsim.validation.validate(size=200_000, n=2)  # a row per target: model, target, status
    mhsim.validation.targets()                             # the targets as written in targets.toml

A target's figure from replications made elsewhere (a calibration's trial, say):
``figure_value(target, [Measured(replications) for each of target.settings])``.
"""

from .measure import figure_value, setting_scenario, validate
from .measured import Measured
from .table import Setting, Target, TargetsTableError, settings, targets

__all__ = [
    "Measured",
    "Setting",
    "Target",
    "TargetsTableError",
    "figure_value",
    "setting_scenario",
    "settings",
    "targets",
    "validate",
]
