/**
 * Redeeming one reward: asked ("用 50 分兑换 洗衣液一瓶？"), confirmed, done. One idempotency key
 * per confirmation step: a double tap on 确认兑换, or a tap again after a network error, sends the
 * same key, so the API answers with the same voucher instead of a second one. Asking again (after
 * 再想想, or for another reward) takes a new key.
 */

export interface Asked<R> {
  reward: R;
  /** The key every send of this confirmation carries. */
  key: string;
}

export class RedeemFlow<R> {
  #asked: Asked<R> | null = null;
  #sending = false;

  constructor(private readonly newKey: () => string) {}

  /** The confirmation on screen, if any. */
  get asked(): Asked<R> | null {
    return this.#asked;
  }

  get sending(): boolean {
    return this.#sending;
  }

  /** Shows the confirmation for `reward`, with a key of its own. */
  ask(reward: R): Asked<R> {
    this.#asked = { reward, key: this.newKey() };
    this.#sending = false;
    return this.#asked;
  }

  /** 再想想: the confirmation goes, and its key with it. */
  dismiss(): void {
    this.#asked = null;
    this.#sending = false;
  }

  /**
   * 确认兑换: sends with the confirmation's key; a tap while one is on its way is ignored (null).
   * On failure the confirmation stays with the same key, so a retry cannot redeem twice.
   */
  async confirm<V>(send: (reward: R, key: string) => Promise<V>): Promise<V | null> {
    const asked = this.#asked;
    if (!asked || this.#sending) return null;
    this.#sending = true;
    try {
      const voucher = await send(asked.reward, asked.key);
      if (this.#asked === asked) this.#asked = null;
      return voucher;
    } finally {
      this.#sending = false;
    }
  }
}
