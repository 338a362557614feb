package org.opencsc.quality.audit;

/** Where an audit is: drawn, being written, completed by its auditor, moderated by a second one. */
public enum AuditStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed"),
    MODERATED("Moderated");

    private final String label;

    AuditStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The auditor's part (answers, grades, findings) may still change. */
    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
