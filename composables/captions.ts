/** Which captions a figure's caption panel shows (components/StepCaptions.vue; tested in captions.test.ts). */

/** On a handout page: every caption, by index. On screen: step 0's intro, or one caption by index. */
export type CaptionsShown
  = | { kind: 'all', indexes: number[] }
    | { kind: 'intro' }
    | { kind: 'one', index: number }

/**
 * What the panel shows at `step` for `count` captions. Without an intro, step n shows caption n
 * (the first caption is step 0's); with one, step 0 shows the intro and step n caption n − 1.
 * `all` (a handout page, which has no next click) lists every caption and leaves the intro out:
 * it introduces the empty figure, and a handout page shows the figure whole.
 */
export function captionsShown(count: number, step: number, all: boolean, hasIntro: boolean): CaptionsShown {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`StepCaptions: there must be at least one caption, got ${String(count)}; pass one per step.`)
  const last = hasIntro ? count : count - 1
  if (!Number.isInteger(step) || step < 0 || step > last) {
    throw new Error(`StepCaptions: step ${String(step)} has no caption: ${count} caption${count === 1 ? '' : 's'}${hasIntro ? ' and an intro' : ''} cover steps 0–${last}. `
      + 'Pass one caption per step, or an intro for step 0.')
  }
  if (all)
    return { kind: 'all', indexes: Array.from({ length: count }, (_, i) => i) }
  if (hasIntro)
    return step === 0 ? { kind: 'intro' } : { kind: 'one', index: step - 1 }
  return { kind: 'one', index: step }
}
