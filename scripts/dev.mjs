// `npm run dev`: the API in watch mode plus both Vite dev servers (they proxy /graphql to the API).
import { spawn } from 'node:child_process';

const procs = [
  ['api', 'npm', ['run', 'dev', '-w', 'api'], { NODE_ENV: 'development' }],
  ['kiosk', 'npm', ['run', 'dev', '-w', 'kiosk'], {}],
  ['admin', 'npm', ['run', 'dev', '-w', 'admin'], {}],
].map(([name, cmd, args, env]) => {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((l) => `[${name}] ${l}`)
      .join('\n') + '\n';
  child.stdout.on('data', (c) => process.stdout.write(prefix(c)));
  child.stderr.on('data', (c) => process.stderr.write(prefix(c)));
  return child;
});

const stop = () => {
  for (const p of procs) p.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
console.log(
  'dev: API http://127.0.0.1:4000/graphql · kiosk http://localhost:5173 · console http://localhost:5174/admin/',
);
