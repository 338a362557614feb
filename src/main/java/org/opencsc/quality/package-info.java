/**
 * Quality assurance: case audits built around the child's experience, drawn fairly, completed
 * with the worker, moderated by a second auditor, and followed by learning actions tracked to
 * what changed in practice (Knowsley 2022: audits "overly focused on compliance", moderation
 * "inconsistently used", learning "not clearly transferred into practice"). Dip samples and
 * multi-agency thematic audits run on the same machinery; practice observations sit with the
 * worker's supervision history; the QA dashboard shows grades, moderation and learning over time.
 *
 * <p>Sub-packages by area: {@code template} (versioned audit templates), {@code round} (rounds and
 * sampling, partner auditors), {@code audit} (the audit, the worker's reflection, moderation),
 * {@code learning} (learning actions), {@code observation} (practice observations) and
 * {@code dashboard} (the QA dashboard and the figures performance shows).
 */
package org.opencsc.quality;
