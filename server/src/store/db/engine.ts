/** The database engines the store runs on: SQLite embedded (the default) or PostgreSQL. */
export type Engine = 'sqlite' | 'postgres';
