import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importQueries } from '../api/import-queries.ts';
import { startImport } from '../api/start-import.ts';
import { stopImport } from '../api/stop-import.ts';
import { mergeDetail, type ImportDetail } from '../import-detail.ts';
import type { ImportRef } from '../model.ts';

export type ImportAction = 'stop' | 'retry';

/**
 * Stop or retry one import, in its own account and region. CloudTrail's answer is shown at once; the list's next refresh (asked
 * for straight away) and the detail's own polling then confirm it.
 */
export function useImportAction(ref: ImportRef) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: ImportAction): Promise<ImportDetail> =>
      action === 'stop' ? stopImport(ref) : startImport(ref, { retryOf: ref.id }),
    onSuccess: (detail) => {
      const key = importQueries.detail(ref).queryKey;
      client.setQueryData(key, (previous: ImportDetail | undefined) => mergeDetail(previous, detail));
      void client.invalidateQueries({ queryKey: importQueries.watches() });
      void client.invalidateQueries({ queryKey: importQueries.failures(ref).queryKey });
    },
  });
}
