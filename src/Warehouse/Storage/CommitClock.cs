namespace Safeguarding.Analytics.Warehouse.Storage;

/// <summary>
/// Commit times: <c>committed_at</c> is kept to the second (ClickHouse DateTime), so loads committed within one second
/// are ordered by <c>commit_seq</c>, UTC ticks made strictly increasing within the process.
/// </summary>
internal static class CommitClock
{
    private static long lastSeq;

    public static (DateTime CommittedAt, long Seq) Next()
    {
        long seq;
        long previous;
        do
        {
            previous = Interlocked.Read(ref lastSeq);
            seq = Math.Max(DateTime.UtcNow.Ticks, previous + 1);
        }
        while (Interlocked.CompareExchange(ref lastSeq, seq, previous) != previous);

        var committedAt = new DateTime(seq - (seq % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        return (committedAt, seq);
    }

    /// <summary>An as-of moment to the second, as <c>committed_at</c> is stored.</summary>
    public static DateTime ToStoredSecond(DateTime moment)
    {
        var utc = moment.Kind == DateTimeKind.Local ? moment.ToUniversalTime() : DateTime.SpecifyKind(moment, DateTimeKind.Utc);
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }
}
