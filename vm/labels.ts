/**
 * What the VM box says about the machine, from the worker's status (tested in labels.test.ts):
 * the clock, the phase of a boot in words, and the trail of a cold boot's milestones.
 */
import type { VmStatus } from './protocol'
import type { VmMode } from './session'
import { BOOT_MILESTONES, formatDuration } from './session'

/** The time to a prompt once reached, saying what it measures (a restore is not a boot); else the running clock. */
export function vmClock(mode: VmMode, status: VmStatus | null, now: number): string {
  if (!status)
    return '…'
  if (status.promptMs !== null)
    return mode === 'cold' ? `boot to prompt: ${formatDuration(status.promptMs)} here` : `snapshot restore to prompt: ${formatDuration(status.promptMs)}`
  return formatDuration(Math.max(0, now - status.startedAt))
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`
}

function millions(n: number): string {
  return `${Math.round(n / 1e6).toLocaleString('en')} million`
}

/**
 * What the machine is doing, in words. `long` adds how far it has got: for the note written over
 * the terminal while the serial console is still silent (firmware, the kernel unpacking itself).
 */
export function bootPhaseText(mode: VmMode, status: VmStatus, long = false): string {
  if (status.state === 'loading')
    return `loading the emulator and the image${status.loaded ? ` (${megabytes(status.loaded)})` : ''}`
  if (mode === 'restore')
    return status.state === 'ready' ? '' : 'resuming the saved machine'
  switch (status.phase) {
    case 'firmware':
      return long ? 'The firmware (SeaBIOS) tests the virtual hardware and hands over to the kernel. It writes to the VGA screen, not to this console.' : 'firmware (SeaBIOS)'
    case 'kernel-load':
      return long
        ? `The kernel is unpacking itself in memory, in emulated instructions, before it can print anything: ${millions(status.instructions)} guest instructions so far.`
        : 'the kernel unpacks itself'
    case 'kernel':
      return 'the kernel starts: its log below'
    case 'init':
      return '/init mounts file systems and starts a shell'
    default:
      return ''
  }
}

export interface TrailStep {
  id: string
  label: string
  ms?: number
  time?: string
  current: boolean
}

/** The cold boot's milestones in order, each with its time once reached; the last reached is current until the shell. */
export function milestoneTrail(status: VmStatus): TrailStep[] {
  const reached = BOOT_MILESTONES.filter(m => status.milestones[m.id] !== undefined).map(m => m.id)
  const current = status.state === 'ready' ? null : reached.at(-1) ?? null
  return BOOT_MILESTONES.map((m) => {
    const ms = status.milestones[m.id]
    return { id: m.id, label: m.label, ...(ms === undefined ? {} : { ms, time: formatDuration(ms) }), current: m.id === current }
  })
}
