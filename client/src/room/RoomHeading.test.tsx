import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { RoomHeading } from './RoomHeading';

describe('RoomHeading', () => {
  test('takes focus when the room opens, naming the session', () => {
    render(<RoomHeading title="March group" />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Intervision session: March group');
    expect(heading).toHaveFocus();
  });
});
