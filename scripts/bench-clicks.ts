/**
 * Click-to-paint latency on the stack slides (LayerStack, StackCompare), in headless Chromium:
 * one part of `npm run bench` (scripts/bench.ts), which builds the deck and calls benchClicks().
 *
 * The criterion (from the issue): on the stack slides, the time from a key press to the painted
 * next state has a p95 no more than 1.2× the same measure for a key press that changes nothing
 * (the browser's own floor, measured in the same run), and no click causes a long task (> 50 ms).
 *
 * Method:
 * - Open the built deck at 1280×720 and wait until Slidev has mounted every slide (it preloads
 *   them all 3 s after loading), so each click does the work it does in a real talk.
 * - Find the stack slides: move to each slide by key (↓/↑) and look for `.layer-stack` or
 *   `.stack-compare` in the visible `.slidev-page`; count its clicks by pressing → until the URL
 *   leaves the slide.
 * - A harness injected before the deck's own scripts listens for keydown in the capture phase
 *   on window and keeps the event's timeStamp (when the browser received the key, on the
 *   performance.now() clock).
 *   - Click (→): a MutationObserver notes the first DOM change in the visible slide after the
 *     key; the sample ends in the second requestAnimationFrame callback after that change (the
 *     first runs at the start of the frame that draws the change, the second once it is drawn).
 *   - Floor (Shift alone, which Slidev ignores): the same two frames, counted from the keydown
 *     itself, since nothing changes. The harness checks that nothing in the document changed.
 *   Latency = performance.now() in that second frame − the key's timeStamp, for both.
 * - Long tasks come from a PerformanceObserver ('longtask'); one that starts between a keydown
 *   and the next press (at most TRANSITION_WAIT_MS later) is charged to that press.
 * - A round visits every stack slide by key, and at every click step presses Shift (a floor
 *   sample) then → (a click sample), waiting out the 380 ms transitions between steps, so both
 *   measures see the same machine conditions. The page is never reloaded.
 * - Percentiles are nearest-rank. The ratio's 90% bootstrap interval is printed too: p95s of a
 *   few hundred samples move from run to run, and the interval says how firm the verdict is.
 * - One frame at 60 Hz is 16.7 ms, but headless Chromium draws frames on demand: after an idle
 *   spell the first frame comes at once, so the floor is often under one frame.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { DeckSlide } from './deck-structure'
import { availableParallelism, loadavg } from 'node:os'
import { settle, stateOf } from './deck-walk'

const STACK_SELECTOR = '.layer-stack, .stack-compare'
const CLICK_KEY = 'ArrowRight'
const FLOOR_KEY = 'Shift'
const VIEWPORT = { width: 1280, height: 720 }
/** Longer than --motion-duration (380 ms, styles/motion.css), so each press starts from rest. */
const TRANSITION_WAIT_MS = 450
/** Pause after a floor press before the click press. */
const FLOOR_WAIT_MS = 100
/** A press with no painted result by then is counted as missed. */
const PRESS_TIMEOUT_MS = 1500
/** How long Slidev may take to mount every slide (it starts 3 s after loading). */
const PRELOAD_TIMEOUT_MS = 10_000
const FRAME_MS = 1000 / 60
const MAX_RATIO = 1.2
const LONG_TASK_MS = 50
export const DEFAULT_ROUNDS = 5

type PressKind = 'click' | 'floor'

/** What the in-page harness records for one key press (times in ms, performance.now() clock). */
interface PressRecord {
  kind: PressKind
  /** The keydown's event.timeStamp; null when no keydown arrived. */
  key: number | null
  /** When the harness's capture-phase keydown listener ran. */
  handled: number | null
  /** The first DOM change in the visible slide after the key (clicks only). */
  changed: number | null
  /** In the second animation frame after the change (click) or the keydown (floor); null on timeout. */
  painted: number | null
  /** The first DOM change anywhere in the document before `painted`, described; null when none. */
  mutation: string | null
  /** data-step of the stack root at the keydown and at `painted`. */
  stepBefore: string | null
  stepAfter: string | null
}

interface LongTask {
  start: number
  duration: number
}

interface Harness {
  arm: (kind: PressKind) => void
  result: () => Promise<PressRecord>
  longTasks: LongTask[]
}

type BenchWindow = Window & { __bench: Harness }

interface StackSlide {
  no: number
  title: string
  clicks: number
}

