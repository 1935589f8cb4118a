/**
 * The timeline model: checks the data, then lays it out. Pure functions, tested in timeline.test.ts.
 *
 * The axis is era-banded: each era in the range gets a segment of the axis, as wide as its labels
 * need, with years evenly spaced inside it. Segments are separated by a break, drawn and labelled
 * as such (years skipped, or only the scale changing), so a compressed 1960s–1990s is honest.
 *
 * Labels hang off stems: above the VM line, below the container line, and above or below the
 * merged line where the lanes meet. Each lane's labels are packed into tiers so that no two labels
 * overlap and no label covers a stem that rises past it; the packing searches for the fewest tiers.
 */
import type { TimelineEntry, TimelineEra, TimelineLane } from '../data/timeline'

export const LANES: readonly TimelineLane[] = ['vm', 'container', 'both']

/** Sizes in px on the 980×552 canvas. Label widths are estimated from characters, generously. */
export const metrics = {
  /** The lane names, left of the lines. */
  gutter: 104,
  /** The gap in the axis between two eras. */
  breakWidth: 26,
  labelHeight: 24,
  /** From one tier of labels to the next. */
  pitch: 30,
  /** Between a line and the first tier of labels. */
  stemGap: 8,
  /** Between two lines that run side by side (no labels between them). */
  laneGap: 34,
  /** Free space kept between labels in one tier. */
  labelGap: 12,
  /** Free space kept between a label and a stem that passes it. */
  stemClearance: 8,
  /** Between the year and the title, plus the label's padding on its stem side and a safety margin. */
  labelExtra: 6 + 6 + 4,
  /** Room under the lines for the axis, its year marks and its legend. */
  axisHeight: 60,
  /** The most tiers a lane may use before the layout gives up. */
  maxTiers: 4,
}

export type Side = 'up' | 'down'

export interface PlacedLabel {
  entry: TimelineEntry
  /** The stem's x: where the entry's year falls on the axis. */
  x: number
  side: Side
  tier: number
  /** 'start': the label begins at the stem; 'end': it ends there (near the right edge). */
  anchor: 'start' | 'end'
  left: number
  width: number
  /** The label's top edge, and the y where its stem leaves the line. */
  top: number
  lineY: number
}

export interface AxisSegment {
  era: TimelineEra
  x0: number
  x1: number
}

export interface AxisBreak {
  x: number
  /** The years the break leaves out ('1983–1998'), or null when only the scale changes. */
  skipped: string | null
}

export interface TimelineLayout {
  width: number
  height: number
  eras: TimelineEra[]
  segments: AxisSegment[]
  breaks: AxisBreak[]
  labels: PlacedLabel[]
  /** The y of each lane's line; where the lanes meet, they join at `both`. */
  lineY: Record<TimelineLane, number>
  /** Where the VM and container lines join, or null when nothing in the range is in both. */
  mergeX: number | null
  axisY: number
  /** The first year of each lane before the range, for "since 1964" beside a lane that comes in from the left. */
  since: Partial<Record<'vm' | 'container', number>>
}

export type EraRange = readonly [number, number]

function fail(problem: string): never {
  throw new Error(`Timeline: ${problem}`)
}

/**
 * Checks the timeline data and throws an error that names the entry, the problem and the fix:
 * an unknown lane or source, a missing field, an era that does not exist or does not cover the
 * entry's year, a duplicate id.
 */
