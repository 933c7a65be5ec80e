"""``claimtracker demo``: the whole product offline in one command.

Sample feeds (package data in ``feeds/``) are served from a local HTTP server on
127.0.0.1; a throw-away configuration and database are built in a work folder;
the real pipeline polls, matches, derives statuses and writes the digest.
"""
