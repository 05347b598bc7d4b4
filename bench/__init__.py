"""Benchmarks and the round-trip counting proxy they (and the tests) use."""
