import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DeckAddress from '../../components/DeckAddress.vue'
import { DECK_URL_HOWTO } from '../../composables/deck-address'
import { deckAddress } from '../../scripts/deck-address'

describe('<DeckAddress>: where the deck lives, on the closing slides and the handout', () => {
  it('with DECK_URL: the address as a link, and its QR code as an inline SVG', () => {
    const address = deckAddress({ DECK_URL: 'https://example.org/vms' })
    const w = mount(DeckAddress, { props: { address } })
    expect(w.get('a.deck-address-url').attributes('href')).toBe('https://example.org/vms/')
    expect(w.get('a.deck-address-url').text()).toBe('example.org/vms')
    const svg = w.get('svg.deck-qr')
    expect(svg.attributes('aria-label')).toBe('QR code for https://example.org/vms/')
    expect(svg.get('path').attributes('d')).toBe(address.qr!.path)
    expect(w.text()).not.toContain('DECK_URL')
  })

  it('without DECK_URL: says how to set it, no QR code, no "ask the organiser"', () => {
    const w = mount(DeckAddress, { props: { address: deckAddress({}) } })
    expect(w.find('svg').exists()).toBe(false)
    expect(w.text()).toContain(DECK_URL_HOWTO)
    expect(w.text()).not.toMatch(/organi[sz]er/i)
  })

  it('links to the site\'s downloads when the build has them (from the talk too: the site\'s root)', () => {
    const address = deckAddress({ DECK_URL: 'https://example.org/vms', DECK_SITE_BASE: '/vms/', DECK_DOWNLOADS: 'vms-and-containers-handout.pdf' })
    const closing = mount(DeckAddress, { props: { address } })
    expect(closing.get('.deck-address-downloads a').attributes('href')).toBe('/vms/downloads/')
    expect(closing.get('.deck-address-downloads a').text()).toBe('example.org/vms/downloads/')
    const line = mount(DeckAddress, { props: { address, variant: 'downloads' } })
    expect(line.get('a').attributes('href')).toBe('/vms/downloads/')
    const none = mount(DeckAddress, { props: { address: deckAddress({}), variant: 'downloads' } })
    expect(none.find('p').exists()).toBe(false)
  })
})
