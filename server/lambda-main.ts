import { join } from 'node:path';
import { createFunctionUrlHandler } from './lambda-handler.ts';

// The deployment bundles this file for AWS Lambda, with the built page beside it in dist/.
export const handler = createFunctionUrlHandler({
  env: process.env,
  distDir: join(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), 'dist'),
  log: (line) => console.log(line),
});
