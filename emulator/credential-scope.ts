export interface CredentialScope {
  readonly accessKeyId: string;
  // yyyymmdd
  readonly date: string;
  readonly region: string;
  readonly service: string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const DATE = /^\d{8}$/;
const NAME = /^[a-z0-9-]+$/;
const KEY = /^[^\s/,=]+$/;

// The scope of a SigV4 `Authorization` header:
// `AWS4-HMAC-SHA256 Credential=<key>/<yyyymmdd>/<region>/<service>/aws4_request, SignedHeaders=..., Signature=...`.
// Undefined for anything else, SigV4a included (its scope names no region).
export function credentialScopeOf(header: string | undefined): CredentialScope | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  if (!text.startsWith(`${ALGORITHM} `)) return undefined;
  const parameters = text.slice(ALGORITHM.length).split(',').map((part) => part.trim());
  const credential = parameters.find((part) => part.startsWith('Credential='))?.slice('Credential='.length);
  const [accessKeyId = '', date = '', region = '', service = '', terminator, ...rest] = credential?.split('/') ?? [];
  if (terminator !== 'aws4_request' || rest.length > 0) return undefined;
  if (!KEY.test(accessKeyId) || !DATE.test(date) || !NAME.test(region) || !NAME.test(service)) return undefined;
  return { accessKeyId, date, region, service };
}

// Region-shaped: us-east-1, eu-central-2, us-gov-west-1, us-isob-east-1, ...
export function isRegionName(name: string): boolean {
  return /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/.test(name);
}

// The account an access key ID names: its first run of exactly twelve digits. AWS's own key IDs
// are base32 (digits 2-7 only) and never hold one, so `AKIDEXAMPLE` or `BROWSER` name none.
export function accountOfAccessKey(accessKeyId: string): string | undefined {
  return /(?<!\d)\d{12}(?!\d)/.exec(accessKeyId)?.[0];
}
