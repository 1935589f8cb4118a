import type { ClicksInfo } from '@slidev/types'
import type { ComputedRef } from 'vue'
import { useSlideContext } from '@slidev/client'
import { computed, onMounted, onUnmounted, shallowRef } from 'vue'
import { assertSteps, stepAt } from './steps'

let nextId = 0

/**
 * The one place a component registers its clicks with the slide, as Slidev's built-ins do
 * (builtin/VSwitch.ts): on mount it asks the slide's clicks context for `steps` clicks after
 * whatever came before it, and registers them, so the slide's total, presenter mode, the
 * click-by-click export and the final-state PDF all count them. The step is derived from
 * `$clicks` alone, never from timers or slide-enter hooks.
 */
export function useClickSteps(steps: number, who = 'useClickSteps'): { step: ComputedRef<number> } {
  assertSteps(steps, who)
  const { $clicks, $clicksContext } = useSlideContext()
  const id = `click-steps-${nextId++}`
  const info = shallowRef<ClicksInfo | null>(null)

  onMounted(() => {
    if (steps === 0)
      return
    info.value = $clicksContext.calculateSince('+1', steps)
    $clicksContext.register(id, info.value)
  })
  onUnmounted(() => $clicksContext.unregister(id))

  return { step: computed(() => stepAt($clicks.value, info.value?.start, steps)) }
}
