let context: AudioContext | null = null;

/** One soft tone for the chair when a hand goes up: quieter and shorter than the phase chime. */
export function playHandCue(): void {
  playTones([740], 0.035, 0.5);
}

/**
 * A soft two-note chime for phase changes. Guarded: browsers without WebAudio, or that have not yet
 * allowed audio (no user gesture), simply stay silent.
 */
export function playChime(): void {
  playTones([660, 880], 0.06, 0.9);
}

function playTones(frequencies: number[], volume: number, seconds: number): void {
  try {
    const Ctx = window.AudioContext as typeof AudioContext | undefined;
    if (!Ctx) return;
    context ??= new Ctx();
    const ctx = context;
    if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
    const start = ctx.currentTime + 0.02;
    frequencies.forEach((freq, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      const t = start + i * 0.18;
      gain.gain.setValueAtTime(0, t);
      gain.gain.linearRampToValueAtTime(volume, t + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + seconds);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + seconds + 0.1);
    });
  } catch {
    // Audio is a courtesy; never let it break the room.
  }
}
