import type { TryCapture } from '../scripts/capture-try-it'
import type { TryCommand } from './try-it-commands'

export interface TryItRow {
  id: string
  command: string
  point: string
  needsDocker: boolean
  /** What it printed when captured; null for a command that needs Docker. */
  output: string | null
  /** The click (1-based) that reveals its output, or null when there is nothing to reveal. */
  reveal: number | null
}

/**
 * The rows of one try-it slide: its commands in order, each with its captured output. Throws an
 * error that says what to do when the capture is missing or stale (a command changed since the
 * last run of scripts/capture-try-it.ts), or when the capture holds output for a Docker command.
 */
export function tryItRows(commands: TryCommand[], capture: TryCapture, slide: TryCommand['slide']): TryItRow[] {
  const mine = commands.filter(c => c.slide === slide)
  if (mine.length === 0)
    throw new Error(`TryIt: no commands for slide "${slide}" in data/try-it-commands.ts.`)
  let reveal = 0
  return mine.map((c) => {
    const run = capture.runs.find(r => r.id === c.id)
    if (c.needsDocker) {
      if (run)
        throw new Error(`TryIt: "${c.command}" needs Docker, but data/try-it.ts holds output for it; output is only shown for commands that were run.`)
      return { id: c.id, command: c.command, point: c.point, needsDocker: true, output: null, reveal: null }
    }
    if (!run || run.command !== c.command)
      throw new Error(`TryIt: no captured output for "${c.command}" (${run ? 'the command changed' : 'never run'}); run \`npm run capture:try-it\` on a Linux machine.`)
    return { id: c.id, command: c.command, point: c.point, needsDocker: false, output: run.output, reveal: ++reveal }
  })
}
