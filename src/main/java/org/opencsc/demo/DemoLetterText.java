package org.opencsc.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.opencsc.legal.LetterSection;
import org.opencsc.platform.web.Dates;

/**
 * The words of a demo letter before proceedings, as a worker would have finished the template's
 * first draft: the family's own names, the worries with examples, what must change and by when,
 * the help on offer, the meeting and free legal advice. Short sentences and everyday words, so the
 * plain-English check finds nothing that blocks sending (DemoPreProceedingsTest checks it).
 */
final class DemoLetterText {

    private DemoLetterText() {
    }

    static Map<LetterSection, String> sections(String names, boolean plural, LocalDate decideBy, LocalDate meetingOn, String place, boolean offersFgdm) {
        String by = Dates.govuk(decideBy);
        String have = plural ? " have" : " has";
        Map<LetterSection, String> s = new EnumMap<>(LetterSection.class);
        s.put(LetterSection.WORRIES, "We are writing to you because we are very worried about " + names + ". "
                + "We have worked with you for some months to make things better, but we are still worried.\n\n"
                + "These are the things that worry us:\n"
                + "- When you drink, the evening routine stops. " + names + have + " gone to bed hungry on several nights.\n"
                + "- The home is often cold and dirty. On our last visit there was no food in the fridge.\n"
                + "- " + names + have + " missed school many times this term, and often arrived late on the other days.");
        s.put(LetterSection.CHANGES, "These things must change:\n"
                + "- Go to the alcohol support group every week, by " + by + ".\n"
                + "- Keep the home warm and clean, with food in it every day, by " + by + ".\n"
                + "- Make sure " + names + " go to school on time every day, by " + by + ".");
        s.put(LetterSection.HELP, "We will keep helping you to make these changes.\n\n"
                + "Your social worker will visit you every week. A family support worker will help you with a daily routine "
                + "twice a week. The alcohol service will see you every Tuesday. Nan has said she will help with the school run.");
        s.put(LetterSection.IF_NOTHING_CHANGES, "If things do not change enough by " + by + ", we may ask the family court to "
                + "decide what is best for " + names + ". The court could decide that " + names + " should live somewhere else. "
                + "We do not want this to happen. We want to work with you so that " + names + " can stay safely at home.");
        String meeting = "Please come to a meeting with us on " + Dates.govuk(meetingOn) + " at 10:00am, at " + place + ". "
                + "At the meeting we will talk about our worries and agree a plan with you. Your solicitor can come with you. "
                + "If you cannot come, please call us as soon as you can.";
        if (offersFgdm) {
            meeting += "\n\nWe would also like to offer you a family group meeting. At this meeting your family and friends make "
                    + "a plan with you to keep " + names + " safe. Please tell us if you would like one.";
        }
        s.put(LetterSection.MEETING, meeting);
        s.put(LetterSection.LEGAL_ADVICE, "You can get free advice from a solicitor. Because you have this letter, legal aid pays "
                + "for it, however much money you have.\n\n"
                + "Please show this letter to a solicitor soon, and ask them to come to the meeting with you.\n\n"
                + "You can find a solicitor on the Law Society's website: solicitors.lawsociety.org.uk (\"Find a Solicitor\"). "
                + "Look for one in the Children Law Accreditation scheme. They know the law about children and families well.");
        return s;
    }

    /** The letter as the PDF prints it: date, greeting, each section (lines starting "- " as a list), signature. */
    static String html(String title, LocalDate dated, String greeting, Map<LetterSection, String> sections, String from, String font) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>")
                .append(escape(title)).append("</title><style>@page { size: A4; margin: 25mm 20mm; } body { font-family: \"")
                .append(font).append("\", Arial, sans-serif; font-size: 12pt; line-height: 1.5; } h1 { font-size: 18pt; } "
                        + "h2 { font-size: 14pt; }</style></head><body><main><p>").append(Dates.govuk(dated)).append("</p><h1>")
                .append(escape(title)).append("</h1><p>").append(escape(greeting)).append("</p>");
        sections.forEach((section, body) -> {
            b.append("<section><h2>").append(escape(section.heading())).append("</h2>");
            boolean inList = false;
            for (String line : body.split("\n")) {
                boolean item = line.startsWith("- ");
                if (inList && !item) {
                    b.append("</ul>");
                } else if (!inList && item) {
                    b.append("<ul>");
                }
                inList = item;
                if (item) {
                    b.append("<li>").append(escape(line.substring(2))).append("</li>");
                } else if (!line.isBlank()) {
                    b.append("<p>").append(escape(line)).append("</p>");
                }
            }
            b.append(inList ? "</ul>" : "");
            b.append("</section>");
        });
        return b.append("<p>Yours sincerely,</p><p>").append(escape(from)).append("</p></main></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
