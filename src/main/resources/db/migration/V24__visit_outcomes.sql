-- Which of the child's plan outcomes a visit worked towards. The outcome is named by the id the
-- plan gives it (stable across plan versions) and its text is kept as it read on the day, so the
-- visit still reads right after the plan is rewritten.
CREATE TABLE visit_outcome (
    visit_id     bigint NOT NULL,
    person_id    bigint NOT NULL,
    outcome_id   text NOT NULL,
    outcome_text text NOT NULL,
    position     int NOT NULL,                 -- the outcome's place in the plan, to list them in its order
    PRIMARY KEY (visit_id, person_id, outcome_id),
    FOREIGN KEY (visit_id, person_id) REFERENCES visit_child (visit_id, person_id)
);
