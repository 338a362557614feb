/**
 * The child-in-need episode that a referral opens (CIN census CINdetails) and its closure with
 * a reason code. Step-up and step-down between early help, CIN and CP will live here too.
 */
package org.opencsc.episode;
