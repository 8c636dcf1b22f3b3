import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../src/shared/ipc/api'

const setup = vi.fn()
vi.mock('../../../src/renderer/src/api', () => ({ api: { app: { setup } }, ApiError }))

const { SetupModal } = await import('../../../src/renderer/src/app/SetupModal')

const STATS = { enterprises: 3100 }

describe('SetupModal', () => {
  beforeEach(() => setup.mockReset())

  it('loads the demo ledger, showing progress while it runs', async () => {
    let finish: (v: unknown) => void = () => {}
    setup.mockReturnValue(new Promise((r) => (finish = r)))
    const onDone = vi.fn()
    render(<SetupModal open onDone={onDone} />)
    fireEvent.click(screen.getByRole('button', { name: /载入示例数据/ }))
    expect(setup).toHaveBeenCalledWith({ mode: 'demo' })
    expect(await screen.findByTestId('setup-progress')).toBeTruthy()
    expect(screen.getByRole('button', { name: /从空白开始/ }).hasAttribute('disabled')).toBe(true)
    finish(STATS)
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(STATS))
  })

  it('when the demo fails, says why and still offers both choices', async () => {
    const reason = '数据库中已有数据,示例数据只能载入空白数据库。'
    setup.mockRejectedValueOnce(new ApiError({ code: 'NOT_EMPTY', message: reason }))
    const onDone = vi.fn()
    render(<SetupModal open onDone={onDone} />)
    fireEvent.click(screen.getByRole('button', { name: /载入示例数据/ }))
    expect(await screen.findByText(reason)).toBeTruthy()
    const blank = screen.getByRole('button', { name: /从空白开始/ })
    expect(blank.hasAttribute('disabled')).toBe(false)

    setup.mockResolvedValueOnce({ enterprises: 0 })
    fireEvent.click(blank)
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ enterprises: 0 }))
    expect(setup).toHaveBeenLastCalledWith({ mode: 'blank' })
  })
})
