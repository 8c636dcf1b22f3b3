import { Card, Descriptions, type DescriptionsProps } from 'antd'

export type FactItems = NonNullable<DescriptionsProps['items']>

export interface FactsCardProps {
  title: string
  /** Label-and-value pairs a row: wide cards take 2 or 3, a card in a column 1. */
  column: number
  items: FactItems
  className?: string
}

/** The record's own fields, each label beside its value, in a bordered grid. */
export function FactsCard({ title, column, items, className }: FactsCardProps) {
  return (
    <Card size="small" title={title} className={className}>
      <Descriptions size="small" bordered column={column} items={items} />
    </Card>
  )
}
