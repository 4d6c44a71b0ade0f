"""WSGI stand-in for the web server in front of the site, for bench servers on 127.0.0.1.

In production a TLS-terminating proxy sets X-Forwarded-Proto and serves /media/
from disk (docs/deployment.md). On loopback there is no proxy: production
settings would redirect every plain-HTTP request to HTTPS, and media would be
404. This wrapper adds the header to every request, whoever sends it (the page
and its images, or Lighthouse's own fetch of robots.txt, which a browser-side
extra header does not reach), and serves MEDIA_ROOT, so the site itself runs
with its production settings unchanged.

    gunicorn --pythonpath bench loopback_proxy:application
"""

from django.conf import settings
from whitenoise import WhiteNoise

from config.wsgi import application as site


def behind_tls_proxy(environ, start_response):
    environ["HTTP_X_FORWARDED_PROTO"] = "https"
    return site(environ, start_response)


# autorefresh: image renditions are written on a page's first view, after startup.
application = WhiteNoise(behind_tls_proxy, autorefresh=True)
application.add_files(settings.MEDIA_ROOT, prefix="media/")
