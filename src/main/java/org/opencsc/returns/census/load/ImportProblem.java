package org.opencsc.returns.census.load;

/**
 * Why a file was refused: where in the file (line and column, null when the problem is not in
 * the file's syntax) or which child (LAchildID, null for the file as a whole), and what.
 */
public record ImportProblem(Integer line, Integer column, String laChildId, String message) {

    static ImportProblem ofChild(String laChildId, String message) {
        return new ImportProblem(null, null, laChildId, message);
    }
}
