/**
 * What the pages and services of every step of the journey share: the one check of who may take
 * a step on a child's record ({@link org.opencsc.protection.step.StepPermission}), which a step's
 * form and its save both ask, so no form is offered that saving would refuse; and the page shown
 * instead of a form when the step has been taken already or cannot be taken yet
 * ({@link org.opencsc.protection.step.StepClosedPage}).
 */
package org.opencsc.protection.step;
