import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'

/**
 * /handout: every slide at its final click above its notes, grouped by section. It is the page
 * `npm run export:handout` prints to an A4 PDF, and the way to read the deck on a phone.
 * It always runs in Slidev's print mode (`?print`), as the PDF export does, so components show
 * their print state, nothing animates and the arrow keys do not leave the page. `?range=3-30`
 * prints some slides only.
 */
const handout: RouteRecordRaw = {
  name: 'handout',
  path: '/handout',
  component: () => import('../components/HandoutPage.vue'),
  beforeEnter: to => ('print' in to.query ? true : { ...to, query: { ...to.query, print: null } }),
}

export default defineRoutesSetup(routes => [handout, ...routes])
