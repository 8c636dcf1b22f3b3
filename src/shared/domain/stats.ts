/** Record counts per ledger; the keys are also the CLI's `stats --json` output. */
export interface Stats {
  enterprises: number
  buildings: number
  staff: number
  partners: number
  campaigns: number
  visits: number
  requests: number
  rentReliefs: number
  events: number
  organisations: number
  servicePoints: number
}
