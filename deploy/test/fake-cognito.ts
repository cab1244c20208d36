import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

export interface FakeCognito {
  url: string;
  /** Form bodies the token endpoint received. */
  tokenRequests: URLSearchParams[];
  /** The code the token endpoint accepts, and its PKCE challenge once the authorize URL was followed. */
  issueCode(challenge: string): string;
  close(): Promise<void>;
}

/** The user pool domain's token endpoint: redeems one code for `accessToken` when the PKCE verifier matches. */
export async function startFakeCognito(accessToken: () => string): Promise<FakeCognito> {
  const codes = new Map<string, string>();
  const tokenRequests: URLSearchParams[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      tokenRequests.push(form);
      const challenge = codes.get(form.get('code') ?? '');
      const verified = challenge !== undefined && createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url') === challenge;
      res.writeHead(verified ? 200 : 400, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(verified ? { access_token: accessToken(), token_type: 'Bearer', expires_in: 3600 } : { error: 'invalid_grant' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    tokenRequests,
    issueCode: (challenge) => {
      const code = `code-${codes.size + 1}`;
      codes.set(code, challenge);
      return code;
    },
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
