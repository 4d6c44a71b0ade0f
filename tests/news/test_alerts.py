"""E-mail alerts: a reader subscribes in their language, confirms by e-mail, gets exactly one
message per published story they asked for, and unsubscribes (and is deleted) in one click."""

import logging
import re
from datetime import timedelta
from smtplib import SMTPException, SMTPRecipientsRefused

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Page, PageViewRestriction, Site

from news.alerts.models import AlertSubscription
from tests.factories.home import HomePageFactory
from tests.factories.news import NewsIndexPageFactory, NewsStoryPageFactory

pytestmark = pytest.mark.django_db

ADDRESS = "Reader@Example.org"
LINK = re.compile(r"https?://\S+/alerts/(confirm|manage|unsubscribe)/[A-Za-z0-9_-]{43}/")


@pytest.fixture
def subscribe(client, news_index, empty_cache, django_capture_on_commit_callbacks):
    """POST the subscribe form as a reader would; returns the response."""

    def post(email=ADDRESS, language="en", topics=(), client=client, data_topics=None, **choices):
        topic_values = data_topics if data_topics is not None else [topic.pk for topic in topics]
        data = {"email": email, "language": language, "topics": topic_values}
        data.update({name: "on" for name, ticked in choices.items() if ticked})
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/{language}/alerts/", data)

    return post


def links_in(message):
    return {match.group(1): match.group(0) for match in LINK.finditer(message.body)}


@pytest.fixture
def subscriber(client, subscribe):
    """Subscribe and confirm; returns the confirmed subscription."""

    def make(email=ADDRESS, **kwargs):
        subscribe(email=email, **kwargs)
        client.post(links_in(mail.outbox[-1])["confirm"])
        mail.outbox.clear()
        return AlertSubscription.objects.confirmed().get(email__iexact=email)

    return make


def story(news_index, **fields):
    return NewsStoryPageFactory(parent=news_index, **fields)


