import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ListeningView } from './ListeningView';

describe('ListeningView', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('shows why the microphone and camera are off', () => {
    render(<ListeningView sessionId="s1" />);
    expect(screen.getByTestId('listening-reason')).toHaveTextContent(
      'You are listening: the group reflects on your case without you joining in.',
    );
  });

  test('keeps notes in localStorage for this session and never sends them', async () => {
    const fetchSpy = vi.fn();
    const beaconSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    vi.stubGlobal('WebSocket', vi.fn());
    Object.defineProperty(navigator, 'sendBeacon', { value: beaconSpy, configurable: true });

    render(<ListeningView sessionId="s1" />);
    await userEvent.type(screen.getByTestId('private-notes'), 'Ask about the sister');

    expect(localStorage.getItem('intervision:s1:notes')).toBe('Ask about the sister');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(beaconSpy).not.toHaveBeenCalled();
  });

  test('brings back the notes written earlier in this browser', () => {
    localStorage.setItem('intervision:s1:notes', 'Earlier thought');
    render(<ListeningView sessionId="s1" />);
    expect(screen.getByTestId('private-notes')).toHaveValue('Earlier thought');
  });
});
