"""State claims: a state put in force, kept, stopped, lifted or moved elsewhere."""