export function checkTimeline(entries: readonly TimelineEntry[], eras: readonly TimelineEra[], sourceIds: Iterable<string>): void {
  if (!Array.isArray(eras) || eras.length === 0)
    fail('no eras; give at least one in data/timeline.ts (timelineEras).')
  eras.forEach((era, i) => {
    if (era.no !== i + 1)
      fail(`era ${i + 1} is numbered ${String(era.no)}; number the eras 1, 2, 3… in order.`)
    if (!Number.isInteger(era.from) || !Number.isInteger(era.to) || era.from > era.to)
      fail(`era ${era.no} ("${era.title}") runs from ${String(era.from)} to ${String(era.to)}; give whole years, from ≤ to.`)
    if (i > 0 && era.from <= eras[i - 1].to)
      fail(`era ${era.no} ("${era.title}") starts in ${era.from}, inside era ${i}; eras must follow each other in time.`)
  })
  if (!Array.isArray(entries) || entries.length === 0)
    fail('no entries; give at least one in data/timeline.ts.')
  const known = new Set(sourceIds)
  const ids = new Set<string>()
  entries.forEach((entry, i) => {
    const name = `entry ${i + 1} ("${entry?.title ?? entry?.id ?? '?'}")`
    for (const field of ['id', 'yearLabel', 'title', 'detail'] as const) {
      if (typeof entry?.[field] !== 'string' || entry[field].trim() === '')
        fail(`${name} has no "${field}"; every entry needs id, year, yearLabel, lane, title, detail, era and source.`)
    }
    if (ids.has(entry.id))
      fail(`${name} reuses the id "${entry.id}"; ids must be unique.`)
    ids.add(entry.id)
    if (!LANES.includes(entry.lane))
      fail(`${name} is in an unknown lane "${String(entry.lane)}"; use one of ${LANES.join(', ')}.`)
    if (!entry.source)
      fail(`${name} has no source; give it a SourceId from data/sources.ts.`)
    if (!known.has(entry.source))
      fail(`${name} cites an unknown source "${entry.source}"; add it to data/sources.ts or use a known id.`)
    for (const also of entry.alsoSources ?? []) {
      if (!known.has(also))
        fail(`${name} cites an unknown source "${also}" in alsoSources; add it to data/sources.ts or use a known id.`)
    }
    if (!Number.isInteger(entry.year))
      fail(`${name} has no whole-number year; "year" orders and places it on the axis.`)
    const era = eras.find(e => e.no === entry.era)
    if (!era)
      fail(`${name} belongs to era ${String(entry.era)}, which does not exist; eras are 1–${eras.length}.`)
    else if (entry.year < era.from || entry.year > era.to)
      fail(`${name} is dated ${entry.year}, outside its era ${era.no} (${era.from}–${era.to}); move it to the era that covers its year.`)
  })
}

/** The sources of an era's entries (each entry's source, then its further sources), each once: what its caption cites. */
export function eraSources(entries: readonly TimelineEntry[], era: number): string[] {
  return [...new Set(entries.filter(e => e.era === era).flatMap(e => [e.source, ...(e.alsoSources ?? [])]))]
}

/** The eras a slide shows: all of them, or an inclusive range of era numbers such as [1, 2]. */
export function erasInRange(eras: readonly TimelineEra[], range?: EraRange): TimelineEra[] {
  if (!range)
    return [...eras]
  const [first, last] = range
  if (!Number.isInteger(first) || !Number.isInteger(last) || first > last || !eras.some(e => e.no === first) || !eras.some(e => e.no === last))
    fail(`the range [${String(first)}, ${String(last)}] is not a range of eras; give [first, last] with 1 ≤ first ≤ last ≤ ${eras.length}.`)
  return eras.filter(e => e.no >= first && e.no <= last)
}

/**
 * Advance widths (px) of Inter, measured in the built deck: the year at 16px semibold with
 * tabular figures, the title at 17px bold. Capitals are wider than lower case, spaces narrower.
 */
const advance = {
  year: { digit: 9.8, upper: 13.5, lower: 9.2, space: 4.8, other: 9.6 },
  title: { digit: 11, upper: 14, lower: 10.3, space: 5, other: 7.5 },
}

function textWidth(text: string, font: keyof typeof advance): number {
  const a = advance[font]
  let width = 0
  for (const ch of text)
    width += /\d/.test(ch) ? a.digit : /\s/.test(ch) ? a.space : ch !== ch.toLowerCase() ? a.upper : ch !== ch.toUpperCase() ? a.lower : a.other
  return width
}

/** The estimated width of an entry's label: its year, then its title, on one line, with its padding. */
export function labelWidth(entry: TimelineEntry): number {
  return Math.ceil(textWidth(entry.yearLabel, 'year') + textWidth(entry.title, 'title') + metrics.labelExtra)
}

/** Where a year falls on the axis: the middle of its year inside its era's segment. */
export function yearX(segments: readonly AxisSegment[], year: number): number {
  const segment = segments.find(s => year >= s.era.from && year <= s.era.to)
  if (!segment)
    return fail(`the year ${year} is in none of the eras shown (${segments.map(s => `${s.era.from}–${s.era.to}`).join(', ')}).`)
  const years = segment.era.to - segment.era.from + 1
  return segment.x0 + ((year - segment.era.from + 0.5) / years) * (segment.x1 - segment.x0)
}

/**
 * Splits the axis among the eras: each gets a share of the width in proportion to what its
 * labels need (the wider of its lanes, all labels in a row, at least 120px), times `scale[i]`.
 */
