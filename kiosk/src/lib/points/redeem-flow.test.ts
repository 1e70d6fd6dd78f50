import { describe, expect, it } from 'vitest';
import { RedeemFlow } from './redeem-flow';

function keys() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('redeeming with one idempotency key per confirmation', () => {
  it('a double tap sends once; a retry after an error sends the same key', async () => {
    const flow = new RedeemFlow<string>(keys());
    flow.ask('文具套装');
    const sent: string[] = [];
    let fail = true;
    const send = async (_reward: string, key: string) => {
      sent.push(key);
      await Promise.resolve();
      if (fail) throw new Error('network');
      return `voucher-for-${key}`;
    };
    await expect(flow.confirm(send)).rejects.toThrow('network');
    expect(flow.asked?.key).toBe('key-1'); // still asked, same key
    fail = false;
    const [first, second] = await Promise.all([flow.confirm(send), flow.confirm(send)]);
    expect(first).toBe('voucher-for-key-1');
    expect(second).toBeNull(); // the second tap while the first was on its way
    expect(sent).toEqual(['key-1', 'key-1']);
    expect(flow.asked).toBeNull();
  });

  it('asking again takes a new key; 再想想 drops it', async () => {
    const flow = new RedeemFlow<string>(keys());
    expect(flow.ask('洗衣液一瓶').key).toBe('key-1');
    flow.dismiss();
    expect(flow.asked).toBeNull();
    expect(await flow.confirm(async () => 'x')).toBeNull();
    expect(flow.ask('洗衣液一瓶').key).toBe('key-2');
  });
});
