import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import type { Jwks } from 'aws-jwt-verify/jwk';

export const USER_POOL_ID = 'eu-west-2_Ab12Cd34E';
export const CLIENT_ID = '4s2kdm5ninlkq1c0example0a';
const ISSUER = `https://cognito-idp.eu-west-2.amazonaws.com/${USER_POOL_ID}`;
const KEY_ID = 'test-key-1';

/** A signing key standing in for the user pool's, and access tokens shaped like Cognito's. */
export function testUserPool(): { jwks: Jwks; accessToken: (claims?: Record<string, unknown>) => string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const jwks: Jwks = { keys: [{ kty: 'RSA', n: String(jwk.n), e: String(jwk.e), kid: KEY_ID, alg: 'RS256', use: 'sig' }] };
  const accessToken = (claims: Record<string, unknown> = {}): string => {
    const now = Math.floor(Date.now() / 1000);
    const header = { kid: KEY_ID, alg: 'RS256' };
    const payload = {
      sub: randomUUID(), iss: ISSUER, client_id: CLIENT_ID, origin_jti: randomUUID(), token_use: 'access', scope: 'openid',
      auth_time: now, iat: now, exp: now + 3600, jti: randomUUID(), username: 'alice', ...claims,
    };
    const unsigned = `${encode(header)}.${encode(payload)}`;
    return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
  };
  return { jwks, accessToken };
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
