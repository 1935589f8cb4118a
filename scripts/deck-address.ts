/**
 * Where the deck lives, read in one place at build time (vite.config.ts, the PDF exports):
 *   DECK_URL            the address the built site is hosted at ("https://example.org/vms/"): the
 *                       closing slides, the handout's first page and the PDFs' metadata show it,
 *                       the slides with a QR code drawn here (an inline SVG, no network);
 *   DECK_SITE_BASE      set by scripts/build-site.ts: the path the site's root is served under ("/"),
 *                       so that the talk (built under <base>talk/) links to the site's downloads;
 *   DECK_DOWNLOADS      set by scripts/build-site.ts: the files it copies into <base>downloads/.
 * Without DECK_URL the slides say how to set it.
 */
import process from 'node:process'
import QRCode from 'qrcode'
import { DECK_URL_VAR } from '../composables/deck-address.ts'

export { DECK_URL_HOWTO, DECK_URL_VAR } from '../composables/deck-address.ts'

export interface QrCode {
  /** Modules per side, the quiet zone (4 each side) included: the SVG's viewBox is 0 0 size size. */
  size: number
  /** One SVG path (fill it dark) drawing every dark module, row by row. */
  path: string
}

export interface DownloadLink {
  file: string
  /** What the file is, in a few words. */
  label: string
}

export interface DeckAddress {
  /** The address, normalised ("https://example.org/vms/"), or null when DECK_URL is not set. */
  url: string | null
  /** The address without its scheme and trailing slash, as printed ("example.org/vms"). */
  display: string | null
  qr: QrCode | null
  /** The site's root path ("/" or "/vms/"): downloads are at <siteBase>downloads/. */
  siteBase: string
  downloads: DownloadLink[]
}

/** DECK_URL checked and normalised: an absolute http(s) address, ending with a slash. Throws, saying what is wrong, otherwise. */
export function normaliseDeckUrl(value: string | undefined): string | null {
  const raw = value?.trim()
  if (!raw)
    return null
  let url: URL
  try {
    url = new URL(raw)
  }
  catch {
    throw new Error(`${DECK_URL_VAR}="${raw}" is not an address. Set it to where the built site is hosted, with its scheme, e.g. ${DECK_URL_VAR}=https://example.org/vms-and-containers/`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${DECK_URL_VAR}="${raw}" is a ${url.protocol} address; the deck's address must be http:// or https://.`)
  if (url.search || url.hash)
    throw new Error(`${DECK_URL_VAR}="${raw}" has a query or fragment; give the site's root address only, e.g. ${url.origin}${url.pathname}`)
  if (!url.pathname.endsWith('/'))
    url.pathname += '/'
  return url.href
}

/** How the address prints: without the scheme and the trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '')
}

/** A site path ("/", "/vms/"): leading and trailing slash. */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '')
  if (/[?#\s]/.test(trimmed))
    throw new Error(`The site's base path "${value}" may not hold spaces, ? or #: give a path such as /vms-and-containers/.`)
  return trimmed ? `/${trimmed}/` : '/'
}

/** `text` as a QR code (error correction M), drawn as one path of horizontal runs with a 4-module quiet zone. */
export function qrCode(text: string): QrCode {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const quiet = 4
  const parts: string[] = []
  for (let y = 0; y < modules.size; y++) {
    let x = 0
    while (x < modules.size) {
      if (!modules.get(y, x)) {
        x++
        continue
      }
      const start = x
      while (x < modules.size && modules.get(y, x))
        x++
      parts.push(`M${start + quiet} ${y + quiet}h${x - start}v1h-${x - start}z`)
    }
  }
  return { size: modules.size + 2 * quiet, path: parts.join('') }
}

/** The exports the site offers under downloads/ (and npm run release writes), in the order listed, with what each is. */
export const DOWNLOAD_LABELS: Record<string, string> = {
  'vms-and-containers-handout.pdf': 'Handout of the study deck: every slide above its notes (A4)',
  'vms-and-containers-class-handout.pdf': 'Class handout: the core path, without references, glossary and answers (A4)',
  'vms-and-containers-meetup-handout.pdf': 'Meetup handout: a few pages, the key diagrams and the address (A4)',
  'vms-and-containers-talk-handout.pdf': 'Handout of the talk: its slides above their notes (A4)',
  'vms-and-containers.pdf': 'Study deck slides: one page per slide, at its last step',
  'vms-and-containers-print.pdf': 'Study deck slides for paper: without the how-to page and the references',
  'vms-and-containers-clicks.pdf': 'Study deck slides: one page per click step',
  'vms-and-containers-notes.pdf': 'Study deck speaker notes (A4)',
  'vms-and-containers.pptx': 'Study deck for PowerPoint: slide pictures, titles, notes',
  'vms-and-containers-talk.pdf': 'Talk slides: one page per slide, at its last step',
  'vms-and-containers-talk-print.pdf': 'Talk slides for paper: without the references',
  'vms-and-containers-talk-clicks.pdf': 'Talk slides: one page per click step',
  'vms-and-containers-talk-notes.pdf': 'Talk speaker notes (A4)',
  'vms-and-containers-talk.pptx': 'Talk for PowerPoint: slide pictures, titles, notes',
}

/** What a file under downloads/ is: its label, or a generic one for a file this list does not know. */
export function downloadLabel(file: string): string {
  return DOWNLOAD_LABELS[file] ?? (file.endsWith('.pptx') ? 'PowerPoint' : file.endsWith('.pdf') ? 'PDF' : 'File')
}

/** The deck's address and downloads, from the environment (see the top of this file). */
export function deckAddress(env: Record<string, string | undefined> = process.env): DeckAddress {
  const url = normaliseDeckUrl(env[DECK_URL_VAR])
  const files = (env.DECK_DOWNLOADS ?? '').split(',').map(f => f.trim()).filter(Boolean)
  return {
    url,
    display: url && displayUrl(url),
    qr: url ? qrCode(url) : null,
    siteBase: normaliseBase(env.DECK_SITE_BASE),
    downloads: files.map(file => ({ file, label: downloadLabel(file) })),
  }
}
