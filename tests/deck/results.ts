import type { PresenterNote, StepReport, Stored } from './runs'
import { existsSync, readFileSync } from 'node:fs'
import { resultFile } from './runs'

export type { PresenterNote, StepReport } from './runs'

/**
 * The value a shared run of global-setup.ts stored (tests/deck/runs.ts). Throws the run's own
 * error if it failed, so each test that needs it fails with what went wrong.
 */
export function readRun<T>(name: string): T {
  const file = resultFile(name)
  if (!existsSync(file))
    throw new Error(`${file} is missing: the deck tests' global setup (tests/deck/global-setup.ts) did not run "${name}". Run the deck tests with vitest's deck project.`)
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored<T>
  if (!stored.ok)
    throw new Error(`the shared run "${name}" failed in global setup:\n${stored.error}`)
  return stored.value
}

/** A walk of a built deck at every click: the study deck or the talk, light or dark. */
export function readWalk(entry: 'study' | 'talk', scheme: 'light' | 'dark'): StepReport[] {
  return readRun<StepReport[]>(`walk-${entry}-${scheme}`)
}

export function readPresenterNotes(): PresenterNote[] {
  return readRun<PresenterNote[]>('presenter-study')
}

/** Throws unless the exports this test reads were written (and checked) by global setup. */
export function requireExports(...runs: ('export-slides' | 'export-print' | 'handout-study' | 'handout-talk' | 'handout-meetup')[]): void {
  for (const run of runs)
    readRun<string>(run)
}
