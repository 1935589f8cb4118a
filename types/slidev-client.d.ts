/*
 * The part of Slidev's client package this deck uses, typed for vue-tsc and the unit tests.
 * The package ships raw .ts with virtual imports that neither can load, so tsconfig maps
 * it here, and tests/support/slidev-client.ts implements the same shape.
 */
declare module '@slidev/client' {
  import type { ClicksContext, RenderContext } from '@slidev/types'
  import type { ComputedRef, Ref } from 'vue'

  export function useSlideContext(): {
    $clicks: Ref<number>
    $clicksContext: ClicksContext
    $page: Ref<number>
    $renderContext: Ref<RenderContext>
  }

  export function useNav(): {
    isPrintMode: ComputedRef<boolean>
    /** Printing one page per click step (export --with-clicks), not the final states. */
    isPrintWithClicks: Ref<boolean>
    /** Every slide of the deck, in order, with its number and (from its # heading) its title. */
    slides: Ref<{ no: number, meta?: { slide?: { title?: string } } }[]>
    /** Goes to slide `no` (in presenter mode, stays in presenter mode). */
    go: (no: number) => Promise<void>
  }
}
