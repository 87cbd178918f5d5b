"""The research workflow: replications, paired comparisons, sweeps, calibration, health economics."""
