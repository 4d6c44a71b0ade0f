# Settings shared by scripts/backup.sh and scripts/restore.sh (sourced from the
# project folder), so a restore looks where a backup writes:
#   MEDIA_ROOT    the media folder (default: media)
#   BACKUP_DIR    where archives go (default: var/backups)
#   PG_BIN        the folder of pg_dump and pg_restore (default: on the PATH)
MEDIA_ROOT=${MEDIA_ROOT:-media}
BACKUP_DIR=${BACKUP_DIR:-var/backups}
PG_BIN=${PG_BIN:-}
