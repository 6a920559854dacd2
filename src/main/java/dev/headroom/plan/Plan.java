package dev.headroom.plan;

import java.util.List;

import dev.headroom.budget.Budget;
import dev.headroom.model.Finding;

/**
 * Proposed edits, each tied to the findings it fixes, with the budget before and after.
 *
 * @param edits     the files to change, in path order
 * @param unplanned findings (warning or worse) that no edit fixes, with why in their messages
 * @param before    the budget now, null when RAM is unknown
 * @param after     the budget with the edits, null when RAM is unknown
 */
public record Plan(List<FileEdit> edits, List<Finding> unplanned, Budget before, Budget after) {

    public Plan {
        edits = List.copyOf(edits);
        unplanned = List.copyOf(unplanned);
    }

    /** Whether, with the edits, every scenario fits (true when there is no budget to hold). */
    public boolean fits() {
        return after == null || after.fits();
    }
}
