/**
 * A row of an import is all or nothing. A row that writes once needs no savepoint (SQLite
 * undoes a failed statement by itself); one that writes more asks for its savepoint first; one
 * that wrote without asking and then failed stops the whole import instead of keeping half.
 */
import { describe, expect, it } from 'vitest'
import { ImportSession } from '../../../src/main/import/session'
import { RowError } from '../../../src/main/import/kinds/common'
import { memoryBackend } from '../../support/ledger'

function open() {
  const b = memoryBackend()
  const session = new ImportSession(b, 'batch-1')
  session.begin()
  const insert = b.db.prepare('INSERT INTO dictionary (kind, name) VALUES (?, ?)')
  const names = () => b.db.prepare("SELECT name FROM dictionary WHERE kind = 'industry' ORDER BY id").pluck().all()
  return { b, session, insert: (name: string) => insert.run('industry', name), names }
}

describe('an import row', () => {
  it('keeps what a row wrote, with or without its savepoint', () => {
    const { session, insert, names } = open()
    session.atomic(() => insert('甲'), { lazy: true })
    session.atomic(
      () => {
        session.savepointNow()
        insert('乙')
        insert('丙')
      },
      { lazy: true },
    )
    session.atomic(() => insert('丁'))
    expect(names()).toEqual(['甲', '乙', '丙', '丁'])
    session.rollback()
  })

  it('undoes a failed row that opened its savepoint, and every write of an eager row', () => {
    const { session, insert, names } = open()
    expect(() =>
      session.atomic(
        () => {
          session.savepointNow()
          insert('乙')
          throw new RowError('第二次写入失败')
        },
        { lazy: true },
      ),
    ).toThrow('第二次写入失败')
    expect(() =>
      session.atomic(() => {
        insert('丙')
        throw new RowError('失败')
      }),
    ).toThrow('失败')
    expect(names()).toEqual([])
    session.rollback()
  })

  it('a lazy row whose only write fails leaves nothing and goes on', () => {
    const { b, session, insert, names } = open()
    insert('甲')
    // The same kind and name twice breaks the dictionary's unique index: the statement fails.
    expect(() => session.atomic(() => insert('甲'), { lazy: true })).toThrow(/UNIQUE/)
    expect(names()).toEqual(['甲'])
    expect(b.db.inTransaction).toBe(true)
    session.rollback()
  })

  it('a lazy row that wrote without its savepoint and then failed is not a row problem', () => {
    const { session, insert } = open()
    let thrown: unknown
    try {
      session.atomic(
        () => {
          insert('乙')
          throw new RowError('写入之后才发现的问题')
        },
        { lazy: true },
      )
    } catch (e) {
      thrown = e
    }
    // Not a RowError: the import reports no row, it stops and rolls back.
    expect(thrown).toBeInstanceOf(Error)
    expect(thrown).not.toBeInstanceOf(RowError)
    expect((thrown as Error).message).toContain('写入之后才发现的问题')
    session.rollback()
  })

  it("a failure that is not the row's own passes through as it is, to stop the import", () => {
    const { session, insert } = open()
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
    let thrown: unknown
    try {
      session.atomic(
        () => {
          insert('乙')
          throw full
        },
        { lazy: true },
      )
    } catch (e) {
      thrown = e
    }
    expect(thrown).toBe(full)
    session.rollback()
  })

  it("a row undone takes its deferred audit rows with it, never an earlier row's", () => {
    const { b, session } = open()
    const firm = (name: string) => b.ledgers.enterprise.create({ name }, { lean: true })
    session.atomic(() => firm('上海甲设计有限公司'), { lazy: true })
    expect(() =>
      session.atomic(() => {
        firm('上海乙科技有限公司')
        // A building made in the row: its savepoint, and its audit row written at once.
        b.ledgers.building.create({ name: '失败大厦' })
        throw new RowError('本行失败')
      }),
    ).toThrow(RowError)
    session.atomic(() => firm('上海丙咨询有限公司'), { lazy: true })
    session.commit()
    const log = b.db.prepare("SELECT json_extract(after, '$.name') FROM audit_log ORDER BY id").pluck().all()
    expect(log).toEqual(['上海甲设计有限公司', '上海丙咨询有限公司'])
    expect(b.ledgers.enterprise.list().map((f) => f.name)).toEqual(['上海甲设计有限公司', '上海丙咨询有限公司'])
  })

  it('a row inside a row opens the outer savepoint, so the outer one undoes both', () => {
    const { session, insert, names } = open()
    expect(() =>
      session.atomic(
        () => {
          session.atomic(() => insert('内'), { lazy: true })
          insert('外')
          throw new RowError('外层失败')
        },
        { lazy: true },
      ),
    ).toThrow(RowError)
    expect(names()).toEqual([])
    session.rollback()
  })

  it('asking for the savepoint after a write is refused at once', () => {
    const { session, insert } = open()
    expect(() =>
      session.atomic(
        () => {
          insert('外')
          session.atomic(() => insert('内'), { lazy: true })
        },
        { lazy: true },
      ),
    ).toThrow('之后才设保存点')
    session.rollback()
  })
})
