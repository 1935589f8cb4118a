/**
 * The stack model: checks a StackSpec and says what the diagram shows at each step.
 * Step 0 shows the first group of rows; each click adds the next group; then each
 * highlight takes one click. Pure functions, tested in stack.test.ts.
 */
import type { LayerKind } from '../data/layers'
import type { StackHighlight, StackSpec, StackVariant } from '../data/stacks'
import type { ItemState } from './steps'
import { isLayerKind, layerKinds } from '../data/layers'

export interface StackLayer {
  kind: LayerKind
  label: string
  explain: string
  color: string
  /** A second, smaller line in the block ('' for none). */
  note: string
  /** 0-based row, bottom-up: the order the stack is built in. */
  row: number
  /** The column it sits in; null for a band across all columns. An aside sits in an extra column after the last. */
  column: number | null
  /** Drawn dashed beside the per-column rows above it, not between them and the row below. */
  aside: boolean
  /** 0-based track (drawn row), bottom-up, and how many tracks it spans (an aside spans the rows above it). */
  track: number
  span: number
}

export interface StackModel {
  id: string
  columns: string[]
  /** The tracks it draws (rows minus asides, which stand beside other rows). */
  trackCount: number
  /** The track where each column's dashed frame starts (-1: no frame). */
  frameTrack: number
  /** Whether an aside column stands beside the columns. */
  hasAside: boolean
  rows: StackLayer[][]
  /** For each row, the step at which it appears. */
  rowStep: number[]
  buildSteps: number
  highlights: StackHighlight[]
  /**
   * After the build and its highlights, each variant takes one click: the same picture varied
   * (one VM → several VMs → no host OS), drawn whole, with its own layers lit and a caption.
   */
  variants: VariantModel[]
  /** Clicks the stack needs: every group after the first, every highlight, every variant. */
  clicks: number
}

export interface VariantModel {
  model: StackModel
  highlight: StackHighlight
}

export interface StackFrame {
  step: number
  /** Rows 0 … visibleRows-1 are shown. */
  visibleRows: number
  /** The highlight lit at this step, or null while the stack is being built. */
  highlight: StackHighlight | null
  /** Which variant is drawn at this step (an index into model.variants), or null for the stack itself. */
  variant: number | null
}

