/** Pure click arithmetic shared by every animated component (tested in steps.test.ts). */

/** How a revealed item stands at a step: not yet shown, just shown (the newest), or shown earlier. */
export type ItemState = 'hidden' | 'current' | 'shown'

/**
 * The component's step (0 … steps) at a slide click, given the first click it registered.
 * Before the component has registered (start undefined) it is at step 0.
 */
export function stepAt(clicks: number, start: number | undefined, steps: number): number {
  if (start === undefined)
    return 0
  return Math.min(steps, Math.max(0, clicks - start + 1))
}

/** The state of item `index` (1-based: item 1 appears at step 1) when the component is at `step`. */
export function itemState(index: number, step: number): ItemState {
  if (index > step)
    return 'hidden'
  return index === step ? 'current' : 'shown'
}

/** aria-hidden for an item at a state: steps not yet shown are hidden from assistive technology too. */
export function ariaHidden(state: ItemState): 'true' | undefined {
  return state === 'hidden' ? 'true' : undefined
}

/** Throws a clear error unless `steps` is a whole number of clicks. */
export function assertSteps(steps: number, who: string): void {
  if (!Number.isInteger(steps) || steps < 0)
    throw new Error(`${who}: the number of click steps must be a whole number ≥ 0, got ${String(steps)}.`)
}
