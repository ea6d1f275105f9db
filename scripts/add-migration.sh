#!/usr/bin/env bash
# Adds one migration for both providers (SQLite and PostgreSQL) from the current model, in one step.
# Usage: scripts/add-migration.sh NAME        e.g. scripts/add-migration.sh AddExhibits
# The schema is released: never squash or edit a migration that has landed; add a new one.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:-}
if [[ ! "$name" =~ ^[A-Z][A-Za-z0-9]+$ ]]; then
  echo "usage: scripts/add-migration.sh NAME   (PascalCase, e.g. AddExhibits)" >&2
  exit 2
fi
dotnet tool restore >/dev/null
dotnet build src/SciMuseum.Data -v q -nologo >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build \
    --project src/SciMuseum.Data --startup-project src/SciMuseum.Data \
    --context "${provider}MuseumDb" --output-dir "Migrations/$provider" --namespace "SciMuseum.Data.Migrations.$provider"
done
# A migration with nothing in it means the model did not change: remove it (the snapshot is unchanged) and say so.
empty=0
for f in src/SciMuseum.Data/Migrations/*/*_"$name".cs; do
  if ! grep -qE 'migrationBuilder\.[A-Z]' "$f"; then
    rm -f "$f" "${f%.cs}.Designer.cs"
    empty=1
  fi
done
if [ "$empty" = 1 ]; then
  echo "The model has no changes for $name: nothing added." >&2
  exit 1
fi
echo "Added $name for SQLite and PostgreSQL. Review both, then run the tests (MigrationUpgradeTests checks old rows survive)."
