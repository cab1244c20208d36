// E2E_PORT lets two runs share a machine; the AWS-mode servers take the next two ports.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);
