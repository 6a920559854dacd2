package dev.headroom.rules;

/**
 * One check over one kind of model. A rule keeps no state between runs.
 *
 * @param <M> the model it reads, e.g. {@link dev.headroom.model.httpd.HttpdConfig}
 */
public interface Rule<M> {

    RuleInfo info();

    void check(M model, Reporter out);
}
