/**
 * No long task on the main thread: a walk of each built entry, every slide at every click, the
 * live VM slides waiting for every command (scripts/long-tasks.ts), done once by global setup
 * (tests/deck/runs.ts) beside the other walks. Asserts no main-thread task did more than 50 ms of
 * work (its CPU time in Chromium's trace, which other work on the machine does not inflate), and
 * prints the Long Tasks API's wall-clock count beside it, which also counts waiting for a core.
 */
import type { LongTaskWalk } from '../../scripts/long-tasks'
import { expect, it } from 'vitest'
import { LONG_TASK_MS } from '../../scripts/long-tasks'
import { describeWithBrowser } from './gate'
import { readRun } from './results'

describeWithBrowser('no long task on the main thread', () => {
  for (const entry of ['study', 'talk'] as const) {
    it(`the ${entry === 'study' ? 'study deck' : 'talk'}: no task over ${LONG_TASK_MS} ms of main-thread work after load, at any click, live VM included`, () => {
      const walk = readRun<LongTaskWalk & { load: number }>(`longtasks-${entry}`)
      console.warn(`${entry}: ${walk.states} click states; ${walk.traced.tasks} main-thread tasks traced, the longest ${walk.traced.maxCpu} ms of CPU; Long Tasks API (wall clock, load average ${walk.load.toFixed(1)}): ${walk.wall.length} over ${LONG_TASK_MS} ms${walk.wall.length ? `, the longest ${Math.max(...walk.wall.map(t => t.duration))} ms` : ''}`)
      expect(walk.traced.tasks, 'the trace saw the page\'s main thread').toBeGreaterThan(100)
      expect(walk.cpu.map(t => `slide ${t.no} click ${t.clicks}: ${t.cpu} ms of CPU (${t.duration} ms wall)`)).toEqual([])
    })
  }
})
