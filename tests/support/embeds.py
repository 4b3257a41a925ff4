"""An oEmbed finder for tests: answers for video.example without any network."""

from wagtail.embeds.finders.base import EmbedFinder


class LocalVideoFinder(EmbedFinder):
    """Answers like a video provider would, for https://video.example/ addresses only."""

    def accept(self, url: str) -> bool:
        return url.startswith("https://video.example/")

    def find_embed(self, url: str, max_width=None, max_height=None) -> dict:
        return {
            "title": "Une vidéo",
            "author_name": "Vidéo Exemple",
            "provider_name": "Video Example",
            "type": "video",
            "thumbnail_url": None,
            "width": 640,
            "height": 360,
            "html": f'<iframe src="{url}/player" title="Une vidéo"></iframe>',
        }


class YouTubeLikeFinder(EmbedFinder):
    """Answers for YouTube videos with the HTML YouTube's oEmbed endpoint gives, offline."""

    def accept(self, url: str) -> bool:
        return url.startswith("https://www.youtube.com/watch?v=")

    def find_embed(self, url: str, max_width=None, max_height=None) -> dict:
        video = url.removeprefix("https://www.youtube.com/watch?v=")
        return {
            "title": "Une vidéo",
            "author_name": "Une chaîne",
            "provider_name": "YouTube",
            "type": "video",
            "thumbnail_url": None,
            "width": 200,
            "height": 113,
            "html": (
                f'<iframe width="200" height="113" src="https://www.youtube.com/embed/{video}'
                '?feature=oembed" frameborder="0" allow="accelerometer; autoplay; '
                'clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" '
                'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen '
                'title="Une vidéo"></iframe>'
            ),
        }
