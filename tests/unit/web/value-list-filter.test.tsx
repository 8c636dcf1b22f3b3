import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { Column } from 'ag-grid-community'
import type { CustomFilterProps } from 'ag-grid-react'
import { describe, expect, it, vi } from 'vitest'
import {
  matchChoices,
  passesSet,
  toggleValue,
  ValueListFilter,
  type SetModel,
} from '../../../src/renderer/src/components/grid/ValueListFilter'

const STATUS = [
  { value: '在营', label: '在营' },
  { value: '迁出', label: '迁出' },
  { value: '注销', label: '注销' },
]

function renderFilter(model: SetModel | null, choices = () => STATUS) {
  const onModelChange = vi.fn()
  const props = {
    model,
    onModelChange,
    onUiChange: vi.fn(),
    choices,
    column: { getColId: () => 'status' } as unknown as Column,
  } as unknown as CustomFilterProps<unknown, unknown, SetModel> & { choices: typeof choices }
  render(<ValueListFilter {...props} />)
  return onModelChange
}

describe('value-list filter model', () => {
  it('ticks and unticks values; nothing ticked is no filter', () => {
    const one = toggleValue(null, '迁出', true)
    expect(one).toEqual({ filterType: 'set', values: ['迁出'] })
    const two = toggleValue(one, '注销', true)
    expect(two).toEqual({ filterType: 'set', values: ['迁出', '注销'] })
    expect(toggleValue(two, '迁出', false)).toEqual({ filterType: 'set', values: ['注销'] })
    expect(toggleValue({ filterType: 'set', values: ['注销'] }, '注销', false)).toBeNull()
  })

  it('keeps flags and blanks as values main understands', () => {
    expect(toggleValue(null, true, true)).toEqual({ filterType: 'set', values: [true] })
    expect(toggleValue(null, null, true)).toEqual({ filterType: 'set', values: [null] })
  })

  it('passes a value the way main filters: any of the ticked values, blank as null', () => {
    expect(passesSet(null, '迁出')).toBe(true)
    expect(passesSet({ filterType: 'set', values: ['在营'] }, '迁出')).toBe(false)
    expect(passesSet({ filterType: 'set', values: [null] }, undefined)).toBe(true)
    expect(passesSet({ filterType: 'set', values: [false] }, false)).toBe(true)
  })

  it('finds choices by part of their label', () => {
    expect(matchChoices(STATUS, '迁').map((c) => c.value)).toEqual(['迁出'])
    expect(matchChoices(STATUS, '  ')).toBe(STATUS)
  })
})

describe('ValueListFilter', () => {
  it('offers the choices and sends a set model when one is ticked', async () => {
    const onModelChange = renderFilter(null)
    const box = await screen.findByRole('checkbox', { name: '迁出' })
    expect(screen.getByText('未筛选')).toBeTruthy()
    fireEvent.click(box)
    expect(onModelChange).toHaveBeenCalledWith({ filterType: 'set', values: ['迁出'] })
  })

  it('shows the model it is given (a view applied) and clears it', async () => {
    const onModelChange = renderFilter({ filterType: 'set', values: ['迁出', '注销'] })
    await waitFor(() => expect((screen.getByRole('checkbox', { name: '迁出' }) as HTMLInputElement).checked).toBe(true))
    expect((screen.getByRole('checkbox', { name: '在营' }) as HTMLInputElement).checked).toBe(false)
    expect(screen.getByText('已选 2 项')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /清\s?除/ }))
    expect(onModelChange).toHaveBeenCalledWith(null)
  })

  it('loads choices that come later (a building list) and searches a long list', async () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ value: `楼宇${i + 1}`, label: `楼宇${i + 1}` }))
    renderFilter(null, () => Promise.resolve(many) as never)
    expect(screen.getByText('正在加载…')).toBeTruthy()
    await screen.findByRole('checkbox', { name: '楼宇14' })
    fireEvent.change(screen.getByLabelText('查找选项'), { target: { value: '楼宇1' } })
    // 楼宇1 and 楼宇10–14
    expect(screen.getAllByRole('checkbox')).toHaveLength(6)
    fireEvent.change(screen.getByLabelText('查找选项'), { target: { value: '大厦' } })
    expect(screen.getByText('没有匹配的选项')).toBeTruthy()
  })
})
