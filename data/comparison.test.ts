import { describe, expect, it } from 'vitest'
import { chapterComparison, checkComparison, logPosition, startupBars, startupMeasures, startupTicks } from './comparison'
import { sources } from './sources'

describe('the chapter’s comparison table', () => {
  it('holds the chapter’s five rows, in the chapter’s order, stated as they are true', () => {
    expect(chapterComparison.map(row => row.aspect)).toEqual(['Isolation', 'Start-up', 'Size', 'Overhead', 'Portability'])
    const cells = chapterComparison.flatMap(row => [row.vm, row.container]).join(' | ')
    expect(cells).not.toMatch(/^Minutes$|Excellent|Process level/m)
    const startup = chapterComparison.find(row => row.id === 'startup')!
    expect(startup.vm).toMatch(/seconds to minutes/i)
    expect(startup.vm).toContain('125 ms')
    expect(chapterComparison.find(row => row.id === 'portability')!.container).toMatch(/compatible kernel and CPU/)
    // Not "VMs are more portable": each side says what it needs.
    expect(chapterComparison.find(row => row.id === 'portability')!.vm).toMatch(/disk format/)
  })

  it('gives every row one or two short lines of fine print', () => {
    for (const row of chapterComparison) {
      expect(row.finePrint.length, row.aspect).toBeGreaterThanOrEqual(1)
      expect(row.finePrint.length, row.aspect).toBeLessThanOrEqual(2)
      for (const line of row.finePrint)
        expect(line.length, `${row.aspect}: "${line}"`).toBeLessThanOrEqual(64)
    }
  })

  it('cites at least one known source for every row', () => {
    for (const row of chapterComparison) {
      expect(row.sources.length, row.aspect).toBeGreaterThan(0)
      for (const id of row.sources)
        expect(sources, `${row.aspect} cites ${id}`).toHaveProperty([id])
    }
  })

  it('names no aspect and no id twice', () => {
    const aspects = chapterComparison.map(row => row.aspect.toLowerCase())
    const ids = chapterComparison.map(row => row.id)
    expect(new Set(aspects).size).toBe(aspects.length)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('passes its own check, which rejects broken tables with a message naming the row', () => {
    expect(() => checkComparison(chapterComparison)).not.toThrow()
    const [first, second] = chapterComparison
    expect(() => checkComparison([], 'T')).toThrow(/T: `rows` must be a non-empty array/)
    expect(() => checkComparison([first, { ...second, vm: '' }], 'T')).toThrow(/T: row 2 \("Start-up"\) has no "vm"/)
    expect(() => checkComparison([{ ...first, finePrint: [] }], 'T')).toThrow(/row 1 \("Isolation"\) needs "finePrint"/)
    expect(() => checkComparison([{ ...first, sources: [] }], 'T')).toThrow(/cites no source/)
    expect(() => checkComparison([{ ...first, sources: ['nope' as never] }], 'T')).toThrow(/cites an unknown source "nope"/)
    expect(() => checkComparison([first, { ...second, aspect: 'isolation' }], 'T')).toThrow(/repeats the aspect "isolation"/)
    expect(() => checkComparison([{ ...first, verdict: 'wrong' as never }], 'T')).toThrow(/no known "verdict"/)
  })
})

describe('start-up, measured', () => {
  it('places seconds on a log axis from 1 ms to 100 s', () => {
    expect(logPosition(0.001)).toBe(0)
    expect(logPosition(100)).toBe(1)
    expect(logPosition(1)).toBeCloseTo(0.6)
    expect(logPosition(1000)).toBe(1)
    expect(() => logPosition(0)).toThrow(/positive number of seconds/)
  })

  it('draws every measurement with a known source, slowest first, ranges as ranges', () => {
    const bars = startupBars()
    expect(bars.map(bar => bar.id)).toEqual(startupMeasures.map(m => m.id))
    const tos = bars.map(bar => bar.to)
    expect(tos).toEqual([...tos].sort((a, b) => b - a))
    const desktop = bars.find(bar => bar.id === 'desktop-vm')!
    expect(desktop.from).toBeLessThan(desktop.to)
    const unshare = bars.find(bar => bar.id === 'unshare')!
    expect(unshare.sources).toEqual(['unshare-measured'])
    expect(unshare.to).toBeGreaterThan(0)
    expect(() => startupBars([{ ...startupMeasures[0], low: 0 }])).toThrow(/needs 0 < low ≤ high/)
    expect(() => startupBars([{ ...startupMeasures[0], sources: ['nope' as never] }])).toThrow(/sources known/)
  })

  it('labels one tick per power of ten', () => {
    expect(startupTicks().map(t => t.label)).toEqual(['1 ms', '10 ms', '100 ms', '1 s', '10 s', '100 s'])
  })
})
