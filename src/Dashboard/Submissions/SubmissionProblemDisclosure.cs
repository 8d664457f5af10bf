using System.Text.RegularExpressions;
using Safeguarding.Analytics.Dashboard.Overview;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Figures;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Dashboard.Submissions;

/// <summary>
/// A return's problems as a reader may see them. A plausibility warning quotes the figures it checked ("3 is a large
/// change on the previous period's 12"), and a check on a value, numerator or denominator may quote the cell: for a
/// reader under disclosure control (every role but the analyst, the sending agency's own lead included) the numbers in
/// such a message are replaced when it could repeat a figure withheld from them.
/// <para>
/// A problem keeps its row and column, not the figure's area and period, so it is judged by the indicator it names:
/// the message's numbers go when any figure of that indicator in the partnership's area is withheld from the reader
/// (in any period: the previous period's figure is quoted too), or, for a comparison with the statistical neighbours,
/// any figure of it anywhere; a message about a figure that names no indicator the catalogue knows loses its numbers.
/// </para>
/// </summary>
public sealed partial class SubmissionProblemDisclosure(IAppStore store, FiguresForReaders figures, HomeArea home)
{
    /// <summary>What stands in the message for a number taken out.</summary>
    public const string WithheldNumber = "[withheld]";

    /// <summary>What a message whose numbers were taken out ends with.</summary>
    public const string WithheldWords = " (figures withheld: a count behind them may be small)";

    private static readonly HashSet<string> FigureColumns = new(StringComparer.OrdinalIgnoreCase) { ReturnColumns.Value, ReturnColumns.Numerator, ReturnColumns.Denominator };

    private static readonly HashSet<string> FigureCodes = new(StringComparer.Ordinal) { "large_change", "far_from_peers" };

    public async Task<IReadOnlyList<SubmissionProblem>> ShowAsync(Reader reader, IReadOnlyList<SubmissionProblem> problems, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(problems);
        if (reader.Disclosure is null || !problems.Any(QuotesFigure))
        {
            return problems;
        }

        var indicators = await store.GetIndicatorsAsync(cancellationToken);
        var shown = new List<SubmissionProblem>(problems.Count);
        foreach (var problem in problems)
        {
            if (!QuotesFigure(problem))
            {
                shown.Add(problem);
                continue;
            }

            var named = indicators.Where(i => Regex.IsMatch(problem.Message, $@"(?<![\w]){Regex.Escape(i.Id)}(?![\w])")).ToList();
            var withheld = named.Count == 0;
            foreach (var indicator in named)
            {
                var decided = await figures.WithheldFromAsync(reader, indicator, null, cancellationToken);
                withheld |= problem.Code == "far_from_peers"
                    ? decided.Reasons.Count > 0
                    : decided.Reasons.Keys.Any(k => k.Area == home.Area.Code);
            }

            shown.Add(withheld ? problem with { Message = Redact(problem.Message) } : problem);
        }

        return shown;
    }

    /// <summary>Whether the problem is about a figure and its message quotes a number.</summary>
    public static bool QuotesFigure(SubmissionProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return (FigureCodes.Contains(problem.Code) || (problem.Column is { } column && FigureColumns.Contains(column)))
            && Numbers().Matches(problem.Message).Any(m => !IsPartOfPeriod(problem.Message, m) && !IsPlace(problem.Message, m));
    }

    /// <summary>The message with every number in it taken out, keeping period keys (2024-25 Q1) and identifiers.</summary>
    public static string Redact(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Numbers().Replace(message, m => IsPartOfPeriod(message, m) || IsPlace(message, m) ? m.Value : WithheldNumber) + WithheldWords;
    }

    /// <summary>The year in a period key: 2024 followed by -25, or 25 after 2024-.</summary>
    private static bool IsPartOfPeriod(string message, Match number)
    {
        var end = number.Index + number.Length;
        var before = number.Index;
        return (end + 1 < message.Length && message[end] == '-' && char.IsDigit(message[end + 1]))
            || (before >= 2 && message[before - 1] == '-' && char.IsDigit(message[before - 2]));
    }

    /// <summary>Where the problem is rather than a figure: a row number, or a number in a file's name (police-2024.csv).</summary>
    private static bool IsPlace(string message, Match number)
    {
        var end = number.Index + number.Length;
        return message.AsSpan(0, number.Index).EndsWith("row ", StringComparison.OrdinalIgnoreCase)
            || (end + 1 < message.Length && message[end] == '.' && char.IsLetter(message[end + 1]));
    }

    [GeneratedRegex(@"(?<![\w.])-?\d+(?:[.,]\d+)*(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();
}
