import type { Context } from '../context.ts';
import { stopRun } from '../lifecycle.ts';
import { findImport, IMPORT_ID } from '../members.ts';
import { parse, type Shape } from '../shape.ts';
import { importDetail } from '../wire.ts';

const shape = { ImportId: { ...IMPORT_ID, required: true } } as const satisfies Shape;

// Stopping an import that has already ended changes nothing and returns it as it is (README).
export function stopImport(body: Record<string, unknown>, { store, now }: Context) {
  const { ImportId } = parse(body, shape);
  const record = findImport(store, ImportId);
  stopRun(record, now);
  return importDetail(record, now);
}
