import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from './harness.js';

/** Opens a graphql-ws socket and says hello; resolves with how the server answered. */
function hello(url: string, params: Record<string, unknown> = {}): Promise<{ ack: boolean; close?: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: params })));
    socket.once('message', (data) => {
      const ack = (JSON.parse(String(data)) as { type: string }).type === 'connection_ack';
      socket.close();
      resolve({ ack });
    });
    socket.once('close', (code) => resolve({ ack: false, close: code }));
    socket.once('error', reject);
  });
}

describe('anonymous WebSocket connections', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('are budgeted per address, while signed-in devices still connect', async () => {
    const url = t.url.replace(/^http/, 'ws');
    const { community } = await t.newCommunity();
    const screen = await t.newDevice(community.id);
    const answers = [];
    for (let i = 0; i < 121; i++) answers.push(await hello(url));
    expect(answers.slice(0, 120).every((a) => a.ack)).toBe(true);
    expect(answers[120]).toEqual({ ack: false, close: 4403 });
    expect(await hello(url, { authorization: `Bearer ${screen.token}` })).toEqual({ ack: true });
  });
});
