import { describe, expect, it } from 'vitest';
import { oneTimePassword, passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it('refuses short passwords, then common or guessable ones', () => {
    expect(passwordProblem('Xk7pLm2', [])).toBe('PASSWORD_TOO_SHORT');
    expect(passwordProblem('password123', [])).toBe('PASSWORD_TOO_COMMON');
    expect(passwordProblem('qwertyuiop', [])).toBe('PASSWORD_TOO_COMMON');
    expect(passwordProblem('1234567890', [])).toBe('PASSWORD_TOO_COMMON');
    expect(passwordProblem('tulip-harbor-93', [])).toBeNull();
  });

  it("counts the user's own names as guessable", () => {
    expect(passwordProblem('wangxiaoming1', [])).toBeNull();
    expect(passwordProblem('wangxiaoming1', ['wangxiaoming', '王小明'])).toBe('PASSWORD_TOO_COMMON');
  });

  it('makes one-time passwords of four groups of four readable characters, which the policy accepts', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const p = oneTimePassword();
      expect(p).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
      expect(passwordProblem(p, [])).toBeNull();
      seen.add(p);
    }
    expect(seen.size).toBe(50);
  });
});
