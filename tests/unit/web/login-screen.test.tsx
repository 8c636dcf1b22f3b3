import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const login = vi.fn()
vi.mock('../../../src/renderer/src/api/session', () => ({ login }))

const { LoginScreen } = await import('../../../src/renderer/src/app/LoginScreen')

async function submit(name: string, password: string) {
  fireEvent.change(screen.getByLabelText('用户名'), { target: { value: name } })
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } })
  fireEvent.click(screen.getByRole('button', { name: /登\s?录/ }))
}

describe('LoginScreen', () => {
  beforeEach(() => login.mockReset())

  it('signs in with the name and password given', async () => {
    login.mockResolvedValue({ ok: true, value: null })
    const onSignedIn = vi.fn()
    render(<LoginScreen notice={null} onSignedIn={onSignedIn} />)
    await submit(' 张三 ', 'zhangsan-pass')
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce())
    expect(login).toHaveBeenCalledWith('张三', 'zhangsan-pass')
  })

  it("shows the host's reason when refused (slowed, locked), and stays", async () => {
    const reason = '登录失败次数过多,请 4 秒后再试。'
    login.mockResolvedValue({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: reason } })
    const onSignedIn = vi.fn()
    render(<LoginScreen notice="登录已过期,请重新登录" onSignedIn={onSignedIn} />)
    expect(screen.getByTestId('login-notice').textContent).toContain('登录已过期,请重新登录')
    await submit('张三', 'wrong-pass')
    expect((await screen.findByTestId('login-error')).textContent).toContain(reason)
    expect(onSignedIn).not.toHaveBeenCalled()
  })

  it('asks for both fields before calling the host', async () => {
    render(<LoginScreen notice={null} onSignedIn={vi.fn()} />)
    fireEvent.click(screen.getByRole('button', { name: /登\s?录/ }))
    expect(await screen.findByText('请填写用户名')).toBeTruthy()
    expect(await screen.findByText('请填写密码')).toBeTruthy()
    expect(login).not.toHaveBeenCalled()
  })
})
