package org.opencsc.returns.census;

import java.time.LocalDate;
import java.util.List;

/**
 * CINdetails: one episode of need, from the referral to its closure. {@code referralNfa} is
 * true when the referral led to no further action. {@code preProceedings} is empty until the
 * pre-proceedings feature records it. {@code sourceId} is the OpenCSC referral id.
 */
public record CinDetails(
        LocalDate cinReferralDate,
        String referralSource,
        String primaryNeedCode,
        LocalDate cinClosureDate,
        String reasonForClosure,
        LocalDate dateOfInitialCpc,
        List<Assessment> assessments,
        List<CinPlanDates> cinPlanDates,
        List<Section47> section47s,
        Boolean referralNfa,
        List<ChildProtectionPlan> childProtectionPlans,
        List<PreProceedings> preProceedings,
        Long sourceId) {

    public CinDetails {
        assessments = List.copyOf(assessments);
        cinPlanDates = List.copyOf(cinPlanDates);
        section47s = List.copyOf(section47s);
        childProtectionPlans = List.copyOf(childProtectionPlans);
        preProceedings = List.copyOf(preProceedings);
    }
}
