import type { ComponentType, ReactNode } from 'react'
import type { DetailTarget } from '../../components/ledger/types'
import { DetailPage } from './DetailPage'
import { useProfile } from './useProfile'

/** The header line, read from the loaded profile. */
export interface ProfileHeader {
  title: string
  tags?: ReactNode
  subtitle?: ReactNode
}

/**
 * A record page (#/<ledger>/<id>, found by tests as `<ledger>-profile`): loads the record's
 * profile with the one call that brings all of it (api.building.profile) and shows it in the
 * DetailPage frame, a skeleton until it comes and the error, with 重试, when it fails. `kind` is
 * what the page is called (一企一档, 楼宇档案 …); `Cards` are drawn only once the profile is
 * there, so they need not check for it.
 */
export function profilePage<T extends object>(
  ledger: DetailTarget['path'],
  kind: string,
  load: (input: { id: number }) => Promise<T>,
  header: (profile: T) => ProfileHeader,
  Cards: ComponentType<{ profile: T }>,
): ComponentType<{ id: number }> {
  return function ProfilePage({ id }) {
    const { data, error, reload } = useProfile(load, id)
    const head = data && header(data)
    return (
      <DetailPage
        kind={kind}
        ledger={ledger}
        testId={`${ledger}-profile`}
        title={head?.title}
        tags={head?.tags}
        subtitle={head?.subtitle}
        error={error}
        onRetry={reload}
      >
        {data && <Cards profile={data} />}
      </DetailPage>
    )
  }
}
