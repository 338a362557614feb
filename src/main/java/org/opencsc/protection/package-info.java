/**
 * Child protection (Working Together 2023): from the strategy discussion to the end of a child
 * protection plan. This package is what other modules see: the plan ({@link ChildProtectionPlan},
 * its category, its timescales, the {@link PlanStarted} and {@link PlanEnded} events), and
 * what protection adds to the child's record and to due work. They also ask, through named
 * interfaces, {@code conference.Conferences} for a child's open plan, and
 * {@code enquiry.S47Enquiries} and {@code strategy.StrategyDiscussions} whether an episode's
 * enquiry is finished (a case does not close before). The rest is
 * internal, one sub-package per step of the journey:
 * <ul>
 *   <li>{@code strategy}: strategy discussions, each agency's sign-off, corrections to them;</li>
 *   <li>{@code enquiry}: Section 47 enquiries and their outcome;</li>
 *   <li>{@code conference}: initial conferences (which start plans) and review conferences
 *       (which keep, change or end them), corrections to an initial conference;</li>
 *   <li>{@code coregroup}: core group meetings;</li>
 *   <li>{@code planlist}: the 12-month panel, plans over 2 years and repeat plans;</li>
 *   <li>{@code chair}: the chair's view of their cases and their escalations;</li>
 *   <li>{@code amendment}: what every correction shares, and the corrections API;</li>
 *   <li>{@code step}: what every step shares: who may take it (asked by its form and by its save
 *       alike), and the page shown instead of the form once it is taken or while it cannot be.</li>
 * </ul>
 */
package org.opencsc.protection;
