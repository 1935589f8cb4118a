import type { TimelineEntry, TimelineEra } from '../data/timeline'
import type { PlacedLabel } from './timeline'
import { describe, expect, it } from 'vitest'
import { sources } from '../data/sources'
import { timeline, timelineEras } from '../data/timeline'
import { buildAxis, checkTimeline, describeTimeline, erasInRange, eraSources, labelWidth, layoutTimeline, metrics, stemEnd, yearX } from './timeline'

const WIDTH = 868
const RANGES = [[1, 2], [3, 5]] as const
const sourceIds = Object.keys(sources)

function boxesOverlap(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + metrics.labelHeight && b.top < a.top + metrics.labelHeight
}

/** Does b's stem (a vertical segment at b.x) run through label a? */
function stemCrosses(a: PlacedLabel, b: PlacedLabel): boolean {
  if (a === b || Math.abs(a.x - b.x) < 1)
    return false
  const [y0, y1] = [Math.min(b.lineY, stemEnd(b)), Math.max(b.lineY, stemEnd(b))]
  return b.x > a.left && b.x < a.left + a.width && y0 < a.top + metrics.labelHeight && y1 > a.top
}

describe('the era-banded axis', () => {
  const { segments, breaks } = buildAxis(timelineEras.slice(0, 2), timeline.filter(e => e.era <= 2), 100, 800)

  it('gives each era its own segment, in order, with a break between', () => {
    expect(segments.map(s => s.era.no)).toEqual([1, 2])
    expect(segments[0].x0).toBe(100)
    expect(segments[1].x0).toBeCloseTo(segments[0].x1 + metrics.breakWidth)
    expect(segments[1].x1).toBeCloseTo(800)
  })

  it('labels a break by the years it leaves out, or as a change of scale when none are', () => {
    expect(breaks).toEqual([{ x: segments[0].x1 + metrics.breakWidth / 2, skipped: '1983–1998' }])
    const contiguous = buildAxis(timelineEras.slice(2, 4), timeline, 0, 600).breaks
    expect(contiguous[0].skipped).toBeNull()
  })

  it('places years in order inside a segment, each in the middle of its year', () => {
    const xs = [1964, 1967, 1972, 1979, 1982].map(y => yearX(segments, y))
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    expect(xs[0]).toBeGreaterThan(segments[0].x0)
    expect(xs.at(-1)).toBeLessThan(segments[0].x1)
    expect(() => yearX(segments, 1990)).toThrow(/Timeline: the year 1990 is in none of the eras shown \(1964–1982, 1999–2006\)/)
  })

  it('compresses the quiet 1960s–1980s: the 2000s get more px per year', () => {
    const perYear = segments.map(s => (s.x1 - s.x0) / (s.era.to - s.era.from + 1))
    expect(perYear[1]).toBeGreaterThan(perYear[0] * 2)
  })
})

describe('the layout of each slide\'s range', () => {
  for (const range of RANGES) {
    const layout = layoutTimeline(timeline, timelineEras, range, WIDTH)

    it(`eras ${range.join('–')}: shows exactly the entries of those eras`, () => {
      expect(layout.labels.map(l => l.entry.id).sort()).toEqual(timeline.filter(e => e.era >= range[0] && e.era <= range[1]).map(e => e.id).sort())
    })

    it(`eras ${range.join('–')}: no two labels overlap, and no stem runs through a label`, () => {
      for (const a of layout.labels) {
        for (const b of layout.labels) {
          if (a !== b)
            expect(boxesOverlap(a, b), `${a.entry.id} / ${b.entry.id}`).toBe(false)
          expect(stemCrosses(a, b), `${b.entry.id}'s stem through ${a.entry.id}`).toBe(false)
        }
      }
    })

    it(`eras ${range.join('–')}: everything stays inside the figure, labels right of the lane names`, () => {
      for (const l of layout.labels) {
        expect(l.left, l.entry.id).toBeGreaterThanOrEqual(metrics.gutter)
        expect(l.left + l.width, l.entry.id).toBeLessThanOrEqual(WIDTH)
        expect(l.top, l.entry.id).toBeGreaterThanOrEqual(0)
        expect(l.top + metrics.labelHeight, l.entry.id).toBeLessThan(layout.axisY)
      }
      expect(layout.height).toBeLessThanOrEqual(340)
    })

    it(`eras ${range.join('–')}: VM labels above the VM line, container labels below theirs`, () => {
      for (const l of layout.labels.filter(l => l.entry.lane === 'vm'))
        expect(l.top + metrics.labelHeight, l.entry.id).toBeLessThanOrEqual(layout.lineY.vm)
      for (const l of layout.labels.filter(l => l.entry.lane === 'container'))
        expect(l.top, l.entry.id).toBeGreaterThanOrEqual(layout.lineY.container)
      expect(layout.lineY.vm).toBeLessThan(layout.lineY.container)
    })
  }

  it('1964–2006: two lanes that do not meet; 2007–2018: the lanes meet after Kubernetes and the OCI, at Kata, and each says how long it has run', () => {
    const early = layoutTimeline(timeline, timelineEras, [1, 2], WIDTH)
    expect(early.mergeX).toBeNull()
    expect(early.since).toEqual({})
    const late = layoutTimeline(timeline, timelineEras, [3, 5], WIDTH)
    const oci = late.labels.find(l => l.entry.id === 'oci')!
    const kata = late.labels.find(l => l.entry.id === 'kata-containers')!
    expect(late.mergeX).toBeGreaterThan(oci.x)
    expect(late.mergeX).toBeLessThan(kata.x)
    expect(late.since).toEqual({ vm: 1964, container: 1979 })
  })

  it('estimates label widths from the year and title, so wider text gets more room', () => {
    const e = timeline.find(x => x.id === 'vmware-workstation')!
    expect(labelWidth(e)).toBeGreaterThan(labelWidth(timeline.find(x => x.id === 'xen')!))
  })

  it('describes the picture in words: every entry with its date and detail', () => {
    const text = describeTimeline(layoutTimeline(timeline, timelineEras, [1, 2], WIDTH))
    expect(text).toMatch(/^Timeline, 1964 to 2006, in two lanes/)
    expect(text).toContain('1979 / 1982, chroot: V7 Unix, 1979; added to BSD, 1982')
    expect(text).toContain('its own scale')
  })

  it('gives up with a clear error when the labels cannot fit', () => {
    expect(() => layoutTimeline(timeline, timelineEras, [1, 5], 500)).toThrow(/Timeline: the labels of eras 1–5 do not fit in \d tiers per lane at 500px; show fewer eras per slide \(the range prop\)/)
  })
})

