/**
 * No long task on the main thread: a walk of each built entry, every slide at every click, the
 * live VM slides waiting for every command (scripts/long-tasks.ts). Asserts no main-thread task
 * did more than 50 ms of work (its CPU time in Chromium's trace), and prints the Long Tasks API's
 * wall-clock count beside it, which on a shared machine also counts time spent waiting for a core.
 */
import type { Browser } from 'playwright-chromium'
import { loadavg } from 'node:os'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/deck-walk'
import { LONG_TASK_MS, longTasksWalk } from '../../scripts/long-tasks'
import { deckUrl, describeWithBrowser, talkUrl } from './gate'

describeWithBrowser('no long task on the main thread', (browserPath) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(browserPath)
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const [entry, url] of [['the study deck', deckUrl], ['the talk', talkUrl]] as const) {
    it(`${entry}: no task over ${LONG_TASK_MS} ms of main-thread work after load, at any click, live VM included`, async () => {
      const walk = await longTasksWalk(browser, url)
      console.warn(`${entry}: ${walk.states} click states; ${walk.traced.tasks} main-thread tasks traced, the longest ${walk.traced.maxCpu} ms of CPU; Long Tasks API (wall clock, load average ${loadavg()[0].toFixed(1)}): ${walk.wall.length} over ${LONG_TASK_MS} ms${walk.wall.length ? `, the longest ${Math.max(...walk.wall.map(t => t.duration))} ms` : ''}`)
      expect(walk.traced.tasks, 'the trace saw the page\'s main thread').toBeGreaterThan(100)
      expect(walk.cpu.map(t => `slide ${t.no} click ${t.clicks}: ${t.cpu} ms of CPU (${t.duration} ms wall)`)).toEqual([])
    }, 900_000)
  }
})
