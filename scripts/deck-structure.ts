/**
 * The deck's structure as Slidev itself parses it (slides.md plus every `src:` import):
 * one entry per slide, with its title, notes and source file. Used by the structure tests,
 * the deck tests and the screenshot script, so all of them agree on what the deck is.
 */
import { existsSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseSlide } from '@slidev/parser/core'
import { injectPreparserExtensionLoader, load } from '@slidev/parser/fs'
import noteRoles from '../setup/preparser'

export interface DeckSlide {
  /** 1-based slide number, as in the URL /N. */
  no: number
  title: string
  /** The speaker notes as this entry shows them (setup/preparser.ts: the talk's or the study deck's), '' when there are none. */
  note: string
  /** The notes as written in the page, every role in them (composables/note-roles.ts). */
  rawNote: string
  /** The file the slide's content comes from, relative to the project root. */
  file: string
  /** The slide's markdown, without frontmatter and notes. */
  content: string
  /** The `section:` frontmatter (set on each `src:` import in slides.md), which the handout groups by. */
  section?: string
  /** The study path (`path:` on the `src:` import in slides.md): 'core' or 'deep'; see scripts/study-path.ts. */
  path?: string
}

export interface DeckStructure {
  slides: DeckSlide[]
  /** `src:` imports whose file does not exist, as written, with the file that names them. */
  missingImports: { src: string, in: string }[]
  /** Problems Slidev's parser reported in any markdown file. */
  parseErrors: string[]
}

/**
 * Installs setup/preparser.ts (each entry its own notes) in Slidev's parser, as Slidev's command
 * line does. Scripts that start Slidev through its API (`createServer`) call this first.
 */
export function useNoteRoles(): void {
  injectPreparserExtensionLoader(async (_roots, headmatter, filepath, mode) => noteRoles({ filepath, headmatter, mode }))
}

export async function loadDeck(root = process.cwd(), entry = 'slides.md'): Promise<DeckStructure> {
  useNoteRoles()
  const entryPath = resolve(root, entry)
  const data = await load({ roots: [root], userRoot: root }, entryPath)
  const missingImports: DeckStructure['missingImports'] = []
  const parseErrors: string[] = []
  for (const md of Object.values(data.markdownFiles)) {
    for (const slide of md.slides) {
      const src = slide.frontmatter.src as string | undefined
      if (src && !existsSync(resolve(dirname(md.filepath), src.split('#')[0])))
        missingImports.push({ src, in: relative(root, md.filepath) })
    }
    for (const error of md.errors ?? [])
      parseErrors.push(`${relative(root, md.filepath)}: ${error.message}`)
  }
  return {
    slides: data.slides.map(slide => ({
      no: slide.index + 1,
      title: slide.title ?? '',
      note: (slide.note ?? '').trim(),
      rawNote: (parseSlide(slide.source.raw).note ?? '').trim(),
      file: relative(root, slide.source.filepath),
      content: slide.content,
      section: slide.frontmatter.section as string | undefined,
      path: slide.frontmatter.path as string | undefined,
    })),
    missingImports,
    parseErrors,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const deck = await loadDeck()
  for (const slide of deck.slides)
    console.log(`${String(slide.no).padStart(2)}  ${slide.title}  (${slide.file}, notes: ${slide.note.length} chars)`)
}
