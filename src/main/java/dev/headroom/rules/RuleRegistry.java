package dev.headroom.rules;

import java.util.Comparator;
import java.util.List;

import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.Workspace;
import dev.headroom.model.systemd.SystemdConfig;
import dev.headroom.model.clamav.ClamavSetup;
import dev.headroom.rules.budget.HttpdWorkersExceedBudget;
import dev.headroom.rules.budget.LimitBelowPeak;
import dev.headroom.rules.budget.ScenarioDoesNotFit;
import dev.headroom.rules.budget.UnusedReservation;
import dev.headroom.rules.clamav.ConfigUnreadable;
import dev.headroom.rules.clamav.DatabaseDirectoriesDiffer;
import dev.headroom.rules.clamav.DatabaseNotLoadable;
import dev.headroom.rules.clamav.DeprecatedOption;
import dev.headroom.rules.clamav.ExampleLine;
import dev.headroom.rules.clamav.InvalidArgument;
import dev.headroom.rules.clamav.LineReadInPieces;
import dev.headroom.rules.clamav.QueueAdjusted;
import dev.headroom.rules.clamav.ReloadPeakDoesNotFit;
import dev.headroom.rules.clamav.RepeatedOption;
import dev.headroom.rules.clamav.StartTimeoutBelowLoadTime;
import dev.headroom.rules.clamav.ThreadsExceedOpenFiles;
import dev.headroom.rules.clamav.UnknownOption;
import dev.headroom.rules.clamav.ValueTooHigh;
import dev.headroom.rules.httpd.*;
import dev.headroom.rules.openbsd.KernelConfigSyntaxError;
import dev.headroom.rules.openbsd.KernelIncludeFailed;
import dev.headroom.rules.openbsd.KernelOptionSetTwice;
import dev.headroom.rules.openbsd.MaxKmapentWithoutPanic;
import dev.headroom.rules.openbsd.RecvQueueRising;
import dev.headroom.rules.openbsd.KernelMemoryExceedsWindow;
import dev.headroom.rules.openbsd.MclpoolFailedRequests;
import dev.headroom.rules.openbsd.NkmempagesBelowTwiceNmbclusters;
import dev.headroom.rules.openbsd.NmbclustersFarAboveNeed;
import dev.headroom.rules.openbsd.OptionReplacedBySysctl;
import dev.headroom.rules.systemd.DeprecatedKey;
import dev.headroom.rules.systemd.InvalidSectionHeader;
import dev.headroom.rules.systemd.InvalidValue;
import dev.headroom.rules.systemd.LimitNofileAboveKernel;
import dev.headroom.rules.systemd.LineIgnored;
import dev.headroom.rules.systemd.OomPolicyStopsWorkers;
import dev.headroom.rules.systemd.UnitFileUnreadable;
import dev.headroom.rules.systemd.UnknownKey;
import dev.headroom.rules.systemd.UnknownSection;

/**
 * Every rule, listed by hand and kept sorted by ID: no classpath scanning (it costs start-up
 * time), and a new rule is one line here. Each language's rules sit in a holder class, so they
 * are made (and their classes loaded) only when a run has that language to check.
 */
public final class RuleRegistry {

    private static final class Httpd {
        static final List<Rule<HttpdConfig>> RULES = List.of(
                new FileUnreadable(),
                new FileTooLarge(),
                new FileBinary(),
                new TooManyFiles(),
                new SectionNotClosed(),
                new ConditionalOpenAtEndOfFile(),
                new ConditionalNotClosed(),
                new SectionMismatch(),
                new SectionWithoutOpener(),
                new SectionMissingBracket(),
                new SectionArgumentInvalid(),
                new IncludeFailed(),
                new IncludeCycle(),
                new DefineInvalid(),
                new ArgumentCount(),
                new NoMpmLoaded(),
                new MoreThanOneMpm(),
                new DirectiveOfOtherMpm(),
                new DirectiveWrongContext(),
                new ServerRootInvalid(),
                new ValueInvalid(),
                new ByteOrderMark(),
                new UndefinedVariable(),
                new NumberReadDifferently(),
                new ModuleAlreadyLoaded(),
                new MaxRequestWorkersNotMultiple(),
                new ServerLimitAboveMaximum(),
                new ServerLimitBelowOne(),
                new ThreadLimitAboveMaximum(),
                new ThreadLimitBelowOne(),
                new ThreadsPerChildAboveThreadLimit(),
                new ThreadsPerChildBelowOne(),
                new MaxRequestWorkersBelowThreadsPerChild(),
                new MaxRequestWorkersAboveServerLimit(),
                new MaxRequestWorkersBelowOne(),
                new StartServersBelowOne(),
                new MinSpareBelowOne(),
                new MaxSpareTooClose(),
                new StartServersAboveLimit(),
                new NoChildRecycling(),
                new NoGracefulRestartRoom(),
                new ScoreboardOversized(),
                new AsyncFactorFraction(),
                new DirectiveRepeated(),
                new DeprecatedAlias());
    }

