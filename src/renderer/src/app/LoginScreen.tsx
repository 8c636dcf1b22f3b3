/** The login of a shared ledger's page: 用户名 and 密码; Enter signs in. */
import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Form, Input } from 'antd'
import { useState } from 'react'
import { login } from '../api/session'

interface Fields {
  name: string
  password: string
}

export function LoginScreen({ notice, onSignedIn }: { notice: string | null; onSignedIn: () => void }) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async ({ name, password }: Fields) => {
    setBusy(true)
    setError(null)
    const r = await login(name.trim(), password)
    setBusy(false)
    if (r.ok) onSignedIn()
    else setError(r.error.message)
  }

  const shown = error ?? notice
  return (
    <div className="login-screen" data-testid="login-screen">
      <Card className="login-card">
        <div className="login-title">营商台账</div>
        <div className="login-sub">登录共享台账</div>
        {shown && (
          <Alert
            type={error ? 'error' : 'warning'}
            showIcon
            title={shown}
            className="login-alert"
            data-testid={error ? 'login-error' : 'login-notice'}
          />
        )}
        <Form<Fields> layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} data-testid="login-form">
          <Form.Item label="用户名" name="name" rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={40} />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请填写密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={200} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
        <div className="login-foot">账号由台账管理员分配;忘记密码请联系管理员。</div>
      </Card>
    </div>
  )
}
