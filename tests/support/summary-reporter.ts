import type { Reporter, TestModule } from 'vitest/node'

/** Prints one closing line, "tests: N passed, N failed, N skipped", that CI reads. */
export default class SummaryReporter implements Reporter {
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
    // eslint-disable-next-line no-console -- the closing line CI reads
    console.log(`\ntests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`)
  }
}
