"""Decision and meeting claims: a decision still to come or put off, a committee's
step, a meeting arranged or attended."""
