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
import * as m0017 from './0017-sent-effect.ts'

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
type Up = (db: Kysely<any>, engine: Engine) => Promise<void>

/** Every migration, in order. Names are frozen once released. */
export const migrations: ReadonlyArray<readonly [name: string, up: Up]> = [
  ['0001-foundation', m0001.up],
  ['0002-outreach', m0002.up],
  ['0003-conversation-work', m0003.up],
  ['0005-hosted', m0005.up],
  ['0007-conversation-autosave', m0007.up],
  ['0008-search-candidates', m0008.up],
  ['0010-calendar', m0010.up],
  ['0011-referral-ask-reason', m0011.up],
  ['0017-sent-effect', m0017.up],
]
