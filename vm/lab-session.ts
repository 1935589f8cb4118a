/**
 * The lab's slides (components/vm/LabStep.vue) in plain logic: which VM a step runs and what it
 * types first, the terminal's text, the verdict on it, the learner's progress, and what print
 * shows. The checks themselves are lab-check.ts's.
 *
 * Each lab step runs in a VM of its own, restored from the saved state when its slide is shown
 * (and again by Reset), so a step always starts from the same state: the saved state, plus what
 * the step needs from the steps before it (`LAB_SETUP`), typed at once.
 */
import type { LabStep } from '../data/lab'
import type { VmTranscript } from '../data/vm-demos'
import type { LabVerdict } from './lab-check'
import type { DemoSteps } from './session'
import { labSteps } from '../data/lab'
import { checkStep, parseTerminal } from './lab-check'
import { CLEAR_LINE } from './session'

export type LabStepId = LabStep['id']

/** A lab step's VM, as the worker's request names it (`demo`). */
export const LAB_DEMO_PREFIX = 'lab:'

export function labStep(id: string): LabStep {
  const step = labSteps.find(s => s.id === id)
  if (!step)
    throw new Error(`The lab has no step "${id}" (data/lab.ts has ${labSteps.map(s => s.id).join(', ')}).`)
  return step
}

/**
 * What a step needs from the steps before it, typed when its VM starts. The volume step lists /c
 * and stacks the image at /c/root, which the root step made.
 */
export const LAB_SETUP: Partial<Record<LabStepId, string[]>> = {
  volume: ['mkdir -p /c/root'],
}

/** The demo steps the worker types for a lab step's VM (one step: its setup); null for a request that is not the lab's. */
export function labSetupSteps(demo: string | null): DemoSteps | null {
  if (!demo?.startsWith(LAB_DEMO_PREFIX))
    return null
  const setup = LAB_SETUP[labStep(demo.slice(LAB_DEMO_PREFIX.length)).id] ?? []
  return setup.length > 0 ? [setup] : []
}

/** What Reset does, said on the slide. */
export function resetText(id: LabStepId): string {
  const setup = LAB_SETUP[id]
  const fresh = 'Reset: the VM restored from its saved state, in about a second'
  return setup ? `${fresh}, then what step 5 left: ${setup.join('; ')}.` : `${fresh}.`
}

/** One row of a terminal's buffer, as xterm.js gives it. */
export interface BufferLineLike {
  isWrapped: boolean
  translateToString: (trimRight?: boolean) => string
}

export interface BufferLike {
  length: number
  getLine: (y: number) => BufferLineLike | undefined
}

/** The terminal's text, top to bottom, each wrapped row joined to the row it continues. */
export function terminalText(buffer: BufferLike): string {
  const lines: string[] = []
  for (let y = 0; y < buffer.length; y++) {
    const line = buffer.getLine(y)
    if (!line)
      continue
    const text = line.translateToString(!line.isWrapped)
    if (line.isWrapped && lines.length > 0)
      lines[lines.length - 1] += text
    else
      lines.push(text)
  }
  return lines.map(l => l.trimEnd()).join('\n').replace(/\n+$/, '')
}

/**
 * The verdict on a step from the terminal's text since the step's VM started. Only finished
 * commands count: the last prompt's line is being typed at, or its command still runs.
 */
export function labVerdict(step: LabStep, text: string): LabVerdict & { index: number } {
  const runs = parseTerminal(text).slice(0, -1)
  const verdict = checkStep(step, runs)
  return { ...verdict, index: verdict.state === 'done' ? step.commands.length : step.commands.indexOf(verdict.next) }
}

/** The keys "Type it for me" sends: clear what the learner left on the line, then the command and Enter. */
export function typeKeys(command: string): string {
  return `${CLEAR_LINE}${command}\r`
}

/** Where a command is typed, in words. */
export function whereText(command: { in: 'host' | 'container' }): string {
  return command.in === 'host' ? 'at the VM\'s own prompt (vm)' : 'inside the container'
}

/** The learner's progress, kept in sessionStorage while the deck is open. */
export const PROGRESS_KEY = 'vms-and-containers:lab-done'

export function readProgress(storage: Pick<Storage, 'getItem'> | null): Set<LabStepId> {
  try {
    const saved = JSON.parse(storage?.getItem(PROGRESS_KEY) ?? '[]') as unknown
    const known = new Set(labSteps.map(s => s.id))
    return new Set(Array.isArray(saved) ? saved.filter((id): id is LabStepId => known.has(id as LabStepId)) : [])
  }
  catch {
    return new Set()
  }
}

export function saveProgress(storage: Pick<Storage, 'setItem'> | null, done: Set<LabStepId>): void {
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(labSteps.map(s => s.id).filter(id => done.has(id))))
  }
  catch {
    // Storage may be off (a private window): progress then lasts as long as the page.
  }
}

export function progressText(done: Set<LabStepId>): string {
  return `${labSteps.filter(s => done.has(s.id)).length} of ${labSteps.length} steps done`
}

/** What a lab slide shows on paper: the recorded output of the commands the check reads, or, with no recording, what they should show. */
export type LabPrint
  = | { recorded: true, note: string, entries: { prompt: string, command: string, output: string[], more: number }[] }
    | { recorded: false, note: string, entries: { command: string, shows: string }[] }

/** Rows of output a lab slide prints in all (shared among its checked commands), and the width of a row. */
export const PRINT_ROWS = 12
export const PRINT_COLUMNS = 62

/** Cuts a recorded line to a printed row, marking the cut. */
function cut(line: string): string {
  return line.length > PRINT_COLUMNS ? `${line.slice(0, PRINT_COLUMNS - 1)}…` : line
}

export function labPrint(step: LabStep, transcript: Pick<VmTranscript, 'recordedAt' | 'imageVersion'> & { lab?: VmTranscript['lab'] }): LabPrint {
  const checked = step.commands.filter(c => c.expect)
  const recorded = transcript.lab?.find(s => s.id === step.id)
  if (!recorded) {
    return {
      recorded: false,
      note: 'Not a recording: the commands the check reads and what they should show (run `npm run vm:transcript` to record them).',
      entries: checked.map(c => ({ command: c.command, shows: c.shows })),
    }
  }
  const perCommand = Math.max(1, Math.floor(PRINT_ROWS / checked.length))
  const entries = checked.map((c) => {
    // The recording has one run per command of the step, in order.
    const run = recorded.steps[step.commands.indexOf(c)]
    if (run?.command !== c.command)
      throw new Error(`The lab's recording (data/vm-transcript.ts) does not match step "${step.id}" at "${c.command}": run \`npm run vm:transcript\`.`)
    const lines = run.output.replace(/^\n+|\n+$/g, '').split('\n')
    const shown = lines.length > perCommand ? lines.slice(0, Math.max(1, perCommand - 1)) : lines
    return { prompt: run.prompt.replace(/^(?:\S+[#$] )+(?=\S+[#$] $)/, ''), command: c.command, output: shown.map(cut), more: lines.length - shown.length }
  })
  const cutSome = entries.some(e => e.more > 0 || e.output.some(l => l.endsWith('…')))
  return {
    recorded: true,
    note: `The commands the check reads, with their real output${cutSome ? ' (long output cut: …)' : ''}.`,
    entries,
  }
}
