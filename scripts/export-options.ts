/**
 * What the exports are called and what they print, without a browser: the file of each kind,
 * the print range (every slide but the how-to and references), the command line.
 */
import type { DeckSlide } from './deck-structure'
import { basename, join } from 'node:path'

export const EXPORT_DIR = 'exports'
export const EXPORT_BASENAME = 'vms-and-containers'
export const DEFAULT_ENTRY = 'slides.md'
export const EXPORT_KINDS = ['pdf', 'clicks', 'print', 'notes', 'pptx'] as const
export type ExportKind = typeof EXPORT_KINDS[number]

const SUFFIX: Record<ExportKind, string> = { pdf: '.pdf', clicks: '-clicks.pdf', print: '-print.pdf', notes: '-notes.pdf', pptx: '.pptx' }

/** Where an export of `entry` goes: exports/vms-and-containers[-<entry>]<suffix>. */
export function exportPath(kind: ExportKind, entry = DEFAULT_ENTRY): string {
  const name = basename(entry, '.md')
  return join(EXPORT_DIR, `${EXPORT_BASENAME}${entry === DEFAULT_ENTRY ? '' : `-${name}`}${SUFFIX[kind]}`)
}

export interface HandoutOptions {
  /** Slidev's range syntax ("3-30,41"). */
  range?: string
  /** A preset of data/handout-presets.ts ("meetup", "class"). */
  preset?: string
}

/** Where the handout of an entry is written. */
export function handoutFile(entry = DEFAULT_ENTRY, options: HandoutOptions = {}): string {
  const name = basename(entry, '.md')
  const prefix = name === 'slides' ? EXPORT_BASENAME : `${EXPORT_BASENAME}-${name}`
  if (options.preset)
    return join(EXPORT_DIR, `${prefix}-${options.preset}-handout.pdf`)
  if (options.range)
    return join(EXPORT_DIR, `${prefix}-handout-slides-${options.range.replace(/[^\d-]+/g, '_')}.pdf`)
  return join(EXPORT_DIR, `${prefix}-handout.pdf`)
}

/** The study deck's exports. */
export const EXPORT_FILES = Object.fromEntries(EXPORT_KINDS.map(kind => [kind, exportPath(kind)])) as Record<ExportKind, string>

export interface ExportOptions {
  entry?: string
  dark?: boolean
  /** Slidev's range syntax ("2-5,8"); the print kind computes its own. */
  range?: string
  /** Re-bundle Vite's dependencies first (what a fresh clone does). */
  force?: boolean
}

/** The slides `print` leaves out: the how-to page(s) and the references (SourceList) slides. */
export function isHowToOrReference(slide: Pick<DeckSlide, 'file' | 'content'>): boolean {
  return /(?:^|\/)\d*-?how-to[^/]*\.md$/.test(slide.file) || slide.content.includes('<SourceList')
}

/** "1,3-5,9" for [1, 3, 4, 5, 9]. */
export function toRange(nos: number[]): string {
  const parts: string[] = []
  for (const no of [...nos].sort((a, b) => a - b)) {
    const last = parts.at(-1)?.split('-')
    if (last && Number(last.at(-1)) === no - 1)
      parts[parts.length - 1] = `${last[0]}-${no}`
    else
      parts.push(String(no))
  }
  return parts.join(',')
}

export const USAGE = `Usage: tsx scripts/export.ts <${EXPORT_KINDS.join('|')}>[,<kind>…] [entry.md] [--dark] [--range 2-9] [--force]`

/** The command line: one kind, or several separated by commas (run on one server, in that order). */
export function parseArgs(argv: string[]): { kinds: ExportKind[], options: ExportOptions } {
  const [list = '', ...rest] = argv
  const kinds = list.split(',') as ExportKind[]
  for (const kind of kinds) {
    if (!EXPORT_KINDS.includes(kind))
      throw new Error(`Unknown export "${kind}". ${USAGE}`)
  }
  const options: ExportOptions = {}
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]
    if (arg === '--dark')
      options.dark = true
    else if (arg === '--force')
      options.force = true
    else if (arg === '--range' && rest[i + 1])
      options.range = rest[++i]
    else if (arg.startsWith('--range='))
      options.range = arg.slice('--range='.length)
    else if (arg.endsWith('.md') && !options.entry)
      options.entry = arg
    else
      throw new Error(`Unknown option "${arg}". ${USAGE}`)
  }
  if (kinds.includes('print') && options.range)
    throw new Error(`export:print computes its own range (every slide but the how-to and references); use npm run export -- --range ${options.range} instead.`)
  return { kinds, options }
}
