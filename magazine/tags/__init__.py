"""Tag pages: the live articles that share a tag."""
