/**
 * jsdom lacks a few browser APIs antd reaches for (responsive observers, media queries,
 * resize observers). Minimal stand-ins: the tests check content and behaviour, not layout.
 */
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => cleanup())

if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList
}

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  ;(window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub
}

// antd measures scrollbars through getComputedStyle on pseudo-elements, which jsdom rejects.
const getComputedStyle = window.getComputedStyle.bind(window)
window.getComputedStyle = (el: Element) => getComputedStyle(el)
