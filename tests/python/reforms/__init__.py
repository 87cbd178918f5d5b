"""Each reform in scenarios/reforms against the baseline: the direction it must show, on paired runs."""
