import type { ErrorReport } from '../lib/aws-error-copy.ts';

/** The facts support needs: the AWS error name, its message and the request id. */
export function ErrorDetails({ report }: { report: ErrorReport }) {
  return (
    <p className="error-details">
      <span>
        Error: <code>{report.name}</code>
        {report.httpStatus ? ` (HTTP ${report.httpStatus})` : ''}
      </span>
      {report.requestId ? (
        <span>
          Request ID: <code>{report.requestId}</code>
        </span>
      ) : null}
      {report.message && report.message !== report.name ? <span className="error-details__message">{report.message}</span> : null}
    </p>
  );
}