interface Sample {
  slide: number
  kind: PressKind
  /** The keydown's timeStamp, to charge long tasks to it. */
  key: number
  /** painted − key. */
  latency: number
  /** handled − key: the wait before the page ran the key's first listener. */
  inputDelay: number
  /** changed − handled: the deck's and Slidev's work up to the DOM change (clicks). */
  work: number | null
  /** painted − changed (click) or painted − handled (floor): the two frames. */
  frames: number
  /** Durations of the long tasks charged to this press. */
  longTasks: number[]
  /** The press did not do what it should (click: step did not advance; floor: the DOM changed). */
  anomaly: string | null
}

/**
 * Runs in the page before the deck's scripts, so its keydown listener is the first. It is
 * serialized into the page: it may use nothing from this module but types.
 */
function installHarness(selector: string, timeoutMs: number): void {
  const longTasks: LongTask[] = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })

  let record: PressRecord | null = null
  let resolve: ((r: PressRecord) => void) | null = null
  let result: Promise<PressRecord> | null = null
  let slide: Element | null = null
  let observer: MutationObserver | null = null
  let timer = 0

  const visibleSlide = (): HTMLElement | undefined =>
    [...document.querySelectorAll<HTMLElement>('.slidev-page')].find(el => el.offsetParent !== null)
  const stepOf = (): string | null => visibleSlide()?.querySelector(selector)?.getAttribute('data-step') ?? null
  const describe = (m: MutationRecord): string => {
    const el = m.target instanceof Element ? m.target : m.target.parentElement
    return `${m.type} ${m.attributeName ?? ''} on <${el?.tagName.toLowerCase()} class="${el?.getAttribute('class') ?? ''}">`
  }

  const finish = (timedOut: boolean): void => {
    if (!record || !resolve)
      return
    clearTimeout(timer)
    observer?.disconnect()
    record.painted = timedOut ? null : performance.now()
    record.stepAfter = stepOf()
    resolve(record)
    record = null
    resolve = null
  }
  const afterTwoFrames = (): void => {
    requestAnimationFrame(() => requestAnimationFrame(() => finish(false)))
  }

  window.addEventListener('keydown', (event) => {
    if (!record || record.key !== null || event.repeat)
      return
    record.key = event.timeStamp
    record.handled = performance.now()
    record.stepBefore = stepOf()
    slide = visibleSlide() ?? null
    if (record.kind === 'floor')
      afterTwoFrames()
  }, { capture: true })

  const onMutations = (mutations: MutationRecord[]): void => {
    if (!record || record.key === null)
      return
    record.mutation ??= describe(mutations[0])
    if (record.kind === 'click' && record.changed === null && mutations.some(m => slide?.contains(m.target))) {
      record.changed = performance.now()
      afterTwoFrames()
    }
  }

  const harness: Harness = {
    longTasks,
    arm(kind) {
      record = { kind, key: null, handled: null, changed: null, painted: null, mutation: null, stepBefore: null, stepAfter: null }
      result = new Promise<PressRecord>((done) => {
        resolve = done
      })
      observer = new MutationObserver(onMutations)
      observer.observe(document, { subtree: true, attributes: true, childList: true, characterData: true })
      timer = window.setTimeout(finish, timeoutMs, true)
    },
    result() {
      if (!result)
        throw new Error('bench harness: result() before arm()')
      return result
    },
  }
  ;(window as unknown as BenchWindow).__bench = harness
}

/** tsx (esbuild, keepNames) wraps named inner functions in __name(); the page needs a stand-in. */
function harnessScript(): string {
  return `globalThis.__name ??= f => f;\n(${installHarness.toString()})(${JSON.stringify(STACK_SELECTOR)}, ${PRESS_TIMEOUT_MS})`
}

/** Presses a key and waits for the URL to change; false when it did not. */
async function pressAndWaitForUrl(page: Page, key: string): Promise<boolean> {
  const before = page.url()
  await page.keyboard.press(key)
  return page.waitForURL(url => url.toString() !== before, { timeout: 1500 }).then(() => true, () => false)
}

/** Opens the deck and waits until Slidev has mounted every slide. */
async function openDeck(page: Page, baseUrl: string, no: number, slides: number): Promise<void> {
  await page.goto(`${baseUrl}/${no}?clicks=0`, { waitUntil: 'networkidle' })
  const mounted = await page.waitForFunction(n => document.querySelectorAll('.slidev-page').length >= n, slides, { timeout: PRELOAD_TIMEOUT_MS })
    .then(() => true, () => false)
  if (!mounted)
    console.warn(`WARNING: Slidev did not mount all ${slides} slides within ${PRELOAD_TIMEOUT_MS} ms; measuring anyway.`)
  await settle(page)
}

