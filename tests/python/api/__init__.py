"""The Python API, the two commands, checkpoints and the wiring of the C++ tests."""
