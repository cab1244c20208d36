import { useId } from 'react';
import { CopyButton } from '../../../components/copy-button.tsx';
import { formatDateTime, formatDuration, formatIso } from '../../../lib/format-time.ts';
import { useNow } from '../../../lib/use-now.ts';
import type { ImportDetail } from '../import-detail.ts';
import { durationMs, isActive } from '../model.ts';
import { Fact } from './fact.tsx';

/** Where the import reads from and writes to, and when it ran: everything GetImport says besides progress. */
export function ImportFacts({ detail, names }: { detail: ImportDetail; names: ReadonlyMap<string, string> }) {
  const headingId = useId();
  return (
    <section className="detail__section" aria-labelledby={headingId}>
      <h3 id={headingId}>Details</h3>
      <div className="facts">
        <Fact label="Destination" wide>
          {detail.destinations.map((arn) => (
            <span key={arn} className="stack">
              <span className="destination__name">{names.get(arn) || arn.slice(arn.lastIndexOf('/') + 1)}</span>
              <Copyable text={arn} label="Copy destination ARN" />
            </span>
          ))}
        </Fact>
        <Fact label="S3 source URI" wide>
          <Copyable text={detail.s3LocationUri} label="Copy S3 source URI" />
        </Fact>
        <Fact label="Bucket region">{detail.bucketRegion || '—'}</Fact>
        <Fact label="Access role ARN" wide>
          <Copyable text={detail.accessRoleArn} label="Copy access role ARN" />
        </Fact>
        <Fact label="Event time range" wide>
          <EventRange start={detail.startEventTime} end={detail.endEventTime} />
        </Fact>
        <Fact label="Created">
          <Time ms={detail.created} />
        </Fact>
        <Fact label="Updated">
          <Time ms={detail.updated} />
        </Fact>
        <Fact label="Duration">
          <Duration detail={detail} />
        </Fact>
      </div>
    </section>
  );
}

function Copyable({ text, label }: { text: string; label: string }) {
  if (!text) return <span className="muted">—</span>;
  return (
    <span className="copyable">
      <span className="mono copyable__text">{text}</span>
      <CopyButton text={text} label={label} />
    </span>
  );
}

function Time({ ms }: { ms: number | null }) {
  if (!ms) return <span className="muted">—</span>;
  return (
    <time dateTime={formatIso(ms)} title={formatIso(ms)}>
      {formatDateTime(ms)}
    </time>
  );
}

function EventRange({ start, end }: { start: number | null; end: number | null }) {
  if (start === null && end === null) return <span>All events in the source (no range given)</span>;
  return (
    <span>
      <Time ms={start} /> to <Time ms={end} />
    </span>
  );
}

function Duration({ detail }: { detail: ImportDetail }) {
  const now = useNow();
  if (!isActive(detail)) return <span>{formatDuration(durationMs(detail, detail.updated))}</span>;
  return <span>{formatDuration(durationMs(detail, now))} so far</span>;
}
