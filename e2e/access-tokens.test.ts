import { describe, expect, it } from 'vitest'
import { listAccessTokens } from '../src/core/access-tokens/service.ts'
import { phone } from './page-helpers.ts'
import { chromiumAvailable, chromiumWorld, screenshot } from './support.ts'

describe.skipIf(!chromiumAvailable())('access tokens in Settings', () => {
  const world = chromiumWorld({ browser: { viewport: phone } })
  it('makes a token shown once, lists it with its scope, and revokes it after asking', async () => {
    const page = await world.browser.context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${world.server.url}/settings`)
    const section = page.getByRole('region', { name: 'Access tokens' })
    await section.scrollIntoViewIfNeeded()
    await expect.poll(() => section.getByText('No tokens yet.').isVisible()).toBe(true)

    await section.getByRole('button', { name: 'Make a token' }).click()
    await expect.poll(() => section.getByText(/give the token a name/).isVisible()).toBe(true)

    await section.getByLabel('Name').fill('Claude on my laptop')
    await section.getByText('Read and write').click()
    // 90 days unless the explorer chooses otherwise.
    expect(await section.getByLabel('Expires after').inputValue()).toBe('90')
    await section.getByLabel('Expires after').selectOption('30')
    await section.getByRole('button', { name: 'Make a token' }).click()
    const shown = section.getByLabel('Your new token “Claude on my laptop”')
    await expect.poll(() => shown.inputValue()).toMatch(/^cct_[A-Za-z0-9_-]{43}$/)
    const token = await shown.inputValue()
    await expect
      .poll(() => section.getByText('read and write', { exact: true }).isVisible())
      .toBe(true)
    await section.screenshot({ path: screenshot('access-tokens-390.png') })

    // The token works at once, for the local explorer, against /mcp.
    const answer = await fetch(`${world.server.url}/mcp`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    })
    expect(answer.status).toBe(200)
    expect(await answer.text()).toContain('career_board')

    await page.setViewportSize({ width: 360, height: 780 })
    await section.screenshot({ path: screenshot('access-tokens-360.png') })
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.reload()
    const again = page.getByRole('region', { name: 'Access tokens' })
    await again.scrollIntoViewIfNeeded()
    // After a reload the token itself is gone: only its first characters are listed.
    await expect.poll(() => again.getByText(/last used|never used/).isVisible()).toBe(true)
    expect(await again.getByText(token).count()).toBe(0)
    const [listed] = await listAccessTokens(world.server.runtime.ctx)
    expect(Date.parse(listed?.expiresAt ?? '') - Date.parse(listed?.createdAt ?? '')).toBe(
      30 * 24 * 3600 * 1000,
    )
    await expect.poll(() => again.getByText(/^expires /).isVisible()).toBe(true)
    await again.screenshot({ path: screenshot('access-tokens-desktop.png') })

    await again.getByRole('button', { name: 'Revoke the token Claude on my laptop' }).click()
    const dialog = page.getByRole('dialog')
    await page.screenshot({ path: screenshot('access-tokens-revoke.png') })
    await dialog.getByRole('button', { name: 'Revoke' }).click()
    await expect.poll(() => again.getByText('No tokens yet.').isVisible()).toBe(true)
    expect(await listAccessTokens(world.server.runtime.ctx)).toEqual([])
    expect(errors).toEqual([])
  }, 60_000)
})
