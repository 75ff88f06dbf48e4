import { render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { MediaPolicyState } from '../session/useMediaPolicy';
import { MediaControls } from './MediaControls';

const policy = (over: Partial<MediaPolicyState> = {}): MediaPolicyState => ({
  micOn: false,
  camOn: true,
  micBlocked: 'listen',
  camBlocked: null,
  failed: { microphone: false, camera: false },
  micWanted: true,
  toggle: vi.fn(),
  ...over,
});

describe('MediaControls', () => {
  test('says the microphone waits for your turn when a strict round holds it off', () => {
    render(<MediaControls policy={policy()} status="ready" role="peer" waitingForTurn />);
    expect(screen.getByTestId('toggle-mic')).toBeDisabled();
    expect(screen.getByTestId('toggle-cam')).toBeEnabled();
    expect(screen.getByTestId('media-blocked-reason')).toHaveTextContent(
      'Your microphone comes on when it is your turn in the round.',
    );
  });

  test('gives the phase’s reason when the phase holds the microphone off', () => {
    const both = policy({ camOn: false, camBlocked: 'listen' });
    render(<MediaControls policy={both} status="ready" role="peer" />);
    expect(screen.getByTestId('media-blocked-reason')).toHaveTextContent(
      'This phase asks you to listen.',
    );
  });
});
