import { expect, test } from '@playwright/test'
import { en } from '@statuskit/react'
import { axeViolations, mockRequests, openApp, report, screenshot } from './harness'

const nameMessage = 'Shop name must be 40 characters or fewer'
const emailMessage = 'Enter an email address in the correct format, like name@example.com'
const formMessage = 'None of your settings were changed. Correct the ones marked and save again.'

test.describe('given the settings form, whose API validates what is saved', () => {
  test('a 422 puts each message beside its field and in the summary, which takes focus; what was typed stays', async ({
    page,
  }) => {
    const problems = await openApp(page, '/settings')
    const shopName = page.getByLabel('Shop name')
    const email = page.getByLabel('Email for order notifications')
    const signature = page.getByLabel('Signature on order emails')
    await shopName.waitFor()

    const typed = {
      name: 'Demo Shop Berlin: handmade mugs, bags and caps',
      email: 'orders.example.com',
      signature: 'Packed with care in Berlin.',
    }
    expect(typed.name.length).toBeGreaterThan(40)
    await shopName.fill(typed.name)
    await email.fill(typed.email)
    await signature.fill(typed.signature)
    const saved = Date.now()
    await page.getByRole('button', { name: 'Save settings' }).click()

    const summary = page.getByRole('alert', { name: en.badRequest.summaryTitle })
    await summary.waitFor()
    const summaryAfterMs = Date.now() - saved
    // Focus went to the summary, so keyboard and screen reader users meet it first.
    await expect(summary).toBeFocused()
    expect(await summary.getByRole('listitem').allTextContents()).toEqual([
      nameMessage,
      emailMessage,
      formMessage,
    ])
    // The field messages link to their fields; the one about the whole form is text.
    expect(await summary.getByRole('link').allTextContents()).toEqual([nameMessage, emailMessage])
    // Beside each field: the message, tied to the input, which says it is invalid.
    await expect(shopName).toHaveAttribute('aria-invalid', 'true')
    await expect(shopName).toHaveAccessibleDescription(new RegExp(`${nameMessage}$`))
    await expect(email).toHaveAttribute('aria-invalid', 'true')
    await expect(email).toHaveAccessibleDescription(emailMessage)
    await expect(signature).not.toHaveAttribute('aria-invalid', 'true')
    // Nothing typed was lost, and the form does not claim it saved.
    expect([await shopName.inputValue(), await email.inputValue(), await signature.inputValue()]).toEqual([
      typed.name,
      typed.email,
      typed.signature,
    ])
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toHaveCount(0)
    await screenshot(page, '8-settings-422')
    expect(await axeViolations(page)).toEqual([])

    // A link in the summary takes the user to its field.
    await summary.getByRole('link', { name: emailMessage }).click()
    await expect(email).toBeFocused()

    // Corrected, the same form saves, and the messages go.
    await email.fill('orders@example.com')
    await shopName.fill('Demo Shop Berlin')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor()
    await expect(summary).toHaveCount(0)
    await expect(shopName).not.toHaveAttribute('aria-invalid', 'true')
    await expect(email).not.toHaveAttribute('aria-invalid', 'true')

    const saves = (await mockRequests(page)).filter((request) => request.endpoint === 'saveSettings')
    report('8 settings 422', {
      summaryAfterMs,
      summaryItems: 3,
      saveRequests: saves.map((request) => request.status),
    })
    expect(saves.map((request) => request.status)).toEqual([422, 200])
    expect(problems).toEqual([])
  })

  test('a save made offline fails at once with the notice, keeps the input, and nothing is sent by itself once back online', async ({
    page,
    context,
  }) => {
    const problems = await openApp(page, '/settings')
    const shopName = page.getByLabel('Shop name')
    const signature = page.getByLabel('Signature on order emails')
    await shopName.waitFor()
    await shopName.fill('Demo Shop Hamburg')
    await signature.fill('Typed while the train went through a tunnel.')

    await context.setOffline(true)
    await page.getByRole('status').filter({ hasText: en.offline.title }).waitFor()
    const clicked = Date.now()
    await page.getByRole('button', { name: 'Save settings' }).click()
    const notice = page.getByRole('alert').filter({ hasText: en.notice.notSaved })
    await notice.waitFor()
    const noticeAfterMs = Date.now() - clicked
    const noticeText = (await notice.textContent()) ?? ''
    expect(noticeText).toBe(`${en.offline.reason} ${en.notice.notSaved}`)
    // At once: the save did not wait for the connection.
    expect(noticeAfterMs).toBeLessThan(1500)
    await expect(page.getByRole('button', { name: 'Save settings' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    )
    expect(await shopName.inputValue()).toBe('Demo Shop Hamburg')
    // No "Try again" while offline: it could not work.
    await expect(page.getByRole('main').getByRole('button', { name: en.common.tryAgain })).toHaveCount(0)
    await screenshot(page, '8-settings-offline-save')
    expect(await axeViolations(page)).toEqual([])
    const whileOffline = (await mockRequests(page)).filter((request) => request.endpoint === 'saveSettings')

    await context.setOffline(false)
    const backOnline = Date.now()
    await expect(page.getByRole('status').filter({ hasText: en.offline.title })).toHaveCount(0)
    // Long enough for a paused mutation to be sent when the connection returns, if it had been kept.
    await page.waitForTimeout(2500)
    const afterOnline = (await mockRequests(page)).filter(
      (request) => request.endpoint === 'saveSettings' && request.at >= backOnline,
    )
    // The form still says it was not saved, with the input there; it never claims it saved.
    await expect(page.getByRole('alert').filter({ hasText: en.notice.notSaved })).toHaveCount(1)
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toHaveCount(0)
    expect(await shopName.inputValue()).toBe('Demo Shop Hamburg')

    // The user saves it, once, when they choose to.
    await page.getByRole('main').getByRole('button', { name: en.common.tryAgain }).click()
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor()
    const saves = (await mockRequests(page)).filter((request) => request.endpoint === 'saveSettings')
    report('8 settings offline save', {
      noticeAfterMs,
      notice: noticeText,
      saveRequestsWhileOffline: whileOffline.map((request) => request.status || 'network error'),
      saveRequestsSentByThemselvesOnline: afterOnline.length,
      saveRequests: saves.map((request) => `${request.status || 'network error'} +${request.at - clicked}ms`),
    })
    expect(afterOnline).toEqual([])
    // Whatever the offline attempt left in the log (the browser may fail it before the service worker sees it),
    // the only answer the server gave is to the user's own save.
    expect(saves.filter((request) => request.status !== 0).map((request) => request.status)).toEqual([200])
    expect(problems).toEqual([])
  })
})
