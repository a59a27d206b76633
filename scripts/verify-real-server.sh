#!/usr/bin/env bash
# Verifies the built CPOM bundles on a real iDempiere 12 core (docs/real-server.md).
#
#   scripts/verify-real-server.sh --rig RIG_ROOT [--tool TOOL_DIR] [--languages fr_FR|''] [options]
#       a headless core built by the real-idempiere tool: a fresh copy of its template database
#       (idempiere_synth) as database cpom_real_server, fr_FR made a system language first (default)
#   scripts/verify-real-server.sh --idempiere-home DIR [--yes] [options]
#       an iDempiere 12 installation: its plugins folder and its idempiere.properties.
#       WRITES TO THAT INSTALLATION'S DATABASE (2Pack, sample rows): use a test installation only.
#   options: --tenant CLIENT,ORG,USER,ROLE (default 11,11,100,102: GardenWorld Admin)
#            --skip GROUPS (race, upgrade)   --report DIR   --no-build   --timeout SECONDS
#            --plugin-jar JAR (another build of org.cpom.plugin instead of the built one; the upgrade start is skipped)
# Two starts of the core: the built plugin (pack N) with every check, then the same plugin with the 2Pack of the
# next version added (upgrade: nothing lost, user-edited translations kept).
#
# Without a core it says why it skips and exits 0 (a fresh machine or CI has none).
# Exit: 0 every check passed (or skipped: no core), 1 a check failed, 2 the core could not be run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RIG="" TOOL="" HOME_DIR="" PLUGIN_JAR="" LANGS="fr_FR" TENANT="11,11,100,102" SKIP="" REPORT="" BUILD=1 YES=0 TIMEOUT=3600
while [ $# -gt 0 ]; do
  arg=$1; shift
  case "$arg" in
    --*=*) key=${arg%%=*}; val=${arg#*=} ;;
    --no-build|--yes) key=$arg; val="" ;;
    --*) key=$arg; [ $# -gt 0 ] || { echo "verify-real-server: missing value after $key" >&2; exit 2; }; val=$1; shift ;;
    *) echo "verify-real-server: unexpected argument $arg" >&2; exit 2 ;;
  esac
  case "$key" in
    --rig) RIG=$val ;;
    --tool) TOOL=$val ;;
    --idempiere-home) HOME_DIR=$val ;;
    --languages) LANGS=$val ;;
    --plugin-jar) PLUGIN_JAR=$val ;;
    --tenant) TENANT=$val ;;
    --skip) SKIP=$val ;;
    --report) REPORT=$val ;;
    --timeout) TIMEOUT=$val ;;
    --no-build) BUILD=0 ;;
    --yes) YES=1 ;;
    *) echo "verify-real-server: unknown option $key" >&2; exit 2 ;;
  esac
done

if [ -z "$RIG" ] && [ -z "$HOME_DIR" ]; then
  echo "verify-real-server: SKIPPED: no iDempiere 12 core given. Give --rig RIG_ROOT (a core built by the"
  echo "  real-idempiere tool) or --idempiere-home DIR (a test installation); see docs/real-server.md."
  exit 0
fi
[ -n "$RIG" ] && [ -n "$HOME_DIR" ] && { echo "verify-real-server: give --rig or --idempiere-home, not both" >&2; exit 2; }

OUT=$ROOT/real-server/launcher/target/real-server
if [ "$BUILD" = 1 ]; then
  echo "verify-real-server: building the bundles and the launcher"
  (cd "$ROOT" && { ./mvnw -B -q -o -pl real-server/launcher -am package -DskipTests \
                   || ./mvnw -B -q -pl real-server/launcher -am package -DskipTests; })
fi
LAUNCHER=$ROOT/real-server/launcher/target/real-server-launcher.jar
for f in "$LAUNCHER" "$OUT/bundles/org.cpom.plugin.jar" "$OUT/bundles/org.cpom.reports.jar" "$OUT/bundles/org.cpom.verify.jar" \
         "$OUT/upgrade/org.cpom.plugin.jar"; do
  [ -f "$f" ] || { echo "verify-real-server: $f is missing: build first (without --no-build)" >&2; exit 2; }
done
REPORT=${REPORT:-$OUT/report}
WORK=$OUT/run
rm -rf "$WORK"; mkdir -p "$WORK/home" "$WORK/tmp" "$REPORT"
rm -rf "$REPORT/report.txt" "$REPORT/report.json" "$REPORT/upgrade"
JAVA_OPTS=(-Xmx2g -Djava.io.tmpdir="$WORK/tmp")
UPGRADE_JAR=$OUT/upgrade/org.cpom.plugin.jar

