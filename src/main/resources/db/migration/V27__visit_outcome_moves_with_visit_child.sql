-- A merge moves a child's part in a visit (visit_child.person_id) to the record kept; the outcomes
-- ticked for that part are keyed by it and must follow in the same statement.
ALTER TABLE visit_outcome DROP CONSTRAINT visit_outcome_visit_id_person_id_fkey;
ALTER TABLE visit_outcome ADD CONSTRAINT visit_outcome_visit_id_person_id_fkey
    FOREIGN KEY (visit_id, person_id) REFERENCES visit_child (visit_id, person_id) ON UPDATE CASCADE;