describe('ranges and data checks', () => {
  const entry: TimelineEntry = { id: 'x', year: 1999, yearLabel: '1999', lane: 'vm', title: 'X', detail: 'a test', era: 2, source: 'xen-paper' }
  const check = (entries: TimelineEntry[], eras: TimelineEra[] = timelineEras): void => checkTimeline(entries, eras, sourceIds)

  it('picks the eras of a range, or all of them', () => {
    expect(erasInRange(timelineEras, [3, 5]).map(e => e.no)).toEqual([3, 4, 5])
    expect(erasInRange(timelineEras).map(e => e.no)).toEqual([1, 2, 3, 4, 5])
    expect(() => erasInRange(timelineEras, [4, 2])).toThrow(/Timeline: the range \[4, 2\] is not a range of eras; give \[first, last\] with 1 ≤ first ≤ last ≤ 5/)
    expect(() => erasInRange(timelineEras, [0, 9])).toThrow(/not a range of eras/)
  })

  it('rejects an unknown lane, naming the lanes', () => {
    expect(() => check([{ ...entry, lane: 'vms' as never }])).toThrow(/Timeline: entry 1 \("X"\) is in an unknown lane "vms"; use one of vm, container, both/)
  })

  it('rejects a missing or unknown source', () => {
    expect(() => check([{ ...entry, source: undefined as never }])).toThrow(/entry 1 \("X"\) has no source; give it a SourceId from data\/sources.ts/)
    expect(() => check([{ ...entry, source: 'xen-papr' as never }])).toThrow(/cites an unknown source "xen-papr"; add it to data\/sources.ts/)
  })

  it('rejects missing fields, duplicate ids, and a year outside its era', () => {
    expect(() => check([{ ...entry, title: '' }])).toThrow(/has no "title"/)
    expect(() => check([entry, { ...entry, title: 'Y' }])).toThrow(/entry 2 \("Y"\) reuses the id "x"/)
    expect(() => check([{ ...entry, era: 9 }])).toThrow(/belongs to era 9, which does not exist; eras are 1–5/)
    expect(() => check([{ ...entry, era: 1 }])).toThrow(/dated 1999, outside its era 1 \(1964–1982\)/)
    expect(() => check([{ ...entry, year: 1999.5 }])).toThrow(/no whole-number year/)
  })

  it('rejects eras out of order or misnumbered, and empty data', () => {
    expect(() => check([entry], [timelineEras[1], timelineEras[0]])).toThrow(/era 1 is numbered 2; number the eras 1, 2, 3… in order/)
    expect(() => check([entry], [timelineEras[0], { ...timelineEras[1], from: 1980 }])).toThrow(/era 2 \(".*"\) starts in 1980, inside era 1/)
    expect(() => check([])).toThrow(/Timeline: no entries/)
    expect(() => check([entry], [])).toThrow(/Timeline: no eras/)
  })
})

describe('eraSources: what an era\'s caption cites', () => {
  it('each entry\'s source and further sources of that era, once, and nothing from other eras', () => {
    const era2 = eraSources(timeline, 2)
    for (const entry of timeline.filter(e => e.era === 2))
      expect(era2).toEqual(expect.arrayContaining([entry.source, ...(entry.alsoSources ?? [])]))
    expect(new Set(era2).size).toBe(era2.length)
    for (const entry of timeline.filter(e => e.era !== 2 && !timeline.some(o => o.era === 2 && (o.source === e.source || o.alsoSources?.includes(e.source)))))
      expect(era2).not.toContain(entry.source)
  })
})