export function buildAxis(eras: readonly TimelineEra[], entries: readonly TimelineEntry[], x0: number, x1: number, scale: readonly number[] = []): { segments: AxisSegment[], breaks: AxisBreak[] } {
  const free = x1 - x0 - metrics.breakWidth * (eras.length - 1)
  const need = eras.map((era, i) => {
    const inEra = entries.filter(e => e.era === era.no)
    const perLane = LANES.map(lane => inEra.filter(e => e.lane === lane).reduce((sum, e) => sum + labelWidth(e), 0))
    return Math.max(120, ...perLane) * (scale[i] ?? 1)
  })
  const total = need.reduce((a, b) => a + b, 0)
  const segments: AxisSegment[] = []
  let x = x0
  eras.forEach((era, i) => {
    const width = (need[i] / total) * free
    segments.push({ era, x0: x, x1: x + width })
    x += width + metrics.breakWidth
  })
  const breaks = segments.slice(1).map((segment, i) => {
    const before = segments[i].era.to
    const after = segment.era.from
    return {
      x: segments[i].x1 + metrics.breakWidth / 2,
      skipped: after - before > 1 ? (after - before === 2 ? String(before + 1) : `${before + 1}–${after - 1}`) : null,
    }
  })
  return { segments, breaks }
}

interface Attempt {
  segments: AxisSegment[]
  breaks: AxisBreak[]
  mergeX: number | null
  packed: Partial<Record<TimelineLane, Candidate[]>>
  score: number
}

interface Candidate {
  entry: TimelineEntry
  x: number
  width: number
  side: Side
  tier: number
  anchor: 'start' | 'end'
  left: number
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.side === b.side && a.tier === b.tier && a.left < b.left + b.width + metrics.labelGap && b.left < a.left + a.width + metrics.labelGap
}

/**
 * A stem that rises past a label (a higher tier on the same side) must keep clear of it, unless
 * it is the same year's stem, which runs along the label's anchored edge like a bracket.
 */
function covers(label: Candidate, stem: Candidate): boolean {
  return label.side === stem.side && stem.tier > label.tier && Math.abs(stem.x - label.x) >= 1
    && stem.x > label.left - metrics.stemClearance && stem.x < label.left + label.width + metrics.stemClearance
}

function fits(c: Candidate, placed: readonly Candidate[]): boolean {
  return placed.every(p => !overlaps(c, p) && !covers(c, p) && !covers(p, c))
}

/**
 * Packs one lane's labels into the fewest tiers (up to metrics.maxTiers) by a depth-first search:
 * each label, in year order, tries its tiers (and, for labels in both lanes, each side of the
 * merged line), starting at the stem or ending there; `minLeft`/`maxRight` bound the labels.
 */
export function packLane(items: readonly { entry: TimelineEntry, x: number }[], sides: readonly Side[], minLeft: number, maxRight: number): Candidate[] | null {
  for (let tiers = 1; tiers <= metrics.maxTiers; tiers++) {
    const placed: Candidate[] = []
    const search = (i: number): boolean => {
      if (i === items.length)
        return true
      const { entry, x } = items[i]
      const width = labelWidth(entry)
      for (let tier = 0; tier < tiers; tier++) {
        for (const side of sides) {
          for (const anchor of ['start', 'end'] as const) {
            const left = anchor === 'start' ? x - 2 : x + 2 - width
            if (left < minLeft || left + width > maxRight)
              continue
            const c: Candidate = { entry, x, width, side, tier, anchor, left }
            if (!fits(c, placed))
              continue
            placed.push(c)
            if (search(i + 1))
              return true
            placed.pop()
          }
        }
      }
      return false
    }
    if (search(0))
      return placed
  }
  return null
}

