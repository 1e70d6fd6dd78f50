// `npm start`: install and build only when something changed since the last start, then serve.
// A fresh clone installs and builds (about a minute); later starts go straight to serving.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, '.data', 'build-stamp');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

function newest(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === 'node_modules' || entry === '.svelte-kit') continue;
    max = Math.max(max, newest(path.join(p, entry)));
  }
  return max;
}

const installed = path.join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(path.join(root, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs) {
  run('npm ci --no-audit --no-fund');
}
const inputs = [
  'package-lock.json',
  'api/src',
  'client/src',
  'ui/src',
  'kiosk/src',
  'kiosk/static',
  'admin/src',
  'admin/static',
]
  .concat(['kiosk', 'admin'].flatMap((a) => [`${a}/svelte.config.js`, `${a}/vite.config.ts`]))
  .map((p) => newest(path.join(root, p)));
const built = ['api/dist/main.js', 'kiosk/build/index.html', 'admin/build/index.html'].every((p) =>
  existsSync(path.join(root, p)),
);
if (!built || !existsSync(stamp) || Math.max(...inputs) > statSync(stamp).mtimeMs) {
  run('npm run build');
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, new Date().toISOString());
}
process.env.NODE_ENV ??= 'production';
await import(path.join(root, 'api', 'dist', 'main.js'));