if [ -n "$RIG" ]; then
  RIG=$(cd "$RIG" && pwd)
  for f in rig/bundles/org.adempiere.base.jar rig/classpath.txt rig/extra.txt; do
    [ -f "$RIG/$f" ] || { echo "verify-real-server: $RIG has no $f: build the core with the real-idempiere tool first" >&2; exit 2; }
  done
  export PGPORT=${PGPORT:-55432}
  # one user of the tool's database server at a time: the tool's own lock
  exec 9>"$RIG/.lock"
  if command -v flock >/dev/null; then
    echo "verify-real-server: waiting for $RIG/.lock (another run of the tool?)"
    flock -w "${RIG_LOCK_WAIT:-3600}" 9 || { echo "verify-real-server: $RIG/.lock is held" >&2; exit 2; }
  fi
  SU=(env PGOPTIONS=-cclient_min_messages=warning psql -X -q -h localhost -p "$PGPORT" -U postgres -d postgres)
  if ! "${SU[@]}" -Atc 'select 1' >/dev/null 2>&1; then
    if [ -n "$TOOL" ] && [ -x "$TOOL/pg.sh" ]; then RIG_LOCKED=1 RIG_ROOT="$RIG" "$TOOL/pg.sh" start 9>&-
    else echo "verify-real-server: no PostgreSQL on port $PGPORT: start the tool's (pg.sh start) or give --tool" >&2; exit 2; fi
  fi
  [ "$("${SU[@]}" -Atc "select 1 from pg_database where datname='idempiere_synth'")" = 1 ] \
    || { echo "verify-real-server: no template database idempiere_synth on port $PGPORT" >&2; exit 2; }
  DB=cpom_real_server
  "${SU[@]}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB TEMPLATE idempiere_synth OWNER adempiere" >/dev/null
  if [ -n "$LANGS" ]; then
    in=$(echo "$LANGS" | tr -c 'A-Za-z_,\n' ' ' | sed "s/[^,][^,]*/'&'/g")
    psql -X -q -h localhost -p "$PGPORT" -U adempiere -d "$DB" -Atc \
      "UPDATE ad_language SET issystemlanguage='Y', isactive='Y' WHERE ad_language IN ($in)" >/dev/null
    # as iDempiere's Language Maintenance ("Add" of a new system language) does: a *_Trl row, not yet translated,
    # for every record of every translated table, so that sessions in that language see every record
    for lang in ${LANGS//,/ }; do
      psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$PGPORT" -U adempiere -d "$DB" -v lang="$lang" >/dev/null <<'SQL'
SELECT set_config('cpom.lang', :'lang', false);
DO $$
DECLARE
  t RECORD; cols TEXT; lang TEXT := current_setting('cpom.lang');
BEGIN
  FOR t IN SELECT c.table_name AS trl, left(c.table_name, length(c.table_name) - 4) AS base
           FROM information_schema.tables c
           WHERE c.table_schema = current_schema() AND c.table_type = 'BASE TABLE' AND c.table_name LIKE '%\_trl'
             AND EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = current_schema()
                         AND k.table_name = left(c.table_name, length(c.table_name) - 4)
                         AND k.column_name = left(c.table_name, length(c.table_name) - 4) || '_id')
  LOOP
    SELECT string_agg(x.column_name, ',') INTO cols FROM information_schema.columns x
      WHERE x.table_schema = current_schema() AND x.table_name = t.trl
        AND x.column_name NOT IN ('ad_language', 'istranslated', 'ad_client_id', 'ad_org_id', 'isactive', 'created',
                                  'createdby', 'updated', 'updatedby', t.base || '_id', t.trl || '_uu')
        AND EXISTS (SELECT 1 FROM information_schema.columns b WHERE b.table_schema = current_schema()
                    AND b.table_name = t.base AND b.column_name = x.column_name);
    IF cols IS NULL THEN CONTINUE; END IF;
    EXECUTE format('INSERT INTO %I (ad_language, istranslated, ad_client_id, ad_org_id, isactive, created, createdby,'
      || ' updated, updatedby, %I, %s) SELECT %L, ''N'', b.ad_client_id, b.ad_org_id, ''Y'', now(), 100, now(), 100,'
      || ' b.%I, %s FROM %I b WHERE NOT EXISTS (SELECT 1 FROM %I t WHERE t.%I = b.%I AND t.ad_language = %L)',
      t.trl, t.base || '_id', cols, lang, t.base || '_id',
      (SELECT string_agg('b.' || c, ',') FROM unnest(string_to_array(cols, ',')) c), t.base, t.trl,
      t.base || '_id', t.base || '_id', lang);
  END LOOP;
