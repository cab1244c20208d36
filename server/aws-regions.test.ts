import { describe, expect, it } from 'vitest';
import { partitionRegions } from './aws-regions.ts';

describe('the regions the SDK knows', () => {
  it('lists the aws partition\'s regions, without pseudo-regions, for --regions all', async () => {
    const regions = await partitionRegions(undefined);
    expect(regions).toEqual(expect.arrayContaining(['us-east-1', 'eu-west-1', 'ap-southeast-2', 'sa-east-1', 'il-central-1']));
    expect(regions).not.toContain('aws-global');
    expect(regions.some((region) => region.startsWith('us-gov-') || region.startsWith('cn-'))).toBe(false);
    expect(await partitionRegions('eu-west-3')).toEqual(regions);
  });

  it('lists another partition\'s regions for a home region in it', async () => {
    expect(await partitionRegions('us-gov-west-1')).toEqual(expect.arrayContaining(['us-gov-east-1', 'us-gov-west-1']));
    expect(await partitionRegions('us-gov-west-1')).not.toContain('us-east-1');
  });
});
