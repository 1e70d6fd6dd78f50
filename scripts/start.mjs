// `npm start`: install and build only what changed since the last start, then serve.
// A fresh clone installs (npm ci) and builds the API, the kiosk and the console side by side;
// a later start rebuilds only an app whose inputs changed, and serves at once when none did.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Build stamps and logs belong to this checkout (its builds), whatever DATA_DIR says.
const buildDir = path.join(root, '.data', 'build');
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/** The newest modification time under p (tests, node_modules and .svelte-kit left out). */
function newest(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return /\.test\.ts$/.test(p) ? 0 : st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === 'node_modules' || entry === '.svelte-kit') continue;
    max = Math.max(max, newest(path.join(p, entry)));
  }
  return max;
}

// 1. Dependencies: npm ci when node_modules is missing or older than the lock file.
const installed = path.join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(path.join(root, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs) {
  const started = Date.now();
  console.log('Installing dependencies (npm ci)…');
  const ci = ['ci', '--no-audit', '--no-fund'];
  try {
    // The lock file pins every version and its integrity: take what npm's cache already holds
    // without asking the registry about each package again (a missing one is still downloaded).
    execFileSync('npm', [...ci, '--prefer-offline'], { cwd: root, stdio: 'inherit' });
  } catch {
    console.log('npm ci from the cache failed; once more, asking the registry…');
    execFileSync('npm', ci, { cwd: root, stdio: 'inherit' });
  }
  console.log(`Installed in ${seconds(started)}.`);
}

// 2. Builds: each app is rebuilt when its output is missing or an input changed after its last
// successful build started; the ones needed run at the same time (each mostly one core).
const client = ['client/src', 'client/package.json', 'ui/src', 'ui/package.json'];
const svelteApp = (dir) => [
  `${dir}/src`,
  `${dir}/static`,
  `${dir}/svelte.config.js`,
  `${dir}/vite.config.ts`,
  `${dir}/tsconfig.json`,
  `${dir}/package.json`,
  ...client,
];
const apps = [
  {
    name: 'api',
    label: 'API',
    output: 'api/dist/main.js',
    inputs: ['api/src', 'api/tsconfig.json', 'api/tsconfig.build.json', 'api/package.json'],
  },
  { name: 'kiosk', label: 'kiosk', output: 'kiosk/build/index.html', inputs: svelteApp('kiosk') },
  { name: 'admin', label: 'console', output: 'admin/build/index.html', inputs: svelteApp('admin') },
];

function stale(app) {
  if (!existsSync(path.join(root, app.output))) return true;
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(path.join(buildDir, `${app.name}.json`), 'utf8'));
  } catch {
    return true;
  }
  const changed = Math.max(...['package-lock.json', ...app.inputs].map((p) => newest(path.join(root, p))));
  return !(typeof stamp.started === 'number' && changed <= stamp.started);
}

/** `npm run build -w <app>`, its output in .data/build/<app>.log; resolves to the exit code. */
function build(app) {
  const started = Date.now();
  const logFile = path.join(buildDir, `${app.name}.log`);
  const log = createWriteStream(logFile);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build', '-w', app.name], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', (err) => log.write(`${err.message}\n`));
    child.on('close', (code) => {
      log.end(() => {
        if (code === 0) {
          writeFileSync(path.join(buildDir, `${app.name}.json`), JSON.stringify({ started }) + '\n');
          console.log(`  ${app.label.padEnd(8)} built in ${seconds(started)}`);
        } else {
          const lines = readFileSync(logFile, 'utf8').trimEnd().split('\n');
          console.error(`\n  ${app.label} failed to build (exit ${code}); the last lines of ${logFile}:\n`);
          console.error(lines.slice(-40).join('\n') + '\n');
        }
        resolve(code ?? 1);
      });
    });
  });
}

const toBuild = apps.filter(stale);
if (toBuild.length > 0) {
  const started = Date.now();
  mkdirSync(buildDir, { recursive: true });
  console.log(`Building ${toBuild.map((a) => a.label).join(', ')} (logs in .data/build/)…`);
  const codes = await Promise.all(toBuild.map(build));
  if (codes.some((c) => c !== 0)) process.exit(1);
  console.log(`Built in ${seconds(started)}.`);
}

// 3. Serve.
process.env.NODE_ENV ??= 'production';
await import(path.join(root, 'api', 'dist', 'main.js'));
