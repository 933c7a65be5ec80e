"""Feed lists: generated news-search feeds, OPML import/export, config edits."""