/** Moves to slide `no` at click 0 by key, as a presenter would (↓/↑ change slide, ← steps back). */
async function moveTo(page: Page, no: number): Promise<void> {
  for (let guard = 0; guard < 100; guard++) {
    const state = stateOf(page.url())
    if (state.no === no && state.clicks === 0) {
      await settle(page)
      return
    }
    const key = state.no < no ? 'ArrowDown' : state.no > no ? 'ArrowUp' : 'ArrowLeft'
    if (!await pressAndWaitForUrl(page, key))
      break
  }
  throw new Error(`could not move to slide ${no} by key; the URL is ${page.url()}`)
}

async function hasStack(page: Page): Promise<boolean> {
  return page.evaluate((selector) => {
    const slide = [...document.querySelectorAll<HTMLElement>('.slidev-page')].find(el => el.offsetParent !== null)
    return Boolean(slide?.querySelector(selector))
  }, STACK_SELECTOR)
}

/** Presses → until the URL leaves the slide; the number of presses that stayed on it. */
async function countClicks(page: Page, no: number): Promise<number> {
  for (let clicks = 0; clicks < 50; clicks++) {
    if (!await pressAndWaitForUrl(page, CLICK_KEY) || stateOf(page.url()).no !== no)
      return clicks
  }
  throw new Error(`slide ${no}: still on the slide after 50 clicks`)
}

async function findStackSlides(page: Page, slides: DeckSlide[]): Promise<StackSlide[]> {
  const found: StackSlide[] = []
  for (const { no, title } of slides) {
    await moveTo(page, no)
    if (await hasStack(page))
      found.push({ no, title, clicks: await countClicks(page, no) })
  }
  return found
}

async function press(page: Page, kind: PressKind): Promise<PressRecord> {
  await page.evaluate(k => (window as unknown as BenchWindow).__bench.arm(k), kind)
  await page.keyboard.press(kind === 'click' ? CLICK_KEY : FLOOR_KEY)
  return page.evaluate(() => (window as unknown as BenchWindow).__bench.result())
}

function toSample(slide: number, r: PressRecord): Sample | null {
  if (r.key === null || r.handled === null || r.painted === null)
    return null
  let anomaly: string | null = null
  if (r.kind === 'floor' && r.mutation)
    anomaly = `the floor key was followed by a DOM change: ${r.mutation}`
  if (r.kind === 'click' && Number(r.stepAfter) !== Number(r.stepBefore) + 1)
    anomaly = `data-step went ${r.stepBefore} → ${r.stepAfter}`
  return {
    slide,
    kind: r.kind,
    key: r.key,
    latency: r.painted - r.key,
    inputDelay: r.handled - r.key,
    work: r.kind === 'click' && r.changed !== null ? r.changed - r.handled : null,
    frames: r.painted - (r.kind === 'click' ? r.changed ?? r.handled : r.handled),
    longTasks: [],
    anomaly,
  }
}

/** Charges each long task to the press whose keydown precedes it, within TRANSITION_WAIT_MS and before the next press. */
function chargeLongTasks(samples: Sample[], tasks: LongTask[]): void {
  const byTime = [...samples].sort((a, b) => a.key - b.key)
  for (const task of tasks.filter(t => t.duration > LONG_TASK_MS)) {
    const i = byTime.findIndex((s, j) => s.key <= task.start + 1 && task.start < Math.min(byTime[j + 1]?.key ?? Infinity, s.key + TRANSITION_WAIT_MS))
    if (i >= 0)
      byTime[i].longTasks.push(task.duration)
  }
}

/** One round on one slide (already at click 0): a floor press then a click press at every step. */
async function measureSlide(page: Page, slide: StackSlide): Promise<{ samples: Sample[], missed: number }> {
  const samples: Sample[] = []
  let missed = 0
  for (let step = 0; step < slide.clicks; step++) {
    for (const kind of ['floor', 'click'] as const) {
      const sample = toSample(slide.no, await press(page, kind))
      if (sample)
        samples.push(sample)
      else
        missed++
      await page.waitForTimeout(kind === 'floor' ? FLOOR_WAIT_MS : TRANSITION_WAIT_MS)
    }
    const state = stateOf(page.url())
    if (state.no !== slide.no || state.clicks !== step + 1)
      throw new Error(`slide ${slide.no}: expected click ${step + 1}, the URL is ${page.url()}`)
  }
  return { samples, missed }
}

/** Nearest-rank percentile (p in 0..100). */
function percentile(values: number[], p: number): number {
  if (values.length === 0)
    return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
}

