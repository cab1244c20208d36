import { hash, mulberry32, randomString } from './random.ts';

// Who a key the emulator did not issue stands for: a role session in the account the key names.
const DEFAULT_ROLE = 'CloudTrailLakeDashboard';
const DEFAULT_SESSION = 'dashboard';
const MAX_SESSIONS = 10_000;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export interface Session {
  readonly accessKeyId: string;
  readonly account: string;
  readonly roleName: string;
  readonly sessionName: string;
  readonly expirationMs: number;
}

export interface Identity {
  readonly account: string;
  // arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION
  readonly arn: string;
  // ROLE-ID:SESSION
  readonly userId: string;
  // set when the key came from sts:AssumeRole, so a further AssumeRole is role chaining
  readonly session: Session | undefined;
}

// Credentials issued by sts:AssumeRole, remembered so later calls know their role session.
export class Sessions {
  private byKey = new Map<string, Session>();

  remember(session: Session): void {
    // the oldest are forgotten first; a forgotten key still routes by the account in its ID
    if (this.byKey.size >= MAX_SESSIONS) this.byKey.delete(this.byKey.keys().next().value ?? '');
    this.byKey.set(session.accessKeyId, session);
  }

  identity(accessKeyId: string | undefined, account: string): Identity {
    const session = accessKeyId === undefined ? undefined : this.byKey.get(accessKeyId);
    const role = session?.roleName ?? DEFAULT_ROLE;
    const name = session?.sessionName ?? DEFAULT_SESSION;
    return {
      account,
      arn: `arn:aws:sts::${account}:assumed-role/${role}/${name}`,
      userId: `${roleIdOf(account, role)}:${name}`,
      session,
    };
  }
}

// IAM role IDs are AROA and 17 base32 characters; the emulator derives one from the account and name.
export function roleIdOf(account: string, roleName: string): string {
  return `AROA${randomString(mulberry32(hash(`${account}:${roleName}`)), 17, BASE32)}`;
}
