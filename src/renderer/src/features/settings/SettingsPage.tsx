import { EditOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Table } from 'antd'
import {
  DEFAULT_TIME_LIMIT_DAYS,
  DICTIONARY_KINDS,
  type DictionaryEntry,
  type DictionaryKind,
} from '../../../../shared/domain'
import { api } from '../../api'
import { useAppState } from '../../app/AppState'
import { navigate } from '../../app/useHashRoute'
import { LoadError } from '../../components/LoadError'
import { Page } from '../../components/Page'
import { useLoad } from '../../lib/useLoad'
import { SubdistrictSetting } from '../reports/SubdistrictSetting'
import { BackupCard } from './BackupCard'
import { UserCard } from './UserCard'

const loadDictionary = () => api.dictionary.list()

/** Where the data lives, and the lists the office maintains at a glance (edited on 字典). */
export function SettingsPage() {
  const { info } = useAppState()
  const { data, error, reload } = useLoad(loadDictionary)

  return (
    <Page title="设置" scroll>
      <Card size="small" title="本机信息">
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'db', label: '数据库文件', children: <span data-testid="settings-db">{info?.dbPath}</span> },
            { key: 'version', label: '软件版本', children: info?.version },
            { key: 'user', label: '当前用户', children: info?.user },
          ]}
        />
      </Card>
      <UserCard />
      <SubdistrictSetting />
      <BackupCard />
      <div className="settings-dicts-head">
        <Button icon={<EditOutlined />} onClick={() => navigate('dictionary')}>
          在“字典”中修改这些列表
        </Button>
      </div>
      {error ? (
        <LoadError message={error} onRetry={reload} />
      ) : (
        <div className="settings-dicts">
          {(Object.keys(DICTIONARY_KINDS) as DictionaryKind[]).map((kind) => (
            <DictionaryCard key={kind} kind={kind} entries={data?.filter((d) => d.kind === kind)} />
          ))}
        </div>
      )}
    </Page>
  )
}

function DictionaryCard({ kind, entries }: { kind: DictionaryKind; entries: DictionaryEntry[] | undefined }) {
  const withLimit = kind === 'requestCategory'
  return (
    <Card size="small" title={`${DICTIONARY_KINDS[kind]}(${entries?.length ?? 0} 项)`}>
      <Table<DictionaryEntry>
        size="small"
        rowKey="id"
        loading={!entries}
        dataSource={entries}
        pagination={false}
        scroll={{ y: 320 }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          ...(withLimit
            ? [
                {
                  title: '办理时限(天)',
                  dataIndex: 'timeLimitDays',
                  width: 110,
                  render: (v: number | null) => v ?? `默认 ${DEFAULT_TIME_LIMIT_DAYS}`,
                },
              ]
            : []),
          { title: '使用次数', dataIndex: 'usageCount', width: 90, align: 'right' as const },
        ]}
      />
    </Card>
  )
}