    private static final class Systemd {
        static final List<Rule<SystemdConfig>> RULES = List.of(
                new InvalidSectionHeader(),
                new LineIgnored(),
                new UnknownSection(),
                new UnknownKey(),
                new UnitFileUnreadable(),
                new InvalidValue(),
                new OomPolicyStopsWorkers(),
                new DeprecatedKey());
    }

    private static final class Clamav {
        static final List<Rule<ClamavSetup>> RULES = List.of(
                new ExampleLine(),
                new UnknownOption(),
                new InvalidArgument(),
                new DeprecatedOption(),
                new ValueTooHigh(),
                new LineReadInPieces(),
                new ConfigUnreadable(),
                new DatabaseNotLoadable(),
                new RepeatedOption(),
                new DatabaseDirectoriesDiffer());
    }

    /** OpenBSD kernel configurations with their vmstat -m and netstat -m output (Workspace#openbsd). */
    private static final class Openbsd {
        static final List<Rule<Workspace>> RULES = List.of(
                new KernelConfigSyntaxError(),
                new KernelIncludeFailed(),
                new KernelOptionSetTwice(),
                new OptionReplacedBySysctl(),
                new NmbclustersFarAboveNeed(),
                new NkmempagesBelowTwiceNmbclusters(),
                new MclpoolFailedRequests(),
                new KernelMemoryExceedsWindow(),
                new RecvQueueRising(),
                new MaxKmapentWithoutPanic());
    }

    /** Rules that hold one daemon's configuration against another's or the kernel's. */
    private static final class CrossFile {
        static final List<Rule<Workspace>> RULES = List.of(
                new LimitNofileAboveKernel(),
                new QueueAdjusted(),
                new StartTimeoutBelowLoadTime(),
                new ReloadPeakDoesNotFit(),
                new ThreadsExceedOpenFiles(),
                new ScenarioDoesNotFit(),
                new LimitBelowPeak(),
                new UnusedReservation(),
                new HttpdWorkersExceedBudget());
    }

    private RuleRegistry() {
    }

    public static List<Rule<Workspace>> crossFile() {
        return CrossFile.RULES;
    }

    public static List<Rule<Workspace>> openbsd() {
        return Openbsd.RULES;
    }

    public static List<Rule<ClamavSetup>> clamav() {
        return Clamav.RULES;
    }

    public static List<Rule<SystemdConfig>> systemd() {
        return Systemd.RULES;
    }

    public static List<Rule<HttpdConfig>> httpd() {
        return Httpd.RULES;
    }

    /** Every rule's metadata, sorted by ID, including rules that read no model (GE401). */
    public static List<RuleInfo> all() {
        // A general rule (GE...) may read several models: list each ID once.
        java.util.Map<String, RuleInfo> byId = new java.util.LinkedHashMap<>();
        Httpd.RULES.forEach(r -> byId.putIfAbsent(r.info().id(), r.info()));
        Systemd.RULES.forEach(r -> byId.putIfAbsent(r.info().id(), r.info()));
        Clamav.RULES.forEach(r -> byId.putIfAbsent(r.info().id(), r.info()));
        CrossFile.RULES.forEach(r -> byId.putIfAbsent(r.info().id(), r.info()));
        Openbsd.RULES.forEach(r -> byId.putIfAbsent(r.info().id(), r.info()));
        List<RuleInfo> infos = new java.util.ArrayList<>(byId.values());
        infos.add(SuppressionRules.UNUSED_SUPPRESSION);
        infos.sort(Comparator.comparing(RuleInfo::id));
        return infos;
    }

    public static RuleInfo find(String id) {
        for (RuleInfo r : all()) {
            if (r.id().equalsIgnoreCase(id)) {
                return r;
            }
        }
        return null;
    }
}
