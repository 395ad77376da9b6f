/** The two SQL engines coffeechat runs on. */
export type Engine = 'sqlite' | 'postgres'
