interface ProgressBarProps {
  /** Whole percent; null while the total is unknown, shown as an indeterminate bar. */
  percent: number | null;
  label: string;
  /** What a screen reader hears instead of the bare number. */
  valueText?: string;
  size?: 'small' | 'large';
}

export function ProgressBar({ percent, label, valueText, size = 'large' }: ProgressBarProps) {
  return (
    <div
      className={`progress progress--${size}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      aria-valuetext={valueText}
    >
      <div
        className={percent === null ? 'progress__fill progress__fill--unknown' : 'progress__fill'}
        style={percent === null ? undefined : { width: `${percent}%` }}
      />
    </div>
  );
}
