/**
 * `npm run bench`: this deck against Slidev's own floor, in one run. The floor is a minimal Slidev
 * deck kept as a fixture (tests/fixtures/minimal: five slides, the default theme, the same static
 * fonts), built, served and loaded exactly as this deck is. Measured, in headless Chromium:
 *
 *   build          seconds for `slidev build`, each deck into exports/bench/<name>
 *   gzip           the built JS and CSS, gzipped, summed (every chunk, loaded or lazy)
 *   first heading  cold load (a fresh browser context, nothing cached) to the first animation
 *                  frame with the slide's <h1> laid out; median of LOAD_RUNS
 *   click p95      key press to painted next state on the stack slides, against the browser's
 *                  own floor (a key that changes nothing), scripts/bench-clicks.ts
 *   long tasks     over 50 ms: those charged to clicks, plus those after the first slide
 *                  change after load (and the next few changes, for comparison)
 *   walk long tasks per entry (study deck and talk): a walk of every slide at every click, the
 *                  live VM answering each one (scripts/long-tasks.ts): tasks over 50 ms by the
 *                  Long Tasks API (wall clock) and by main-thread CPU time (Chromium's trace)
 *   export         seconds per page of `npm run export` (scripts/export.ts, checked PDF)
 *
 * It prints a table of ratios against the targets and writes every figure to exports/bench.json.
 * If scripts/bench-vm.ts exists (the live VM's time to prompt) it runs it too, and adds the JSON
 * it writes to exports/bench-vm.json. Options: --rounds N (click rounds, default 5), --skip-export.
 *
 * The machine may be shared: the load average is printed beside the figures, and timings from a
 * busy machine are noisy. A benchmark, not a test: exit code 0 whenever it ran.
 */
import type { Browser } from 'playwright-chromium'
import type { ClickBench } from './bench-clicks'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { benchClicks, DEFAULT_ROUNDS } from './bench-clicks'
import { requireBrowser } from './browser'
import { loadDeck } from './deck-structure'
import { launchChromium } from './deck-walk'
import { runExport } from './export'
import { longTasksWalk } from './long-tasks'
import { serveDir } from './serve'

const DECKS = { deck: 'slides.md', minimal: 'tests/fixtures/minimal/slides.md', talk: 'talk.md' } as const
type DeckName = keyof typeof DECKS
const OUT = join('exports', 'bench')
const JSON_FILE = join('exports', 'bench.json')
const VM_BENCH = join('scripts', 'bench-vm.ts')
const VM_JSON = join('exports', 'bench-vm.json')
const LOAD_RUNS = 5
const LONG_TASK_MS = 50
/** How many slide changes after load are watched for long tasks (the first, and later ones to compare). */
const CHANGES = 4
const CHANGE_WINDOW_MS = 1000

export const TARGETS = { build: 2, gzip: 1.5, firstHeading: 1.0, clickP95: 1.2, longTasks: 0, exportPerPage: 1 } as const

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function build(name: DeckName): { seconds: number, dir: string } {
  const dir = resolve(OUT, name)
  // Vite empties an outDir only inside the deck's root: clear it, or old chunks count too.
  rmSync(dir, { recursive: true, force: true })
  const started = performance.now()
  const run = spawnSync(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'build', DECKS[name], '--out', dir], { encoding: 'utf8' })
  if (run.status !== 0)
    throw new Error(`slidev build ${DECKS[name]} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`)
  return { seconds: (performance.now() - started) / 1000, dir }
}

/** Every built .js and .css file, gzipped (default level), summed, in bytes. */
function gzipBytes(dir: string): number {
  let total = 0
  const walk = (d: string): void => {
    for (const entry of readdirSync(d)) {
      const file = join(d, entry)
      if (statSync(file).isDirectory())
        walk(file)
      else if (/\.(?:m?js|css)$/.test(entry))
        total += gzipSync(readFileSync(file)).length
    }
  }
  walk(dir)
  return total
}

