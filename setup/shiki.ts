import { defineShikiSetup } from '@slidev/types'

/**
 * Code themes with WCAG AA contrast for every token on Slidev's code background (#f5f5f5 light,
 * #1b1b1b dark), on screen and printed; Slidev's default (vitesse) greys fall under 4.5:1.
 * Checked on every slide, at every click, in both schemes, by tests/deck/a11y.test.ts.
 */
export default defineShikiSetup(() => ({
  themes: {
    light: 'github-light-high-contrast',
    dark: 'github-dark-high-contrast',
  },
}))
