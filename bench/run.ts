import { benchApiReads } from './api-reads.ts'
import { benchDuplicates } from './duplicates.ts'
import { benchExport } from './export.ts'
import { benchHostedCost } from './hosted-cost.ts'
import { benchHostedLoad } from './hosted-load.ts'
import { benchImport } from './import.ts'
import { benchImportStall } from './import-stall.ts'
import { benchPeopleList } from './people-list.ts'
import { benchRemoteCli } from './remote-cli.ts'
import { benchSearch } from './search.ts'
import { benchSoak } from './soak.ts'
import { benchStartup } from './startup.ts'
import { benchToday } from './today.ts'
import { benchWebBundle } from './web-bundle.ts'
import { benchWebLcp } from './web-lcp.ts'

// Benchmarks print figures; they never fail a build on a time.
console.log(
  `coffeechat benchmarks — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
)
await benchStartup()
await benchPeopleList()
await benchDuplicates()
await benchRemoteCli()
await benchSearch()
await benchImport()
await benchImportStall()
await benchToday()
await benchApiReads()
await benchSoak()
await benchHostedLoad()
await benchHostedCost()
await benchExport()
await benchWebBundle()
await benchWebLcp()
