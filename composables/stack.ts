/**
 * The stack model: checks a StackSpec and says what the diagram shows at each step.
 * Step 0 shows the first group of rows; each click adds the next group; then each
 * highlight takes one click. Pure functions, tested in stack.test.ts.
 */
import type { LayerKind } from '../data/layers'
import type { StackHighlight, StackSpec } from '../data/stacks'
import type { ItemState } from './steps'
import { isLayerKind, layerKinds } from '../data/layers'

export interface StackLayer {
  kind: LayerKind
  label: string
  explain: string
  color: string
  /** 0-based row, bottom-up. */
  row: number
  /** The column it sits in; null for a band across all columns. */
  column: number | null
}

export interface StackModel {
  id: string
  columns: string[]
  rows: StackLayer[][]
  /** For each row, the step at which it appears. */
  rowStep: number[]
  buildSteps: number
  highlights: StackHighlight[]
  /** Clicks the stack needs: every group after the first, plus every highlight. */
  clicks: number
}

export interface StackFrame {
  step: number
  /** Rows 0 … visibleRows-1 are shown. */
  visibleRows: number
  /** The highlight lit at this step, or null while the stack is being built. */
  highlight: StackHighlight | null
}

/** Checks a stack and resolves labels, explanations and colours. Throws an error that names the problem. */
export function buildStackModel(spec: StackSpec): StackModel {
  const where = `Stack "${spec?.id ?? '?'}"`
  if (!spec || !Array.isArray(spec.rows) || spec.rows.length === 0)
    throw new Error(`${where}: has no layers; give it at least one row (see data/stacks.ts).`)
  const columns = spec.columns ?? []
  const rows = spec.rows.map((row, r) => {
    const at = `${where}, row ${r + 1} (bottom-up)`
    const specs = 'band' in row ? [row.band] : 'cells' in row ? row.cells : null
    if (!specs)
      throw new Error(`${at}: a row is either { band: layer } or { cells: [layer, …] }.`)
    if ('cells' in row) {
      if (columns.length === 0)
        throw new Error(`${at}: is per column (cells), but the stack has no columns; add columns: ['…'] to the stack, or make the row a band.`)
      if (row.cells.length !== columns.length)
        throw new Error(`${at}: has ${row.cells.length} cells for ${columns.length} columns; give one layer per column.`)
    }
    return specs.map((layer, c): StackLayer => {
      if (!layer || !isLayerKind(String(layer.kind)))
        throw new Error(`${at}: unknown layer kind "${String(layer?.kind)}"; known kinds: ${Object.keys(layerKinds).join(', ')}.`)
      const info = layerKinds[layer.kind]
      return {
        kind: layer.kind,
        label: layer.label ?? info.label,
        explain: layer.explain ?? info.explain,
        color: info.color,
        row: r,
        column: 'band' in row ? null : c,
      }
    })
  })

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

  return { id: spec.id, columns, rows, rowStep, buildSteps: groups.length, highlights, clicks: groups.length - 1 + highlights.length }
}

export function frameAt(model: StackModel, step: number): StackFrame {
  const s = Math.min(Math.max(0, step), model.clicks)
  const built = Math.min(s, model.buildSteps - 1)
  return {
    step: s,
    visibleRows: model.rowStep.filter(rs => rs <= built).length,
    highlight: s >= model.buildSteps ? model.highlights[s - model.buildSteps] : null,
  }
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
  if (row[0].column === null)
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
