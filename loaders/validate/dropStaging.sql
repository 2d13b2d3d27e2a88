-- The staging tables are not needed once the validated tables, rejects and warnings are filled:
-- dropped, so that their memory (about a gigabyte for a county register) is free for the indicators.
DROP TABLE IF EXISTS temp.staged_villages;
DROP TABLE IF EXISTS main.staged_persons;   -- normally renamed to persons by then (tableFromStaged.ts)
DROP TABLE IF EXISTS main.staged_residence; -- and to residence
DROP TABLE IF EXISTS temp.staged_services;
DROP TABLE IF EXISTS temp.staged_funding;
DROP TABLE IF EXISTS temp.rejected_person_ids;
DROP TABLE IF EXISTS temp.repeated_person_ids;
DROP TABLE IF EXISTS temp.blanked_cells;
DROP TABLE IF EXISTS temp.dropped_mother_links;
DROP TABLE IF EXISTS temp.overlap_rejects;
DROP TABLE IF EXISTS temp.reason_messages;
