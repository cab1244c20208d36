import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeCell } from './time-cells.tsx';

const START = Date.UTC(2026, 11, 2, 9, 0, 0);

describe('TimeCell', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => vi.useRealTimers());

  it('keeps its relative hint true as the clock moves', () => {
    render(<TimeCell ms={START - 40_000} />);
    expect(screen.getByText('just now')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(10_000));
    expect(screen.getByText('1 min ago')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2 * 60_000));
    expect(screen.getByText('3 min ago')).toBeInTheDocument();
  });

  it('shows a dash for a time CloudTrail has not given', () => {
    render(<TimeCell ms={0} />);
    expect(screen.getByText('—')).toBeInTheDocument();
  });
});
