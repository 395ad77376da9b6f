import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import * as m0001 from './0001-foundation.ts'
import * as m0002 from './0002-outreach.ts'
import * as m0003 from './0003-conversation-work.ts'
import * as m0005 from './0005-hosted.ts'
import * as m0007 from './0007-conversation-autosave.ts'
import * as m0008 from './0008-search-candidates.ts'
import * as m0010 from './0010-calendar.ts'
import * as m0011 from './0011-referral-ask-reason.ts'
import * as m0012 from './0012-agenda-indexes.ts'
import * as m0013 from './0013-storable-text.ts'
import * as m0014 from './0014-owner-reads-named-search.ts'
import * as m0015 from './0015-answered-means-asked.ts'
import * as m0017 from './0017-sent-effect.ts'
import * as m20261202T0600 from './20261202T0600-import-reports.ts'
import * as m20261202T0740 from './20261202T0740-access-tokens.ts'
import * as m20261202T1515 from './20261202T1515-token-expiry.ts'
import * as m20261202T1555 from './20261202T1555-people-page-order.ts'
import * as m20261202T1604 from './20261202T1604-person-fields.ts'
import * as m20261202T1621 from './20261202T1621-mail.ts'
import * as m20261202T1827 from './20261202T1827-person-merges.ts'
import * as m20261202T1842 from './20261202T1842-mcp-confirmations.ts'
import * as m20261202T1848 from './20261202T1848-import-mappings.ts'
import * as m20261203T0725 from './20261203T0725-reflection-field-times.ts'
import * as m20261203T0909 from './20261203T0909-message-field-times.ts'
import * as m20261203T1340 from './20261203T1340-people-recent-order.ts'
import * as m20261207T2330 from './20261207T2330-newest-index-pause.ts'

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
type Up = (db: Kysely<any>, engine: Engine) => Promise<void>

/**
 * Every migration, in the one order every database gets them (sorted by
 * name; Kysely refuses a database whose applied migrations are not a prefix
 * of this list). Names are frozen once merged. A new migration is named by
 * the UTC time it is merged into main, `YYYYMMDDTHHMM-what-it-does` (Kysely's
 * documented convention), so it always sorts after every migration before it
 * — the numbered ones up to 0017 included — however long its branch lived.
 */
export const migrations: ReadonlyArray<readonly [name: string, up: Up]> = [
  ['0001-foundation', m0001.up],
  ['0002-outreach', m0002.up],
  ['0003-conversation-work', m0003.up],
  ['0005-hosted', m0005.up],
  ['0007-conversation-autosave', m0007.up],
  ['0008-search-candidates', m0008.up],
  ['0010-calendar', m0010.up],
  ['0011-referral-ask-reason', m0011.up],
  ['0012-agenda-indexes', m0012.up],
  ['0013-storable-text', m0013.up],
  ['0014-owner-reads-named-search', m0014.up],
  ['0015-answered-means-asked', m0015.up],
  ['0017-sent-effect', m0017.up],
  ['20261202T0600-import-reports', m20261202T0600.up],
  ['20261202T0740-access-tokens', m20261202T0740.up],
  ['20261202T1515-token-expiry', m20261202T1515.up],
  ['20261202T1555-people-page-order', m20261202T1555.up],
  ['20261202T1604-person-fields', m20261202T1604.up],
  ['20261202T1621-mail', m20261202T1621.up],
  ['20261202T1827-person-merges', m20261202T1827.up],
  ['20261202T1842-mcp-confirmations', m20261202T1842.up],
  ['20261202T1848-import-mappings', m20261202T1848.up],
  ['20261203T0725-reflection-field-times', m20261203T0725.up],
  ['20261203T0909-message-field-times', m20261203T0909.up],
  ['20261203T1340-people-recent-order', m20261203T1340.up],
  ['20261207T2330-newest-index-pause', m20261207T2330.up],
]
