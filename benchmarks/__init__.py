"""Benchmarks for Claim Tracker (``make bench``).

Each scenario runs in its own subprocess so its peak RSS is its own, measures its
own floor in the same run, and prints one JSON object per figure. Everything runs
on 127.0.0.1 with generated data and a fixed seed.
"""
