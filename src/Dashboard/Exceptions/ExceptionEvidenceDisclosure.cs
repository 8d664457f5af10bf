using System.Text.Json;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.Figures;

namespace Safeguarding.Analytics.Dashboard.Exceptions;

/// <summary>
/// An exception as a reader may see it: the stored flag, or, when its evidence could give back a figure withheld from
/// them, the finding's words without its numbers (<see cref="Withheld"/> says why).
/// </summary>
public sealed record ExceptionForReader(ExceptionFlag Flag, string? Withheld)
{
    public ExceptionFinding Finding => Flag.Finding;
}

/// <summary>
/// Whether an exception's evidence, summary and method details may reach a reader. Evidence draws on a series, not one
/// figure: an SPC flag carries the chart's mean and point count (mean × n less the visible values is a withheld one), a
/// trend flag lists raw values, an unusual profile's drivers are raw figures, and a cleared flag keeps evidence worked
/// out on an older version. So the rule is over the series: when any figure of the flag's indicator in the flag's area
/// (for an unusual profile, of any of its drivers' indicators) is withheld from the reader, in any period, the reader
/// gets the finding in words without a number that derives from the figures. A cleared flag keeps the evidence of the
/// last evaluation that raised it, so it is judged over the series as it stood then as well as now. A data-quality
/// flag is about a return's checks, not its figures, and is shown as it is.
/// </summary>
public sealed class ExceptionEvidenceDisclosure(FiguresForReaders figures)
{
    /// <summary>The words that stand for the evidence withheld.</summary>
    public const string WithheldWords = "Figures withheld: a count behind this series is small";

    /// <summary>
    /// Each flag as the reader may see it, in the same order. <paramref name="indicators"/> is the catalogue to judge
    /// by; <paramref name="asOf"/> reads the warehouse as it stood then (a board pack's moment).
    /// </summary>
    public async Task<IReadOnlyList<ExceptionForReader>> ShowAsync(
        Reader reader, IReadOnlyList<ExceptionFlag> flags, IReadOnlyList<Indicator> indicators, DateTime? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(indicators);
        if (reader.Disclosure is null)
        {
            return [.. flags.Select(f => new ExceptionForReader(f, null))];
        }

        var byId = indicators.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var decided = new Dictionary<(string Indicator, DateTime? AsOf), IReadOnlySet<string>?>();
        var shown = new List<ExceptionForReader>(flags.Count);
        foreach (var flag in flags)
        {
            string? reason = null;
            foreach (var (indicatorId, moment) in SeriesDrawnOn(flag.Finding).SelectMany(id => MomentsJudged(flag, asOf).Select(m => (id, m))))
            {
                if (!decided.TryGetValue((indicatorId, moment), out var areas))
                {
                    areas = byId.TryGetValue(indicatorId, out var indicator)
                        ? (await figures.WithheldFromAsync(reader, indicator, moment, cancellationToken).ConfigureAwait(false)).Reasons.Keys.Select(k => k.Area).ToHashSet(StringComparer.Ordinal)
                        : null;
                    decided[(indicatorId, moment)] = areas;
                }

                // An indicator no longer in the catalogue cannot be judged: its evidence is not shown.
                if (areas is null || areas.Contains(flag.Finding.AreaCode))
                {
                    reason = $"{WithheldWords}: a figure of {(indicatorId.Length == 0 ? "the series" : indicatorId)} in {flag.Finding.AreaCode} is withheld (counts of fewer than {reader.Disclosure.SmallestShown} are not shown), so the finding is shown without its numbers.";
                    break;
                }
            }

            shown.Add(new ExceptionForReader(reason is null ? flag : Redacted(flag), reason));
        }

        return shown;
    }

    /// <summary>
    /// The moments the series is judged at: the one asked for (now, or a pack's moment), and for a cleared flag also the
    /// moment it was last raised, since its evidence was worked out on the figures as they stood then, which a later
    /// version may have revised.
    /// </summary>
    private static IEnumerable<DateTime?> MomentsJudged(ExceptionFlag flag, DateTime? asOf)
    {
        yield return asOf;
        if (flag.Status == ExceptionStatuses.Cleared && (asOf is null || flag.LastSeen < asOf))
        {
            yield return DateTime.SpecifyKind(flag.LastSeen, DateTimeKind.Utc);
        }
    }

    /// <summary>The flag with its summary in words and no evidence.</summary>
    private static ExceptionFlag Redacted(ExceptionFlag flag) => flag with
    {
        Finding = flag.Finding with
        {
            Summary = $"{ExceptionWords.Kind(flag.Finding.Kind)} in {flag.Finding.PeriodKey}: {WithheldWords}, so the numbers behind this finding are not shown.",
            EvidenceJson = "{}",
        },
    };

    /// <summary>The indicators whose figures the finding's evidence draws on.</summary>
    internal static IEnumerable<string> SeriesDrawnOn(ExceptionFinding finding)
    {
        if (finding.IndicatorId.Length > 0)
        {
            yield return finding.IndicatorId;
        }

        if (finding.Kind != ExceptionKinds.UnusualProfile)
        {
            yield break;
        }

        List<string> drivers = [];
        try
        {
            using var evidence = JsonDocument.Parse(finding.EvidenceJson);
            if (evidence.RootElement.ValueKind == JsonValueKind.Object && evidence.RootElement.TryGetProperty("drivers", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                drivers.AddRange(list.EnumerateArray()
                    .Where(d => d.ValueKind == JsonValueKind.Object && d.TryGetProperty("indicator", out var id) && id.ValueKind == JsonValueKind.String)
                    .Select(d => d.GetProperty("indicator").GetString()!));
            }
        }
        catch (JsonException)
        {
            // Evidence that cannot be read is judged as drawing on a series nobody can clear: withheld.
            drivers.Add(string.Empty);
        }

        foreach (var driver in drivers)
        {
            yield return driver;
        }
    }
}
