"""Which claims an entry is about: the lexicon, the index of every pattern, relevance."""
