"""Target claims: the figures of the news, their units, and whether they meet the target."""
