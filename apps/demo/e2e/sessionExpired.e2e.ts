import { expect, test } from '@playwright/test'
import { en } from '@statuskit/react'
import { axeViolations, forceResponse, mockRequests, openApp, report, screenshot } from './harness'

test.describe('given a settings form with unsaved typing when the session ends', () => {
  test('asks the user to sign in over the page, keeps the typed text, and then saving works', async ({
    page,
  }) => {
    const problems = await openApp(page, '/settings')
    const shopName = page.getByLabel('Shop name')
    const signature = page.getByLabel('Signature on order emails')
    await shopName.waitFor()
    expect(await shopName.inputValue()).toBe('Demo Shop')

    const typedName = 'Demo Shop Berlin'
    const typedSignature = 'Packed with care in Berlin. Typed before the session ended.'
    await shopName.fill(typedName)
    await signature.fill(typedSignature)

    await forceResponse(page, { endpoint: 'saveSettings', status: 401 })
    const save = page.getByRole('button', { name: 'Save settings' })
    await save.click()

    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    // Before signing in, the form under the dialog already says the save did not go through.
    await page.getByRole('alert').filter({ hasText: en.notice.signInToSave }).waitFor({ state: 'attached' })
    await dialog.getByRole('heading', { name: en.unauthorized.title }).waitFor()
    // The page under the dialog is still mounted with what the user typed; focus is in the dialog.
    expect(await signature.inputValue()).toBe(typedSignature)
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true)
    await screenshot(page, '1-session-ended-sign-in-dialog')
    expect(await axeViolations(page)).toEqual([])

    const signInClicked = Date.now()
    await dialog.getByRole('button', { name: en.unauthorized.signIn }).click()
    await dialog.waitFor({ state: 'hidden' })
    const dialogClosedAfterMs = Date.now() - signInClicked

    expect(await shopName.inputValue()).toBe(typedName)
    expect(await signature.inputValue()).toBe(typedSignature)
    // Focus went back to where it was before the dialog opened.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save settings')
    // The failed save is not forgotten: the form says it still needs saving, and offers to do it.
    const notSaved = page.getByRole('alert').filter({ hasText: en.notice.saveAgain })
    await notSaved.waitFor()
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toHaveCount(0)
    await screenshot(page, '1-signed-in-not-saved-yet')
    expect(await axeViolations(page)).toEqual([])

    await save.click()
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor()
    await expect(notSaved).toHaveCount(0)
    await screenshot(page, '1-saved-after-sign-in')
    expect(await axeViolations(page)).toEqual([])

    const requests = await mockRequests(page)
    const saves = requests.filter((request) => request.endpoint === 'saveSettings')
    const sessions = requests.filter((request) => request.endpoint === 'session')
    report('1 session ended while typing', {
      requests: requests.map((request) => `${request.method} ${request.path} ${request.status}`),
      dialogClosedAfterMs,
    })
    // The failed save is not replayed by itself: one 401, then the user's own second save.
    expect(saves.map((request) => request.status)).toEqual([401, 200])
    expect(sessions.map((request) => request.status)).toEqual([200])
    expect(problems).toEqual([])
  })
})
