import { CognitoJwtVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';

export interface CognitoSettings {
  userPoolId: string;
  /** A public app client: the authorization code flow with PKCE, no client secret. */
  clientId: string;
  /** The user pool's sign-in domain, e.g. https://imports-team.auth.eu-west-1.amazoncognito.com */
  domain: URL;
  /** Sends users straight to this identity provider (e.g. IAM Identity Center) instead of Cognito's own form. */
  identityProvider?: string;
}

export interface SignedInUser {
  name: string;
  /** Seconds since the epoch. */
  expires: number;
}

export interface CognitoSignIn {
  authorizeUrl(redirectUri: string, state: string, codeChallenge: string): string;
  /** Redeems the code at the token endpoint and returns the verified access token and its user. */
  redeem(code: string, codeVerifier: string, redirectUri: string): Promise<{ token: string; user: SignedInUser }>;
  /** The user of a verified, unexpired access token of this app client, or undefined. */
  userOf(token: string): Promise<SignedInUser | undefined>;
  logoutUrl(logoutUri: string): string;
}

export class SignInFailedError extends Error {
  override name = 'SignInFailedError';
}

/** Sign-in through the user pool's hosted pages; `jwks` stands in for the pool's published keys in tests. */
export function cognitoSignIn(settings: CognitoSettings, jwks?: Jwks): CognitoSignIn {
  const verifier = CognitoJwtVerifier.create({ userPoolId: settings.userPoolId, tokenUse: 'access', clientId: settings.clientId });
  if (jwks !== undefined) verifier.cacheJwks(jwks);
  const userOf = async (token: string): Promise<SignedInUser | undefined> => {
    try {
      const payload = await verifier.verify(token);
      return { name: payload.username, expires: payload.exp };
    } catch {
      return undefined;
    }
  };
  return {
    authorizeUrl: (redirectUri, state, codeChallenge) => {
      const url = new URL('/oauth2/authorize', settings.domain);
      url.search = new URLSearchParams({
        response_type: 'code', client_id: settings.clientId, redirect_uri: redirectUri, scope: 'openid', state,
        code_challenge: codeChallenge, code_challenge_method: 'S256',
        ...(settings.identityProvider === undefined ? {} : { identity_provider: settings.identityProvider }),
      }).toString();
      return url.href;
    },
    redeem: async (code, codeVerifier, redirectUri) => {
      const response = await fetch(new URL('/oauth2/token', settings.domain), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code', client_id: settings.clientId, code, code_verifier: codeVerifier, redirect_uri: redirectUri,
        }),
        signal: AbortSignal.timeout(10_000),
      });
      const answer: unknown = await response.json().catch(() => undefined);
      const token = typeof answer === 'object' && answer !== null && 'access_token' in answer ? answer.access_token : undefined;
      if (!response.ok || typeof token !== 'string') throw new SignInFailedError(`The token endpoint answered HTTP ${response.status}`);
      const user = await userOf(token);
      if (user === undefined) throw new SignInFailedError('The token endpoint returned a token that does not verify');
      return { token, user };
    },
    userOf,
    logoutUrl: (logoutUri) => {
      const url = new URL('/logout', settings.domain);
      url.search = new URLSearchParams({ client_id: settings.clientId, logout_uri: logoutUri }).toString();
      return url.href;
    },
  };
}
