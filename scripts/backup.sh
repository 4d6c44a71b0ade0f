#!/usr/bin/env bash
# `make backup`: the PostgreSQL database (pg_dump custom format) and the media
# folder in one timestamped archive, var/backups/iom-backup-<UTC time>.tar.gz.
#   DATABASE_URL  postgres://user@host:port/name (required)
#   MEDIA_ROOT    the media folder (default: media)
#   BACKUP_DIR    where archives go (default: var/backups)
# Prints the archive's path. Restore with scripts/restore.sh <archive>.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?Set DATABASE_URL to the PostgreSQL database to back up}"
. scripts/backup_settings.sh

stamp=$(date -u +%Y%m%dT%H%M%SZ)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"${PG_BIN:+$PG_BIN/}pg_dump" --format=custom --no-owner --no-privileges \
    --file="$work/database.dump" --dbname="$DATABASE_URL"
mkdir -p "$MEDIA_ROOT" "$BACKUP_DIR"
{
    echo "created $stamp"
    (cd "$MEDIA_ROOT" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum)
} >"$work/MANIFEST"

archive="$BACKUP_DIR/iom-backup-$stamp.tar.gz"
# Media files go under media/ in the archive, whatever the folder is called here.
tar -czf "$archive.partial" -C "$work" database.dump MANIFEST \
    -C "$(cd "$MEDIA_ROOT" && pwd)" --transform 's,^\./,media/,;s,^\.$,media,' .
mv "$archive.partial" "$archive"
echo "$archive"
