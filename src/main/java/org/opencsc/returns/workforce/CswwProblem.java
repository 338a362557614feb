package org.opencsc.returns.workforce;

/**
 * Something in a worker's census record the DfE would refuse (an error) or ask about (a query),
 * with the item it is about and the worker's account, whose census page is where it is fixed.
 */
public record CswwProblem(long userId, String name, String code, boolean error, String item, String message) {
}