interface Summary {
  n: number
  p50: number
  p95: number
  max: number
}

function summarize(values: number[]): Summary {
  return { n: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: values.length ? Math.max(...values) : Number.NaN }
}

interface Figures {
  clicks: Summary
  floor: Summary
  ratio: number
  /** Long tasks charged to clicks. */
  longTasks: number[]
}

function figuresOf(samples: Sample[]): Figures {
  const clicks = summarize(samples.filter(s => s.kind === 'click').map(s => s.latency))
  const floor = summarize(samples.filter(s => s.kind === 'floor').map(s => s.latency))
  const longTasks = samples.filter(s => s.kind === 'click').flatMap(s => s.longTasks)
  return { clicks, floor, ratio: clicks.p95 / floor.p95, longTasks }
}

/** A small seeded PRNG (mulberry32), so the same samples always give the same interval. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6D2B79F5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A 90% bootstrap interval for the p95 ratio: resample both measures with replacement and take
 * the 5th and 95th percentiles of the resampled ratios. It shows how far one run can be trusted.
 */
function ratioInterval(clicks: number[], floor: number[], resamples = 1000): [number, number] {
  const next = random(1)
  const resample = (values: number[]): number[] => values.map(() => values[Math.floor(next() * values.length)])
  const ratios = Array.from({ length: resamples }, () => percentile(resample(clicks), 95) / percentile(resample(floor), 95))
  return [percentile(ratios, 5), percentile(ratios, 95)]
}

const ms = (v: number, width = 6): string => (Number.isFinite(v) ? v.toFixed(1) : '–').padStart(width)

const HEADER = `${'slide'.padEnd(40)} ${'n'.padStart(4)}  ${'click p50'.padStart(9)} ${'p95'.padStart(6)} ${'max'.padStart(6)}  `
  + `${'floor p50'.padStart(9)} ${'p95'.padStart(6)} ${'max'.padStart(6)}  ${'ratio'.padStart(5)}  ${'long'.padStart(4)} ${'max'.padStart(5)}`

function row(label: string, f: Figures): string {
  const longest = f.longTasks.length ? Math.max(...f.longTasks).toFixed(0) : '–'
  return `${label.slice(0, 40).padEnd(40)} ${String(f.clicks.n).padStart(4)}  ${ms(f.clicks.p50, 9)} ${ms(f.clicks.p95)} ${ms(f.clicks.max)}  `
    + `${ms(f.floor.p50, 9)} ${ms(f.floor.p95)} ${ms(f.floor.max)}  ${f.ratio.toFixed(2).padStart(5)}  ${String(f.longTasks.length).padStart(4)} ${longest.padStart(5)}`
}

function breakdown(samples: Sample[]): string {
  const median = (values: number[]): string => ms(percentile(values, 50), 0)
  const clicks = samples.filter(s => s.kind === 'click')
  const floors = samples.filter(s => s.kind === 'floor')
  return `Medians, click: input delay ${median(clicks.map(s => s.inputDelay))}, key handling to the DOM change `
    + `${median(clicks.flatMap(s => s.work ?? []))}, change to 2nd frame ${median(clicks.map(s => s.frames))}; `
    + `floor: input delay ${median(floors.map(s => s.inputDelay))}, keydown to 2nd frame ${median(floors.map(s => s.frames))} (ms).`
}

function warnings(samples: Sample[], missed: number): string[] {
  const lines: string[] = []
  const anomalies = samples.filter(s => s.anomaly)
  for (const s of anomalies.slice(0, 5))
    lines.push(`WARNING: slide ${s.slide}, ${s.kind}: ${s.anomaly}`)
  if (anomalies.length > 5)
    lines.push(`WARNING: … and ${anomalies.length - 5} more like these`)
  const floorTasks = samples.filter(s => s.kind === 'floor').flatMap(s => s.longTasks)
  if (floorTasks.length)
    lines.push(`Note: ${floorTasks.length} long task(s) after floor presses (not counted against clicks), longest ${Math.max(...floorTasks).toFixed(0)} ms.`)
  if (missed)
    lines.push(`WARNING: ${missed} press(es) had no painted result within ${PRESS_TIMEOUT_MS} ms and are left out.`)
  return lines
}

/** The 1-minute load average, sampled after every round. */
const loads: number[] = []

function sampleLoad(): string {
  loads.push(loadavg()[0])
  return `load average ${loads.at(-1)!.toFixed(2)} on ${availableParallelism()} CPUs`
}

/**
 * Other work on the machine slows the clicks (which run JavaScript) far more than the floor
 * (which runs none), so a busy machine inflates the ratio: say so.
 */
