# Creates the portal's two database accounts when the MariaDB container initialises its data
# folder (the image sources every *.sh in /docker-entrypoint-initdb.d once, on first start):
#   - the schema's owner, which the portal migrates the schema as and which grants the portal's
#     user its tables;
#   - the portal's user: SELECT and INSERT on the database, nothing more. At every start the
#     portal (as the owner) grants it UPDATE and DELETE table by table, never on the read log
#     (audit_event, audit_seal), and refuses to start if it could change them.
# docs/operations.md, "Database grants", says the same for a server set up by hand.
: "${NABOSKAB_DB_USER:?}" "${NABOSKAB_DB_PASSWORD:?}" "${NABOSKAB_DB_SCHEMA_USER:?}" "${NABOSKAB_DB_SCHEMA_PASSWORD:?}"

docker_process_sql --database=mysql <<SQL
CREATE USER IF NOT EXISTS '${NABOSKAB_DB_SCHEMA_USER}'@'%' IDENTIFIED BY '${NABOSKAB_DB_SCHEMA_PASSWORD}';
GRANT ALL ON \`${MARIADB_DATABASE}\`.* TO '${NABOSKAB_DB_SCHEMA_USER}'@'%' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS '${NABOSKAB_DB_USER}'@'%' IDENTIFIED BY '${NABOSKAB_DB_PASSWORD}';
GRANT SELECT, INSERT ON \`${MARIADB_DATABASE}\`.* TO '${NABOSKAB_DB_USER}'@'%';
SQL
