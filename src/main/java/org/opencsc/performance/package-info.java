/**
 * Performance information for leaders, managers and inspectors: the figures behind the council
 * and team dashboards, each with the children it counts, so every number opens onto a list of
 * children (as far as the viewer may see them) and from there each child's record.
 *
 * <p>A figure is a {@link org.opencsc.performance.Figure} bean: one SQL query over the records the
 * journey already keeps, for a {@link org.opencsc.performance.FigureQuery} (a period and,
 * optionally, the teams whose children are counted). {@link org.opencsc.performance.Definitions}
 * holds the few definitions several figures and the census share ("open at", "held by a team"),
 * written once. Figures count everything (a count names nobody); the drill-down shows only the
 * children the viewer may open and says how many more there are.
 */
package org.opencsc.performance;