/** Lays the timeline out in a box `width` px wide: the axis, the lines, every label's place. */
export function layoutTimeline(allEntries: readonly TimelineEntry[], allEras: readonly TimelineEra[], range: EraRange | undefined, width: number): TimelineLayout {
  const eras = erasInRange(allEras, range)
  const shown = new Set(eras.map(e => e.no))
  const entries = allEntries.filter(e => shown.has(e.era)).sort((a, b) => a.year - b.year)
  const attempt = (scale: readonly number[], endRoom: number): Attempt | null => {
    const axis = buildAxis(eras, entries, metrics.gutter, width - endRoom, scale)
    const both = entries.filter(e => e.lane === 'both')
    const mergeX = both.length ? yearX(axis.segments, both[0].year) - 34 : null
    const packed: Partial<Record<TimelineLane, Candidate[]>> = {}
    for (const lane of LANES) {
      const items = entries.filter(e => e.lane === lane).map(entry => ({ entry, x: yearX(axis.segments, entry.year) }))
      const sides: Side[] = lane === 'vm' ? ['up'] : lane === 'container' ? ['down'] : ['up', 'down']
      const minLeft = lane === 'both' ? (mergeX ?? metrics.gutter) + 20 : metrics.gutter
      const result = packLane(items, sides, minLeft, width)
      if (!result)
        return null
      packed[lane] = result
    }
    const tierCount = LANES.reduce((sum, lane) => sum + new Set((packed[lane] ?? []).map(c => `${c.side}${c.tier}`)).size, 0)
    // Fewest tiers first; then fewest labels that end at their stem (they read less easily).
    const ends = LANES.reduce((sum, lane) => sum + (packed[lane] ?? []).filter(c => c.anchor === 'end').length, 0)
    return { ...axis, mergeX, packed, score: tierCount * 100 + ends }
  }
  // Try a few ways of sharing the width among the eras, and of leaving room past the axis's end
  // for labels near it; keep the best (see score; the earliest tried among equals).
  const scales = eras.reduce<number[][]>(acc => acc.flatMap(s => (eras.length > 3 ? [1, 0.7, 1.4] : [1, 0.7, 1.4, 0.5, 2]).map(f => [...s, f])), [[]])
  let best: Attempt | null = null
  for (const endRoom of [0, 40, 80, 120]) {
    for (const scale of scales) {
      const a = attempt(scale, endRoom)
      if (a && (!best || a.score < best.score))
        best = a
    }
  }
  if (!best)
    return fail(`the labels of eras ${eras[0].no}–${eras.at(-1)!.no} do not fit in ${metrics.maxTiers} tiers per lane at ${width}px; show fewer eras per slide (the range prop) or shorten titles.`)
  const { segments, breaks, mergeX, packed } = best

  const tiers = (lane: TimelineLane, side: Side): number =>
    Math.max(0, ...(packed[lane] ?? []).filter(c => c.side === side).map(c => c.tier + 1))
  const band = (n: number): number => (n ? n * metrics.pitch + metrics.stemGap : 0)
  const since: TimelineLayout['since'] = {}
  for (const lane of ['vm', 'container'] as const) {
    const before = allEntries.filter(e => e.lane === lane && e.era < eras[0].no)
    if (before.length)
      since[lane] = Math.min(...before.map(e => e.year))
  }
  // Each lane's name sits beside its line, growing away from the other lane: two lines
  // ("Virtual / machines"), and a third ("since 1964") when the lane comes in from the left.
  const nameRoom = (lane: 'vm' | 'container'): number => (since[lane] ? 3 : 2) * 20 + 4
  const lineY: Record<TimelineLane, number> = { vm: 0, container: 0, both: 0 }
  lineY.vm = Math.max(band(tiers('vm', 'up')), nameRoom('vm')) + 4
  lineY.both = lineY.vm + Math.max(metrics.laneGap / 2, band(tiers('both', 'up')) + 6)
  lineY.container = lineY.both + Math.max(metrics.laneGap / 2, band(tiers('both', 'down')) + 6)
  const axisY = lineY.container + Math.max(band(tiers('container', 'down')), nameRoom('container')) + 14
  const height = axisY + metrics.axisHeight

  const labels: PlacedLabel[] = LANES.flatMap(lane => (packed[lane] ?? []).map((c) => {
    const y = lineY[lane]
    const offset = metrics.stemGap + c.tier * metrics.pitch
    return {
      entry: c.entry,
      x: c.x,
      side: c.side,
      tier: c.tier,
      anchor: c.anchor,
      left: c.left,
      width: c.width,
      top: c.side === 'up' ? y - offset - metrics.labelHeight : y + offset,
      lineY: y,
    }
  })).sort((a, b) => a.entry.year - b.entry.year || allEntries.indexOf(a.entry) - allEntries.indexOf(b.entry))

  return { width, height, eras, segments, breaks, labels, lineY, mergeX, axisY, since }
}

/** The stem of a label: from its lane's line to the label's near edge. */
export function stemEnd(label: PlacedLabel): number {
  return label.side === 'up' ? label.top + metrics.labelHeight : label.top
}

/** What the picture shows, in words, for people who cannot see it. */
export function describeTimeline(layout: TimelineLayout): string {
  const span = `${layout.eras[0].from} to ${layout.eras.at(-1)!.to}`
  const lane = (name: TimelineLane, heading: string): string => {
    const items = layout.labels.filter(l => l.entry.lane === name).map(l => `${l.entry.yearLabel}, ${l.entry.title}: ${l.entry.detail}`)
    return items.length ? ` ${heading}: ${items.join('; ')}.` : ''
  }
  return `Timeline, ${span}, in two lanes on one time axis, virtual machines above and containers below${layout.mergeX === null ? '' : ', joining where they meet'}.`
    + `${lane('vm', 'Virtual machines')}${lane('container', 'Containers')}${lane('both', 'Where they meet')}`
    + ` The axis gives each era its own scale, with breaks between eras.`
}
