"""A test's JSON-LD, as a crawler extracts it from the served page: a Review nested in the
article's NewsArticle, with the item reviewed and the score on its scale."""

from magazine.articles import stream_data as b
from tests.factories.pages import ArticlePageFactory
from tests.support.metadata import SITE_URL, page_data


def test_a_game_test_is_a_review_of_a_video_game(client, review_article):
    review = page_data(client, review_article.url).item("NewsArticle")["review"]
    assert review["@type"] == "Review"
    assert review["itemReviewed"] == {
        "@type": "VideoGame",
        "name": "Les Brumes d'Armor",
        "url": f"{SITE_URL}/jeux/les-brumes-d-armor/",
        "gamePlatform": ["Nintendo Switch 2", "PlayStation 5"],
        "publisher": {"@type": "Organization", "name": "Éditions Ludiques"},
    }
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": "8.5",
        "bestRating": "10",
        "worstRating": "0",
    }
    assert review["reviewBody"] == "Une aventure généreuse."


def test_a_product_test_without_score_has_no_rating(client, category, product):
    body = b.body(b.review("Un bon téléphone.", product_id=product.pk))
    article = ArticlePageFactory(parent=category, body=body)
    review = page_data(client, article.url).item("NewsArticle")["review"]
    assert review["itemReviewed"] == {
        "@type": "Product",
        "name": "Fairphone 6",
        "brand": {"@type": "Brand", "name": "Fairphone"},
        "url": f"{SITE_URL}/produits/fairphone-6/",
    }
    assert "reviewRating" not in review


def test_an_article_without_test_box_has_no_review(client, category):
    article = ArticlePageFactory(parent=category)
    assert "review" not in page_data(client, article.url).item("NewsArticle")
