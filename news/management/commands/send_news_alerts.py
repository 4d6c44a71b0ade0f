"""Send the e-mail alerts of newly published stories: run it every minute (cron, systemd timer).

Safe to run again or side by side: each story reaches each subscriber at most once.
"""

from django.core.management.base import BaseCommand

from news.alerts.sending import send_due_alerts


class Command(BaseCommand):
    help = "Send e-mail alerts for stories published since the last run, once per subscriber."

    def handle(self, *args, **options):
        report = send_due_alerts()
        # Counts only: subscribers' addresses never go to the output or the logs.
        self.stdout.write(
            f"news alerts: {report.sent} sent, {report.failed} refused (retried next run), "
            f"{report.expired_deleted} unconfirmed subscriptions expired and deleted"
        )
