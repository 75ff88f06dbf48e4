import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchContext } from '../lib/types.js';

const RATE = 48_000;
const SECONDS = 4;

/**
 * A WAV file for Chromium's fake microphone (`--use-file-for-fake-audio-capture`, played in a loop).
 * Without it the fake device beeps 20 ms every 500 ms, so "the first audible frame" would wait for
 * the next beep. The sound never pauses and its pitch sweeps (300–900 Hz, three times a second):
 * the browser's noise suppression learns and removes a steady tone within seconds, not a changing one.
 */
export function fakeMicrophoneFile(ctx: BenchContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'intervision-bench-mic-'));
  ctx.onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const samples = RATE * SECONDS;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(RATE, 24);
  wav.writeUInt32LE(RATE * 2, 28); // bytes per second
  wav.writeUInt16LE(2, 32); // bytes per frame
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36);
  wav.writeUInt32LE(samples * 2, 40);
  let phase = 0;
  for (let i = 0; i < samples; i++) {
    const t = i / RATE;
    const hz = 600 + 300 * Math.sin(2 * Math.PI * 3 * t);
    phase += (2 * Math.PI * hz) / RATE;
    wav.writeInt16LE(Math.round(12_000 * Math.sin(phase)), 44 + i * 2);
  }
  const file = join(dir, 'speech-like.wav');
  writeFileSync(file, wav);
  return file;
}
