#!/usr/bin/env bash
# `make restore ARCHIVE=var/backups/iom-backup-....tar.gz` (default: the newest):
# restores the database into DATABASE_URL (objects in the archive replace
# existing ones) and copies the media files into MEDIA_ROOT, then checks every
# media file against the archive's checksums.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?Set DATABASE_URL to the PostgreSQL database to restore into}"
. scripts/backup_settings.sh
archive=${1:-$(ls -1t "$BACKUP_DIR"/iom-backup-*.tar.gz 2>/dev/null | head -n1)}
test -f "$archive" || { echo "No backup archive found (give its path)." >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"

"${PG_BIN:+$PG_BIN/}pg_restore" --clean --if-exists --no-owner --no-privileges \
    --exit-on-error --single-transaction --dbname="$DATABASE_URL" "$work/database.dump"
mkdir -p "$MEDIA_ROOT"
cp -a "$work/media/." "$MEDIA_ROOT/"
(cd "$MEDIA_ROOT" && tail -n +2 "$work/MANIFEST" | sha256sum --check --quiet)
echo "Restored $archive"
