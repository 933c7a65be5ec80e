"""The local web app (docs/web.md): the claims board, claim pages with review
buttons, the review queue, the digest archive and feed health."""
