-- PostgreSQL only: SQLite rewrites a row in place and has no fill factor. Kept so that both
-- backends have the same migrations under the same names.
SELECT 1;
