using System.Globalization;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// Collects a file's problems, each message naming the file, row and column so it can be acted on out of context.
/// Keeps at most a configured number; the counts stay exact, and a last line says how many were not listed.
/// </summary>
internal sealed class ProblemList(string fileName, int maxKept)
{
    private readonly List<SubmissionProblem> _kept = [];

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public void Error(string code, int? row, string? column, string message) => Add(ProblemSeverity.Error, code, row, column, message);

    public void Warning(string code, int? row, string? column, string message) => Add(ProblemSeverity.Warning, code, row, column, message);

    public void AddRange(IEnumerable<SubmissionProblem> problems)
    {
        foreach (var problem in problems)
        {
            Count(problem.Severity);
            Keep(problem);
        }
    }

    /// <summary>Takes another list's problems after this one's: its counts whole, its kept problems while there is room.</summary>
    public void AddRange(ProblemList other)
    {
        Errors += other.Errors;
        Warnings += other.Warnings;
        foreach (var problem in other._kept)
        {
            Keep(problem);
        }
    }

    /// <summary>The problems kept, with a closing note when some were left out.</summary>
    public IReadOnlyList<SubmissionProblem> ToList()
    {
        var left = Errors + Warnings - _kept.Count;
        return left <= 0
            ? [.. _kept]
            : [.. _kept, new SubmissionProblem(
                Errors > 0 ? ProblemSeverity.Error : ProblemSeverity.Warning,
                "more_problems",
                null,
                null,
                string.Create(CultureInfo.InvariantCulture, $"{fileName}: {left:N0} more problems are not listed ({Errors:N0} errors and {Warnings:N0} warnings in all)."))];
    }

    private void Add(ProblemSeverity severity, string code, int? row, string? column, string message)
    {
        Count(severity);
        if (_kept.Count < maxKept)
        {
            Keep(new SubmissionProblem(severity, code, row, column, Where(row, column) + message));
        }
    }

    private void Keep(SubmissionProblem problem)
    {
        if (_kept.Count < maxKept)
        {
            _kept.Add(problem);
        }
    }

    private void Count(ProblemSeverity severity)
    {
        if (severity == ProblemSeverity.Error)
        {
            Errors++;
        }
        else
        {
            Warnings++;
        }
    }

    private string Where(int? row, string? column) => (row, column) switch
    {
        (null, null) => $"{fileName}: ",
        (null, { } c) => $"{fileName}, column {c}: ",
        ({ } r, null) => string.Create(CultureInfo.InvariantCulture, $"{fileName}, row {r}: "),
        ({ } r, { } c) => string.Create(CultureInfo.InvariantCulture, $"{fileName}, row {r}, column {c}: "),
    };
}
