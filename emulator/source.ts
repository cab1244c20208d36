import { hash } from './random.ts';
import { emptyStore, seed } from './seed.ts';
import type { StoreSet } from './seed-data-stores.ts';
import type { Store } from './store.ts';
import { scopedTokens, type Tokens } from './tokens.ts';

export interface SourceInfo {
  readonly account: string;
  readonly accountName: string;
  readonly region: string;
}

export interface SeedBase {
  readonly seed: number;
  readonly imports: number;
  // the instant the data is seeded relative to, even when a source is first used later
  readonly now: number;
}

// How a source is filled: one of the seeded store sets, empty (a region the organization does not
// name), or not at all (a region without Lake).
export type SourceKind = StoreSet | 'empty' | 'unsupported';

// One (account, region): its own data stores, imports and page tokens, seeded on first use.
export class Source implements SourceInfo {
  readonly account: string;
  readonly accountName: string;
  readonly region: string;
  readonly kind: SourceKind;
  // undefined: tokens are not scoped, as without an organization
  private readonly tokenScope: string | undefined;
  private base: SeedBase;
  private seeded: Store | undefined;

  constructor(info: SourceInfo, kind: SourceKind, base: SeedBase, scoped = true) {
    this.account = info.account;
    this.accountName = info.accountName;
    this.region = info.region;
    this.kind = kind;
    this.base = base;
    this.tokenScope = scoped ? `${info.account}/${info.region}` : undefined;
  }

  get key(): string {
    return `${this.account}/${this.region}`;
  }

  get lake(): boolean {
    return this.kind !== 'unsupported';
  }

  // The first source of the organization keeps the base seed, so it matches the emulator without one.
  get seed(): number {
    return this.kind === 'primary' ? this.base.seed : hash(`${this.base.seed}/${this.key}`);
  }

  store(): Store {
    if (!this.seeded) {
      const { imports, now } = this.base;
      const kind = this.kind;
      this.seeded =
        kind === 'empty' || kind === 'unsupported'
          ? emptyStore(now)
          : seed({ seed: this.seed, imports, now, source: this, storeSet: kind });
    }
    return this.seeded;
  }

  reseed(base: SeedBase): void {
    this.base = base;
    this.seeded = undefined;
  }

  // A token this source issued is refused by every other: the scope is part of what is signed.
  tokens(tokens: Tokens): Tokens {
    return this.tokenScope === undefined ? tokens : scopedTokens(tokens, this.tokenScope);
  }
}
