"""Make sure the local demo has an administrator account to log in with."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "magazine-demo"  # noqa: S105 -- documented, for the local demo only


class Command(BaseCommand):
    help = "Crée le compte administrateur de la démo locale s'il n'existe pas encore."

    def handle(self, *args, **options) -> None:
        if not settings.DEMO:
            # Anywhere but the local demo, an account with a published password is a hole.
            raise CommandError("Réservé à la démo locale (réglages magazine.settings.demo).")
        User = get_user_model()
        if User.objects.filter(username=DEMO_USERNAME).exists():
            self.stdout.write(f"Compte « {DEMO_USERNAME} » déjà présent.")
            return
        User.objects.create_superuser(
            username=DEMO_USERNAME,
            email="admin@magazine.localhost",
            password=DEMO_PASSWORD,
            first_name="Admin",
            last_name="Démo",
        )
        self.stdout.write(f"Compte « {DEMO_USERNAME} » créé (mot de passe : {DEMO_PASSWORD}).")
