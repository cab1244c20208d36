import type { Store } from './store.ts';
import type { Tokens } from './tokens.ts';

export interface Context {
  readonly store: Store;
  readonly now: number;
  readonly tokens: Tokens;
}

export type Operation = (body: Record<string, unknown>, context: Context) => object;
