import { expect, test } from '@playwright/test'
import { en } from '@statuskit/react'
import { axeViolations, openApp, screenshot } from './harness'

test.describe('given the app working normally', () => {
  test('has no axe violations on the orders, order, search and settings pages, in English and German', async ({
    page,
  }) => {
    const problems = await openApp(page, '/')
    await page.getByRole('link', { name: 'A-1001' }).waitFor()
    await page.getByText('Open orders').waitFor()
    await screenshot(page, '0-orders')
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('link', { name: 'A-1001' }).click()
    await page.getByRole('heading', { level: 1, name: 'Order A-1001' }).waitFor()
    await page.getByRole('table', { name: 'Items' }).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('link', { name: 'Search', exact: true }).click()
    const box = page.getByRole('searchbox', { name: 'Order number, customer or item' })
    await box.fill('mug')
    await box.press('Enter')
    await page.getByRole('heading', { level: 2, name: /“mug”/ }).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByLabel('Shop name').waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByLabel('Language').selectOption('de')
    await page.getByRole('link', { name: 'Bestellungen', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Bestellungen' }).waitFor()
    await page.getByText('Offene Bestellungen').waitFor()
    await screenshot(page, '0-orders-de')
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
  })

  test('has no axe violations in the dark colour scheme, on a page of the app and a page of the kit', async ({
    page,
  }) => {
    const problems = await openApp(page, '/')
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.getByRole('link', { name: 'A-1001' }).waitFor()
    await page.getByText('Open orders').waitFor()
    await screenshot(page, '0-orders-dark')
    expect(await axeViolations(page)).toEqual([])

    await page.goto('/orders/A-0000')
    await page.getByRole('heading', { level: 1, name: en.notFound.title }).waitFor()
    await screenshot(page, '0-not-found-dark')
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
  })

  test('reflows to a phone-sized screen without axe violations or sideways scrolling', async ({ page }) => {
    const problems = await openApp(page, '/settings')
    await page.setViewportSize({ width: 360, height: 740 })
    await page.getByLabel('Shop name').waitFor()
    await screenshot(page, '0-settings-phone')
    expect(await axeViolations(page)).toEqual([])
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    expect(problems).toEqual([])
  })
})
