package dev.headroom.plan.whatif;

import java.util.List;

import dev.headroom.budget.Budget;
import dev.headroom.model.Finding;
import dev.headroom.model.Workspace;
import dev.headroom.plan.FileEdit;
import dev.headroom.source.RootedFs;

/**
 * The server as it would be with some what-ifs: the files they would write, the tree with those
 * files, the model read from it, the findings and the budget.
 *
 * @param steps     the what-ifs, in the order made
 * @param edits     the files they write, in path order (what {@code diff} and {@code save} show)
 * @param fs        the tree with the edits, nothing written
 * @param workspace the model read from that tree, with the host facts as the what-ifs set them
 * @param findings  what lint finds in it
 * @param budget    its budget; null while the RAM is not known
 */
public record Evaluation(List<Step> steps, List<FileEdit> edits, RootedFs fs, Workspace workspace,
        List<Finding> findings, Budget budget) {

    public Evaluation {
        steps = List.copyOf(steps);
        edits = List.copyOf(edits);
        findings = List.copyOf(findings);
    }
}
