from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewsConfig(AppConfig):
    name = "magazine.reviews"
    label = "reviews"
    verbose_name = _("Tests et fiches")

    def ready(self) -> None:
        # Imported here, not at the top: the receivers import the models, which Django allows
        # only once the app registry is ready.
        from .receivers import connect_receivers

        connect_receivers()
