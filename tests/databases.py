"""Switching the test connection between this worker's databases.

The demo content takes a minute to load, so a worker loads it once into a
copy of its test database (PostgreSQL's CREATE DATABASE … TEMPLATE, through
Django's own test-database cloning) and the modules that read the demo
connect to that copy; the browser tests' server starts from a copy of it too.
"""

import os
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections, transaction
from django.test.utils import setup_databases, teardown_databases

DEMO_SUFFIX = "demo"
# The names of the demo copies this process made (check_demo_connection looks for them).
demo_copies = set()


def load_demo():
    """Load the demo content as `make demo` does, quietly."""
    with open(os.devnull, "w") as devnull:
        call_command("load_demo_content", stdout=devnull)


def forget_rows():
    """Drop what the process remembers of database rows (page cache, sites, content types)."""
    cache.clear()
    ContentType.objects.clear_cache()


def make_demo_copy():
    """Clone this worker's migrated test database and load the demo into the clone; returns its name.

    Loaded outside any transaction, as `make demo` runs, so what runs when a
    step commits (wagtail-localize publishing translations) runs.
    """
    connection = connections["default"]
    connections.close_all()  # PostgreSQL copies a database only while no one is connected to it
    connection.creation.clone_test_db(suffix=DEMO_SUFFIX, verbosity=0)
    name = connection.creation.get_test_db_clone_settings(DEMO_SUFFIX)["NAME"]
    with database_named(name):
        load_demo()
    demo_copies.add(name)
    return name


@contextmanager
def migrated_test_database():
    """This worker's migrated test database, for the block.

    pytest-django creates it only when a collected test is marked django_db, so
    a run of browser tests alone has none; the demo copy is made from it.
    """
    connection = connections["default"]
    if connection.settings_dict["NAME"] == connection.creation._get_test_db_name():
        yield
        return
    created = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    try:
        yield
    finally:
        teardown_databases(created, verbosity=0)


def drop_demo_copy():
    connections["default"].creation.destroy_test_db(verbosity=0, suffix=DEMO_SUFFIX)


@contextmanager
def database_named(name):
    """The default connection pointed at database `name` for the block, then back."""
    connection = connections["default"]
    original = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = name
    forget_rows()
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = original
        forget_rows()


@contextmanager
def rolled_back():
    """One transaction around the block, rolled back at its end.

    Tests inside run in savepoints of it (pytest-django's own atomic blocks),
    so what a test changes is undone and what the block wrote first stays
    until the block ends.
    """
    outer = transaction.atomic()
    outer.__enter__()
    try:
        yield
    finally:
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
        forget_rows()  # a rollback sends no signals: drop what the caches hold of the undone rows
