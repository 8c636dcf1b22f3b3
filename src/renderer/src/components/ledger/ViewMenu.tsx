import { DownOutlined, EyeOutlined } from '@ant-design/icons'
import { Button, Dropdown, Form, Input, Modal, type MenuProps } from 'antd'
import { useState } from 'react'
import { ApiError } from '../../api'
import { errorMessage } from '../../lib/errors'
import type { Views } from './useViews'

type Item = NonNullable<MenuProps['items']>[number]

function activeKey(views: Views): string {
  const a = views.active
  return a.kind === 'default' ? 'default' : a.kind === 'ready' ? `ready:${a.key}` : `saved:${a.id}`
}

/** The view menu: ready views (with 本楼宇企业 per building), the user's views, save/save as/delete. */
export function ViewMenu({ views }: { views: Views }) {
  const [naming, setNaming] = useState(false)
  const isSaved = views.active.kind === 'saved'

  const plain = views.ready.filter((v) => !v.group)
  const groups = [...new Set(views.ready.filter((v) => v.group).map((v) => v.group!))]
  const items: Item[] = [
    {
      type: 'group',
      label: '内置视图',
      children: [
        { key: 'default', label: '默认视图' },
        ...plain.map((v) => ({ key: `ready:${v.key}`, label: v.name })),
        ...groups.map((g) => ({
          key: `group:${g}`,
          label: g,
          children: views.ready
            .filter((v) => v.group === g)
            .map((v) => ({ key: `ready:${v.key}`, label: v.name.replace(/^.*?:/, '') })),
        })),
      ],
    },
    {
      type: 'group',
      label: '我的视图',
      children: views.saved.length
        ? views.saved.map((v) => ({ key: `saved:${v.id}`, label: v.name }))
        : [{ key: 'none', label: '(尚未保存视图)', disabled: true }],
    },
    { type: 'divider' },
    { key: 'save', label: '保存当前视图', disabled: !isSaved },
    { key: 'saveAs', label: '另存为新视图…' },
    { key: 'delete', label: '删除当前视图', danger: true, disabled: !isSaved },
  ]

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'default') views.applyDefault()
    else if (key.startsWith('ready:')) views.applyReady(key.slice(6))
    else if (key.startsWith('saved:')) views.applySaved(Number(key.slice(6)))
    else if (key === 'save') void views.saveCurrent()
    else if (key === 'saveAs') setNaming(true)
    else if (key === 'delete') void views.removeCurrent()
  }

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{ items, onClick, selectable: true, selectedKeys: [activeKey(views)], triggerSubMenuAction: 'click' }}
        classNames={{ root: 'view-menu' }}
      >
        <Button icon={<EyeOutlined />} data-testid="view-menu" className="view-menu-button">
          <span className="view-name">
            {views.active.name}
            {views.modified && <span className="hint">(已修改)</span>}
          </span>
          <DownOutlined />
        </Button>
      </Dropdown>
      {naming && <SaveViewDialog onSave={views.saveAs} onClose={() => setNaming(false)} />}
    </>
  )
}

function SaveViewDialog({ onSave, onClose }: { onSave: (name: string) => Promise<void>; onClose: () => void }) {
  const [form] = Form.useForm<{ name: string }>()
  const [saving, setSaving] = useState(false)

  const submit = async () => {
    let name: string
    try {
      name = (await form.validateFields()).name
    } catch {
      return
    }
    setSaving(true)
    try {
      await onSave(name.trim())
      onClose()
    } catch (e) {
      const msg = e instanceof ApiError ? (e.body.fields?.name ?? e.message) : errorMessage(e)
      form.setFields([{ name: 'name', errors: [msg] }])
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal
      open
      title="另存为新视图"
      okText="保存"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      width={420}
      data-testid="save-view"
    >
      <p className="hint">视图保存当前的筛选、排序、搜索和列设置,下次打开仍在。</p>
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item
          name="name"
          label="视图名称"
          rules={[
            { required: true, whitespace: true, message: '请填写视图名称' },
            { max: 50, message: '视图名称不能超过50个字符' },
          ]}
        >
          <Input autoFocus maxLength={50} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