def send_alerts():
    call_command("send_news_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return list(mail.outbox)


def alerts_to(messages, email):
    return [message for message in messages if message.to == [email]]


def test_nothing_is_sent_until_the_reader_opens_the_confirmation_link(client, subscribe, news_index):
    response = subscribe(press_releases=True)
    assert response.status_code == 302 and response["Location"] == "/en/alerts/requested/"
    assert "Check your e-mail" in client.get(response["Location"]).content.decode()
    (confirmation,) = mail.outbox
    assert confirmation.to == [ADDRESS]
    confirm_url = links_in(confirmation)["confirm"]
    assert "/en/alerts/confirm/" in confirm_url

    mail.outbox.clear()
    story(news_index, kind="press_release", title="Before confirming")
    assert send_alerts() == []

    page = client.get(confirm_url)
    assert (
        page.status_code == 200 and "Start my alerts" in page.content.decode()
    )  # a mail scanner's GET does not confirm
    assert not AlertSubscription.objects.confirmed().exists()
    confirmed = client.post(confirm_url, follow=True)
    assert "Your e-mail alerts are on." in confirmed.content.decode()

    story(news_index, kind="press_release", title="After confirming")
    (alert,) = send_alerts()
    assert alert.to == [ADDRESS] and "After confirming" in alert.subject
    assert "http://testserver/en/news/after-confirming/" in alert.body


def test_a_subscriber_gets_exactly_one_message_per_published_story(subscriber, news_index):
    subscription = subscriber(all_news=True)
    first = story(news_index, title="Boat arrivals")
    story(news_index, title="Health screening")
    assert len(send_alerts()) == 2
    first.title = "Boat arrivals (corrected)"
    first.save_revision().publish()  # an edit is not a new story
    send_alerts()
    assert sorted(message.subject for message in alerts_to(mail.outbox, subscription.email)) == [
        "Boat arrivals",
        "Health screening",
    ]


def test_subscribers_get_only_what_they_asked_for(subscriber, news_index, topics):
    press = subscriber("press@example.org", press_releases=True).email
    health = subscriber("health@example.org", topics=[topics["health"]]).email
    everything = subscriber("all@example.org", all_news=True).email
    story(news_index, title="Clinic opens", topics=[topics["health"]])
    story(news_index, title="Statement", kind="press_release")
    story(news_index, title="Recruitment fair", topics=[topics["recruitment"]])
    sent = send_alerts()
    assert [message.subject for message in alerts_to(sent, press)] == ["Statement"]
    assert len(alerts_to(sent, health)) == 1 and "Clinic opens" in alerts_to(sent, health)[0].subject
    assert len(alerts_to(sent, everything)) == 3
    (health_alert,) = alerts_to(sent, health)
    assert "You get this because you subscribed to: Migration health." in health_alert.body


def test_an_alert_offers_one_click_unsubscribe_that_deletes_the_address(subscriber, news_index):
    subscriber(all_news=True)
    story(news_index, title="First")
    (alert,) = send_alerts()
    url = alert.extra_headers["List-Unsubscribe"].strip("<>")
    assert alert.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url == links_in(alert)["unsubscribe"]

    mail_program = Client(enforce_csrf_checks=True)  # no cookie, no CSRF token: RFC 8058
    response = mail_program.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200 and "You are unsubscribed" in response.content.decode()
    assert not AlertSubscription.objects.filter(email__iexact=ADDRESS).exists()

    mail.outbox.clear()
    story(news_index, title="Second")
    assert send_alerts() == []
    assert mail_program.get(url).status_code == 404  # the link is dead, and says so


def test_opening_the_unsubscribe_link_in_a_browser_asks_before_deleting(client, subscriber, news_index):
    subscription = subscriber(all_news=True)
    story(news_index)
    (alert,) = send_alerts()
    page = client.get(links_in(alert)["unsubscribe"])
    assert "Unsubscribe and delete my address" in page.content.decode()
    assert AlertSubscription.objects.filter(pk=subscription.pk).exists()


def test_a_subscriber_changes_their_choices_from_the_link_in_any_alert(
    client, subscriber, news_index, topics
):
    subscription = subscriber(all_news=True)
    story(news_index)
    manage_url = links_in(send_alerts()[0])["manage"]
    page = client.get(manage_url).content.decode()
    assert re.search(r'name="all_news"[^>]* checked', page)
    assert not re.search(r'name="press_releases"[^>]* checked', page)

    response = client.post(manage_url, {"language": "ms", "topics": [topics["health"].pk]}, follow=True)
    assert "Your choices are saved." in response.content.decode()
    subscription.refresh_from_db()
    assert (subscription.all_news, subscription.language) == (False, "ms")
    assert list(subscription.topics.all()) == [topics["health"]]

    invalid = client.post(manage_url, {"language": "ms"})
    assert invalid.status_code == 200
    assert "Choose what to hear about" in invalid.content.decode()


def test_alerts_come_in_the_subscribers_language_when_the_story_does(
    client, subscriber, news_index, locales, translate_now
):
    translate_now(news_index.get_parent(), [locales["ms"]])
    translate_now(news_index, [locales["ms"]])
    malay = subscriber("pembaca@example.org", language="ms", all_news=True)
    english = story(news_index, title="Labour migration")
    assert send_alerts() == []  # not yet in Malay
    translate_now(english, [locales["ms"]])
    (alert,) = send_alerts()
    assert alert.to == [malay.email]
    assert "/ms/news/labour-migration/" in alert.body
    assert "Baca:" in alert.body and "/ms/alerts/unsubscribe/" in alert.body
    assert alert.extra_headers["Content-Language"] == "ms"


def test_the_subscribe_form_speaks_the_readers_language_and_offers_topics_in_it(client, news_index, topics):
    page = client.get("/ms/alerts/")
    html = page.content.decode()
    assert page.status_code == 200 and "Makluman e-mel" in html
    assert 'value="ms" selected' in html
    assert "Migration health" in html  # no Malay copy of the topic yet: its English name


def test_an_invalid_form_keeps_what_was_typed_and_says_what_is_wrong(subscribe, topics):
    response = subscribe(email="not-an-address", topics=[topics["health"]])
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter a valid email address." in html
    assert 'value="not-an-address"' in html
    assert re.search(rf'name="topics" value="{topics["health"].pk}"[^>]* checked', html)
    assert mail.outbox == []

    nothing_chosen = subscribe(email="reader@example.org").content.decode()
    assert "Choose what to hear about: all news, press releases or at least one topic." in nothing_chosen
    assert 'value="reader@example.org"' in nothing_chosen


def test_one_connection_may_ask_ten_times_an_hour_and_is_told_when_it_must_wait(subscribe):
    for number in range(10):
        assert subscribe(email=f"reader{number}@example.org", all_news=True).status_code == 302
    refused = subscribe(email="eleventh@example.org", all_news=True)
    html = refused.content.decode()
    assert refused.status_code == 429
    assert "Too many requests from your connection" in html and 'value="eleventh@example.org"' in html
    assert len(mail.outbox) == 10


def test_an_address_gets_at_most_three_links_a_day_and_the_form_reveals_nothing(subscribe):
    answers = {
        subscribe(email=email, all_news=True, client=Client(REMOTE_ADDR=f"10.0.0.{n}"))["Location"]
        for n, email in enumerate(["a@example.org", "A@example.org", "a@EXAMPLE.org", "a@example.org"])
    }
    assert answers == {"/en/alerts/requested/"}
    assert len(mail.outbox) == 3


def test_confirming_again_replaces_the_earlier_subscription(client, subscriber, news_index, topics):
    subscriber(all_news=True)
    subscriber(ADDRESS.upper(), press_releases=True)
    (only,) = AlertSubscription.objects.confirmed()
    assert only.press_releases and not only.all_news
    story(news_index, kind="press_release")
    assert len(send_alerts()) == 1


def test_unconfirmed_addresses_are_deleted_after_seven_days(client, subscribe):
    subscribe(all_news=True)
    confirm_url = links_in(mail.outbox[0])["confirm"]
    AlertSubscription.objects.update(created_at=timezone.now() - timedelta(days=7, minutes=1))
    page = client.get(confirm_url)
    assert page.status_code == 404 and "This link no longer works" in page.content.decode()
    send_alerts()
    assert not AlertSubscription.objects.exists()


def test_restricted_and_old_stories_are_never_sent(subscriber, news_index):
    subscription = subscriber(all_news=True)
    AlertSubscription.objects.filter(pk=subscription.pk).update(
        confirmed_at=timezone.now() - timedelta(days=9)
    )
    private = story(news_index, title="Staff only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    old = story(news_index, title="Last week")
    type(old).objects.filter(pk=old.pk).update(first_published_at=timezone.now() - timedelta(days=3))
    assert send_alerts() == []
    type(old).objects.filter(pk=old.pk).update(first_published_at=timezone.now() - timedelta(days=1))
    assert [message.subject for message in send_alerts()] == ["Last week"]  # within two days: sent


def test_a_sender_killed_mid_run_never_sends_a_story_twice(subscriber, news_index, monkeypatch):
    addresses = [subscriber(f"reader{n}@example.org", all_news=True).email for n in range(3)]
    story(news_index)
    real_send = EmailBackend.send_messages
    calls = []

    def killed_on_second(self, messages):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the process is stopped between claiming and sending
        return real_send(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", killed_on_second)
    with pytest.raises(KeyboardInterrupt):
        send_alerts()
    monkeypatch.setattr(EmailBackend, "send_messages", real_send)
    send_alerts()
    send_alerts()
    received = [len(alerts_to(mail.outbox, address)) for address in addresses]
    assert received == [1, 0, 1]  # the interrupted one is lost, never doubled


def test_a_message_the_mail_server_refuses_is_sent_on_the_next_run(subscriber, news_index, monkeypatch):
    subscriber(all_news=True)
    story(news_index)

    def refuse(self, messages):
        raise SMTPException("451 try again later")

    with monkeypatch.context() as patched:
        patched.setattr(EmailBackend, "send_messages", refuse)
        assert send_alerts() == []
    assert len(send_alerts()) == 1
    assert len(send_alerts()) == 1  # still one


def test_no_address_reaches_the_logs_or_the_commands_output(
    client, subscribe, news_index, caplog, monkeypatch, capsys
):
    address = "private.person@example.org"

    def refuse(self, messages):
        raise SMTPException("550 mailbox unavailable")

    with caplog.at_level(logging.DEBUG):
        subscribe(email=address, all_news=True)
        for _repeat in range(4):  # past the address's daily limit
            subscribe(email=address, all_news=True)
        client.post(links_in(mail.outbox[0])["confirm"])
        client.get("/en/alerts/confirm/" + "x" * 43 + "/")  # a dead link: a logged 404
        story(news_index)
        with monkeypatch.context() as patched:
            patched.setattr(EmailBackend, "send_messages", refuse)
            call_command("send_news_alerts")
        call_command("send_news_alerts")
        client.post(links_in(mail.outbox[-1])["unsubscribe"])
    output = capsys.readouterr()
    assert "refused by the mail server" in caplog.text  # the logs did record the failure
    assert "/en/alerts/confirm/<token>/ 302" in caplog.text  # the request log, without the secret
    tokens = {
        link.rstrip("/").rsplit("/", 1)[1] for message in mail.outbox for link in links_in(message).values()
    }
    for text in (caplog.text, output.out, output.err):
        assert address not in text.lower()
        assert not any(token in text for token in tokens)


def test_a_subscribers_pages_are_never_cached_and_leak_no_referer(client, subscriber, news_index, page_cache):
    subscriber(all_news=True)
    story(news_index)
    manage_url = links_in(send_alerts()[0])["manage"]
    response = client.get(manage_url)
    assert {"no-store", "private"} <= set(response["Cache-Control"].replace(" ", "").split(","))
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Robots-Tag"] == "noindex"


def test_the_language_switcher_leads_to_the_same_alerts_page_in_each_language(client, news_index):
    html = client.get("/en/alerts/").content.decode()
    assert 'href="/ms/alerts/" lang="ms"' in html
    assert 'href="/ar/alerts/" lang="ar"' in html
    assert "(home page)" not in html


def test_the_limits_last_their_whole_window_on_the_file_cache_used_without_redis(subscribe):
    start = timezone.now()
    with freeze_time(start) as clock:
        for _attempt in range(3):
            subscribe(all_news=True)
        clock.tick(timedelta(minutes=6))  # past Django's default 5-minute cache timeout
        subscribe(all_news=True)
    assert len(mail.outbox) == 3


def test_variants_of_one_mailbox_share_its_daily_limit(subscribe):
    for email in ["ana+1@example.org", "Ana+2@Example.org", '"ana"@example.org', "ana@example.org"]:
        subscribe(email=email, all_news=True, client=Client(REMOTE_ADDR=f"10.1.0.{len(email)}"))
    assert len(mail.outbox) == 3


def test_an_address_with_an_ip_instead_of_a_domain_is_refused(subscribe):
    html = subscribe(email="ana@[127.0.0.1]", all_news=True).content.decode()
    assert "Enter an address with a domain name" in html
    assert mail.outbox == []


def test_one_ipv6_network_counts_as_one_connection(subscribe):
    for number in range(11):
        response = subscribe(
            email=f"reader{number}@example.org",
            all_news=True,
            client=Client(REMOTE_ADDR=f"2001:db8::{number + 1}"),
        )
    assert response.status_code == 429


def test_a_refused_confirmation_gives_the_usual_answer_and_logs_no_address(
    subscribe, monkeypatch, caplog, capfd
):
    def refuse(self, messages):
        raise SMTPRecipientsRefused({"refused.person@example.org": (550, b"no such user")})

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    with caplog.at_level(logging.DEBUG):
        response = subscribe(email="refused.person@example.org", all_news=True)
    assert response.status_code == 302 and response["Location"] == "/en/alerts/requested/"
    assert "not sent: SMTPRecipientsRefused" in caplog.text
    for text in (caplog.text, capfd.readouterr().out):
        assert "refused.person" not in text


def test_a_refused_form_post_logs_no_link_token(subscriber, news_index, caplog, capfd):
    subscriber(all_news=True)
    story(news_index)
    manage_url = links_in(send_alerts()[0])["manage"]
    token = manage_url.rstrip("/").rsplit("/", 1)[1]
    with caplog.at_level(logging.DEBUG):
        forbidden = Client(enforce_csrf_checks=True).post(manage_url, {"all_news": "on", "language": "en"})
    assert forbidden.status_code == 403
    logged = caplog.text + capfd.readouterr().out
    assert "/alerts/manage/<token>/" in logged
    assert token not in logged


def test_a_story_outside_any_site_is_skipped_and_stops_nobody_elses_alerts(subscriber, news_index):
    subscriber(all_news=True)
    orphan_home = HomePageFactory(parent=Page.get_first_root_node(), title="Old site", slug="old-site")
    Site.objects.filter(is_default_site=True).update(root_page=news_index.get_parent())  # not a site
    orphan_index = NewsIndexPageFactory(parent=orphan_home)
    story(orphan_index, title="Nowhere")
    story(news_index, title="Somewhere")
    assert [message.subject for message in send_alerts()] == ["Somewhere"]


def test_a_story_in_an_unpublished_section_is_not_sent(subscriber, news_index):
    subscriber(all_news=True)
    story(news_index, title="Hidden")
    news_index.unpublish()
    assert send_alerts() == []


def test_subscribing_again_never_brings_a_story_twice(client, subscriber, news_index, locales, translate_now):
    translate_now(news_index.get_parent(), [locales["ms"]])
    translate_now(news_index, [locales["ms"]])
    subscriber(all_news=True)
    english = story(news_index, title="Labour migration")
    assert len(send_alerts()) == 1
    subscriber(language="ms", all_news=True)  # the same address, now in Malay
    mail.outbox.clear()
    translate_now(english, [locales["ms"]])
    assert send_alerts() == []  # the Malay copy of a story this address already had


def test_unsubscribing_also_deletes_links_not_yet_opened(client, subscriber, subscribe, news_index):
    subscriber(all_news=True)
    subscribe(press_releases=True)  # a second, pending request for the same address
    story(news_index)
    mail.outbox.clear()
    (alert,) = send_alerts()
    client.post(links_in(alert)["unsubscribe"])
    assert not AlertSubscription.objects.exists()


def test_a_topic_that_no_longer_exists_is_named_as_the_problem(subscribe):
    html = subscribe(email="reader@example.org", data_topics=["999999"]).content.decode()
    assert "Select a valid choice. 999999 is not one of the available choices." in html


def test_form_errors_are_in_the_readers_language(subscribe):
    for language, expected in [
        ("ta", "சரியான மின்னஞ்சல் முகவரியை உள்ளிடுங்கள்."),
        ("my", "မှန်ကန်သော အီးမေးလ်လိပ်စာကို ထည့်ပါ။"),
    ]:
        html = subscribe(email="not-an-address", language=language, all_news=True).content.decode()
        assert expected in html, language
