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
