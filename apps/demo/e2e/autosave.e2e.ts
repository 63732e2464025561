import { expect, test } from '@playwright/test'
import { en } from '@statuskit/react'
import { axeViolations, mockRequests, openApp, report, screenshot } from './harness'

interface TypingLog {
  keys: { at: number; target: string }[]
  dialogAt: number | undefined
}

const sentence =
  'Please wrap the mugs in extra paper, the customer asked twice. If nobody answers, leave it next door.'

test.describe('given an order note that saves itself while it is typed', () => {
  test('typing through a session expiry: every key lands in the note, the dialog opens on its heading once typing stops, and the note is saved after signing in', async ({
    page,
  }) => {
    const problems = await openApp(page, '/orders/A-1002')
    const note = page.getByLabel('Note for the packers')
    await note.waitFor()
    // Where each keystroke went and when, and when the dialog appeared, seen in the page itself.
    await page.evaluate(() => {
      const log: TypingLog = { keys: [], dialogAt: undefined }
      Object.assign(window, { __typing: log })
      document.addEventListener(
        'keydown',
        (event) => {
          const target = event.target as HTMLElement
          log.keys.push({
            at: Date.now(),
            target: target.closest('[role="dialog"]') ? 'dialog' : target.tagName.toLowerCase(),
          })
        },
        true,
      )
      new MutationObserver(() => {
        if (log.dialogAt === undefined && document.querySelector('[role="dialog"]')) log.dialogAt = Date.now()
      }).observe(document.body, { childList: true, subtree: true })
    })

    await note.click()
    const typing = page.keyboard.type(sentence, { delay: 60 })
    // The session ends on the server once a first autosave has gone through; the typing goes on meanwhile.
    await page.waitForFunction(() =>
      window.__statuskitDemo
        ?.getSnapshot()
        .requests.some((request) => request.endpoint === 'saveNote' && request.status === 200),
    )
    const sessionEnded = await page.evaluate(() => {
      window.__statuskitDemo?.setSignedIn(false)
      return Date.now()
    })
    await typing

    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    // Focus is on the dialog's heading, never on its Sign in button.
    await expect(dialog.getByRole('heading', { name: en.unauthorized.title })).toBeFocused()
    const log = await page.evaluate(() => (window as unknown as { __typing: TypingLog }).__typing)
    const whileSignedOut = await mockRequests(page)
    await screenshot(page, '11-typing-session-ended')
    expect(await axeViolations(page)).toEqual([])

    // Every character is in the note, none went anywhere else.
    expect(await note.inputValue()).toBe(sentence)
    expect(log.keys).toHaveLength(sentence.length)
    expect(log.keys.filter((key) => key.target !== 'textarea')).toEqual([])
    const firstKey = log.keys[0]?.at ?? 0
    const lastKey = log.keys.at(-1)?.at ?? 0
    const expired = whileSignedOut.find(
      (request) => request.endpoint === 'saveNote' && request.status === 401,
    )
    // The 401 came while the user was still typing, and the dialog only after the typing stopped.
    expect(expired).toBeDefined()
    expect(expired?.at ?? Number.POSITIVE_INFINITY).toBeLessThan(lastKey)
    expect(log.dialogAt ?? 0).toBeGreaterThan(lastKey)

    const signIn = Date.now()
    await dialog.getByRole('button', { name: en.unauthorized.signIn }).click()
    await dialog.waitFor({ state: 'hidden' })
    // Focus is back in the note, and the note saves itself, as it is now.
    await expect(note).toBeFocused()
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved at / })
      .waitFor()
    const savedAfterSignInMs = Date.now() - signIn
    await expect(page.getByRole('alert')).toHaveCount(0)
    await screenshot(page, '11-note-saved-after-sign-in')
    expect(await axeViolations(page)).toEqual([])

    const requests = await mockRequests(page)
    const signedIn = requests.find((request) => request.endpoint === 'session')?.at ?? 0
    const saves = requests.filter((request) => request.endpoint === 'saveNote')
    report('11 typing through a session expiry', {
      characters: sentence.length,
      keysInNote: log.keys.filter((key) => key.target === 'textarea').length,
      typingMs: lastKey - firstKey,
      sessionEndedAfterMs: sessionEnded - firstKey,
      unauthorizedAfterMs: (expired?.at ?? 0) - firstKey,
      dialogAfterLastKeyMs: (log.dialogAt ?? 0) - lastKey,
      signedInAfterMs: signedIn - firstKey,
      noteSaves: saves.map((request) => `${request.status} +${request.at - firstKey}ms`),
      savedAfterSignInMs,
    })
    // Autosaves while typing, one 401, nothing while signed out, then one save by itself after signing in.
    const statuses = saves.map((request) => request.status)
    expect(statuses.filter((status) => status === 401)).toHaveLength(1)
    expect(statuses.at(-1)).toBe(200)
    expect(saves.filter((request) => request.at > (expired?.at ?? 0) && request.at < signedIn)).toEqual([])
    expect(saves.filter((request) => request.at > signedIn)).toHaveLength(1)

    // What the API holds now is the whole sentence (asked through the mock API, as the app would).
    const stored = await page.evaluate(() =>
      fetch('/api/orders/A-1002').then((response) => response.json() as Promise<{ note: string }>),
    )
    expect(stored.note).toBe(sentence)
    expect(problems).toEqual([])
  })
})
