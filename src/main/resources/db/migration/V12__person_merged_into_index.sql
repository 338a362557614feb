-- Every record page and chronology follows merges (PersonRepository.idsIncludingMerged asks which
-- records were merged into this one). Without an index that is a scan of the whole person table,
-- about 250,000 rows at a large council, on every page view. Few records are ever merged, so the
-- index holds only those.
CREATE INDEX person_merged_into ON person (merged_into) WHERE merged_into IS NOT NULL;
