import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkConfigFile, type DashboardConfigFile } from './config-file-schema.ts';

export type { AccountEntry, DashboardConfigFile, OrgEntry } from './config-file-schema.ts';

export const CONFIG_FILE_NAME = 'imports-dashboard.config.json';

/** The config file is wrong; the message names the file and the field. */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
}

export interface LoadedConfigFile {
  /** As the user would name it: the path given, or the file name in the working directory. */
  path: string;
  config: DashboardConfigFile;
}

/**
 * Reads `--config PATH`, or else imports-dashboard.config.json in the working directory when there
 * is one. A path that was given must exist; the default file may be absent.
 */
export function loadConfigFile(givenPath: string | undefined, cwd: string): LoadedConfigFile | undefined {
  const path = givenPath ?? CONFIG_FILE_NAME;
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    if (givenPath === undefined && isMissing(error)) return undefined;
    throw new ConfigFileError(`${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  return { path, config: parseConfigFile(path, text) };
}

export function parseConfigFile(path: string, text: string): DashboardConfigFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigFileError(`${path}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const problem = checkConfigFile(json);
  if (problem.ok) return problem.config;
  throw new ConfigFileError(`${path}: ${problem.message}`);
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
