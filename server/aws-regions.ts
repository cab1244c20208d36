import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { AwsSetupError } from './aws-setup-error.ts';

interface PartitionsInfo {
  partitions: { id: string; regionRegex: string; regions: Record<string, unknown> }[];
}

// The SDK's endpoint resolver carries AWS's partitions.json (every region of every partition);
// @aws-sdk/core does not export it, so it is loaded from the file next to the resolver.
const PARTITIONS_FILE = '../dist-es/submodules/client/util-endpoints/lib/aws/partitions.js';

/**
 * The regions of the partition `homeRegion` belongs to (aws when it matches none), as the installed
 * SDK knows them, without pseudo-regions such as aws-global.
 */
export async function partitionRegions(homeRegion: string | undefined): Promise<string[]> {
  const info = await loadPartitions();
  const partitions = info.partitions.map((partition) => ({ ...partition, pattern: new RegExp(partition.regionRegex) }));
  const home = partitions.find((partition) => homeRegion !== undefined && partition.pattern.test(homeRegion))
    ?? partitions.find((partition) => partition.id === 'aws');
  if (home === undefined) throw new AwsSetupError('The AWS SDK lists no aws partition, so --regions all cannot be used.');
  return Object.keys(home.regions).filter((region) => home.pattern.test(region)).sort();
}

async function loadPartitions(): Promise<PartitionsInfo> {
  const entry = createRequire(import.meta.url).resolve('@aws-sdk/core');
  const loaded: unknown = await import(new URL(PARTITIONS_FILE, pathToFileURL(entry)).href).catch(() => undefined);
  const info = typeof loaded === 'object' && loaded !== null ? Reflect.get(loaded, 'partitionsInfo') : undefined;
  if (!isPartitionsInfo(info)) {
    throw new AwsSetupError('Cannot read the region list of the installed AWS SDK (@aws-sdk/core); list the regions in --regions instead of all.');
  }
  return info;
}

function isPartitionsInfo(value: unknown): value is PartitionsInfo {
  if (typeof value !== 'object' || value === null) return false;
  const partitions: unknown = Reflect.get(value, 'partitions');
  return Array.isArray(partitions) && partitions.every((partition: unknown) =>
    typeof partition === 'object' && partition !== null &&
    typeof Reflect.get(partition, 'id') === 'string' &&
    typeof Reflect.get(partition, 'regionRegex') === 'string' &&
    typeof Reflect.get(partition, 'regions') === 'object');
}
