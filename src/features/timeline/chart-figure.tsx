import { useId, useState, type ReactNode } from 'react';

interface ChartFigureProps {
  caption: string;
  /** What the chart covers and what it leaves out, in plain words. */
  note: ReactNode;
  /** One sentence that sums the data up: the figure's accessible name. */
  summary: string;
  children: ReactNode;
  /** The same data as a table, rendered only when asked for. */
  table: () => ReactNode;
  className?: string;
}

/** A chart with its caption, a one-sentence summary as its label, and a "Show data table" toggle. */
export function ChartFigure({ caption, note, summary, children, table, className }: ChartFigureProps) {
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <figure className={className ? `chart ${className}` : 'chart'} aria-label={summary}>
      <figcaption className="chart__caption">
        <span className="chart__title">{caption}</span>
        <span className="chart__note">{note}</span>
      </figcaption>
      {children}
      <div className="chart__footer">
        <p className="chart__summary" aria-hidden="true">
          {summary}
        </p>
        <button type="button" className="button button--small" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen(!open)}>
          {open ? 'Hide data table' : 'Show data table'}
        </button>
      </div>
      <div id={tableId} hidden={!open}>
        {open ? table() : null}
      </div>
    </figure>
  );
}
