"""Count prime numbers

Counts the primes below a limit with a segmented sieve of Eratosthenes.
CPU-bound: run several at once and watch them use every core, each in its
own worker process, while the window stays responsive.
"""

import math

MODE = "process"


def run(context, limit: int = 1_000_000_000, segment_size: int = 1_000_000) -> int:
    if limit < 2:
        return 0
    if segment_size < 1000:
        raise ValueError("segment_size must be at least 1000")
    root = math.isqrt(limit)
    small = bytearray([1]) * (root + 1)
    small[0:2] = b"\x00\x00"
    for n in range(2, math.isqrt(root) + 1):
        if small[n]:
            small[n * n :: n] = bytes(len(range(n * n, root + 1, n)))
    base_primes = [n for n in range(2, root + 1) if small[n]]
    from PySide6.QtCore import QLocale  # numbers as the reader writes them: 1.000.000 in German

    locale = QLocale()
    context.set_total(limit)
    count = 0
    for low in range(0, limit, segment_size):
        if context.is_cancelled():
            return count
        high = min(low + segment_size, limit)
        sieve = bytearray([1]) * (high - low)
        for p in base_primes:
            start = max(p * p, (low + p - 1) // p * p)
            if start >= high:
                break
            sieve[start - low :: p] = bytes(len(range(start, high, p)))
        if low == 0:
            sieve[0 : min(2, high)] = bytes(min(2, high))
        count += sieve.count(1)
        context.set_progress(high)
        context.set_message(f"{locale.toString(count)} primes below {locale.toString(high)}")
    return count
