package org.opencsc.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opencsc.chronology.Amendment;
import org.opencsc.chronology.Amendments;
import org.opencsc.platform.validation.Problems;
import org.opencsc.platform.web.ConflictException;
import org.opencsc.platform.web.NotFoundException;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessPolicy;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.RecordAccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting an authorised single assessment. Once authorised it is a record others have relied
 * on (the census, the plan that followed), so it is never edited in place: each correction keeps
 * the value it replaced, who made it and why, and goes on the child's chronology. Before
 * authorisation there is nothing to amend: the draft is edited.
 */
@Service
public class AssessmentAmendments {

    static final String RECORD_TYPE = "SINGLE_ASSESSMENT";

    private final AssessmentRepository assessments;
    private final Amendments amendments;
    private final AccessPolicy access;

    AssessmentAmendments(AssessmentRepository assessments, Amendments amendments, AccessPolicy access) {
        this.assessments = assessments;
        this.amendments = amendments;
        this.access = access;
    }

    /** {@code value} is the new text, or for "factors" the CIN codes separated by commas ("16A, 3B"). */
    @Transactional
    public void amend(long id, String field, String value, String reason, Integer version, CurrentUser user,
                      AccessLog.Channel channel) {
        SingleAssessment a = assessments.find(id).orElseThrow(() -> new NotFoundException("There is no single assessment " + id));
        // The same people who could write the assessment correct it: its worker's role, or a manager.
        access.checkCanRecord(user, a.personId(), channel, "/assessments/" + id + "/amendments");
        if (!SingleAssessments.canWrite(user.role())) {
            throw new RecordAccessDeniedException("Only a social worker or a manager can correct a single assessment");
        }
        if (!a.authorised()) {
            throw new ConflictException("Edit the draft: amendments are for authorised assessments");
        }
        if (version == null) {
            new Problems().add("version", "Send the version of the assessment you read, so concurrent changes are not lost")
                    .throwIfAny();
        }
        if (version != a.version()) {
            throw stale(id);
        }
        Problems problems = new Problems();
        AmendableField what = AmendableField.of(field).orElse(null);
        if (what == null) {
            problems.add("field", "Choose what to correct: one of " + AmendableField.ALL.stream().map(AmendableField::name).toList());
        }
        if (reason == null || reason.isBlank()) {
            problems.add("reason", "Enter why the assessment is being corrected");
        } else if (reason.length() > SingleAssessments.MAX_TEXT) {
            problems.add("reason", "The reason must be " + SingleAssessments.MAX_TEXT + " characters or fewer");
        }
        if (what == null) {
            problems.throwIfAny();
        }
        String oldValue;
        String newValue;
        boolean saved;
        if (AmendableField.FACTORS.equals(what.name())) {
            List<AssessmentFactor> factors = factors(value, problems);
            oldValue = codes(a.factors());
            newValue = codes(factors);
            unchanged(newValue, oldValue, problems);
            problems.throwIfAny();
            saved = assessments.correctFactors(id, version, factors);
        } else {
            var section = AmendableField.section(what.name());
            oldValue = section.map(a::text).orElse(a.outcomeReasons());
            newValue = text(value, what.label(), problems);
            unchanged(newValue, oldValue, problems);
            problems.throwIfAny();
            saved = section.isPresent() ? assessments.correctSection(id, version, section.get(), newValue)
                    : assessments.correctOutcomeReasons(id, version, newValue);
        }
        if (!saved) {
            throw stale(id);
        }
        amendments.record(new Amendment.New(a.personId(), RECORD_TYPE, id, what.name(), "‘" + what.label() + "’",
                "single assessment", oldValue, newValue, reason.trim(), user.displayName()));
    }

    /** The corrections to one assessment, oldest first; the caller has opened the assessment. */
    public List<Amendment> forAssessment(long id) {
        return amendments.forRecord(RECORD_TYPE, id);
    }

    /** The same rules as a submitted assessment: at least one factor, and "21" only on its own. */
    static List<AssessmentFactor> factors(String value, Problems problems) {
        List<AssessmentFactor> factors = new ArrayList<>();
        for (String code : value == null ? new String[0] : value.split(",")) {
            if (code.isBlank()) {
                continue;
            }
            AssessmentFactor.parse(code).ifPresentOrElse(f -> {
                if (!factors.contains(f)) {
                    factors.add(f);
                }
            }, () -> problems.add("value", "Unknown factor code ‘" + code.trim() + "’: use the CIN census codes, like 16A or 21"));
        }
        if (problems.has("value")) {
            return factors;
        }
        if (factors.isEmpty()) {
            problems.add("value", "Give at least one factor identified at assessment (or 21 for no factors identified)");
        } else if (factors.contains(AssessmentFactor.NO_FACTORS) && factors.size() > 1) {
            problems.add("value", "‘21 No factors identified’ cannot be combined with other factors");
        }
        factors.sort(null);
        return factors;
    }

    /** Codes in census order, the form both the kept value and the new one take so they compare. */
    static String codes(List<AssessmentFactor> factors) {
        return String.join(", ", factors.stream().sorted().map(AssessmentFactor::code).toList());
    }

    private static String text(String value, String label, Problems problems) {
        if (value == null || value.isBlank()) {
            problems.add("value", "Enter the corrected ‘" + label + "’");
            return null;
        }
        if (value.length() > SingleAssessments.MAX_TEXT) {
            problems.add("value", "‘" + label + "’ must be " + SingleAssessments.MAX_TEXT + " characters or fewer");
        }
        return value.trim();
    }

    private static void unchanged(String value, String old, Problems problems) {
        if (!problems.has("value") && Objects.equals(value, old == null ? null : old.trim())) {
            problems.add("value", "That is what the assessment already says: nothing to correct");
        }
    }

    private static ConflictException stale(long id) {
        return new ConflictException("Single assessment " + id + " was changed by someone else since you opened it. "
                + "Reload it, check their changes and correct it again.");
    }
}
