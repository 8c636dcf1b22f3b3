import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale'
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community'
import { FONT_FAMILY } from '../../app/theme'

// Community features only, registered when the grid's code is first loaded (with the first
// ledger page opened), before any grid mounts: pages without a grid never fetch AG Grid.
ModuleRegistry.registerModules([AllCommunityModule])

export const gridTheme = themeQuartz.withParams({
  fontFamily: FONT_FAMILY,
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  spacing: 6,
  wrapperBorderRadius: 4,
})

/** The shipped translation, with the few words that read oddly in an office ledger. */
export const gridLocale: Record<string, string> = {
  ...AG_GRID_LOCALE_CN,
  true: '是',
  false: '否',
  noRowsToShow: '暂无数据',
}
