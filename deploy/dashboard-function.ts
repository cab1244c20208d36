import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LAMBDA_ENVIRONMENT } from '../server/lambda-settings.ts';
import { createExecutionRole } from './execution-role.ts';
import type { DeploySettings } from './settings.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const LAMBDA_ENTRY = join(PROJECT_ROOT, 'server/lambda-main.ts');
export const LOG_RETENTION = RetentionDays.THREE_MONTHS;

/** How esbuild bundles the entry: one ES module with the pinned SDK inside, no Docker. */
export const BUNDLING = {
  format: OutputFormat.ESM,
  target: 'node24',
  minify: true,
  sourceMap: false,
  bundleAwsSDK: true,
  forceDockerBundling: false,
  mainFields: ['module', 'main'],
  // CommonJS packages in the bundle still call require().
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
} satisfies BundlingOptions;

export interface SignInEnvironment {
  userPoolId: string;
  clientId: string;
  domain: string;
  identityProvider?: string;
}

/** The dashboard server in `--aws` mode, with the built page beside it. */
export class DashboardFunction extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, settings: DeploySettings, signIn: SignInEnvironment, pageDir = join(PROJECT_ROOT, 'dist')) {
    super(scope, id);
    if (Stack.of(this).bundlingRequired && !existsSync(join(pageDir, 'index.html'))) {
      throw new Error('The page is not built: run npm run build first (npm run deploy:synth and npm run deploy do).');
    }
    const logGroup = new LogGroup(this, 'Log', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.RETAIN });
    this.function = new NodejsFunction(this, 'Server', {
      entry: LAMBDA_ENTRY,
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 1024,
      // CloudFront waits 30 s for the origin; a ListImports page answers in far less.
      timeout: Duration.seconds(29),
      role: createExecutionRole(this, settings, logGroup),
      logGroup,
      description: 'CloudTrail Lake imports dashboard (npm start -- --aws behind a sign-in gate)',
      environment: {
        [LAMBDA_ENVIRONMENT.serverArgs]: JSON.stringify(serverArgs(settings)),
        [LAMBDA_ENVIRONMENT.userPoolId]: signIn.userPoolId,
        [LAMBDA_ENVIRONMENT.clientId]: signIn.clientId,
        [LAMBDA_ENVIRONMENT.domain]: signIn.domain,
        ...(signIn.identityProvider === undefined ? {} : { [LAMBDA_ENVIRONMENT.identityProvider]: signIn.identityProvider }),
      },
      bundling: {
        ...BUNDLING,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir, outputDir) => [`cp -R "${pageDir}" "${outputDir}/dist"`],
        },
      },
    });
  }
}

/** The flags `npm start -- --aws` would get for the same choice. */
export function serverArgs(settings: DeploySettings): string[] {
  const args: string[] = [];
  if (!settings.readWrite) args.push('--read-only');
  if (settings.regions !== undefined) args.push('--regions', settings.regions.join(','));
  if (settings.memberRoleName !== undefined) args.push('--org', '--member-role-name', settings.memberRoleName);
  return args;
}
