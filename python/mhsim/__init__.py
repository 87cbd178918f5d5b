"""mhsim: agent-based, discrete-event simulation of mental health system reform.

The engine is C++ (``mhsim._core``); this package is where users live::

    import mhsim
    scenario = mhsim.Scenario.load("scenarios/baseline.toml").with_overrides({"population.size": 20000})
    results = mhsim.run(scenario, seed=1)
    results.summary()

``mhsim.figures()`` lists every summary figure with its unit and meaning; a comparison's
``headline()`` is the short table a ministry reads first (``mhsim.headline``), and its
``report(path)`` the offline HTML report (``mhsim.report``).

Research workflow: ``replicate`` (replications with intervals), ``compare``
(a baseline against reforms on common random numbers), ``sweep`` over a design
from ``mhsim.designs`` on any executor (Dask included), ``sensitivity``, and
``calibrate`` (fit scenario keys to target figures with Optuna).
"""

from . import designs, headline
from ._core import ResultsFileError, ScenarioError
from ._core import __version__ as __version__
from .calibrate import Calibration, Target, calibrate
from .catalogue import UnknownFigureError, figures
from .checkpoint import BurnIn, burn_in
from .compare import Comparison, compare
from .library import scenario_library
from .replicate import Replications, replicate
from .results import Results, load_results
from .run import run
from .scenario import Scenario
from .sensitivity import SensitivityResult, sensitivity
from .sweep import SweepResult, sweep

__all__ = [
    "BurnIn",
    "Calibration",
    "Comparison",
    "Replications",
    "Results",
    "ResultsFileError",
    "Scenario",
    "ScenarioError",
    "SensitivityResult",
    "SweepResult",
    "Target",
    "UnknownFigureError",
    "__version__",
    "burn_in",
    "calibrate",
    "compare",
    "designs",
    "figures",
    "headline",
    "load_results",
    "replicate",
    "run",
    "scenario_library",
    "sensitivity",
    "sweep",
]


def __getattr__(name: str):
    # mhsim.report loads plotly and jinja2, so it is imported when first used, not with mhsim.
    if name == "report":
        import importlib

        return importlib.import_module(".report", __name__)
    raise AttributeError(f"module 'mhsim' has no attribute {name!r}")
