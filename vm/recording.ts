/**
 * The recorded run of a live VM slide, from data/vm-transcript.ts (recorded by
 * `npm run vm:transcript` from the committed image): what print shows, and what the slide shows
 * when the VM cannot start at a venue and the speaker asks for the recording instead.
 */
import type { VmDemo, VmTranscript, VmTranscriptStep } from '../data/vm-demos'
import { vmTranscript } from '../data/vm-transcript'

export type RecordedRun
  = | { kind: 'demo', steps: Pick<VmTranscriptStep, 'prompt' | 'command' | 'output'>[] }
    | { kind: 'boot', lines: { time: string, line: string, milestone?: string }[], note: string }

/** "72.7 s" for a log line's time, aligned in a column. */
function seconds(s: number): string {
  return `${s.toFixed(1)} s`
}

/** A demo's recorded commands and output, or (no demo) the cold boot's key log lines and what they mean. */
export function recordedRun(demo: VmDemo['id'] | undefined, transcript: VmTranscript = vmTranscript): RecordedRun {
  if (demo !== undefined) {
    const recorded = transcript.demos.find(d => d.id === demo)
    if (!recorded)
      throw new Error(`The recorded run: data/vm-transcript.ts has no demo "${demo}" (it has ${transcript.demos.map(d => d.id).join(', ')}): run \`npm run vm:transcript\`.`)
    return { kind: 'demo', steps: recorded.steps.map(s => ({ prompt: s.prompt, command: s.command, output: s.output.replace(/^\n+|\n+$/g, '') })) }
  }
  const log = transcript.coldBootLog ?? []
  if (log.length === 0)
    throw new Error('The recorded run: data/vm-transcript.ts has no cold boot log: run `npm run vm:transcript`.')
  const t = transcript.timings
  return {
    kind: 'boot',
    lines: log.map(l => ({ time: seconds(l.seconds), line: l.line, ...(l.milestone ? { milestone: l.milestone } : {}) })),
    note: `Wall time, recorded ${transcript.recordedAt.slice(0, 10)} in Node${loadOf(transcript.measuredOn)}: the shell came after ${t.coldBootToPromptSeconds} s. Every guest instruction is translated in software here; under a hypervisor the CPU runs them itself, and the same boot takes a fraction of that.`,
  }
}

/** The recording machine's load, as the transcript states it: ", load average N", or nothing. */
function loadOf(measuredOn: string): string {
  const load = /load average ([\d.]+)/.exec(measuredOn)
  return load ? `, load average ${load[1]}` : ''
}
