"""The results of every scenario file, pinned across builds."""
