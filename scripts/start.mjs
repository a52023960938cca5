#!/usr/bin/env node
// `npm start`: installs what is missing, builds, and starts Relais on http://localhost:3000.
// With no configuration it runs on the embedded PostgreSQL (PGlite, kept in .relais-data/) with
// jobs in-process and a demo workspace; DATABASE_URL, REDIS_URL and SMTP_URL switch to real services.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n"${command} ${args.join(' ')}" failed; fix the error above and run npm start again.`);
    process.exit(result.status ?? 1);
  }
}

const installed = existsSync('node_modules/.package-lock.json');
const stale = installed && statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs;
if (!installed || stale) {
  console.log('Installing dependencies (npm install)…');
  run('npm', ['install', '--no-audit', '--no-fund']);
}

console.log('Building the domain, the API and the web client…');
run('npx', ['nx', 'run-many', '-t', 'build', '--projects=domain,api,web', '--outputStyle=static']);

const server = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], {
  stdio: 'inherit',
  env: { NODE_ENV: 'development', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