/** Checks a stack and resolves labels, explanations and colours. Throws an error that names the problem. */
export function buildStackModel(spec: StackSpec): StackModel {
  const where = `Stack "${spec?.id ?? '?'}"`
  if (!spec || !Array.isArray(spec.rows) || spec.rows.length === 0)
    throw new Error(`${where}: has no layers; give it at least one row (see data/stacks.ts).`)
  const columns = spec.columns ?? []
  const rows = spec.rows.map((row, r) => {
    const at = `${where}, row ${r + 1} (bottom-up)`
    const specs = 'band' in row ? [row.band] : 'cells' in row ? row.cells : 'aside' in row ? [row.aside] : null
    if (!specs)
      throw new Error(`${at}: a row is { band: layer }, { cells: [layer, …] } or { aside: layer }.`)
    if ('aside' in row) {
      if (columns.length === 0)
        throw new Error(`${at}: an aside stands beside the columns, but the stack has no columns; add columns, or make the row a band.`)
      const above = spec.rows.slice(r + 1)
      if (above.length === 0 || above.some(other => !('cells' in other)))
        throw new Error(`${at}: an aside stands beside the per-column rows above it, so every row above it must be cells (one aside per stack).`)
    }
    if ('cells' in row) {
      if (columns.length === 0)
        throw new Error(`${at}: is per column (cells), but the stack has no columns; add columns: ['…'] to the stack, or make the row a band.`)
      if (row.cells.length !== columns.length)
        throw new Error(`${at}: has ${row.cells.length} cells for ${columns.length} columns; give one layer per column.`)
    }
    const aside = 'aside' in row
    const track = spec.rows.slice(0, r).filter(other => !('aside' in other)).length
    return specs.map((layer, c): StackLayer => {
      if (!layer || !isLayerKind(String(layer.kind)))
        throw new Error(`${at}: unknown layer kind "${String(layer?.kind)}"; known kinds: ${Object.keys(layerKinds).join(', ')}.`)
      const info = layerKinds[layer.kind]
      return {
        kind: layer.kind,
        label: layer.label ?? info.label,
        explain: layer.explain ?? info.explain,
        note: layer.note ?? '',
        color: info.color,
        row: r,
        column: 'band' in row ? null : aside ? columns.length : c,
        aside,
        track,
        span: aside ? spec.rows.length - r - 1 : 1,
      }
    })
  })
  const trackCount = spec.rows.filter(row => !('aside' in row)).length
  const perColumn = rows.filter(row => row[0].column !== null && !row[0].aside).map(row => row[0].row)
  const frameFrom = spec.frameFrom ?? (perColumn.length ? Math.min(...perColumn) : -1)
  if (spec.frameFrom !== undefined && !perColumn.includes(spec.frameFrom))
    throw new Error(`${where}: frameFrom ${spec.frameFrom} is not a per-column row (those are rows ${perColumn.join(', ')}, 0-based bottom-up).`)
  const frameTrack = frameFrom < 0 ? -1 : rows[frameFrom][0].track

  const groups = spec.groups ?? rows.map(() => 1)
  if (groups.some(g => !Number.isInteger(g) || g < 1) || groups.reduce((a, b) => a + b, 0) !== rows.length)
    throw new Error(`${where}: groups [${groups.join(', ')}] must be whole numbers ≥ 1 that add up to its ${rows.length} rows.`)
  const rowStep = groups.flatMap((size, step) => Array.from<number>({ length: size }).fill(step))

  const highlights = spec.highlights ?? []
  const present = new Set(rows.flat().map(layer => layer.kind))
  highlights.forEach((highlight, h) => {
    if (!highlight.kinds?.length)
      throw new Error(`${where}: highlight ${h + 1} lights no layer; list the kinds it lights.`)
    for (const kind of highlight.kinds) {
      if (!present.has(kind))
        throw new Error(`${where}: highlight ${h + 1} ("${highlight.caption}") lights "${kind}", which is not in this stack; it has ${[...present].join(', ')}.`)
    }
  })

  const variants = (spec.variants ?? []).map((variant: StackVariant, v): VariantModel => {
    if (!variant?.stack)
      throw new Error(`${where}: variant ${v + 1} names no stack; give it { stack, kinds, caption }.`)
    if (variant.stack.variants?.length)
      throw new Error(`${where}: variant ${v + 1} ("${variant.stack.id}") has variants of its own; a variant is drawn whole, so give it none.`)
    const model = buildStackModel(variant.stack)
    const kinds = new Set(model.rows.flat().map(layer => layer.kind))
    if (!variant.kinds?.length)
      throw new Error(`${where}: variant ${v + 1} ("${variant.stack.id}") lights no layer; list the kinds it lights.`)
    for (const kind of variant.kinds) {
      if (!kinds.has(kind))
        throw new Error(`${where}: variant ${v + 1} ("${variant.stack.id}") lights "${kind}", which is not in that stack; it has ${[...kinds].join(', ')}.`)
    }
    return { model, highlight: { kinds: variant.kinds, caption: variant.caption, sources: variant.sources } }
  })

  return {
    id: spec.id,
    columns,
    trackCount,
    frameTrack,
    hasAside: rows.some(row => row[0].aside),
    rows,
    rowStep,
    buildSteps: groups.length,
    highlights,
    variants,
    clicks: groups.length - 1 + highlights.length + variants.length,
  }
}

export function frameAt(model: StackModel, step: number): StackFrame {
  const s = Math.min(Math.max(0, step), model.clicks)
  const v = s - (model.buildSteps - 1) - model.highlights.length - 1
  if (v >= 0) {
    const variant = model.variants[v]
    return { step: s, visibleRows: variant.model.rows.length, highlight: variant.highlight, variant: v }
  }
  const built = Math.min(s, model.buildSteps - 1)
  return {
    step: s,
    visibleRows: model.rowStep.filter(rs => rs <= built).length,
    highlight: s >= model.buildSteps ? model.highlights[s - model.buildSteps] : null,
    variant: null,
  }
}

