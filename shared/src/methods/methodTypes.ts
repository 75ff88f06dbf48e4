import type { PhaseMediaPolicy } from '../mediaPolicy.js';
import type { Role } from '../roles.js';

/** One step of a method. Durations are seconds; the UI shows minutes. */
export interface PhaseDefinition {
  /** Stable id, unique within the method; the key for per-session duration overrides. */
  id: string;
  title: string;
  defaultSeconds: number;
  /** What each role is asked to do during this phase, shown to that role only. */
  guidance: Record<Role, string>;
  /** Who listens (mic and camera off) in this phase; the server enforces it in the SFU. */
  media: PhaseMediaPolicy;
  /** Pin the presenter's question for everyone during this phase. */
  showQuestion: boolean;
  /** How the video stage is arranged while this phase runs with a presenter chosen. */
  stage: PhaseStage;
}

/**
 * `presenter`: the presenter large (presenting, or responding after listening). `circle`: everyone
 * in a grid, the presenter's tile marked as listening. `grid`: everyone alike. Without a chosen
 * presenter every phase shows the grid.
 */
export type PhaseStage = 'presenter' | 'circle' | 'grid';

/** A protocol a group can run. Adding a method is adding one of these, not code. */
export interface MethodDefinition {
  id: string;
  title: string;
  summary: string;
  /** The chair must choose a presenter before starting. */
  requiresPresenter: boolean;
  /**
   * Raised hands stay up when the phase changes. Off (the default) for every method so far: a hand
   * raised to speak in one phase is about that phase, and a stale queue misleads the chair.
   */
  keepsHandsAcrossPhases?: boolean;
  phases: readonly PhaseDefinition[];
}
