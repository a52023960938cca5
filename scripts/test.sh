#!/usr/bin/env bash
# `npm test`: everything CI checks. Needs PostgreSQL on 127.0.0.1:5432 and Redis on :6379
# (see README), and Debian's Chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
nx() { npx nx "$@" --outputStyle=static; }
step() { printf '\n=== %s ===\n' "$*"; }

step "lint, formatting and type-check"
nx run-many -t lint typecheck
npm run format:check

step "unit tests"
nx run-many -t test

step "build"
nx run-many -t build

step "schema check: entities and migrations agree (PGlite, then PostgreSQL)"
node dist/api/apps/api/src/cli/migrate.js check
admin_url=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
fresh_db="relais_schema_$(date +%s)_$$"
psql "$admin_url" -qc "CREATE DATABASE $fresh_db"
trap 'psql "$admin_url" -qc "DROP DATABASE IF EXISTS $fresh_db WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
FRESH_DATABASE_URL="${admin_url%/*}/$fresh_db" node dist/api/apps/api/src/cli/migrate.js check

step "integration tests on PostgreSQL and Redis"
TEST_DB=postgres node --experimental-vm-modules node_modules/jest/bin/jest.js -c apps/api/jest.int.config.cjs --runInBand

step "integration tests on PGlite"
TEST_DB=pglite node --experimental-vm-modules node_modules/jest/bin/jest.js -c apps/api/jest.int.config.cjs --runInBand

if [ -f apps/web-e2e/playwright.config.ts ]; then
  step "browser tests (Chromium)"
  npx playwright test -c apps/web-e2e/playwright.config.ts
fi

step "all checks passed"
