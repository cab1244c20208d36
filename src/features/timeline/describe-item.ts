import { formatDateTime, formatDuration } from '../../lib/format-time.ts';
import { statusLabel } from '../imports/model.ts';
import type { RowItem } from './chunks.ts';
import type { TimelineModel } from './lanes.ts';
import { countWords, statusCounts } from './summaries.ts';
import { isRunning } from './timeline-import.ts';

function laneWords(model: TimelineModel, row: number): string {
  const lane = model.lanes[model.rowLane[row] ?? -1];
  if (!lane) return '';
  return lane.source ? `${lane.name} (${lane.source})` : lane.name;
}

/** What the live region says when keyboard focus lands on a bar or a chunk. */
export function describeItem(model: TimelineModel, item: RowItem): string {
  const lane = laneWords(model, item.row);
  const imported = item.bar ? model.imports[item.bar.item] : undefined;
  if (item.bar && imported) {
    const until = isRunning(imported.status) ? 'now' : formatDateTime(item.end);
    return (
      `${statusLabel(imported.status)} import ${imported.id} in ${lane}, from ${formatDateTime(item.start)} ` +
      `to ${until} (${formatDuration(item.end - item.start)}). Enter opens it.`
    );
  }
  const counts = countWords(statusCounts(model.statuses, item.statusCounts));
  return (
    `${item.count.toLocaleString()} imports in ${lane} from ${formatDateTime(item.start)} to ` +
    `${formatDateTime(item.end)}: ${counts}. Enter zooms in.`
  );
}
