import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ErrorDetails } from '../../../components/error-details.tsx';
import { FlashBanner } from '../../../components/flash-banner.tsx';
import { describeError } from '../../../lib/aws-error-copy.ts';
import { CLOUDTRAIL_ENDPOINT } from '../../../lib/cloudtrail-endpoint.ts';
import { downloadText } from '../../../lib/download.ts';
import { importQueries } from '../api/import-queries.ts';
import type { ImportRef } from '../model.ts';
import { groupFailures, type ImportFailure } from './failure-model.ts';
import { FailureGroups } from './failure-groups.tsx';
import { FailuresTable } from './failures-table.tsx';

interface FailuresSectionProps {
  importRef: ImportRef;
  /** The import's UpdatedTimestamp: when it moves, the failures may have too. */
  updated: number;
}

/** ListImportFailures, all pages: grouped by error type first, then every entry, exportable as CSV. */
export default function FailuresSection({ importRef, updated }: FailuresSectionProps) {
  const importId = importRef.id;
  const headingId = useId();
  const failures = useQuery(importQueries.failures(importRef));
  const [selected, setSelected] = useState<string | null>(null);
  const { refetch } = failures;
  const seen = useRef(updated);
  useEffect(() => {
    if (seen.current === updated) return;
    seen.current = updated;
    void refetch({ cancelRefetch: false });
  }, [updated, refetch]);

  const all = failures.data;
  const groups = useMemo(() => groupFailures(all ?? []), [all]);
  const shown = useMemo(() => (all && selected ? all.filter((f) => f.errorType === selected) : all), [all, selected]);

  return (
    <section className="detail__section" aria-labelledby={headingId}>
      <div className="detail__section-header">
        <h3 id={headingId}>Failures{all ? ` (${all.length.toLocaleString()})` : ''}</h3>
        {all && all.length > 0 ? (
          <button type="button" className="button" onClick={() => void exportFailures(importId, all)}>
            Export failures as CSV
          </button>
        ) : null}
      </div>
      {failures.isPending ? <p className="muted">Loading failures…</p> : null}
      {failures.isError ? (
        <FlashBanner tone="error" title={`Couldn’t list the failures of import ${importId}`}>
          <FailuresError error={failures.error} />
        </FlashBanner>
      ) : null}
      {all && all.length === 0 ? <p className="muted">CloudTrail lists no failures for this import.</p> : null}
      {all && shown && all.length > 0 ? (
        <>
          <FailureGroups groups={groups} selected={selected} onSelect={setSelected} />
          <FailuresTable failures={shown} />
        </>
      ) : null}
    </section>
  );
}

async function exportFailures(importId: string, failures: readonly ImportFailure[]): Promise<void> {
  const { failuresCsv } = await import('../export/export-content.ts');
  downloadText(`import-${importId}-failures.csv`, failuresCsv(failures), 'text/csv;charset=utf-8');
}

function FailuresError({ error }: { error: unknown }) {
  const report = describeError(error, CLOUDTRAIL_ENDPOINT);
  return (
    <>
      <p>{report.summary}</p>
      <ErrorDetails report={report} />
    </>
  );
}
