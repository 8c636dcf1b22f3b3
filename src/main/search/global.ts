/**
 * Ctrl+K: firms, buildings, partners and staff by name, short or former name, full pinyin,
 * initials, or any run of a credit code. Terms of 3+ characters use the FTS5 trigram index;
 * shorter ones (同济, 紫荆) would silently miss there, so they scan the same table with LIKE,
 * which at 100,000 names is still a few milliseconds. Candidates are then ranked here, where
 * "exact name" and "initials" can be told apart from a hit somewhere in an address.
 */
import type { SearchHit, SearchKind } from '../../shared/domain/profiles'
import type { Db } from '../db/connection'
import { likeContains } from '../query/filter-sql'

const CANDIDATES = 300
const KIND_WEIGHT: Record<SearchKind, number> = { building: 4, enterprise: 3, partner: 2, staff: 1 }

interface Candidate {
  kind: SearchKind
  ref: number
}

interface Named {
  id: number
  name: string
  pinyin: string | null
  initials: string | null
  extra: string | null
  subtitle: string | null
}

/** Per kind: its name columns and the line shown under the name. */
const DETAILS: Record<SearchKind, string> = {
  enterprise: `SELECT t.id, t.name, t.name_pinyin AS pinyin, t.name_initials AS initials,
      coalesce(t.short_name, '') || ' ' || coalesce(t.former_names, '') || ' ' || coalesce(t.credit_code, '') AS extra,
      trim(coalesce(t.credit_code, '') || ' ' || coalesce(b.name, '') || coalesce(' ' || t.room, '')) AS subtitle
    FROM enterprise t LEFT JOIN building b ON b.id = t.building_id`,
  building: `SELECT t.id, t.name, t.name_pinyin AS pinyin, t.name_initials AS initials, t.address AS extra,
      trim(coalesce(t.address, '') || coalesce(' · ' || t.operator, '')) AS subtitle FROM building t`,
  partner: `SELECT t.id, t.name, t.name_pinyin AS pinyin, t.name_initials AS initials, NULL AS extra,
      t.type AS subtitle FROM partner t`,
  staff: `SELECT t.id, t.name, t.name_pinyin AS pinyin, t.name_initials AS initials, NULL AS extra,
      trim(coalesce(d.name, '') || coalesce(' · ' || t.position, '')) AS subtitle
    FROM staff t LEFT JOIN dictionary d ON d.id = t.department_id`,
}

/**
 * The ids of one kind the index finds for a term, as a subquery: MATCH for 3+ characters,
 * LIKE below that (trigram MATCH returns nothing for 1–2 characters).
 */
export function indexLookup(kind: SearchKind, term: string): { sql: string; params: unknown[] } {
  if ([...term].length >= 3) {
    return {
      sql: `SELECT ref FROM search_index WHERE search_index MATCH ? AND kind = ?`,
      params: [ftsPhrase(term), kind],
    }
  }
  return {
    sql: `SELECT ref FROM search_index WHERE kind = ? AND (text LIKE ? ESCAPE '\\' OR pinyin LIKE ? ESCAPE '\\')`,
    params: [kind, likeContains(term), likeContains(term)],
  }
}

/** The term as one FTS5 phrase: its own quotes doubled, so no query syntax gets through. */
function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`
}

export function globalSearch(db: Db, rawTerm: string, limit = 20): SearchHit[] {
  const term = rawTerm.normalize('NFKC').trim().replace(/\s+/g, ' ')
  if (term === '') return []
  const candidates =
    [...term].length >= 3
      ? (db
          .prepare('SELECT kind, ref FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?')
          .all(ftsPhrase(term), CANDIDATES) as Candidate[])
      : (db
          .prepare(
            `SELECT kind, ref FROM search_index WHERE text LIKE ? ESCAPE '\\' OR pinyin LIKE ? ESCAPE '\\' LIMIT ?`,
          )
          .all(likeContains(term), likeContains(term), CANDIDATES) as Candidate[])

  const byKind = new Map<SearchKind, number[]>()
  for (const c of candidates) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c.ref])

  const lower = term.toLowerCase()
  const hits: (SearchHit & { score: number; length: number })[] = []
  for (const [kind, refs] of byKind) {
    const rows = db
      .prepare(`${DETAILS[kind]} WHERE t.id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(refs)) as Named[]
    for (const r of rows) {
      hits.push({
        kind,
        id: r.id,
        title: r.name,
        subtitle: r.subtitle || null,
        score: score(r, term, lower) * 10 + KIND_WEIGHT[kind],
        length: r.name.length,
      })
    }
  }
  hits.sort((a, b) => b.score - a.score || a.length - b.length || a.title.localeCompare(b.title, 'zh-CN'))
  return hits.slice(0, limit).map(({ kind, id, title, subtitle }) => ({ kind, id, title, subtitle }))
}

function score(r: Named, term: string, lower: string): number {
  const name = r.name
  if (name === term) return 100
  if (r.initials === lower) return 90
  if (name.startsWith(term)) return 80
  if (r.pinyin?.startsWith(lower)) return 75
  if (r.initials?.startsWith(lower)) return 70
  if (name.includes(term)) return 60
  if (r.pinyin?.includes(lower) || r.initials?.includes(lower)) return 50
  if (r.extra?.toUpperCase().includes(term.toUpperCase())) return 40
  return 10
}
