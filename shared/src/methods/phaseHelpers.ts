import type { PhaseMediaPolicy } from '../mediaPolicy.js';

/** Method data is written in minutes; the API and the machine work in seconds. */
export const minutes = (n: number): number => n * 60;

/** The presenter listens (mic and camera off) while the group reflects. */
export const presenterListens: PhaseMediaPolicy = { presenter: 'listen' };
