import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { JoinScreen } from './JoinScreen';

// The camera preview (and with it the LiveKit SDK) never arrives: the form must not wait for it.
vi.mock('./DevicePreview', () => new Promise(() => undefined));

const KEY = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

describe('JoinScreen before the media code has loaded', () => {
  test('the whole form is usable: name, camera and microphone choices, agreement, enter', async () => {
    render(
      <JoinScreen sessionId="s1" secret="abc" mediaKey={KEY} e2eeSupported onJoined={vi.fn()} />,
    );
    expect(screen.getByText('Starting camera…')).toBeInTheDocument();
    await userEvent.type(screen.getByTestId('join-name'), 'Sam');
    await userEvent.click(screen.getByTestId('join-mic'));
    await userEvent.click(screen.getByTestId('join-cam'));
    await userEvent.click(screen.getByTestId('join-accept'));
    expect(screen.getByTestId('join-mic')).not.toBeChecked();
    expect(screen.getByText('Camera off')).toBeInTheDocument();
    expect(screen.getByTestId('join-submit')).toBeEnabled();
  });
});
