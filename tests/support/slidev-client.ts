import type * as SlidevClient from '@slidev/client'
/**
 * A typed stand-in for @slidev/client in unit tests: `vi.mock('@slidev/client', () => import(...))`.
 * It keeps the slide's current click, a clicks context that computes and records
 * registrations the way Slidev's does (composables/useClicks.ts in @slidev/client), print
 * mode, the render context, and the viewer's reduced-motion preference.
 */
import type { ClicksContext, ClicksElement, ClicksInfo, RenderContext, SlideRoute } from '@slidev/types'
import type { Ref } from 'vue'
import { computed, reactive, ref } from 'vue'

const clicks = ref(0)
const printMode = ref(false)
const printWithClicks = ref(false)
const renderContext = ref<RenderContext>('slide')
const page = ref(1)
const frontmatter = reactive<Record<string, unknown>>({})
const presenter = ref(false)
const slideActive = ref(true)
const slides = ref<{ no: number, meta?: { slide?: { title?: string } } }[]>([])
const wentTo: number[] = []
const registered = new Map<ClicksElement, Pick<ClicksInfo, 'delta' | 'max'>>()
let reducedMotion = false

function createClicksContext(): ClicksContext {
  const context: ClicksContext = {
    get current() {
      return clicks.value
    },
    set current(value) {
      clicks.value = value
    },
    clicksStart: 0,
    relativeSizeMap: new Map(),
    maxMap: new Map(),
    isMounted: true,
    setup() {},
    get currentOffset() {
      return [...registered.values()].reduce((sum, info) => sum + info.delta, 0)
    },
    get total() {
      return Math.max(0, ...[...registered.values()].map(info => info.max))
    },
    calculateSince(rawAt, size = 1) {
      if (rawAt === false || rawAt === 'false')
        return null
      const relative = typeof rawAt === 'string' && '+-'.includes(rawAt[0])
      const value = rawAt == null || rawAt === true ? 1 : Number(rawAt)
      const start = relative || rawAt == null || rawAt === true ? context.currentOffset + value : value
      return {
        start,
        end: Number.POSITIVE_INFINITY,
        max: start + size - 1,
        delta: relative || rawAt == null || rawAt === true ? value + size - 1 : 0,
        currentOffset: computed(() => clicks.value - start),
        isCurrent: computed(() => clicks.value === start),
        isActive: computed(() => clicks.value >= start),
      }
    },
    calculateRange() {
      throw new Error('slidev-client stand-in: calculateRange is not implemented; add it when a component needs it.')
    },
    calculate(at) {
      return Array.isArray(at) ? context.calculateRange(at) : context.calculateSince(at)
    },
    register(el, info) {
      if (info)
        registered.set(el, { delta: info.delta, max: info.max })
    },
    unregister(el) {
      registered.delete(el)
    },
  }
  return context
}

const clicksContext = createClicksContext()

export const useSlideContext: typeof SlidevClient.useSlideContext = () => ({
  $clicks: clicks,
  $clicksContext: clicksContext,
  $page: page,
  $frontmatter: frontmatter,
  $renderContext: renderContext,
})

export const useNav: typeof SlidevClient.useNav = () => ({
  isPrintMode: computed(() => printMode.value),
  isPrintWithClicks: printWithClicks,
  isPresenter: computed(() => presenter.value),
  slides: slides as unknown as Ref<SlideRoute[]>,
  go: async (no: number) => {
    wentTo.push(no)
  },
})

export const useIsSlideActive: typeof SlidevClient.useIsSlideActive = () => computed(() => slideActive.value)

function installMatchMedia(): void {
  window.matchMedia = ((query: string) => ({
    matches: query.includes('prefers-reduced-motion: reduce') && reducedMotion,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  })) as typeof window.matchMedia
}

/** What a test drives and reads. */
export const slidev = {
  clicks,
  printMode,
  printWithClicks,
  renderContext,
  presenter,
  slideActive,
  /** The deck's slides as useNav() lists them: set `{ no, meta: { slide: { title } } }` entries. */
  slides,
  /** The slide numbers go() was asked for, in order. */
  wentTo,
  /** The slide's number ($page). */
  page,
  /** The slide's frontmatter ($frontmatter): set keys, such as `path`. */
  frontmatter,
  /** The slide's click total: the largest `max` among registrations, as Slidev computes it. */
  get total(): number {
    return clicksContext.total
  },
  get registrations(): number {
    return registered.size
  },
  setReducedMotion(on: boolean): void {
    reducedMotion = on
    installMatchMedia()
  },
  reset(): void {
    clicks.value = 0
    printMode.value = false
    printWithClicks.value = false
    renderContext.value = 'slide'
    presenter.value = false
    slideActive.value = true
    page.value = 1
    for (const key of Object.keys(frontmatter))
      delete frontmatter[key]
    registered.clear()
    slides.value = []
    wentTo.length = 0
    reducedMotion = false
    installMatchMedia()
  },
}
