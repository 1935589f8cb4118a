/*
 * The part of Slidev's client package this deck uses, typed for vue-tsc and the unit tests.
 * The package ships raw .ts with virtual imports that neither can load, so tsconfig maps
 * it here, and tests/support/slidev-client.ts implements the same shape.
 */
declare module '@slidev/client' {
  import type { ClicksContext, RenderContext, SlideRoute } from '@slidev/types'
  import type { ComputedRef, Ref } from 'vue'

  export function useSlideContext(): {
    $clicks: Ref<number>
    $clicksContext: ClicksContext
    $page: Ref<number>
    /** The slide's frontmatter (reactive), with what its `src:` import in the entry adds. */
    $frontmatter: Record<string, unknown>
    $renderContext: Ref<RenderContext>
  }

  export function useNav(): {
    isPrintMode: ComputedRef<boolean>
    /** Printing one page per click step (export --with-clicks), not the final states. */
    isPrintWithClicks: Ref<boolean>
    /** This window is the presenter's view (/presenter/N). */
    isPresenter: ComputedRef<boolean>
    /** Every slide's route, in order (route.meta.slide holds title, frontmatter, noteHTML). */
    slides: Ref<SlideRoute[]>
    /** Goes to slide `no` (in presenter mode, stays in presenter mode). */
    go: (no: number) => Promise<void>
  }

  /** Whether this slide is the one shown (false in a hidden, preloaded slide and the next-slide preview of another slide). */
  export function useIsSlideActive(): ComputedRef<boolean>

  /** The slide canvas (canvasWidth in the headmatter) and the headmatter itself. */
  export const slideWidth: ComputedRef<number>
  export const slideHeight: ComputedRef<number>
  export const configs: { title: string, htmlAttrs?: { lang?: string } }
}

declare module '#slidev/slides' {
  import type { ShallowRef } from 'vue'
  import type { PreloadableRoute } from '../composables/preload'

  /** Slidev's slide routes (a virtual module of the dev server and the build). */
  export const slides: ShallowRef<PreloadableRoute[]>
}
