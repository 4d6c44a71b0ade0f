"""E-mail alerts: readers subscribe to press releases, all news or topics, in their language.

- models.py: subscriptions (pending until confirmed by e-mail) and the record of what was sent
- forms.py, views.py, urls.py: subscribe, confirm, change, unsubscribe (one click) and delete
- mail.py: the confirmation and alert messages, with List-Unsubscribe headers
- sending.py: which stories are due to whom, sent at most once (manage.py send_news_alerts)

Addresses are personal data: they are never logged, unconfirmed ones are
deleted after `CONFIRMATION_DAYS`, and a subscriber deletes theirs with one click.
"""
