package org.opencsc.legal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.opencsc.platform.web.Dates;

/**
 * The first draft of a letter before proceedings, in plain English, with the parents' and
 * children's own names (never "the subject child"). What only the worker knows (the worries with
 * examples, the help on offer) is left as an instruction in square brackets, which
 * {@link #PLACEHOLDER} finds so the letter cannot be sent until it has been written.
 */
final class LetterTemplate {

    /** An instruction the template left for the worker: "[Write ...]" or "[Add ...]". */
    static final Pattern PLACEHOLDER = Pattern.compile("\\[(Write|Add)[^\\]]*\\]");

    /** One change the letter asks for, from an outcome of the child's plan, and the date it is wanted by. */
    record Change(String what, LocalDate byWhen) {
    }

    /** One child the letter is about, with the changes their plan asks for. */
    record ChildChanges(String name, List<Change> changes) {
    }

    /** Where and when the meeting the letter invites to is held. */
    record Meeting(LocalDate on, LocalTime at, String place) {
    }

    private LetterTemplate() {
    }

    static Map<LetterSection, String> draft(List<ChildChanges> children, Meeting meeting, boolean offersFgdm, String worries,
                                            LocalDate decideBy) {
        String names = names(children.stream().map(ChildChanges::name).toList());
        Map<LetterSection, String> s = new EnumMap<>(LetterSection.class);
        s.put(LetterSection.WORRIES, "We are writing to you because we are very worried about " + names + ". "
                + "We have worked with you to make things better, but we are still worried.\n\n"
                + (worries == null || worries.isBlank() ? "" : "These are the things that worry us:\n" + worries.trim() + "\n\n")
                + "[Write each worry in plain words, with an example: what happened, when, and what it meant for " + names + ".]");
        s.put(LetterSection.CHANGES, changes(children, decideBy));
        s.put(LetterSection.HELP, "We will keep helping you to make these changes.\n\n"
                + "[Write the help we will give: who will help you, what they will do and how often.]");
        s.put(LetterSection.IF_NOTHING_CHANGES, "If things do not change enough by " + Dates.govuk(decideBy) + ", we may ask the "
                + "family court to decide what is best for " + names + ". The court could decide that " + names
                + " should live somewhere else. We do not want this to happen. "
                + "We want to work with you so that " + names + " can stay safely at home.");
        s.put(LetterSection.MEETING, meeting(meeting, names, offersFgdm));
        s.put(LetterSection.LEGAL_ADVICE, """
                You have the right to free legal advice from a solicitor. Legal aid will pay for it because you have this letter. \
                It does not matter how much money you earn or have.

                Please take this letter to a solicitor as soon as you can, and bring them to the meeting.

                To find a solicitor, use "Find a Solicitor" on the Law Society's website: solicitors.lawsociety.org.uk. \
                Choose a solicitor who is a member of the Children Law Accreditation scheme. These solicitors know the law \
                about children and families well.""");
        return s;
    }

    private static String changes(List<ChildChanges> children, LocalDate decideBy) {
        StringBuilder b = new StringBuilder();
        for (ChildChanges child : children) {
            if (!b.isEmpty()) {
                b.append("\n\n");
            }
            b.append("For ").append(child.name()).append(", these things must change:");
            if (child.changes().isEmpty()) {
                b.append("\n- [Write what must change for ").append(child.name()).append(", and by when.]");
            }
            for (Change c : child.changes()) {
                String what = c.what().trim().replaceAll("[.\\s]+$", "");
                b.append("\n- ").append(what).append(", by ").append(Dates.govuk(c.byWhen() == null ? decideBy : c.byWhen())).append('.');
            }
        }
        return b.toString();
    }

    private static String meeting(Meeting m, String names, boolean offersFgdm) {
        String when = Dates.govuk(m.on()) + (m.at() == null ? "" : " at " + m.at().format(DateTimeFormatter.ofPattern("h:mma", Locale.UK))
                .toLowerCase(Locale.UK));
        String text = "Please come to a meeting with us on " + when + ", at " + m.place().trim() + ". At the meeting we will talk "
                + "about our worries and agree a plan with you. Your solicitor can come with you. If you cannot come, please call "
                + "us as soon as you can.";
        if (offersFgdm) {
            text += "\n\nWe would also like to offer you a family group meeting. At this meeting your family and friends make a "
                    + "plan with you to keep " + names + " safe. Please tell us if you would like one.";
        }
        return text;
    }

    /** "Kai", "Kai and Mia", "Kai, Mia and Leo". */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
