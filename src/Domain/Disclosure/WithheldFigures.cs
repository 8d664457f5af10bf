using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>
/// Which figures of one indicator a reader does not see, each with the reason in words: those on a small count
/// (primary) and those withheld beside them so that no sum the reader can see gives a small count back (secondary,
/// across the area hierarchy and across time). Decided once for the indicator's whole frame by
/// <see cref="IndicatorDisclosure"/>, then applied to each figure a feature shows.
/// </summary>
public sealed class WithheldFigures
{
    private readonly IReadOnlyDictionary<(string Area, string Period), string> _reasons;
    private readonly IReadOnlyDictionary<(string Area, string Period), int> _decided = new Dictionary<(string, string), int>();

    /// <summary>Each decided figure's version and reason (null when shown), so a figure is answered with one look-up.</summary>
    private readonly Dictionary<(string Area, string Period), (int Version, string? Reason)> _answers = [];

    public WithheldFigures(Indicator indicator, DisclosureRule? rule, IReadOnlyDictionary<(string Area, string Period), string> reasons)
    {
        Indicator = indicator ?? throw new ArgumentNullException(nameof(indicator));
        Rule = rule;
        _reasons = reasons ?? throw new ArgumentNullException(nameof(reasons));
    }

    /// <summary>Nothing withheld: the analyst's view.</summary>
    public static WithheldFigures None(Indicator indicator) => new(indicator, null, new Dictionary<(string, string), string>());

    public Indicator Indicator { get; }

    /// <summary>The rule applied; null when nothing is withheld from this reader.</summary>
    public DisclosureRule? Rule { get; }

    /// <summary>
    /// The version of each figure the decision was made over, by area and period: a figure read again in that version
    /// is answered from the decision alone, without judging its counts a second time.
    /// </summary>
    public IReadOnlyDictionary<(string Area, string Period), int> Decided
    {
        get => _decided;
        init
        {
            _decided = value ?? throw new ArgumentNullException(nameof(value));
            foreach (var (key, version) in value)
            {
                _answers[key] = (version, _reasons.GetValueOrDefault(key));
            }
        }
    }

    /// <summary>The figures withheld, by area and period, with the reason for each.</summary>
    public IReadOnlyDictionary<(string Area, string Period), string> Reasons => _reasons;

    /// <summary>
    /// Why the figure is not shown, in words; null when it may be shown. A figure outside the frame decided (an older
    /// version, a series as it stood earlier) is judged on its own counts.
    /// </summary>
    public string? ReasonFor(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (Rule is null)
        {
            return null;
        }

        var key = (observation.AreaCode, observation.PeriodKey);
        if (_answers.TryGetValue(key, out var answer))
        {
            // Withheld in any version: an earlier version would give the latest back as nearly as the figure itself.
            return answer.Reason ?? (answer.Version == observation.Version ? null : FigureDisclosure.Reason(observation, Indicator, Rule));
        }

        return _reasons.TryGetValue(key, out var reason) ? reason : FigureDisclosure.Reason(observation, Indicator, Rule);
    }

    public bool IsWithheld(Observation observation) => ReasonFor(observation) is not null;

    /// <summary>Whether the latest figure of the area for the period is withheld (for a figure known only by where it sits).</summary>
    public bool IsWithheld(string areaCode, string periodKey) => Rule is not null && _reasons.ContainsKey((areaCode, periodKey));

    /// <summary>The figure as the reader may see it: unchanged, or without its value, counts and interval, with the reason.</summary>
    public Observation Show(Observation observation) =>
        ReasonFor(observation) is { } reason ? FigureDisclosure.Withheld(observation, reason) : observation;

    /// <summary>Each figure as the reader may see it, in the same order.</summary>
    public IReadOnlyList<Observation> Show(IEnumerable<Observation> observations) => [.. observations.Select(Show)];

    /// <summary>The figures the reader may see, leaving out those withheld (what a statistic may be worked out from).</summary>
    public IReadOnlyList<Observation> Visible(IEnumerable<Observation> observations) => [.. observations.Where(o => !IsWithheld(o))];
}
