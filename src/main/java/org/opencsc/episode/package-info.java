/**
 * The child-in-need episode that a referral opens (CIN census CINdetails), its closure with a
 * reason code, and the child's level of need over time: early help, child in need, child
 * protection. Conferences step a child onto and off child protection (through the protection
 * package's PlanStarted and PlanEnded events); managers step up and down between early help
 * and child in need; closing the case records that the child is no longer open.
 */
package org.opencsc.episode;
