import { benchImport } from './import.ts'
import { benchPeopleList } from './people-list.ts'
import { benchSearch } from './search.ts'
import { benchStartup } from './startup.ts'
import { benchWebBundle } from './web-bundle.ts'
import { benchWebLcp } from './web-lcp.ts'

// Benchmarks print figures; they never fail a build on a time.
console.log(
  `coffeechat benchmarks — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
)
await benchStartup()
await benchPeopleList()
await benchSearch()
await benchImport()
await benchWebBundle()
await benchWebLcp()
