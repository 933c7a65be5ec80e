"""The background service: scheduled polls and daily digests (``claimtracker serve``).

- ``service.Service``: the scheduling core around injected jobs and a clock.
- ``runner.serve(config)``: lock, real pipeline, signals — what the CLI calls.
- ``lock.InstanceLock``: one service per database.
- ``status``: what ``claimtracker status`` shows.
Submodules are imported directly so that commands not using the scheduler do
not load APScheduler. See docs/service.md.
"""