/** Runs in the page from its first script: notes the first frame with the slide's <h1> laid out, and every long task. */
function loadHarness(): void {
  const w = window as unknown as { __firstHeading?: number, __longTasks: { start: number, duration: number }[] }
  w.__longTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.__longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  const tick = (): void => {
    const heading = document.querySelector('.slidev-page h1')
    if (heading && heading.getBoundingClientRect().height > 0)
      w.__firstHeading = performance.now()
    else
      requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

/** The harness as page script (tsx wraps named functions in __name(), which the page lacks). */
const LOAD_HARNESS = `globalThis.__name ??= f => f;\n(${loadHarness.toString()})()`

/** Cold load to first heading, in ms from navigation start: median of LOAD_RUNS fresh contexts. */
async function firstHeading(browser: Browser, url: string): Promise<{ median: number, runs: number[] }> {
  const runs: number[] = []
  for (let i = 0; i < LOAD_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await page.addInitScript({ content: LOAD_HARNESS })
    await page.goto(`${url}/1`, { waitUntil: 'commit' })
    runs.push(await page.waitForFunction(() => (window as unknown as { __firstHeading?: number }).__firstHeading, null, { timeout: 60_000 }).then(h => h.jsonValue() as Promise<number>))
    await context.close()
  }
  return { median: median(runs), runs }
}

/** Long tasks in the second after each of the first CHANGES slide changes (Shift+→) after load. */
async function slideChanges(browser: Browser, url: string): Promise<number[][]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.addInitScript({ content: LOAD_HARNESS })
  await page.goto(`${url}/1`, { waitUntil: 'load' })
  await page.waitForFunction(() => (window as unknown as { __firstHeading?: number }).__firstHeading)
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(1000)
  const changes: number[][] = []
  for (let i = 0; i < CHANGES; i++) {
    const at = await page.evaluate(() => performance.now())
    await page.keyboard.press('Shift+ArrowRight')
    await page.waitForTimeout(CHANGE_WINDOW_MS)
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number, duration: number }[] }).__longTasks)
    changes.push(tasks.filter(t => t.start >= at && t.start < at + CHANGE_WINDOW_MS && t.duration > LONG_TASK_MS).map(t => Math.round(t.duration)))
  }
  await context.close()
  return changes
}

async function exportSecondsPerPage(name: DeckName): Promise<{ seconds: number, pages: number, perPage: number }> {
  const started = performance.now()
  const { pages } = await runExport('pdf', { entry: DECKS[name] })
  const seconds = (performance.now() - started) / 1000
  return { seconds, pages, perPage: seconds / pages }
}

function runVmBench(): unknown {
  if (!existsSync(VM_BENCH))
    return null
  console.log(`\n${VM_BENCH} found: running it.`)
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', VM_BENCH], { stdio: 'inherit' })
  return { exitCode: run.status, results: existsSync(VM_JSON) ? JSON.parse(readFileSync(VM_JSON, 'utf8')) : null }
}

const loads: number[] = []
function load(): number {
  const now = loadavg()[0]
  loads.push(now)
  return now
}

interface Row { metric: string, deck: number, floor: number, ratio: number, target: string, pass: boolean, unit: string }

function table(rows: Row[]): string {
  const f = (v: number): string => (Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2)) : '–')
  const lines = [`${'metric'.padEnd(34)} ${'deck'.padStart(9)} ${'floor'.padStart(9)} ${'ratio'.padStart(7)}  ${'target'.padEnd(10)} verdict`]
  for (const r of rows)
    lines.push(`${`${r.metric} (${r.unit})`.padEnd(34)} ${f(r.deck).padStart(9)} ${f(r.floor).padStart(9)} ${f(r.ratio).padStart(7)}  ${r.target.padEnd(10)} ${r.pass ? 'PASS' : 'FAIL'}`)
  return lines.join('\n')
}

const rounds = Number(option('--rounds') ?? DEFAULT_ROUNDS)
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`--rounds needs a positive integer, got "${option('--rounds')}"`)
const skipExport = process.argv.includes('--skip-export')

const { path } = await requireBrowser()
mkdirSync(OUT, { recursive: true })
console.log(`Load average ${load().toFixed(2)} on ${availableParallelism()} CPUs at the start.`)

console.log('Building both decks…')
const builds = { deck: build('deck'), minimal: build('minimal'), talk: build('talk') }
const gzip = { deck: gzipBytes(builds.deck.dir), minimal: gzipBytes(builds.minimal.dir) }
console.log(`built: deck ${builds.deck.seconds.toFixed(1)} s, minimal ${builds.minimal.seconds.toFixed(1)} s; load ${load().toFixed(2)}`)

const deck = await loadDeck()
const browser = await launchChromium(path)
const servers = { deck: await serveDir(builds.deck.dir), minimal: await serveDir(builds.minimal.dir), talk: await serveDir(builds.talk.dir) }
let heading: Record<'deck' | 'minimal', Awaited<ReturnType<typeof firstHeading>>>
const walks: Record<string, { states: number, wall: number, wallMax: number, cpu: number, cpuMax: number, load: number }> = {}
let changes: number[][]
let clicks: ClickBench | null
try {
  // Alternate the decks run by run, so both see the same machine.
  heading = { deck: await firstHeading(browser, servers.deck.url), minimal: await firstHeading(browser, servers.minimal.url) }
  console.log(`first heading: deck ${heading.deck.runs.map(Math.round).join(', ')} ms; minimal ${heading.minimal.runs.map(Math.round).join(', ')} ms; load ${load().toFixed(2)}`)
  changes = await slideChanges(browser, servers.deck.url)
  console.log(`long tasks after slide changes 1–${CHANGES}: ${changes.map(c => `[${c.join(', ')}]`).join(' ')}; load ${load().toFixed(2)}`)
  clicks = await benchClicks(browser, servers.deck.url, deck.slides, rounds)
  for (const entry of ['deck', 'talk'] as const) {
    const walk = await longTasksWalk(browser, servers[entry].url)
    walks[entry] = { states: walk.states, wall: walk.wall.length, wallMax: Math.max(0, ...walk.wall.map(t => t.duration)), cpu: walk.cpu.length, cpuMax: walk.traced.maxCpu, load: load() }
    console.log(`walk of ${DECKS[entry]} (${walk.states} click states): ${walk.wall.length} long tasks by the Long Tasks API (wall clock${walk.wall.length ? `, the longest ${walks[entry].wallMax} ms` : ''}), ${walk.cpu.length} over 50 ms of main-thread CPU (the longest task ${walk.traced.maxCpu} ms of CPU); load ${walks[entry].load.toFixed(2)}`)
  }
}
finally {
  await browser.close()
  await servers.deck.close()
  await servers.minimal.close()
  await servers.talk.close()
}

