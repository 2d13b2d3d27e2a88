-- Moves inside the town, per calendar year (moves).
-- A move inside the town is a spell ending 'out_migration' (迁出) and another spell of the same
-- person starting 'in_migration' (迁入) on the same date. One person's spells touching a date form
-- one chain (spells never overlap): the spell they leave, then any one-day stays (迁入 and 迁出 on
-- that date, in one spell), then the spell they stay in; each link of the chain is one move. So the
-- moves of a person on a date are least(ends 迁出 that day, starts 迁入 that day), except when every
-- one of those starts and ends belongs to a one-day stay: then the chain has neither a spell left nor
-- a spell stayed in, and one link fewer (a lone one-day stay is an arrival from outside the town and
-- a departure from it, no move). Villages count both halves (out of one, into the other); TOWN
-- counts neither.
WITH starts AS (
  SELECT person_id, start_date AS move_date, count(*) AS n_in,
         -- one-day stays: arrive and leave on the same date
         count(*) FILTER (WHERE end_reason = 'out_migration' AND end_date = start_date) AS n_stays
  FROM residence
  -- the arriving half of a move
  WHERE start_reason = 'in_migration'
  GROUP BY person_id, start_date
), ends AS (
  SELECT person_id, end_date AS move_date, count(*) AS n_out
  FROM residence
  -- the leaving half of a move
  WHERE end_reason = 'out_migration'
  GROUP BY person_id, end_date
)
SELECT year(move_date)::INTEGER AS year,
       sum(least(n_in, n_out) - CASE WHEN n_in = n_stays AND n_out = n_stays THEN 1 ELSE 0 END) AS moves
FROM starts
JOIN ends USING (person_id, move_date)
GROUP BY year(move_date)
