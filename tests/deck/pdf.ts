import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export { type PdfContent, readPdf } from '../../scripts/pdf-check'

/**
 * How full each A4 page of a PDF is: the share of its text box (16 mm margins, 18 mm at the
 * foot) down to its lowest dark pixel, from poppler's greyscale rendering at 30 dpi.
 */
export function pageFill(file: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'fill-'))
  try {
    const run = spawnSync('pdftoppm', ['-gray', '-r', '30', file, join(dir, 'p')], { encoding: 'utf8' })
    if (run.status !== 0)
      throw new Error(`pdftoppm ${file} failed (${run.error?.message ?? run.stderr}). Install poppler (Debian: apt-get install poppler-utils).`)
    return readdirSync(dir).filter(f => f.endsWith('.pgm')).sort().map((f) => {
      const data = readFileSync(join(dir, f))
      const header = data.subarray(0, 40).toString('latin1').split(/\s+/)
      const [width, height] = [Number(header[1]), Number(header[2])]
      const pixels = data.subarray(data.length - width * height)
      const mm = height / 297
      const [top, bottom] = [Math.round(16 * mm), Math.round(height - 18 * mm)]
      let last = top
      for (let y = top; y < bottom; y++) {
        if (pixels.subarray(y * width, (y + 1) * width).some(v => v < 200))
          last = y
      }
      return (last - top) / (bottom - top)
    })
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Lower-cased letters and digits only: compares rendered text with its markdown source. */
export function plain(text: string): string {
  return text.replace(/\[click(?::\d+)?\]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '')
}

/** Text without white space or apostrophes, case kept: PDF text extraction spaces out punctuation and maps curly quotes unevenly. */
export function squash(text: string): string {
  return text.replace(/[\s'’‘ʼ]+/g, '')
}