/** The picture drawn at a frame: the stack itself, or the variant the frame names. */
export function drawnModel(model: StackModel, frame: StackFrame): StackModel {
  return frame.variant === null ? model : model.variants[frame.variant].model
}

/**
 * The pictures a handout page draws, since paper has no clicks: a stack with a `printWith` picture
 * shows the stack as built beside it (the chapter's type 2 VM, then type 1); any other stack, its
 * last click's picture.
 */
export function handoutFigures(spec: StackSpec): StackModel[] {
  const model = buildStackModel(spec)
  return spec.printWith ? [model, buildStackModel(spec.printWith)] : [drawnModel(model, frameAt(model, model.clicks))]
}

/** Every caption the stack's clicks show, in order: its highlights, then its variants (for the handout page). */
export function captions(model: StackModel): string[] {
  return allHighlights(model).map(h => h.caption)
}

/** How a handout page introduces a caption about a picture that paper does not draw (it has no clicks). */
export const SCREEN_ONLY_LEAD = 'On screen only, not drawn here:'

/**
 * What a handout page writes under its pictures: every caption the clicks show; one about a
 * picture the page does not draw (the several VMs of the VM stack) says so in words, since the
 * printed pictures cannot show it.
 */
export function handoutPoints(spec: StackSpec): StackHighlight[] {
  const model = buildStackModel(spec)
  const drawn = new Set(spec.printWith ? [spec.title, spec.printWith.title] : [(spec.variants?.at(-1)?.stack ?? spec).title])
  return [
    ...model.highlights,
    ...model.variants.map((variant, i) => drawn.has(spec.variants![i].stack.title)
      ? variant.highlight
      : { ...variant.highlight, caption: `${SCREEN_ONLY_LEAD} ${variant.highlight.caption}` }),
  ]
}

/** Every highlight the stack's clicks show, in order, with its sources: the handout page lists them all. */
export function allHighlights(model: StackModel): StackHighlight[] {
  return [...model.highlights, ...model.variants.map(v => v.highlight)]
}

/** Whether a row is hidden, the newest (just added), or shown earlier, at a frame. */
export function rowState(model: StackModel, frame: StackFrame, row: number): ItemState {
  if (row >= frame.visibleRows)
    return 'hidden'
  const newest = frame.highlight === null && model.rowStep[row] === Math.min(frame.step, model.buildSteps - 1)
  return newest ? 'current' : 'shown'
}

/** 'lit' or 'dim' while a highlight is on; null otherwise. */
export function layerLight(frame: StackFrame, layer: StackLayer): 'lit' | 'dim' | null {
  if (!frame.highlight)
    return null
  return frame.highlight.kinds.includes(layer.kind) ? 'lit' : 'dim'
}

export interface Explanation {
  title: string
  explain: string
  color: string
}

/** One row's explanation: a per-column row is named by its shared label, or by its kind when the labels differ. */
function explainRow(row: StackLayer[]): Explanation[] {
  if (row[0].column === null || row[0].aside)
    return row.map(layer => ({ title: layer.label, explain: layer.explain, color: layer.color }))
  const sameLabel = row.every(layer => layer.label === row[0].label)
  const sameExplain = row.every(layer => layer.explain === row[0].explain)
  const title = `${sameLabel ? row[0].label : layerKinds[row[0].kind].label} ×${row.length}`
  return [{ title, explain: sameExplain ? row[0].explain : layerKinds[row[0].kind].explain, color: row[0].color }]
}

/**
 * What the panel beside the stack explains: each layer of the rows just added, once. A
 * per-column row is named by its shared label, or by its kind when the labels differ
 * ("Guest OS ×3" for Linux, Windows, Linux).
 */
export function explanations(model: StackModel, frame: StackFrame): Explanation[] {
  if (frame.highlight)
    return []
  return model.rows.filter((_, r) => rowState(model, frame, r) === 'current').flatMap(explainRow)
}

/** Every row's explanation, top row first (as the stack reads from the top): what a handout page writes out. */
export function allExplanations(model: StackModel): Explanation[] {
  return [...model.rows].reverse().flatMap(explainRow)
}
