import type { MethodDefinition, PhaseWarning, Role, SessionView } from '@intervision/shared';
import { useEffect, useRef, useState } from 'react';
import { phaseGuidance } from '../room/phaseGuidance';
import { playChime } from './chime';
import { useTranslation } from 'react-i18next';

/**
 * What to announce to screen readers, and a chime, when the phase changes or the one-minute warning
 * arrives. The first view after (re)joining is announced but not chimed.
 */
export function usePhaseCues(
  view: SessionView | null,
  method: MethodDefinition | undefined,
  role: Role,
  warning: PhaseWarning | null,
): string {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const lastKey = useRef<string | null>(null);
  const phaseKey = view
    ? `${view.status === 'ended' ? 'ended' : (view.phase?.id ?? 'lobby')}`
    : null;

  useEffect(() => {
    if (!view || phaseKey === null || phaseKey === lastKey.current) return;
    const first = lastKey.current === null;
    lastKey.current = phaseKey;
    const { title, guidance } = phaseGuidance(t, view, method, role);
    setAnnouncement(t('phase.announce', { title, guidance }));
    if (!first) playChime();
  }, [phaseKey, view, method, role, t]);

  // Only a new warning announces; later views of the same phase must not repeat it.
  const currentPhaseId = useRef<string | undefined>(undefined);
  currentPhaseId.current = view?.phase?.id;
  useEffect(() => {
    if (warning && warning.phaseId === currentPhaseId.current)
      setAnnouncement(t('phase.oneMinute'));
  }, [warning, t]);

  return announcement;
}
