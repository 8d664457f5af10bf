using System.Reflection;
using System.Text.RegularExpressions;

namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>
/// A failed job's error as the people who follow it read it: the exception's own message (the one underneath a
/// wrapper), its first line only, with no stack trace, and every number in it replaced by <c>#</c> — a message from
/// a store can quote a row it was given, and the figures of a return are not for everyone who reads its status.
/// The log keeps the whole exception.
/// </summary>
public static partial class FailureInWords
{
    public const int MaxLength = 300;

    public static string Of(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var cause = Underneath(failure);
        var firstLine = cause.Message.Split('\n', 2)[0].Trim();
        var words = Numbers().Replace(firstLine, "#");
        if (words.Length == 0)
        {
            words = $"{cause.GetType().Name} with no message";
        }

        return words.Length <= MaxLength ? words : string.Concat(words.AsSpan(0, MaxLength - 1), "…");
    }

    private static Exception Underneath(Exception failure) => failure switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Underneath(aggregate.InnerExceptions[0]),
        TargetInvocationException { InnerException: { } inner } => Underneath(inner),
        _ => failure,
    };

    // Digits with their decimal and thousands separators, exponents: 91.6, 1,842, 1e308, 0x1F.
    [GeneratedRegex(@"(?:0x[0-9A-Fa-f]+|\d+(?:[.,]\d+)*(?:[eE][-+]?\d+)?)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Numbers();
}
