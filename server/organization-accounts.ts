import { DescribeOrganizationCommand, OrganizationsClient, paginateListAccounts } from '@aws-sdk/client-organizations';
import type { CredentialSource } from './aws-credentials.ts';

export interface OrganizationAccount {
  id: string;
  name?: string;
}

export interface OrganizationListing {
  accounts: OrganizationAccount[];
  /** Undefined when organizations:DescribeOrganization is not allowed. */
  managementAccount?: string;
}

/** The organization's ACTIVE accounts (organizations:ListAccounts, every page) and its management account. */
export async function listOrganizationAccounts(
  credentials: CredentialSource,
  settings: { region: string; profile?: string },
): Promise<OrganizationListing> {
  const client = new OrganizationsClient({
    region: organizationsRegion(settings.region),
    profile: settings.profile,
    credentials: () => credentials.get(),
    maxAttempts: 3,
  });
  try {
    const accounts: OrganizationAccount[] = [];
    for await (const page of paginateListAccounts({ client }, {})) {
      for (const account of page.Accounts ?? []) {
        // State replaces Status, which AWS retires in September 2026; suspended and closing accounts are skipped.
        if (account.Id === undefined || (account.State ?? account.Status) !== 'ACTIVE') continue;
        accounts.push(account.Name === undefined ? { id: account.Id } : { id: account.Id, name: account.Name });
      }
    }
    const managementAccount = await client.send(new DescribeOrganizationCommand({}))
      .then((output) => output.Organization?.MasterAccountId, () => undefined);
    return { accounts, managementAccount };
  } finally {
    client.destroy();
  }
}

// Organizations has one endpoint per partition: us-east-1 in aws, us-gov-west-1 in GovCloud,
// cn-northwest-1 in China (AWS General Reference, "AWS Organizations endpoints and quotas").
function organizationsRegion(region: string): string {
  if (region.startsWith('us-gov-')) return 'us-gov-west-1';
  if (region.startsWith('cn-')) return 'cn-northwest-1';
  return 'us-east-1';
}