function loadWarning(): string | null {
  const busiest = Math.max(...loads)
  const limit = availableParallelism() * 0.75
  return busiest > limit
    ? `WARNING: the machine was busy (load average up to ${busiest.toFixed(2)} on ${availableParallelism()} CPUs); `
    + `other work inflates the clicks more than the floor. Rerun on an idle machine.`
    : null
}

function report(slides: StackSlide[], samples: Sample[], missed: number, rounds: number): void {
  console.log(`\nKey press to painted next state (ms): key event timeStamp to the 2nd animation frame after the DOM change;`)
  console.log(`floor: ${FLOOR_KEY} (changes nothing) to the 2nd frame after the keydown. ${rounds} rounds; 1 frame = ${FRAME_MS.toFixed(1)} ms.`)
  console.log(`"long": long tasks (> ${LONG_TASK_MS} ms) charged to clicks, and the longest (ms).\n`)
  console.log(HEADER)
  for (const slide of slides)
    console.log(row(`${String(slide.no).padStart(2)} ${slide.title}`, figuresOf(samples.filter(s => s.slide === slide.no))))
  const all = figuresOf(samples)
  console.log(row('all stack slides', all))
  console.log(`\n${breakdown(samples)}`)
  for (const line of [...warnings(samples, missed), loadWarning()].filter(Boolean))
    console.log(line)

  const latencies = (kind: PressKind): number[] => samples.filter(s => s.kind === kind).map(s => s.latency)
  const [low, high] = ratioInterval(latencies('click'), latencies('floor'))
  console.log(`p95 ratio ${all.ratio.toFixed(2)}, 90% bootstrap interval ${low.toFixed(2)}–${high.toFixed(2)}${
    low <= MAX_RATIO && MAX_RATIO < high ? `: it straddles the ${MAX_RATIO} limit, so this run's verdict is not firm (more --rounds narrow it).` : '.'}`)

  const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL')
  console.log(`\n${verdict(all.ratio <= MAX_RATIO)}  p95 ratio ${all.ratio.toFixed(2)} `
    + `(clicks ${all.clicks.p95.toFixed(1)} ms / floor ${all.floor.p95.toFixed(1)} ms), limit ${MAX_RATIO}`)
  console.log(`${verdict(all.longTasks.length === 0)}  long tasks over ${LONG_TASK_MS} ms caused by clicks: ${all.longTasks.length}${
    all.longTasks.length ? ` (longest ${Math.max(...all.longTasks).toFixed(0)} ms)` : ''}`)
}

export interface ClickBench {
  stackSlides: StackSlide[]
  rounds: number
  clicks: Summary
  floor: Summary
  ratio: number
  /** 90% bootstrap interval of the ratio. */
  interval: [number, number]
  longTasks: number[]
  missed: number
}

/**
 * Measures click-to-paint on every stack slide of the deck served at `url`, `rounds` times,
 * prints the per-slide table, and returns the summary; null when the deck has no stack slide.
 */
export async function benchClicks(browser: Browser, url: string, deckSlides: DeckSlide[], rounds = DEFAULT_ROUNDS): Promise<ClickBench | null> {
  const page = await browser.newPage({ viewport: VIEWPORT })
  try {
    await page.addInitScript({ content: harnessScript() })
    await openDeck(page, url, 1, deckSlides.length)
    const slides = await findStackSlides(page, deckSlides)
    if (slides.length === 0)
      return null
    console.log(`Stack slides: ${slides.map(s => `${s.no} (${s.clicks} clicks)`).join(', ')}. ${rounds} rounds; ${sampleLoad()}.`)
    const samples: Sample[] = []
    let missed = 0
    for (let round = 1; round <= rounds; round++) {
      for (const slide of slides) {
        await moveTo(page, slide.no)
        const result = await measureSlide(page, slide)
        samples.push(...result.samples)
        missed += result.missed
      }
      console.log(`round ${round}/${rounds} done; ${sampleLoad()}`)
    }
    chargeLongTasks(samples, await page.evaluate(() => (window as unknown as BenchWindow).__bench.longTasks))
    report(slides, samples, missed, rounds)
    const all = figuresOf(samples)
    const latencies = (kind: PressKind): number[] => samples.filter(s => s.kind === kind).map(s => s.latency)
    return { stackSlides: slides, rounds, clicks: all.clicks, floor: all.floor, ratio: all.ratio, interval: ratioInterval(latencies('click'), latencies('floor')), longTasks: all.longTasks, missed }
  }
  finally {
    await page.close()
  }
}
