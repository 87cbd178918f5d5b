"""mhsim: agent-based, discrete-event simulation of mental health system reform.

The engine is C++ (``mhsim._core``); this package is where users live::

    import mhsim
    scenario = mhsim.Scenario.load("scenarios/baseline.toml").with_overrides({"population.size": 20000})
    results = mhsim.run(scenario, seed=1)
    results.summary()
"""

from ._core import ResultsFileError, ScenarioError
from ._core import __version__ as __version__
from .results import Results, load_results
from .run import run
from .scenario import Scenario

__all__ = ["Results", "ResultsFileError", "Scenario", "ScenarioError", "load_results", "run", "__version__"]
