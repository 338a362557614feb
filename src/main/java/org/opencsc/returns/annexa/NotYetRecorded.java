package org.opencsc.returns.annexa;

import static org.opencsc.returns.annexa.Column.date;
import static org.opencsc.returns.annexa.Column.number;
import static org.opencsc.returns.annexa.Column.text;

import java.util.List;

/** The template's columns of lists 8 to 11, which OpenCSC has no records for yet (AnnexLists says where from). */
final class NotYetRecorded {

    private static final Column TEAM = text("Allocated Team");
    private static final Column WORKER = text("Allocated Worker");

    static final List<Column> LOOKED_AFTER = ChildColumns.with(
            text("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)"), ChildColumns.DISABILITY,
            date("Date Started to be Looked After"), text("Child's Category of Need"),
            text("Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)"),
            date("Start date of current legal status"), text("Child's Legal Status"),
            date("Date of Latest Statutory Review"), date("Date of Last Social Work Visit"),
            text("What is the permanence plan for this child?"), date("Date of Last IRO Visit / Contact to the Child"),
            date("Date of Last Health Assessment"), date("Date of Last Dental Check"),
            number("Number of Placements in the Last 12 months"), date("Date Ceased to be Looked After"),
            text("Reason Ceased to be Looked After"), date("Start Date of Most Recent Placement"),
            text("Placement Type"), text("Placement Provider"), text("Placement postcode"), text("URN of Placement"),
            text("Placement Location"), text("LA of Placement"),
            number("Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months"),
            number("Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months"),
            text("Was the child offered a Return Interview after their last missing episode (Y/N)?"),
            text("Did the child accept a Return Interview after their last missing episode (Y/N)?"),
            TEAM, WORKER);

    static final List<Column> CARE_LEAVERS = ChildColumns.with(
            text("Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)"),
            ChildColumns.DISABILITY, TEAM, WORKER, text("Allocated Personal Advisor"), text("Eligibility Category"),
            date("Latest Pathway Plan Review Date"), text("LA in Touch"), date("Latest Date of Contact"),
            text("Type of Accommodation"), text("Suitability of Accommodation"), text("Activity Status"));

    static final List<Column> ADOPTION = List.of(text("Child Unique ID"), text("Family identifier"), text("Gender"),
            text("Ethnicity"), date("Date of Birth"), number("Age of Child (Years)"), ChildColumns.DISABILITY,
            date("Date the Child Entered Care"), date("Date of Decision that Child Should be Placed for Adoption"),
            date("Date of Placement Order"), date("Date of Matching Child and Prospective Adopters"),
            date("Date Placed for Adoption"), date("Date of Adoption Order"),
            date("Date of Decision that Child Should No Longer be Placed for Adoption"),
            text("Reason Why Child No Longer Placed for Adoption"),
            date("Date the child was placed for fostering in FFA or concurrent planning placement"));

    static final List<Column> ADOPTERS = List.of(text("Individual adopter identifier"), text("Family identifier"),
            text("Gender"), text("Ethnicity"), text("Disability"),
            text("Is the (prospective) adopter fostering for adoption?"), date("Date enquiry received"),
            date("Date Stage 1 started"), date("Date Stage 1 ended"), date("Date Stage 2 started"),
            date("Date Stage 2 ended"), date("Date application submitted"), date("Date application approved"),
            date("Date adopter matched with child(ren)"), date("Date child/children placed with adopter(s)"),
            number("No. of children placed"), date("Date of Adoption Order"), date("Date of leaving adoption process"),
            text("Reason for leaving adoption process"));

    private NotYetRecorded() {
    }
}
