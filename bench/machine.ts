import { cpus, release, totalmem, type } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
}

export function describeMachine(chromium: string): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: Math.round(totalmem() / 1e9),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium,
  };
}

export function machineLine(machine: Machine): string {
  const { cpu, cores, memoryGb, os, node, chromium } = machine;
  return `${cpu}, ${cores} cores, ${memoryGb} GB RAM, ${os}, Node ${node}, Chromium ${chromium}`;
}
