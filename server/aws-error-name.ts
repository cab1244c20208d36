// AWS answers these when the signing credentials are unknown, expired or wrong.
export const CREDENTIAL_ERRORS: ReadonlySet<string> = new Set([
  'ExpiredTokenException',
  'ExpiredToken',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
]);

/** The error's shape name, found where the SDK looks for it (awsJson: __type, code, x-amzn-errortype). */
export function errorNameOf(headers: Record<string, string>, body: Uint8Array): string | undefined {
  const fromBody = bodyErrorName(body);
  const header = Object.entries(headers).find(([name]) => name.toLowerCase() === 'x-amzn-errortype')?.[1];
  const raw = fromBody ?? header;
  return raw === undefined ? undefined : sanitize(raw);
}

function bodyErrorName(body: Uint8Array): string | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(body).toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const type = Reflect.get(parsed, '__type') ?? Reflect.get(parsed, 'code');
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined;
  }
}

// The SDK's rule: before the first ',' and ':', after the '#' ("ns#Name:http://…" → "Name").
function sanitize(raw: string): string {
  const head = raw.split(',')[0].split(':')[0];
  return head.slice(head.indexOf('#') + 1);
}
