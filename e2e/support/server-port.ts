// E2E_PORT lets two runs share a machine; the AWS-mode servers take the next two ports, and the
// demo organization the one after.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);
export const E2E_ORG_PORT = E2E_PORT + 3;
