/**
 * Which slides a handout preset (data/handout-presets.ts) prints, found by title or section in
 * the deck as it is now. Used by the /handout page (?preset=) and by scripts/handout.ts.
 */
import type { HandoutPreset } from '../data/handout-presets'
import { handoutPresets } from '../data/handout-presets'

export interface PresetSlide {
  no: number
  title: string
  /** The `section:` of the slide's import; slides after it without one are in the same section. */
  section?: string
}

/** A title without its "(2 of 10)" or "(continued)", as the runs of reference and glossary slides share it. */
export function baseTitle(title: string): string {
  return title.replace(/\s*\((?:\d+\s+of\s+\d+|cont(?:inued|'d|\.)?)\)\s*$/i, '').trim()
}

/** The preset called `id`, or an error listing the presets there are. */
export function findPreset(id: string, presets: HandoutPreset[] = handoutPresets): HandoutPreset {
  const preset = presets.find(p => p.id === id)
  if (!preset)
    throw new Error(`No handout preset "${id}". There are: ${presets.map(p => p.id).join(', ')} (data/handout-presets.ts).`)
  return preset
}

/** The slide numbers `preset` prints, in deck order. Throws, naming it, on a title or section the deck does not have. */
export function presetSlides(slides: PresetSlide[], preset: HandoutPreset): number[] {
  let section: string | undefined
  const withSection = slides.map((slide) => {
    section = slide.section ?? section
    return { ...slide, section }
  })
  if (preset.titles) {
    const missing = preset.titles.filter(title => !slides.some(s => baseTitle(s.title) === title))
    if (missing.length > 0)
      throw new Error(`The "${preset.id}" handout names slides the deck does not have: ${missing.map(t => `"${t}"`).join(', ')}. Fix their titles in data/handout-presets.ts.`)
    return slides.filter(s => preset.titles!.includes(baseTitle(s.title))).map(s => s.no)
  }
  const without = preset.withoutSections ?? []
  const sections = new Set(withSection.map(s => s.section))
  const unknown = without.filter(name => !sections.has(name))
  if (unknown.length > 0)
    throw new Error(`The "${preset.id}" handout leaves out sections the deck does not have: ${unknown.map(t => `"${t}"`).join(', ')}. Fix them in data/handout-presets.ts (the section: names in slides.md).`)
  return withSection.filter(s => !without.includes(s.section ?? '')).map(s => s.no)
}
