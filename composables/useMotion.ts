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
