import type { Context } from '../context.ts';
import { findImport, IMPORT_ID } from '../members.ts';
import { parse, type Shape } from '../shape.ts';
import { importDetail } from '../wire.ts';

const shape = { ImportId: { ...IMPORT_ID, required: true } } as const satisfies Shape;

export function getImport(body: Record<string, unknown>, { store, now }: Context) {
  const { ImportId } = parse(body, shape);
  return importDetail(findImport(store, ImportId), now);
}
