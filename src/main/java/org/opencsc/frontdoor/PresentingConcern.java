package org.opencsc.frontdoor;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the contact is mainly about, as the front door codes it: the factor areas of Working
 * Together and the Children in Need census (each names the census factor codes it leads to, so
 * the assessment that may follow starts from the same words). One is chosen; the words say the rest.
 */
public enum PresentingConcern {
    NEGLECT("Neglect", "16A"),
    PHYSICAL_ABUSE("Physical abuse", "18B, 18C"),
    SEXUAL_ABUSE("Sexual abuse", "19B, 19C"),
    EMOTIONAL_ABUSE("Emotional abuse", "17A"),
    DOMESTIC_ABUSE("Domestic abuse", "3A, 3B, 3C"),
    SEXUAL_EXPLOITATION("Child sexual exploitation", "11A"),
    CRIMINAL_EXPLOITATION("Child criminal exploitation, gangs or county lines", "24A, 13A"),
    TRAFFICKING("Trafficking or modern slavery", "12A"),
    GOING_MISSING("Going or being missing", "10A"),
    PARENT_MENTAL_HEALTH("Mental health of a parent or carer", "4B"),
    PARENT_SUBSTANCE_MISUSE("Drug or alcohol misuse by a parent or carer", "1B, 2B"),
    CHILD_MENTAL_HEALTH("The child's mental health or self-harm", "4A, 15A"),
    CHILD_SUBSTANCE_MISUSE("The child's drug or alcohol misuse", "1A, 2A"),
    DISABILITY_OR_ILLNESS("Disability or illness (child or parent)", "5A-6C"),
    YOUNG_CARER("Young carer", "7A"),
    PRIVATE_FOSTERING("Private fostering", "8B-8F"),
    UNACCOMPANIED_ASYLUM_SEEKING("Unaccompanied asylum-seeking child", "9A"),
    FEMALE_GENITAL_MUTILATION("Female genital mutilation", "22A"),
    FAITH_OR_BELIEF("Abuse linked to faith or belief", "23A"),
    OTHER("Other", "20");

    private final String label;
    private final String cinFactors;

    PresentingConcern(String label, String cinFactors) {
        this.label = label;
        this.cinFactors = cinFactors;
    }

    public String label() {
        return label;
    }

    /** The CIN census factor codes this concern points to. */
    public String cinFactors() {
        return cinFactors;
    }

    public static Optional<PresentingConcern> parse(String s) {
        return Arrays.stream(values()).filter(c -> c.name().equals(s)).findFirst();
    }
}
