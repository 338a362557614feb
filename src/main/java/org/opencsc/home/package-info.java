/**
 * The first page each role lands on after signing in, and the menu of what each role can open.
 * A worker's and a team manager's home is My work; the front door's is the contact queue; the
 * chair's is the chair's view; a senior leader's is the council overview; auditors and
 * inspectors start from search. Nothing depends on this package: it reads the features' own
 * public services and rules, so a menu entry is shown exactly when its page opens for the role.
 */
package org.opencsc.home;
