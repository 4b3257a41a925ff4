"""Make sure the local demo has an administrator and one account per newsroom role."""

from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from magazine.newsroom.roles import CHIEFS, MODERATORS, WRITERS

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "magazine-demo"  # noqa: S105 -- documented, for the local demo only


class DemoAccount(NamedTuple):
    """A demo account in one role's group, with the administrator's password."""

    username: str
    first_name: str
    last_name: str
    email: str
    group: str


ROLE_ACCOUNTS = (
    DemoAccount("redaction", "Inès", "Moreau", "ines.moreau@magazine.localhost", WRITERS),
    DemoAccount("chef", "Julien", "Garnier", "julien.garnier@magazine.localhost", CHIEFS),
    DemoAccount("moderation", "Sami", "Benali", "sami.benali@magazine.localhost", MODERATORS),
)


class Command(BaseCommand):
    help = (
        "Crée les comptes de la démo locale qui n'existent pas encore : l'administrateur "
        "et un compte par rôle de la rédaction."
    )

    def handle(self, *args, **options) -> None:
        if not settings.DEMO:
            # Anywhere but the local demo, an account with a published password is a hole.
            raise CommandError("Réservé à la démo locale (réglages magazine.settings.demo).")
        User = get_user_model()
        if User.objects.filter(username=DEMO_USERNAME).exists():
            self.stdout.write(f"Compte « {DEMO_USERNAME} » déjà présent.")
        else:
            User.objects.create_superuser(
                username=DEMO_USERNAME,
                email="admin@magazine.localhost",
                password=DEMO_PASSWORD,
                first_name="Admin",
                last_name="Démo",
            )
            self.stdout.write(f"Compte « {DEMO_USERNAME} » créé (mot de passe : {DEMO_PASSWORD}).")
        for account in ROLE_ACCOUNTS:
            self.ensure_role_account(account)

    def ensure_role_account(self, account: DemoAccount) -> None:
        """Create the account if it is missing; put it in its role's group either way."""
        group = Group.objects.filter(name=account.group).first()
        if group is None:
            raise CommandError(f"Le groupe « {account.group} » manque : lancez manage.py migrate.")
        User = get_user_model()
        user = User.objects.filter(username=account.username).first()
        if user is None:
            user = User.objects.create_user(
                username=account.username,
                email=account.email,
                password=DEMO_PASSWORD,
                first_name=account.first_name,
                last_name=account.last_name,
            )
            self.stdout.write(
                f"Compte « {account.username} » ({account.group}) créé "
                f"(mot de passe : {DEMO_PASSWORD})."
            )
        else:
            self.stdout.write(f"Compte « {account.username} » déjà présent.")
        user.groups.add(group)
