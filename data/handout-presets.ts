/**
 * Handouts an organiser prints without choosing pages: `npm run export:handout -- --preset meetup`
 * (or /handout?preset=meetup on the site). Slides are chosen by title or by section, never by
 * number, so a preset follows slides that move; a title or section that no longer exists stops
 * the export with a message naming it (composables/handout-presets.ts).
 */
export interface HandoutPreset {
  id: string
  /** As the first page and every footer print it: "meetup handout". */
  name: string
  /** One line for the first page: what it holds and who it is for. */
  description: string
  /** These slides (by title; "References (2 of 10)" is matched by "References"), in deck order. */
  titles?: string[]
  /** Or: every slide but those of these sections (the `section:` names in slides.md). */
  withoutSections?: string[]
}

export const handoutPresets: HandoutPreset[] = [
  {
    id: 'meetup',
    name: 'meetup handout',
    description: 'A few pages to take home after the talk: the two stacks, side by side, the comparison, the one idea to remember, and where the deck lives.',
    titles: [
      'VMs and Containers',
      'Two ways to isolate',
      'A house and an apartment building',
      'Virtual machines: a computer made of software',
      'Containers: one kernel, fenced-off processes',
      'Side by side: what disappears, what is shared',
      'VMs and containers compared',
      'One idea to take with you',
    ],
  },
  {
    id: 'class',
    name: 'class handout',
    description: 'The core path for a class: every teaching slide and self-check with its notes, without the how-to page, the references, the glossary and the answers.',
    withoutSections: ['How to use this deck', 'References', 'Self-check answers', 'Glossary'],
  },
]
