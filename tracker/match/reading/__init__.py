"""Each event word of a sentence read in its clause for one claim: its role, modality and timing."""
