import { describe, expect, it } from 'vitest'
import { vmTranscript } from '../data/vm-transcript'
import { realMs, timingBars } from './timings-chart'

describe('the start-up chart: one story from one recorded run', () => {
  it('reads busybox time\'s real line', () => {
    expect(realMs('real    0m 0.46s\nuser    0m 0.04s\nsys     0m 0.33s')).toBe(460)
    expect(realMs('real    1m 2.50s')).toBe(62_500)
    expect(() => realMs('sh: time: not found')).toThrow(/No "real" line.*npm run vm:transcript/)
  })

  it('draws the container and plain-process bars from the very `real` lines the recorded terminal prints', () => {
    const bars = Object.fromEntries(timingBars().map(b => [b.id, b.ms]))
    const steps = vmTranscript.demos.find(d => d.id === 'timing')!.steps
    const real = (test: (c: string) => boolean): number => realMs(steps.find(s => s.command.startsWith('time ') && test(s.command))!.output)
    expect(bars.container).toBe(real(c => c.includes('unshare')))
    expect(bars.process).toBe(real(c => !c.includes('unshare')))
    expect(bars.cold).toBe(vmTranscript.timings.coldBootToPromptSeconds * 1000)
    expect(bars.restore).toBe(vmTranscript.timings.restoreToPromptSeconds * 1000)
  })

  it('orders them as the lesson does: a boot dwarfs a restore, and a container costs more than a process but no boot', () => {
    const [cold, restore, container, process] = timingBars().map(b => b.ms)
    expect(cold).toBeGreaterThan(10 * restore)
    expect(container).toBeGreaterThanOrEqual(process)
    expect(cold).toBeGreaterThan(10 * container)
  })
})
