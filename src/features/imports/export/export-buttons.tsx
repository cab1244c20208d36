import { useState } from 'react';
import { downloadText } from '../../../lib/download.ts';
import type { ImportRow } from '../model.ts';

interface ExportButtonsProps {
  rows: readonly ImportRow[];
  names: ReadonlyMap<string, string>;
}

/** The imports shown (filters and search applied), newest first; the writer loads on first use. */
export function ExportButtons({ rows, names }: ExportButtonsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const save = async (format: 'csv' | 'json') => {
    setProblem(null);
    try {
      const content = await import('./export-content.ts');
      const ordered = [...rows].sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
      if (format === 'csv') downloadText(`cloudtrail-imports-${stamp}.csv`, content.importsCsv(ordered, names), 'text/csv;charset=utf-8');
      else downloadText(`cloudtrail-imports-${stamp}.json`, content.importsJson(ordered), 'application/json');
    } catch (error) {
      setProblem(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div className="export" role="group" aria-label="Export the imports shown">
      <button type="button" className="button button--link" disabled={rows.length === 0} onClick={() => void save('csv')}>
        Export CSV
      </button>
      <button type="button" className="button button--link" disabled={rows.length === 0} onClick={() => void save('json')}>
        Export JSON
      </button>
      {problem ? (
        <span className="export__problem" role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
