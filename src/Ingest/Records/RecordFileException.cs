using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Warehouse.Records;

namespace Safeguarding.Analytics.Ingest.Records;

/// <summary>
/// A record feed file with problems: nothing of it is loaded. Thrown at the end of reading (or at once for a header that
/// cannot be read), so a store writing the rows as they stream sees it and does not commit the load. The message lists
/// the problems kept, in plain words, each naming the file, row and column.
/// </summary>
public sealed class RecordFileException : Exception
{
    public RecordFileException()
    {
    }

    public RecordFileException(string message)
        : base(message)
    {
    }

    public RecordFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RecordFileException(string fileName, IReadOnlyList<RecordProblem> problems, long problemCount)
        : base(Describe(fileName, problems, problemCount))
    {
        FileName = fileName;
        Problems = problems;
        ProblemCount = problemCount;
    }

    public string FileName { get; } = string.Empty;

    /// <summary>The first problems found (at most 100); the column is empty for a problem with a whole row.</summary>
    public IReadOnlyList<RecordProblem> Problems { get; } = [];

    /// <summary>Every problem found, listed or not.</summary>
    public long ProblemCount { get; }

    /// <summary>One problem in words naming the file, row and column, so it can be acted on out of context.</summary>
    public static string Describe(string fileName, RecordProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Column.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{fileName} row {problem.Row}: {problem.Message}")
            : string.Create(CultureInfo.InvariantCulture, $"{fileName} row {problem.Row}, column '{problem.Column}': {problem.Message}");
    }

    private static string Describe(string fileName, IReadOnlyList<RecordProblem> problems, long problemCount)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{fileName} was not loaded: {problemCount:N0} {(problemCount == 1 ? "problem" : "problems")} found.");
        foreach (var problem in problems)
        {
            text.AppendLine().Append(Describe(fileName, problem));
        }

        if (problemCount > problems.Count)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"… and {problemCount - problems.Count:N0} more not listed.");
        }

        return text.ToString();
    }
}
