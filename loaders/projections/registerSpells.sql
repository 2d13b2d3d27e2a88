-- The residence spells with what the projections' queries need of their person, joined once for
-- populationExposureFromRegister, deathsFromRegister and migrationFromRegister, which each joined
-- residence to persons on the text person_id (at 5,000,000 people the three took about 27 s of CPU
-- with their joins, 23 s with this one). Kept while those queries run, then dropped
-- (withRegisterSpells.ts). birthsFromRegister keeps its own join: it needs the mother's birth date too,
-- for the few birth spells, and carrying mother_id here for them cost more than it saved.
-- Every validated spell has its person (validation rejects a spell whose person is unknown or
-- rejected), so the inner join keeps every spell.

-- Every code residence uses (not the villages table: the queries count what residence says),
-- numbered in code order, so that ordering by number is ordering by code.
CREATE OR REPLACE TEMP TABLE spell_villages AS
SELECT village_code, (row_number() OVER (ORDER BY village_code))::INTEGER AS village_number
FROM (SELECT DISTINCT village_code FROM residence);

-- The village and the sex as small integers, the reasons as flags, and the person as the row that
-- stored them (persons.source_row, unique as person_id is): the queries group and join millions of
-- rows on these, which is cheaper than on text.
CREATE OR REPLACE TEMP TABLE register_spells AS
SELECT n.village_number,
       p.sex = 'F' AS female,
       p.birth_date,
       r.start_date,
       r.end_date,
       r.start_reason = 'in_migration' AS arrived,
       coalesce(r.end_reason = 'death', FALSE) AS died,
       coalesce(r.end_reason = 'out_migration', FALSE) AS departed,
       p.source_row AS person_number                  -- for a move in and out of the town on one day
FROM residence AS r
JOIN persons AS p USING (person_id)
JOIN spell_villages AS n USING (village_code);
