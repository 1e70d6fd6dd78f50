import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from './harness.js';

/** What the server sent, as it came over the wire (node's fetch would decode it). */
interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** The body as the browser reads it, after undoing Content-Encoding. */
function decoded(res: Raw): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.body).toString();
  if (encoding === 'gzip') return gunzipSync(res.body).toString();
  expect(encoding).toBeUndefined();
  return res.body.toString();
}

const YEAR = 'public, max-age=31536000, immutable';
const CHROMIUM = 'gzip, deflate, br, zstd';

/**
 * A build as adapter-static leaves it with `precompress`: every file with .br and .gz beside it.
 * The script is long and repetitive, so each encoding is clearly smaller than the file itself.
 */
async function writeBuild(dir: string, title: string): Promise<{ script: string; page: string }> {
  const script = `export const words = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `${title} ${i}`))};\n`;
  const page = `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body></body></html>\n`;
  const files: Record<string, string> = {
    'index.html': page,
    '_app/immutable/entry/app.Ab12Cd34.js': script,
    '_app/version.json': '{"version":"1"}',
  };
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    await writeFile(`${file}.br`, brotliCompressSync(text));
    await writeFile(`${file}.gz`, gzipSync(text));
  }
  return { script, page };
}

describe('the built apps, precompressed and cached', () => {
  let app: TestApp;
  let appsDir: string;
  let kiosk: { script: string; page: string };
  let admin: { script: string; page: string };

  beforeAll(async () => {
    appsDir = await mkdtemp(path.join(os.tmpdir(), 'linli-apps-'));
    kiosk = await writeBuild(path.join(appsDir, 'kiosk', 'build'), '邻里 自助机');
    admin = await writeBuild(path.join(appsDir, 'admin', 'build'), '邻里 工作台');
    app = await TestApp.start({ config: { serveApps: true, appsDir } });
  });
  afterAll(async () => {
    await app?.stop();
    await rm(appsDir, { recursive: true, force: true });
  });

  const url = (p: string) => `${app.app.url}${p}`;

  it('sends a hashed script brotli-encoded to a browser that takes brotli, gzip to one that takes only gzip, and as it is otherwise', async () => {
    for (const prefix of ['', '/admin']) {
      const script = prefix ? admin.script : kiosk.script;
      const file = url(`${prefix}/_app/immutable/entry/app.Ab12Cd34.js`);
      const cases: Array<[string | undefined, string | undefined]> = [
        [CHROMIUM, 'br'],
        ['br', 'br'],
        ['gzip;q=1, br;q=0.5', 'br'], // the server prefers brotli among what the browser takes
        ['gzip, deflate', 'gzip'],
        ['br;q=0, gzip', 'gzip'],
        ['identity', undefined],
        ['deflate', undefined],
        [undefined, undefined],
      ];
      for (const [accept, encoding] of cases) {
        const res = await get(file, accept);
        expect(res.status, `${file} with ${accept}`).toBe(200);
        expect(res.headers['content-encoding'], `${file} with ${accept}`).toBe(encoding);
        expect(res.headers['content-type']).toMatch(/^text\/javascript; charset=utf-8$/i);
        expect(res.headers.vary).toMatch(/accept-encoding/i);
        expect(res.headers['cache-control']).toBe(YEAR);
        expect(Number(res.headers['content-length'])).toBe(res.body.length);
        if (encoding) expect(res.body.length).toBeLessThan(Buffer.byteLength(script));
        expect(decoded(res)).toBe(script);
      }
    }
  });

  it('has index.html and every route of the apps revalidated on each load, compressed as well', async () => {
    const pages: Array<[string, string]> = [
      ['/', kiosk.page],
      ['/corner/mine', kiosk.page],
      ['/index.html', kiosk.page],
      ['/admin/', admin.page],
      ['/admin/corner/desk', admin.page],
    ];
    for (const [p, page] of pages) {
      for (const [accept, encoding] of [
        [CHROMIUM, 'br'],
        ['gzip', 'gzip'],
        [undefined, undefined],
      ] as const) {
        const res = await get(url(p), accept);
        expect(res.status, p).toBe(200);
        expect(res.headers['content-type'], p).toMatch(/^text\/html; charset=utf-8$/i);
        expect(res.headers['content-encoding'], `${p} with ${accept}`).toBe(encoding);
        expect(res.headers['cache-control'], p).toBe('no-cache');
        expect(res.headers['cache-control'], p).not.toMatch(/max-age=[1-9]|immutable/);
        expect(decoded(res), p).toBe(page);
      }
    }
    // The console's address without its slash leads to it.
    const bare = await get(url('/admin'), CHROMIUM);
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/admin/');
    const version = await get(url('/_app/version.json'), CHROMIUM);
    expect(version.headers['cache-control']).toBe('no-cache');
    expect(decoded(version)).toBe('{"version":"1"}');
  });

  it('answers 404 for a file that is not there, not with a page in its place', async () => {
    for (const p of [
      '/_app/immutable/chunks/Gone1234.js',
      '/admin/_app/immutable/chunks/Gone1234.js',
      '/favicon.ico',
      '/admin/favicon.ico',
      '/robots.txt',
    ]) {
      const res = await get(url(p), CHROMIUM);
      expect(res.status, p).toBe(404);
      expect(res.headers['content-type'], p).not.toMatch(/html/);
      expect(res.headers['cache-control'] ?? '', p).not.toMatch(/immutable/);
    }
  });
});
