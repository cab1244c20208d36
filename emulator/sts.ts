import type { IncomingMessage, ServerResponse } from 'node:http';
import { AwsError } from './errors.ts';
import { answerHeaders, MAX_BODY_BYTES, readBody } from './protocol.ts';
import { assumeRole, element, getCallerIdentity, StsError, type StsContext } from './sts-operations.ts';

const XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const ACTIONS: ReadonlyMap<string, (form: URLSearchParams, context: StsContext) => string> = new Map([
  ['GetCallerIdentity', getCallerIdentity],
  ['AssumeRole', assumeRole],
]);

// STS speaks awsQuery: a form-encoded POST naming the Action, answered in XML.
export function isQueryRequest(req: IncomingMessage): boolean {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  return req.method === 'POST' && mediaType === 'application/x-www-form-urlencoded';
}

// `context` reads the caller from the request once the body is in; it throws AwsErrors for bad credentials.
export function serveSts(req: IncomingMessage, res: ServerResponse, context: () => StsContext): void {
  answerHeaders(req, res);
  const requestId = String(res.getHeader('x-amzn-RequestId'));
  readBody(req, MAX_BODY_BYTES, (text) => {
    if (text === undefined) return sendError(res, new StsError('RequestEntityTooLarge', 'The request is too large.', 413), requestId);
    try {
      const form = new URLSearchParams(text);
      const action = form.get('Action') ?? '';
      const operation = ACTIONS.get(action);
      if (!operation) throw new StsError('InvalidAction', `Could not find operation ${action} for version 2011-06-15`);
      const result = operation(form, stsContext(context));
      const metadata = `<ResponseMetadata>${element('RequestId', requestId)}</ResponseMetadata>`;
      send(res, 200, `<${action}Response xmlns="${XMLNS}"><${action}Result>${result}</${action}Result>${metadata}</${action}Response>`);
    } catch (error) {
      sendError(res, error, requestId);
    }
  });
}

// STS (awsQuery) names credential failures differently from the JSON services.
function stsContext(context: () => StsContext): StsContext {
  try {
    return context();
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    if (error.type === 'UnrecognizedClientException') throw new StsError('InvalidClientTokenId', error.message, 403);
    if (error.type === 'IncompleteSignatureException') throw new StsError('IncompleteSignature', error.message);
    throw new StsError(error.type, error.message, error.status);
  }
}

function sendError(res: ServerResponse, error: unknown, requestId: string): void {
  const sts = error instanceof StsError ? error : new StsError('InternalFailure', 'An internal error occurred.', 500);
  const type = sts.status >= 500 ? 'Receiver' : 'Sender';
  const detail = element('Type', type) + element('Code', sts.code) + element('Message', sts.message);
  send(res, sts.status, `<ErrorResponse xmlns="${XMLNS}"><Error>${detail}</Error>${element('RequestId', requestId)}</ErrorResponse>`);
}

function send(res: ServerResponse, status: number, xml: string): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'text/xml', 'Content-Length': Buffer.byteLength(xml) });
  res.end(xml);
}
