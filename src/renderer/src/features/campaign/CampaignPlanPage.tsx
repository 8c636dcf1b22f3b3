/** 走访计划: the list of campaigns at #/campaign-plan, one campaign's plan at #/campaign-plan/12. */
import { CampaignList } from './CampaignList'
import { planIdFromHash, useHash } from './links'
import { PlanView } from './PlanView'

export function CampaignPlanPage() {
  const id = planIdFromHash(useHash())
  return id ? <PlanView key={id} id={id} /> : <CampaignList />
}
