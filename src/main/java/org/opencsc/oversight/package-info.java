/**
 * Management oversight and critical decisions on a child's record (Ofsted: oversight "not
 * cognisant of the whole story"; decision-making on critical steps unclear). A manager writes
 * oversight with the child's chronology, due work and plan on the same screen, and every
 * critical decision is logged with who, when, why and the alternatives weighed.
 */
package org.opencsc.oversight;
