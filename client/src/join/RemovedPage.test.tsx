import { render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { JoinScreen } from './JoinScreen';

vi.mock('./DevicePreview', () => ({ DevicePreview: () => <div>preview</div> }));

const KEY = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

describe('after the server closed the session for this person', () => {
  test.each([
    ['removed', /You are no longer in this session.*The chair has removed you from this session/],
    ['expired', /This session has closed.*everything stored about it was deleted/],
  ] as const)('"%s" is explained calmly and offers no form to join again', (problem, message) => {
    render(
      <JoinScreen
        sessionId="sess1"
        secret="secret"
        mediaKey={KEY}
        e2eeSupported
        initialProblem={problem}
        onJoined={() => undefined}
      />,
    );
    expect(screen.getByTestId('error-message')).toHaveTextContent(message);
    expect(screen.queryByTestId('join-name')).not.toBeInTheDocument();
  });
});
