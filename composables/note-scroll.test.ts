import { afterEach, describe, expect, it, vi } from 'vitest'
import { ACTIVE_MARKER, followActiveNoteMarker } from './note-scroll'

describe('presenter notes follow the current click', () => {
  let stop: (() => void) | undefined
  afterEach(() => {
    stop?.()
    document.body.innerHTML = ''
  })

  it('scrolls a notes marker into view when Slidev marks it active, once', async () => {
    document.body.innerHTML = '<div class="slidev-note"><p>one</p><span id="m1" class="slidev-note-click-mark"></span><p>two</p></div>'
    const marker = document.getElementById('m1')!
    const scroll = vi.fn()
    marker.scrollIntoView = scroll
    stop = followActiveNoteMarker(document.body)
    marker.classList.add(ACTIVE_MARKER)
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' })
    marker.classList.add('other')
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(scroll).toHaveBeenCalledTimes(1)
  })

  it('leaves a marker outside the notes alone', async () => {
    document.body.innerHTML = '<span id="m" class="slidev-note-click-mark"></span>'
    const marker = document.getElementById('m')!
    const scroll = vi.fn()
    marker.scrollIntoView = scroll
    stop = followActiveNoteMarker(document.body)
    marker.classList.add(ACTIVE_MARKER)
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(scroll).not.toHaveBeenCalled()
  })
})
