import type { RevealCard } from './cards'

/** The chapter's four goals of application isolation, each with the trouble it prevents. */
export const isolationGoals: RevealCard[] = [
  {
    id: 'separate',
    title: 'Keep it separate',
    body: 'Its files, libraries and settings are its own.',
    note: { label: 'Without it:', text: 'Another team upgrades a shared library, and your server no longer starts.' },
  },
  {
    id: 'resources',
    title: 'Give it consistent resources',
    body: 'A dependable share of CPU and memory, whatever the neighbours do.',
    note: { label: 'Without it:', text: 'A nightly batch job eats all the memory; your pages time out.' },
  },
  {
    id: 'portable',
    title: 'Make it easy to move',
    body: 'Package it once; run it on another server unchanged.',
    note: { label: 'Without it:', text: '“It works on the old box”: the new one lacks a dozen hand-made tweaks.' },
  },
  {
    id: 'protected',
    title: 'Protect it, both ways',
    body: 'A break-in stays where it happened, in either direction.',
    note: { label: 'Without it:', text: 'An attacker gets into the other app, then reads your server’s keys.' },
  },
]
