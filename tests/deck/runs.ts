/**
 * The expensive browser work of the deck tests, done once per `npm test` by global-setup.ts and
 * read by every test file that needs it (tests/deck/results.ts):
 *
 * - one walk of each built deck per colour scheme, pressing → from the first slide to the last,
 *   which records at every click step everything a per-step test asserts (console errors,
 *   requests off the machine, overflow, small text, sideways scrolling, axe-core, the goals and
 *   layer stacks shown);
 * - one walk of the study deck's presenter mode, slide by slide, recording the notes it shows;
 * - the exports, each run once (`scripts/export.ts` with several kinds on one server, the
 *   handouts), written to exports/ where `npm run export…` writes them.
 *
 * Each job stores its result (or its error, which the tests that need it then report) as JSON in
 * RESULTS_DIR. Walks run three at a time, each in its own browser context (the live VM is shared by
 * the windows of one browser profile), beside the exports, which run in child processes.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { AxeFinding, Scheme, ScrollingCode } from '../../scripts/a11y'
import type { DeckState, Overflow, PageTrouble, SmallText } from '../../scripts/deck-walk'
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { axeFindings, COLOUR_RULES, scrollingCode } from '../../scripts/a11y'
import { overflowingElements, settle, sidewaysScroll, smallText, stateOf, walkDeck, watchPage } from '../../scripts/deck-walk'
import { longTasksWalk } from '../../scripts/long-tasks'
import { childEnv } from './child-env'

export const RESULTS_DIR = join('tests', '.artifacts', 'runs')

export type Entry = 'study' | 'talk'

export interface StepReport extends DeckState, PageTrouble {
  scheme: Scheme
  /** Whether the page was in dark mode (html.dark), as the scheme asked. */
  dark: boolean
  overflow: Overflow[]
  small: SmallText[]
  sideways: string[]
  scrolling: ScrollingCode[]
  axe: AxeFinding[]
  /** Goal cards shown (the goals slide). */
  visibleGoals: number
  /** On a LayerStack slide: its id, and the rows (bottom-up indices) shown and marked newest. */
  stack: { id: string, visible: number[], newest: number[] } | null
}

export interface PresenterNote {
  no: number
  /** The text presenter mode shows in its notes panel for that slide. */
  text: string
}

/** A job's outcome as stored: its value, or the error that stopped it. */
export type Stored<T> = { ok: true, value: T, seconds: number } | { ok: false, error: string, seconds: number }

export function resultFile(name: string): string {
  return join(RESULTS_DIR, `${name}.json`)
}

async function stackState(page: Page): Promise<StepReport['stack']> {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('.slidev-page:not([style*="display: none"]) .layer-stack')
    if (!root || !root.offsetParent)
      return null
    const rows = (selector: string): number[] => [...new Set([...root.querySelectorAll(selector)].map(el => Number(el.getAttribute('data-row'))))].sort((a, b) => a - b)
    return { id: root.dataset.stack!, visible: rows('.layer:not([data-state="hidden"])'), newest: rows('.layer[data-state="current"]') }
  })
}

/** Walks a built deck at every click in one colour scheme, recording every per-step check. */
export async function walkAndCheck(browser: Browser, url: string, scheme: Scheme): Promise<StepReport[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: scheme })
  const page = await context.newPage()
  const trouble = watchPage(page)
  const reports: StepReport[] = []
  try {
    await walkDeck(page, url, async (state) => {
      reports.push({
        ...state,
        scheme,
        dark: await page.evaluate(() => document.documentElement.classList.contains('dark')),
        overflow: await overflowingElements(page),
        small: await smallText(page),
        sideways: await sidewaysScroll(page),
        scrolling: await scrollingCode(page),
        axe: await axeFindings(page, scheme === 'dark' ? COLOUR_RULES : undefined),
        visibleGoals: await page.locator('.slidev-page:visible [data-card]:not([data-state="hidden"])').count(),
        stack: await stackState(page),
        ...trouble.take(),
      })
    })
  }
  finally {
    await context.close()
  }
  return reports
}

