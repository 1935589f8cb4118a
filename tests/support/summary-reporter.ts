import type { Reporter, TestModule } from 'vitest/node'
import { relative } from 'node:path'
import process from 'node:process'

/**
 * Prints the ten slowest test files and the run's wall time (global setup included), then one
 * closing line, "tests: N passed, N failed, N skipped", that CI reads.
 */
export default class SummaryReporter implements Reporter {
  private started = Date.now()

  onInit(): void {
    this.started = Date.now()
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    const count = { passed: 0, failed: 0, skipped: 0 }
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed')
          count.passed++
        else if (state === 'failed')
          count.failed++
        else
          count.skipped++
      }
      if (module.state() === 'failed' && module.children.size === 0)
        count.failed++
    }
    count.failed += errors.length
    const slowest = [...modules]
      .map(module => ({ file: relative(process.cwd(), module.moduleId), ms: module.diagnostic().duration }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10)
    const lines = [
      '',
      'The ten slowest test files:',
      ...slowest.map(({ file, ms }) => `  ${(ms / 1000).toFixed(1).padStart(7)} s  ${file}`),
      `Wall time: ${((Date.now() - this.started) / 1000).toFixed(0)} s (global setup included)`,
      `\ntests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`,
    ]
    // eslint-disable-next-line no-console -- the summary CI reads
    console.log(lines.join('\n'))
  }
}
