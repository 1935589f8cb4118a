/**
 * The start-up chart of the timings slide, from one recorded run (data/vm-transcript.ts): the
 * VM's cold boot and snapshot restore (starting the emulator to a shell prompt), and a plain
 * process and a container started inside it, as `time` measured them in the very output the
 * terminal prints below the chart.
 */
import type { VmTranscript } from '../data/vm-demos'
import { vmTranscript } from '../data/vm-transcript'

export interface TimingBar {
  id: 'cold' | 'restore' | 'container' | 'process'
  label: string
  ms: number
  /** What the bar measures, in words. */
  what: string
}

/** `time`'s "real" line (busybox: `real    0m 0.46s`), in ms. */
export function realMs(output: string): number {
  const m = /^real\s+(\d+)m\s*([\d.]+)s/m.exec(output)
  if (!m)
    throw new Error(`No "real" line in this \`time\` output: ${JSON.stringify(output)}. The timing demo must run \`time …\`; re-record with \`npm run vm:transcript\`.`)
  return Math.round((Number(m[1]) * 60 + Number(m[2])) * 1000)
}

export function timingBars(transcript: VmTranscript = vmTranscript): TimingBar[] {
  const steps = transcript.demos.find(d => d.id === 'timing')?.steps ?? []
  const timed = (test: (command: string) => boolean, what: string): number => {
    const step = steps.find(s => s.command.startsWith('time ') && test(s.command))
    if (!step)
      throw new Error(`data/vm-transcript.ts has no recorded \`time\` of ${what} in the "timing" demo: add it to data/vm-demos.ts and run \`npm run vm:transcript\`.`)
    return realMs(step.output)
  }
  const t = transcript.timings
  return [
    { id: 'cold', label: 'VM, cold boot', ms: t.coldBootToPromptSeconds * 1000, what: 'from starting the emulator to the shell prompt' },
    { id: 'restore', label: 'VM, restore', ms: t.restoreToPromptSeconds * 1000, what: 'from resuming the snapshot to the shell prompt' },
    { id: 'container', label: 'Container', ms: timed(c => c.includes('unshare'), 'a container'), what: 'time unshare … true: real' },
    { id: 'process', label: 'Plain process', ms: timed(c => !c.includes('unshare'), 'a plain process'), what: 'time sh -c true: real' },
  ]
}
