import type { ComputedRef } from 'vue'
import { useNav } from '@slidev/client'
import { computed, onScopeDispose, ref } from 'vue'

const QUERY = '(prefers-reduced-motion: reduce)'

/**
 * 'off' when nothing should move: the viewer asked for reduced motion, or the slide is being
 * printed (exports must show end states). Components put it on their root as data-motion,
 * and styles/motion.css turns every transition off below data-motion="off".
 */
export function useMotion(): ComputedRef<'on' | 'off'> {
  const { isPrintMode } = useNav()
  const media = typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY)
    : undefined
  const reduced = ref(media?.matches ?? false)
  const update = (event: MediaQueryListEvent): void => {
    reduced.value = event.matches
  }
  media?.addEventListener('change', update)
  onScopeDispose(() => media?.removeEventListener('change', update))
  return computed(() => (reduced.value || isPrintMode.value ? 'off' : 'on'))
}

/**
 * True on the pages of the final-state PDF (`npm run export`), false when presenting and in the
 * click-by-click export. A diagram that dims layers to make a point shows itself whole there,
 * with all its points written out, since a handout page has no next click to explain it.
 */
export function useHandoutPage(): ComputedRef<boolean> {
  const { isPrintMode, isPrintWithClicks } = useNav()
  return computed(() => isPrintMode.value && !isPrintWithClicks.value)
}
