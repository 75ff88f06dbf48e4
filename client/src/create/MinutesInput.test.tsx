import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { CreateScreen } from './CreateScreen';

const presentation = () => screen.getByLabelText<HTMLInputElement>('Presentation, minutes');

describe('phase minutes', () => {
  test('a cleared field stays empty while the person types a new number', async () => {
    render(<CreateScreen />);
    await userEvent.clear(presentation());
    expect(presentation().value).toBe('');
    await userEvent.type(presentation(), '7');
    expect(presentation().value).toBe('7');
    await userEvent.clear(presentation());
    await userEvent.type(presentation(), '10');
    expect(presentation().value).toBe('10');
    expect(screen.getByText(/Total: 50 minutes/)).toBeInTheDocument();
  });

  test('leaving the field empty puts the last usable number back', async () => {
    render(<CreateScreen />);
    await userEvent.clear(presentation());
    await userEvent.type(presentation(), '12');
    await userEvent.clear(presentation());
    await userEvent.tab();
    expect(presentation().value).toBe('12');
  });
});
