import { checkFaultSettings, DEFAULT_FAULT_SEED, type FaultSettings } from './fault-settings.ts';

/** The --fault-* flags in node:util parseArgs form, for the emulator's CLI and the server's. */
export const FAULT_FLAG_OPTIONS = {
  'fault-throttle': { type: 'string' },
  'fault-internal-error': { type: 'string' },
  'fault-unavailable': { type: 'string' },
  'fault-drop': { type: 'string' },
  'fault-latency-ms': { type: 'string' },
  'fault-invalidate-tokens': { type: 'boolean' },
  'fault-seed': { type: 'string' },
} as const;

export const FAULT_FLAGS: readonly string[] = Object.keys(FAULT_FLAG_OPTIONS).map((name) => `--${name}`);

export const FAULT_USAGE =
  '[--fault-throttle SHARE] [--fault-internal-error SHARE] [--fault-unavailable SHARE] [--fault-drop SHARE] ' +
  '[--fault-latency-ms MS] [--fault-invalidate-tokens] [--fault-seed N]';

type FlagName = keyof typeof FAULT_FLAG_OPTIONS;
export type FaultFlagValues = { [K in FlagName]?: (typeof FAULT_FLAG_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

const SETTING_OF: Record<Exclude<FlagName, 'fault-invalidate-tokens'>, string> = {
  'fault-throttle': 'throttle',
  'fault-internal-error': 'internalError',
  'fault-unavailable': 'unavailable',
  'fault-drop': 'drop',
  'fault-latency-ms': 'latencyMs',
  'fault-seed': 'seed',
};

/** The settings the flags ask for, or a RangeError naming the flag that is wrong. */
export function faultsFromFlags(values: FaultFlagValues): FaultSettings {
  const settings: Record<string, unknown> = {};
  for (const [flag, setting] of Object.entries(SETTING_OF)) {
    const text = Reflect.get(values, flag);
    if (typeof text !== 'string') continue;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) throw new RangeError(`--${flag} must be a number, got "${text}".`);
    settings[setting] = value;
  }
  if (values['fault-invalidate-tokens']) settings.invalidateTokens = true;
  try {
    return checkFaultSettings(settings);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flagged = Object.entries(SETTING_OF).reduce((text, [flag, setting]) => text.replace(setting, `--${flag}`), message);
    throw new RangeError(flagged);
  }
}

/** One line for the console, or undefined when no fault is set. */
export function describeFaults(settings: FaultSettings): string | undefined {
  const percent = (share: number | undefined) => `${Math.round((share ?? 0) * 1000) / 10} %`;
  const parts = [
    settings.throttle ? `${percent(settings.throttle)} ThrottlingException (429)` : '',
    settings.internalError ? `${percent(settings.internalError)} InternalFailure (500)` : '',
    settings.unavailable ? `${percent(settings.unavailable)} ServiceUnavailable (503)` : '',
    settings.drop ? `${percent(settings.drop)} dropped connections` : '',
    settings.latencyMs ? `${settings.latencyMs} ms added latency` : '',
    settings.invalidateTokens ? 'every NextToken refused' : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')}, seed ${settings.seed ?? DEFAULT_FAULT_SEED}` : undefined;
}
