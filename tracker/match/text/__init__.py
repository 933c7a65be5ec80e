"""Reading a text: normalising, words and sentences, dates and numbers, Japanese forms."""
