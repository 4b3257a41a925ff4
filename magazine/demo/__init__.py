"""Demo content: a home page, categories, authors and articles to try the magazine with."""