const exports = skipExport ? null : { deck: await exportSecondsPerPage('deck'), minimal: await exportSecondsPerPage('minimal') }
load()
const vm = runVmBench()

const longTasks = [...(clicks?.longTasks ?? []), ...changes.flat()]
const rows: Row[] = [
  { metric: 'build', unit: 's', deck: builds.deck.seconds, floor: builds.minimal.seconds, ratio: builds.deck.seconds / builds.minimal.seconds, target: `≤ ${TARGETS.build}×`, pass: builds.deck.seconds / builds.minimal.seconds <= TARGETS.build },
  { metric: 'JS+CSS gzip', unit: 'KB', deck: gzip.deck / 1024, floor: gzip.minimal / 1024, ratio: gzip.deck / gzip.minimal, target: `≤ ${TARGETS.gzip}×`, pass: gzip.deck / gzip.minimal <= TARGETS.gzip },
  { metric: 'cold load to first heading', unit: 'ms', deck: heading.deck.median, floor: heading.minimal.median, ratio: heading.deck.median / heading.minimal.median, target: `≤ ${TARGETS.firstHeading.toFixed(1)}×`, pass: heading.deck.median / heading.minimal.median <= TARGETS.firstHeading },
]
if (clicks)
  rows.push({ metric: 'click p95 vs browser floor', unit: 'ms', deck: clicks.clicks.p95, floor: clicks.floor.p95, ratio: clicks.ratio, target: `≤ ${TARGETS.clickP95}×`, pass: clicks.ratio <= TARGETS.clickP95 })
rows.push({ metric: 'long tasks > 50 ms', unit: 'count', deck: longTasks.length, floor: 0, ratio: Number.NaN, target: `${TARGETS.longTasks}`, pass: longTasks.length <= TARGETS.longTasks })
for (const [entry, walk] of Object.entries(walks)) {
  rows.push({ metric: `walk ${entry}: long tasks (wall)`, unit: 'count', deck: walk.wall, floor: 0, ratio: Number.NaN, target: `${TARGETS.longTasks}`, pass: walk.wall <= TARGETS.longTasks })
  rows.push({ metric: `walk ${entry}: tasks > 50 ms CPU`, unit: 'count', deck: walk.cpu, floor: 0, ratio: Number.NaN, target: `${TARGETS.longTasks}`, pass: walk.cpu <= TARGETS.longTasks })
}
if (exports)
  rows.push({ metric: 'export per page', unit: 's', deck: exports.deck.perPage, floor: exports.minimal.perPage, ratio: exports.deck.perPage / exports.minimal.perPage, target: `≤ ${TARGETS.exportPerPage} s`, pass: exports.deck.perPage <= TARGETS.exportPerPage })

const busiest = Math.max(...loads)
console.log(`\nThis deck against the minimal Slidev deck (floor; for clicks, the browser's own floor):\n`)
console.log(table(rows))
if (clicks)
  console.log(`\nclick p95 ratio 90% bootstrap interval ${clicks.interval[0].toFixed(2)}–${clicks.interval[1].toFixed(2)} (${clicks.rounds} rounds).`)
console.log(`long tasks: ${clicks?.longTasks.length ?? 0} charged to clicks; after the first ${CHANGES} slide changes: ${changes.map(c => `[${c.join(', ')}]`).join(' ')} ms.`)
console.log(`Load average ${Math.min(...loads).toFixed(2)}–${busiest.toFixed(2)} on ${availableParallelism()} CPUs during the run${
  busiest > availableParallelism() * 0.75 ? ': the machine was BUSY, so every timing above is inflated and noisy; rerun on an idle machine before trusting a verdict.' : '.'}`)

writeFileSync(JSON_FILE, `${JSON.stringify({
  date: new Date().toISOString(),
  cpus: availableParallelism(),
  loadAverage: { min: Math.min(...loads), max: busiest },
  targets: TARGETS,
  rows,
  build: builds,
  gzipBytes: gzip,
  firstHeading: heading,
  slideChangeLongTasks: changes,
  walkLongTasks: walks,
  clicks,
  export: exports,
  vm,
}, null, 2)}\n`)
console.log(`\nEvery figure written to ${JSON_FILE}.`)
process.exit(0)
