/** Channels of the spreadsheet import (issue #5); filled in with the import engine. */
export const importChannels = {}
