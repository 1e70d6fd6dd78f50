/**
 * Sound for the service-corner screen: a two-tone chime (Web Audio) and the call spoken in
 * Chinese (speech synthesis). Browsers only allow sound after a user gesture unless the kiosk
 * browser is started with an autoplay policy that permits it; everything here fails quietly
 * where sound is unavailable or not yet allowed.
 */

type AudioContextCtor = typeof AudioContext;

let audio: AudioContext | null = null;
let failed = false;

function context(): AudioContext | null {
  if (audio || failed) return audio;
  try {
    const Ctor =
      window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextCtor }).webkitAudioContext;
    audio = Ctor ? new Ctor() : null;
  } catch {
    audio = null;
  }
  failed = !audio;
  return audio;
}

/**
 * Whether the chime can play: 'on' once the browser lets the audio context run, 'off' while it
 * holds it until a touch (Chromium started without `--autoplay-policy=no-user-gesture-required`),
 * 'none' where there is no Web Audio. Known as soon as the context exists: Chromium creates it
 * running or suspended according to its autoplay policy.
 */
export type SoundState = 'on' | 'off' | 'none';

export function soundState(): SoundState {
  const ctx = context();
  if (!ctx) return 'none';
  return ctx.state === 'running' ? 'on' : 'off';
}

/** Whether the chime can play now (false until the browser allows audio). */
export function soundAllowed(): boolean {
  return soundState() === 'on';
}

/**
 * What became of a silent test utterance: 'ok' (spoken), 'blocked' (refused until a touch:
 * the error `not-allowed`), 'failed' (the device has no working speech engine or voice, e.g.
 * `synthesis-failed`), 'none' (no speech synthesis in this browser), 'pending' (no answer yet).
 */
export type SpeechState = 'pending' | 'ok' | 'blocked' | 'failed' | 'none';

/** Speaks a silent space once and reports how the browser answered (see SpeechState). */
export function probeSpeech(): Promise<SpeechState> {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return Promise.resolve('none');
  return new Promise((resolve) => {
    try {
      const u = new SpeechSynthesisUtterance(' ');
      u.volume = 0;
      u.onstart = () => resolve('ok');
      u.onend = () => resolve('ok');
      u.onerror = (e) =>
        resolve(
          e.error === 'not-allowed' ? 'blocked' : e.error === 'canceled' || e.error === 'interrupted' ? 'ok' : 'failed',
        );
      window.speechSynthesis.speak(u);
    } catch {
      resolve('none');
    }
  });
}

/** Calls `listener` whenever the audio context is allowed to play or stopped again. */
export function onSoundChange(listener: () => void): () => void {
  const ctx = context();
  if (!ctx) return () => undefined;
  ctx.addEventListener('statechange', listener);
  return () => ctx.removeEventListener('statechange', listener);
}

/** Tries to start audio; from a tap or key press this also unlocks speech in Chromium. */
export async function unlockSound(fromGesture = false): Promise<void> {
  try {
    await context()?.resume();
  } catch {
    // not allowed yet: the screen shows the "tap to turn on sound" hint
  }
  if (fromGesture && 'speechSynthesis' in window) {
    try {
      window.speechSynthesis.speak(new SpeechSynthesisUtterance(''));
    } catch {
      // no speech on this device
    }
  }
}

/** A soft ding-dong (two sine tones), about a second long. */
export function chime(): void {
  const ctx = context();
  if (!ctx || ctx.state !== 'running') return;
  try {
    const start = ctx.currentTime + 0.02;
    [784, 659].forEach((freq, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      const t = start + i * 0.45;
      osc.type = 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.35, t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.8);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + 0.85);
    });
  } catch {
    // audio graph unavailable: the visual announcement is enough
  }
}

const DIGITS = '零一二三四五六七八九';

/** "A012" → "A零一二", so a Chinese voice reads each digit as queue systems do. */
export function spokenCode(code: string): string {
  return code.replace(/\d/g, (d) => DIGITS[Number(d)]);
}

/** Speaks `text` (twice, as halls do) in Chinese where the browser has speech synthesis. */
export function speak(text: string, lang = 'zh-CN', times = 2): void {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
  try {
    const synth = window.speechSynthesis;
    const voice = synth.getVoices().find((v) => v.lang.replace('_', '-').startsWith(lang.slice(0, 2)));
    for (let i = 0; i < times; i++) {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = lang;
      u.rate = 0.85;
      if (voice) u.voice = voice;
      synth.speak(u);
    }
  } catch {
    // speech unavailable or not allowed: the screen still shows the call
  }
}
