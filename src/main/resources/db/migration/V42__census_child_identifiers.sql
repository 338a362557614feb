-- Children in Need census items that the record had no place for yet (issue 11).
--
-- la_child_id: the LAchildID, stable for the child. Null for children created in OpenCSC, whose
-- LAchildID is their person id; a child imported from another system's census keeps the
-- LAchildID that system gave them, so the council's return stays continuous.
-- former_upn and upn_unknown_reason: the census FormerUPN and UPNunknown (UN1 ... UN10: why a
-- child has no UPN, for example UN1 "child is aged under 6 years old and is not yet in school").
-- date_of_death: PersonDeathDate.
ALTER TABLE person
    ADD COLUMN la_child_id        text UNIQUE CHECK (la_child_id ~ '^[A-Za-z0-9]{1,20}$'),
    ADD COLUMN former_upn         char(13),
    ADD COLUMN upn_unknown_reason text CHECK (upn_unknown_reason ~ '^UN([1-9]|10)$'),
    ADD COLUMN date_of_death      date;

-- Census items the journey derives, stored only where a census file says more than OpenCSC's own
-- records can (a child imported from another system). The export uses the stored value when
-- there is one and otherwise derives it, so an imported year exports as it came in.
-- referral.census_referral_nfa: ReferralNFA as the file gave it (null: derived from the record).
ALTER TABLE referral ADD COLUMN census_referral_nfa boolean;
-- AssessmentInternalReviewDate: no OpenCSC step records it; kept when a file has it.
ALTER TABLE single_assessment ADD COLUMN internal_review_date date;
-- cp_plan.previous_plans: NumberOfPreviousCPP when the file counts plans OpenCSC does not hold
-- (null: the child's earlier plans in OpenCSC are counted). cp_plan.latest_category: the
-- LatestCategoryOfAbuse a file gave for a plan with no review conference recorded in OpenCSC.
ALTER TABLE cp_plan
    ADD COLUMN previous_plans  integer CHECK (previous_plans >= 0),
    ADD COLUMN latest_category text CHECK (latest_category IN ('NEG', 'PHY', 'EMO', 'SAB', 'MUL'));
-- CINPlanEndDate for a child in need plan that ended (null: open, or ended when the episode
-- closed or the child moved to a child protection plan, which the export derives).
ALTER TABLE child_plan ADD COLUMN ended_on date;
