import { CloudTrailClient, ListImportsCommand } from '@aws-sdk/client-cloudtrail';
import { getEndpointFromInstructions } from '@smithy/core/endpoints';
import { AwsSetupError } from './aws-setup-error.ts';

export interface Upstream {
  region: string;
  /** Where CloudTrail requests go; the SDK's choice, so AWS_ENDPOINT_URL_CLOUDTRAIL, AWS_ENDPOINT_URL and profile settings apply. */
  url: URL;
}

export async function resolveUpstream(settings: { region?: string; profile?: string }): Promise<Upstream> {
  const client = new CloudTrailClient({ region: settings.region, profile: settings.profile });
  try {
    const region = await client.config.region().catch(() => {
      throw new AwsSetupError(noRegionHelp(settings.profile));
    });
    const endpoint = await getEndpointFromInstructions({}, ListImportsCommand, client.config);
    return { region, url: new URL(endpoint.url.href) };
  } finally {
    client.destroy();
  }
}

/** The region the SDK picks for a profile (AWS_REGION, then the profile's region), if any. */
export async function defaultRegion(profile: string | undefined): Promise<string | undefined> {
  const client = new CloudTrailClient({ profile });
  try {
    return await client.config.region().catch(() => undefined);
  } finally {
    client.destroy();
  }
}

export function noRegionHelp(profile: string | undefined): string {
  return [
    `No AWS region is set${profile === undefined ? '' : ` for profile "${profile}"`}. Give one in any of these ways:`,
    '  npm start -- --aws --region us-east-1 (or --regions us-east-1,eu-west-1)',
    '  "regions": ["us-east-1"] in imports-dashboard.config.json',
    '  export AWS_REGION=us-east-1',
    '  a "region = us-east-1" line in the profile in ~/.aws/config',
  ].join('\n');
}
