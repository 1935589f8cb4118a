/**
 * Long tasks on the main thread while a presenter walks the built deck: every slide, every click,
 * by pressing →; on a live VM slide the walk waits for the VM to finish each command. Used by
 * `npm run bench` and tests/deck/long-tasks.test.ts. Counted from the load event on.
 *
 * Two measures of each task over LONG_TASK_MS:
 * - wall: what the page's Long Tasks API (PerformanceObserver 'longtask') reports: how long the
 *   main thread was unavailable, which on a shared machine includes waiting for a core;
 * - cpu: the same task's thread time, from Chromium's trace (`RunTask` on the renderer's main
 *   thread, `tdur`): the work the page itself did. On an idle machine the two agree; under load,
 *   wall grows and cpu does not. The deck test asserts on cpu, so it fails on work the page does
 *   (the VM on the main thread, a slide mounting in one go), not on the machine's other users.
 */
import type { Browser } from 'playwright-chromium'
import type { DeckState } from './deck-walk'
import { walkDeck } from './deck-walk'

export const LONG_TASK_MS = 50

export interface LongTask extends DeckState {
  /** Wall duration, ms. */
  duration: number
  /** Main-thread CPU time of the task, ms (null when the trace did not give it). */
  cpu: number | null
}

/** Runs in the page from its first script: notes every long task. */
function observe(): void {
  const w = window as unknown as { __longTasks: { start: number, duration: number }[] }
  w.__longTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.__longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
}
/** The observer as page script (tsx wraps named functions in __name(), which the page lacks). */
const OBSERVER = `globalThis.__name ??= f => f;\n(${observe.toString()})()`

const VM = '.slidev-page:visible .linux-vm'
const MARK = 'deck-walk-state'
/** A top-level task in Chromium's trace ('RunTask' in older versions). */
const TASK = /^(?:ThreadControllerImpl::)?RunTask$/

interface TraceEvent { name: string, cat: string, ph: string, ts: number, dur?: number, tdur?: number, pid: number, tid: number, args?: { name?: string } }

export interface LongTaskWalk {
  /** Long tasks by wall time (the Long Tasks API), each with its slide and click. */
  wall: LongTask[]
  /** Main-thread tasks whose CPU time exceeded LONG_TASK_MS (from the trace), each with its slide and click. */
  cpu: LongTask[]
  states: number
  /** Main-thread tasks in the trace, and the largest CPU time among them (ms): a check that the trace saw the page. */
  traced: { tasks: number, maxCpu: number }
}

/** Walks the deck at `url` in a fresh context; returns the long tasks after load, with the slide and click each came in. */
export async function longTasksWalk(browser: Browser, url: string, vmTimeoutMs = 90_000): Promise<LongTaskWalk> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.addInitScript({ content: OBSERVER })
  const cdp = await context.newCDPSession(page)
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (data) => {
    for (const e of data.value as unknown as TraceEvent[]) {
      if (TASK.test(e.name) || e.name === 'thread_name' || e.name === MARK)
        events.push(e)
    }
  })
  const wall: LongTask[] = []
  const order: DeckState[] = []
  let seen = 0
  let loadEnd = 0
  const states = await walkDeck(page, url, async (state) => {
    if (!loadEnd) {
      loadEnd = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd)
      await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing,__metadata', transferMode: 'ReportEvents' })
    }
    // A live VM slide: wait until the VM has answered this click (or failed), so its work is counted here.
    if (await page.locator(VM).count()) {
      const vm = page.locator(VM)
      if (await vm.getAttribute('data-armed') !== 'true') {
        const cold = await vm.getAttribute('data-mode') === 'cold'
        // A cold boot on a busy machine can take minutes: its output streams meanwhile, which is what is measured.
        await page.waitForSelector(`${VM}:is([data-state="ready"][data-busy="false"], [data-state="error"])`, { timeout: cold ? Math.min(vmTimeoutMs, 30_000) : vmTimeoutMs }).catch(async (error: Error) => {
          if (cold)
            return
          const attributes = await vm.evaluate(el => [...el.attributes].map(a => `${a.name}=${a.value}`).join(' '))
          throw new Error(`slide ${state.no} click ${state.clicks}: the VM did not finish (${attributes}): ${error.message}`)
        })
        await page.waitForTimeout(300)
      }
    }
    const all = await page.evaluate(() => (window as unknown as { __longTasks: { start: number, duration: number }[] }).__longTasks)
    for (const task of all.slice(seen)) {
      if (task.start >= loadEnd && task.duration > LONG_TASK_MS)
        wall.push({ ...state, duration: Math.round(task.duration), cpu: null })
    }
    seen = all.length
    // Tasks after this mark belong to the way to the next state.
    order.push(state)
    await page.evaluate(name => performance.mark(name), MARK)
  })
  const complete = new Promise(resolve => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.end')
  await complete
  await context.close()

  // The page's renderer main thread: where the marks were made.
  const main = events.find(e => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some(m => m.name === MARK && m.pid === e.pid && m.tid === e.tid))
  const marks = events.filter(e => e.name === MARK && (!main || e.pid === main.pid)).map(e => e.ts).sort((a, b) => a - b)
  const cpu: LongTask[] = []
  const traced = { tasks: 0, maxCpu: 0 }
  for (const task of events) {
    if (TASK.test(task.name) && main && task.pid === main.pid && task.tid === main.tid) {
      traced.tasks++
      traced.maxCpu = Math.max(traced.maxCpu, Math.round((task.tdur ?? 0) / 1000))
    }
    if (!TASK.test(task.name) || !main || task.pid !== main.pid || task.tid !== main.tid || (task.tdur ?? 0) / 1000 <= LONG_TASK_MS)
      continue
    // The state it led to: the one after the last mark before it (the first state before any mark).
    const before = marks.filter(ts => ts <= task.ts).length
    const state = order[Math.min(before, order.length - 1)] ?? { no: 1, clicks: 0 }
    cpu.push({ ...state, duration: Math.round((task.dur ?? 0) / 1000), cpu: Math.round((task.tdur ?? 0) / 1000) })
  }
  return { wall, cpu, states: states.length, traced }
}
