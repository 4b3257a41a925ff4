"""What the article listings share: how many of the latest articles they show."""

# « Derniers articles » (home, search without results) fills whole rows of the card grid:
# two rows of four on a desktop, of two on a tablet.
LATEST_ARTICLES_COUNT = 8
