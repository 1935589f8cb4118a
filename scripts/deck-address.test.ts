import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { deckAddress, displayUrl, downloadLabel, normaliseBase, normaliseDeckUrl, qrCode } from './deck-address'

/** Draws the QR path (runs "M x y h w v1 h-w z") into an RGBA bitmap, `scale` pixels a module, and reads it back. */
function decode(qr: ReturnType<typeof qrCode>, scale = 4): string | null {
  const side = qr.size * scale
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  for (const [, x, y, w] of qr.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) {
      for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++)
        pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3)
    }
  }
  return jsQR(pixels, side, side)?.data ?? null
}

describe('the deck\'s address (DECK_URL)', () => {
  it('is normalised to an absolute http(s) address ending with a slash', () => {
    expect(normaliseDeckUrl('https://example.org/vms')).toBe('https://example.org/vms/')
    expect(normaliseDeckUrl(' https://example.org ')).toBe('https://example.org/')
    expect(normaliseDeckUrl('')).toBeNull()
    expect(normaliseDeckUrl(undefined)).toBeNull()
    expect(displayUrl('https://example.org/vms/')).toBe('example.org/vms')
  })

  it('refuses what is not a site address, saying how to write one', () => {
    expect(() => normaliseDeckUrl('example.org')).toThrow(/not an address.*DECK_URL=https:\/\//)
    expect(() => normaliseDeckUrl('ftp://example.org/')).toThrow(/ftp: address/)
    expect(() => normaliseDeckUrl('https://example.org/?x=1')).toThrow(/query or fragment/)
  })

  it('draws a QR code that reads back as the address', () => {
    for (const url of ['https://example.org/vms-and-containers/', 'https://a-much-longer-host-name.example.com/some/deeper/path/to/the/deck/']) {
      const qr = qrCode(url)
      expect(qr.path).toMatch(/^M\d/)
      expect(decode(qr), url).toBe(url)
    }
  })

  it('without DECK_URL: no address, no QR; with it: both, and the downloads the build lists', () => {
    expect(deckAddress({})).toEqual({ url: null, display: null, qr: null, siteBase: '/', downloads: [] })
    const set = deckAddress({ DECK_URL: 'https://example.org/vms', DECK_SITE_BASE: 'vms', DECK_DOWNLOADS: 'vms-and-containers-handout.pdf,other.pptx' })
    expect(set.url).toBe('https://example.org/vms/')
    expect(decode(set.qr!)).toBe('https://example.org/vms/')
    expect(set.siteBase).toBe('/vms/')
    expect(set.downloads).toEqual([
      { file: 'vms-and-containers-handout.pdf', label: downloadLabel('vms-and-containers-handout.pdf') },
      { file: 'other.pptx', label: 'PowerPoint' },
    ])
    expect(() => deckAddress({ DECK_URL: 'nope' })).toThrow(/DECK_URL/)
  })

  it('normalises the site\'s base path', () => {
    expect(normaliseBase(undefined)).toBe('/')
    expect(normaliseBase('/')).toBe('/')
    expect(normaliseBase('vms')).toBe('/vms/')
    expect(normaliseBase('/a/b/')).toBe('/a/b/')
    expect(() => normaliseBase('/a b/')).toThrow(/spaces/)
  })
})
