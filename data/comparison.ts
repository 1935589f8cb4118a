import type { SourceId } from './sources'
import { sources } from './sources'

/**
 * The comparison table (VM | Container), row by row, stated as it is true today, with the
 * chapter's simplification of each row kept as a remark ("you will often read…") for the
 * notes and the `fine-print` view. Drawn by components/ComparisonTable.vue; checked by
 * checkComparison below (tested in comparison.test.ts).
 */

/** How the chapter's wording of the row holds up. */
export type Verdict = 'oversimplified' | 'outdated' | 'misleading'

export interface ComparisonRow {
  id: string
  /** The question the row answers; the cells say what is true (sources in `sources`). */
  aspect: string
  vm: string
  container: string
  /** One or two short lines: what you will often read instead, and why it falls short. */
  finePrint: string[]
  verdict: Verdict
  /** Where the fine print comes from: ids in data/sources.ts. */
  sources: SourceId[]
}

export const chapterComparison: ComparisonRow[] = [
  {
    id: 'isolation',
    aspect: 'Isolation',
    vm: 'Own kernel, walled off by the hypervisor',
    container: 'Shared kernel, which fences each one',
    finePrint: [
      'Often read: “hardware level” against “process level”',
      'VM walls are the hypervisor’s; container walls the kernel’s',
    ],
    verdict: 'oversimplified',
    sources: ['man-namespaces', 'man-cgroups', 'docker-seccomp', 'containers-caps', 'venom'],
  },
  {
    id: 'startup',
    aspect: 'Start-up',
    vm: 'Milliseconds to minutes; a minimal VM’s spec: 125 ms to init',
    container: 'Usually under a second',
    finePrint: [
      'Often read: “minutes” against “seconds”',
      'A desktop VM about 30 s; docker run about 0.6 s in one test',
    ],
    verdict: 'outdated',
    sources: ['virtualbox-boot', 'depot-microvm', 'firecracker-spec', 'quark-bench'],
  },
  {
    id: 'size',
    aspect: 'Size',
    vm: 'A desktop image about 1.6 GB; trimmed, a few MB',
    container: 'alpine 3.8 MB, big images GBs; layers shared',
    finePrint: [
      'Often read: “GBs” against “MBs”',
      'The ranges overlap: a Tinyx VM is a few MB, alpine 3.8 MB',
    ],
    verdict: 'oversimplified',
    sources: ['docker-repo-info', 'hyperv-gallery', 'lightvm'],
  },
  {
    id: 'overhead',
    aspect: 'Overhead',
    vm: 'A guest kernel’s memory each; CPU near native',
    container: 'Little: no second kernel',
    finePrint: [
      'Often read: “high” against “low”',
      'CPU: small for both; Firecracker’s VMM threads up to 5 MiB',
    ],
    verdict: 'oversimplified',
    sources: ['felter-ibm', 'firecracker-spec'],
  },
  {
    id: 'portability',
    aspect: 'Portability',
    vm: 'Carries its OS; disk formats vary by hypervisor',
    container: 'Small standard images; a compatible kernel and CPU',
    finePrint: [
      'Often read: “good” against “excellent”',
      'Windows containers need Windows hosts; VM formats differ',
    ],
    verdict: 'misleading',
    sources: ['docker-multi-platform', 'windows-container-compat'],
  },
]

export const verdicts: Record<Verdict, string> = {
  oversimplified: 'oversimplified',
  outdated: 'outdated',
  misleading: 'misleading',
}

const TEXT_FIELDS = ['id', 'aspect', 'vm', 'container'] as const

/**
 * Throws an error that names the problem unless `rows` is a usable table: a non-empty array;
 * every row with its id, aspect, both columns, one or two lines of fine print, a verdict and at
 * least one source known to data/sources.ts; no aspect twice. `who` starts the message.
 */
export function checkComparison(rows: unknown, who = 'Comparison'): asserts rows is ComparisonRow[] {
  if (!Array.isArray(rows) || rows.length === 0)
    throw new Error(`${who}: \`rows\` must be a non-empty array of comparison rows (see data/comparison.ts).`)
  const seen = new Set<string>()
  rows.forEach((row: Partial<ComparisonRow> | null, i) => {
    const name = `row ${i + 1}${typeof row?.aspect === 'string' && row.aspect ? ` ("${row.aspect}")` : ''}`
    if (row === null || typeof row !== 'object')
      throw new Error(`${who}: ${name} is not a row object.`)
    for (const field of TEXT_FIELDS) {
      if (typeof row[field] !== 'string' || row[field].trim() === '')
        throw new Error(`${who}: ${name} has no "${field}".`)
    }
    const fine = row.finePrint
    if (!Array.isArray(fine) || fine.length === 0 || fine.length > 2 || fine.some(line => typeof line !== 'string' || line.trim() === ''))
      throw new Error(`${who}: ${name} needs "finePrint": one or two non-empty lines.`)
    if (typeof row.verdict !== 'string' || !(row.verdict in verdicts))
      throw new Error(`${who}: ${name} has no known "verdict" (one of ${Object.keys(verdicts).join(', ')}).`)
    if (!Array.isArray(row.sources) || row.sources.length === 0)
      throw new Error(`${who}: ${name} cites no source; add at least one id from data/sources.ts.`)
    for (const id of row.sources) {
      if (typeof id !== 'string' || !(id in sources))
        throw new Error(`${who}: ${name} cites an unknown source "${String(id)}"; add it to data/sources.ts.`)
    }
    const key = row.aspect!.trim().toLowerCase()
    if (seen.has(key))
      throw new Error(`${who}: ${name} repeats the aspect "${row.aspect}".`)
    seen.add(key)
  })
}

