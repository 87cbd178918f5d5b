"""The notebooks run as stored."""