/** Presenter mode, slide by slide (Shift+→ goes to the next slide): the notes shown for each. */
export async function walkPresenterNotes(browser: Browser, url: string): Promise<PresenterNote[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  const notes: PresenterNote[] = []
  try {
    await page.goto(`${url}/presenter/1`, { waitUntil: 'networkidle' })
    for (;;) {
      await settle(page, 150)
      const { no } = stateOf(page.url())
      const note = page.locator('.slidev-note').first()
      await note.waitFor({ timeout: 10_000 }).catch(() => {})
      notes.push({ no, text: await note.count() ? await note.textContent() ?? '' : '' })
      const before = page.url()
      await page.keyboard.press('Shift+ArrowRight')
      const moved = await page.waitForURL(u => u.toString() !== before && stateOf(u.toString()).no !== no, { timeout: 1500 }).then(() => true, () => false)
      if (!moved)
        return notes
    }
  }
  finally {
    await context.close()
  }
}

/** Runs `job`, timing it, and stores its value or its error under `name`. */
export async function store<T>(name: string, job: () => Promise<T>): Promise<Stored<T>> {
  const started = Date.now()
  let stored: Stored<T>
  try {
    stored = { ok: true, value: await job(), seconds: (Date.now() - started) / 1000 }
  }
  catch (error) {
    stored = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error), seconds: (Date.now() - started) / 1000 }
  }
  mkdirSync(RESULTS_DIR, { recursive: true })
  writeFileSync(resultFile(name), JSON.stringify(stored))
  console.warn(`  deck tests: ${name} ${stored.ok ? 'done' : 'FAILED'} in ${stored.seconds.toFixed(0)} s`)
  return stored
}

/** Runs a project script in a child process (with a clean environment); rejects with its output if it fails. */
export function runScript(args: string[], browserPath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', ...args], { env: childEnv({ CHROMIUM_PATH: browserPath }), stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Uint8Array) => (output += new TextDecoder().decode(chunk)))
    child.stderr.on('data', (chunk: Uint8Array) => (output += new TextDecoder().decode(chunk)))
    child.on('error', reject)
    child.on('close', code => code === 0 ? resolve(output) : reject(new Error(`tsx ${args.join(' ')} failed (exit ${code}):\n${output}`)))
  })
}

/**
 * Every export the tests read, once: the study deck's slides, clicks, notes and PPTX on one
 * server, on a fresh Vite cache (what a clean clone has); then the print export, on a fresh cache
 * again (the export test compares its pages with the first: two fresh-cache exports agree); then
 * the study deck's and the talk's handouts, and the meetup handout.
 */
export async function runExportJobs(browserPath: string): Promise<void> {
  await store('export-slides', () => runScript(['scripts/export.ts', 'pdf,clicks,notes,pptx', '--force'], browserPath))
  await store('export-print', () => runScript(['scripts/export.ts', 'print', '--force'], browserPath))
  await store('handout-study', () => runScript(['scripts/handout.ts'], browserPath))
  await store('handout-talk', () => runScript(['scripts/handout.ts', 'talk.md'], browserPath))
  await store('handout-meetup', () => runScript(['scripts/handout.ts', '--preset', 'meetup'], browserPath))
}

/** Runs the jobs, at most `width` at a time, in order. */
async function pool(jobs: (() => Promise<unknown>)[], width: number): Promise<void> {
  const queue = [...jobs]
  await Promise.all(Array.from({ length: width }, async () => {
    for (let job = queue.shift(); job; job = queue.shift())
      await job()
  }))
}

/**
 * The walks, three at a time (much of a walk is waiting for transitions and the VM): each deck in
 * each scheme the tests check, the long-task walks (no axe in them: axe's own work would count),
 * and the study deck's presenter notes.
 */
export async function runWalkJobs(browser: Browser, urls: Record<Entry, string>): Promise<void> {
  const longTasks = (entry: Entry) => async () => ({ ...await longTasksWalk(browser, urls[entry]), load: loadavg()[0] })
  await pool([
    () => store('walk-study-light', () => walkAndCheck(browser, urls.study, 'light')),
    () => store('walk-study-dark', () => walkAndCheck(browser, urls.study, 'dark')),
    () => store('longtasks-study', longTasks('study')),
    () => store('walk-talk-light', () => walkAndCheck(browser, urls.talk, 'light')),
    () => store('longtasks-talk', longTasks('talk')),
    () => store('presenter-study', () => walkPresenterNotes(browser, urls.study)),
  ], 3)
}