/* ---------- Start-up, measured: the numbers side by side, on a log scale ---------- */

export interface StartupMeasure {
  id: string
  /** What started, in a few words. */
  label: string
  /** Which family it belongs to: the bar wears that side's colour. */
  kind: 'vm' | 'container'
  /** Seconds: the fastest and slowest of the measured range (equal for one number). */
  low: number
  high: number
  /** The number as the slide prints it. */
  shown: string
  sources: SourceId[]
}

/** Slowest first. Each is one measurement under stated conditions (see the notes), not a constant. */
export const startupMeasures: StartupMeasure[] = [
  { id: 'desktop-vm', label: 'Desktop VM (VirtualBox)', kind: 'vm', low: 27, high: 37, shown: '27–37 s', sources: ['virtualbox-boot'] },
  { id: 'cloud-image', label: 'Cloud VM image (KVM)', kind: 'vm', low: 7, high: 9, shown: '7–9 s', sources: ['depot-microvm'] },
  { id: 'cloud-trimmed', label: 'Same image, trimmed', kind: 'vm', low: 1, high: 1, shown: '< 1 s', sources: ['depot-microvm'] },
  { id: 'docker-run', label: 'docker run ubuntu /bin/date, to its output', kind: 'container', low: 0.607, high: 0.607, shown: 'about 0.6 s', sources: ['quark-bench'] },
  { id: 'microvm', label: 'Firecracker microVM to init', kind: 'vm', low: 0.125, high: 0.125, shown: 'up to 125 ms', sources: ['firecracker-spec'] },
  { id: 'unshare', label: 'Namespaces alone (unshare)', kind: 'container', low: 0.0038, high: 0.0038, shown: '3.8 ms', sources: ['unshare-measured'] },
]

/** The chart's axis: one millisecond to one hundred seconds. */
export const startupAxis = { min: 0.001, max: 100 }

/** Where `seconds` falls on a log axis from `min` to `max`, as a fraction 0 … 1 (clamped). */
export function logPosition(seconds: number, min = startupAxis.min, max = startupAxis.max): number {
  if (!(min > 0) || !(max > min))
    throw new Error(`logPosition: the axis needs 0 < min < max, got ${min} … ${max}.`)
  if (!(seconds > 0) || !Number.isFinite(seconds))
    throw new Error(`logPosition: a log scale needs a positive number of seconds, got ${seconds}.`)
  const at = (Math.log10(seconds) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
  return Math.min(1, Math.max(0, at))
}

export interface StartupBar extends StartupMeasure {
  /** Percent of the axis: the bar runs from 0 to `to`; `from` … `to` is the measured range. */
  from: number
  to: number
}

/** The bars of the chart, checked: positive seconds, low ≤ high, known sources. */
export function startupBars(measures: StartupMeasure[] = startupMeasures): StartupBar[] {
  if (measures.length === 0)
    throw new Error('startupBars: no measurements to draw.')
  return measures.map((m) => {
    if (!(m.low > 0) || !(m.high >= m.low))
      throw new Error(`startupBars: "${m.id}" needs 0 < low ≤ high seconds, got ${m.low} … ${m.high}.`)
    if (m.sources.length === 0 || m.sources.some(id => !(id in sources)))
      throw new Error(`startupBars: "${m.id}" needs sources known to data/sources.ts.`)
    const pct = (s: number): number => Math.round(logPosition(s) * 1000) / 10
    return { ...m, from: pct(m.low), to: pct(m.high) }
  })
}

/** The axis ticks: every power of ten from min to max, with its label. */
export function startupTicks(): { at: number, label: string }[] {
  const ticks: { at: number, label: string }[] = []
  for (let p = Math.round(Math.log10(startupAxis.min)); p <= Math.round(Math.log10(startupAxis.max)); p++) {
    const s = 10 ** p
    ticks.push({ at: Math.round(logPosition(s) * 1000) / 10, label: s < 1 ? `${Math.round(s * 1000)} ms` : `${Math.round(s)} s` })
  }
  return ticks
}
