import type { ReactNode } from 'react'
import { DetailPage } from './DetailPage'
import { useProfile } from './useProfile'

/** The header line, read from the loaded profile. */
export interface ProfileHeader {
  title: string
  tags?: ReactNode
  subtitle?: ReactNode
}

export interface ProfilePageProps<T> {
  /** The one call that brings the whole profile, such as api.building.profile. */
  load: (input: { id: number }) => Promise<T>
  id: number
  /** 一企一档, 楼宇档案 …, see DetailPage. */
  kind: string
  ledger: string
  testId: string
  header: (profile: T) => ProfileHeader
  /** The cards: drawn only once the profile is there, so they need not check for it. */
  children: (profile: T) => ReactNode
}

/**
 * A record page: loads the record's profile and shows it in the DetailPage frame, which shows a
 * skeleton until it comes and the error, with 重试, when it fails.
 */
export function ProfilePage<T extends object>({ load, id, header, children, ...frame }: ProfilePageProps<T>) {
  const { data, error, reload } = useProfile(load, id)
  const head = data && header(data)
  return (
    <DetailPage
      {...frame}
      title={head?.title}
      tags={head?.tags}
      subtitle={head?.subtitle}
      error={error}
      onRetry={reload}
    >
      {data && children(data)}
    </DetailPage>
  )
}
