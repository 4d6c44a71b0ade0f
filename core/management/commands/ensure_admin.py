"""Create the local administrator account once and print how to sign in.

The password is random, written to var/admin-credentials.txt (ignored by git)
so later runs can print it again. For local use only: production accounts are
made with `createsuperuser`.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

CREDENTIALS_FILE = Path(settings.BASE_DIR) / "var" / "admin-credentials.txt"


class Command(BaseCommand):
    help = "Create a local superuser 'admin' with a random password, and print the credentials."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first()
        if user is None or not CREDENTIALS_FILE.exists():
            password = secrets.token_urlsafe(12)
            if user is None:
                user = user_model.objects.create_superuser(username, f"{username}@example.org", password)
            else:
                user.set_password(password)
                user.save()
            CREDENTIALS_FILE.parent.mkdir(exist_ok=True)
            CREDENTIALS_FILE.write_text(f"{username}\n{password}\n", encoding="utf-8")
            CREDENTIALS_FILE.chmod(0o600)
        saved_username, password = CREDENTIALS_FILE.read_text(encoding="utf-8").split()[:2]
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: http://127.0.0.1:8000/admin/  user: {saved_username}  password: {password}"
            )
        )