END $$;
SQL
    done
    echo "verify-real-server: system language(s) before start, with their translation rows: $LANGS"
  fi
  PROPS_SRC=""
  for p in "${TOOL:+$TOOL/home/idempiere.properties}" "$RIG/rig/home/idempiere.properties"; do
    [ -n "$p" ] && [ -f "$p" ] && { PROPS_SRC=$p; break; }
  done
  [ -n "$PROPS_SRC" ] || { echo "verify-real-server: no idempiere.properties in --tool DIR/home or $RIG/rig/home" >&2; exit 2; }
  sed -e "s/@PGPORT@/$PGPORT/" -e "s/DBport=[0-9]*/DBport=$PGPORT/" -e "s/DBname=[A-Za-z0-9_]*/DBname=$DB/" \
    "$PROPS_SRC" > "$WORK/home/idempiere.properties"
  CP=$LAUNCHER
  while read -r j; do [ -n "$j" ] && CP=$CP:$RIG/lib/$j; done < "$RIG/rig/classpath.txt"
  CORE=(--core "$RIG/rig/osgi" --core "$RIG/rig/bundles" --boot-delegation '*'
        --system-packages-extra "$(cat "$RIG/rig/extra.txt")")
  echo "verify-real-server: core of the real-idempiere tool at $RIG, database $DB on port $PGPORT"
else
  HOME_DIR=$(cd "$HOME_DIR" && pwd)
  [ -d "$HOME_DIR/plugins" ] && [ -f "$HOME_DIR/idempiere.properties" ] \
    || { echo "verify-real-server: $HOME_DIR has no plugins folder or no idempiere.properties" >&2; exit 2; }
  cat <<WARN
verify-real-server: ************************************************************************************
  WARNING: this runs $HOME_DIR's iDempiere against ITS OWN DATABASE. It packs the CPOM 2Pack in (and its
  next version, for the upgrade check), saves a sample tenant's rows (organisations, business partners,
  contracts) and runs the CPOM processes. Use a TEST installation (a copy), never production.
  Stop that installation's server first.
*****************************************************************************************************
WARN
  if [ "$YES" != 1 ]; then echo "verify-real-server: starting in 15 s (Ctrl-C to stop; --yes skips the wait)"; sleep 15; fi
  FW=$(ls "$OUT"/lib/org.eclipse.osgi-*.jar | head -1)
  cp "$HOME_DIR/idempiere.properties" "$WORK/home/idempiere.properties"
  CP=$LAUNCHER:$FW
  JAVA_OPTS+=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
              --add-opens=java.base/sun.nio.ch=ALL-UNNAMED)
  CORE=(--core "$HOME_DIR/plugins" --home "$HOME_DIR")
fi

# run_core PHASE PLUGIN_JAR REPORT_DIR: one start of the core with the given plugin jar
run_core() {
  rm -rf "$WORK/state"
  java "${JAVA_OPTS[@]}" -cp "$CP" org.cpom.realserver.RealServer "${CORE[@]}" \
    --plugin "$2" --plugin "$OUT/bundles/org.cpom.reports.jar" --plugin "$OUT/bundles/org.cpom.verify.jar" \
    --properties "$WORK/home/idempiere.properties" --state "$WORK/state" --report "$3" --baseline "$REPORT" \
    --phase "$1" --tenant "$TENANT" --skip "$SKIP" --timeout "$TIMEOUT" 2>&1 | tee -a "$WORK/run.log"
  return "${PIPESTATUS[0]}"
}
set +e
if [ -n "$PLUGIN_JAR" ]; then SKIP=${SKIP:+$SKIP,}upgrade; fi
run_core main "${PLUGIN_JAR:-$OUT/bundles/org.cpom.plugin.jar}" "$REPORT"
rc=$?
if [[ ",$SKIP," != *,upgrade,* ]] && [ "$rc" != 2 ] && [ -f "$REPORT/upgrade-baseline.properties" ]; then
  echo "verify-real-server: second start with the next 2Pack version ($UPGRADE_JAR)"
  run_core upgrade "$UPGRADE_JAR" "$REPORT/upgrade"
  urc=$?
  [ "$urc" -gt "$rc" ] && rc=$urc
fi
echo "verify-real-server: exit $rc; reports $REPORT/report.txt (and upgrade/report.txt); log $WORK/run.log"
exit "$rc"
