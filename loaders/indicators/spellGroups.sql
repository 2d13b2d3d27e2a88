-- Residence spells joined to their person and counted by everything the spell counts of
-- populationCounts, events, womenByAgeGroup and ageSex depend on: the village, the years the spell
-- starts and ends in (end_year NULL while open), its start and end reasons, the person's hukou type
-- and sex, their year of birth, and whether they were born on 1 January (born_1_january; the only
-- thing about the birth day that the age on 1 January and on 31 December of a year depends on
-- besides the birth year: see womenByAgeGroup.sql). spells = number of spells in the group.
-- Those counts add these groups up instead of every spell: a few groups per village and year of
-- birth rather than one row per spell.
SELECT r.village_code,
       year(r.start_date) AS start_year,
       year(r.end_date) AS end_year,
       r.start_reason,
       r.end_reason,
       p.hukou_type,
       p.sex,
       year(p.birth_date) AS birth_year,
       month(p.birth_date) = 1 AND day(p.birth_date) = 1 AS born_1_january,
       count(*) AS spells
FROM residence r
JOIN persons p USING (person_id)
GROUP BY ALL
