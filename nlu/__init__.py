"""Custom NLU components for Danish, and the Danish spaCy pipeline builder."""
