import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { JoinScreen } from './JoinScreen';

// The preview needs real devices; this test is about the form around it.
vi.mock('./DevicePreview', () => ({ DevicePreview: () => null }));

const KEY = 'A'.repeat(43);

describe('JoinScreen problems', () => {
  afterEach(() => vi.unstubAllGlobals());

  test(
    'a refusal on pressing Enter appears next to the button and takes focus',
    { timeout: 20_000 },
    async () => {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () =>
          Response.json({ error: 'session_full', message: 'full' }, { status: 409 }),
        ),
      );
      render(
        <JoinScreen sessionId="s1" secret="abc" mediaKey={KEY} e2eeSupported onJoined={vi.fn()} />,
      );
      await userEvent.type(screen.getByTestId('join-name'), 'Sam');
      await userEvent.click(screen.getByTestId('join-accept'));
      await userEvent.click(screen.getByTestId('join-submit'));
      const alert = await screen.findByTestId('error-message');
      expect(alert).toHaveTextContent('This group is full');
      expect(alert).toHaveFocus();
      // Right before the button the person just pressed, not at the top of the page.
      expect(alert.nextElementSibling).toBe(screen.getByTestId('join-submit'));
    },
  );
});
