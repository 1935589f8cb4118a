/**
 * Glossary logic, in plain TS (tested in glossary.test.ts): the entries in alphabetical order,
 * split over the glossary slides; and the rule the deck is held to, that a term used on a slide
 * before the slide that teaches it carries its gloss there.
 */
import type { GlossaryEntry } from '../data/glossary'

export interface NamedEntry extends GlossaryEntry {
  id: string
}

/** The entries sorted by term (case-insensitive), with their ids. */
export function sortedEntries(entries: Record<string, GlossaryEntry>): NamedEntry[] {
  return Object.entries(entries)
    .map(([id, entry]) => ({ id, ...entry }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
}

/** Page `page` (1-based) of `pages`, split as evenly as it goes. */
export function pageOf<T>(items: T[], page: number, pages: number): T[] {
  if (!Number.isInteger(pages) || pages < 1 || !Number.isInteger(page) || page < 1 || page > pages)
    throw new Error(`Glossary: page must be a whole number from 1 to pages (got page ${page} of ${pages}).`)
  const size = Math.ceil(items.length / pages)
  return items.slice((page - 1) * size, page * size)
}

/** Does `text` use the term? (Its `match` pattern, case-insensitive.) */
export function usesTerm(text: string, entry: Pick<GlossaryEntry, 'match'>): boolean {
  return new RegExp(entry.match, 'i').test(text)
}

/**
 * Does `text` carry the term's gloss: a <Term id="…"> for it, its gloss written out, or the
 * term followed at once by a gloss of its own in brackets, "namespaces (what it can see)"?
 */
export function carriesGloss(text: string, id: string, entry: Pick<GlossaryEntry, 'gloss' | 'match'>): boolean {
  return new RegExp(`<Term\\s+id=["']${id}["']`).test(text)
    || text.includes(entry.gloss)
    || new RegExp(`(${entry.match}) \\((?!\\w+\\))[^)]{4,}\\)`, 'i').test(text)
}

export interface GlossProblem {
  term: string
  slide: string
  taughtOn: string
}

/**
 * Every place the deck uses a term before the slide that teaches it without its gloss. `slides`
 * are in deck order, each with its title and all the text it shows. A teaching slide that is
 * missing from the deck is a problem too (its title is reported as the slide).
 */
export function glossProblems(slides: { title: string, text: string }[], entries: Record<string, GlossaryEntry>): GlossProblem[] {
  const problems: GlossProblem[] = []
  for (const [id, entry] of Object.entries(entries)) {
    const taught = slides.findIndex(slide => slide.title === entry.taughtOn)
    if (taught < 0) {
      problems.push({ term: entry.term, slide: `(no slide titled "${entry.taughtOn}")`, taughtOn: entry.taughtOn })
      continue
    }
    for (const slide of slides.slice(0, taught)) {
      if (usesTerm(slide.text, entry) && !carriesGloss(slide.text, id, entry))
        problems.push({ term: entry.term, slide: slide.title, taughtOn: entry.taughtOn })
    }
  }
  return problems
}
