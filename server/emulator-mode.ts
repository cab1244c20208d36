import { describeFaults } from '../emulator/fault-flags.ts';
import type { FaultSettings } from '../emulator/fault-settings.ts';
import type { OrganizationSpec } from '../emulator/organization.ts';
import { describeOrganization } from '../emulator/organization-flags.ts';
import { emulatorPageConfig } from './emulator-page-config.ts';
import type { Mode } from './mode.ts';
import { gateOperations } from './operations.ts';

export interface EmulatorModeSettings {
  seed?: number;
  imports?: number;
  speed: number;
  control: boolean;
  faults?: FaultSettings;
  organization?: OrganizationSpec;
  readOnly: boolean;
}

export async function setUpEmulatorMode(settings: EmulatorModeSettings): Promise<Mode> {
  // Loaded here and not at the top of main, so AWS mode never loads the emulator.
  const { createEmulator, realClock } = await import('../emulator/index.ts');
  const { seed, imports, faults, organization } = settings;
  const emulator = createEmulator({ seed, imports, faults, organization, clock: realClock(settings.speed) });
  const faultLine = faults && describeFaults(faults);
  const organizationLine = describeOrganization(organization);
  const writes = settings.readOnly ? 'read-only (StartImport and StopImport refused)' : 'reads and writes';
  return {
    // Without --read-only the gate could refuse nothing, so requests go straight to the emulator.
    cloudtrail: settings.readOnly
      ? gateOperations((req, res) => emulator.handle(req, res), { readOnly: true, passUnlisted: true })
      : (req, res) => emulator.handle(req, res),
    control: settings.control ? (req, res) => emulator.handleControl(req, res) : undefined,
    pageConfig: emulatorPageConfig(emulator.sources(), settings.readOnly),
    summary: [
      `Mode: embedded CloudTrail emulator, ${writes}`,
      ...(organizationLine ? [`Organization: ${organizationLine}`] : []),
      ...(faultLine ? [`Faults: ${faultLine}`] : []),
    ],
  };
}
