package org.opencsc.assessment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The CIN census "factors identified at the end of assessment", with the DfE codes. The letter
 * says whose the concern is: A the child, B a parent or carer, C another person in the household.
 * Code 21 means no factors were identified and cannot be combined with any other.
 */
public enum AssessmentFactor {
    ALCOHOL_CHILD("1A", "Alcohol misuse: concerns about the child"),
    ALCOHOL_PARENT("1B", "Alcohol misuse: concerns about the parent or carer"),
    ALCOHOL_OTHER("1C", "Alcohol misuse: concerns about another person living in the household"),
    DRUGS_CHILD("2A", "Drug misuse: concerns about the child"),
    DRUGS_PARENT("2B", "Drug misuse: concerns about the parent or carer"),
    DRUGS_OTHER("2C", "Drug misuse: concerns about another person living in the household"),
    DOMESTIC_ABUSE_CHILD("3A", "Domestic abuse: concerns about the child being the subject"),
    DOMESTIC_ABUSE_PARENT("3B", "Domestic abuse: concerns about the parent or carer"),
    DOMESTIC_ABUSE_OTHER("3C", "Domestic abuse: concerns about another person living in the household"),
    MENTAL_HEALTH_CHILD("4A", "Mental health: concerns about the child"),
    MENTAL_HEALTH_PARENT("4B", "Mental health: concerns about the parent or carer"),
    MENTAL_HEALTH_OTHER("4C", "Mental health: concerns about another person living in the household"),
    LEARNING_DISABILITY_CHILD("5A", "Learning disability: concerns about the child"),
    LEARNING_DISABILITY_PARENT("5B", "Learning disability: concerns about the parent or carer"),
    LEARNING_DISABILITY_OTHER("5C", "Learning disability: concerns about another person living in the household"),
    PHYSICAL_DISABILITY_CHILD("6A", "Physical disability or illness: concerns about the child"),
    PHYSICAL_DISABILITY_PARENT("6B", "Physical disability or illness: concerns about the parent or carer"),
    PHYSICAL_DISABILITY_OTHER("6C", "Physical disability or illness: concerns about another person living in the household"),
    YOUNG_CARER("7A", "Young carer"),
    PRIVATE_FOSTERING_OVERSEAS_EDUCATION("8B", "Privately fostered: overseas child who intends to return"),
    PRIVATE_FOSTERING_OVERSEAS_STAY("8C", "Privately fostered: overseas child who intends to stay"),
    PRIVATE_FOSTERING_UK_EDUCATION("8D", "Privately fostered: UK child in education, holiday schemes or other"),
    PRIVATE_FOSTERING_UK_FAMILY("8E", "Privately fostered: UK child with family or relationship difficulties"),
    PRIVATE_FOSTERING_OTHER("8F", "Privately fostered: UK child, other reason"),
    UNACCOMPANIED_ASYLUM_SEEKING("9A", "Unaccompanied asylum-seeking child"),
    MISSING("10A", "Going or being missing"),
    SEXUAL_EXPLOITATION("11A", "Child sexual exploitation"),
    TRAFFICKING("12A", "Trafficking"),
    GANGS("13A", "Gangs"),
    SOCIALLY_UNACCEPTABLE_BEHAVIOUR("14A", "Socially unacceptable behaviour"),
    SELF_HARM("15A", "Self-harm"),
    NEGLECT("16A", "Neglect"),
    EMOTIONAL_ABUSE("17A", "Emotional abuse"),
    PHYSICAL_ABUSE_ADULT("18B", "Physical abuse: adult on child"),
    PHYSICAL_ABUSE_CHILD("18C", "Physical abuse: child on child"),
    SEXUAL_ABUSE_ADULT("19B", "Sexual abuse: adult on child"),
    SEXUAL_ABUSE_CHILD("19C", "Sexual abuse: child on child"),
    OTHER("20", "Other"),
    NO_FACTORS("21", "No factors identified"),
    FEMALE_GENITAL_MUTILATION("22A", "Female genital mutilation"),
    FAITH_OR_BELIEF("23A", "Abuse linked to faith or belief"),
    CRIMINAL_EXPLOITATION("24A", "Child criminal exploitation");

    private final String code;
    private final String label;

    AssessmentFactor(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** By census code ("16A"), case-insensitively, or by constant name. */
    public static Optional<AssessmentFactor> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(v) || f.name().equals(v)).findFirst();
    }
}
