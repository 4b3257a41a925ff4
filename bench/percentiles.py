"""Percentiles of latency samples, as the benchmarks print them."""


def percentile(samples: list[float], fraction: float) -> float:
    """The sample below which `fraction` of them fall (nearest rank)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1)]
