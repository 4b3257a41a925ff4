"""Settings modules: base (shared, safe defaults), demo, dev, test and production."""
