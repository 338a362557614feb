-- A critical decision made for a sibling group together (a legal planning meeting) is logged on
-- each child's record; also_about names the other children it was made with, so its words (which
-- name them) are withheld from a reader who may not open every one of them, as the chronology
-- withholds an entry shared with a record the reader may not open.
ALTER TABLE critical_decision ADD COLUMN also_about bigint[] NOT NULL DEFAULT '{}';
